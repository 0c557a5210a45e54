"""Reading a source file's bytes with the checks every reader needs, in one place."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from importers.errors import ImportFailedError
from importers.report import DEFAULT_OPTIONS, ImportOptions


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 10**6 else f"{n / 1e6:,.1f} MB"


def check_readable(path: Path, options: ImportOptions = DEFAULT_OPTIONS) -> int:
    """Refuse, with a clear error, a path that is missing, a folder, empty, unreadable or too large.

    Returns
    -------
    int
        The file's size in bytes.
    """
    if not path.exists():
        raise ImportFailedError(path, "no such file")
    if path.is_dir():
        raise ImportFailedError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise ImportFailedError(path, "the file is empty")
    if size > options.max_bytes:
        raise ImportFailedError(path, f"the file is {_size(size)}, more than the {_size(options.max_bytes)} limit")
    if not os.access(path, os.R_OK):
        raise ImportFailedError(path, "permission denied")
    return size


def read_bytes(path: Path, options: ImportOptions = DEFAULT_OPTIONS) -> bytes:
    """The whole file, after :func:`check_readable` (readers called directly get the same checks)."""
    check_readable(path, options)
    try:
        with path.open("rb") as f:
            data = f.read(options.max_bytes + 1)
    except OSError as e:
        raise ImportFailedError(path, f"cannot be read: {e.strerror or e}") from None
    if len(data) > options.max_bytes:  # it grew since it was measured
        raise ImportFailedError(path, f"the file is more than the {_size(options.max_bytes)} limit")
    return data


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file read in 1 MiB blocks (readers that let a library open the file)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
