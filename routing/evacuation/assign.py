"""Who leaves by which exit: nearest exit, or capacity-aware assignment that spreads people over the exits.

Both start from the same shortest-time tree: one Dijkstra search backwards
from every exit at once, where a link costs its free walking time and a node or
link costs, in addition, a *price* in seconds.

``nearest``
    prices are zero: everyone takes the quickest route of an empty building.
``quickest``
    capacity-aware: the prices are the mean queuing waits that the previous
    run of the flow model measured at each door, corridor and stair. Each
    iteration moves a share 1/(i + 3) of every group of people onto the route
    that is quickest under the current prices (the method of successive
    averages used in dynamic traffic assignment), and runs the flow model
    again. People move away from the exits that queue towards the ones that
    do not, until the waits balance (a Wardrop equilibrium). The search runs
    with fewer, larger groups; the routes of the run with the shortest total
    evacuation time are kept and run again at full resolution.
"""

from __future__ import annotations

import heapq
import logging
import math
from dataclasses import dataclass, field, replace

import numpy as np

from models.progress import Job, Progress, run_sync
from routing.evacuation import sfpe
from routing.evacuation.errors import NoExitError, TrappedOccupantsError
from routing.evacuation.flow import FlowOutput, Packets, Route, simulate
from routing.evacuation.network import FlowNetwork

log = logging.getLogger(__name__)

METHODS = ("quickest", "nearest")

#: Route shares below this are dropped after each iteration (then the rest renormalised).
_MIN_SHARE = 0.02

#: The first iteration moves 1/_FIRST_STEP of everyone; 1/2 (plain MSA) overshoots on large venues.
_FIRST_STEP = 3.0

#: Stop searching after this many runs without a shorter total time, once at least _MIN_RUNS ran
#: (the first moves overshoot: on a large venue the runs after the first are longer before they improve).
_PATIENCE = 3
_MIN_RUNS = 6

#: A search warm-started from another assignment begins as if this many steps had been made.
_WARM_STEPS = 3

#: Golden-ratio step that spreads pre-movement times evenly and reproducibly.
_GOLDEN = 0.6180339887498949


@dataclass(frozen=True, slots=True)
class FlowParams:
    """Settings of one evacuation run.

    pre_movement : s before the first person starts moving.
    pre_movement_spread : s over which start times are spread evenly after `pre_movement`.
    method : ``"quickest"`` (capacity-aware) or ``"nearest"``.
    iterations : most flow-model runs of one capacity-aware search.
    restarts : further searches from where the first stopped.
    packet_persons : persons per group; None chooses ``max(1, persons / max_packets)``.
    max_packets : the automatic group size keeps the number of groups near this.
    search_packets : fewer, larger groups used while the capacity-aware assignment
        searches; the routes it keeps are then run with `max_packets`.
    speed_scale : multiplies every SFPE speed (1.0 = SFPE).
    bin_seconds : width of the bins of the exits' flow over time, s.
    """

    pre_movement: float = 0.0
    pre_movement_spread: float = 0.0
    method: str = "quickest"
    iterations: int = 10
    restarts: int = 1
    packet_persons: float | None = None
    max_packets: int = 6000
    search_packets: int = 600
    speed_scale: float = 1.0
    bin_seconds: float = 10.0


#: The settings used when none are given.
DEFAULT_PARAMS = FlowParams()


@dataclass(slots=True)
class Assignment:
    """The routes people take and the flow-model run that measured them.

    shares : per source, per sample point, {route index: share of its people}.
    history : total evacuation time of every iteration, s.
    """

    routes: list[Route]
    shares: list[list[dict[int, float]]]
    packets: Packets
    output: FlowOutput
    method: str
    history: list[float] = field(default_factory=list)


def quickest_tree(
    net: FlowNetwork, node_price: np.ndarray, server_price: np.ndarray, *, speed_scale: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """Cost to get out from every node, and the first link of that way out (-1 at exits and dead ends).

    Costs are seconds: free walking time on links plus the prices of the nodes
    and of the link servers passed.
    """
    link_price = np.where(net.link_server >= 0, server_price[np.maximum(net.link_server, 0)], 0.0)
    n = net.n_nodes
    dist = np.full(n, math.inf)
    next_link = np.full(n, -1, dtype=np.int64)
    incoming: list[list[int]] = [[] for _ in range(n)]
    for link in np.flatnonzero(net.link_enabled):
        incoming[int(net.link_v[link])].append(int(link))
    free = [sfpe.free_speed(k) * speed_scale for k in net.link_k.tolist()]
    link_cost = (net.link_length / np.array(free) + link_price).tolist() if len(free) else []
    price = node_price.tolist()
    is_exit = [kind == "exit" for kind in net.node_kind]
    heap = []
    for e in net.exits.tolist():
        dist[e] = price[e]
        heap.append((price[e], e))
    heapq.heapify(heap)
    d = dist.tolist()
    link_u = net.link_u.tolist()
    enabled = net.node_enabled.tolist()
    while heap:
        cost, v = heapq.heappop(heap)
        if cost > d[v]:
            continue
        for link in incoming[v]:
            u = link_u[link]
            if is_exit[u] or not enabled[u]:
                continue
            cand = cost + link_cost[link] + price[u]
            if cand < d[u]:
                d[u] = cand
                next_link[u] = link
                heapq.heappush(heap, (cand, u))
    return np.array(d), next_link


def _route_from(net: FlowNetwork, start: int, next_link: np.ndarray) -> Route:
    nodes, links = [start], []
    node = start
    while net.node_kind[node] != "exit":
        link = int(next_link[node])
        links.append(link)
        node = int(net.link_v[link])
        nodes.append(node)
    return Route(tuple(nodes), tuple(links))


class _Routes:
    def __init__(self) -> None:
        self.routes: list[Route] = []
        self.index: dict[tuple[int, ...], int] = {}

    def add(self, route: Route) -> int:
        key = (*route.nodes, -1, *route.links)
        if key not in self.index:
            self.index[key] = len(self.routes)
            self.routes.append(route)
        return self.index[key]


def _best_routes(
    net: FlowNetwork, registry: _Routes, node_price: np.ndarray, link_price: np.ndarray, speed_scale: float
) -> list[list[int]]:
    """For every source and sample point, the index of its quickest route under the prices."""
    dist, next_link = quickest_tree(net, node_price, link_price, speed_scale=speed_scale)
    best: list[list[int]] = []
    trapped: list[int] = []
    for s, source in enumerate(net.sources):
        entries = np.array(source.entries, dtype=np.int64)
        if len(entries) == 0:
            trapped.append(s)
            continue
        usable = net.node_enabled[entries]
        v = sfpe.free_speed(float(net.zone_k[source.zone])) * speed_scale
        cost = source.distances / v + np.where(usable, dist[entries], math.inf)[None, :]
        choice = np.argmin(cost, axis=1)
        if not np.isfinite(cost[np.arange(len(choice)), choice]).all():
            trapped.append(s)
            continue
        cache: dict[int, int] = {}
        row = []
        for c in choice.tolist():
            if c not in cache:
                cache[c] = registry.add(_route_from(net, int(entries[c]), next_link))
            row.append(cache[c])
        best.append(row)
    if trapped:
        zones = [net.zone_ids[net.sources[s].zone] for s in trapped]
        raise TrappedOccupantsError(zones, sum(net.sources[s].persons for s in trapped), sorted(net.blocked))
    return best


def make_packets(
    net: FlowNetwork, routes: list[Route], shares: list[list[dict[int, float]]], params: FlowParams
) -> Packets:
    """Split every source's people into groups on their routes, with their start times and first walk."""
    group = params.packet_persons or max(1.0, net.persons / max(1, params.max_packets))
    size, start, source, distance, route = [], [], [], [], []
    for s, src in enumerate(net.sources):
        per_point = src.persons / len(src.points)
        entry_col = {node: col for col, node in enumerate(src.entries)}
        count = 0
        for j, point_shares in enumerate(shares[s]):
            for r, share in point_shares.items():
                q = per_point * share
                if q <= 0:
                    continue
                k = max(1, math.ceil(q / group - 1e-9))
                col = entry_col[routes[r].nodes[0]]
                for _ in range(k):
                    size.append(q / k)
                    source.append(s)
                    distance.append(float(src.distances[j, col]))
                    route.append(r)
                    count += 1
                    start.append(params.pre_movement + params.pre_movement_spread * ((count * _GOLDEN) % 1.0))
    return Packets(
        np.array(size, dtype=float),
        np.array(start, dtype=float),
        np.array(source, dtype=np.int64),
        np.array(distance, dtype=float),
        np.array(route, dtype=np.int64),
    )


def _warm_shares(net: FlowNetwork, registry: _Routes, start: Assignment, nearest: list[list[int]]):
    """`start`'s route shares, less the routes that use a blocked node or link (their share goes to the rest,
    or to the nearest route where none is left)."""
    usable = [
        bool(net.node_enabled[list(r.nodes)].all() and (not r.links or net.link_enabled[list(r.links)].all()))
        for r in start.routes
    ]
    shares = []
    for s, row in enumerate(start.shares):
        out_row = []
        for j, point in enumerate(row):
            kept = {registry.add(start.routes[r]): f for r, f in point.items() if usable[r]}
            total = sum(kept.values())
            out_row.append({r: f / total for r, f in kept.items()} if total > 0 else {nearest[s][j]: 1.0})
        shares.append(out_row)
    return shares


def assign(net: FlowNetwork, params: FlowParams | None = None, *, start: Assignment | None = None) -> Assignment:
    """Route everyone out of `net` and run the flow model (see the module docstring for the methods).

    :func:`iter_assign` is the same as a job that reports each run and can be
    cancelled between two runs.

    The capacity-aware search runs from the nearest-exit routes; when it used
    all its runs and was still improving in its last two, it runs again (up
    to ``params.restarts`` times) from where it stopped, counting only new
    route shares (the shares kept by a search had the luck of a coarse run);
    the shortest at full resolution is kept.

    Parameters
    ----------
    start : Assignment, optional
        A capacity-aware assignment of the same venue with fewer elements
        blocked (an exit-loss sweep's open case): one search starts from its
        route shares, less the routes that are now blocked, with smaller
        steps. Scenarios that differ by one exit then differ by what that
        exit changes, not by where two searches happened to stop.

    Raises
    ------
    NoExitError
        The network has no usable exit.
    TrappedOccupantsError
        Some occupied zone reaches no exit.
    """
    return run_sync(iter_assign(net, params, start=start))


def iter_assign(
    net: FlowNetwork, params: FlowParams | None = None, *, start: Assignment | None = None
) -> Job[Assignment]:
    """:func:`assign` as a job: yields a :class:`~models.Progress` after each flow-model run."""
    params = params or DEFAULT_PARAMS
    if start is not None or params.method == "nearest":
        return (yield from _search(net, params, start))
    kept = yield from _search(net, params, None)
    history = list(kept.history)
    for _ in range(params.restarts):
        if len(kept.history) < params.iterations or kept.history.index(min(kept.history)) < len(kept.history) - 2:
            break  # the search settled before its last runs: another one would start where it ended
        again = yield from _search(net, params, kept)
        history += again.history
        if again.output.total_time < kept.output.total_time:
            kept = again
    kept.history = history
    return kept


def _search(net: FlowNetwork, params: FlowParams, start: Assignment | None) -> Job[Assignment]:
    if params.method not in METHODS:
        raise ValueError(f"unknown assignment method {params.method!r}; known: {', '.join(METHODS)}")
    if len(net.exits) == 0:
        raise NoExitError(sorted(net.blocked))
    registry = _Routes()
    n_servers = net.n_nodes + len(net.server_ids)
    zero_nodes, zero_links = np.zeros(net.n_nodes), np.zeros(len(net.server_ids))
    best = _best_routes(net, registry, zero_nodes, zero_links, params.speed_scale)
    warm = start is not None and params.method == "quickest"
    shares = _warm_shares(net, registry, start, best) if warm else [[{r: 1.0} for r in row] for row in best]
    first_step = _FIRST_STEP + (_WARM_STEPS if warm else 0)
    min_runs = _MIN_RUNS // 2 if warm else _MIN_RUNS
    history: list[float] = []
    kept: Assignment | None = None
    best_at = 0
    iterations = 1 if params.method == "nearest" else max(1, params.iterations)
    coarse = replace(params, max_packets=min(params.max_packets, params.search_packets))
    for i in range(iterations):
        search = coarse if iterations > 1 else params
        packets = make_packets(net, registry.routes, shares, search)
        out = simulate(net, registry.routes, packets, speed_scale=params.speed_scale, bin_seconds=params.bin_seconds)
        history.append(out.total_time)
        yield Progress((i + 1) / iterations, f"flow model run {i + 1}: everyone out in {out.total_time:,.0f} s")
        replay = warm and i == 0 and iterations > 1  # the start's own shares: its time was already kept once
        if not replay and (kept is None or out.total_time < kept.output.total_time - 1e-9):
            kept = Assignment(list(registry.routes), [[dict(p) for p in row] for row in shares], packets, out, "")
            best_at = i
        if i == iterations - 1 or (i >= min_runs and i - best_at >= _PATIENCE):
            break
        with np.errstate(invalid="ignore", divide="ignore"):
            mean_wait = np.where(out.server_persons > 0, out.server_wait_sum / out.server_persons, 0.0)
        mean_wait = np.nan_to_num(mean_wait)[:n_servers]
        best = _best_routes(net, registry, mean_wait[: net.n_nodes], mean_wait[net.n_nodes :], params.speed_scale)
        step = 1.0 / (i + first_step)
        changed = False
        for s, row in enumerate(best):
            for j, r in enumerate(row):
                point = shares[s][j]
                if point.get(r, 0.0) < 1.0 - 1e-9:
                    changed = True
                for key in point:
                    point[key] *= 1.0 - step
                point[r] = point.get(r, 0.0) + step
                small = [key for key, v in point.items() if v < _MIN_SHARE]
                for key in small:
                    del point[key]
                norm = sum(point.values())
                for key in point:
                    point[key] /= norm
        if not changed:
            break
    if kept is None:  # a warm search whose first move changed nothing: the start's shares stand
        kept = Assignment(list(registry.routes), [[dict(p) for p in row] for row in shares], packets, out, "")
    if iterations > 1 and search.max_packets < params.max_packets:  # the kept shares, at full resolution
        kept.packets = make_packets(net, kept.routes, kept.shares, params)
        kept.output = simulate(
            net, kept.routes, kept.packets, speed_scale=params.speed_scale, bin_seconds=params.bin_seconds
        )
    kept.method = params.method
    kept.history = history
    log.info("assignment %s: total times per iteration %s", params.method, [round(t, 1) for t in history])
    return kept
