"""Errors of the application shell: a project file that cannot be read or written.

Both carry the file and the problem as fields; the message is
``"<file name>: <problem>"`` so that the command line's ``error: ...`` line and the
desktop application's dialog name the file without repeating the whole path.
"""

from __future__ import annotations

from pathlib import Path

from models.errors import VenuePlannerError


class ProjectFileError(VenuePlannerError):
    """A ``.venue`` project file cannot be read, or must not be written.

    Attributes
    ----------
    path : Path
        The file concerned.
    problem : str
        What is wrong, in words a planner can act on (which member, which
        element, what was expected).
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class ProjectVersionError(ProjectFileError):
    """A project file written in a format this version cannot read (a newer one).

    Attributes
    ----------
    found : int
        The format version the file declares.
    supported : int
        The newest format version this build reads.
    """

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"written by a newer venueplanner (format {found}); this version reads format {supported}"
            + (" and older" if supported > 1 else "")
            + ": update venueplanner to open it",
        )
