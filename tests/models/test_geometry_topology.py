"""Geometry helpers and topology: area, containment, which space holds a point, what an opening joins."""

from __future__ import annotations

import math

import pytest

from models import Connector, Landing, Level, Space
from models.factories import two_room_venue
from models.geometry import area, centroid, contains, nearest_edge, rectangle, signed_area
from models.topology import SpaceIndex, adjacency, space_at, spaces_joined_at, spaces_reaching_exit

L_SHAPE = ((0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (0, 8))  # 10 x 2 arm + 2 x 6 arm


def test_area_of_an_l_shape():
    # 10 x 2 + 2 x 6 = 20 + 12
    assert signed_area(L_SHAPE) == 32.0
    assert area(tuple(reversed(L_SHAPE))) == 32.0


def test_centroid_of_an_l_shape():
    # (20 * (5, 1) + 12 * (1, 5)) / 32
    cx, cy = centroid(L_SHAPE)
    assert (cx, cy) == pytest.approx((112 / 32, 80 / 32))


@pytest.mark.parametrize(
    ("point", "inside"),
    [((1, 1), True), ((5, 5), False), ((1, 7.9), True), ((10, 1), True), ((11, 1), False)],
)
def test_containment_in_an_l_shape_counts_the_outline_as_inside(point, inside):
    assert contains(L_SHAPE, point) is inside


def test_nearest_edge_gives_its_index_length_and_distance():
    index, length, distance = nearest_edge(L_SHAPE, (6, 2.3))
    # edge 2 runs (10, 2) -> (2, 2): 8 m long, 0.3 m from the point
    assert (index, length) == (2, 8.0)
    assert math.isclose(distance, 0.3)


def test_which_space_holds_a_point():
    venue = two_room_venue()
    assert space_at(venue, "L0", (7.5, 1)).id == "room-b"
    assert space_at(venue, "L0", (20, 1)) is None
    assert space_at(venue, "L9", (1, 1)) is None


def test_an_opening_on_a_shared_wall_joins_both_spaces_and_one_on_an_outer_wall_leads_out():
    index = SpaceIndex.of(two_room_venue())
    assert spaces_joined_at(index, "L0", (5.1, 3.0)) == ("room-a", "room-b")
    assert spaces_joined_at(index, "L0", (10.2, 3.0)) == ("room-b",)
    assert spaces_joined_at(index, "L0", (15.0, 3.0)) == ()


def test_adjacency_follows_openings_and_connectors_and_skips_blocked_ones():
    venue = two_room_venue().with_elements(
        Level("L1", elevation=3),
        Space("up", "L1", rectangle(0, 0, 5, 4)),
        Connector("s", "stair", 1.2, (Landing("L0", (1, 1), "room-a"), Landing("L1", (1, 1), "up"))),
    )
    assert adjacency(venue) == {"room-a": {"room-b", "up"}, "room-b": {"room-a"}, "up": {"room-a"}}
    assert adjacency(venue, blocked=["door-ab", "s"]) == {"room-a": set(), "room-b": set(), "up": set()}


def test_blocking_an_exit_cuts_off_only_what_depends_on_it():
    venue = two_room_venue()
    assert spaces_reaching_exit(venue, blocked=["exit-a"]) == {"room-a", "room-b"}
    assert spaces_reaching_exit(venue, blocked=["exit-a", "door-ab"]) == {"room-b"}
