"""The scenario that block and unblock edit: the session's active one, made when there is none."""

from __future__ import annotations

from dataclasses import replace

from models import Connector, Opening, Scenario
from venueplanner.ops._edit import EditError, element, venue_of
from venueplanner.project import Project
from venueplanner.session import Session

#: Id of the scenario made when a venue has none and something is blocked.
FIRST_SCENARIO_ID = "scenario-1"


def active_scenario(session: Session, scenario_id: str | None = None) -> Scenario:
    """`scenario_id`, else the session's active scenario, else a new empty one (not yet in the project)."""
    venue_of(session)
    scenarios = session.project.scenarios
    wanted = scenario_id or session.scenario_id
    if wanted is not None:
        if wanted in scenarios:
            return scenarios[wanted]
        if scenario_id is not None:
            raise EditError(scenario_id, "scenario", scenario_id, "no scenario has this id")
    if scenarios:
        return next(iter(scenarios.values()))
    return Scenario(FIRST_SCENARIO_ID)


def set_blocked(session: Session, element_id: str, blocked: bool, scenario: Scenario) -> Project:
    """The project with `element_id` (an opening or connector) blocked or not in `scenario`."""
    found = element(session, element_id, Opening, Connector)
    field = "blocked_openings" if isinstance(found, Opening) else "blocked_connectors"
    ids = set(getattr(scenario, field))
    ids = ids | {element_id} if blocked else ids - {element_id}
    changed = replace(scenario, **{field: frozenset(ids)})
    project = session.project
    return replace(project, scenarios={**project.scenarios, changed.id: changed})
