"""validate() finds every kind of problem, names the element, and passes a sound venue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models import Connector, Landing, Level, Marker, Opening, Space, Venue, validate
from models.factories import two_room_venue
from models.geometry import rectangle
from models.validate import errors


def codes(venue: Venue) -> list[tuple[str, str | None]]:
    return [(p.code, p.element_id) for p in validate(venue)]


def two_levels() -> Venue:
    """two_room_venue plus an upper room reached by a stair from room-a."""
    base = two_room_venue()
    return base.with_elements(
        Level("L1", "First floor", 3.0, 3.0),
        Space("upper", "L1", rectangle(0, 0, 5, 4), name="Upper room"),
        Connector(
            "stair",
            "stair",
            1.2,
            (Landing("L0", (1.0, 1.0), "room-a"), Landing("L1", (1.0, 1.0), "upper")),
            riser=0.15,
            going=0.30,
        ),
    )


def test_a_sound_venue_has_no_problem():
    assert validate(two_levels()) == []


def test_ids_shared_across_kinds_are_reported_once_each():
    venue = two_room_venue().with_elements(Level("room-a"))
    assert ("duplicate-id", "room-a") in codes(venue)


def test_an_opening_far_from_its_space_touches_no_space():
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.opening("exit-a"), position=(2.5, 2.0)))
    [problem] = [p for p in validate(venue) if p.element_id == "exit-a"]
    # (2.5, 2) is 2.0 m from the nearest wall of room-a (y = 4 or y = 0, and x = 0 is 2.5 m away)
    assert problem.code == "opening-touches-no-space"
    assert problem.message == "it is 2.00 m from the outline of space 'room-a' (more than 0.4 m)"


def test_an_opening_that_joins_no_space_is_an_error():
    venue = two_room_venue().with_elements(Opening("lost", "L0", (20, 20), 0.9, ()))
    assert ("opening-touches-no-space", "lost") in codes(venue)


def test_an_opening_naming_an_unknown_space():
    venue = two_room_venue().with_elements(Opening("d", "L0", (5, 1), 0.9, ("room-a", "ghost")))
    assert ("unknown-space", "d") in codes(venue)


def test_a_connector_with_one_landing_is_missing_a_landing():
    venue = two_levels()
    stair = venue.connector("stair")
    venue = venue.with_elements(replace(stair, landings=stair.landings[:1]))
    problems = [p for p in validate(venue) if p.element_id == "stair"]
    assert [p.message for p in problems] == ["it has 1 landing(s), needs at least 2"]


def test_a_landing_on_an_unknown_level_is_missing():
    venue = two_levels()
    stair = venue.connector("stair")
    venue = venue.with_elements(replace(stair, landings=(stair.landings[0], Landing("L9", (1, 1), "upper"))))
    assert ("connector-missing-landing", "stair") in codes(venue)


def test_a_landing_outside_its_space():
    venue = two_levels()
    stair = venue.connector("stair")
    venue = venue.with_elements(replace(stair, landings=(stair.landings[0], Landing("L1", (9, 1), "upper"))))
    [problem] = [p for p in validate(venue) if p.code == "landing-outside-space"]
    # upper spans x 0..5: (9, 1) is 4 m beyond its east wall
    assert problem.message == "landing 2 at (9.0, 1.0) is 4.00 m outside its space 'upper'"


def test_overlapping_spaces_on_one_level_give_the_overlap_area():
    venue = two_room_venue().with_elements(Space("room-b", "L0", rectangle(4, 0, 10, 4)))
    [problem] = [p for p in validate(venue) if p.code == "overlapping-spaces"]
    # room-a 0..5 and room-b 4..10 share 1 x 4 m
    assert problem.element_id == "room-a"
    assert problem.message == "overlaps space 'room-b' by 4.00 m² on level 'L0'"


def test_spaces_sharing_a_wall_line_do_not_overlap():
    assert not [p for p in validate(two_room_venue()) if p.code == "overlapping-spaces"]


def test_spaces_on_different_levels_never_overlap():
    assert not [p for p in validate(two_levels()) if p.code == "overlapping-spaces"]


def test_a_space_with_no_opening_has_no_way_out():
    venue = two_room_venue().with_elements(Space("closet", "L0", rectangle(0, 10, 2, 12)))
    assert ("space-no-way-out", "closet") in codes(venue)


def test_a_space_whose_doors_lead_nowhere_has_no_exit_route():
    venue = two_room_venue().with_elements(
        Space("c1", "L0", rectangle(0, 10, 2, 12)),
        Space("c2", "L0", rectangle(2, 10, 4, 12)),
        Opening("d12", "L0", (2, 11), 0.8, ("c1", "c2")),
    )
    assert {("space-no-exit-route", "c1"), ("space-no-exit-route", "c2")} <= set(codes(venue))


def test_a_level_cut_off_from_every_exit():
    venue = two_levels().without("stair")
    found = codes(venue)
    assert ("level-no-exit-route", "L1") in found
    assert ("space-no-way-out", "upper") in found


def test_a_venue_with_no_exit():
    assert codes(two_room_venue().without("exit-a", "exit-b")) == [("no-exit", None)]


def test_a_zero_area_space():
    venue = two_room_venue().with_elements(Space("flat", "L0", [(0, 20), (5, 20), (10, 20)]))
    assert ("zero-area-space", "flat") in codes(venue)


def test_a_self_crossing_footprint():
    bowtie = [(20, 0), (24, 4), (24, 0), (20, 2)]  # two unequal lobes crossing at (22, 2)
    venue = two_room_venue().with_elements(Space("bowtie", "L0", bowtie))
    [problem] = [p for p in validate(venue) if p.code == "bad-footprint"]
    assert problem.element_id == "bowtie"
    assert "Self-intersection" in problem.message


def test_a_door_wider_than_its_wall():
    venue = two_room_venue().with_elements(
        Space("niche", "L0", rectangle(10, 1, 11, 3)),  # its west wall is 2 m long
        Opening("wide", "L0", (10, 2), 2.5, ("room-b", "niche")),
    )
    [problem] = [p for p in validate(venue) if p.code == "door-wider-than-wall"]
    assert problem.element_id == "wide"
    assert problem.message == "its clear width 2.50 m exceeds the 2.00 m wall of space 'niche' it stands in"


def test_a_non_positive_width():
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.opening("door-ab"), width=0))
    assert ("bad-width", "door-ab") in codes(venue)


@pytest.mark.parametrize(
    ("capacity", "expected"),
    [
        (-5, "negative-occupants"),
        # room-a is 20 m²: at most 6 p/m² x 20 = 120 persons can physically stand in it
        (121, "impossible-occupants"),
    ],
)
def test_occupant_figures_that_make_no_sense(capacity, expected):
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.space("room-a"), capacity=capacity))
    assert (expected, "room-a") in codes(venue)


def test_a_capacity_the_area_can_hold_passes():
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.space("room-a"), capacity=120))
    assert validate(venue) == []


def test_elements_on_unknown_levels():
    venue = two_room_venue().with_elements(
        Space("floating", "L7", rectangle(0, 0, 1, 1)),
        Marker("m", "fire_panel", "L7", (0, 0)),
    )
    found = codes(venue)
    assert ("unknown-level", "floating") in found
    assert ("unknown-level", "m") in found


def test_a_key_asset_outside_every_space_is_a_warning_but_a_staging_point_is_not():
    venue = two_room_venue().with_elements(
        Marker("panel", "fire_panel", "L0", (50, 50)),
        Marker("staging", "staging_point", "L0", (-20, 2)),
    )
    [problem] = validate(venue)
    assert (problem.severity, problem.code, problem.element_id) == ("warning", "marker-outside-spaces", "panel")
    assert errors(validate(venue)) == []


def test_errors_come_before_warnings():
    venue = two_room_venue().with_elements(
        Marker("panel", "fire_panel", "L0", (50, 50)),
        Space("closet", "L0", rectangle(0, 10, 2, 12)),
    )
    assert [p.severity for p in validate(venue)] == ["error", "warning"]


def test_a_door_running_past_the_end_of_its_wall():
    venue = two_room_venue()
    # room-a's west wall runs y 0..4; a 1.8 m door centred 0.5 m from its end overshoots by 0.9 - 0.5
    venue = venue.with_elements(replace(venue.opening("exit-a"), position=(0.0, 0.5), width=1.8))
    [problem] = [p for p in validate(venue) if p.code == "door-wider-than-wall"]
    assert problem.message == (
        "it runs 0.40 m past the end of the 4.00 m wall of space 'room-a' it stands in "
        "(its centre is 0.50 m from one end)"
    )


def test_a_wall_split_by_a_collinear_corner_is_still_one_wall():
    # room-b's footprint gets an extra corner at (7, 0) in the middle of its south wall
    venue = two_room_venue().with_elements(
        Space("room-b", "L0", [(5, 0), (7, 0), (10, 0), (10, 4), (5, 4)]),
        Opening("south", "L0", (7.0, 0.0), 2.0, ("room-b",)),
    )
    assert not [p for p in validate(venue) if p.code == "door-wider-than-wall"]


def test_a_landing_in_a_hole_of_its_space():
    venue = two_levels()
    upper = venue.space("upper")
    venue = venue.with_elements(replace(upper, holes=[rectangle(0.5, 0.5, 1.5, 1.5)]))
    [problem] = [p for p in validate(venue) if p.code == "landing-outside-space"]
    assert problem.message == "landing 2 at (1.0, 1.0) is in a hole (column, void) of its space 'upper'"


def test_an_exit_on_a_wall_shared_with_another_space_is_a_warning():
    venue = two_room_venue().with_elements(Opening("odd", "L0", (5.0, 3.0), 0.9, ("room-a",)))
    [problem] = [p for p in validate(venue) if p.element_id == "odd"]
    assert (problem.severity, problem.code) == ("warning", "exit-on-shared-wall")
    assert "stands on the wall of space 'room-b'" in problem.message


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_reported_before_any_geometry(value):
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.opening("door-ab"), width=value))
    assert codes(venue) == [("non-finite", "door-ab")]


def test_a_non_finite_footprint_corner_is_reported():
    venue = two_room_venue().with_elements(Space("far", "L0", [(0, 10), (1e400, 10), (0, 12)]))
    assert ("non-finite", "far") in codes(venue)


def test_levels_without_spaces():
    assert codes(Venue("v", levels=[Level("L0")])) == [("no-space", None)]
    venue = two_room_venue().with_elements(Level("L1", elevation=3.0))
    assert validate(venue)[0].code == "empty-level"
    assert errors(validate(venue)) == []


@pytest.mark.parametrize("bad_id", ["", "  ", "D\x00", "D\t1"])
def test_blank_ids_and_ids_with_control_characters(bad_id):
    venue = two_room_venue().with_elements(Marker(bad_id, "fire_panel", "L0", (1, 1)))
    assert ("bad-id", repr(bad_id)) in codes(venue)


@pytest.mark.parametrize(
    "footprint",
    [((20, 0), (21, 1), (20, 0)), ((20, 0), (21, 1))],
    ids=["closing corner repeated", "two corners"],
)
def test_a_footprint_with_fewer_than_three_corners_is_reported_not_a_crash(footprint):
    venue = two_room_venue().with_elements(Space("line", "L0", footprint))
    assert ("bad-footprint", "line") in codes(venue)


def test_a_hole_with_fewer_than_three_corners_is_reported():
    venue = two_room_venue()
    venue = venue.with_elements(replace(venue.space("room-a"), holes=[((1, 1), (2, 2))]))
    assert ("bad-footprint", "room-a") in codes(venue)
