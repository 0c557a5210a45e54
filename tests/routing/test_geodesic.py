"""Walking distances inside one space: around corners, pillars and hazard discs, with a clearance."""

from __future__ import annotations

import math

import numpy as np
import pytest

from models.geometry import rectangle
from routing.geodesic import disc, polyline_distance, walkable
from tests.routing.venues import L_CORRIDOR


def test_the_walk_round_an_l_shaped_corridor_bends_off_the_inner_corner_at_the_clearance():
    # Doors at (0, 1) and (9, 10); inner corner (8, 2); clearance c = 0.3 m.
    # The bend point lies c from both walls of the corner: (8 + 0.3, 2 - 0.3) = (8.3, 1.7).
    # Leg 1: (0, 1) -> (8.3, 1.7): sqrt(8.3^2 + 0.7^2) = sqrt(68.89 + 0.49) = sqrt(69.38)
    # Leg 2: (8.3, 1.7) -> (9, 10): sqrt(0.7^2 + 8.3^2) = sqrt(69.38)
    # Total: 2 sqrt(69.38) = 16.65894...
    area = walkable(L_CORRIDOR, clearance=0.3)
    distances, plan = area.paths([(0, 1), (9, 10)])
    assert distances[0, 1] == pytest.approx(2 * math.sqrt(69.38), abs=1e-9)
    assert distances[1, 0] == pytest.approx(distances[0, 1], abs=1e-12)
    np.testing.assert_allclose(area.polyline(plan, 0, 1), [[0, 1], [8.3, 1.7], [9, 10]], atol=1e-12)


def test_with_no_clearance_the_walk_touches_the_inner_corner():
    # 2 x sqrt(8^2 + 1^2) = 2 sqrt(65) = 16.1245...: the clearance costs 0.53 m here
    distances, _ = walkable(L_CORRIDOR, clearance=0.0).paths([(0, 1), (9, 10)])
    assert distances[0, 1] == pytest.approx(2 * math.sqrt(65), abs=1e-9)


def test_a_convex_room_is_crossed_in_a_straight_line():
    # (0, 2) -> (5, 0) in a 5 x 4 room: sqrt(25 + 4) = 5.385...
    distances, _ = walkable(rectangle(0, 0, 5, 4)).paths([(0, 2), (5, 0)])
    assert distances[0, 1] == pytest.approx(math.sqrt(29), abs=1e-12)
    assert len(walkable(rectangle(0, 0, 5, 4)).waypoints) == 0


def test_the_walk_goes_round_a_pillar_on_the_shorter_side():
    # 10 x 10 room, pillar 4..6 x 4..6, doors at (0, 5) and (10, 5); c = 0.3:
    # bend points (3.7, 6.3) and (6.3, 6.3) (or the mirror ones below):
    # sqrt(3.7^2 + 1.3^2) + 2.6 + sqrt(3.7^2 + 1.3^2) = 2 sqrt(15.38) + 2.6 = 10.4435...
    area = walkable(rectangle(0, 0, 10, 10), (rectangle(4, 4, 6, 6),), clearance=0.3)
    distances, _ = area.paths([(0, 5), (10, 5)])
    assert distances[0, 1] == pytest.approx(2 * math.sqrt(15.38) + 2.6, abs=1e-9)


def test_a_door_in_the_middle_of_a_wall_first_steps_into_the_room():
    # the door at (-0.2, 2) lies 0.2 m outside the room's outline x = 0:
    # 0.2 m to (0, 2), then 5 m straight to (5, 2)
    area = walkable(rectangle(0, 0, 5, 4))
    distances, plan = area.paths([(-0.2, 2), (5, 2)])
    assert distances[0, 1] == pytest.approx(5.2, abs=1e-12)
    np.testing.assert_allclose(area.polyline(plan, 0, 1), [[-0.2, 2], [0, 2], [5, 2]], atol=1e-12)


def test_a_hazard_disc_is_walked_round_and_a_point_inside_it_is_unreachable():
    area = walkable(rectangle(0, 0, 10, 10), hazards=((5.0, 5.0, 2.0),), clearance=0.3)
    distances, plan = area.paths([(0, 5), (10, 5), (5, 5.5)])
    assert math.isinf(distances[0, 2]) and math.isinf(distances[2, 1])
    # around the disc: longer than the 10 m straight line, at least the arc-hugging length
    # 2 sqrt(5^2 - 2^2) + 2 * 2 * asin(2 / 5)... lower bound: tangents + arc = 2*4.583 + 2*0.4115*2 = 10.813
    assert distances[0, 1] > 10.8
    path = area.polyline(plan, 0, 1)
    assert polyline_distance(path, (5, 5)) >= 2.0 - 1e-9


def test_a_hazard_polygon_contains_its_whole_disc():
    # a 32-gon circumscribing a disc of radius 1: its apothem is the radius
    poly = disc(0, 0, 1.0)
    assert poly.exterior.distance(__import__("shapely").Point(0, 0)) == pytest.approx(1.0, abs=1e-9)
