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

import logging
import math
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from importers import ImportReport, reader_for
from importers.registry import check_readable
from models import Job, Progress
from ui.child_process import ChildError, iter_child
from venueplanner.files import PROJECT_SUFFIX, OpenedVenue, iter_open_venue
from venueplanner.project import load_project

log = logging.getLogger(__name__)

#: Suffixes read on the worker thread: pure Python readers.
IN_THREAD = {PROJECT_SUFFIX, ".yaml", ".yml"}


class ChildImportError(ChildError):
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
    try:
        try:
            done = yield from iter_child(
                "ui.import_child", [str(path), str(out)], what=f"the import of {path.name}",
                first=Progress(0.0, f"reading {path.name}"),
            )  # fmt: skip
        except ChildError as e:
            raise ChildImportError(str(e)) from None
        yield Progress(math.nan, f"loading {path.name}")
        project = load_project(out)
        return OpenedVenue(project, path, _report(done["report"], path))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


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
