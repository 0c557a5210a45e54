"""What an evacuation run tells: total time, time to clear each space and level, exits, bottlenecks, time fields.

:func:`collect` turns the flow model's raw arrays into an :class:`EvacuationResult`:
plain frozen values keyed by the venue's ids, in seconds and persons, that the
command line, the desktop application and the briefing pack read.
:func:`time_field` samples the time to get out on a grid over a level's spaces,
for heat maps.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from routing.evacuation import sfpe
from routing.evacuation.assign import DEFAULT_PARAMS, Assignment, FlowParams, quickest_tree
from routing.evacuation.flow import CRUSH_DENSITY
from routing.evacuation.network import FlowNetwork


@dataclass(frozen=True, slots=True)
class ExitFlow:
    """One exit: who left by it and when.

    flow : persons leaving in each bin of `bin_seconds` from the alarm.
    """

    id: str
    label: str
    level_id: str
    capacity: float  #: persons/s
    persons: float
    first: float  #: s, first person out (nan if unused)
    last: float  #: s, last person out (nan if unused)
    bin_seconds: float
    flow: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Bottleneck:
    """A door, exit, corridor or stair where people queued.

    delay : person-seconds spent queuing there (the ranking key).
    """

    id: str
    label: str
    kind: str
    level_id: str
    capacity: float  #: persons/s
    persons: float
    peak_queue: float  #: persons
    longest_wait: float  #: s
    mean_wait: float  #: s per person through it
    delay: float  #: person-seconds
    last: float  #: s, when the last person passed


@dataclass(frozen=True, slots=True)
class SpaceTimes:
    """One space: its occupants at the alarm and when it is empty."""

    id: str
    level_id: str
    persons: float
    clear_time: float  #: s, last person out of the space (nan if nobody ever was in it)
    mean_exit: float  #: s, mean time its occupants reach the outside (nan if none)
    last_exit: float  #: s, its last occupant reaches the outside
    peak_density: float  #: persons/m²
    occupancy: tuple[float, ...] = ()  #: persons in the space at 0, bin_seconds, 2 x bin_seconds, ... s


@dataclass(frozen=True, slots=True)
class EvacuationResult:
    """Everything one evacuation run measured. Times are seconds from the alarm."""

    venue: str
    scenario: str
    rules: str
    method: str
    persons: float
    total_time: float
    exits: tuple[ExitFlow, ...]
    bottlenecks: tuple[Bottleneck, ...]
    spaces: Mapping[str, SpaceTimes]
    levels: Mapping[str, float]  #: level id -> time its spaces are empty
    node_time_to_exit: Mapping[str, float]  #: mean s from passing the node to the outside
    node_free_time: Mapping[str, float]  #: s from the node to the outside in an empty venue
    node_xy: Mapping[str, tuple[float, float]]
    node_level: Mapping[str, str]
    space_nodes: Mapping[str, tuple[str, ...]]
    blocked: tuple[str, ...] = ()
    history: tuple[float, ...] = ()
    warnings: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)

    def exit(self, exit_id: str) -> ExitFlow:
        for e in self.exits:
            if e.id == exit_id:
                return e
        raise KeyError(exit_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (nan becomes None)."""
        return _clean(asdict(self))


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else round(value, 3)
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _nan(x: float) -> float:
    return float(x) if math.isfinite(x) else math.nan


def collect(
    net: FlowNetwork,
    assignment: Assignment,
    *,
    venue: str = "",
    scenario: str = "",
    rules: str = "",
    params: FlowParams = DEFAULT_PARAMS,
) -> EvacuationResult:
    """Build the result of a run from the network and its assignment."""
    out = assignment.output
    n = net.n_nodes
    warnings: list[str] = []

    exit_capacity = defaultdict(float)
    for link in range(net.n_links):
        j = int(net.link_server[link])
        if j >= 0 and net.node_kind[int(net.link_v[link])] == "exit":
            exit_capacity[int(net.link_v[link])] = float(net.server_capacity[j])
    exits = []
    for e in np.flatnonzero(np.array([k == "exit" for k in net.node_kind]) & net.node_enabled).tolist():
        flow = out.exit_bins.get(e)
        capacity = float(net.node_capacity[e])
        exits.append(
            ExitFlow(
                id=net.node_element[e] or net.node_ids[e],
                label=net.node_label[e],
                level_id=net.node_level[e],
                capacity=capacity if math.isfinite(capacity) else exit_capacity.get(e, math.inf),
                persons=float(out.server_persons[e]),
                first=_nan(out.server_first[e]),
                last=_nan(out.server_last[e]),
                bin_seconds=out.bin_seconds,
                flow=tuple(float(x) for x in flow) if flow is not None else (),
            )
        )

    # bottlenecks: every server with a finite capacity, merged per element (both directions of a stair)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    capacities = np.concatenate([net.node_capacity, net.server_capacity])
    labels = {e: lab for e, lab in zip(net.node_element, net.node_label, strict=True) if e}
    for s in np.flatnonzero(np.isfinite(capacities) & (out.server_persons > 0)).tolist():
        if s < n:
            key = (net.node_element[s] or net.node_ids[s], net.node_kind[s])
            level = net.node_level[s]
        else:
            j = s - n
            key = (net.server_element[j], net.server_kind[j])
            level = net.server_level[j]
        row = merged.setdefault(
            key,
            {"label": labels.get(key[0], key[0]), "level": level, "capacity": 0.0, "persons": 0.0, "peak": 0.0,
             "wait": 0.0, "sum": 0.0, "last": -math.inf},
        )  # fmt: skip
        row["capacity"] = max(row["capacity"], float(capacities[s]))
        row["persons"] += float(out.server_persons[s])
        row["peak"] = max(row["peak"], float(out.server_peak_queue[s]))
        row["wait"] = max(row["wait"], float(out.server_max_wait[s]))
        row["sum"] += float(out.server_wait_sum[s])
        row["last"] = max(row["last"], float(out.server_last[s]))
    bottlenecks = sorted(
        (
            Bottleneck(
                id=element,
                label=row["label"],
                kind=kind,
                level_id=row["level"],
                capacity=row["capacity"],
                persons=row["persons"],
                peak_queue=row["peak"],
                longest_wait=row["wait"],
                mean_wait=row["sum"] / row["persons"] if row["persons"] else 0.0,
                delay=row["sum"],
                last=row["last"],
            )
            for (element, kind), row in merged.items()
        ),
        key=lambda b: (-b.delay, -b.longest_wait, b.id),
    )

    persons_by_zone = defaultdict(float)
    for src in net.sources:
        persons_by_zone[src.zone] += src.persons
    zone_source = {src.zone: i for i, src in enumerate(net.sources)}
    spaces: dict[str, SpaceTimes] = {}
    levels: dict[str, float] = {}
    for z, zone_id in enumerate(net.zone_ids):
        density = float(out.zone_peak_density[z])
        if density > CRUSH_DENSITY:
            warnings.append(
                f"{net.zone_kind[z]} {zone_id!r} reaches {density:.1f} persons/m² (above {CRUSH_DENSITY:g}): "
                "crowd crush risk; the hydraulic model does not represent movement at such densities"
            )
        if net.zone_kind[z] != "space":
            continue
        i = zone_source.get(z)
        clear = _nan(out.zone_clear[z])
        spaces[zone_id] = SpaceTimes(
            id=zone_id,
            level_id=net.zone_level[z],
            persons=persons_by_zone.get(z, 0.0),
            clear_time=clear,
            mean_exit=_nan(out.source_exit_mean[i]) if i is not None else math.nan,
            last_exit=_nan(out.source_exit_max[i]) if i is not None else math.nan,
            peak_density=density,
            occupancy=tuple(round(float(x), 2) for x in out.zone_occupancy[:, z]),
        )
        if math.isfinite(clear):
            levels[net.zone_level[z]] = max(levels.get(net.zone_level[z], 0.0), clear)

    free, _ = quickest_tree(net, np.zeros(n), np.zeros(len(net.server_ids)), speed_scale=params.speed_scale)
    space_nodes: dict[str, set[str]] = defaultdict(set)
    for link in range(net.n_links):
        z = int(net.link_zone[link])
        if net.zone_kind[z] == "space":
            space_nodes[net.zone_ids[z]].update(
                (net.node_ids[int(net.link_u[link])], net.node_ids[int(net.link_v[link])])
            )
    for src in net.sources:
        space_nodes[net.zone_ids[src.zone]].update(net.node_ids[e] for e in src.entries)

    if len(assignment.history) > 1 and assignment.history[-1] > min(assignment.history) * 1.05:
        warnings.append(
            "capacity-aware assignment had not settled after "
            f"{len(assignment.history)} runs (total times {', '.join(f'{t:.0f}' for t in assignment.history)} s); "
            "the shortest is reported"
        )
    return EvacuationResult(
        venue=venue,
        scenario=scenario,
        rules=rules,
        method=assignment.method,
        persons=net.persons,
        total_time=out.total_time,
        exits=tuple(exits),
        bottlenecks=tuple(bottlenecks),
        spaces=spaces,
        levels=dict(sorted(levels.items())),
        node_time_to_exit={net.node_ids[i]: _nan(out.server_time_to_exit[i]) for i in range(n)},
        node_free_time={net.node_ids[i]: _nan(free[i]) for i in range(n)},
        node_xy={net.node_ids[i]: (float(net.node_xy[i, 0]), float(net.node_xy[i, 1])) for i in range(n)},
        node_level={net.node_ids[i]: net.node_level[i] for i in range(n)},
        space_nodes={k: tuple(sorted(v)) for k, v in space_nodes.items()},
        blocked=tuple(sorted(net.blocked)),
        history=tuple(assignment.history),
        warnings=tuple(warnings),
        params=asdict(params),
    )


def time_field(result: EvacuationResult, venue, level_id: str, *, spacing: float = 1.0, queues: bool = True):
    """Time to get out from points on a grid over a level's spaces, for heat maps.

    The value at a point is the walk to the best node of its space (at free
    speed) plus, with `queues`, the mean time people who passed that node took
    to get out in this run (waits included; nodes nobody passed use the
    empty-venue time), or without, the time from that node in an empty venue.

    Parameters
    ----------
    venue : models.Venue
        The venue the result was computed on (for the spaces' outlines).
    spacing : float
        Grid step, metres.

    Returns
    -------
    xs : (nx,) float, ys : (ny,) float, values : (ny, nx) float
        Seconds; nan outside the spaces or where no exit is reachable.
    """
    import shapely

    spaces = [s for s in venue.spaces_on(level_id) if s.id in result.space_nodes]
    if not spaces:
        return np.array([]), np.array([]), np.zeros((0, 0))
    bounds = np.array([shapely.bounds(shapely.Polygon(s.footprint)) for s in spaces])
    x0, y0 = bounds[:, 0].min(), bounds[:, 1].min()
    x1, y1 = bounds[:, 2].max(), bounds[:, 3].max()
    xs = np.arange(x0 + spacing / 2, x1, spacing)
    ys = np.arange(y0 + spacing / 2, y1, spacing)
    gx, gy = np.meshgrid(xs, ys)
    values = np.full(gx.shape, np.nan)
    v = sfpe.free_speed(1.40) * float(result.params.get("speed_scale", 1.0))
    for space in spaces:
        poly = shapely.Polygon(space.footprint, space.holes)
        inside = shapely.contains_xy(poly, gx, gy)
        if not inside.any():
            continue
        best = np.full(int(inside.sum()), np.inf)
        px, py = gx[inside], gy[inside]
        for node in result.space_nodes[space.id]:
            t = result.node_time_to_exit.get(node, math.nan) if queues else math.nan
            if not math.isfinite(t):
                t = result.node_free_time.get(node, math.nan)
            x, y = result.node_xy[node]
            if not (math.isfinite(t) and math.isfinite(x)):
                continue
            best = np.minimum(best, np.hypot(px - x, py - y) / v + t)
        values[inside] = np.where(np.isfinite(best), best, np.nan)
    return xs, ys, values
