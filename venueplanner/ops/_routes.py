"""What the saved-route operations share: finding a saved route and committing the project's new routes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from models import SavedRoute
from venueplanner.ops._edit import EditError, commit_project, venue_of
from venueplanner.session import Session


def saved_route(session: Session, route_id: str) -> SavedRoute:
    """The saved route `route_id` of the session's project; an :class:`EditError` when there is none."""
    venue_of(session)
    route = session.project.routes.get(route_id)
    if route is None:
        raise EditError(route_id, "route", route_id, "no saved route has this id")
    return route


def commit_routes(session: Session, routes: Mapping[str, SavedRoute], op: str, **params: Any) -> None:
    """Make `routes` the project's saved routes, recording the edit `op` with its JSON-able `params`."""
    commit_project(session, replace(session.project, routes=routes), op, **params)
