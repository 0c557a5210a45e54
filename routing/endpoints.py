"""Route ends: what a user types (a marker, space, opening or connector id or name, or ``"x,y@level"``)
and the graph nodes it stands for.

A space stands for its centroid (or, when the centroid is not walkable, a point
inside it); a point in a space is joined to every node of that space by its
walking path; a point in no space is joined to the exits of its level by
straight lines in the open. These ad-hoc nodes are added to the graph only for
the time of one query (:func:`attached`) and removed afterwards, so a graph
must not be queried from two threads at once.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count

import networkx as nx
import numpy as np
import shapely

from routing.errors import UnknownEndpointError
from routing.graph import add_outside_links, add_walk_edges, landing_node, marker_node, opening_node, space_walkable

log = logging.getLogger(__name__)

__all__ = ["Endpoint", "attached", "resolve_endpoint"]

_NUMBER = r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
_POINT = re.compile(rf"^\s*{_NUMBER}\s*,\s*{_NUMBER}\s*@\s*(.+?)\s*$")
_serial = count()


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A resolved route end.

    Attributes
    ----------
    text : str
        What was asked for.
    kind : str
        ``marker``, ``space``, ``opening``, ``connector`` or ``point``.
    element : str or None
        The id it names (None for a bare point).
    level : str
        Level id (the first landing's for a connector).
    point : (x, y) or None
        The ad-hoc position for spaces and points, metres.
    """

    text: str
    kind: str
    element: str | None
    level: str
    point: tuple[float, float] | None = None


def resolve_endpoint(G: nx.DiGraph, text: str) -> Endpoint:
    """What `text` names in the venue of `G`: an id or name of a marker, space, opening or connector, or a point.

    Raises
    ------
    UnknownEndpointError
        With up to three close matches when nothing is found.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> from routing.graph import build_graph
    >>> G = build_graph(two_room_venue())
    >>> resolve_endpoint(G, "Room B")
    Endpoint(text='Room B', kind='space', element='room-b', level='L0', point=(7.5, 2.0))
    >>> resolve_endpoint(G, "1.5,2@L0").point
    (1.5, 2.0)
    >>> try:
    ...     resolve_endpoint(G, "room-c")
    ... except UnknownEndpointError as e:
    ...     print(e.suggestions)
    ('room-a', 'room-b', 'Room A')
    """
    venue = G.graph["venue"]
    text = str(text).strip()
    match = _POINT.match(text)
    if match:
        level = _level_id(venue, match.group(3), text)
        return Endpoint(text, "point", None, level, (float(match.group(1)), float(match.group(2))))
    collections = (("marker", venue.markers), ("space", venue.spaces), ("opening", venue.openings))
    collections += (("connector", venue.connectors),)
    for kind, items in collections:
        if text in items:
            return _endpoint(G, text, kind, items[text])
    folded = text.casefold()
    for kind, items in collections:
        named = [e for e in items.values() if folded in {_name(e).casefold(), getattr(e, "number", "").casefold()}]
        if len(named) == 1:
            return _endpoint(G, text, kind, named[0])
        if len(named) > 1:
            ids = [e.id for e in named]
            raise UnknownEndpointError(text, f"{len(named)} {kind}s have this name; give an id", ids[:5])
    choices = [i for _, items in collections for i in items] + [_name(e) for _, it in collections for e in it.values()]
    raise UnknownEndpointError(text, suggestions=close_matches(text, choices))


def _name(element) -> str:
    return getattr(element, "name", "") or getattr(element, "label", "") or ""


def close_matches(text: str, choices, *, n: int = 3, cutoff: float = 0.5) -> list[str]:
    """Up to `n` of `choices` close to `text` (case-insensitive), best first, ties in alphabetical order.

    >>> close_matches("S9", ["S1", "S2", "LF"])
    ['S1', 'S2']
    """
    key = text.casefold()
    scored = []
    for choice in sorted({c for c in choices if c}):
        score = difflib.SequenceMatcher(None, key, choice.casefold()).ratio()
        if score >= cutoff:
            scored.append((-score, choice))
    return [choice for _, choice in sorted(scored)[:n]]


def _level_id(venue, text: str, whole: str) -> str:
    if text in venue.levels:
        return text
    for level in venue.levels.values():
        if level.name.casefold() == text.casefold():
            return level.id
    names = list(venue.levels) + [lv.name for lv in venue.levels.values()]
    raise UnknownEndpointError(whole, f"no level {text!r}", close_matches(text, names))


def _endpoint(G: nx.DiGraph, text: str, kind: str, element) -> Endpoint:
    if kind == "space":
        return Endpoint(text, kind, element.id, element.level_id, _inside_point(G, element))
    if kind == "connector":
        return Endpoint(text, kind, element.id, element.landings[0].level_id if element.landings else "")
    return Endpoint(text, kind, element.id, element.level_id)


def _inside_point(G: nx.DiGraph, space) -> tuple[float, float]:
    """The centroid of the space's walkable area, or a point surely inside it when the centroid is not."""
    area = space_walkable(G, space.id).area
    if area.is_empty:
        area = shapely.Polygon(space.footprint)
    c = area.centroid
    if not area.contains(c):
        c = area.point_on_surface()
    return (round(c.x, 6), round(c.y, 6))


def endpoint_nodes(G: nx.DiGraph, end: Endpoint) -> list[str]:
    """The existing graph nodes an end stands for (none for spaces and points: they need an ad-hoc node)."""
    if end.kind == "marker":
        return [marker_node(end.element)]
    if end.kind == "opening":
        opening = G.graph["venue"].openings[end.element]
        outside = opening_node(opening.id, "outside")
        if outside in G:
            return [outside]
        return [n for n in (opening_node(opening.id, s) for s in opening.spaces) if n in G]
    if end.kind == "connector":
        connector = G.graph["venue"].connectors[end.element]
        return [n for n in (landing_node(connector.id, lv.level_id) for lv in connector.landings) if n in G]
    return []


@contextmanager
def attached(G: nx.DiGraph, *ends: Endpoint) -> Iterator[list[str]]:
    """Add one node per end to `G` for the time of a query; yields the node of each end, in order.

    A marker (or an exit) is its own node; other ends get an ad-hoc ``endpoint:`` node
    joined to what they stand for. The added nodes are removed on exit.
    """
    added: list[str] = []
    names: list[str] = []
    try:
        points: dict[str, list[str]] = {}
        for end in ends:
            existing = endpoint_nodes(G, end)
            if len(existing) == 1:
                names.append(existing[0])
                continue
            node = f"endpoint:{next(_serial)}"
            added.append(node)
            names.append(node)
            if end.point is None:
                _join_zero(G, node, existing, end)
            else:
                _join_point(G, node, end, points)
        yield names
    finally:
        G.remove_nodes_from(added)


def _join_zero(G: nx.DiGraph, node: str, targets: list[str], end: Endpoint) -> None:
    """An end standing for several nodes (the two sides of a door, the landings of a stair): 0 m links to each."""
    pos = G.nodes[targets[0]]["pos"] if targets else (0.0, 0.0, 0.0)
    G.add_node(node, kind="point", element=end.element, level=end.level, space=None, pos=pos)
    for t in targets:
        d = G.nodes[t]
        geometry = np.array([d["pos"], d["pos"]], dtype=float)
        attrs = dict(kind="walk", width=None, levels=(d["level"],), step_free=True, element=d["space"], length=0.0)
        G.add_edge(node, t, geometry=geometry, **attrs)
        G.add_edge(t, node, geometry=geometry, **attrs)


def _join_point(G: nx.DiGraph, node: str, end: Endpoint, points: dict[str, list[str]]) -> None:
    venue = G.graph["venue"]
    if end.level not in venue.levels:
        raise UnknownEndpointError(end.text, f"no level {end.level!r}")
    z = venue.levels[end.level].elevation
    space_id = end.element if end.kind == "space" else None
    if space_id is None:
        found = G.graph["space_index"].space_at(end.level, end.point)
        space_id = found.id if found else None
    G.add_node(node, kind="point", element=end.element, level=end.level, space=space_id, pos=(*end.point, z))
    if space_id is None:
        if not add_outside_links(G, node):
            log.info("%s lies in no space and its level has no exit to walk in by", end.text)
        return
    area = space_walkable(G, space_id)
    others = points.setdefault(space_id, [])
    targets = [n for n in G.graph["space_nodes"].get(space_id, []) if n in G] + others
    others.append(node)
    if not targets:
        return
    xy = np.array([end.point] + [G.nodes[n]["pos"][:2] for n in targets], dtype=float)
    dist, plan = area.paths(xy)
    add_walk_edges(G, [node], targets, dist, plan, area, z, space_id, offset=1)
