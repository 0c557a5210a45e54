"""The child process of an isolated import: ``python -m ui.import_child FILE OUT.venue``.

Reads FILE with :func:`venueplanner.files.iter_open_venue`, writes the venue to
OUT.venue, and talks to its parent with one JSON object per line on stdout:
``{"progress": [fraction, message]}``, then ``{"done": {"report": {...}}}`` or
``{"error": {"type": ..., "message": ..., "expected": bool, "details": ...}}``.
Imports no Qt.
"""

from __future__ import annotations

import json
import math
import os
import sys
import traceback
from pathlib import Path

_channel = sys.stdout


def _send(message: dict) -> None:
    _channel.write(json.dumps(message, ensure_ascii=True) + "\n")
    _channel.flush()


def main(argv: list[str]) -> int:
    global _channel
    # Only our messages on stdout: anything else a library prints (even from C) goes to stderr.
    _channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    source, out = Path(argv[0]), Path(argv[1])
    try:
        from venueplanner.files import iter_open_venue
        from venueplanner.project import save_project

        job = iter_open_venue(source)
        while True:
            try:
                step = next(job)
            except StopIteration as finished:
                opened = finished.value
                break
            fraction = step.fraction if math.isfinite(step.fraction) else None
            _send({"progress": [fraction, step.message]})
        _send({"progress": [None, "handing over the venue"]})
        save_project(opened.project, out, backup=False)
        _send({"done": {"report": opened.report.as_dict() if opened.report else None}})
        return 0
    except Exception as e:  # every failure goes to the parent, which decides what the user sees
        expected = "VenuePlannerError" in {c.__name__ for c in type(e).__mro__}
        details = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        _send({"error": {"type": type(e).__name__, "message": str(e), "expected": expected, "details": details}})
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
