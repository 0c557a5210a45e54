"""Venue -> navigation graph -> access routes, directions and timed trajectories. Imports :mod:`models` only.

>>> from models.factories import two_room_venue
>>> G = build_graph(two_room_venue())
>>> route = access_route(G, "exit-a", "exit-b", profile="team")
>>> route.openings, route.length
(('exit-a', 'door-ab', 'exit-b'), 10.0)
"""

from routing.access import access_route, alternatives
from routing.endpoints import Endpoint, resolve_endpoint
from routing.errors import NoRouteError, RoutingError, UnknownEndpointError, UnknownProfileError
from routing.graph import build_graph, iter_build_graph
from routing.profiles import DEFAULT_PROFILE, Profile, get_profile, profile_names
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
    "UnknownEndpointError",
    "UnknownProfileError",
    "access_route",
    "alternatives",
    "build_graph",
    "edge_time",
    "get_profile",
    "iter_build_graph",
    "length",
    "profile_names",
    "resolve_endpoint",
    "travel_time",
]
