"""Evacuation on the navigation graph: occupant loads, SFPE flow model, capacity-aware exits, scenarios, rule checks.

>>> from models.factories import two_room_venue
>>> result = evacuate(two_room_venue(), rules="fr-erp")
>>> result.persons  # an office and a meeting room: no public under the ERP tables, 1 p/m² for the meeting room
20.0

See ``docs/evacuation.md`` for the method, its sources and its limits.
"""

from routing.evacuation.assign import DEFAULT_PARAMS, METHODS, FlowParams, assign, iter_assign
from routing.evacuation.errors import (
    EvacuationError,
    ExitLeadsNowhereError,
    NoExitError,
    OccupantLoadError,
    TrappedOccupantsError,
    UnknownElementInScenarioError,
    UnknownRuleSetError,
)
from routing.evacuation.loads import SpaceLoad, occupant_loads
from routing.evacuation.results import Bottleneck, EvacuationResult, ExitFlow, SpaceTimes, time_field
from routing.evacuation.rulesets import NAMES as RULESET_NAMES
from routing.evacuation.rulesets import RuleSet, ruleset
from routing.evacuation.run import Prepared, evacuate, iter_evacuate, iter_run, prepare, run

__all__ = [
    "DEFAULT_PARAMS",
    "METHODS",
    "RULESET_NAMES",
    "Bottleneck",
    "EvacuationError",
    "EvacuationResult",
    "ExitFlow",
    "ExitLeadsNowhereError",
    "FlowParams",
    "NoExitError",
    "OccupantLoadError",
    "Prepared",
    "RuleSet",
    "SpaceLoad",
    "SpaceTimes",
    "TrappedOccupantsError",
    "UnknownElementInScenarioError",
    "UnknownRuleSetError",
    "assign",
    "evacuate",
    "iter_assign",
    "iter_evacuate",
    "iter_run",
    "occupant_loads",
    "prepare",
    "ruleset",
    "run",
    "time_field",
]
