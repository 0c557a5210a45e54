"""Speed of evacuation: the 1,500-place concert hall and the 80,000-place stadium, one run and the exit-loss sweep.

Run with ``pytest tests/benchmarks/test_evacuation_bench.py --benchmark-enable``;
the normal suite runs each once, as a test (the stadium sweep then loses only
two exits, to stay short). Goals: one capacity-aware run of the hall under
0.5 s, of the stadium under 10 s (median). The navigation graph and the flow
network are built before timing (``prepare``; the graph build has its own
benchmark in test_routing_bench.py), so the figures are those of the
evacuation itself: route search, flow model runs and results.

Baselines measured in the same run: the nearest-exit method (one flow-model
run on the shortest routes, what the capacity-aware method starts from), and
for the hall's sweep the same cases run one after the other in this process
(``workers=1``), against which the two-core sweep is compared.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import pytest

from routing.evacuation import FlowParams, prepare, run
from routing.evacuation.scenarios import exit_loss_sweep
from venueplanner.files import open_venue

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
HALL_GOAL_S = 0.5
STADIUM_GOAL_S = 10.0


@cache
def hall():
    return prepare(open_venue(SAMPLES / "concert-hall.yaml").venue, open_graph=True)


@cache
def stadium():
    spec = importlib.util.spec_from_file_location("stadium_generator_evacuation", SAMPLES / "stadium.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return prepare(module.build_stadium(80_000), open_graph=True)


def check_goal(benchmark, goal: float) -> None:
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < goal


@pytest.mark.benchmark(group="hall: one run")
def test_one_capacity_aware_run_of_the_concert_hall(benchmark):
    result = benchmark.pedantic(run, args=(hall(),), rounds=7, iterations=1, warmup_rounds=1)
    assert result.persons == pytest.approx(1564) and result.total_time > 0
    check_goal(benchmark, HALL_GOAL_S)


@pytest.mark.benchmark(group="hall: one run")
def test_baseline_nearest_exit_run_of_the_concert_hall(benchmark):
    result = benchmark.pedantic(run, args=(hall(), FlowParams(method="nearest")), rounds=7, iterations=1)
    assert result.persons == pytest.approx(1564)


@pytest.mark.benchmark(group="stadium: one run")
def test_one_capacity_aware_run_of_the_80000_place_stadium(benchmark):
    result = benchmark.pedantic(run, args=(stadium(),), rounds=3, iterations=1)
    assert result.persons == pytest.approx(80_000)
    check_goal(benchmark, STADIUM_GOAL_S)


@pytest.mark.benchmark(group="stadium: one run")
def test_baseline_nearest_exit_run_of_the_80000_place_stadium(benchmark):
    result = benchmark.pedantic(run, args=(stadium(), FlowParams(method="nearest")), rounds=3, iterations=1)
    assert result.persons == pytest.approx(80_000)


@pytest.mark.benchmark(group="hall: exit-loss sweep")
def test_exit_loss_sweep_of_the_concert_hall_on_two_cores(benchmark):
    sweep = benchmark.pedantic(exit_loss_sweep, args=(hall(),), kwargs={"workers": 2}, rounds=3, iterations=1)
    assert len(sweep.cases) == 9


@pytest.mark.benchmark(group="hall: exit-loss sweep")
def test_baseline_exit_loss_sweep_of_the_concert_hall_in_one_process(benchmark):
    sweep = benchmark.pedantic(exit_loss_sweep, args=(hall(),), kwargs={"workers": 1}, rounds=3, iterations=1)
    assert len(sweep.cases) == 9


@pytest.mark.benchmark(group="stadium: exit-loss sweep")
def test_exit_loss_sweep_of_the_80000_place_stadium_on_two_cores(benchmark):
    prepared = stadium()
    gates = sorted({e.id for e in run(prepared, FlowParams(method="nearest")).exits})
    exits = gates if not benchmark.disabled else gates[:2]
    sweep = benchmark.pedantic(
        exit_loss_sweep, args=(prepared,), kwargs={"workers": 2, "exits": exits}, rounds=1, iterations=1
    )
    assert len(sweep.cases) == len(exits)
    # the capacity-aware assignment is a heuristic: losing a gate may come out up to a few % quicker
    assert sweep.worst.total_time >= 0.97 * sweep.base.total_time
