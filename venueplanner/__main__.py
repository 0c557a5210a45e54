"""``python -m venueplanner`` runs the command line."""

import sys

from venueplanner.cli import main

sys.exit(main())
