"""Scenarios: block openings and connectors, lose each exit in turn (both cores), compare two runs side by side.

The exit-loss sweep runs the venue once with everything open, then once per
exit with that exit blocked (UK Approved Document B asks to discount the
largest exit; the sweep covers every exit and names the largest). It reports
the worst case. Cases run in worker processes (``forkserver``: safe beside the
desktop application's threads), each reusing the flow network built once.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

import numpy as np

from models.scenario import Scenario
from routing.evacuation.assign import DEFAULT_PARAMS, FlowParams, assign
from routing.evacuation.errors import EvacuationError
from routing.evacuation.network import FlowNetwork
from routing.evacuation.results import EvacuationResult, collect
from routing.evacuation.run import Prepared

log = logging.getLogger(__name__)


def blocking(scenario: Scenario, *element_ids: str, venue=None) -> Scenario:
    """A copy of `scenario` with these openings and connectors blocked as well (ids sorted by kind via `venue`)."""
    openings, connectors = set(scenario.blocked_openings), set(scenario.blocked_connectors)
    for element in element_ids:
        if venue is not None and element in venue.connectors:
            connectors.add(element)
        else:
            openings.add(element)
    suffix = "+".join(element_ids)
    return replace(
        scenario,
        id=f"{scenario.id}-{suffix}" if suffix else scenario.id,
        blocked_openings=frozenset(openings),
        blocked_connectors=frozenset(connectors),
    )


@dataclass(frozen=True, slots=True)
class SweepCase:
    """One case of a sweep: what was blocked, and the result or why there is none."""

    blocked: tuple[str, ...]
    result: EvacuationResult | None
    error: str = ""

    @property
    def total_time(self) -> float:
        return self.result.total_time if self.result is not None else math.inf


@dataclass(frozen=True, slots=True)
class Sweep:
    """An exit-loss sweep: the open venue, one case per exit lost, the worst case and the largest exit."""

    base: EvacuationResult
    cases: tuple[SweepCase, ...]
    largest_exit: str
    seconds: float = 0.0

    @property
    def worst(self) -> SweepCase:
        """The case with the longest evacuation (a case that traps people is worse than any time)."""
        return max(self.cases, key=lambda c: (c.total_time, c.blocked))

    def case(self, exit_id: str) -> SweepCase:
        for c in self.cases:
            if c.blocked == (exit_id,):
                return c
        raise KeyError(exit_id)


# --- worker side: the network and the settings are sent once per process ------------------

_WORKER: dict = {}

#: Below this many seconds of cases, a sweep runs in this process (see :func:`exit_loss_sweep`).
_PARALLEL_FROM_SECONDS = 4.0


def _init(net: FlowNetwork, params: FlowParams, names: tuple[str, str, str], start=None) -> None:
    _WORKER.update(net=net, params=params, names=names, start=start)


def _run_case(blocked: tuple[str, ...]) -> SweepCase:
    net: FlowNetwork = _WORKER["net"].without(blocked)
    venue, scenario, rules = _WORKER["names"]
    try:
        if blocked:
            assignment = assign(net, _WORKER["params"], start=_WORKER["start"])
        else:  # the open case: every other case starts from its routes
            assignment = assign(net, _WORKER["params"])
            _WORKER["start"] = assignment
    except EvacuationError as e:
        return SweepCase(blocked, None, str(e))
    result = collect(
        net,
        assignment,
        venue=venue,
        scenario=f"{scenario}-{'+'.join(blocked)}" if blocked else scenario,
        rules=rules,
        params=_WORKER["params"],
    )
    return SweepCase(blocked, result)


def _exit_widths(net: FlowNetwork, prepared: Prepared) -> dict[str, float]:
    widths = {}
    for i in np.flatnonzero(net.node_enabled).tolist():
        if net.node_kind[i] == "exit":
            element = net.node_element[i]
            opening = prepared.venue.openings.get(element)
            widths[element] = opening.width if opening is not None else float(net.node_width[i])
    return widths


def exit_loss_sweep(
    prepared: Prepared,
    params: FlowParams = DEFAULT_PARAMS,
    *,
    exits: Sequence[str] | None = None,
    workers: int | None = None,
    start_method: str | None = None,
) -> Sweep:
    """Run the venue with each exit blocked in turn and report the worst case.

    Parameters
    ----------
    prepared : Prepared
        From :func:`routing.evacuation.prepare` (its scenario's blocked elements stay blocked).
    exits : sequence of str, optional
        The exits to lose, default every usable exit.
    workers : int, optional
        Worker processes, at most one per case; 1 runs the cases in this process.
        By default the cases run on every core, unless running them one after
        the other would take less than :data:`_PARALLEL_FROM_SECONDS` (starting
        processes costs about a second: a small venue's sweep is quicker here).
    start_method : str, optional
        How worker processes start (:mod:`multiprocessing`); None is the
        platform's default (``fork`` on Linux up to Python 3.13). A program with
        threads of its own (the desktop application) should pass ``"spawn"``.
    """
    start = time.perf_counter()
    net = prepared.network
    widths = _exit_widths(net, prepared)
    if not widths:
        raise EvacuationError("the venue has no usable exit to lose")
    largest = max(sorted(widths), key=lambda e: widths[e])
    cases = [(e,) for e in (exits if exits is not None else sorted(widths))]
    names = (prepared.venue.name, prepared.scenario.id, prepared.rules.id)
    _init(net, params, names)
    base = _run_case(())  # here: it also tells how long a case takes
    if workers is None:
        serial = (time.perf_counter() - start) * len(cases)
        workers = 1 if serial < _PARALLEL_FROM_SECONDS else (os.cpu_count() or 1)
    workers = min(workers, len(cases))
    if workers <= 1:
        done = [_run_case(job) for job in cases]
    else:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(start_method),
            initializer=_init,
            initargs=(net, params, names, _WORKER["start"]),
        ) as pool:
            done = list(pool.map(_run_case, cases))
    if base.result is None:
        raise EvacuationError(f"the venue cannot be evacuated with every exit open: {base.error}")
    sweep = Sweep(base.result, tuple(done), largest, time.perf_counter() - start)
    log.info("exit-loss sweep: %d cases in %.1f s, worst %s", len(cases), sweep.seconds, sweep.worst.blocked)
    return sweep


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a side-by-side comparison: what, the two values and their difference."""

    what: str
    a: float
    b: float

    @property
    def change(self) -> float:
        return self.b - self.a


def compare(a: EvacuationResult, b: EvacuationResult) -> list[Row]:
    """Two results side by side: total time, each level, each exit's persons and last person out.

    Rows whose both values are missing are left out.
    """
    rows = [Row("total time (s)", a.total_time, b.total_time), Row("persons", a.persons, b.persons)]
    for level in sorted(set(a.levels) | set(b.levels)):
        rows.append(Row(f"level {level} clear (s)", a.levels.get(level, math.nan), b.levels.get(level, math.nan)))
    exits_a = {e.id: e for e in a.exits}
    exits_b = {e.id: e for e in b.exits}
    for exit_id in sorted(exits_a.keys() | exits_b.keys()):
        ea, eb = exits_a.get(exit_id), exits_b.get(exit_id)
        rows.append(Row(f"exit {exit_id} persons", ea.persons if ea else 0.0, eb.persons if eb else 0.0))
        rows.append(Row(f"exit {exit_id} last out (s)", ea.last if ea else math.nan, eb.last if eb else math.nan))
    top = _top(a.bottlenecks) | _top(b.bottlenecks)
    wait_a = {x.id: x.longest_wait for x in a.bottlenecks}
    wait_b = {x.id: x.longest_wait for x in b.bottlenecks}
    for element in sorted(top):
        rows.append(Row(f"{element} longest wait (s)", wait_a.get(element, 0.0), wait_b.get(element, 0.0)))
    return [r for r in rows if not (math.isnan(r.a) and math.isnan(r.b))]


def _top(bottlenecks: Iterable, n: int = 5) -> set[str]:
    return {b.id for b in list(bottlenecks)[:n]}
