"""Venue -> navigation graph -> access routes, directions and timed trajectories. Imports :mod:`models` only.

>>> from models.factories import two_room_venue
>>> G = build_graph(two_room_venue())
>>> route = access_route(G, "exit-a", "exit-b", profile="team")
>>> route.openings, route.length
(('exit-a', 'door-ab', 'exit-b'), 10.0)
"""

from routing.access import access_route, alternatives
from routing.directions import Step, describe, directions
from routing.endpoints import Endpoint, resolve_endpoint
from routing.errors import NoRouteError, RoutingError, UnknownEndpointError, UnknownProfileError
from routing.graph import build_graph, iter_build_graph
from routing.profiles import DEFAULT_PROFILE, Profile, get_profile, profile_names
from routing.rehearsal import Trajectory, position_at, trajectory
from routing.route import Leg, Route
from routing.weights import edge_time, length, travel_time

__all__ = [
    "DEFAULT_PROFILE",
    "Endpoint",
    "Leg",
    "NoRouteError",
    "Profile",
    "Route",
    "RoutingError",
    "Step",
    "Trajectory",
    "UnknownEndpointError",
    "UnknownProfileError",
    "access_route",
    "alternatives",
    "build_graph",
    "describe",
    "directions",
    "edge_time",
    "get_profile",
    "iter_build_graph",
    "length",
    "position_at",
    "profile_names",
    "resolve_endpoint",
    "trajectory",
    "travel_time",
]
