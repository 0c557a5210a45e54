"""Reading a valid venue plan: what each key becomes in the venue, in metres."""

from __future__ import annotations

import hashlib
import math

import pytest

from importers import ImportFailedError, ImportOptions, known_suffixes
from importers.plan import iter_read_plan, read_plan
from models import (
    ConnectorKind,
    MarkerKind,
    OpeningKind,
    Progress,
    SpaceUse,
    TravelDirection,
    validate,
)

HEAD = "format: venueplanner-plan/1\nvenue: {name: Test}\n"


@pytest.fixture
def plan(tmp_path):
    """``plan(text)`` -> path of a plan file holding `text`."""

    def write(text: str, name: str = "plan.yaml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


TWO_ROOMS = (
    HEAD
    + """\
levels:
  - {id: L0, elevation: 0}
spaces:
  - {id: a, level: L0, rect: [5, 4, 0, 0]}        # corners given top-right first
  - {id: b, level: L0, polygon: [[5, 0], [5, 4], [10, 4], [10, 0]]}   # clockwise
openings:
  - {id: D1, level: L0, at: [5, 2], width: 0.9}   # on the shared wall x = 5
  - {id: E1, level: L0, at: [10, 2], width: 1.2}  # on the outer wall x = 10
  - {id: E2, level: L0, at: [0, 2.2], width: 1.2, kind: exit, spaces: [a]}
"""
)


def test_a_rect_becomes_a_counter_clockwise_footprint_from_its_lowest_corner(plan):
    venue = read_plan(plan(TWO_ROOMS)).venue
    assert venue.space("a").footprint == ((0.0, 0.0), (5.0, 0.0), (5.0, 4.0), (0.0, 4.0))
    assert venue.space("a").area == 20.0  # 5 m x 4 m


def test_a_clockwise_polygon_is_stored_counter_clockwise(plan):
    venue = read_plan(plan(TWO_ROOMS)).venue
    assert venue.space("b").footprint == ((10.0, 0.0), (10.0, 4.0), (5.0, 4.0), (5.0, 0.0))


def test_an_opening_on_a_shared_wall_joins_both_rooms(plan):
    assert read_plan(plan(TWO_ROOMS)).venue.opening("D1").spaces == ("a", "b")


def test_an_opening_on_an_outer_wall_is_an_exit(plan):
    venue = read_plan(plan(TWO_ROOMS)).venue
    assert venue.opening("E1").spaces == ("b",)
    assert venue.opening("E1").is_exit
    assert sorted(o.id for o in venue.exits) == ["E1", "E2"]


def test_given_spaces_are_kept_as_written_and_defaults_fill_the_rest(plan):
    venue = read_plan(plan(TWO_ROOMS)).venue
    e2, d1 = venue.opening("E2"), venue.opening("D1")
    assert (e2.spaces, e2.kind, e2.position, e2.width) == (("a",), OpeningKind.EXIT, (0.0, 2.2), 1.2)
    assert (d1.kind, d1.name, d1.locked) == (OpeningKind.DOOR, "", False)
    a = venue.space("a")
    assert (a.use, a.name, a.number, a.capacity, a.seats, a.holes) == (SpaceUse.OTHER, "", "", None, None, ())
    assert venue.level("L0").height == 3.0
    assert (venue.address, venue.north_angle, venue.erp_type, venue.erp_category) == ("", 0.0, "", None)


def test_the_report_counts_what_was_read_and_derived(plan):
    report = read_plan(plan(TWO_ROOMS)).report
    assert dict(report.read) == {"levels": 1, "spaces": 2, "openings": 3, "connectors": 0, "markers": 0}
    assert report.derived == ["spaces of 2 opening(s) derived from their position"]  # D1 and E1
    assert report.format == "plan"
    assert report.unit_scale == 1.0


def test_provenance_names_the_file_its_hash_and_the_scale(plan):
    path = plan(TWO_ROOMS)
    source = read_plan(path).venue.source
    assert source.path == str(path.resolve())
    assert source.format == "plan"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.unit_scale == 1.0


FULL = """\
format: venueplanner-plan/1
units: cm
venue:
  name: "Salle Exemple"
  address: "1 rue X, 75011 Paris"
  north_angle: 12.5
  erp_type: L
  erp_category: 1
x-note: "keys starting with x- are ignored"
levels:
  - {id: L0, name: "Rez-de-chaussée", elevation: 0, height: 400}
  - {id: L1, name: "Balcon", elevation: 450}
spaces:
  - id: lobby
    level: L0
    name: "Hall d'entrée"
    number: "001"
    use: lobby
    rect: [0, 0, 2000, 1000]
    holes: [[[200, 200], [300, 200], [300, 300], [200, 300]]]
    capacity: 300
    seats: 0
  - {id: balcony, level: L1, use: seating, rect: [0, 0, 2000, 1000], seats: 250}
openings:
  - {id: D1, level: L0, at: [1000, 0], width: 180, kind: exit, name: "Porte 1", spaces: [lobby]}
  - {id: D2, level: L0, at: [2000, 500], width: 90, locked: true}
connectors:
  - id: S1
    kind: stair
    name: "Escalier A"
    width: 140
    riser: 17
    going: 28
    landings:
      - {level: L0, at: [1800, 800], space: lobby}
      - {level: L1, at: [1800, 800]}
  - id: E1
    kind: escalator
    width: 100
    direction: up
    speed: 0.5
    landings:
      - {level: L0, at: [100, 800]}
      - {level: L1, at: [100, 800]}
  - id: LIFT
    kind: lift
    width: 90
    speed: 1.0
    capacity: 8
    landings:
      - {level: L0, at: [500, 800]}
      - {level: L1, at: [500, 800]}
markers:
  - {id: M1, kind: security_post, level: L0, at: [500, 500], label: "PC sécurité", notes: "", radius: 0}
  - {id: M2, kind: hazard_zone, level: L0, at: [-1000, 0], radius: 1500}
"""


def test_centimetres_are_scaled_to_metres_everywhere_but_speeds(plan):
    result = read_plan(plan(FULL))
    venue = result.venue
    assert venue.space("lobby").footprint == ((0.0, 0.0), (20.0, 0.0), (20.0, 10.0), (0.0, 10.0))
    # the hole was written counter-clockwise: it is stored reversed, clockwise
    assert venue.space("lobby").holes == (((2.0, 3.0), (3.0, 3.0), (3.0, 2.0), (2.0, 2.0)),)
    assert venue.space("lobby").area == pytest.approx(199.0)  # 20 x 10 - 1 x 1
    assert venue.opening("D1").width == pytest.approx(1.8)  # 180 cm
    assert venue.opening("D2").position == pytest.approx((20.0, 5.0))
    assert venue.level("L0").height == pytest.approx(4.0)
    assert venue.level("L1").elevation == pytest.approx(4.5)
    assert venue.level("L1").height == 3.0  # the default is metres, never scaled
    assert venue.marker("M2").radius == pytest.approx(15.0)
    assert venue.connector("E1").speed == 0.5  # m/s whatever the units
    assert venue.connector("LIFT").speed == 1.0
    assert result.report.unit_scale == 0.01
    assert venue.source.unit_scale == 0.01


def test_a_stair_keeps_its_riser_and_going_and_its_landings(plan):
    stair = read_plan(plan(FULL)).venue.connector("S1")
    assert stair.kind == ConnectorKind.STAIR
    assert (stair.riser, stair.going, stair.width) == pytest.approx((0.17, 0.28, 1.4))
    assert [(lnd.level_id, lnd.space_id) for lnd in stair.landings] == [("L0", "lobby"), ("L1", "balcony")]
    assert stair.landings[0].position == pytest.approx((18.0, 8.0))
    assert stair.name == "Escalier A"


def test_escalators_and_lifts_keep_their_own_keys(plan):
    venue = read_plan(plan(FULL)).venue
    escalator, lift = venue.connector("E1"), venue.connector("LIFT")
    assert (escalator.kind, escalator.direction, escalator.riser) == (ConnectorKind.ESCALATOR, TravelDirection.UP, None)
    assert (lift.kind, lift.capacity, lift.direction) == (ConnectorKind.LIFT, 8, None)


def test_venue_and_space_details_are_kept(plan):
    result = read_plan(plan(FULL))
    venue = result.venue
    assert (venue.name, venue.address, venue.north_angle) == ("Salle Exemple", "1 rue X, 75011 Paris", 12.5)
    assert (venue.erp_type, venue.erp_category) == ("L", 1)
    lobby = venue.space("lobby")
    assert (lobby.name, lobby.number, lobby.use, lobby.capacity, lobby.seats) == (
        "Hall d'entrée",
        "001",
        SpaceUse.LOBBY,
        300,
        0,
    )
    assert venue.level("L0").name == "Rez-de-chaussée"
    assert venue.opening("D2").locked is True
    m1 = venue.marker("M1")
    assert (m1.kind, m1.label, m1.position) == (MarkerKind.SECURITY_POST, "PC sécurité", (5.0, 5.0))
    assert dict(result.report.read) == {"levels": 2, "spaces": 2, "openings": 2, "connectors": 3, "markers": 2}
    # D2 derived; landings derived: S1's second, both of E1 and both of LIFT
    assert result.report.derived == [
        "spaces of 1 opening(s) derived from their position",
        "spaces of 5 landing(s) derived from their position",
    ]


def test_the_unit_scale_option_overrides_the_file(plan):
    venue = read_plan(plan(FULL), options=ImportOptions(unit_scale=0.001)).venue
    assert venue.opening("D1").width == pytest.approx(0.18)  # 180 read as millimetres
    assert venue.source.unit_scale == 0.001


def test_millimetres_are_a_thousandth_of_a_metre(plan):
    text = HEAD + "units: mm\nlevels: [{id: L0, elevation: 3500}]\n"
    assert read_plan(plan(text)).venue.level("L0").elevation == pytest.approx(3.5)


@pytest.mark.parametrize("use", list(SpaceUse))
def test_every_space_use_is_accepted(plan, use):
    text = (
        HEAD + f"levels: [{{id: L0, elevation: 0}}]\nspaces: [{{id: s, level: L0, rect: [0, 0, 1, 1], use: {use}}}]\n"
    )
    assert read_plan(plan(text)).venue.space("s").use is use


@pytest.mark.parametrize("kind", list(OpeningKind))
def test_every_opening_kind_is_accepted(plan, kind):
    text = (
        HEAD + "levels: [{id: L0, elevation: 0}]\nspaces: [{id: s, level: L0, rect: [0, 0, 2, 2]}]\n"
        f"openings: [{{id: o, level: L0, at: [0, 1], width: 1, kind: {kind}}}]\n"
    )
    assert read_plan(plan(text)).venue.opening("o").kind is kind


@pytest.mark.parametrize("kind", list(MarkerKind))
def test_every_marker_kind_is_accepted(plan, kind):
    text = HEAD + f"levels: [{{id: L0, elevation: 0}}]\nmarkers: [{{id: m, kind: {kind}, level: L0, at: [1, 2]}}]\n"
    assert read_plan(plan(text)).venue.marker("m").kind is kind


@pytest.mark.parametrize("kind", list(ConnectorKind))
@pytest.mark.parametrize("direction", [*list(TravelDirection), None])
def test_every_connector_kind_and_direction_is_accepted(plan, kind, direction):
    extra = f", direction: {direction}" if direction else ""
    text = (
        HEAD + "levels: [{id: L0, elevation: 0}, {id: L1, elevation: 3}]\n"
        "spaces: [{id: a, level: L0, rect: [0, 0, 2, 2]}, {id: b, level: L1, rect: [0, 0, 2, 2]}]\n"
        f"connectors: [{{id: c, kind: {kind}, width: 1{extra}, landings: [{{level: L0, at: [1, 1]}}, "
        "{level: L1, at: [1, 1]}]}]\n"
    )
    connector = read_plan(plan(text)).venue.connector("c")
    assert (connector.kind, connector.direction) == (kind, direction)


def test_an_unknown_use_is_refused_with_every_allowed_use(plan):
    text = HEAD + "levels: [{id: L0, elevation: 0}]\nspaces: [{id: s, level: L0, rect: [0, 0, 1, 1], use: gym}]\n"
    with pytest.raises(ImportFailedError, match="use 'gym' is not one of the allowed values") as failed:
        read_plan(plan(text))
    allowed = str(failed.value).split("allowed values: ")[1].split(", ")
    assert allowed == [use.value for use in SpaceUse]


def test_a_landing_just_outside_its_space_is_given_the_nearest_space(plan):
    # the room ends at y = 4; a landing at y = 4.3 is 0.30 m away, within the 0.50 m reach
    text = (
        HEAD + "levels: [{id: L0, elevation: 0}, {id: L1, elevation: 3}]\n"
        "spaces: [{id: a, level: L0, rect: [0, 0, 5, 4]}, {id: b, level: L1, rect: [0, 0, 5, 4]}]\n"
        "connectors: [{id: c, kind: stair, width: 1, landings: [{level: L0, at: [2, 4.3]}, {level: L1, at: [2, 2]}]}]\n"
    )
    assert [lnd.space_id for lnd in read_plan(plan(text)).venue.connector("c").landings] == ["a", "b"]


def test_an_opening_at_a_corner_of_three_rooms_joins_the_nearest_two_and_says_so(plan):
    # rooms a (0..5 x 0..4), b (5..10 x 0..4), c (0..10 x 4..8); the door at (5, 3.8) is
    # 0 m from a and b and 0.2 m from c
    text = (
        HEAD + "levels: [{id: L0, elevation: 0}]\nspaces:\n"
        "  - {id: a, level: L0, rect: [0, 0, 5, 4]}\n"
        "  - {id: b, level: L0, rect: [5, 0, 10, 4]}\n"
        "  - {id: c, level: L0, rect: [0, 4, 10, 8]}\n"
        "openings: [{id: D, level: L0, at: [5, 3.8], width: 0.9}]\n"
    )
    result = read_plan(plan(text))
    assert result.venue.opening("D").spaces == ("a", "b")
    assert result.report.warnings == [
        "opening 'D': 3 spaces lie within 0.4 m of it; it joins the nearest two (a, b): "
        "give its spaces to choose others"
    ]


def test_reading_yields_progress_from_zero_to_one(plan):
    job = iter_read_plan(plan(TWO_ROOMS))
    steps = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as done:
            result = done.value
            break
    assert all(isinstance(step, Progress) for step in steps)
    fractions = [step.fraction for step in steps]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions) and not any(math.isnan(f) for f in fractions)
    assert result.venue.name == "Test"


def test_both_yaml_suffixes_are_registered():
    assert {".yaml", ".yml"} <= set(known_suffixes())


def test_a_plan_read_by_the_reader_validates_like_any_venue(plan):
    # D1 joins a and b, E1 and E2 lead out: nothing to report
    assert validate(read_plan(plan(TWO_ROOMS)).venue) == []


def test_an_empty_list_key_reads_as_no_element(plan):
    text = HEAD + "levels: [{id: L0, elevation: 0}]\nspaces:\nopenings:\nconnectors:\nmarkers:   # none yet\n"
    assert dict(read_plan(plan(text)).report.read) == {
        "levels": 1,
        "spaces": 0,
        "openings": 0,
        "connectors": 0,
        "markers": 0,
    }


def test_lengths_in_scientific_notation_are_numbers_up_to_ten_to_the_ninth(plan):
    text = (
        HEAD + "units: cm\nlevels: [{id: L0, elevation: 0}]\n"
        "spaces:\n  - {id: a, level: L0, rect: [0, 0, 1e9, 5E2]}\n"
        "openings:\n  - {id: D1, level: L0, at: [0, 2.5e2], width: 9e1}\n"
    )
    venue = read_plan(plan(text)).venue
    # 1e9 cm = 10^7 m; 5E2 cm = 5 m; 2.5e2 cm = 2.5 m; 9e1 cm = 0.9 m
    assert venue.space("a").footprint == ((0.0, 0.0), (1e7, 0.0), (1e7, 5.0), (0.0, 5.0))
    assert venue.opening("D1").position == (0.0, 2.5)
    assert venue.opening("D1").width == pytest.approx(0.9)
