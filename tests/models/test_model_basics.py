"""Behaviour of the domain values that every other package relies on."""

from __future__ import annotations

import dataclasses

import pytest

from models import DuplicateIdError, Level, Opening, Space, UnknownElementError, Venue
from models.factories import two_room_venue
from models.geometry import rectangle


def test_values_are_immutable():
    venue = two_room_venue()
    with pytest.raises(dataclasses.FrozenInstanceError):
        venue.name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        venue.spaces["x"] = venue.spaces["room-a"]  # type: ignore[index]


def test_footprint_is_normalised_to_counter_clockwise_without_closing_vertex():
    space = Space("s", "L0", [(0, 0), (0, 3), (4, 3), (4, 0), (0, 0)])
    assert space.footprint == ((4.0, 0.0), (4.0, 3.0), (0.0, 3.0), (0.0, 0.0))
    assert space.area == 12.0


def test_an_opening_with_one_space_is_an_exit():
    venue = two_room_venue()
    assert [o.id for o in venue.exits] == ["exit-a", "exit-b"]
    assert not venue.opening("door-ab").is_exit


def test_duplicate_ids_within_a_kind_are_refused_when_building():
    with pytest.raises(DuplicateIdError, match="'a'"):
        Venue("v", levels=[Level("a"), Level("a")])


def test_edits_return_a_new_venue_and_leave_the_old_one_alone():
    venue = two_room_venue()
    wider = venue.with_elements(dataclasses.replace(venue.opening("door-ab"), width=1.4))
    assert wider.opening("door-ab").width == 1.4
    assert venue.opening("door-ab").width == 0.9
    smaller = venue.without("exit-b")
    assert "exit-b" not in smaller.openings and "exit-b" in venue.openings


def test_unknown_ids_name_the_id_and_the_kind():
    with pytest.raises(UnknownElementError, match="no opening with id 'nope'"):
        two_room_venue().opening("nope")


def test_holes_reduce_the_area():
    space = Space("s", "L0", rectangle(0, 0, 10, 10), holes=[rectangle(1, 1, 2, 2)])
    assert space.area == 99.0
    assert not space.contains((1.5, 1.5))
    assert space.contains((5, 5))


def test_declared_capacity_sums_capacity_else_seats():
    venue = Venue(
        "v",
        levels=[Level("L0")],
        spaces=[
            Space("a", "L0", rectangle(0, 0, 10, 10), capacity=50, seats=40),
            Space("b", "L0", rectangle(10, 0, 20, 10), seats=30),
            Space("c", "L0", rectangle(20, 0, 30, 10)),
        ],
        openings=[Opening("x", "L0", (0, 5), 1, ("a",))],
    )
    assert venue.declared_capacity == 80
