"""``python -m ui [FILE]`` starts the desktop application."""

import sys

from ui.app import main

sys.exit(main(sys.argv[1:]))
