"""RiMEA verification tests that apply to a hydraulic (flow) model.

RiMEA e.V., "Richtlinie für Mikroskopische Entfluchtungsanalysen" (guideline
v3/v4), Anhang 2, tests 1, 4, 9, 12 and 13. A hydraulic model moves crowds, not
individuals: tests about individual behaviour (2, 3, 5-8, 10, 11, 14-16) do not
apply. Each test states RiMEA's expected result and the tolerance used.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from routing.evacuation import sfpe
from routing.evacuation.assign import FlowParams, assign
from routing.evacuation.network import NetworkBuilder


def _corridor_walk(persons: float, speed_scale: float = 1.0, *, length: float = 40.0, width: float = 2.0):
    b = NetworkBuilder()
    b.zone("corridor", area=length * width)
    b.node("end", kind="exit", width=width)
    b.source("corridor", persons, {"end": length})
    return assign(b.build(), FlowParams(method="nearest", packet_persons=1, speed_scale=speed_scale)).output


def test_rimea_1_one_person_walks_a_2_by_40_metre_corridor_at_1_33_metres_per_second_in_26_to_34_seconds():
    # RiMEA test 1: 40 m at 1.33 m/s; expected 26 to 34 s. Here 40 / 1.33 = 30.08 s, plus 0.45 s for the
    # person to pass the 2 m exit at its SFPE flow (1 / (1.3 x 1.7)).
    out = _corridor_walk(1, speed_scale=1.33 / sfpe.free_speed(1.40))
    assert out.total_time == pytest.approx(40 / 1.33 + 1 / (1.3 * 1.7), abs=0.01)
    assert 26.0 <= out.total_time <= 34.0


def test_rimea_1_holds_at_the_sfpe_free_speed_too():
    # SFPE free speed 0.856 x 1.40 = 1.199 m/s: 40 / 1.199 + 0.45 = 33.8 s, inside 26-34 s
    assert 26.0 <= _corridor_walk(1).total_time <= 34.0


def _weidmann(density: float) -> float:
    """Weidmann (1993) fundamental diagram, the one RiMEA test 4 compares with, m/s."""
    return 1.34 * (1 - math.exp(-1.913 * (1 / density - 1 / 5.4)))


@pytest.mark.parametrize("density", [0.5, 1.0, 1.5])
def test_rimea_4_speed_at_a_density_follows_the_sfpe_relation_and_stays_within_10_percent_of_weidmann(density):
    # RiMEA test 4: measure the speed of a crowd of set density in a corridor and compare with the
    # fundamental diagram. The corridor is 2 x 50 m; everyone starts 50 m from its end, so the first
    # arrival measures the speed at that density: 50 m / time.
    b_area = 2.0 * 50.0
    persons = density * b_area
    out = _corridor_walk(persons, length=50.0, width=2.0)
    measured = 50.0 / out.server_first[0]
    expected = sfpe.speed(1.40, persons / b_area)
    assert measured == pytest.approx(expected, rel=0.01)
    assert measured == pytest.approx(_weidmann(persons / b_area), rel=0.10)


def test_rimea_4_above_the_density_of_largest_flow_the_model_queues_rather_than_slows():
    # A hydraulic model limits flow, not speed, beyond D = 1.88 p/m² (largest SFPE flow): walking
    # speed stays at 0.5 k = 0.70 m/s and the exit's calculated flow sets the pace (documented limit).
    out = _corridor_walk(3.0 * 100, length=50.0)  # 3 p/m² over 2 x 50 m
    assert 50.0 / out.server_first[0] == pytest.approx(0.70, rel=0.01)


def _big_room(closed: tuple[str, ...] = ()):
    # RiMEA test 9: a 30 x 20 m public room, four 1 m exits, 1,000 persons spread evenly.
    b = NetworkBuilder()
    b.zone("room", area=600.0)
    doors = {"door-1": (0.0, 5.0), "door-2": (0.0, 15.0), "door-3": (30.0, 5.0), "door-4": (30.0, 15.0)}
    for name in doors:
        b.node(name, kind="exit", width=1.0)
    xs, ys = np.meshgrid(np.arange(0.75, 30, 1.5), np.arange(0.5, 20, 1.0))
    points = np.column_stack([xs.ravel(), ys.ravel()])  # 400 points
    b.source("room", 1000, {n: np.hypot(*(points - p).T) for n, p in doors.items()}, points=points)
    net = b.build().without(closed)
    return assign(net, FlowParams(packet_persons=1)).output


def test_rimea_9_closing_two_of_four_exits_about_doubles_the_time_to_empty_a_large_room():
    # RiMEA test 9: step 2 closes doors 1 and 2; expected "an approximate doubling". Each 1 m door passes
    # 1.3 x 0.7 = 0.91 p/s: 250 / 0.91 = 275 s with four doors, 500 / 0.91 = 549 s with two, plus the walk.
    four = _big_room()
    two = _big_room(("door-1", "door-2"))
    assert four.total_time == pytest.approx(250 / 0.91, rel=0.10)
    assert two.total_time / four.total_time == pytest.approx(2.0, rel=0.10)


def test_rimea_12_a_corridor_bottleneck_queues_people_in_the_first_room_and_not_at_the_second_rooms_exit():
    # RiMEA test 12: room 1 -> corridor -> room 2 -> exit, 150 persons, no reaction time. The corridor
    # (1.0 m: 1.3 x 0.6 = 0.78 p/s) limits the flow, so a queue forms in room 1 only; room 2's 1.0 m exit
    # (0.91 p/s) never queues.
    b = NetworkBuilder()
    b.zone("room-1", area=100.0)
    b.zone("corridor", area=10.0)
    b.zone("room-2", area=100.0)
    b.node("mouth", kind="door")
    b.node("end", kind="door")
    b.node("exit", kind="exit", width=1.0)
    b.link("mouth", "end", length=10.0, zone="corridor", kind="corridor", width=1.0)
    b.link("end", "exit", length=10.0, zone="room-2")
    b.source("room-1", 150, {"mouth": np.linspace(1, 10, 10)})
    net = b.build()
    out = assign(net, FlowParams(method="nearest", packet_persons=1)).output
    corridor = net.n_nodes + net.server_ids.index(next(s for s in net.server_ids if s.startswith("corridor")))
    exit_node = net.node_index("exit")
    assert out.server_peak_queue[corridor] > 100
    assert out.server_peak_queue[exit_node] <= 1.0


def test_rimea_13_people_queue_at_the_foot_of_a_stair_because_it_carries_less_than_the_corridor():
    # RiMEA test 13: a corridor leads to a stair up of the same 2 m width. Corridor 1.3 x 1.6 = 2.08 p/s,
    # stair (7/11: 1.01) x 1.7 = 1.72 p/s: the stair's foot queues, the corridor's mouth does not.
    # (SFPE gives one speed for up and down; RiMEA's slower upward speed is a documented limit.)
    b = NetworkBuilder()
    b.zone("hall", area=200.0)
    b.zone("corridor", area=24.0)
    b.zone("flight", area=6.62 * 1.7, kind="connector")
    b.zone("top", area=50.0)
    b.node("mouth", kind="door")
    b.node("foot", kind="landing")
    b.node("head", kind="landing")
    b.node("exit", kind="exit", capacity=math.inf)
    b.link("mouth", "foot", length=12.0, zone="corridor", kind="corridor", width=2.0)
    b.link("foot", "head", length=6.62, zone="flight", kind="stair", width=2.0, riser=0.178, going=0.279)
    b.link("head", "exit", length=2.0, zone="top")
    b.source("hall", 150, {"mouth": np.linspace(0.5, 5, 10)})
    net = b.build()
    out = assign(net, FlowParams(method="nearest", packet_persons=1)).output
    server = {s.split(":")[0]: net.n_nodes + i for i, s in enumerate(net.server_ids)}
    # everyone starts near the corridor's mouth, so it queues too; the stair then receives 2.08 p/s and
    # passes 1.72: its queue grows by 0.36 p/s while the corridor feeds it, to about 150 x 0.36 / 2.08 = 26
    assert out.server_peak_queue[server["flight"]] == pytest.approx(150 * (2.08 - 1.717) / 2.08, rel=0.15)
