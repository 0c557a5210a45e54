"""SFPE hydraulic model: the component figures, and hand calculations of a room, a corridor and a stair.

Reference: SFPE Handbook, "Emergency Movement" (Nelson & Mowrer) and
"Employing the Hydraulic Model in Assessing Emergency Movement" (Gwynne &
Rosenbaum, 5th ed. ch. 59): S = k - 0.266·k·D, Fs = (1 - 0.266·D)·k·D,
Fc = Fs,max x (clear width - 2 x boundary layer). Each test writes the
arithmetic; the tolerance says how far the event model may be from it.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from routing.evacuation import sfpe
from routing.evacuation.assign import FlowParams, assign
from routing.evacuation.network import NetworkBuilder


def test_speed_falls_with_density_as_the_sfpe_relation_says():
    # S = 1.40 x (1 - 0.266 x 1.0) = 1.0276 m/s; at 2.0: 1.40 x (1 - 0.532) = 0.6552 m/s
    assert sfpe.speed(1.40, 1.0) == pytest.approx(1.0276)
    assert sfpe.speed(1.40, 2.0) == pytest.approx(0.6552)
    # below 0.54 p/m² the free speed: 1.40 x (1 - 0.266 x 0.54) = 1.1989 m/s
    assert sfpe.speed(1.40, 0.1) == pytest.approx(1.19891, abs=1e-5)


def test_specific_flow_peaks_at_1_3_persons_per_second_and_metre_near_1_9_persons_per_square_metre():
    # Fs = (1 - 0.266 D) 1.40 D is largest at D = 1/(2 x 0.266) = 1.88: 1.40 x 1.88 x 0.5 = 1.316
    densities = np.linspace(0.5, 3.5, 301)
    flows = [sfpe.specific_flow(1.40, d) for d in densities]
    assert densities[int(np.argmax(flows))] == pytest.approx(1.88, abs=0.01)
    assert max(flows) == pytest.approx(1.316, abs=0.001)


@pytest.mark.parametrize(
    ("component", "clear", "effective"),
    [("door", 1.0, 0.70), ("corridor", 2.0, 1.60), ("stair", 1.2, 0.90), ("concourse", 6.0, 5.08)],
)
def test_effective_width_is_clear_width_less_a_boundary_layer_each_side(component, clear, effective):
    # doors 0.15 m, corridors 0.20 m, stairs 0.15 m, wide concourses 0.46 m on each side
    assert sfpe.effective_width(component, clear) == pytest.approx(effective)


@pytest.mark.parametrize(
    ("riser", "going", "k", "fs_max"),
    [(0.191, 0.254, 1.00, 0.94), (0.178, 0.279, 1.08, 1.01), (0.165, 0.305, 1.16, 1.09), (0.165, 0.330, 1.23, 1.16)],
)
def test_stair_rows_give_the_speed_constant_and_maximum_flow_by_riser_and_tread(riser, going, k, fs_max):
    row = sfpe.stair_row(riser, going)
    assert (row.k, row.fs_max) == (k, fs_max)
    assert row.fs_max == pytest.approx(0.94 * row.k, abs=0.01)  # Fs,max = max of (1 - 0.266 D) k D = 0.94 k


def test_a_steeper_or_unknown_stair_takes_the_slowest_row():
    assert sfpe.stair_row(0.20, 0.22).k == 1.00
    assert sfpe.stair_row(None, 0.28).k == 1.00


def test_hand_calculation_room_emptied_through_one_door():
    # 300 persons in a 20 x 15 m room (D = 1.0 p/m²), one door of 0.90 m clear, everyone 5 m from it.
    # Fc = 1.3 x (0.90 - 2 x 0.15) = 0.78 p/s; the first arrives after 5 / 1.0276 = 4.866 s,
    # then the door passes 300 / 0.78 = 384.615 s of people: T = 389.48 s.
    b = NetworkBuilder()
    b.zone("room", area=300.0)
    b.node("door", kind="exit", width=0.90)
    b.source("room", 300, {"door": 5.0})
    result = assign(b.build(), FlowParams(method="nearest", packet_persons=1))
    assert result.output.total_time == pytest.approx(5 / 1.0276 + 300 / 0.78, abs=0.5)


def test_hand_calculation_corridor_after_the_door_adds_its_walk_at_the_transition_density():
    # The room above, its door now opening into a corridor 2.0 m x 40 m that ends in a 2.0 m exit.
    # Corridor Fc = 1.3 x (2.0 - 0.4) = 2.08 p/s > 0.78: the door controls. Transition (SFPE):
    # Fs' = 0.78 / 1.6 = 0.4875 p/s/m -> D from 1.40 D - 0.3724 D² = 0.4875 is 0.37 p/m² < 0.54,
    # so people walk the corridor at the free speed 1.199 m/s: 40 / 1.199 = 33.36 s.
    # T = 389.48 + 33.36 + one person through the exit (1 / (1.3 x 1.7) = 0.45 s) = 423.3 s.
    b = NetworkBuilder()
    b.zone("room", area=300.0)
    b.zone("corridor", area=80.0)
    b.zone("out", area=math.inf, kind="outside")
    b.node("door", kind="door", width=0.90)
    b.node("end", kind="door")
    b.node("exit", kind="exit", width=2.0)
    b.link("door", "end", length=40.0, zone="corridor", kind="corridor", width=2.0)
    b.link("end", "exit", length=0.0, zone="out", kind="walk")
    b.source("room", 300, {"door": 5.0})
    result = assign(b.build(), FlowParams(method="nearest", packet_persons=1))
    assert result.output.total_time == pytest.approx(389.48 + 33.36 + 0.45, rel=0.01)


def test_hand_calculation_stair_controls_the_flow_and_is_walked_at_the_density_of_its_capacity():
    # 200 persons leave a room by a wide door (2.4 m: Fc = 1.3 x 2.1 = 2.73 p/s) onto a stair
    # 1.2 m wide, riser 0.178 / going 0.279 (k = 1.08, Fs,max = 1.01): Fc = 1.01 x 0.9 = 0.909 p/s.
    # One storey of 3.56 m: 20 risers, run 20 x 0.279 = 5.58 m, length along the slope
    # hypot(5.58, 3.56) = 6.62 m. At capacity the stair's density is 1.88 p/m², its speed
    # 1.08 x (1 - 0.5) = 0.54 m/s: 6.62 / 0.54 = 12.3 s on the stair.
    # T = 5 / 1.0276 (to the door) + 200 / 0.909 (the stair passes them) + 12.3 = 4.9 + 220.0 + 12.3 = 237.2 s
    b = NetworkBuilder()
    b.zone("room", area=200.0)
    b.zone("flight", area=6.62 * 0.9, kind="connector")
    b.zone("out", area=math.inf, kind="outside")
    b.node("door", kind="door", width=2.4)
    b.node("foot", kind="landing")
    b.node("exit", kind="exit", capacity=math.inf)
    b.link("door", "foot", length=6.62, zone="flight", kind="stair", width=1.2, riser=0.178, going=0.279)
    b.link("foot", "exit", length=0.0, zone="out")
    b.source("room", 200, {"door": 5.0})
    out = assign(b.build(), FlowParams(method="nearest", packet_persons=1)).output
    assert out.total_time == pytest.approx(237.2, rel=0.03)
