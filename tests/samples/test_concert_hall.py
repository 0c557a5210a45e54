"""The sample concert hall ``samples/concert-hall.yaml`` (Le Zéphyr), read through the importer registry.

Every expected figure is worked out by hand from the plan in docs/samples.md; the
arithmetic is in the comments. These are the figures ``venueplanner info`` prints.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
import shapely

import importers
from models import MarkerKind, OpeningKind, Venue, geometry, topology, validate
from models.geometry import rectangle
from models.topology import spaces_reaching_exit

#: Public spaces and their declared occupants; everything else is staff or circulation.
PUBLIC = {"pit": 1000, "balcony": 450, "bar": 50}

#: The dégagements the public uses to leave the building, grouped as French ERP rule
#: CO 43 §3 counts them: doors less than 5 m apart are one dégagement.
PUBLIC_EXITS = [("E1", "E2", "E3"), ("ES1",), ("ES2",), ("ES3",), ("ES4",)]


#: The sample itself (a module-scoped fixture cannot use the function-scoped ``sample``).
PLAN = Path(__file__).resolve().parents[2] / "samples" / "concert-hall.yaml"


@pytest.fixture(scope="module")
def hall() -> Venue:
    return importers.load(PLAN).venue


def units_of_passage(width: float) -> int:
    """Unités de passage of one dégagement (ERP CO 36): 0.90 m = 1, 1.40 m = 2, else n x 0.60 m."""
    if width < 0.90:
        return 0
    if width < 1.40:
        return 1
    if width < 1.80:
        return 2
    return math.floor(width / 0.60 + 1e-9)


def test_the_plan_reads_with_nothing_dropped_or_skipped(sample):
    report = importers.load(sample("concert-hall.yaml")).report
    assert report.dropped == []
    assert not report.skipped
    assert report.read["spaces"] == 25
    assert report.read["openings"] == 42


def test_the_venue_is_a_type_l_first_category_venue_with_french_names(hall):
    assert hall.name == "Le Zéphyr"
    assert hall.address == "112, boulevard des Hirondelles, 75011 Paris"
    assert (hall.erp_type, hall.erp_category) == ("L", 1)
    assert hall.north_angle == 25.0
    names = {s.id: s.name for s in hall.spaces.values()}
    assert names["stage"] == "Scène"
    assert names["lobby"] == "Hall d'entrée"
    assert names["security"] == "PC sécurité"
    assert names["regie"] == "Régie"
    assert names["wing-j"] == "Coulisse côté jardin"


def test_the_balcony_level_is_28_risers_of_17_cm_above_the_ground_floor(hall):
    levels = hall.levels_by_elevation
    assert [lv.id for lv in levels] == ["L0", "L1"]
    assert levels[0].elevation == 0.0
    # 28 risers x 0.17 m = 4.76 m
    assert levels[1].elevation == pytest.approx(28 * 0.17)
    for stair_id in ("S-A", "S-B"):
        stair = hall.connector(stair_id)
        assert (stair.riser, stair.going, stair.width) == (0.17, 0.28, 1.8)
        # a comfortable stair: 2 risers + 1 going = 0.62 m, within Blondel's 0.60-0.64 m
        assert 0.60 <= 2 * stair.riser + stair.going <= 0.64
        assert levels[1].elevation / stair.riser == pytest.approx(28)


def test_each_level_holds_its_spaces(hall):
    # L0: ticket, stair-a-0, lobby, stair-b-0, security, bar, toilets-0, kitchen, pit, stage,
    #     wing-j, wing-c, backstage, corridor, dressing-1, dressing-2, dressing-3, tech, dock = 19
    # L1: toilets-1, stair-a-1, foyer-1, stair-b-1, balcony, regie = 6
    assert len(hall.levels) == 2
    assert len(hall.spaces_on("L0")) == 19
    assert len(hall.spaces_on("L1")) == 6
    assert len(hall.spaces) == 25


def test_the_floor_area_of_each_level_is_the_sum_of_its_rooms(hall):
    # L0: ticket 5x4=20, stair-a-0 5x6=30, lobby 18x10=180, stair-b-0 5x6=30, security 5x4=20,
    #     bar 20x8=160, toilets-0 8x4=32, kitchen 8x4=32,
    #     pit 25x14 - 2x(3x3/2) - 2x(0.4x0.4) = 350 - 9 - 0.32 = 340.68,
    #     stage 19x9=171, wings 2 x 3x(12+9)/2 = 2 x 31.5 = 63, backstage 25x5=125,
    #     corridor 3x28 + 28x3 = 168, dressing rooms 30+30+36=96, tech 6x6=36, dock 6x6=36
    #     = 1,539.68 m²  (the 28 m x 55 m building, 1,540 m², less the two columns, 0.32 m²)
    # L1: toilets-1 20, stair-a-1 30, foyer-1 18x10 + 5x4 = 200, stair-b-1 30,
    #     balcony 25x19 - 5x3 - 19x5 = 365, regie 5x3 = 15  = 660 m²
    area = {level: sum(s.area for s in hall.spaces_on(level)) for level in hall.levels}
    assert area["L0"] == pytest.approx(1539.68)
    assert area["L1"] == pytest.approx(660.0)
    assert hall.space("pit").area == pytest.approx(340.68)
    assert hall.space("balcony").area == pytest.approx(365.0)
    assert hall.space("corridor").area == pytest.approx(168.0)


def test_the_ground_floor_rooms_tile_the_building_without_gaps_or_overlaps(hall):
    polys = [geometry.polygon(s.footprint, s.holes) for s in hall.spaces_on("L0")]
    union = shapely.union_all(polys)
    columns = [rectangle(7.8, 23.8, 8.2, 24.2), rectangle(16.8, 23.8, 17.2, 24.2)]
    building = geometry.polygon(rectangle(0, 0, 28, 55), columns)
    # the union is the building outline itself: no room sticks out, none is missing
    assert union.symmetric_difference(building).area == pytest.approx(0.0, abs=1e-9)
    # and the rooms' areas add up to it: nothing is counted twice (1,540 - 0.32)
    assert sum(p.area for p in polys) == pytest.approx(1539.68)


def test_the_declared_capacity_is_1500_public_places_and_64_staff(hall):
    # public: pit 1,000 + balcony 450 seats + bar 50 = 1,500
    # staff: ticket 2 + security 2 + kitchen 2 + stage 20 + wings 4 + 4 + backstage 10
    #        + dressing rooms 4 + 4 + 8 + dock 2 + regie 2 = 64
    # total 1,564 > 1,500 persons counting staff: 1st category
    occupants = {s.id: s.declared_occupants or 0 for s in hall.spaces.values()}
    assert {k: occupants[k] for k in PUBLIC} == PUBLIC
    assert sum(PUBLIC.values()) == 1500
    assert sum(n for k, n in occupants.items() if k not in PUBLIC) == 64
    assert hall.declared_capacity == 1564
    # per level: L1 = 450 seats + 2 in the régie = 452; L0 = 1,564 - 452 = 1,112
    per_level = {lv: sum(s.declared_occupants or 0 for s in hall.spaces_on(lv)) for lv in hall.levels}
    assert per_level == {"L0": 1112, "L1": 452}
    assert hall.space("balcony").seats == 450
    # circulations and toilets carry no occupants of their own (ERP counts them in the rooms)
    for space_id in ("lobby", "corridor", "foyer-1", "stair-a-0", "stair-b-1", "toilets-0"):
        assert hall.space(space_id).capacity == 0


def test_the_pit_holds_at_most_3_persons_per_square_metre(hall):
    pit = hall.space("pit")
    # type L standing: 3 p/m² x 340.68 m² = 1,022 persons; 1,000 declared
    assert pit.capacity <= 3 * pit.area
    assert math.floor(3 * pit.area) == 1022
    assert len(pit.holes) == 2


def test_openings_per_level_and_kind(hall):
    # L0: 9 exits + doors D01-D21 (21) + passages P01-P05 (5) = 35
    # L1: doors D22-D26 (5) + vomitories V1, V2 (2) = 7
    assert len(hall.openings_on("L0")) == 35
    assert len(hall.openings_on("L1")) == 7
    assert len(hall.openings) == 42
    by_kind = Counter(o.kind for o in hall.openings.values())
    # exit: E1-E5; emergency_exit: ES1-ES4; door: D01-D26; passage: P01-P05, V1, V2
    assert by_kind == {
        OpeningKind.EXIT: 5,
        OpeningKind.EMERGENCY_EXIT: 4,
        OpeningKind.DOOR: 26,
        OpeningKind.PASSAGE: 7,
    }


def test_nine_openings_lead_outside_and_all_are_on_the_ground_floor(hall):
    exits = {o.id for o in hall.exits}
    assert exits == {"E1", "E2", "E3", "ES1", "ES2", "ES3", "ES4", "E4", "E5"}
    assert {o.level_id for o in hall.exits} == {"L0"}
    # every opening that is an exit or an emergency exit by kind really leads outside
    for opening in hall.openings.values():
        if opening.kind in (OpeningKind.EXIT, OpeningKind.EMERGENCY_EXIT):
            assert opening.is_exit, opening.id


def test_the_public_exits_meet_erp_rule_co_38_for_1500_persons(hall):
    # CO 38: 1,500 persons -> 2 + ceil((1500 - 500) / 500) = 4 dégagements, ceil(1500 / 100) = 15 UP
    persons = sum(PUBLIC.values())
    needed_exits = 2 + math.ceil((persons - 500) / 500)
    needed_units = math.ceil(persons / 100)
    assert (needed_exits, needed_units) == (4, 15)
    # the three main doors stand 5 m apart on centres: 5 - 1.80 = 3.2 m between leaves < 5 m,
    # so they count as one dégagement; the pit's two doors are 7 - 1.80 = 5.2 m apart: two.
    e1, e2, e3 = (hall.opening(i).position for i in ("E1", "E2", "E3"))
    assert math.dist(e1, e2) - 1.8 < 5 and math.dist(e2, e3) - 1.8 < 5
    assert math.dist(hall.opening("ES1").position, hall.opening("ES2").position) - 1.8 >= 5
    # 1.80 m = 3 x 0.60 m = 3 UP: main entrance 3 x 3 = 9, ES1 3, ES2 3, ES3 3, ES4 3 = 21 UP
    units = sum(units_of_passage(hall.opening(i).width) for group in PUBLIC_EXITS for i in group)
    assert len(PUBLIC_EXITS) == 5 >= needed_exits
    assert units == 21 >= needed_units
    # more than 200 persons: no public dégagement narrower than 2 UP (1.40 m)
    assert all(hall.opening(i).width >= 1.40 for group in PUBLIC_EXITS for i in group)


def test_the_balcony_has_two_degagements_of_5_units_for_its_450_seats(hall):
    # 450 persons: 2 dégagements, ceil(450 / 100) = 5 UP; the two stairs are 1.80 m = 3 UP each = 6 UP
    stairs = [hall.connector(i) for i in ("S-A", "S-B")]
    assert sum(units_of_passage(s.width) for s in stairs) == 6 >= math.ceil(450 / 100)
    # the stairs stand at opposite sides of the building: 25.5 - 2.5 = 23 m apart
    (a, _), (b, _) = (s.landings for s in stairs)
    assert abs(b.position[0] - a.position[0]) == 23.0


def test_connectors_by_kind_and_the_lift_serves_the_lobby_and_the_balcony_foyer(hall):
    assert Counter(c.kind.value for c in hall.connectors.values()) == {"stair": 2, "lift": 1}
    lift = hall.connector("LIFT")
    assert [(x.level_id, x.space_id) for x in lift.landings] == [("L0", "lobby"), ("L1", "foyer-1")]
    assert lift.capacity == 8


def test_the_plan_has_no_problem_at_all(hall):
    assert validate(hall) == []


def test_every_space_reaches_an_exit(hall):
    assert spaces_reaching_exit(hall) == set(hall.spaces)


def test_every_space_still_reaches_an_exit_when_any_one_exit_is_blocked(hall):
    for opening in hall.exits:
        assert spaces_reaching_exit(hall, blocked={opening.id}) == set(hall.spaces), opening.id


def test_the_balcony_reaches_an_exit_step_free_by_the_lift(hall):
    step_free = spaces_reaching_exit(hall, blocked={"S-A", "S-B"})
    assert {"balcony", "regie", "foyer-1", "toilets-1"} <= step_free
    # without the lift and the stairs the balcony level has no way out
    assert "balcony" not in spaces_reaching_exit(hall, blocked={"S-A", "S-B", "LIFT"})


def test_every_opening_joins_the_spaces_its_position_gives(hall):
    index = topology.SpaceIndex.of(hall)
    for opening in hall.openings.values():
        derived = topology.spaces_joined_at(index, opening.level_id, opening.position)
        assert tuple(sorted(opening.spaces)) == derived, opening.id


def test_markers_sit_where_the_intervention_needs_them(hall):
    by_kind = Counter(m.kind for m in hall.markers.values())
    assert by_kind[MarkerKind.STAGING_POINT] == 2
    for kind in (
        MarkerKind.RALLY_POINT,
        MarkerKind.SECURITY_POST,
        MarkerKind.FIRE_PANEL,
        MarkerKind.SMOKE_CONTROL,
        MarkerKind.POWER_CUTOFF,
        MarkerKind.GAS_VALVE,
        MarkerKind.TARGET,
        MarkerKind.HAZARD_ZONE,
    ):
        assert by_kind[kind] == 1, kind
    index = topology.SpaceIndex.of(hall)
    expected = {"SEC": "security", "SSI": "security", "DSF": "security", "TGBT": "tech", "GAZ": "kitchen"}
    expected |= {"REGIE": "regie", "HZ-CO2": "kitchen"}
    for marker_id, space_id in expected.items():
        marker = hall.marker(marker_id)
        assert index.space_at(marker.level_id, marker.position).id == space_id, marker_id
    # the staging points and the rally point are outside the building
    for marker_id in ("STG-1", "STG-2", "RALLY"):
        marker = hall.marker(marker_id)
        assert index.space_at(marker.level_id, marker.position) is None, marker_id
