"""One registry of readers keyed by file suffix: every command and the app read files through it.

Each importer module ends with ``READERS = {".suffix": iter_read_x}``; this module
merges them explicitly, so the list of formats is greppable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from importers import dxf, ifc, mesh, plan
from importers.errors import UnsupportedFormatError
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportResult
from importers.source import check_readable
from models import Job, Progress, run_sync

Reader = Callable[..., Job[ImportResult]]

_READERS: dict[str, Reader] = {}


def register_reader(ext: str, fn: Reader | None = None, *, override: bool = False):
    """Register `fn` as the reader of files ending in `ext` (usable as a decorator)."""
    ext = "." + ext.lower().lstrip(".")

    def add(reader: Reader) -> Reader:
        if ext in _READERS and not override:
            raise ValueError(f"{ext} already read by {_READERS[ext].__module__}; pass override=True")
        _READERS[ext] = reader
        return reader

    return add(fn) if fn is not None else add


def known_suffixes() -> list[str]:
    return sorted(_READERS)


def reader_for(path: Path) -> Reader:
    """The reader registered for the suffix of `path`."""
    try:
        return _READERS[Path(path).suffix.lower()]
    except KeyError:
        raise UnsupportedFormatError(path, known_suffixes()) from None


def iter_load(path: Path | str, *, options: ImportOptions = DEFAULT_OPTIONS) -> Job[ImportResult]:
    """Read any importable file as a job that yields progress and returns an :class:`ImportResult`."""
    path = Path(path)
    check_readable(path, options)
    reader = reader_for(path)
    yield Progress(0.0, f"reading {path.name}")
    return (yield from reader(path, options=options))


def load(path: Path | str, *, options: ImportOptions = DEFAULT_OPTIONS, on_progress=None) -> ImportResult:
    """Read any importable file into a venue, on the calling thread."""
    return run_sync(iter_load(path, options=options), on_progress)


for _module in (plan, dxf, ifc, mesh):  # explicit and greppable: add each importer module here
    for _ext, _reader in _module.READERS.items():
        register_reader(_ext, _reader)
