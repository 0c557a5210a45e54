"""Rename a saved route."""

from __future__ import annotations

from dataclasses import replace

from models import SavedRoute
from venueplanner.ops._edit import clean_name
from venueplanner.ops._routes import commit_routes, saved_route
from venueplanner.ops.save_route import default_route_name
from venueplanner.session import Session


def rename_route(session: Session, route_id: str, name: str) -> SavedRoute:
    """Give saved route `route_id` the name `name` ("" gives ``"origin → target"``); returns it renamed.

    Raises
    ------
    EditError
        No saved route has this id, or the name is too long or holds a line break.
    """
    route = saved_route(session, route_id)
    name = clean_name(route_id, "name", name) or default_route_name(route.origin, route.target)
    if name == route.name:
        return route
    renamed = replace(route, name=name)
    commit_routes(session, {**session.project.routes, route_id: renamed}, "rename_route", route_id=route_id, name=name)
    return renamed
