"""Every error that evacuation raises on purpose: bad occupant figures, people with no way out, unknown rule sets.

Each carries the element it concerns as a field, so that the command line prints
one line (``error: ...``, exit status 2) and the desktop application can select
the element without parsing text.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.errors import VenuePlannerError
from routing.errors import UnknownNameError


class EvacuationError(VenuePlannerError):
    """The root of evacuation's expected failures."""


class OccupantLoadError(EvacuationError, ValueError):
    """An occupant figure that cannot be real: negative, or more than the floor can physically hold.

    Attributes
    ----------
    space_id : str
        The space concerned.
    persons : float
        The figure given.
    problem : str
        What is wrong with it, with the figures.
    """

    def __init__(self, space_id: str, persons: float, problem: str) -> None:
        self.space_id = space_id
        self.persons = persons
        self.problem = problem
        super().__init__(f"space {space_id!r}: occupant load {persons:g}: {problem}")


class TrappedOccupantsError(EvacuationError):
    """Spaces with people in them from which no exit can be reached.

    Attributes
    ----------
    space_ids : tuple of str
        The spaces whose occupants cannot get out.
    persons : float
        How many people they hold together.
    blocked : tuple of str
        The blocked openings and connectors of the scenario, if any.
    """

    def __init__(self, space_ids: Sequence[str], persons: float, blocked: Sequence[str] = ()) -> None:
        self.space_ids = tuple(space_ids)
        self.persons = persons
        self.blocked = tuple(blocked)
        shown = ", ".join(repr(s) for s in self.space_ids[:8])
        more = f" and {len(self.space_ids) - 8} more" if len(self.space_ids) > 8 else ""
        why = f" (blocked: {', '.join(self.blocked)})" if self.blocked else ""
        super().__init__(f"{persons:,.0f} persons in {shown}{more} cannot reach any exit{why}")


class ExitLeadsNowhereError(EvacuationError):
    """An exit whose inside is not part of the venue: nobody can reach it, so it evacuates nobody.

    Attributes
    ----------
    opening_id : str
        The exit concerned.
    problem : str
        What is wrong with it.
    """

    def __init__(self, opening_id: str, problem: str) -> None:
        self.opening_id = opening_id
        self.problem = problem
        super().__init__(f"exit {opening_id!r}: {problem}")


class NoExitError(EvacuationError):
    """The venue (or the scenario) leaves no usable exit at all."""

    def __init__(self, blocked: Sequence[str] = ()) -> None:
        self.blocked = tuple(blocked)
        why = f" (blocked: {', '.join(self.blocked)})" if self.blocked else ""
        super().__init__(f"the venue has no usable exit{why}")


class UnknownRuleSetError(EvacuationError, UnknownNameError):
    """A rule-set name that the shipped tables do not define (fields of :class:`routing.errors.UnknownNameError`)."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__("rule set", name, known)


class UnknownElementInScenarioError(EvacuationError, KeyError):
    """A scenario blocks an id that is neither an opening nor a connector of the venue."""

    def __init__(self, element_id: str) -> None:
        self.element_id = element_id
        super().__init__(f"the scenario blocks {element_id!r}, which is no opening or connector of the venue")

    def __str__(self) -> str:
        return self.args[0]
