"""Occupant loads: declared figures, then densities by use under each rule set; figures that cannot be real."""

from __future__ import annotations

import pytest

from models import Space, SpaceUse
from models.factories import two_room_venue
from models.geometry import rectangle
from models.scenario import Scenario
from routing.evacuation import OccupantLoadError, UnknownRuleSetError, occupant_loads, ruleset
from routing.evacuation.loads import space_load
from routing.evacuation.rulesets import NAMES


def _space(use, **kw) -> Space:
    return Space("s", "L0", rectangle(0, 0, 10, 10), use=use, **kw)  # 100 m²


@pytest.mark.parametrize(
    ("rules", "use", "persons"),
    [
        ("fr-erp-l", SpaceUse.STANDING, 300),  # L 2: 3 p/m² x 100 m²
        ("fr-erp-l", SpaceUse.HALL, 100),  # salle polyvalente 1 p/m²
        ("fr-erp-p", SpaceUse.HALL, 134),  # P 2: 4 p / 3 m² x 100 = 133.3, a fraction counts as a person
        ("fr-erp-l", SpaceUse.BAR, 200),  # N 2: restauration debout 2 p/m²
        ("uk", SpaceUse.STANDING, 334),  # 100 / 0.3 m²/p = 333.3
        ("uk", SpaceUse.RESTAURANT, 100),  # 100 / 1.0 m²/p
        ("uk", SpaceUse.CONCOURSE, 0),  # circulation: its people are counted in the rooms they come from
        ("nfpa101", SpaceUse.HALL, 154),  # 100 / 0.65 = 153.8
        ("nfpa101", SpaceUse.STANDING, 358),  # 100 / 0.28 = 357.1
        ("fr-erp-l", SpaceUse.TECHNICAL, 0),  # no public
    ],
)
def test_a_space_without_declared_figures_gets_the_rule_sets_density_for_its_use(rules, use, persons):
    load = space_load(_space(use), ruleset(rules))
    assert (load.persons, load.basis) == (persons, "density")


def test_declared_capacity_comes_before_seats_and_seats_before_density():
    rules = ruleset("fr-erp")
    assert space_load(_space(SpaceUse.STANDING, capacity=120, seats=80), rules).persons == 120
    assert space_load(_space(SpaceUse.STANDING, seats=80), rules).basis == "seats"


def test_a_scenario_load_overrides_the_venue():
    loads = occupant_loads(two_room_venue(), "uk", Scenario("busy", occupant_loads={"room-a": 50}))
    assert (loads["room-a"].persons, loads["room-a"].basis) == (50, "scenario")


def test_a_negative_load_is_refused_naming_the_space():
    with pytest.raises(OccupantLoadError, match="'room-a'") as e:
        occupant_loads(two_room_venue(), "uk", Scenario("bad", occupant_loads={"room-a": -5}))
    assert e.value.space_id == "room-a"


def test_more_people_than_the_floor_can_hold_is_refused_with_the_figures():
    # room-a is 5 x 4 = 20 m²: at most 6 p/m² x 20 = 120 persons
    with pytest.raises(OccupantLoadError, match="120 persons") as e:
        occupant_loads(two_room_venue(), "uk", Scenario("bad", occupant_loads={"room-a": 121}))
    assert e.value.persons == 121


def test_a_declared_capacity_above_the_physical_limit_is_refused():
    with pytest.raises(OccupantLoadError, match="'s'"):
        space_load(_space(SpaceUse.HALL, capacity=601), ruleset("uk"))  # 100 m² x 6 = 600


def test_a_scenario_loading_an_unknown_space_is_refused():
    with pytest.raises(OccupantLoadError, match="'ghost'"):
        occupant_loads(two_room_venue(), "uk", Scenario("bad", occupant_loads={"ghost": 3}))


def test_an_unknown_rule_set_lists_the_known_ones():
    with pytest.raises(UnknownRuleSetError, match="fr-erp, fr-erp-l"):
        ruleset("iso-9999")


@pytest.mark.parametrize("name", NAMES)
def test_every_rule_set_gives_every_space_use_a_density_and_a_source(name):
    rules = ruleset(name)
    for use in SpaceUse:
        rule = rules.rule(use)
        assert rule.persons_per_m2 >= 0
        assert rule.source, f"{name}: {use} has no source"


def test_the_venues_erp_type_picks_the_french_variant():
    assert ruleset("fr-erp", erp_type="P").density("hall") == pytest.approx(4 / 3, abs=1e-3)
    assert ruleset("fr-erp", erp_type="Z").variant == "L"  # a type with no table falls back to L
