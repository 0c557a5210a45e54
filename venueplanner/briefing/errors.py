"""Errors of the briefing pack: an option that cannot be honoured, a route that cannot be drawn.

Each carries what it is about as fields and reads as one sentence that the
command line prints after ``error:`` and the desktop application shows in a
dialog.
"""

from __future__ import annotations

from models.errors import VenuePlannerError


class PackError(VenuePlannerError):
    """The briefing pack cannot be made as asked."""


class PackOptionError(PackError):
    """An option of the pack is not valid.

    Attributes
    ----------
    option : str
        The option's name as the user wrote it (``"paper"``, ``"--route"``, ...).
    value : object
        The value given.
    problem : str
        What is wrong and what is allowed.
    """

    def __init__(self, option: str, value: object, problem: str) -> None:
        self.option = option
        self.value = value
        self.problem = problem
        super().__init__(f"{option} {value!r}: {problem}")


class PackRouteError(PackError):
    """A route asked for in the pack cannot be computed or shown.

    Attributes
    ----------
    route : str
        The route as asked (``"STG-1 -> REGIE (team)"``).
    problem : str
        Why, in words a planner can act on.
    """

    def __init__(self, route: str, problem: str) -> None:
        self.route = route
        self.problem = problem
        super().__init__(f"route {route}: {problem}")


class RedactionError(PackError):
    """Text that a redacted pack must not hold was about to be written.

    Attributes
    ----------
    found : str
        The sensitive text (a label or note of a sensitive marker).
    where : str
        What was being drawn.
    """

    def __init__(self, found: str, where: str) -> None:
        self.found = found
        self.where = where
        super().__init__(f"redacted pack: {where} would show sensitive text {found!r}; nothing was written")
