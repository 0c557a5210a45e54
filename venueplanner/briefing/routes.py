"""The routes of the route cards: computed with :mod:`routing`, with each step placed on the plan.

A :class:`RoutePlan` is one card's content: the route, its directions in the
pack's language, and for each step where it happens (plan point, level, grid
cell) so the step list can say "C4" and the plans can number the steps.

Where a step happens: :func:`routing.directions.directions` counts the metres
walked since the previous step over the walking legs only (walks and outdoor
legs; doors and rides add time, not distance), so the place of a step is the
point at the running total of those metres along the walking legs. A door step
is placed at its door. The last step (the total) has no place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from models import Scenario, Venue
from routing import NoRouteError, Route, RoutingError, access_route, build_graph, get_profile
from routing.directions import Step, directions
from venueplanner.briefing.errors import PackRouteError
from venueplanner.briefing.grid import Grid
from venueplanner.briefing.options import RouteRequest

__all__ = ["PlacedStep", "RoutePlan", "plan_route", "plan_routes"]

#: Steps that may get a 3D view, as routing.directions names their kinds.
DECISION_KINDS = ("enter", "connector", "door", "turn", "leave")


@dataclass(frozen=True, slots=True)
class PlacedStep:
    """A step of the directions with where it happens.

    number : 1-based, as printed; 0 for the closing total.
    point : (x, y, z) metres in the venue frame, or None for the total.
    level : level id ("" for the total).
    ref : grid cell (``"C4"``), "" for the total.
    cumulative : seconds from the start when the step is reached.
    heading : unit (dx, dy) of the way on after the step, or None.
    """

    number: int
    step: Step
    point: tuple[float, float, float] | None
    level: str
    ref: str
    cumulative: float
    heading: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class RoutePlan:
    """One route card's content."""

    index: int
    request: RouteRequest
    route: Route
    steps: tuple[PlacedStep, ...]
    title: str

    @property
    def levels(self) -> tuple[str, ...]:
        """Levels the route walks on, each once, in the order first reached."""
        seen: list[str] = []
        for lv in self.route.levels:
            if lv not in seen:
                seen.append(lv)
        return tuple(seen)

    def decision_points(self, most: int) -> list[PlacedStep]:
        """Up to `most` steps worth a 3D view: rides first, then the way in, then turns and doors, in route order."""
        if most <= 0:
            return []
        steps = [s for s in self.steps if s.point is not None and s.step.kind in DECISION_KINDS]
        priority = {"connector": 0, "enter": 1, "turn": 2, "door": 3, "leave": 4}
        chosen = sorted(steps, key=lambda s: (priority[s.step.kind], s.number))[:most]
        return sorted(chosen, key=lambda s: s.number)


def _walk_polyline(route: Route) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The walking legs' points (n, 3), the cumulative metres at each, and each point's level."""
    pts: list[np.ndarray] = []
    levels: list[str] = []
    for leg in route.legs:
        if leg.kind not in ("walk", "outside") or len(leg.geometry) == 0:
            continue
        pts.append(np.asarray(leg.geometry, dtype=float))
        levels += [leg.level] * len(leg.geometry)
    if not pts:
        xyz = route.geometry if len(route.geometry) else np.zeros((1, 3))
        return xyz[:1], np.zeros(1), [route.legs[0].level if route.legs else ""]
    xyz = np.concatenate(pts)
    # metres are counted piece by piece within each leg; the jump between two legs (a ride) counts nothing
    seg = np.hypot(*np.diff(xyz[:, :2], axis=0).T)
    same_leg = np.ones(len(xyz) - 1, dtype=bool)
    ends = np.cumsum([len(p) for p in pts])[:-1]
    same_leg[ends - 1] = False
    cumulative = np.concatenate([[0.0], np.cumsum(np.where(same_leg, seg, 0.0))])
    return xyz, cumulative, levels


def _locate(xyz: np.ndarray, cum: np.ndarray, levels: list[str], d: float):
    """The point at `d` walked metres, its level and the heading on (first leg reaching `d` wins)."""
    i = int(np.searchsorted(cum, d - 1e-6, side="left"))
    i = min(max(i, 0), len(xyz) - 1)
    if i > 0 and cum[i] > d + 1e-9 and cum[i] > cum[i - 1]:
        t = (d - cum[i - 1]) / (cum[i] - cum[i - 1])
        p = xyz[i - 1] + t * (xyz[i] - xyz[i - 1])
    else:
        p = xyz[i]
    heading = None
    for j in range(i, len(xyz) - 1):
        step = xyz[j + 1, :2] - xyz[j, :2]
        n = float(np.hypot(*step))
        if n > 0.3 and cum[j + 1] > cum[j]:
            heading = (float(step[0] / n), float(step[1] / n))
            break
    return p, levels[i], heading


def place_steps(route: Route, steps: Sequence[Step], venue: Venue, grid: Grid) -> tuple[PlacedStep, ...]:
    """Each step with its plan point, level and grid cell (see the module's notes)."""
    xyz, cum, levels = _walk_polyline(route)
    placed: list[PlacedStep] = []
    walked = 0.0
    elapsed = 0.0
    for n, step in enumerate(steps, start=1):
        if step.kind == "total":
            placed.append(PlacedStep(0, step, None, "", "", route.time))
            continue
        walked += step.distance
        elapsed += step.time
        p, level, heading = _locate(xyz, cum, levels, walked)
        if step.element in venue.openings:
            o = venue.openings[step.element]
            level = o.level_id
            p = np.array([o.position[0], o.position[1], venue.levels[o.level_id].elevation])
        ref = grid.ref(p[:2])
        placed.append(PlacedStep(n, step, (float(p[0]), float(p[1]), float(p[2])), level, ref, elapsed, heading))
    return tuple(placed)


def plan_route(graph, venue: Venue, grid: Grid, request: RouteRequest, index: int, lang: str) -> RoutePlan:
    """Compute `request` on `graph` and place its directions; a failure names the route and why."""
    try:
        profile = get_profile(request.profile or None)
        route = access_route(
            graph, request.origin, request.target, profile=profile, avoid=request.avoid, via=request.via
        )
    except NoRouteError as e:
        raise PackRouteError(request.describe(), f"no way through: {e}") from None
    except (RoutingError, KeyError) as e:
        raise PackRouteError(request.describe(), str(e)) from None
    steps = directions(route, venue, lang=lang)
    title = request.name or f"{_end_name(venue, request.origin)} → {_end_name(venue, request.target)}"
    return RoutePlan(index, request, route, place_steps(route, steps, venue, grid), title)


def _named_scenario(scenarios: Mapping[str, Scenario] | None, request: RouteRequest) -> Scenario:
    try:
        return (scenarios or {})[request.scenario_id]
    except KeyError:
        raise PackRouteError(request.describe(), f"the project has no scenario {request.scenario_id!r}") from None


def _end_name(venue: Venue, text: str) -> str:
    for collection in (venue.markers, venue.spaces, venue.openings, venue.connectors):
        if text in collection:
            el = collection[text]
            return getattr(el, "label", "") or getattr(el, "name", "") or text
    return text


def plan_routes(
    venue: Venue,
    grid: Grid,
    requests: Sequence[RouteRequest],
    lang: str,
    *,
    scenario=None,
    scenarios: Mapping[str, Scenario] | None = None,
    routes: Sequence[Route] = (),
) -> list[RoutePlan]:
    """The route plans of `requests` and of routes already computed.

    A request is computed in `scenario` (the pack's), or in ``scenarios[request.scenario_id]``
    when it names one (a saved route keeps the scenario it was made in); one graph per scenario.
    """
    plans: list[RoutePlan] = []
    graphs: dict[str | None, object] = {}
    for i, request in enumerate(requests):
        key = request.scenario_id
        if key not in graphs:
            graphs[key] = build_graph(venue, scenario if key is None else _named_scenario(scenarios, request))
        plans.append(plan_route(graphs[key], venue, grid, request, i, lang))
    for route in routes:
        request = RouteRequest(route.source, route.target, route.profile)
        steps = directions(route, venue, lang=lang)
        title = f"{_end_name(venue, route.source)} → {_end_name(venue, route.target)}"
        plans.append(RoutePlan(len(plans), request, route, place_steps(route, steps, venue, grid), title))
    return plans
