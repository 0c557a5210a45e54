"""Block an opening or a connector in a scenario (a fire, a crowd, a locked gate on the day)."""

from __future__ import annotations

from models import Connector, Opening, Scenario
from venueplanner.ops._edit import commit_project, element
from venueplanner.ops._scenario import active_scenario, set_blocked
from venueplanner.session import Session


def block(session: Session, element_id: str, *, scenario_id: str | None = None) -> Scenario:
    """Block opening or connector `element_id` in a scenario; the venue itself is unchanged.

    Parameters
    ----------
    session : Session
    element_id : str
        An opening or a connector.
    scenario_id : str, optional
        The scenario to edit; default the session's active one. A venue with no
        scenario gets one (id ``"scenario-1"``), which becomes the active one.

    Returns
    -------
    Scenario
        The scenario as it is now. Unlike the other operations, this returns the
        scenario, not the venue: the venue is the same.
    """
    element(session, element_id, Opening, Connector)
    scenario = active_scenario(session, scenario_id)
    if scenario.is_blocked(element_id):
        return scenario
    project = set_blocked(session, element_id, True, scenario)
    session.scenario_id = scenario.id
    commit_project(session, project, "block", element_id=element_id, scenario_id=scenario.id)
    return session.project.scenarios[scenario.id]
