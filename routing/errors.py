"""Every error that routing raises on purpose, in one module (networkx keeps its exceptions together the same way).

Each carries fields as well as a message, so that the command line prints one
clear line (``error: ...``, exit status 2) and the desktop application can show
the blocked elements or suggestions without parsing text.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

from models.errors import VenuePlannerError


class RoutingError(VenuePlannerError):
    """The root of routing's expected failures."""


class UnknownEndpointError(RoutingError, KeyError):
    """A route end names nothing routing can start from or go to.

    Attributes
    ----------
    endpoint : str
        The text given (an id, or ``"x,y@level"``).
    problem : str
        What is wrong with it.
    suggestions : tuple of str
        Ids or names close to what was typed, best first.
    """

    def __init__(self, endpoint: str, problem: str = "", suggestions: Sequence[str] = ()) -> None:
        self.endpoint = endpoint
        self.problem = problem or "no marker, space, opening or connector has this id or name"
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"{endpoint!r}: {self.problem}{hint}")

    def __str__(self) -> str:  # KeyError would quote the whole message again
        return self.args[0]


class UnknownNameError(RoutingError, KeyError):
    """A name that none of the shipped definitions of its kind carries (a profile, a rule set).

    The message reads ``no <what> '<name>'; known <known_as>: <known, comma-separated>``.

    Attributes
    ----------
    what : str
        The kind of definition asked for, e.g. ``"movement profile"``.
    name : str
        The name asked for.
    known : tuple of str
        The names that exist.
    """

    def __init__(self, what: str, name: str, known: Sequence[str], *, known_as: str = "") -> None:
        self.what = what
        self.name = name
        self.known = tuple(known)
        super().__init__(f"no {what} {name!r}; known {known_as or what + 's'}: {', '.join(self.known)}")

    def __str__(self) -> str:  # KeyError would quote the whole message again
        return self.args[0]


class UnknownProfileError(UnknownNameError):
    """A movement profile name that the shipped profiles do not define (fields of :class:`UnknownNameError`)."""

    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__("movement profile", name, known, known_as="profiles")


class NoRouteError(RoutingError, nx.NetworkXNoPath):
    """No route joins two ends for a profile, with the reason in words and as fields.

    Attributes
    ----------
    source, target : str
        The ends as the user gave them.
    profile : str
        The movement profile searched with.
    reason : str
        Why, e.g. ``"blocked: opening 'D3', connector 'S1'"``.
    blocked : tuple of str
        Ids of the blocked or avoided elements (and hazard markers) that cut the
        route off: the fastest route without them uses them.
    unusable : tuple of str
        Ids of elements that the fastest unconstrained route uses but that the
        profile may not use (a stair for a wheelchair user, a narrow door for a
        stretcher).
    """

    def __init__(
        self,
        source: str,
        target: str,
        *,
        profile: str = "",
        reason: str = "",
        blocked: Sequence[str] = (),
        unusable: Sequence[str] = (),
    ) -> None:
        self.source = source
        self.target = target
        self.profile = profile
        self.reason = reason
        self.blocked = tuple(blocked)
        self.unusable = tuple(unusable)
        who = f" for profile {profile!r}" if profile else ""
        super().__init__(f"no route from {source!r} to {target!r}{who}" + (f": {reason}" if reason else ""))
