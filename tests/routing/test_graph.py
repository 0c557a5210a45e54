"""The navigation graph: nodes at openings, landings and markers; true walking lengths; connectors by their slope."""

from __future__ import annotations

import math

import pytest

from models import Marker, Scenario
from models.factories import two_room_venue
from models.kinds import MarkerKind, TravelDirection
from routing import build_graph, get_profile
from routing.weights import edge_time
from tests.routing.venues import l_corridor_venue, two_stair_venue

# Stairs of the two-stair venue: rise 3.4 m, riser 0.17 m -> 3.4 / 0.17 = 20 steps;
# run 20 x 0.28 = 5.6 m; slope length sqrt(5.6^2 + 3.4^2) = sqrt(31.36 + 11.56) = sqrt(42.92)
STAIR_LENGTH = math.sqrt(42.92)


def test_the_two_room_venue_has_a_node_per_door_side_and_walks_between_them():
    # nodes: door-ab in a and b, exit-a inside and outside, exit-b inside and outside = 6
    # edges: 3 door pairs (6) + one walk pair per room (4) = 10
    G = build_graph(two_room_venue())
    assert G.number_of_nodes() == 6 and G.number_of_edges() == 10
    door = G.edges["opening:door-ab:room-a", "opening:door-ab:room-b"]
    assert (door["kind"], door["length"], door["width"], door["element"]) == ("door", 0.0, 0.9, "door-ab")


def test_a_walk_edge_carries_the_walking_distance_round_the_corner_and_its_3d_path():
    G = build_graph(l_corridor_venue())
    d = G.edges["opening:west:corridor", "opening:north:corridor"]
    assert d["kind"] == "walk" and d["element"] == "corridor" and d["step_free"]
    assert d["length"] == pytest.approx(2 * math.sqrt(69.38), abs=1e-9)  # see test_geodesic
    assert d["geometry"].shape == (3, 3) and set(d["geometry"][:, 2]) == {0.0}


def test_a_stair_is_as_long_as_its_slope_and_is_timed_up_and_down():
    G = build_graph(two_stair_venue())
    up = G.edges["landing:S1:L0", "landing:S1:L1"]
    down = G.edges["landing:S1:L1", "landing:S1:L0"]
    assert up["length"] == pytest.approx(STAIR_LENGTH, abs=1e-12)
    assert (up["steps"], up["run"], up["rise"]) == (20, pytest.approx(5.6), pytest.approx(3.4))
    assert (up["direction"], down["direction"], up["step_free"]) == ("up", "down", False)
    # evacuee: 6.55134 / 0.8 = 8.18917 s up; 6.55134 / 1.0 = 6.55134 s down
    assert edge_time(up, get_profile("evacuee")) == pytest.approx(STAIR_LENGTH / 0.8, abs=1e-12)
    assert edge_time(down, get_profile("evacuee")) == pytest.approx(STAIR_LENGTH / 1.0, abs=1e-12)
    # the geometry climbs from z = 0 to z = 3.4
    assert up["geometry"][0, 2] == 0.0 and up["geometry"][-1, 2] == pytest.approx(3.4)


def test_a_lift_costs_the_wait_and_its_rise_at_its_speed():
    G = build_graph(two_stair_venue())
    d = G.edges["landing:LF:L0", "landing:LF:L1"]
    # team: 30 s wait + 3.4 m / 1.0 m/s = 33.4 s
    assert (d["kind"], d["length"], d["step_free"]) == ("lift", pytest.approx(3.4), True)
    assert edge_time(d, get_profile("team")) == pytest.approx(33.4, abs=1e-12)


def test_a_moving_escalator_runs_one_way_and_a_stopped_one_is_walked_both_ways():
    up_only = build_graph(two_stair_venue(escalator=TravelDirection.UP))
    assert up_only.has_edge("landing:E:L0", "landing:E:L1")
    assert not up_only.has_edge("landing:E:L1", "landing:E:L0")
    # 30 degrees: slope length = rise / sin 30 = 6.8 m, ridden at 0.5 m/s = 13.6 s
    d = up_only.edges["landing:E:L0", "landing:E:L1"]
    assert d["length"] == pytest.approx(6.8) and edge_time(d, get_profile("team")) == pytest.approx(13.6)
    stopped = build_graph(two_stair_venue(escalator=TravelDirection.STOPPED))
    assert stopped.has_edge("landing:E:L1", "landing:E:L0") and stopped.has_edge("landing:E:L0", "landing:E:L1")


def test_blocked_elements_get_no_edges_and_are_listed():
    G = build_graph(two_stair_venue(), Scenario("fire", blocked_connectors={"S1"}, blocked_openings={"main"}))
    assert G.graph["blocked"] == ("S1", "main")
    assert not any(d["element"] in {"S1", "main"} for _, _, d in G.edges(data=True))


def test_a_hazard_zone_is_cut_out_of_the_space_so_walks_go_round_it():
    # marker T at (10, 8) on L1; the lift lands at (10, 5). A 1 m hazard at (10, 6.5)
    # lies across the straight 3 m walk: the walk now bends round the disc.
    hazard = Marker("H", MarkerKind.HAZARD_ZONE, "L1", (10.0, 6.5), radius=1.0)
    G = build_graph(two_stair_venue(), Scenario("smoke", hazards=(hazard,)))
    d = G.edges["landing:LF:L1", "marker:T"]
    assert d["length"] > 3.0
    assert all(math.dist(p[:2], (10, 6.5)) >= 1.0 - 1e-9 for p in d["geometry"])


def test_a_hazard_over_a_landing_cuts_that_landing_off():
    hazard = Marker("H", MarkerKind.HAZARD_ZONE, "L0", (4.0, 5.0), radius=1.5)
    G = build_graph(two_stair_venue(), Scenario("smoke", hazards=(hazard,)))
    walks = [v for v in G.successors("landing:S1:L0") if G.edges["landing:S1:L0", v]["kind"] == "walk"]
    assert walks == []
