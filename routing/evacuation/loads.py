"""Occupant loads per space: the scenario's figure, else the declared capacity or seats, else density by use.

A load that cannot be real (negative, or more people than the floor can hold at
:data:`models.tolerances.MAX_PHYSICAL_DENSITY`) raises
:class:`~routing.evacuation.errors.OccupantLoadError` naming the space.

>>> from models.factories import two_room_venue
>>> loads = occupant_loads(two_room_venue(), ruleset("uk"))
>>> loads["room-a"].persons, loads["room-a"].basis
(4.0, 'density')
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from models.elements import Space
from models.scenario import Scenario
from models.tolerances import MAX_PHYSICAL_DENSITY
from models.venue import Venue
from routing.evacuation.errors import OccupantLoadError
from routing.evacuation.rulesets import RuleSet, ruleset


@dataclass(frozen=True, slots=True)
class SpaceLoad:
    """How many people a space holds and why.

    persons : float
        Occupant load, persons (whole persons when derived from a density:
        the rules round up, "ou fraction").
    basis : str
        ``"scenario"``, ``"capacity"``, ``"seats"`` or ``"density"``.
    source : str
        For a density, the rule's source; else where the figure was declared.
    """

    space_id: str
    persons: float
    basis: str
    source: str = ""


def _check(space: Space, persons: float, basis: str) -> None:
    if not math.isfinite(persons) or persons < 0:
        raise OccupantLoadError(space.id, persons, f"a {basis} figure must be zero or more")
    area = space.area
    most = area * MAX_PHYSICAL_DENSITY
    if persons > most + 1e-9:
        raise OccupantLoadError(
            space.id,
            persons,
            f"more than the {area:,.1f} m² of the space can physically hold "
            f"({MAX_PHYSICAL_DENSITY:g} p/m² gives {math.floor(most):,} persons)",
        )


def space_load(space: Space, rules: RuleSet, override: float | None = None) -> SpaceLoad:
    """The occupant load of one space (see the module docstring for the order)."""
    if override is not None:
        load = SpaceLoad(space.id, float(override), "scenario", "scenario occupant load")
    elif space.capacity is not None:
        load = SpaceLoad(space.id, float(space.capacity), "capacity", "declared capacity")
    elif space.seats is not None:
        load = SpaceLoad(space.id, float(space.seats), "seats", "1 person per fixed seat")
    else:
        rule = rules.rule(space.use)
        persons = float(math.ceil(rule.persons_per_m2 * space.area - 1e-9)) if rule.persons_per_m2 > 0 else 0.0
        load = SpaceLoad(space.id, persons, "density", rule.source)
    _check(space, load.persons, load.basis)
    return load


def occupant_loads(
    venue: Venue, rules: RuleSet | str | None = None, scenario: Scenario | None = None
) -> dict[str, SpaceLoad]:
    """Occupant load of every space of `venue`, keyed by space id.

    Parameters
    ----------
    rules : RuleSet or name, optional
        The rule set whose densities fill spaces with no declared figure
        (default ``"fr-erp"`` with the venue's ERP type).
    scenario : Scenario, optional
        Its ``occupant_loads`` override the venue's figures.

    Raises
    ------
    OccupantLoadError
        A figure is negative, not a number, or above what the area can hold.
    """
    if rules is None or isinstance(rules, str):
        rules = ruleset(rules or "fr-erp", erp_type=venue.erp_type)
    overrides: Mapping[str, int] = scenario.occupant_loads if scenario is not None else {}
    for space_id, persons in overrides.items():
        if space_id not in venue.spaces:
            raise OccupantLoadError(space_id, float(persons), "the scenario loads a space the venue does not have")
    return {sid: space_load(space, rules, overrides.get(sid)) for sid, space in venue.spaces.items()}


def total(loads: Mapping[str, SpaceLoad]) -> float:
    """Sum of the loads, persons."""
    return sum(load.persons for load in loads.values())
