"""User operations: each changes one thing, logs it, and refuses bad values with a clear EditError."""

from __future__ import annotations

import math

import pytest

from models import MarkerKind, OpeningKind, SpaceUse, UnknownElementError
from models.factories import two_room_venue
from venueplanner import ops
from venueplanner.ops import EditError
from venueplanner.project import Project
from venueplanner.session import Session


@pytest.fixture
def session() -> Session:
    s = Session()
    s.load(Project(two_room_venue()))
    return s


def last_edit(session: Session) -> tuple[str, dict]:
    record = session.project.edit_log[-1]
    return record.op, dict(record.params)


def test_renaming_a_space_and_labelling_a_marker(session):
    ops.rename_element(session, "room-b", "  Salle de réunion  ")
    assert session.venue.space("room-b").name == "Salle de réunion"
    ops.place_marker(session, "target", "L0", (1, 1), marker_id="T-1")
    ops.rename_element(session, "T-1", "Régie")
    assert session.venue.marker("T-1").label == "Régie"
    assert last_edit(session) == ("rename_element", {"element_id": "T-1", "name": "Régie"})


@pytest.mark.parametrize(
    ("name", "problem"),
    [("A\nB", "line break"), ("x" * 201, "longer than 200"), (12, "must be text")],
)
def test_a_bad_name_is_refused_and_nothing_changes(session, name, problem):
    before = session.project
    with pytest.raises(EditError, match=problem):
        ops.rename_element(session, "room-a", name)
    assert session.project is before


def test_an_unknown_element_is_refused(session):
    with pytest.raises(UnknownElementError, match="nope"):
        ops.rename_element(session, "nope", "x")


def test_an_edit_that_changes_nothing_is_not_logged(session):
    ops.rename_element(session, "room-a", "Room A")
    ops.set_opening_width(session, "door-ab", 0.9)
    assert session.project.edit_log == () and not session.can_undo


def test_setting_and_clearing_a_capacity(session):
    ops.set_capacity(session, "room-a", 19)
    assert session.venue.space("room-a").capacity == 19
    ops.set_capacity(session, "room-a", None)
    assert session.venue.space("room-a").capacity is None
    assert last_edit(session) == ("set_capacity", {"element_id": "room-a", "capacity": None})


@pytest.mark.parametrize(
    ("capacity", "problem"),
    [
        (-1, "must be 0 or more"),
        (2.5, "whole number"),
        # room-a is 5 m x 4 m = 20 m²; at 6 persons per m² it holds at most 120
        (121, "cannot hold more than 120 persons"),
        ("many", "not a number"),
        (math.inf, "not a finite number"),
    ],
)
def test_an_impossible_capacity_is_refused(session, capacity, problem):
    with pytest.raises(EditError, match=problem) as refused:
        ops.set_capacity(session, "room-a", capacity)
    assert refused.value.element_id == "room-a" and refused.value.field == "capacity"
    assert session.venue.space("room-a").capacity is None


def test_a_door_has_no_capacity(session):
    with pytest.raises(EditError, match="only a space or a connector"):
        ops.set_capacity(session, "door-ab", 3)


def test_setting_a_use_accepts_the_enum_or_its_value_and_refuses_others(session):
    ops.set_use(session, "room-a", "foyer")
    assert session.venue.space("room-a").use is SpaceUse.FOYER
    ops.set_use(session, "room-a", SpaceUse.BAR)
    assert last_edit(session) == ("set_use", {"element_id": "room-a", "use": "bar"})
    with pytest.raises(EditError, match="not a space use"):
        ops.set_use(session, "room-a", "ballroom")


@pytest.mark.parametrize(
    ("width", "problem"),
    [(-0.9, "more than 0 m"), (0, "more than 0 m"), (900, "is it in metres"), ("", "not a number")],
)
def test_a_bad_opening_width_is_refused(session, width, problem):
    with pytest.raises(EditError, match=problem):
        ops.set_opening_width(session, "door-ab", width)
    assert session.venue.opening("door-ab").width == 0.9


def test_widening_a_door(session):
    ops.set_opening_width(session, "door-ab", 1.4)
    assert session.venue.opening("door-ab").width == 1.4
    assert last_edit(session) == ("set_opening_width", {"element_id": "door-ab", "width": 1.4})


def test_setting_an_opening_kind_and_locking_it(session):
    ops.set_opening_kind(session, "exit-a", "emergency_exit")
    ops.set_locked(session, "exit-a", True)
    opening = session.venue.opening("exit-a")
    assert opening.kind is OpeningKind.EMERGENCY_EXIT and opening.locked
    with pytest.raises(EditError, match="not an opening kind"):
        ops.set_opening_kind(session, "exit-a", "window")
    with pytest.raises(EditError, match="true or false"):
        ops.set_locked(session, "exit-a", "yes")


def test_blocking_makes_a_scenario_and_unblocking_empties_it(session):
    scenario = ops.block(session, "exit-b")
    assert scenario.id == "scenario-1" and session.scenario_id == "scenario-1"
    assert ops.block(session, "exit-b") is scenario  # already blocked: no new edit
    assert [e.op for e in session.project.edit_log] == ["block"]
    scenario = ops.unblock(session, "exit-b")
    assert scenario.blocked_openings == frozenset()
    assert last_edit(session) == ("unblock", {"element_id": "exit-b", "scenario_id": "scenario-1"})


def test_only_openings_and_connectors_can_be_blocked(session):
    with pytest.raises(EditError, match="only an opening or a connector"):
        ops.block(session, "room-a")
    with pytest.raises(UnknownElementError):
        ops.unblock(session, "nope")


def test_placing_a_marker_gives_it_the_first_free_id_of_its_kind(session):
    ops.place_marker(session, MarkerKind.STAGING_POINT, "L0", (-5, 2), label="Rue")
    ops.place_marker(session, "staging_point", "L0", (-5, 3))
    ops.place_marker(session, "gas_valve", "L0", (9, 3))
    assert list(session.venue.markers) == ["STG-1", "STG-2", "ASSET-1"]
    assert session.venue.marker("STG-1").position == (-5.0, 2.0)
    assert last_edit(session)[1] == {"marker_id": "ASSET-1", "kind": "gas_valve", "level_id": "L0", "position": [9, 3]}


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"level_id": "L9"}, "no level has this id"),
        ({"position": (1, math.nan)}, "not a finite number"),
        ({"position": (1,)}, "two numbers"),
        ({"radius": -2}, "from 0 to 500 m"),
        ({"marker_id": "room-a"}, "already used"),
        ({"kind": "unicorn"}, "not a marker kind"),
    ],
)
def test_a_bad_marker_is_refused(session, kwargs, problem):
    args = {"kind": "hazard_zone", "level_id": "L0", "position": (1, 1)} | kwargs
    with pytest.raises(EditError, match=problem):
        ops.place_marker(session, args.pop("kind"), args.pop("level_id"), args.pop("position"), **args)
    assert session.venue.markers == {}


def test_moving_editing_and_deleting_a_marker(session):
    ops.place_marker(session, "hazard_zone", "L0", (1, 1), radius=2.0, marker_id="HZ-1")
    ops.move_marker(session, "HZ-1", (3.5, 2.5))
    ops.set_marker_details(session, "HZ-1", radius=4.0, notes=" fumée ")
    marker = session.venue.marker("HZ-1")
    assert (marker.position, marker.radius, marker.notes) == ((3.5, 2.5), 4.0, "fumée")
    ops.delete_marker(session, "HZ-1")
    assert "HZ-1" not in session.venue.markers
    assert [e.op for e in session.project.edit_log] == [
        "place_marker",
        "move_marker",
        "set_marker_details",
        "delete_marker",
    ]
    with pytest.raises(EditError, match="only a marker"):
        ops.delete_marker(session, "room-a")


def test_an_edit_without_a_venue_is_refused():
    with pytest.raises(EditError, match="no venue is open"):
        ops.rename_element(Session(), "room-a", "x")
