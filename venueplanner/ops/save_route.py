"""Keep a route request in the project (it is saved with it, listed by the briefing export, recomputed on demand)."""

from __future__ import annotations

from collections.abc import Iterable

from models import SavedRoute
from venueplanner.ops._edit import EditError, clean_name, venue_of
from venueplanner.ops._routes import commit_routes
from venueplanner.project import Project
from venueplanner.session import Session

#: Ids of saved routes are this prefix and a number: "route-1", "route-2", ...
ROUTE_ID_PREFIX = "route-"


def default_route_name(origin: str, target: str) -> str:
    """The name a route gets when none is given: ``"STG-1 → REGIE"``."""
    return f"{origin} → {target}"


def next_route_id(project: Project) -> str:
    """The id for a new saved route: one more than the highest number ever used in `project`.

    Both the routes it holds and those its edit log names count, so a route saved after a deletion never
    takes the id of the deleted one (the log would then show two different routes under one id).
    """
    used = [*project.routes, *(str(r.params.get("route_id", "")) for r in project.edit_log)]
    numbers = [int(i[len(ROUTE_ID_PREFIX) :]) for i in used if _is_route_id(i)]
    return f"{ROUTE_ID_PREFIX}{max(numbers, default=0) + 1}"


def _is_route_id(route_id: str) -> bool:
    number = route_id[len(ROUTE_ID_PREFIX) :]
    return route_id.startswith(ROUTE_ID_PREFIX) and number.isascii() and number.isdigit()


def save_route(
    session: Session,
    origin: str,
    target: str,
    *,
    name: str = "",
    profile: str = "",
    avoid: Iterable[str] = (),
    via: Iterable[str] = (),
    scenario_id: str | None = None,
) -> SavedRoute:
    """Save the request of a route under `name` (default ``"origin → target"``); returns the saved route.

    Parameters
    ----------
    session : Session
    origin, target : str
        What the route was computed between: ids or names of markers, spaces,
        openings or connectors, or ``"x,y@level"`` (as :func:`routing.access_route` takes them).
    name : str
        Shown in the routes panel and the briefing pack; "" gives ``"origin → target"``.
    profile : str
        A movement profile of :func:`routing.profile_names` ("" for routing's default).
    avoid, via : iterables of str
        Elements the route must not use; ends it must pass through, in order.
    scenario_id : str, optional
        The scenario it was computed in (None: the plain venue).

    Returns
    -------
    SavedRoute
        With a new id, ``"route-<n>"``.

    Raises
    ------
    EditError
        An end is empty, the name is too long or holds a line break, the
        profile or the scenario is not known.
    """
    from routing import profile_names  # routing loads networkx: not when the desktop window starts

    venue_of(session)
    origin = clean_name("", "origin", origin)
    target = clean_name("", "target", target)
    for field, value in (("origin", origin), ("target", target)):
        if not value:
            raise EditError("", field, value, "a route needs a start and a target")
    name = clean_name("", "name", name) or default_route_name(origin, target)
    if profile and profile not in profile_names():
        raise EditError("", "profile", profile, f"not a movement profile; known: {', '.join(profile_names())}")
    routes = session.project.routes
    if scenario_id is not None and scenario_id not in session.project.scenarios:
        raise EditError(scenario_id, "scenario", scenario_id, "no scenario has this id")
    avoid = tuple(dict.fromkeys(clean_name("", "avoid", a) for a in avoid if str(a).strip()))
    via = tuple(clean_name("", "via", v) for v in via if str(v).strip())
    route_id = next_route_id(session.project)
    route = SavedRoute(route_id, name, origin, target, profile, scenario_id, avoid, via)
    commit_routes(
        session, {**routes, route_id: route}, "save_route", route_id=route_id, name=name, origin=origin,
        target=target, profile=profile, scenario_id=scenario_id, avoid=list(avoid), via=list(via),
    )  # fmt: skip
    return route
