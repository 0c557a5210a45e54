"""Speed of routing on the 80,000-place stadium: graph build (goal < 2 s) and a route query (goal < 20 ms median).

Run with ``pytest tests/benchmarks/test_routing_bench.py --benchmark-enable``; the
normal suite runs each once, as a test. The baseline, measured in the same run on
the same graph, is plain networkx: ``nx.dijkstra_path(G, u, v, weight="length")``
between the same two nodes. An access route does more: it resolves the ends
(joining a space's centre to the nodes of that space by walking paths), weighs
each edge by the profile's time and what it may use, and builds the route's legs.

The graph build is measured cold: the cache of walking areas (one per space) is
emptied before each round, as when a venue is opened.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

from routing import access_route, alternatives, build_graph
from routing.geodesic import walkable

GENERATOR = Path(__file__).resolve().parents[2] / "samples" / "stadium.py"
BUILD_GOAL_S = 2.0
QUERY_GOAL_S = 0.020


@cache
def stadium():
    spec = importlib.util.spec_from_file_location("stadium_generator_routing", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module.build_stadium(80_000)


@cache
def stadium_graph():
    return build_graph(stadium())


def check_goal(benchmark, goal: float) -> None:
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < goal


def test_building_the_stadium_graph_cold(benchmark):
    venue = stadium()
    G = benchmark.pedantic(build_graph, args=(venue,), setup=walkable.cache_clear, rounds=5, iterations=1)
    assert G.number_of_nodes() > 500 and G.number_of_edges() > 2_000
    check_goal(benchmark, BUILD_GOAL_S)


def test_building_the_stadium_graph_with_walking_areas_cached(benchmark):
    venue = stadium()
    build_graph(venue)
    benchmark.pedantic(build_graph, args=(venue,), rounds=5, iterations=1)
    check_goal(benchmark, BUILD_GOAL_S)


@pytest.mark.benchmark(group="query marker to marker")
def test_access_route_from_a_staging_point_to_the_control_room(benchmark):
    G = stadium_graph()
    route = benchmark(access_route, G, "staging-north", "marker-control-room", profile="team")
    assert route.levels == ("L0", "L1") and route.connectors
    check_goal(benchmark, QUERY_GOAL_S)


@pytest.mark.benchmark(group="query marker to marker")
def test_plain_networkx_dijkstra_between_the_same_nodes(benchmark):
    G = stadium_graph()
    path = benchmark(nx.dijkstra_path, G, "marker:staging-north", "marker:marker-control-room", weight="length")
    assert path[0] == "marker:staging-north" and path[-1] == "marker:marker-control-room"


@pytest.mark.benchmark(group="query marker to marker")
def test_plain_networkx_shortest_path_between_the_same_nodes(benchmark):
    G = stadium_graph()
    path = benchmark(nx.shortest_path, G, "marker:staging-north", "marker:marker-control-room", weight="length")
    assert path[-1] == "marker:marker-control-room"


@pytest.mark.benchmark(group="query to a seating sector")
def test_access_route_from_a_staging_point_to_the_middle_of_an_upper_sector(benchmark):
    G = stadium_graph()
    route = benchmark(access_route, G, "staging-south", "sector-215", profile="team")
    assert route.legs[-1].space == "sector-215"
    check_goal(benchmark, QUERY_GOAL_S)


@pytest.mark.benchmark(group="query to a seating sector")
def test_three_alternatives_from_a_staging_point_to_an_upper_sector(benchmark):
    G = stadium_graph()
    routes = benchmark(alternatives, G, "staging-south", "sector-215", k=3, profile="team")
    assert len(routes) >= 2
