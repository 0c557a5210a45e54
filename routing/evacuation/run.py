"""Evacuate a venue: occupant loads, the flow network on the navigation graph, assignment and flow model, results.

>>> from models.factories import two_room_venue
>>> result = evacuate(two_room_venue(), rules="uk")  # office 20 m² at 6 m²/p: 4; meeting 20 m² at 1 m²/p: 20
>>> result.persons, sorted(e.id for e in result.exits if e.persons > 0)
(24.0, ['exit-a', 'exit-b'])
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import networkx as nx

from models import Job, Progress, Scenario, Venue, run_sync
from routing.evacuation.assign import DEFAULT_PARAMS, FlowParams, iter_assign
from routing.evacuation.errors import UnknownElementInScenarioError
from routing.evacuation.loads import SpaceLoad, occupant_loads
from routing.evacuation.navgraph import network_from_graph
from routing.evacuation.network import FlowNetwork
from routing.evacuation.results import EvacuationResult, collect
from routing.evacuation.rulesets import RuleSet, ruleset
from routing.graph import build_graph

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A venue ready to evacuate under one scenario: its loads, navigation graph and flow network."""

    venue: Venue
    scenario: Scenario
    rules: RuleSet
    loads: dict[str, SpaceLoad]
    graph: nx.DiGraph
    network: FlowNetwork


def _scenario_ids(venue: Venue, scenario: Scenario) -> None:
    known = venue.openings.keys() | venue.connectors.keys()
    for element in sorted(scenario.blocked_openings | scenario.blocked_connectors):
        if element not in known:
            raise UnknownElementInScenarioError(element)


def prepare(
    venue: Venue,
    scenario: Scenario | None = None,
    *,
    rules: RuleSet | str = "fr-erp",
    graph: nx.DiGraph | None = None,
    open_graph: bool = False,
) -> Prepared:
    """Occupant loads, navigation graph and flow network of `venue` in `scenario`.

    Parameters
    ----------
    graph : networkx.DiGraph, optional
        A navigation graph already built for this venue and scenario.
    open_graph : bool
        Build the graph with nothing blocked and block the scenario's elements
        in the flow network instead; an exit-loss sweep then reuses one graph.
    """
    scenario = scenario or Scenario("none")
    _scenario_ids(venue, scenario)
    if isinstance(rules, str):
        rules = ruleset(rules, erp_type=venue.erp_type)
    loads = occupant_loads(venue, rules, scenario)
    if graph is None:
        graph_scenario = scenario
        if open_graph:
            graph_scenario = Scenario(scenario.id, hazards=scenario.hazards)
        graph = build_graph(venue, graph_scenario)
    net = network_from_graph(graph, loads)
    if open_graph:
        net = net.without(scenario.blocked_openings | scenario.blocked_connectors)
    return Prepared(venue, scenario, rules, loads, graph, net)


def run(
    prepared: Prepared, params: FlowParams = DEFAULT_PARAMS, *, network: FlowNetwork | None = None
) -> EvacuationResult:
    """Assign, run the flow model and collect the result (on `network` if given, e.g. with more blocked)."""
    return run_sync(iter_run(prepared, params, network=network))


def iter_run(
    prepared: Prepared, params: FlowParams = DEFAULT_PARAMS, *, network: FlowNetwork | None = None
) -> Job[EvacuationResult]:
    """:func:`run` as a job: progress after each flow-model run, cancellable between runs."""
    net = network if network is not None else prepared.network
    assignment = yield from iter_assign(net, params)
    return collect(
        net,
        assignment,
        venue=prepared.venue.name,
        scenario=prepared.scenario.id,
        rules=prepared.rules.id,
        params=params,
    )


def iter_evacuate(
    venue: Venue,
    scenario: Scenario | None = None,
    *,
    rules: RuleSet | str = "fr-erp",
    params: FlowParams = DEFAULT_PARAMS,
) -> Job[EvacuationResult]:
    """:func:`evacuate` as a job that reports progress and can be cancelled between steps."""
    yield Progress(0.0, "occupant loads and navigation graph")
    prepared = prepare(venue, scenario, rules=rules)
    yield Progress(0.1, f"flow model: {prepared.network.persons:,.0f} persons")
    result = yield from iter_run(prepared, params)
    yield Progress(1.0, f"evacuated in {result.total_time:,.0f} s")
    return result


def evacuate(
    venue: Venue,
    scenario: Scenario | None = None,
    *,
    rules: RuleSet | str = "fr-erp",
    params: FlowParams = DEFAULT_PARAMS,
    on_progress=None,
) -> EvacuationResult:
    """Evacuate `venue` in `scenario` and measure it (see :class:`EvacuationResult`).

    Parameters
    ----------
    rules : RuleSet or name
        Rule set whose densities fill spaces with no declared figure.
    params : FlowParams
        Pre-movement time, assignment method, group size, ...

    Raises
    ------
    OccupantLoadError, TrappedOccupantsError, ExitLeadsNowhereError, NoExitError,
    UnknownElementInScenarioError, UnknownRuleSetError
        Bad input, each naming the element.
    """
    return run_sync(iter_evacuate(venue, scenario, rules=rules, params=params), on_progress)
