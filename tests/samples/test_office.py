"""samples/office.yaml: the small two-storey office used for quick tests.

Both floors are 20 m x 12 m, divided the same way (x to the east, y to the north):

    y 7..12 | wc 6..10 (4x5) | stair 10..14 (4x5) | office-02 / meeting-1 14..20 (6x5) |
    y 5..7  | hall 0..6 (6x12)  corridor 6..20 (14x2)                                   | exit E2 at (20, 6)
    y 0..5  | office-01 / office-11 6..13 (7x5) | meeting-0 / office-12 13..20 (7x5)    |
    exit E1 at (0, 6) into the hall

The figures below are the ones ``venueplanner info`` prints for it.
"""

from __future__ import annotations

import pytest

from importers import load
from models import ConnectorKind, validate
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def office():
    return load(SAMPLES / "office.yaml")


def test_the_office_is_a_sound_venue(office):
    assert validate(office.venue) == []


def test_the_office_counts(office):
    venue = office.venue
    assert len(venue.levels) == 2
    assert len(venue.spaces) == 14  # 7 per floor
    assert len(venue.openings) == 14  # ground: E1, E2, D01..D06 = 8; first: D11..D16 = 6
    assert len(venue.connectors) == 2  # stair S1, lift LIFT1
    assert len(venue.markers) == 5
    assert dict(office.report.read) == {"levels": 2, "spaces": 14, "openings": 14, "connectors": 2, "markers": 5}


def test_the_office_has_two_exits_on_the_ground_floor(office):
    exits = {o.id: (o.level_id, o.spaces, o.width) for o in office.venue.exits}
    assert exits == {"E1": ("L0", ("hall-0",), 1.8), "E2": ("L0", ("corridor-0",), 1.2)}
    assert sum(width for _, _, width in exits.values()) == pytest.approx(3.0)  # 1.8 + 1.2 m


def test_the_office_declared_capacity(office):
    # ground: hall 50 + office-01 4 + meeting 12 + office-02 4 = 70
    # first: hall 20 + office-11 6 + office-12 6 + meeting-1 10 = 42
    venue = office.venue
    assert sum(s.declared_occupants or 0 for s in venue.spaces_on("L0")) == 70
    assert sum(s.declared_occupants or 0 for s in venue.spaces_on("L1")) == 42
    assert venue.declared_capacity == 112


def test_the_office_area_per_level(office):
    # hall 6x12 = 72, corridor 14x2 = 28, two rooms 7x5 = 35 each, wc 4x5 = 20, stair 4x5 = 20,
    # last room 6x5 = 30: 72 + 28 + 35 + 35 + 20 + 20 + 30 = 240 = 20 x 12
    venue = office.venue
    for level in ("L0", "L1"):
        assert sum(s.area for s in venue.spaces_on(level)) == pytest.approx(240.0)
    assert [(lv.id, lv.elevation, lv.height) for lv in venue.levels_by_elevation] == [
        ("L0", 0.0, 3.5),
        ("L1", 3.5, 3.2),
    ]


def test_every_door_joins_the_corridor_to_the_room_behind_it(office):
    venue = office.venue
    joined = {o.id: o.spaces for o in venue.openings.values() if not o.is_exit}
    assert joined == {
        "D01": ("corridor-0", "hall-0"),
        "D02": ("corridor-0", "office-01"),
        "D03": ("corridor-0", "meeting-0"),
        "D04": ("corridor-0", "wc-0"),
        "D05": ("corridor-0", "stair-0"),
        "D06": ("corridor-0", "office-02"),
        "D11": ("corridor-1", "hall-1"),
        "D12": ("corridor-1", "office-11"),
        "D13": ("corridor-1", "office-12"),
        "D14": ("corridor-1", "wc-1"),
        "D15": ("corridor-1", "stair-1"),
        "D16": ("corridor-1", "meeting-1"),
    }
    # every opening but E1 leaves its spaces to geometry; so do 3 of the 4 landings
    assert office.report.derived == [
        "spaces of 13 opening(s) derived from their position",
        "spaces of 3 landing(s) derived from their position",
    ]


def test_the_stair_and_the_lift_join_both_floors(office):
    venue = office.venue
    stair, lift = venue.connector("S1"), venue.connector("LIFT1")
    assert (stair.kind, lift.kind) == (ConnectorKind.STAIR, ConnectorKind.LIFT)
    assert [lnd.space_id for lnd in stair.landings] == ["stair-0", "stair-1"]
    assert [lnd.space_id for lnd in lift.landings] == ["hall-0", "hall-1"]
    assert round(3.5 / stair.riser) == 20  # the floor-to-floor 3.5 m in 0.175 m risers
    assert (lift.capacity, lift.speed) == (8, 1.0)
