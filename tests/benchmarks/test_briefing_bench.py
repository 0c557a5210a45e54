"""Speed of the briefing pack: the concert hall with three route cards, in French and in English.

Run with ``pytest tests/benchmarks/test_briefing_bench.py --benchmark-enable``;
the normal suite builds each pack once, as a test. Goal: the full French pack
(cover, site overview, two level plans, three route cards with up to four 3D
views each, nine in all, the evacuation summary with the exit-loss sweep, update log) under 10 s
(median) on this machine. The project is loaded before timing.

Baselines measured in the same run, to show where the time goes: the same
pack without the 3D views (``views_per_route=0``), and without the
evacuation section either (plans, cards and tables only: reportlab's share).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from venueplanner.briefing import PackOptions, build_pack
from venueplanner.files import open_venue

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
GOAL_S = 10.0
ROUTES = ("STG-1:REGIE:team", "STG-2:stage:stretcher", "STG-2:tech:team")
SECTIONS_NO_EVACUATION = ("cover", "site", "levels", "routes", "log")


@cache
def hall():
    return open_venue(SAMPLES / "concert-hall.yaml").project


def options(**changes) -> PackOptions:
    base = dict(
        language="fr",
        routes=ROUTES,
        classification="DIFFUSION RESTREINTE",
        author="Cne Martin",
        date=dt.date(2025, 3, 1),
    )
    return PackOptions(**(base | changes))


def check_goal(benchmark, goal: float) -> None:
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < goal


@pytest.mark.benchmark(group="briefing pack")
def test_the_full_french_pack_of_the_concert_hall(benchmark):
    data = benchmark.pedantic(build_pack, args=(hall(), options()), rounds=3, iterations=1, warmup_rounds=1)
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    check_goal(benchmark, GOAL_S)


@pytest.mark.benchmark(group="briefing pack")
def test_the_full_english_pack_of_the_concert_hall(benchmark):
    data = benchmark.pedantic(build_pack, args=(hall(), options(language="en")), rounds=3, iterations=1)
    assert data.startswith(b"%PDF")
    check_goal(benchmark, GOAL_S)


@pytest.mark.benchmark(group="briefing pack")
def test_baseline_the_pack_without_3d_views(benchmark):
    data = benchmark.pedantic(build_pack, args=(hall(), options(views_per_route=0)), rounds=3, iterations=1)
    assert data.startswith(b"%PDF")


@pytest.mark.benchmark(group="briefing pack")
def test_baseline_plans_cards_and_tables_only(benchmark):
    small = options(views_per_route=0, sections=SECTIONS_NO_EVACUATION)
    data = benchmark.pedantic(build_pack, args=(hall(), small), rounds=3, iterations=1)
    assert data.startswith(b"%PDF")
