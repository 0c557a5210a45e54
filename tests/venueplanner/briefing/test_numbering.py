"""Exterior doors numbered clockwise round the building from the main entrance, seen from above."""

from __future__ import annotations

import pytest

from models import Opening, OpeningKind, Space, Venue
from models import geometry as geo
from venueplanner.briefing import exterior_door_numbers, main_entrance


def test_the_concert_hall_main_entrance_is_the_lobby_row_of_three_doors(concert):
    # E1, E2, E3: exit-kind doors of the lobby, 3 x 1.80 m; the artists' exit (1.40) and the dock (2.40) stand alone
    assert sorted(main_entrance(concert.venue)) == ["E1", "E2", "E3"]


def test_the_concert_hall_doors_run_clockwise_from_the_entrance(concert):
    # Outline 28 x 55 m; clockwise seen from above: along the boulevard (y = 0) westwards, up the passage (x = 0)
    # northwards, along the rear street (y = 55) eastwards, down the party wall. The entrance row comes first,
    # east to west: E3 (x 19), E2 (14), E1 (9); then ES3 (y 7), ES1 (20), ES2 (27), E4 (47.5) on the passage;
    # E5 (x 25) on the rear street; ES4 (x 25.5, y 0) last, just east of the entrance on the boulevard.
    assert exterior_door_numbers(concert.venue) == {
        "E3": 1, "E2": 2, "E1": 3, "ES3": 4, "ES1": 5, "ES2": 6, "E4": 7, "E5": 8, "ES4": 9,
    }  # fmt: skip


def test_the_main_entrance_can_be_named(concert):
    numbers = exterior_door_numbers(concert.venue, main="E1")
    assert numbers["E1"] == 1 and numbers["ES3"] == 2 and numbers["E2"] == 9


def test_an_unknown_main_entrance_is_refused(concert):
    with pytest.raises(KeyError):
        exterior_door_numbers(concert.venue, main="D05")  # an interior door


def _square_with_exits(*exits: tuple[str, tuple[float, float], OpeningKind]) -> Venue:
    room = Space("room", "L0", geo.rectangle(0, 0, 10, 10))
    openings = [Opening(i, "L0", at, 1.0, ("room",), kind) for i, at, kind in exits]
    return Venue("square", spaces=[room], openings=openings)


def test_numbers_follow_the_outline_not_the_ids():
    # one door per side; the only exit-kind door (east) is the main entrance
    venue = _square_with_exits(
        ("a-north", (5, 10), OpeningKind.EMERGENCY_EXIT),
        ("b-east", (10, 5), OpeningKind.EXIT),
        ("c-south", (5, 0), OpeningKind.EMERGENCY_EXIT),
        ("d-west", (0, 5), OpeningKind.EMERGENCY_EXIT),
    )
    # clockwise from east: south, west, north
    assert exterior_door_numbers(venue) == {"b-east": 1, "c-south": 2, "d-west": 3, "a-north": 4}


def test_with_no_exit_kind_door_the_widest_exit_starts():
    room = Space("room", "L0", geo.rectangle(0, 0, 10, 10))
    openings = [Opening("narrow", "L0", (5, 0), 0.9, ("room",), OpeningKind.EMERGENCY_EXIT),
                Opening("wide", "L0", (10, 5), 2.0, ("room",), OpeningKind.EMERGENCY_EXIT)]  # fmt: skip
    assert exterior_door_numbers(Venue("v", spaces=[room], openings=openings)) == {"wide": 1, "narrow": 2}


def test_a_venue_without_exits_has_no_numbers():
    room = Space("room", "L0", geo.rectangle(0, 0, 10, 10))
    assert exterior_door_numbers(Venue("v", spaces=[room])) == {}
