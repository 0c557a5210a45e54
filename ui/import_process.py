"""Open a file without stalling the window: importers that spend long in native code run in a child process.

A thread is not enough for them: ifcopenshell's geometry kernel (and other
native readers) keeps Python's global lock for up to a second at a time, which
freezes the window as surely as running on its thread. A child process also
keeps the application alive if a reader crashes. Project files and plans
(pure Python, fast) are read on the worker thread directly.

:func:`iter_open` is a Job like :func:`venueplanner.files.iter_open_venue`,
with the same result; closing it (a cancelled job) kills the child.
"""

from __future__ import annotations

import json
import logging
import math
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter, deque
from pathlib import Path

from importers import ImportReport, reader_for
from importers.registry import check_readable
from models import Job, Progress, VenuePlannerError
from venueplanner.files import PROJECT_SUFFIX, OpenedVenue, iter_open_venue
from venueplanner.project import load_project

log = logging.getLogger(__name__)

#: Suffixes read on the worker thread: pure Python readers.
IN_THREAD = {PROJECT_SUFFIX, ".yaml", ".yml"}
#: How often a waiting job yields, so that a cancel is seen (seconds).
POLL = 0.1


class ChildImportError(VenuePlannerError):
    """The child process reported an expected failure (its message is the reader's)."""


def iter_open(path: Path | str) -> Job[OpenedVenue]:
    """Open `path` (any readable suffix) as a job; heavy formats are read in a child process."""
    path = Path(path)
    if path.suffix.lower() in IN_THREAD:
        return (yield from iter_open_venue(path))
    reader_for(path)  # an unknown suffix fails here, with the list of known formats
    check_readable(path)
    folder = Path(tempfile.mkdtemp(prefix="venueplanner-import-"))
    out = folder / "imported.venue"
    child = subprocess.Popen(
        [sys.executable, "-m", "ui.import_child", str(path), str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()
    errors: deque[str] = deque(maxlen=200)  # the child's stderr, drained so that it never blocks on it
    pumps = [
        threading.Thread(target=_pump, args=(child.stdout, lines.put), daemon=True),
        threading.Thread(target=_pump, args=(child.stderr, errors.append), daemon=True),
    ]
    for pump in pumps:
        pump.start()
    last = Progress(0.0, f"reading {path.name}")
    yield last
    try:
        while True:
            try:
                line = lines.get(timeout=POLL)
            except queue.Empty:
                yield last  # nothing new: a chance to be cancelled
                continue
            if line is None:
                code = child.wait()
                stderr = "".join(e for e in errors if e)
                raise RuntimeError(f"the import of {path.name} stopped unexpectedly (exit status {code})\n{stderr}")
            message = json.loads(line)
            if "progress" in message:
                fraction, text = message["progress"]
                last = Progress(math.nan if fraction is None else float(fraction), text)
                yield last
            elif "error" in message:
                error = message["error"]
                if error["expected"]:
                    raise ChildImportError(error["message"])
                raise RuntimeError(f"{error['type']}: {error['message']}\n{error['details']}")
            elif "done" in message:
                child.wait()
                yield Progress(math.nan, f"loading {path.name}")
                project = load_project(out)
                return OpenedVenue(project, path, _report(message["done"]["report"], path))
    finally:
        if child.poll() is None:
            child.kill()
            log.info("import of %s stopped", path)
        child.wait()
        for pump in pumps:
            pump.join(timeout=5)
        child.stdout.close()
        child.stderr.close()
        shutil.rmtree(folder, ignore_errors=True)


def _pump(stream, put) -> None:
    for line in stream:
        if line.strip():
            put(line)
    put(None)


def _report(d: dict | None, path: Path) -> ImportReport | None:
    if d is None:
        return None
    return ImportReport(
        path=path,
        format=d["format"],
        unit_scale=d["unit_scale"],
        read=Counter(d["read"]),
        skipped=Counter(d["skipped"]),
        derived=list(d["derived"]),
        dropped=[(x["element"], x["reason"]) for x in d["dropped"]],
        warnings=list(d["warnings"]),
    )
