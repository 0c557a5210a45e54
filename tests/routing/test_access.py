"""Access routes: fastest for a profile, around what is blocked, with reasons when there is none."""

from __future__ import annotations

import math

import pytest

from models import Marker, Scenario
from models.factories import two_room_venue
from models.kinds import MarkerKind
from routing import NoRouteError, UnknownEndpointError, access_route, alternatives, build_graph
from tests.routing.venues import locked_door_venue, two_stair_venue

STAIR = math.sqrt(42.92)  # slope length of S1 and S2: sqrt(5.6^2 + 3.4^2), see test_graph
VIA_S1 = math.sqrt(61) + math.sqrt(45)  # (10, 0) -> (4, 5) -> (10, 8) on the flat
VIA_S2 = math.sqrt(89) + math.sqrt(73)  # (10, 0) -> (18, 5) -> (10, 8)


@pytest.fixture(scope="module")
def hall():
    return build_graph(two_stair_venue())


def test_a_team_takes_the_nearer_stair(hall):
    route = access_route(hall, "main", "T", profile="team")
    # walk 7.8102 + 6.7082 = 14.5184 m at 1.2 m/s = 12.0987 s; stair 6.5513 m up at 0.5 m/s = 13.1027 s
    assert route.connectors == ("S1",)
    assert route.length == pytest.approx(VIA_S1 + STAIR, abs=1e-9)
    assert route.time == pytest.approx(VIA_S1 / 1.2 + STAIR / 0.5, abs=1e-9)
    assert route.levels == ("L0", "L1") and route.openings == ("main",)


def test_with_one_stair_blocked_the_route_takes_the_other_stair():
    G = build_graph(two_stair_venue(), Scenario("smoke in stair 1", blocked_connectors={"S1"}))
    route = access_route(G, "main", "T", profile="team")
    # via S2: 9.4340 + 8.5440 = 17.9780 m at 1.2 m/s = 14.9817 s, + 13.1027 s up = 28.0843 s;
    # the lift would take 5/1.2 + 30 + 3.4 + 3/1.2 = 40.0667 s
    assert route.connectors == ("S2",)
    assert route.time == pytest.approx(VIA_S2 / 1.2 + STAIR / 0.5, abs=1e-9)


def test_a_step_free_route_uses_the_lift(hall):
    route = access_route(hall, "main", "T", profile="wheelchair")
    # 5 m to the lift + 3 m from it = 8 m at 0.69 m/s = 11.5942 s; lift 30 s + 3.4 m at 1 m/s = 33.4 s
    assert route.connectors == ("LF",)
    assert route.time == pytest.approx(8 / 0.69 + 30 + 3.4, abs=1e-9)
    assert [leg.kind for leg in route.legs] == ["door", "walk", "lift", "walk"]


def test_a_stretcher_skips_a_lift_too_small_for_it(hall):
    # car of 8 persons < 13: the stretcher takes S1 at 0.3 m/s up and walks at 0.8 m/s
    route = access_route(hall, "main", "T", profile="stretcher")
    assert route.connectors == ("S1",)
    assert route.time == pytest.approx(VIA_S1 / 0.8 + STAIR / 0.3, abs=1e-9)


def test_alternatives_differ_in_the_stairs_and_lifts_they_use(hall):
    routes = alternatives(hall, "main", "T", k=3, profile="team")
    assert [r.connectors for r in routes] == [("S1",), ("S2",), ("LF",)]
    assert [r.time for r in routes] == sorted(r.time for r in routes)


def test_an_avoided_stair_is_not_used(hall):
    route = access_route(hall, "main", "T", profile="team", avoid=["S1"])
    assert route.connectors == ("S2",)


def test_a_route_passes_through_a_via_point(hall):
    # main -> (18, 5) landing of S2 on L0 via its id, then up S2 to T
    route = access_route(hall, "main", "T", profile="team", via=["2,5@L0"])
    # (10, 0) -> (2, 5): sqrt(89); (2, 5) -> (4, 5): 2; S1; (4, 5) -> (10, 8): sqrt(45)
    assert route.connectors == ("S1",)
    assert route.length == pytest.approx(math.sqrt(89) + 2 + STAIR + math.sqrt(45), abs=1e-9)


def test_a_space_as_an_end_means_its_centroid():
    route = access_route(build_graph(two_room_venue()), "exit-a", "room-b", profile="evacuee")
    # (0, 2) -> (5, 2) -> centroid of room B (7.5, 2): 7.5 m at 1.2 m/s = 6.25 s
    assert route.length == pytest.approx(7.5) and route.time == pytest.approx(6.25)


def test_a_locked_door_costs_a_team_its_forcing_time_and_stops_an_evacuee():
    G = build_graph(locked_door_venue())
    # (0, 2) -> (5, 2) -> (7.5, 2): 7.5 m / 1.2 = 6.25 s, + 60 s to force the door
    assert access_route(G, "out", "b", profile="team").time == pytest.approx(66.25)
    with pytest.raises(NoRouteError, match="door 'door' locked") as caught:
        access_route(G, "out", "b", profile="evacuee")
    assert caught.value.unusable == ("door",)


def test_a_cut_off_target_names_the_blocked_element_on_the_unblocked_route_then_the_other_ways():
    # fastest with everything open: S1 (25.2 s); without S1: S2 (28.1 s); without both: the lift (40.1 s)
    G = build_graph(two_stair_venue(), Scenario("all shut", blocked_connectors={"S1", "S2", "LF"}))
    with pytest.raises(NoRouteError) as caught:
        access_route(G, "main", "T", profile="team")
    assert caught.value.reason == (
        "cut off: stair 'S1' is blocked; other ways: stair 'S2' is blocked, lift 'LF' is blocked"
    )
    assert caught.value.blocked == ("S1", "S2", "LF")


def test_a_wheelchair_user_with_the_lift_blocked_is_told_the_lift_is_blocked():
    G = build_graph(two_stair_venue(), Scenario("lift out", blocked_connectors={"LF"}))
    with pytest.raises(NoRouteError, match="lift 'LF' is blocked"):
        access_route(G, "main", "T", profile="wheelchair")


def test_a_level_without_a_lift_is_out_of_reach_of_a_wheelchair_because_of_the_stairs():
    venue = two_stair_venue().without("LF")
    with pytest.raises(NoRouteError, match="may not: stair 'S1' has steps") as caught:
        access_route(build_graph(venue), "main", "T", profile="wheelchair")
    assert caught.value.unusable == ("S1",)


def test_an_unknown_end_is_named_with_close_matches(hall):
    with pytest.raises(UnknownEndpointError, match=r"'mian'.*did you mean 'main'") as caught:
        access_route(hall, "mian", "T")
    assert caught.value.endpoint == "mian"
    with pytest.raises(UnknownEndpointError, match="no level 'L7'"):
        access_route(hall, "1,1@L7", "T")
    with pytest.raises(UnknownEndpointError, match=r"'S9'.*did you mean 'S1', 'S2'"):
        access_route(hall, "main", "T", avoid=["S9"])


def test_the_graph_is_left_as_it_was_after_a_query(hall):
    before = (hall.number_of_nodes(), hall.number_of_edges())
    access_route(hall, "3,3@L0", "Gallery", profile="team")
    assert (hall.number_of_nodes(), hall.number_of_edges()) == before


def test_a_hazard_over_the_only_entrance_is_named_as_the_reason():
    # the hazard disc (1.5 m about (10, 0)) covers the inside of the main exit: no walk leaves it
    hazard = Marker("H", MarkerKind.HAZARD_ZONE, "L0", (10.0, 0.0), radius=1.5)
    G = build_graph(two_stair_venue(), Scenario("fire at the door", hazards=(hazard,)))
    with pytest.raises(NoRouteError, match=r"hazard zone 'H' \(1.5 m\) lies across it") as caught:
        access_route(G, "main", "T", profile="team")
    assert caught.value.blocked == ("H",)


def test_a_hazard_in_the_hall_is_walked_round():
    # a 2 m disc about (7, 2.5) sits on the straight line (10, 0) -> (4, 5) to stair 1: the walk bends round it
    hazard = Marker("H", MarkerKind.HAZARD_ZONE, "L0", (7.0, 2.5), radius=2.0)
    G = build_graph(two_stair_venue(), Scenario("smoke", hazards=(hazard,)))
    route = access_route(G, "main", "T", profile="team")
    first_walk = route.legs[1]
    assert first_walk.kind == "walk" and first_walk.length > math.sqrt(61)
    assert all(math.dist(p[:2], (7.0, 2.5)) >= 2.0 - 1e-9 for p in first_walk.geometry)


def test_an_avoided_zone_marker_keeps_the_route_out_of_its_radius():
    # zone Z (1 m about stair 1's lower landing (4, 5)): the team takes stair 2
    venue = two_stair_venue().with_elements(Marker("Z", MarkerKind.HAZARD_ZONE, "L0", (4.0, 5.0), radius=1.0))
    route = access_route(build_graph(venue), "main", "T", profile="team", avoid=["Z"])
    assert route.connectors == ("S2",)
    with pytest.raises(UnknownEndpointError, match="no radius"):
        access_route(build_graph(venue), "main", "T", avoid=["T"])


def test_ends_that_nothing_joins_are_told_apart_from_an_end_with_no_way_in():
    from models import Level, Opening, Space, Venue
    from models.geometry import rectangle

    venue = Venue(
        "islands",
        levels=[Level("L0")],
        spaces=[Space(s, "L0", rectangle(x, 0, x + 5, 5)) for s, x in (("a", 0), ("b", 10), ("c", 20))],
        openings=[Opening("e", "L0", (0, 2), 1.0, ("a",)), Opening("f", "L0", (15, 2), 1.0, ("b",))],
    )
    G = build_graph(venue)
    with pytest.raises(NoRouteError, match="parts of the venue that no opening or connector joins"):
        access_route(G, "a", "b")
    with pytest.raises(NoRouteError, match="'c' has no way in in the model"):
        access_route(G, "a", "c")
