"""Why no route exists: which blocked or avoided elements cut it, or what the profile may not use.

When the search fails, the same ends are searched again with fewer
constraints, and the first that succeeds tells the reason:

1. the venue with every opening and connector open and no hazard or avoided
   zone, for the same profile: the blocked, avoided and hazardous elements on
   that route cut it off; the search is repeated without them (up to four
   times) to name the other ways that are shut too;
2. the scenario as it is, for a profile that may use everything: the elements
   of that route the profile may not use (a stair for a wheelchair user, a
   narrow door for a stretcher) are the reason;
3. both relaxed at once: both reasons;
4. nothing: an end has no way in or out in the model, or the ends lie in parts
   of the venue that no opening or connector joins.
"""

from __future__ import annotations

import logging
from itertools import pairwise

import networkx as nx

from routing.endpoints import Endpoint, attached
from routing.errors import NoRouteError
from routing.geodesic import polyline_distance
from routing.graph import build_graph, zone_hidden_edges
from routing.profiles import Profile
from routing.weights import travel_time, unusable_reason

log = logging.getLogger(__name__)

__all__ = ["explain_no_route"]

#: A profile that may use everything the graph holds: the yardstick of "what the profile may not use".
ANYONE = Profile(name="anyone", level=1.0, stairs_up=1.0, stairs_down=1.0, ramp_up=1.0, ramp_down=1.0, locked="force")

_REASONS = {
    "narrow": "narrower than {width} m",
    "steps": "has steps",
    "lift": "is a lift",
    "small-lift": "car smaller than {capacity} persons",
    "escalator": "is an escalator",
    "locked": "locked",
}


def explain_no_route(
    G: nx.DiGraph,
    nodes: list[str],
    ends: list[Endpoint],
    profile: Profile,
    *,
    avoid=frozenset(),
    zones=(),
    hidden=frozenset(),
) -> NoRouteError:
    """The :class:`NoRouteError` for the first stretch between consecutive `ends` that has no route.

    `nodes` are the graph nodes of the `ends`, attached to `G` by
    :func:`routing.endpoints.attached`; `avoid`, `zones` and `hidden` are those
    the failed search used.
    """
    weight = travel_time(profile, avoid=avoid, hidden=hidden)
    for (a, b), (ea, eb) in zip(pairwise(nodes), pairwise(ends), strict=True):
        if not _connected(G, a, b, weight):
            return _explain(G, (a, b), ea, eb, profile, avoid=avoid, zones=zones, hidden=hidden)
    return NoRouteError(ends[0].text, ends[-1].text, profile=profile.name)


def _connected(G, a, b, weight) -> bool:
    try:
        nx.bidirectional_dijkstra(G, a, b, weight=weight)
    except nx.NetworkXNoPath:
        return False
    return True


def _open_graph(G: nx.DiGraph) -> nx.DiGraph:
    """The same venue with nothing blocked and no hazard (built once per graph)."""
    if "_open_graph" not in G.graph:
        G.graph["_open_graph"] = build_graph(G.graph["venue"], None, clearance=G.graph["clearance"])
    return G.graph["_open_graph"]


def _path(G, ends, weight) -> list[tuple[str, str, dict]] | None:
    """The fastest path's edges between two attached nodes, or two ends attached for the search."""
    if isinstance(ends[0], Endpoint):
        with attached(G, *ends) as nodes:
            return _path(G, nodes, weight)
    try:
        _, nodes = nx.bidirectional_dijkstra(G, ends[0], ends[1], weight=weight)
    except nx.NetworkXNoPath:
        return None
    return [(u, v, G.edges[u, v]) for u, v in pairwise(nodes)]


def _explain(G, nodes, ea: Endpoint, eb: Endpoint, profile: Profile, *, avoid, zones, hidden) -> NoRouteError:
    venue = G.graph["venue"]
    blocked_ids = set(G.graph["blocked"]) | set(avoid)
    hazards = list(G.graph["hazards"]) + list(zones)
    G0 = _open_graph(G)
    attempts = (
        (G0, (ea, eb), travel_time(profile), True, False),
        (G, nodes, travel_time(ANYONE, avoid=avoid, hidden=hidden), False, True),
        (G0, (ea, eb), travel_time(ANYONE), True, True),
    )
    for graph, ends, weight, look_blocked, look_unusable in attempts:
        edges = _path(graph, ends, weight)
        if edges is None:
            continue
        blocked: list[str] = []
        unusable: list[str] = []
        words: list[str] = []
        if look_blocked:
            blocked, words = _blocked_on(G, edges, blocked_ids, hazards, avoid)
            if not look_unusable:
                more, more_words = _other_ways(G, G0, ea, eb, profile, blocked, blocked_ids, hazards, avoid)
                blocked += more
                if more_words:
                    words.append("other ways: " + ", ".join(more_words))
        if look_unusable:
            for _, _, d in edges:
                code = unusable_reason(d, profile)
                element = d.get("element")
                if code and element not in unusable:
                    unusable.append(element)
                    detail = _REASONS.get(code, code).format(
                        width=f"{profile.min_clear_width:g}", capacity=profile.min_lift_capacity
                    )
                    words.append(f"{_kind(venue, element)} {element!r} {detail}")
        reason = "the only routes use elements it may not: " if look_unusable and not look_blocked else ""
        if look_blocked and not look_unusable:
            reason = "cut off: "
        if look_blocked and look_unusable:
            reason = "cut off, and the profile may not use the rest: "
        return NoRouteError(
            ea.text, eb.text, profile=profile.name, reason=reason + "; ".join(words), blocked=blocked, unusable=unusable
        )
    return NoRouteError(ea.text, eb.text, profile=profile.name, reason=_disconnected(G0, ea, eb))


def _disconnected(G0, ea: Endpoint, eb: Endpoint) -> str:
    """Why two ends are apart even with everything open: an end with no way in or out, or separate parts."""
    with attached(G0, ea, eb) as (a, b):
        if G0.out_degree(a) == 0:
            return f"{ea.text!r} has no way out in the model (no opening, stair or lift where it is)"
        if G0.in_degree(b) == 0:
            return f"{eb.text!r} has no way in in the model (no opening, stair or lift where it is)"
    return "they lie in parts of the venue that no opening or connector joins, even with everything open"


def _blocked_on(G, edges, blocked_ids, hazards, avoid) -> tuple[list[str], list[str]]:
    """The blocked or avoided elements and hazards that the path `edges` passes, and a phrase for each."""
    venue = G.graph["venue"]
    found: list[str] = []
    words: list[str] = []
    for element in _elements(edges):
        if element in blocked_ids and element not in found:
            found.append(element)
            words.append(f"{_kind(venue, element)} {element!r} is {_why_blocked(G, element, avoid)}")
    for hazard in hazards:
        if hazard.id not in found and any(_near(d, hazard) for _, _, d in edges):
            found.append(hazard.id)
            words.append(f"hazard zone {hazard.id!r} ({hazard.radius:g} m) lies across it")
    return found, words


def _other_ways(G, G0, ea, eb, profile, found, blocked_ids, hazards, avoid) -> tuple[list[str], list[str]]:
    """What else cuts the ends apart: search the open graph again without what was found, up to 4 times."""
    more: list[str] = []
    words: list[str] = []
    for _ in range(4):
        excluded = set(found) | set(more)
        zones = [h for h in hazards if h.id in excluded]
        with attached(G0, ea, eb) as ends:
            weight = travel_time(profile, avoid=excluded, hidden=zone_hidden_edges(G0, zones))
            edges = _path(G0, ends, weight)
        if edges is None:
            break
        new, new_words = _blocked_on(
            G, edges, blocked_ids - excluded, [h for h in hazards if h.id not in excluded], avoid
        )
        if not new:
            break
        more += new
        words += new_words
    return more, words


def _elements(edges) -> list[str]:
    out: list[str] = []
    for _, _, d in edges:
        element = d.get("element")
        if element is not None and element not in out:
            out.append(element)
    return out


def _kind(venue, element: str) -> str:
    if element in venue.openings:
        return venue.openings[element].kind.value.replace("_", " ")
    if element in venue.connectors:
        return venue.connectors[element].kind.value
    if element in venue.spaces:
        return "space"
    return "element"


def _why_blocked(G, element: str, avoid) -> str:
    return "avoided" if element in avoid and element not in G.graph["blocked"] else "blocked"


def _near(d: dict, marker) -> bool:
    if marker.level_id not in d.get("levels", ()):
        return False
    return polyline_distance(d["geometry"][:, :2], marker.position) < marker.radius
