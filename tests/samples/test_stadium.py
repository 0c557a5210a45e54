"""The stadium generator ``samples/stadium.py`` at 5,000, 20,000 and 80,000 places.

The expected counts are worked out by hand from the generator's parameters, as
docs/stadium-generator.md does; the arithmetic is in the comments:

- lower tier seats = places x 2 // 5, upper tier = the rest;
- sectors per tier = ceil(seats / 750), at least 12 and at most 32, seats shared
  out equally (the first ``seats % sectors`` sectors get one more);
- vomitories per sector = ceil(sector seats / 1,161.6) (2.2 m x 66 p/m/min x 8 min);
- gates = 4 x ceil(places / 15,744) (4 gates of 6 m x 82 p/m/min x 8 min);
- stairs per upper sector = ceil(sector seats / 1,584) (3.0 m x 66 p/m/min x 8 min);
- 4 lifts; lift lobbies behind the ground concourse when the upper concourse is
  not above it (20,000 and 80,000, not 5,000).
"""

from __future__ import annotations

import importlib.util
import math
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, Venue, VenuePlannerError, validate
from models.topology import SpaceIndex, spaces_reaching_exit

GENERATOR = Path(__file__).resolve().parents[2] / "samples" / "stadium.py"
COMMITTED = GENERATOR.with_name("stadium.venue")


def _load_generator():
    # others import the generator by its file path, without registering it anywhere: so do the tests
    spec = importlib.util.spec_from_file_location("stadium_generator", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


stadium = _load_generator()


@cache
def built(places: int) -> Venue:
    return stadium.build_stadium(places)


SIZES = [5_000, 20_000, 80_000]

#: places -> (lower sectors, upper sectors, vomitories, gates, stairs, lifts, lift lobbies)
COUNTS = {
    # lower 2,000 seats: ceil(2,000 / 750) = 3 -> 12 sectors of 166-167 -> 1 vomitory each = 12
    # upper 3,000 seats: ceil(3,000 / 750) = 4 -> 12 sectors of 250 -> 12 vomitories; 12 x 1 stair
    # gates 4 x ceil(5,000 / 15,744) = 4 x 1 = 4
    5_000: (12, 12, 12 + 12, 4, 12, 4, 0),
    # lower 8,000: ceil(10.67) = 11 -> 12 sectors of 666-667 -> 12 vomitories
    # upper 12,000: ceil(16) = 16 sectors of 750 -> 16 vomitories; 16 x ceil(750 / 1,584) = 16 stairs
    # gates 4 x ceil(20,000 / 15,744) = 4 x 2 = 8
    20_000: (12, 16, 12 + 16, 8, 16, 4, 4),
    # lower 32,000: ceil(42.67) = 43 -> 32 sectors of 1,000 -> ceil(1,000 / 1,161.6) = 1 -> 32 vomitories
    # upper 48,000: ceil(64) -> 32 sectors of 1,500 -> ceil(1,500 / 1,161.6) = 2 -> 64 vomitories;
    #   32 x ceil(1,500 / 1,584) = 32 stairs
    # gates 4 x ceil(80,000 / 15,744) = 4 x ceil(5.08) = 24
    80_000: (32, 32, 32 + 64, 24, 32, 4, 4),
}


def of_kind(venue: Venue, kind: OpeningKind):
    return [o for o in venue.openings.values() if o.kind == kind]


def sectors(venue: Venue, level: str):
    return [s for s in venue.spaces_on(level) if s.use == SpaceUse.SEATING]


@pytest.mark.parametrize("places", SIZES)
def test_the_seats_add_up_to_exactly_the_places_asked_for(places):
    venue = built(places)
    assert sum(s.seats or 0 for s in venue.spaces.values()) == places
    assert venue.declared_capacity == places  # nothing but seats declares occupants
    # the lower tier holds 2/5: 5,000 -> 2,000, 20,000 -> 8,000, 80,000 -> 32,000
    assert sum(s.seats for s in sectors(venue, "L0")) == places * 2 // 5


@pytest.mark.parametrize("places", [5_001, 33_333, 79_999])
def test_odd_sizes_add_up_exactly_too(places):
    venue = stadium.build_stadium(places)
    assert sum(s.seats or 0 for s in venue.spaces.values()) == places
    seats = [s.seats for s in venue.spaces.values() if s.seats]
    assert max(seats) - min(seats) < places // 20  # shared out evenly within each tier


@pytest.mark.parametrize("places", SIZES)
def test_the_venue_validates_without_any_problem(places):
    assert validate(built(places)) == []


@pytest.mark.parametrize("places", SIZES)
def test_the_counts_are_those_worked_out_by_hand(places):
    venue = built(places)
    lower, upper, vomitories, gates, stairs, lifts, lobbies = COUNTS[places]
    assert [lv.id for lv in venue.levels_by_elevation] == ["L0", "L1"]
    assert (venue.level("L0").elevation, venue.level("L1").elevation) == (0.0, 10.0)
    assert len(sectors(venue, "L0")) == lower
    assert len(sectors(venue, "L1")) == upper
    assert len([o for o in of_kind(venue, OpeningKind.PASSAGE) if o.id.startswith("vom-")]) == vomitories
    assert len(of_kind(venue, OpeningKind.GATE)) == gates
    kinds = Counter(c.kind for c in venue.connectors.values())
    assert kinds == {ConnectorKind.STAIR: stairs, ConnectorKind.LIFT: lifts}
    uses = Counter(s.use for s in venue.spaces.values())
    # one concourse segment per sector of the tier it serves, one room behind each segment
    assert uses[SpaceUse.CONCOURSE] == lower + upper
    rooms = sum(uses[u] for u in (SpaceUse.TOILETS, SpaceUse.SECURITY, SpaceUse.OFFICE, SpaceUse.FIRST_AID))
    assert rooms + uses[SpaceUse.TECHNICAL] == lower + upper
    assert uses[SpaceUse.LOBBY] == lobbies
    # pitch + tunnel + sectors + segments + rooms + lobbies
    assert len(venue.spaces) == 2 + 3 * (lower + upper) + lobbies
    # vomitories + passages between segments + 2 tunnel openings + room doors + lobby doors + gates
    assert len(venue.openings) == vomitories + 2 * (lower + upper) + 2 + lobbies + gates


@pytest.mark.parametrize("places", SIZES)
def test_every_space_reaches_an_exit(places):
    venue = built(places)
    assert spaces_reaching_exit(venue) == set(venue.spaces)


@pytest.mark.parametrize("places", SIZES)
def test_every_space_reaches_an_exit_with_any_one_gate_closed(places):
    venue = built(places)
    for gate in of_kind(venue, OpeningKind.GATE):
        assert spaces_reaching_exit(venue, blocked=[gate.id]) == set(venue.spaces), gate.id


def test_the_same_size_builds_the_same_venue_and_another_size_another():
    assert stadium.build_stadium(20_000) == stadium.build_stadium(20_000)
    assert stadium.build_stadium(20_000) != stadium.build_stadium(20_001)
    assert stadium.build_stadium(20_000, name="Stade Test").name == "Stade Test"
    assert built(20_000).name == "Stadium (20,000 places)"


@pytest.mark.parametrize("places", SIZES)
def test_seat_density_is_that_of_real_fixed_seating(places):
    # a seat 0.50 m wide in a row 0.80 m deep takes 0.40 m² net; aisles and vomitory
    # mouths bring a real tier to about 0.5 m² per seat (2 seats/m², far below 6 p/m²)
    for sector in sectors(built(places), "L0") + sectors(built(places), "L1"):
        per_seat = sector.area / sector.seats
        assert 0.45 <= per_seat <= 0.70, (sector.id, per_seat)


@pytest.mark.parametrize("places", SIZES)
def test_vomitories_join_each_sector_to_its_concourse_and_clear_it_in_8_minutes(places):
    venue = built(places)
    width = Counter()
    for vom in (o for o in venue.openings.values() if o.id.startswith("vom-")):
        assert 1.8 <= vom.width <= 2.4
        sector, concourse = (venue.space(s) for s in vom.spaces)
        assert (sector.use, concourse.use) == (SpaceUse.SEATING, SpaceUse.CONCOURSE)
        assert sector.level_id == concourse.level_id == vom.level_id
        width[sector.id] += vom.width
    for sector in sectors(venue, "L0") + sectors(venue, "L1"):
        # Green Guide: 66 persons per metre per minute on steps, 8 minutes
        assert width[sector.id] * 66 * 8 >= sector.seats, sector.id


@pytest.mark.parametrize("places", SIZES)
def test_gates_lead_out_of_the_ground_concourse_and_pass_everyone_in_8_minutes(places):
    venue = built(places)
    gates = of_kind(venue, OpeningKind.GATE)
    assert all(g.is_exit and venue.space(g.spaces[0]).use == SpaceUse.CONCOURSE for g in gates)
    assert {g.level_id for g in gates} == {"L0"}
    # Green Guide: 82 persons per metre per minute on the level, 8 minutes
    assert sum(g.width for g in gates) * 82 * 8 >= places
    assert {o.id for o in venue.exits} == {g.id for g in gates}  # no other way out


@pytest.mark.parametrize("places", SIZES)
def test_stairs_carry_the_upper_tier_down_in_8_minutes(places):
    venue = built(places)
    stairs = [c for c in venue.connectors.values() if c.kind == ConnectorKind.STAIR]
    upper_seats = places - places * 2 // 5
    assert sum(c.width for c in stairs) * 66 * 8 >= upper_seats
    for stair in stairs:
        assert 2.0 <= stair.width <= 3.0
        # 59 risers of 10 / 59 = 0.1695 m climb the 10 m between the concourses; going 0.28 m
        assert stair.riser * 59 == pytest.approx(10.0)
        assert stair.going == 0.28
        spaces = [venue.space(landing.space_id) for landing in stair.landings]
        assert [s.level_id for s in spaces] == ["L0", "L1"]
        assert {s.use for s in spaces} == {SpaceUse.CONCOURSE}


@pytest.mark.parametrize("places", SIZES)
def test_lifts_rise_straight_up_from_the_ground_to_the_upper_concourse(places):
    venue = built(places)
    for lift in (c for c in venue.connectors.values() if c.kind == ConnectorKind.LIFT):
        low, high = lift.landings
        assert low.position == high.position  # a shaft is vertical
        assert venue.space(high.space_id).use == SpaceUse.CONCOURSE
        assert venue.space(low.space_id).use in (SpaceUse.CONCOURSE, SpaceUse.LOBBY)
        assert lift.capacity == 21


@pytest.mark.parametrize("places", SIZES)
def test_the_pitch_is_reached_through_the_tunnel(places):
    venue = built(places)
    pitch = venue.space("pitch")
    assert pitch.use == SpaceUse.OUTDOOR and pitch.declared_occupants is None
    joined = [o for o in venue.openings.values() if "pitch" in o.spaces]
    assert [o.spaces for o in joined] == [("pitch", "tunnel")]
    # a 105 x 68 m pitch fits inside its enclosure
    assert all(pitch.contains((x, y)) for x in (-52.5, 52.5) for y in (-34, 34))


@pytest.mark.parametrize("places", SIZES)
def test_markers_stand_where_an_intervention_looks_for_them(places):
    venue = built(places)
    index = SpaceIndex.of(venue)
    kinds = Counter(m.kind for m in venue.markers.values())
    assert kinds == {
        MarkerKind.STAGING_POINT: 4,
        MarkerKind.SECURITY_POST: 1,
        MarkerKind.FIRE_PANEL: 1,
        MarkerKind.POWER_CUTOFF: 1,
        MarkerKind.TARGET: 1,
    }
    where = {m.id: index.space_at(m.level_id, m.position) for m in venue.markers.values()}
    assert where["marker-security-post"].id == "security-post"
    assert where["marker-fire-panel"].id == "security-post"
    assert where["marker-power-cutoff"].id == "plant-room"
    assert where["marker-control-room"].id == "control-room"
    staging = [m for m in venue.markers.values() if m.kind == MarkerKind.STAGING_POINT]
    assert all(where[m.id] is None and index.space_at("L1", m.position) is None for m in staging)
    # each stands outside its own gate, 15 m beyond the outermost wall (at most 88 m from the corner
    # centres at 80,000 places, with the gates at 54.8 m: 88 + 15 - 54.8 = 48.2 m)
    gates = of_kind(venue, OpeningKind.GATE)
    nearest = [min(gates, key=lambda g: math.dist(m.position, g.position)) for m in staging]
    assert len({g.id for g in nearest}) == 4
    assert all(math.dist(m.position, g.position) <= 48.2 + 1e-9 for m, g in zip(staging, nearest, strict=True))


@pytest.mark.parametrize(
    ("places", "lower_rows", "upper_rows"),
    [
        # a ring of depth d from radius r has area (320 + 2 pi r) d + pi d²; solved for seats x 0.5 m²
        # and rounded up to whole rows of 0.8 m. The upper tier starts lower.rows // 3 rows inside the
        # back of the lower tier.
        # 20,000: lower 4,000 m² from r = 12: d = 9.41 m = 11.8 -> 12 rows, back at 21.6 m;
        #   upper from 21.6 - 4 x 0.8 = 18.4: 6,000 m² -> d = 12.62 m = 15.8 -> 16 rows
        (20_000, 12, 16),
        # 80,000: lower 16,000 m² -> d = 32.22 m = 40.3 -> 41 rows, back at 44.8 m;
        #   upper from 44.8 - 13 x 0.8 = 34.4: 24,000 m² -> d = 36.82 m = 46.03 -> 47 rows
        (80_000, 41, 47),
    ],
)
def test_tiers_are_as_deep_as_their_seats_need_in_whole_rows(places, lower_rows, upper_rows):
    lower, upper, _ = stadium.layout(places)
    assert (lower.rows, upper.rows) == (lower_rows, upper_rows)


def test_the_80000_place_bowl_measures_what_the_hand_calculation_says():
    venue = built(80_000)
    xs = [x for s in venue.spaces.values() for x, _ in s.footprint]
    ys = [y for s in venue.spaces.values() for _, y in s.footprint]
    # upper tier back at 34.4 + 47 x 0.8 = 72.0 m, + 8 m upper concourse + 8 m rooms = 88 m from the corner
    # centres (±50, ±30): 2 x (50 + 88) by 2 x (30 + 88) m
    assert (max(xs) - min(xs), max(ys) - min(ys)) == (pytest.approx(276.0), pytest.approx(236.0))


@pytest.mark.parametrize("places", [0, 4_999, 100_001, 20_000.5, "20000"])
def test_a_size_out_of_range_is_refused_with_a_clear_error(places):
    with pytest.raises(VenuePlannerError, match="the generator makes 5,000 to 100,000"):
        stadium.build_stadium(places)


def test_the_command_line_writes_a_project_that_loads_back_equal(tmp_path, capsys):
    from venueplanner.project import load_project

    out = tmp_path / "small.venue"
    assert stadium.main(["--places", "5000", "-o", str(out)]) == 0
    assert "5,000 seats" in capsys.readouterr().out
    assert load_project(out).venue == built(5_000)


def test_the_command_line_reports_a_bad_size_without_a_traceback(tmp_path, capsys):
    assert stadium.main(["--places", "10", "-o", str(tmp_path / "x.venue")]) == 2
    assert capsys.readouterr().err.startswith("error: a stadium of 10 places")
    assert not (tmp_path / "x.venue").exists()


def test_the_committed_sample_is_what_the_generator_makes_today():
    from venueplanner.project import load_project

    # regenerate with: python samples/stadium.py -o samples/stadium.venue
    assert load_project(COMMITTED).venue == built(20_000)
