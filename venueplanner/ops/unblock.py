"""Unblock an opening or a connector that a scenario blocked."""

from __future__ import annotations

from models import Connector, Opening, Scenario
from venueplanner.ops._edit import commit_project, element
from venueplanner.ops._scenario import active_scenario, set_blocked
from venueplanner.session import Session


def unblock(session: Session, element_id: str, *, scenario_id: str | None = None) -> Scenario:
    """Make opening or connector `element_id` usable again in a scenario.

    Returns the scenario as it is now (see :func:`~venueplanner.ops.block`).
    """
    element(session, element_id, Opening, Connector)
    scenario = active_scenario(session, scenario_id)
    if not scenario.is_blocked(element_id):
        return scenario
    project = set_blocked(session, element_id, False, scenario)
    commit_project(session, project, "unblock", element_id=element_id, scenario_id=scenario.id)
    return session.project.scenarios[scenario.id]
