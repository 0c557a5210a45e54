"""Delete a saved route."""

from __future__ import annotations

from venueplanner.ops._routes import commit_routes, saved_route
from venueplanner.session import Session


def delete_route(session: Session, route_id: str) -> None:
    """Remove saved route `route_id` from the project (undo brings it back).

    Raises
    ------
    EditError
        No saved route has this id.
    """
    route = saved_route(session, route_id)
    routes = {k: r for k, r in session.project.routes.items() if k != route_id}
    commit_routes(session, routes, "delete_route", route_id=route_id, name=route.name)
