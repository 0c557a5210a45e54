"""File -> Venue. One module per format, chosen by :mod:`importers.registry` from the file suffix.

Imports :mod:`models` only.
"""

from importers.errors import ImportFailedError, MissingDependencyError, UnsupportedFormatError
from importers.registry import iter_load, known_suffixes, load, reader_for, register_reader
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportReport, ImportResult

__all__ = [
    "DEFAULT_OPTIONS",
    "ImportFailedError",
    "ImportOptions",
    "ImportReport",
    "ImportResult",
    "MissingDependencyError",
    "UnsupportedFormatError",
    "iter_load",
    "known_suffixes",
    "load",
    "reader_for",
    "register_reader",
]
