"""Properties that hold for any route: never shorter than the straight line; never through a blocked element."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import Scenario, geometry
from models.elements import Space
from models.geometry import rectangle
from routing import NoRouteError, access_route, build_graph
from tests.routing.venues import L_CORRIDOR, l_corridor_venue, two_stair_venue

L_GRAPH = build_graph(l_corridor_venue())
HALL_GRAPH = build_graph(two_stair_venue())
PILLAR_VENUE = l_corridor_venue().with_elements(
    Space("corridor", "L0", L_CORRIDOR, holes=(rectangle(8.8, 5.0, 9.2, 5.4),), name="Corridor")
)
PILLAR_GRAPH = build_graph(PILLAR_VENUE)

coordinate = st.floats(min_value=0.0, max_value=10.0, allow_nan=False)
in_corridor = st.tuples(coordinate, coordinate).filter(lambda p: geometry.contains(L_CORRIDOR, p))
in_hall = st.tuples(st.floats(0.0, 20.0), st.floats(0.0, 10.0), st.sampled_from(["L0", "L1"]))


def _point(p, level="L0") -> str:
    return f"{p[0]!r},{p[1]!r}@{level}"


@settings(max_examples=60, deadline=None)
@given(a=in_corridor, b=in_corridor, pillar=st.booleans())
def test_a_route_inside_a_space_is_never_shorter_than_the_straight_line(a, b, pillar):
    G = PILLAR_GRAPH if pillar else L_GRAPH
    route = access_route(G, _point(a), _point(b), profile="team")
    assert route.length >= math.dist(a, b) - 1e-9
    # and its path really is that long
    xyz = route.geometry
    drawn = sum(math.dist(p, q) for p, q in itertools.pairwise(xyz)) if len(xyz) > 1 else 0.0
    assert drawn == pytest.approx(route.length, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(a=in_hall, b=in_hall, profile=st.sampled_from(["team", "evacuee", "wheelchair", "stretcher"]))
def test_a_route_between_levels_is_never_shorter_than_the_straight_line(a, b, profile):
    route = access_route(HALL_GRAPH, _point(a[:2], a[2]), _point(b[:2], b[2]), profile=profile)
    z = {"L0": 0.0, "L1": 3.4}
    assert route.length >= math.dist((a[0], a[1], z[a[2]]), (b[0], b[1], z[b[2]])) - 1e-9


ELEMENTS = ["S1", "S2", "LF", "main"]


@settings(max_examples=40, deadline=None)
@given(
    blocked=st.sets(st.sampled_from(ELEMENTS)),
    avoided=st.sets(st.sampled_from(ELEMENTS)),
    profile=st.sampled_from(["team", "evacuee", "wheelchair", "stretcher"]),
    source=st.sampled_from(["main", "1,1@L0", "19,9@L0"]),
)
def test_a_blocked_or_avoided_element_is_never_used(blocked, avoided, profile, source):
    connectors = {e for e in blocked if e != "main"}
    openings = blocked & {"main"}
    G = build_graph(two_stair_venue(), Scenario("s", blocked_connectors=connectors, blocked_openings=openings))
    try:
        route = access_route(G, source, "T", profile=profile, avoid=sorted(avoided - {source}))
    except NoRouteError as e:
        assert set(e.blocked) <= blocked | avoided
        return
    used = set(route.openings) | set(route.connectors)
    assert not used & (blocked | (avoided - {source}))
