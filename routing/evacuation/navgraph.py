"""The flow network of a venue, read from the navigation graph of :func:`routing.build_graph`.

What each part of the navigation graph becomes:

* ``door`` edges out of a space (interior doors both ways, exits outwards
  only) are links of length 0 through one shared server per opening, at the SFPE
  door flow for the opening's clear width. A locked interior door is not used;
  a locked exit is (panic hardware opens it from inside: the ``evacuee``
  profile's rule).
* ``walk`` edges are links inside their space at k = 1.40; in a space used as a
  corridor they share one server at the SFPE corridor flow for the corridor's
  width, estimated as 2 x area / perimeter (exact for a long thin strip).
* ``stair`` edges (and escalators, walked as stairs) are links along the slope,
  one server per flight at the SFPE stair flow for the stair's riser and going;
  ``ramp`` edges likewise at the ramp flow. The flight is its own zone, of area
  length along the slope x effective width.
* lifts are not used to evacuate, and the ``outside`` edges of markers in the
  open are left out.
* each occupied space is a source: sample points spread over its walkable area,
  with the walking distance (around corners, :mod:`routing.geodesic`) from each
  point to each opening and landing of the space.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import replace

import networkx as nx
import numpy as np
import shapely

from models.kinds import SpaceUse
from models.venue import Venue
from routing.evacuation import sfpe
from routing.evacuation.errors import ExitLeadsNowhereError
from routing.evacuation.loads import SpaceLoad
from routing.evacuation.network import INF, FlowNetwork, NetworkBuilder
from routing.graph import space_walkable

log = logging.getLogger(__name__)

#: Space uses whose walks are limited by a flow for their width, and the SFPE component that gives it.
CORRIDOR_USES = {SpaceUse.CORRIDOR: "corridor", SpaceUse.CONCOURSE: "concourse"}

#: At most this many sample points per occupied space.
MAX_POINTS = 16

#: Zone of everyone who is out.
OUTSIDE = "outside"


def check_exits(venue: Venue) -> None:
    """Raise :class:`ExitLeadsNowhereError` for an exit or opening whose inside is not a space of the venue."""
    for o in venue.openings.values():
        if not o.spaces:
            raise ExitLeadsNowhereError(o.id, "it joins no space")
        missing = [s for s in o.spaces if s not in venue.spaces]
        if o.is_exit and missing:
            raise ExitLeadsNowhereError(o.id, f"its inside, space {missing[0]!r}, is not in the venue")
        if o.level_id not in venue.levels:
            raise ExitLeadsNowhereError(o.id, f"its level {o.level_id!r} is not in the venue")


def corridor_width(area: float, perimeter: float) -> float:
    """Clear width of a long thin space, metres: 2 x area / perimeter.

    >>> round(corridor_width(3 * 40, 2 * (3 + 40)), 2)  # a 3 m x 40 m corridor
    2.79
    """
    return 2.0 * area / perimeter if perimeter > 0 else 0.0


def sample_points(polygon, count: int) -> np.ndarray:
    """About `count` points on a regular grid inside `polygon` (its representative point if none fall inside)."""
    area = polygon.area
    if count <= 1 or area <= 0:
        p = polygon.representative_point()
        return np.array([[p.x, p.y]])
    step = math.sqrt(area / count)
    x0, y0, x1, y1 = polygon.bounds
    xs = np.arange(x0 + step / 2, x1, step)
    ys = np.arange(y0 + step / 2, y1, step)
    gx, gy = np.meshgrid(xs, ys)
    inside = shapely.contains_xy(polygon, gx, gy)
    pts = np.column_stack([gx[inside], gy[inside]])
    if len(pts) == 0:
        p = polygon.representative_point()
        return np.array([[p.x, p.y]])
    return pts


def network_from_graph(G: nx.DiGraph, loads: Mapping[str, SpaceLoad], *, points: int = MAX_POINTS) -> FlowNetwork:
    """The flow network of the venue and scenario that `G` was built for, with these occupant loads.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`routing.build_graph` (its ``graph["venue"]`` is read).
    loads : mapping
        Space id -> :class:`~routing.evacuation.loads.SpaceLoad`.
    points : int
        Most sample points per occupied space (fewer for small crowds).
    """
    venue: Venue = G.graph["venue"]
    check_exits(venue)
    b = NetworkBuilder()
    for space in venue.spaces.values():
        b.zone(space.id, area=space.area, level=space.level_id)
    b.zone(OUTSIDE, area=INF, kind="outside")
    for node, d in G.nodes(data=True):
        kind = d["kind"]
        if kind == "marker" and d["space"] is None:
            continue
        mine = {"opening": "door", "outside": "exit", "landing": "landing", "marker": "point"}[kind]
        element = d["element"]
        label = element
        if kind in ("opening", "outside") and element in venue.openings:
            label = venue.openings[element].label
        elif kind == "landing" and element in venue.connectors:
            label = venue.connectors[element].label
        b.node(node, kind=mine, capacity=INF, element=element, level=d["level"], xy=d["pos"][:2], label=label)

    corridor: dict[str, tuple[str, float]] = {}
    for space in venue.spaces.values():
        if space.use in CORRIDOR_USES:
            poly = shapely.Polygon(space.footprint, space.holes)
            corridor[space.id] = (CORRIDOR_USES[space.use], corridor_width(space.area, poly.exterior.length))

    for u, v, d in G.edges(data=True):
        kind = d["kind"]
        if kind == "walk":
            space_id = d["element"]
            if space_id in corridor:
                component, width = corridor[space_id]
                cap = sfpe.component_capacity(component, width)
                b.link(u, v, length=d["length"], zone=space_id, kind="corridor", capacity=cap, both_ways=False,
                       server=f"corridor:{space_id}", element=space_id)  # fmt: skip
            else:
                b.link(u, v, length=d["length"], zone=space_id, kind="walk", both_ways=False, element=space_id)
        elif kind == "door":
            if d.get("entering"):
                continue  # into the building
            if d.get("locked") and d.get("entering") is None:
                continue  # a locked interior door: its locked side is not known
            target_space = G.nodes[v]["space"]
            zone = target_space if target_space is not None else OUTSIDE
            cap = sfpe.component_capacity("door", d["width"])
            server = f"door:{d['element']}"
            b.link(u, v, length=0.0, zone=zone, kind="door", capacity=cap, both_ways=False, server=server,
                   element=d["element"])  # fmt: skip
        elif kind in ("stair", "escalator", "ramp"):
            c = venue.connectors[d["element"]]
            lo, hi = d["levels"]
            flight = f"{c.id}:{lo}-{hi}"
            component = "ramp" if kind == "ramp" else "stair"
            # density on a flight is per m² along the slope of its effective width (the SFPE convention)
            area = d["length"] * sfpe.effective_width(component, c.width)
            b.zone(flight, area=max(area, 1e-6), kind="connector", level=hi)
            riser, going = (c.riser, c.going) if component == "stair" else (None, None)
            cap = sfpe.component_capacity(component, c.width, riser=riser, going=going)
            b.link(u, v, length=d["length"], zone=flight, kind=component, capacity=cap, both_ways=False,
                   server=f"{component}:{flight}", element=c.id, riser=riser, going=going)  # fmt: skip
        # lifts and outside edges are not used to evacuate

    space_nodes = G.graph["space_nodes"]
    for space_id, load in loads.items():
        if load.persons <= 0:
            continue
        nodes = [n for n in space_nodes.get(space_id, []) if G.nodes[n]["kind"] in ("opening", "landing")]
        space = venue.spaces[space_id]
        area = space_walkable(G, space_id)
        polygon = area.area if not area.area.is_empty else shapely.Polygon(space.footprint, space.holes)
        count = max(1, min(points, math.ceil(load.persons / 25)))
        pts = sample_points(polygon, count)
        if nodes:
            xy = np.array([G.nodes[n]["pos"][:2] for n in nodes])
            dist, _ = area.paths(np.vstack([pts, xy]))
            block = dist[: len(pts), len(pts) :]
        else:
            block = np.zeros((len(pts), 0))
        b.source(space_id, load.persons, {n: block[:, i] for i, n in enumerate(nodes)}, points=pts)
    return replace(b.build(), blocked=frozenset(G.graph.get("blocked", ())))
