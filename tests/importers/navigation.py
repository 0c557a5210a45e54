"""Checks shared by the importer tests that need the navigation graph (tests may import routing)."""

from __future__ import annotations

import networkx as nx

from models import Venue
from models.topology import spaces_reaching_exit
from routing import build_graph


def spaces_cut_off_on_the_graph(venue: Venue) -> set[str]:
    """Spaces the building connects to an exit (by its openings and connectors) that reach no exit on the graph."""
    G = build_graph(venue)
    outside = [n for n, kind in G.nodes(data="kind") if kind == "outside"]
    reaching_nodes = set(outside).union(*(nx.ancestors(G, n) for n in outside)) if outside else set()
    reaching_spaces = {G.nodes[n]["space"] for n in reaching_nodes} - {None}
    return spaces_reaching_exit(venue) - reaching_spaces
