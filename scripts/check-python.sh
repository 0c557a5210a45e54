#!/usr/bin/env bash
# Stops with a clear message when python3 is older than the 3.11 venueplanner needs.
set -euo pipefail
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "venueplanner needs Python 3.11 or newer; python3 is $(python3 --version 2>&1 || echo missing)" >&2
  exit 1
fi
