"""Routes as values: an ordered tuple of legs, each one edge of the navigation graph with its 3D path and time.

A :class:`Route` is derived data: it can always be recomputed from its request
(a :class:`models.SavedRoute`). Its geometry is in metres in the venue frame,
z = the floor elevation of the level walked on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx
import numpy as np

from routing.profiles import Profile
from routing.weights import edge_time

__all__ = ["Leg", "Route", "route_from_path"]


@dataclass(frozen=True, slots=True, eq=False)
class Leg:
    """One step of a route: a walk in a space, a door, a flight of stairs, a ramp, an escalator or a lift ride.

    Attributes
    ----------
    kind : str
        ``walk``, ``door``, ``stair``, ``ramp``, ``escalator``, ``lift`` or ``outside``.
    element : str or None
        The space (walk), opening (door) or connector id used.
    start, end : str
        Graph nodes.
    geometry : (n, 3) float
        The path, metres.
    length : float
        Metres (slope length on stairs, ramps, escalators; rise in a lift).
    time : float
        Seconds, `wait` included.
    wait : float
        Seconds spent standing at the start of the leg (calling a lift, forcing a locked door).
    levels : tuple of str
        The level walked on, or the two levels a connector joins (lower first).
    direction : str or None
        ``"up"`` or ``"down"`` on connectors.
    width : float or None
        Clear width, metres.
    space, start_space : str or None
        The space the leg ends in and the one it starts in (None outside the building).
    """

    kind: str
    element: str | None
    start: str
    end: str
    geometry: np.ndarray = field(repr=False)
    length: float
    time: float
    wait: float = 0.0
    levels: tuple[str, ...] = ()
    direction: str | None = None
    width: float | None = None
    space: str | None = None
    start_space: str | None = None

    @property
    def level(self) -> str:
        """The level this leg ends on."""
        if self.direction == "down" and len(self.levels) == 2:
            return self.levels[0]
        return self.levels[-1] if self.levels else ""

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "element": self.element,
            "from": self.start,
            "to": self.end,
            "length": round(self.length, 3),
            "time": round(self.time, 3),
            "wait": round(self.wait, 3),
            "levels": list(self.levels),
            "direction": self.direction,
            "width": self.width,
            "space": self.space,
            "geometry": np.round(self.geometry, 3).tolist(),
        }


@dataclass(frozen=True, slots=True, eq=False)
class Route:
    """An access route: legs in order, with the request it answers.

    Attributes
    ----------
    legs : tuple of Leg
    profile : str
        The movement profile it was computed for.
    source, target : str
        The ends as requested (ids or ``"x,y@level"``).
    """

    legs: tuple[Leg, ...]
    profile: str = ""
    source: str = ""
    target: str = ""

    @property
    def length(self) -> float:
        """Metres walked, ridden and climbed (slope lengths)."""
        return float(sum(leg.length for leg in self.legs))

    @property
    def time(self) -> float:
        """Seconds from start to arrival for the route's profile."""
        return float(sum(leg.time for leg in self.legs))

    @property
    def nodes(self) -> tuple[str, ...]:
        """The graph nodes passed, in order."""
        if not self.legs:
            return ()
        return (self.legs[0].start, *(leg.end for leg in self.legs))

    @property
    def levels(self) -> tuple[str, ...]:
        """Levels visited, in order, without repeats in a row."""
        out: list[str] = []
        for leg in self.legs:
            for level in leg.levels if leg.direction != "down" else reversed(leg.levels):
                if not out or out[-1] != level:
                    out.append(level)
        return tuple(out)

    @property
    def openings(self) -> tuple[str, ...]:
        """Ids of the openings passed, in order."""
        return tuple(leg.element for leg in self.legs if leg.kind == "door")

    @property
    def connectors(self) -> tuple[str, ...]:
        """Ids of the stairs, ramps, escalators and lifts taken, in order."""
        return tuple(leg.element for leg in self.legs if leg.kind in ("stair", "ramp", "escalator", "lift"))

    @property
    def elements(self) -> tuple[str, ...]:
        """Every element id used (spaces, openings, connectors), in order, without repeats in a row."""
        out: list[str] = []
        for leg in self.legs:
            if leg.element is not None and (not out or out[-1] != leg.element):
                out.append(leg.element)
        return tuple(out)

    @property
    def geometry(self) -> np.ndarray:
        """(n, 3) float: the whole path, metres, without repeated points where legs meet."""
        parts = [leg.geometry for leg in self.legs if len(leg.geometry)]
        if not parts:
            return np.zeros((0, 3))
        xyz = np.concatenate(parts)
        keep = np.ones(len(xyz), dtype=bool)
        keep[1:] = np.any(np.abs(np.diff(xyz, axis=0)) > 1e-9, axis=1)
        return xyz[keep]

    def straight_distance(self) -> float:
        """Metres in a straight 3D line between the route's two ends."""
        xyz = self.geometry
        return float(np.linalg.norm(xyz[-1] - xyz[0])) if len(xyz) else 0.0

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "target": self.target,
            "profile": self.profile,
            "length": round(self.length, 3),
            "time": round(self.time, 3),
            "levels": list(self.levels),
            "openings": list(self.openings),
            "connectors": list(self.connectors),
            "legs": [leg.to_dict() for leg in self.legs],
        }

    def __add__(self, other: Route) -> Route:
        """Join two routes end to start (a route through a via point)."""
        return Route(self.legs + other.legs, self.profile or other.profile, self.source, other.target)


def route_from_path(G: nx.DiGraph, path: Sequence, profile: Profile, *, source: str = "", target: str = "") -> Route:
    """The :class:`Route` along the node `path` of `G`, timed for `profile`.

    Raises
    ------
    ValueError
        When the profile may not use an edge of the path.
    """
    legs = []
    for u, v in pairwise(path):
        d = G.edges[u, v]
        t = edge_time(d, profile)
        if t is None:
            raise ValueError(f"profile {profile.name!r} may not use the edge {u} -> {v}")
        wait = 0.0
        if d["kind"] == "lift":
            wait = profile.lift_wait
        elif d["kind"] == "door" and d.get("locked"):
            wait = t
        legs.append(
            Leg(
                kind=d["kind"],
                element=d.get("element"),
                start=u,
                end=v,
                geometry=d["geometry"],
                length=float(d["length"]),
                time=float(t),
                wait=wait,
                levels=tuple(d.get("levels", ())),
                direction=d.get("direction"),
                width=d.get("width"),
                space=G.nodes[v].get("space"),
                start_space=G.nodes[u].get("space"),
            )
        )
    return Route(tuple(legs), profile.name, source, target)
