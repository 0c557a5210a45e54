"""Speed and memory of the IFC import against ifcopenshell's own geometry iteration of the same file.

Run with ``pytest tests/benchmarks/test_ifc_bench.py --benchmark-enable``; the normal
suite runs each once, as a test, and checks nothing about time. The baseline,
measured in the same run and interleaved with the import (one bare iteration
before each timed import round), is the least any IFC import must do: open the
file and triangulate every product once with the fastest correct configuration
measured on a 2-core machine (docs/importers-ifc.md): the hybrid CGAL kernel, one
thread, local coordinates with instancing, no IfcOpeningElement. Goal: the
import's median within 1.3 times the baseline's median. Peak memory (maximum RSS
of a fresh process) of both is measured too, once each.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from importers.ifc import read_ifc

pytestmark = pytest.mark.slow

#: The largest shared IFC files (bytes): 3.2, 2.8 and 2.6 MB.
LARGEST = ["AC90R1-Jasmin-Sun-105-2x3.ifc", "AC11-Institute-Var-2-IFC.ifc", "AC20-FZK-Haus.ifc"]
GOAL_RATIO = 1.3
#: Peak memory of the import may exceed the bare iteration's by this ratio (both include ifcopenshell itself).
MEMORY_RATIO = 1.5
ROUNDS = 5

BARE = """
import sys
import ifcopenshell, ifcopenshell.geom as geom
settings = geom.settings()
settings.set("use-world-coords", False)
model = ifcopenshell.open(sys.argv[1])
iterator = geom.iterator(settings, model, 1, exclude=["IfcOpeningElement"],
                         geometry_library="hybrid-cgal-simple-opencascade")
n = 0
if iterator.initialize():
    while True:
        shape = iterator.get()
        n += len(shape.geometry.verts_buffer) + len(shape.geometry.faces_buffer) > 0
        if not iterator.next():
            break
"""

IMPORT = """
import sys
from importers.ifc import read_ifc
read_ifc(sys.argv[1])
"""

PEAK = """
import resource, sys
sys.argv = sys.argv[1:]
exec(compile(open(sys.argv[0]).read(), "job", "exec"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def bare_iteration(path: Path) -> int:
    """Open `path` and triangulate every product once, touching each result's buffers."""
    namespace = {"__name__": "bare"}
    saved = sys.argv
    sys.argv = ["bare", str(path)]
    try:
        exec(compile(BARE, "bare", "exec"), namespace)
    finally:
        sys.argv = saved
    return namespace["n"]


def peak_rss_mb(job: str, path: Path, tmp_path: Path) -> float:
    """Maximum resident set size, MB, of a fresh Python process running `job` on `path`."""
    script = tmp_path / "job.py"
    script.write_text(job)
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", PEAK, str(script), str(path)], capture_output=True, text=True, check=True, cwd=root
    )
    return float(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", LARGEST)
def test_import_time_against_bare_geometry_iteration(benchmark, shared_sample, tmp_path, name):
    path = shared_sample(f"ifc/{name}")
    bare_times: list[float] = []

    def bare_then_args():
        start = time.perf_counter()
        bare_iteration(path)
        bare_times.append(time.perf_counter() - start)
        return (path,), {}

    benchmark.group = name
    result = benchmark.pedantic(read_ifc, setup=bare_then_args, rounds=ROUNDS, warmup_rounds=0)
    assert result.venue.spaces and result.venue.context
    if benchmark.disabled:
        return
    imported = benchmark.stats.stats.median
    bare = statistics.median(bare_times)
    peak_import = peak_rss_mb(IMPORT, path, tmp_path)
    peak_bare = peak_rss_mb(BARE, path, tmp_path)
    benchmark.extra_info.update(
        {
            "bare_median_s": round(bare, 3),
            "bare_times_s": [round(t, 3) for t in bare_times],
            "ratio": round(imported / bare, 3),
            "peak_rss_import_mb": round(peak_import, 1),
            "peak_rss_bare_mb": round(peak_bare, 1),
        }
    )
    assert imported / bare <= GOAL_RATIO
    assert peak_import <= MEMORY_RATIO * peak_bare
