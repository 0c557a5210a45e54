"""A route as a timed trajectory: where the walker is at each moment, and facing where."""

from __future__ import annotations

import math

import numpy as np
import pytest

from routing import access_route, build_graph
from routing.rehearsal import position_at, trajectory
from tests.routing.venues import two_stair_venue


@pytest.fixture(scope="module")
def lift_route():
    # wheelchair: main (10, 0) -> lift (10, 5): 5 m at 0.69 m/s = 7.2464 s; wait 30 s; up 3.4 m at 1 m/s;
    # lift (10, 5, 3.4) -> T (10, 8, 3.4): 3 m at 0.69 m/s = 4.3478 s. Total 44.9942 s
    return access_route(build_graph(two_stair_venue()), "main", "T", profile="wheelchair")


def test_the_trajectory_ends_at_the_arrival_time_and_place(lift_route):
    tr = trajectory(lift_route, dt=1.0)
    assert tr.time[-1] == pytest.approx(8 / 0.69 + 33.4, abs=1e-9)
    np.testing.assert_allclose(tr.position[-1], [10, 8, 3.4], atol=1e-12)
    np.testing.assert_allclose(tr.position[0], [10, 0, 0], atol=1e-12)
    assert np.all(np.diff(tr.time) > 0) and tr.position.shape == (len(tr.time), 3)


def test_the_walker_waits_for_the_lift_then_rises_at_its_speed(lift_route):
    walk = 5 / 0.69
    np.testing.assert_allclose(position_at(lift_route, walk + 10), [10, 5, 0], atol=1e-12)  # waiting
    np.testing.assert_allclose(position_at(lift_route, walk + 30 + 1.7), [10, 5, 1.7], atol=1e-12)  # half way up
    np.testing.assert_allclose(position_at(lift_route, 2.0), [10, 1.38, 0], atol=1e-12)  # 2 s x 0.69 m/s


def test_headings_are_radians_counter_clockwise_from_x_and_kept_in_the_lift(lift_route):
    tr = trajectory(lift_route, dt=1.0)
    # walking north all along: atan2(1, 0) = pi / 2, also while the lift stands and climbs
    np.testing.assert_allclose(tr.heading, math.pi / 2, atol=1e-12)


def test_times_before_the_start_or_after_the_arrival_are_clamped(lift_route):
    np.testing.assert_allclose(position_at(lift_route, -5), [10, 0, 0])
    np.testing.assert_allclose(position_at(lift_route, 1e6), [10, 8, 3.4], atol=1e-12)
    with pytest.raises(ValueError, match="dt must be positive"):
        trajectory(lift_route, dt=0)
