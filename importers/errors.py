"""Errors raised while turning a file into a venue. Each names the file, and the element when there is one."""

from __future__ import annotations

from pathlib import Path

from models.errors import VenuePlannerError


class ImportFailedError(VenuePlannerError):
    """A file could not be turned into a venue.

    The message reads ``<file>: <element>: <problem>`` (element omitted when the
    whole file is at fault), with a line number where the format has lines.
    """

    def __init__(self, path: Path | str, problem: str, *, element: str | None = None, line: int | None = None):
        self.path = Path(path)
        self.problem = problem
        self.element = element
        self.line = line
        where = f"{self.path.name}"
        if line is not None:
            where += f", line {line}"
        if element:
            where += f": {element}"
        super().__init__(f"{where}: {problem}")


class UnsupportedFormatError(VenuePlannerError):
    """No reader is registered for the file's suffix."""

    def __init__(self, path: Path | str, known: list[str]):
        self.path = Path(path)
        self.known = list(known)
        suffix = self.path.suffix or "(no suffix)"
        super().__init__(f"{self.path.name}: cannot read {suffix} files; known formats: {', '.join(self.known)}")


class MissingDependencyError(VenuePlannerError):
    """An optional library that a reader needs is not installed."""

    def __init__(self, module: str, extra: str):
        self.module = module
        self.extra = extra
        super().__init__(f"reading this format needs {module}: pip install 'venueplanner[{extra}]'")
