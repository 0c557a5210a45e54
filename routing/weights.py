"""Edge weights for the navigation graph, networkx style: ``weight(u, v, d) -> float | None``, None hides the edge.

:func:`length` is the walking distance (metres). :func:`travel_time` turns a
movement profile into seconds and hides what the profile may not use: an
opening or connector narrower than its minimum clear width, a stair for a
step-free profile, a lift or an escalator it does not take, a lift car smaller
than it needs, a locked opening it cannot pass.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from routing.profiles import Profile, get_profile, profile_names

Weight = Callable[[Any, Any, dict], float | None]

__all__ = ["Weight", "edge_time", "length", "travel_time", "unusable_reason"]


def length(u, v, d: dict) -> float:
    """Walking distance along the edge, metres (the ``length`` attribute)."""
    return d["length"]


def unusable_reason(d: dict, profile: Profile) -> str | None:
    """Why `profile` may not use the edge with attributes `d`, as a short code; None when it may.

    Codes: ``"narrow"``, ``"steps"``, ``"lift"``, ``"small-lift"``, ``"escalator"``,
    ``"locked"``, ``"one-way"``.

    >>> from routing.profiles import get_profile
    >>> unusable_reason({"kind": "door", "width": 0.9, "locked": False}, get_profile("stretcher"))
    'narrow'
    """
    kind = d["kind"]
    width = d.get("width")
    if width is not None and width < profile.min_clear_width:
        return "narrow"
    if profile.step_free and not d.get("step_free", True):
        return "steps"
    if kind == "door":
        if d.get("locked") and profile.locked == "exit_only" and d.get("entering") is not False:
            return "locked"
    elif kind == "lift":
        if not profile.lifts:
            return "lift"
        capacity = d.get("capacity")
        if profile.min_lift_capacity is not None and capacity is not None and capacity < profile.min_lift_capacity:
            return "small-lift"
    elif kind == "escalator" and not profile.escalators:
        return "escalator"
    if kind in ("stair", "escalator") and not d.get("moving"):
        speed = profile.stairs_up if d.get("direction") == "up" else profile.stairs_down
        if speed is None:
            return "steps"
    return None


def edge_time(d: dict, profile: Profile) -> float | None:
    """Seconds for `profile` to cover the edge with attributes `d`; None when the profile may not use it.

    Stairs (and stopped escalators) are walked at the profile's stair speed along
    the slope; riders stand on a moving escalator; a lift costs the profile's
    waiting time plus its rise at the car's speed; a locked opening forced by a
    team costs the profile's ``locked_penalty``.

    Examples
    --------
    A stair of rise 3.4 m in 19 steps of going 0.28 m: run 5.32 m, slope length
    sqrt(5.32^2 + 3.4^2) = 6.3136 m; up at the team's 0.5 m/s: 12.627 s.

    >>> from routing.profiles import get_profile
    >>> d = {"kind": "stair", "length": (5.32**2 + 3.4**2) ** 0.5, "width": 1.2, "direction": "up", "step_free": False}
    >>> round(edge_time(d, get_profile("team")), 3)
    12.627
    >>> edge_time(d, get_profile("wheelchair")) is None
    True
    """
    if unusable_reason(d, profile) is not None:
        return None
    kind = d["kind"]
    up = d.get("direction") == "up"
    if kind in ("walk", "outside"):
        return d["length"] / profile.level
    if kind == "door":
        return profile.locked_penalty if d.get("locked") else 0.0
    if kind == "ramp":
        return d["length"] / (profile.ramp_up if up else profile.ramp_down)
    if kind == "lift":
        return profile.lift_wait + d["length"] / d["speed"]
    if kind == "escalator" and d.get("moving"):
        return d["length"] / d["speed"]
    # stairs, and escalators walked while stopped
    return d["length"] / (profile.stairs_up if up else profile.stairs_down)


def profile_names_cached(profile: Profile) -> str:
    """The name under which `profile`'s edge times may be cached: its name if it is a shipped profile, else ""."""
    return profile.name if profile.name in profile_names() and get_profile(profile.name) == profile else ""


def travel_time(
    profile: str | Profile | None = None,
    *,
    avoid: Collection[str] = (),
    hidden: Collection[tuple] = (),
    penalties: Mapping[str, float] | None = None,
) -> Weight:
    """A networkx weight: seconds for `profile` to cover an edge, None for edges it may not use.

    Parameters
    ----------
    profile : str or Profile, optional
        A shipped profile name (``"team"`` when None).
    avoid : collection of str
        Element ids (openings, connectors, spaces) whose edges are hidden.
    hidden : collection of (u, v)
        Edges hidden explicitly (e.g. those crossing an avoided zone).
    penalties : mapping, optional
        Element id -> factor multiplying the time of its edges (alternatives).

    Examples
    --------
    >>> import networkx as nx
    >>> from models.factories import two_room_venue
    >>> from routing.graph import build_graph
    >>> G = build_graph(two_room_venue())
    >>> w = travel_time("evacuee")
    >>> round(nx.dijkstra_path_length(G, "opening:exit-a:room-a", "opening:exit-b:room-b", weight=w), 3)
    8.333
    >>> nx.has_path(nx.subgraph_view(G, filter_edge=lambda u, v: w(u, v, G.edges[u, v]) is not None),
    ...             "opening:exit-a:outside", "opening:exit-b:room-b")
    True
    """
    prof = get_profile(profile)
    avoid = frozenset(avoid)
    hidden = frozenset(hidden)
    penalties = dict(penalties or {})
    # A shipped profile's times are kept on each edge (d["times"][name]) the first time they are
    # computed: edges never change once built, and a query then costs a dict lookup per edge.
    shipped = profile_names_cached(prof)

    def weight(u, v, d: dict) -> float | None:
        if (avoid and d.get("element") in avoid) or (hidden and (u, v) in hidden):
            return None
        times = d.get("times")
        if times is not None and shipped in times:
            t = times[shipped]
        else:
            t = edge_time(d, prof)
            if shipped:
                d.setdefault("times", {})[shipped] = t
        if t is None or not penalties:
            return t
        factor = penalties.get(d.get("element"))
        return t if factor is None else (t + 1.0) * factor  # +1 s: a 0 s door is penalised too

    weight.profile = prof  # type: ignore[attr-defined]
    return weight
