"""Speed of the project file and of validation on the 80,000-place stadium (goal: each under 1 s median).

Run with ``pytest tests/benchmarks/test_project_bench.py --benchmark-enable``; the
normal suite runs each once, as a test. The 80,000-place stadium has no context
meshes, so the same project with 400,000 vertices of walls and slabs (what an IFC
import of a stadium carries) is measured too: for it, the baselines measured in
the same test are the bare work (serialise and compress; decompress), and the
checks that make saving and loading safe must cost at most 4 times that. The
bare canonical JSON of the venue is measured as what any JSON format costs at
the least.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import time
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from models import ContextMesh, SavedRoute, Scenario, validate
from models.serialize import venue_from_dict, venue_to_dict
from venueplanner.project import EditRecord, Project, load_project, project_members, save_project
from venueplanner.project_zip import zip_bytes

GENERATOR = Path(__file__).resolve().parents[2] / "samples" / "stadium.py"
GOAL_S = 1.0


@cache
def stadium_project(meshes: int = 0) -> Project:
    """The 80,000-place stadium with scenarios, routes and edits; `meshes` walls of 200 vertices added."""
    spec = importlib.util.spec_from_file_location("stadium_generator", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venue = module.build_stadium(80_000)
    rng = np.random.default_rng(7)
    level_ids = list(venue.levels)
    context = [
        ContextMesh(
            f"wall-{i}",
            rng.uniform(-200, 200, (200, 3)),
            rng.integers(0, 200, (300, 3)),
            category="IfcWall",
            level_id=level_ids[i % len(level_ids)],
        )
        for i in range(meshes)
    ]
    venue = venue.with_elements(*context)
    openings = list(venue.openings)
    spaces = list(venue.spaces)
    return Project(
        venue,
        scenarios=[
            Scenario(
                f"s{i}", f"Gate {i} closed", blocked_openings=set(openings[i : i + 3]), occupant_loads={spaces[i]: 500}
            )
            for i in range(10)
        ],
        routes=[SavedRoute(f"r{i}", f"Route {i}", spaces[i], spaces[-i - 1], scenario_id="s1") for i in range(20)],
        edit_log=tuple(
            EditRecord("2025-03-01T14:05:09Z", "set_capacity", {"space": s, "capacity": 10}) for s in spaces
        ),
    )


def check_goal(benchmark) -> None:
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < GOAL_S


def median_time(fn, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_write(project: Project) -> bytes:
    """Baseline for saving: serialise and compress, with no file, no check and no backup."""
    return zip_bytes(project_members(project))


def bare_read(path: Path) -> list[bytes]:
    """Baseline for loading: decompress every member, with no check and no decoding."""
    with zipfile.ZipFile(path) as zf:
        return [zf.read(name) for name in zf.namelist()]


def check_against(benchmark, baseline_s: float, times: float) -> None:
    """Large meshes: no absolute goal, but the checks must not cost more than `times` the bare work."""
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < times * baseline_s


@pytest.mark.parametrize("meshes", [0, 2_000], ids=["stadium", "stadium+400k-vertices"])
def test_saving_the_stadium_project(benchmark, tmp_path, meshes):
    project = stadium_project(meshes)
    path = tmp_path / "stadium.venue"
    benchmark(save_project, project, path)
    assert load_project(path) == project
    if meshes:
        # a save checks the file it replaces and reads back the new one: about two loads more than the bare write
        check_against(benchmark, median_time(lambda: bare_write(project)), 4)
    else:
        check_goal(benchmark)


@pytest.mark.parametrize("meshes", [0, 2_000], ids=["stadium", "stadium+400k-vertices"])
def test_loading_the_stadium_project(benchmark, tmp_path, meshes):
    project = stadium_project(meshes)
    path = tmp_path / "stadium.venue"
    save_project(project, path)
    assert benchmark(load_project, path) == project
    if meshes:
        # hashing, JSON parsing and building 2,000 meshes on top of decompressing
        check_against(benchmark, median_time(lambda: bare_read(path)), 4)
    else:
        check_goal(benchmark)


def test_validating_the_stadium(benchmark):
    venue = stadium_project().venue
    problems = benchmark(validate, venue)
    assert [p for p in problems if p.severity == "error"] == []
    check_goal(benchmark)


def test_baseline_bare_json_round_trip_of_the_stadium(benchmark):
    venue = stadium_project().venue

    def round_trip():
        return venue_from_dict(json.loads(json.dumps(venue_to_dict(venue))))

    assert benchmark(round_trip) == venue
