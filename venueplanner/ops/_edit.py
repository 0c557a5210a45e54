"""What every operation shares: the error for a refused edit, and committing a new venue."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from models import Venue, VenuePlannerError
from models.elements import Element
from venueplanner.project import EditRecord, Project
from venueplanner.session import Session

#: Longest name or label accepted, characters.
MAX_NAME_LENGTH = 200


class EditError(VenuePlannerError, ValueError):
    """An edit was refused because a value is not acceptable; nothing was changed.

    Attributes
    ----------
    element_id : str
        The element the edit was for ("" when none).
    field : str
        What was being set, e.g. ``"width"``.
    value : object
        The value refused.
    problem : str
        Why, in words a planner can act on.
    """

    def __init__(self, element_id: str, field: str, value: Any, problem: str) -> None:
        self.element_id = element_id
        self.field = field
        self.value = value
        self.problem = problem
        where = f"{element_id}: " if element_id else ""
        super().__init__(f"{where}{field} {value!r} refused: {problem}")


def venue_of(session: Session) -> Venue:
    """The session's venue; an :class:`EditError` when no venue is open."""
    if session.venue is None:
        raise EditError("", "venue", None, "no venue is open")
    return session.venue


def element(session: Session, element_id: str, *kinds: type) -> Element:
    """The element `element_id` of the session's venue, checked to be one of `kinds`.

    Raises
    ------
    UnknownElementError
        No element has this id.
    EditError
        It is not of a kind the operation edits.
    """
    found = venue_of(session).get(element_id)
    if kinds and not isinstance(found, kinds):
        names = " or ".join(_article(k.__name__.lower()) for k in kinds)
        raise EditError(element_id, "element", type(found).__name__.lower(), f"only {names} can be edited this way")
    return found


def _article(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def commit(session: Session, venue: Venue, op: str, **params: Any) -> Venue:
    """Make `venue` the session's venue, recording the edit `op` with its JSON-able `params`."""
    session.commit(replace(session.project, venue=venue), EditRecord.now(op, params))
    return venue


def commit_project(session: Session, project: Project, op: str, **params: Any) -> Project:
    """Make `project` current (an edit of its scenarios), recording `op`."""
    session.commit(project, EditRecord.now(op, params))
    return session.project


def clean_name(element_id: str, field: str, name: str) -> str:
    """`name` without surrounding spaces; refused when too long or holding control characters."""
    if not isinstance(name, str):
        raise EditError(element_id, field, name, "must be text")
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH:
        raise EditError(element_id, field, name[:40] + "...", f"longer than {MAX_NAME_LENGTH} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise EditError(element_id, field, name, "holds a line break or a control character")
    return name


def finite_number(element_id: str, field: str, value: Any) -> float:
    """`value` as a float; refused when it is not a finite number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise EditError(element_id, field, value, "is not a number") from None
    if isinstance(value, bool) or not math.isfinite(number):
        raise EditError(element_id, field, value, "is not a finite number")
    return number


def point(element_id: str, field: str, value: Any) -> tuple[float, float]:
    """`value` as an ``(x, y)`` pair of finite metres."""
    try:
        x, y = value
    except (TypeError, ValueError):
        raise EditError(element_id, field, value, "must be two numbers, x and y in metres") from None
    return finite_number(element_id, field, x), finite_number(element_id, field, y)
