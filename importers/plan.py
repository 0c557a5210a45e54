"""Reader of the hand-written venue plan format (YAML). Placeholder until the format lands."""

from __future__ import annotations

READERS: dict = {}
