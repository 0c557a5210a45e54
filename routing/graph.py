"""The navigation graph of a venue in one scenario: a directed networkx graph of where people can walk.

Nodes
    ``opening:<id>:<space>``  one side of an opening, in that space (``kind="opening"``);
    ``opening:<id>:outside``  the outer side of an exit (``kind="outside"``);
    ``landing:<id>:<level>``  where a connector meets a level (``kind="landing"``);
    ``marker:<id>``           a marker (``kind="marker"``).
    Each carries ``element`` (the id), ``level``, ``space`` (None outside) and
    ``pos`` = (x, y, z), metres, z = the level's elevation.

Edges (directed; most come in both directions)
    ``walk``       inside one space, between every pair of its nodes, along the
                   shortest path inside its walkable area (:mod:`routing.geodesic`);
    ``door``       through an opening, length 0, ``locked`` and ``entering`` (True
                   into the building through an exit, False out of it, None for an
                   interior door);
    ``stair``, ``ramp``, ``escalator``, ``lift``   along a connector; ``direction``
                   is ``"up"`` or ``"down"``; a moving escalator only runs one way;
    ``outside``    a straight line in the open, from a marker outside every space
                   to the exits of its level (an estimate: the outside is not modelled).
    Every edge has ``length`` (m), ``width`` (clear width, m, None when a walk
    does not narrow), ``kind``, ``levels`` (tuple of level ids), ``step_free``,
    ``element`` (the space, opening or connector id) and ``geometry``, an (n, 3)
    float polyline in metres.

The scenario's blocked openings and connectors get no edges (their ids are
listed in ``G.graph["blocked"]``). Its hazard zones are cut out of the
walkable area of the spaces they touch: walks go around a zone, and an
opening, landing or marker inside one is reached by no walk.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np
import shapely

from models import Connector, ConnectorKind, Job, Marker, Progress, Scenario, TravelDirection, Venue, run_sync
from models.topology import SpaceIndex
from routing.geodesic import disc, polyline_distance, walkable
from routing.profiles import default

log = logging.getLogger(__name__)

__all__ = ["build_graph", "iter_build_graph", "space_walkable", "zone_hidden_edges"]


def opening_node(opening_id: str, side: str) -> str:
    """Node id of one side of an opening (`side` is a space id or ``"outside"``)."""
    return f"opening:{opening_id}:{side}"


def landing_node(connector_id: str, level_id: str) -> str:
    return f"landing:{connector_id}:{level_id}"


def marker_node(marker_id: str) -> str:
    return f"marker:{marker_id}"


def build_graph(
    venue: Venue, scenario: Scenario | None = None, *, clearance: float | None = None, on_progress=None
) -> nx.DiGraph:
    """The navigation graph of `venue` in `scenario` (see the module docstring for its nodes and edges).

    Parameters
    ----------
    venue : Venue
    scenario : Scenario, optional
        Blocked openings and connectors, hazard zones. None: everything open.
    clearance : float, optional
        Distance walkers keep from corners, metres (``defaults.json``: 0.3 m).
    on_progress : callable, optional
        Called with each :class:`~models.Progress`.

    Returns
    -------
    networkx.DiGraph
        ``G.graph`` holds ``venue``, ``scenario``, ``clearance``, ``blocked``
        (ids with no edges), ``hazards`` (markers) and lookup tables.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> G = build_graph(two_room_venue())
    >>> G.number_of_nodes(), G.number_of_edges()
    (6, 10)
    >>> d = G.edges["opening:exit-a:room-a", "opening:door-ab:room-a"]
    >>> d["kind"], d["length"], d["element"]
    ('walk', 5.0, 'room-a')
    """
    return run_sync(iter_build_graph(venue, scenario, clearance=clearance), on_progress)


def iter_build_graph(venue: Venue, scenario: Scenario | None = None, *, clearance: float | None = None) -> Job:
    """:func:`build_graph` as a job that yields progress once per batch of spaces and can be cancelled."""
    scenario = scenario or Scenario("none")
    clearance = default("clearance") if clearance is None else float(clearance)
    G = nx.DiGraph()
    index = SpaceIndex.of(venue)
    blocked = (scenario.blocked_openings | scenario.blocked_connectors) & set(venue.all_ids())
    unknown = sorted((scenario.blocked_openings | scenario.blocked_connectors) - blocked)
    if unknown:
        log.warning("scenario %s blocks ids the venue does not have: %s", scenario.id, ", ".join(unknown))
    hazards = tuple(m for m in scenario.hazards if m.radius > 0)
    G.graph.update(
        venue=venue,
        scenario=scenario,
        clearance=clearance,
        blocked=tuple(sorted(blocked)),
        hazards=hazards,
        space_index=index,
        space_nodes=defaultdict(list),
        space_hazards={},
        exits_outside=defaultdict(list),
    )
    yield Progress(0.0, "placing openings, landings and markers")
    _add_openings(G, venue, blocked)
    _add_connectors(G, venue, blocked)
    outside_markers = _add_markers(G, venue, index)
    spaces = list(venue.spaces.values())
    step = max(1, len(spaces) // 50)
    for n, space in enumerate(spaces):
        if n % step == 0:
            yield Progress(0.1 + 0.85 * n / max(1, len(spaces)), f"walking distances in {n}/{len(spaces)} spaces")
        _add_walks(G, venue, space.id, _hazards_touching(hazards, space, venue))
    for marker in outside_markers:
        _add_outside_links(G, venue, marker)
    G.graph["space_nodes"] = dict(G.graph["space_nodes"])
    G.graph["exits_outside"] = dict(G.graph["exits_outside"])
    yield Progress(1.0, f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    return G


# --- nodes and the edges that cross elements -------------------------------------------


def _pos(venue: Venue, level_id: str, xy) -> tuple[float, float, float]:
    return (float(xy[0]), float(xy[1]), venue.levels[level_id].elevation)


def _add_node(G: nx.DiGraph, node: str, *, kind: str, element: str, level: str, space: str | None, pos) -> None:
    G.add_node(node, kind=kind, element=element, level=level, space=space, pos=pos)
    if space is not None:
        G.graph["space_nodes"][space].append(node)


def _line(a, b) -> np.ndarray:
    g = np.array([a, b], dtype=float)
    g.setflags(write=False)
    return g


def _add_openings(G: nx.DiGraph, venue: Venue, blocked: set[str]) -> None:
    for o in venue.openings.values():
        if o.level_id not in venue.levels:
            log.warning("opening %s is on unknown level %s: left out", o.id, o.level_id)
            continue
        pos = _pos(venue, o.level_id, o.position)
        sides = [s for s in o.spaces if s in venue.spaces]
        if not sides:
            continue
        for s in sides:
            _add_node(G, opening_node(o.id, s), kind="opening", element=o.id, level=o.level_id, space=s, pos=pos)
        if o.id in blocked:
            continue
        common = dict(
            kind="door", length=0.0, width=o.width, levels=(o.level_id,), step_free=True, element=o.id, locked=o.locked
        )
        if o.is_exit:
            inside, outside = opening_node(o.id, sides[0]), opening_node(o.id, "outside")
            _add_node(G, outside, kind="outside", element=o.id, level=o.level_id, space=None, pos=pos)
            G.graph["exits_outside"][o.level_id].append(outside)
            G.add_edge(outside, inside, entering=True, geometry=_line(pos, pos), **common)
            G.add_edge(inside, outside, entering=False, geometry=_line(pos, pos), **common)
        elif len(sides) == 2:
            a, b = (opening_node(o.id, s) for s in sides)
            G.add_edge(a, b, entering=None, geometry=_line(pos, pos), **common)
            G.add_edge(b, a, entering=None, geometry=_line(pos, pos), **common)


def _add_connectors(G: nx.DiGraph, venue: Venue, blocked: set[str]) -> None:
    for c in venue.connectors.values():
        stops = []
        for landing in c.landings:
            if landing.level_id not in venue.levels or landing.space_id not in venue.spaces:
                log.warning(
                    "connector %s: landing on %s/%s is unknown: left out", c.id, landing.level_id, landing.space_id
                )
                continue
            node = landing_node(c.id, landing.level_id)
            pos = _pos(venue, landing.level_id, landing.position)
            _add_node(G, node, kind="landing", element=c.id, level=landing.level_id, space=landing.space_id, pos=pos)
            stops.append((pos[2], node, pos, landing.level_id))
        if c.id in blocked or len(stops) < 2:
            continue
        stops.sort()
        if c.kind == ConnectorKind.LIFT:
            pairs = [(a, b) for i, a in enumerate(stops) for b in stops[i + 1 :]]
        else:
            pairs = list(itertools.pairwise(stops))
        for lo, hi in pairs:
            _add_flight(G, c, lo, hi)


def _add_flight(G: nx.DiGraph, c: Connector, lo, hi) -> None:
    """Edges between two landings of one connector, lower `lo` to higher `hi`."""
    (z0, n0, p0, lv0), (z1, n1, p1, lv1) = lo, hi
    rise = z1 - z0
    if rise <= 0:
        log.warning("connector %s joins two landings at the same height: left out", c.id)
        return
    horizontal = math.hypot(p1[0] - p0[0], p1[1] - p0[1])
    common = dict(kind=c.kind.value, width=c.width, levels=(lv0, lv1), element=c.id, rise=rise)
    moving = False
    if c.kind == ConnectorKind.STAIR or (
        c.kind == ConnectorKind.ESCALATOR and c.direction in (None, TravelDirection.STOPPED)
    ):
        riser = c.riser or default("stair_riser")
        going = c.going or default("stair_going")
        steps = max(1, round(rise / riser))
        run = steps * going
        common.update(step_free=False, steps=steps, run=run, length=math.hypot(run, rise))
    elif c.kind == ConnectorKind.RAMP:
        run = max(horizontal, rise / default("ramp_max_slope"))
        common.update(step_free=True, run=run, length=math.hypot(run, rise))
    elif c.kind == ConnectorKind.ESCALATOR:
        angle = math.radians(default("escalator_inclination"))
        moving = True
        common.update(step_free=False, run=rise / math.tan(angle), length=rise / math.sin(angle))
        common.update(speed=c.speed or default("escalator_speed"))
    else:  # lift
        common.update(step_free=True, run=0.0, length=rise, speed=c.speed or default("lift_speed"), capacity=c.capacity)
    common["moving"] = moving
    up_ok = not moving or c.direction == TravelDirection.UP
    down_ok = not moving or c.direction == TravelDirection.DOWN
    if up_ok:
        G.add_edge(n0, n1, direction="up", geometry=_line(p0, p1), **common)
    if down_ok:
        G.add_edge(n1, n0, direction="down", geometry=_line(p1, p0), **common)


def _add_markers(G: nx.DiGraph, venue: Venue, index: SpaceIndex) -> list[Marker]:
    """Marker nodes; returns the markers that lie in no space (joined to the exits in the open)."""
    outside = []
    for m in venue.markers.values():
        if m.level_id not in venue.levels:
            continue
        space = index.space_at(m.level_id, m.position)
        node = marker_node(m.id)
        _add_node(
            G, node, kind="marker", element=m.id, level=m.level_id, space=space.id if space else None,
            pos=_pos(venue, m.level_id, m.position),
        )  # fmt: skip
        if space is None:
            outside.append(m)
    return outside


def _add_outside_links(G: nx.DiGraph, venue: Venue, marker: Marker) -> None:
    node = marker_node(marker.id)
    add_outside_links(G, node)


def add_outside_links(G: nx.DiGraph, node: str) -> int:
    """Join `node` (in no space) to every exit of its level by straight ``outside`` edges; returns how many."""
    level = G.nodes[node]["level"]
    p = G.nodes[node]["pos"]
    hazards = [m for m in G.graph["hazards"] if m.level_id == level]
    count = 0
    for exit_node in G.graph["exits_outside"].get(level, []):
        q = G.nodes[exit_node]["pos"]
        geometry = _line(p, q)
        if hazards and any(
            shapely.intersects(disc(*h.position, h.radius), shapely.LineString(geometry[:, :2])) for h in hazards
        ):
            continue
        length = math.hypot(q[0] - p[0], q[1] - p[1])
        attrs = dict(kind="outside", width=None, levels=(level,), step_free=True, element=None, length=length)
        G.add_edge(node, exit_node, geometry=geometry, **attrs)
        G.add_edge(exit_node, node, geometry=_line(q, p), **attrs)
        count += 1
    return count


# --- walks inside spaces ----------------------------------------------------------------


def _hazards_touching(hazards: Iterable[Marker], space, venue: Venue) -> tuple[tuple[float, float, float], ...]:
    out = []
    for h in hazards:
        if h.level_id != space.level_id:
            continue
        x, y = h.position
        if shapely.intersects(shapely.Polygon(space.footprint), disc(x, y, h.radius)):
            out.append((x, y, h.radius))
    return tuple(out)


def space_walkable(G: nx.DiGraph, space_id: str):
    """The cached :class:`~routing.geodesic.Walkable` area of a space of `G` (hazards cut out)."""
    space = G.graph["venue"].spaces[space_id]
    hazards = G.graph["space_hazards"].get(space_id, ())
    return walkable(space.footprint, space.holes, hazards=hazards, clearance=G.graph["clearance"])


def _add_walks(G: nx.DiGraph, venue: Venue, space_id: str, hazards) -> None:
    G.graph["space_hazards"][space_id] = hazards
    nodes = G.graph["space_nodes"].get(space_id, [])
    if len(nodes) < 2:
        return
    area = space_walkable(G, space_id)
    z = venue.levels[venue.spaces[space_id].level_id].elevation
    xy = np.array([G.nodes[n]["pos"][:2] for n in nodes])
    dist, plan = area.paths(xy)
    add_walk_edges(G, nodes, nodes, dist, plan, area, z, space_id)


def add_walk_edges(
    G: nx.DiGraph, sources, targets, dist, plan, area, z: float, space_id: str, *, offset: int = 0
) -> None:
    """Add ``walk`` edges both ways between ``sources[i]`` and ``targets[j]`` where ``dist[i, j + offset]`` is finite.

    With ``sources is targets`` each unordered pair is added once (both directions).
    """
    level = G.nodes[sources[0]]["level"] if sources else None
    same = sources is targets
    ii, jj = np.nonzero(np.isfinite(dist[: len(sources), offset : offset + len(targets)]))
    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        if same and j <= i:
            continue
        u, v = sources[i], targets[j]
        if u == v:
            continue
        flat = area.polyline(plan, i, j + offset)
        geometry = np.column_stack([flat, np.full(len(flat), z)])
        back = geometry[::-1].copy()
        geometry.setflags(write=False)
        back.setflags(write=False)
        attrs = dict(
            kind="walk",
            width=None,
            levels=(level,),
            step_free=True,
            element=space_id,
            length=float(dist[i, j + offset]),
        )
        G.add_edge(u, v, geometry=geometry, **attrs)
        G.add_edge(v, u, geometry=back, **attrs)


def zone_hidden_edges(G: nx.DiGraph, zones) -> set[tuple[str, str]]:
    """The edges of `G` that come within the radius of any of the marker `zones` (same level), both ways."""
    hidden: set[tuple[str, str]] = set()
    for zone in zones:
        for u, v, d in G.edges(data=True):
            if zone.level_id not in d.get("levels", ()):
                continue
            xyz = d["geometry"]
            if polyline_distance(xyz[:, :2], zone.position) < zone.radius:
                hidden.add((u, v))
    return hidden
