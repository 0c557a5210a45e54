"""Evacuating venues on the navigation graph: exits, bottlenecks, clear times, exit assignment, time fields."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from models.factories import two_room_venue
from routing.evacuation import FlowParams, evacuate, prepare, run, time_field
from routing.evacuation.assign import assign
from routing.evacuation.network import NetworkBuilder


def test_two_rooms_empty_through_their_own_exits_in_the_time_a_hand_calculation_gives():
    # UK loads: room-a office 20 m² / 6 = 4 p, room-b meeting 20 m² / 1.0 = 20 p, each by its 1.2 m exit
    # (1.3 x 0.9 = 1.17 p/s): room-b's 20 persons need 20 / 1.17 = 17.1 s at the door, plus the first
    # arrival's walk (at most about 2.5 m at 1.2 m/s).
    result = evacuate(two_room_venue(), rules="uk", params=FlowParams(method="nearest"))
    assert result.persons == 24
    assert result.exit("exit-b").persons == pytest.approx(20)
    assert 20 / 1.17 < result.total_time < 20 / 1.17 + 4.0
    assert result.spaces["room-b"].clear_time == pytest.approx(result.total_time)
    assert result.levels["L0"] == pytest.approx(result.total_time)


def test_capacity_aware_assignment_spreads_people_over_two_exits_where_nearest_exit_queues_at_one():
    # 1,000 persons, two 1 m exits (0.91 p/s each), one 5-15 m away, the other 35-45 m. Nearest exit:
    # 1000 / 0.91 = 1099 s + 4.9 s walk = 1104 s. Split in two: about 500 / 0.91 + 34 s = 583 s
    # (the best split is 513/487: 568 s).
    b = NetworkBuilder()
    b.zone("room", area=1000.0)
    b.node("near", kind="exit", width=1.0)
    b.node("far", kind="exit", width=1.0)
    b.source("room", 1000, {"near": np.linspace(5, 15, 16), "far": np.linspace(35, 45, 16)})
    net = b.build()
    nearest = assign(net, FlowParams(method="nearest")).output
    quickest = assign(net, FlowParams(method="quickest")).output
    assert nearest.total_time == pytest.approx(1000 / 0.91 + 5 / 1.0276, rel=0.005)
    assert quickest.total_time == pytest.approx(568, rel=0.05)
    assert quickest.server_persons[1] > 400


def test_the_concert_hall_evacuates_with_every_public_exit_used(concert_hall):
    result = evacuate(concert_hall)
    assert result.persons == pytest.approx(1564)  # 1,500 public + 64 staff and artists, declared
    used = {e.id for e in result.exits if e.persons > 0}
    assert {"E1", "E2", "E3", "ES1", "ES2", "ES3", "ES4"} <= used
    assert sum(e.persons for e in result.exits) == pytest.approx(result.persons)
    assert set(result.levels) == {"L0", "L1"}
    assert result.levels["L1"] < result.total_time
    # every exit's first and last person, and its flow over time adding up to its persons
    for e in result.exits:
        if e.persons:
            assert 0 < e.first <= e.last <= result.total_time + 1e-6
            assert sum(e.flow) == pytest.approx(e.persons)


def test_the_concert_halls_bottlenecks_are_ranked_by_the_delay_they_cause(concert_hall):
    result = evacuate(concert_hall)
    delays = [b.delay for b in result.bottlenecks]
    assert delays == sorted(delays, reverse=True)
    top = result.bottlenecks[0]
    assert top.peak_queue > 10 and top.longest_wait > 10
    assert top.mean_wait <= top.longest_wait


def test_capacity_aware_assignment_beats_nearest_exit_in_the_concert_hall(concert_hall):
    prepared = prepare(concert_hall)
    nearest = run(prepared, FlowParams(method="nearest"))
    quickest = run(prepared, FlowParams(method="quickest"))
    assert quickest.total_time < 0.8 * nearest.total_time


def test_the_stadium_evacuates_its_20000_places_through_its_gates(stadium_20k):
    result = evacuate(stadium_20k)
    assert result.persons == pytest.approx(20_000)
    assert sum(e.persons for e in result.exits) == pytest.approx(20_000)
    assert all(e.persons > 0 for e in result.exits if e.id.startswith("gate"))
    assert math.isfinite(result.total_time)


def test_a_time_field_covers_a_levels_spaces_grows_away_from_the_exits_and_queues_only_add_time(concert_hall):
    result = evacuate(concert_hall)
    xs, ys, empty = time_field(result, concert_hall, "L0", spacing=1.0, queues=False)
    _, _, crowded = time_field(result, concert_hall, "L0", spacing=1.0)
    assert empty.shape == crowded.shape == (len(ys), len(xs))
    assert np.isfinite(empty).mean() > 0.8  # the ground floor fills its bounding box
    # in an empty hall, next to exit ES1 (0, 20) one is out sooner than at the back of the pit (12, 31)
    near = empty[np.searchsorted(ys, 20.0), np.searchsorted(xs, 0.5)]
    far = empty[np.searchsorted(ys, 31.0), np.searchsorted(xs, 12.0)]
    assert near < far
    both = np.isfinite(empty) & np.isfinite(crowded)
    assert (crowded[both] >= empty[both] - 0.5).all()


def test_a_result_converts_to_plain_json_data(concert_hall):
    import json

    data = evacuate(concert_hall).to_dict()
    text = json.dumps(data)
    assert "NaN" not in text and data["total_time"] > 0


def test_space_occupancy_over_time_says_where_the_crowd_is(concert_hall):
    result = evacuate(concert_hall)
    pit = result.spaces["pit"].occupancy
    assert pit[0] == pytest.approx(1000)  # everyone in the pit at the alarm
    assert all(b <= a + 1e-6 for a, b in itertools.pairwise(pit))  # nobody comes back into the pit
    assert len(pit) * 10 >= result.spaces["pit"].clear_time  # a snapshot every 10 s until it is empty
    at_start = sum(s.occupancy[0] for s in result.spaces.values() if s.occupancy)
    assert at_start == pytest.approx(result.persons)
    # people from the balcony pass through the stair halls: occupied later, empty at the start
    assert result.spaces["stair-a-0"].occupancy[0] == 0 and max(result.spaces["stair-a-0"].occupancy) > 0


def test_evacuation_as_a_job_reports_each_flow_model_run_and_can_be_cancelled(concert_hall):
    from models import CancelledError, run_sync
    from routing.evacuation import iter_evacuate

    steps = []
    result = run_sync(iter_evacuate(concert_hall), steps.append)
    runs = [s for s in steps if s.message.startswith("flow model run")]
    assert len(runs) == len(result.history) and steps[-1].fraction == 1.0
    with pytest.raises(CancelledError):
        run_sync(iter_evacuate(concert_hall), should_cancel=lambda: True)
