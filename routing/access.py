"""Access routes for intervention teams: the fastest route for a movement profile, and real alternatives.

Ends are markers, spaces, openings, connectors (ids or names) or points
``"x,y@level"`` (:mod:`routing.endpoints`). ``avoid`` names openings,
connectors and spaces whose edges are not used, and zone markers (any marker
with a radius): every edge whose path comes within the radius, and every node
inside it, is not used. ``via`` names points to pass, in order.

Alternatives (:func:`alternatives`) use the penalty method with an overlap
filter: after each route found, the openings and connectors it uses get their
time doubled (their edges cost ``(t + 1 s) x 2^n`` after n routes used them),
and the fastest route under these penalties is kept only if it shares at most
`max_overlap` of its openings and connectors with every route kept before
(Jaccard index: shared / all distinct ids of the pair) and takes at most
`max_stretch` times the fastest time, measured without penalties. So two
alternatives differ in the doors and stairs they use, not by a detour inside
a room.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import pairwise

import networkx as nx

from routing.diagnose import explain_no_route
from routing.endpoints import Endpoint, attached, close_matches, resolve_endpoint
from routing.errors import UnknownEndpointError
from routing.graph import zone_hidden_edges
from routing.profiles import Profile, get_profile
from routing.route import Route, route_from_path
from routing.weights import travel_time

log = logging.getLogger(__name__)

__all__ = ["access_route", "alternatives"]


def access_route(
    G: nx.DiGraph,
    source: str,
    target: str,
    *,
    profile: str | Profile | None = None,
    avoid: Sequence[str] = (),
    via: Sequence[str] = (),
) -> Route:
    """The fastest route from `source` to `target` for `profile` on the navigation graph `G`.

    Parameters
    ----------
    G : networkx.DiGraph
        From :func:`routing.build_graph`.
    source, target : str
        Ids or names of markers, spaces, openings or connectors, or ``"x,y@level"``.
    profile : str or Profile, optional
        Movement profile (default ``"team"``).
    avoid : sequence of str
        Ids of openings, connectors, spaces or zone markers not to use.
    via : sequence of str
        Ends to pass through, in order.

    Returns
    -------
    Route
        Its ``time`` is in seconds, ``length`` in metres.

    Raises
    ------
    UnknownEndpointError
        An end or an avoided id names nothing in the venue.
    NoRouteError
        Nothing joins the ends for this profile; ``reason`` says which blocked
        or avoided elements cut the route, or what the profile may not use.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> from routing.graph import build_graph
    >>> G = build_graph(two_room_venue())
    >>> r = access_route(G, "exit-a", "room-b", profile="evacuee")
    >>> r.openings, r.length, round(r.time, 3)  # 5 m to door-ab, then 2.5 m to room B's centroid (7.5, 2)
    (('exit-a', 'door-ab'), 7.5, 6.25)
    """
    return _routes(G, source, target, profile=profile, avoid=avoid, via=via, k=1)[0]


def alternatives(
    G: nx.DiGraph,
    source: str,
    target: str,
    *,
    k: int = 3,
    profile: str | Profile | None = None,
    avoid: Sequence[str] = (),
    via: Sequence[str] = (),
    max_overlap: float = 0.5,
    max_stretch: float = 2.0,
) -> list[Route]:
    """Up to `k` really different routes, fastest first (the first is :func:`access_route`'s).

    Parameters
    ----------
    k : int
        Most routes returned.
    max_overlap : float
        Highest share (Jaccard index, 0..1) of openings and connectors an
        alternative may have in common with any route kept before it.
    max_stretch : float
        An alternative takes at most this many times the fastest route's time.

    Other parameters, returns and errors are those of :func:`access_route`; fewer
    than `k` routes come back when the venue offers no more different ones.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> from routing.graph import build_graph
    >>> G = build_graph(two_room_venue())
    >>> [r.openings for r in alternatives(G, "1,1@L0", "9,1@L0", profile="team")]
    [('door-ab',)]
    """
    return _routes(G, source, target, profile=profile, avoid=avoid, via=via, k=k, max_overlap=max_overlap,
                   max_stretch=max_stretch)  # fmt: skip


def _routes(G, source, target, *, profile, avoid, via, k, max_overlap=0.5, max_stretch=2.0) -> list[Route]:
    prof = get_profile(profile)
    ends = [resolve_endpoint(G, text) for text in (source, *via, target)]
    avoid_ids, zones = _avoid(G, avoid)
    with attached(G, *ends) as nodes:
        hidden = zone_hidden_edges(G, zones)
        weight = travel_time(prof, avoid=avoid_ids, hidden=hidden)
        first = _chain(G, nodes, ends, weight, prof)
        if first is None:
            raise explain_no_route(G, nodes, ends, prof, avoid=avoid_ids, zones=zones, hidden=hidden)
        kept = [first]
        penalties: dict[str, float] = {}
        for _ in range(4 * max(0, k - 1)):
            if len(kept) >= k:
                break
            for element in _decisions(kept[-1]):
                penalties[element] = penalties.get(element, 1.0) * 2.0
            if not penalties:
                break
            weighted = travel_time(prof, avoid=avoid_ids, hidden=hidden, penalties=penalties)
            candidate = _chain(G, nodes, ends, weighted, prof)
            if candidate is None or candidate.time > max_stretch * first.time + 1e-9:
                break
            if all(_overlap(candidate, r) <= max_overlap + 1e-12 for r in kept):
                kept.append(candidate)
    return kept


def _chain(G, nodes: list[str], ends: list[Endpoint], weight, prof: Profile) -> Route | None:
    """The fastest route through the attached `nodes` in order, or None when a stretch has none."""
    route = None
    for (a, b), (ea, eb) in zip(pairwise(nodes), pairwise(ends), strict=True):
        try:
            _, path = nx.bidirectional_dijkstra(G, a, b, weight=weight)
        except nx.NetworkXNoPath:
            return None
        part = route_from_path(G, path, prof, source=ea.text, target=eb.text)
        part = Route(tuple(leg for leg in part.legs if not _empty(leg)), part.profile, part.source, part.target)
        route = part if route is None else route + part
    return route


def _empty(leg) -> bool:
    return leg.kind == "walk" and leg.length == 0.0


def _decisions(route: Route) -> set[str]:
    return set(route.openings) | set(route.connectors)


def _overlap(a: Route, b: Route) -> float:
    sa, sb = _decisions(a), _decisions(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 1.0


def _avoid(G: nx.DiGraph, avoid: Sequence[str]) -> tuple[set[str], list]:
    venue = G.graph["venue"]
    ids: set[str] = set()
    zones = []
    for text in avoid:
        if text in venue.markers:
            marker = venue.markers[text]
            if marker.radius <= 0:
                raise UnknownEndpointError(text, "this marker has no radius, so it is no zone to avoid")
            zones.append(marker)
        elif text in venue.openings or text in venue.connectors or text in venue.spaces:
            ids.add(text)
        else:
            known = [*venue.openings, *venue.connectors, *venue.spaces, *venue.markers]
            raise UnknownEndpointError(
                text,
                "nothing to avoid has this id (an opening, connector, space or zone marker)",
                close_matches(text, known),
            )
    return ids, zones
