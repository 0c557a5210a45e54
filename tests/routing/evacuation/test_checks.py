"""Rule checks with figures: French ERP, UK Green Guide and Approved Document B, NFPA 101."""

from __future__ import annotations

import pytest

from models import Opening, OpeningKind
from routing.evacuation import prepare, ruleset
from routing.evacuation.checks import check, co38_required, green_guide_time, up_of_width


@pytest.mark.parametrize(
    ("effectif", "exits", "up"),
    [
        (19, 1, 1),  # < 20: one dégagement of 1 UP
        (50, 2, 2),
        (100, 2, 2),
        (101, 2, 2),  # 1 UP per 100 or fraction: 2
        (500, 2, 5),
        (501, 3, 6),  # 2 + 1 per 500 or fraction above 500
        (1550, 5, 16),  # the worked example: 2 + ceil(1050 / 500) = 5; ceil(1550 / 100) = 16
    ],
)
def test_co38_asks_dégagements_and_unités_de_passage_by_effectif(effectif, exits, up):
    assert co38_required(effectif, ruleset("fr-erp").egress) == (exits, up)


@pytest.mark.parametrize(("width", "up"), [(0.85, 0), (0.86, 1), (0.90, 1), (1.40, 2), (1.60, 2), (1.80, 3), (2.40, 4)])
def test_a_width_counts_for_the_unités_de_passage_of_co36_with_the_5_percent_door_tolerance(width, up):
    # 1 UP = 0.90 m, 2 UP = 1.40 m, n >= 3: n x 0.60 m; 5 % less is accepted (0.90 x 0.95 = 0.855)
    assert up_of_width(width, ruleset("fr-erp").egress) == up


def test_green_guide_egress_time_is_persons_over_width_times_rate():
    # 80,000 persons, 24 gates of 6 m at 82 p/m/min: 80000 / (144 x 82) = 6.775 min = 406.5 s
    assert green_guide_time(80_000, [6.0] * 24, 82) == pytest.approx(406.5, abs=0.1)


def _by(checks, clause, subject):
    return next(c for c in checks if c.clause == clause and c.subject == subject)


def test_the_concert_hall_meets_co38_for_its_exits_and_names_the_doors_that_count_as_one(concert_hall):
    p = prepare(concert_hall, rules="fr-erp")
    checks = check(concert_hall, p.loads, p.rules, p.network)
    # 1,564 persons: 2 + ceil(1064 / 500) = 5 dégagements, ceil(1564 / 100) = 16 UP. The three 1.80 m main
    # doors are 5 m apart on centres (3.2 m between leaves) and ES4 is 4.7 m from E3: one dégagement.
    # Six dégagements: E1+E2+E3+ES4, ES1, ES2, ES3, E4, E5. UP: 7 x 3 (1.80 m) + 2 (1.40 m) + 4 (2.40 m) = 27.
    exits = _by(checks, "CO 38", "venue")
    assert (exits.required, exits.provided, exits.passed) == (5, 6, True)
    assert "E1+E2+E3+ES4" in exits.note
    up = _by(checks, "CO 38 / CO 36", "venue")
    assert (up.required, up.provided, up.margin) == (16, 27, 11)


def test_the_concert_halls_pit_side_doors_fail_the_two_unit_minimum_by_how_much(concert_hall):
    p = prepare(concert_hall, rules="fr-erp")
    checks = check(concert_hall, p.loads, p.rules, p.network)
    d12 = _by(checks, "CO 36 (> 200 p)", "D12")
    # 1,000 persons in the pit: no normal dégagement under 2 UP (1.40 m, 1.33 m with the 5 % tolerance)
    assert not d12.passed
    assert d12.margin == pytest.approx(0.90 - 1.33)


def test_travel_distances_are_checked_against_co43_on_the_ground_floor_and_co49_upstairs(concert_hall):
    p = prepare(concert_hall, rules="fr-erp")
    checks = check(concert_hall, p.loads, p.rules, p.network)
    pit = _by(checks, "CO 43 §2", "pit")
    assert pit.required == 50 and pit.passed  # a choice of exits: 50 m
    balcony = _by(checks, "CO 49 §2", "balcony")
    assert balcony.required == 40 and 10 < balcony.provided < 40  # two stairs reachable: 40 m


def test_uk_checks_give_the_green_guide_time_with_and_without_the_largest_exit(concert_hall):
    p = prepare(concert_hall, rules="uk")
    checks = check(concert_hall, p.loads, p.rules, p.network)
    gg = _by(checks, "Green Guide 10.7", "venue")
    total_width = sum(o.width for o in concert_hall.exits)  # 7 x 1.8 + 1.4 + 2.4 = 16.4 m
    assert gg.provided == pytest.approx(60 * p.network.persons / (total_width * 82))
    lost = _by(checks, "ADB (discount largest)", "venue")
    assert lost.provided == pytest.approx(60 * p.network.persons / ((total_width - 2.4) * 82))
    stairs = _by(checks, "Green Guide 10.7", "L1")
    assert stairs.provided == pytest.approx(60 * 452 / (3.6 * 66))  # 452 upstairs, two 1.8 m stairs


def test_nfpa_checks_egress_width_per_person_and_the_means_of_egress_count(concert_hall):
    p = prepare(concert_hall, rules="nfpa101")
    checks = check(concert_hall, p.loads, p.rules, p.network)
    width = _by(checks, "7.3.3.1", "venue")
    assert width.required == pytest.approx(p.network.persons * 0.00508)  # 0.2 in per person
    stairs = _by(checks, "7.3.3.1", "L1")
    assert stairs.required == pytest.approx(452 * 0.00762) and stairs.passed  # 3.44 m <= 3.60 m
    count = _by(checks, "7.4.1.2", "L1")
    assert (count.required, count.provided) == (2, 2)  # 452 persons: 2 means of egress


def test_a_check_fails_with_a_negative_margin_when_an_exit_is_narrowed(concert_hall):
    narrowed = concert_hall.with_elements(
        *(
            Opening(o.id, o.level_id, o.position, 0.8, o.spaces, kind=OpeningKind(o.kind), name=o.name)
            for o in concert_hall.exits
        )
    )
    p = prepare(narrowed, rules="nfpa101")
    width = _by(check(narrowed, p.loads, p.rules, p.network), "7.3.3.1", "venue")
    assert not width.passed and width.margin == pytest.approx(9 * 0.8 - p.network.persons * 0.00508)
