"""Routes to JSON and back: every leg, number and point read back exactly, so another process prints the same route."""

from __future__ import annotations

import json
import math
from dataclasses import fields

import numpy as np
import pytest

from routing import Leg, Route, access_route, build_graph
from routing.route_json import route_from_dict, route_to_dict
from tests.routing.venues import two_stair_venue

# every field of the dataclasses, so that a field added to Leg or Route is compared (and must be written)
LEG_FIELDS = tuple(f.name for f in fields(Leg) if f.name != "geometry")  # an array: compared on its own
ROUTE_FIELDS = tuple(f.name for f in fields(Route) if f.name != "legs")


def through_json(route: Route) -> Route:
    return route_from_dict(json.loads(json.dumps(route_to_dict(route))))


def assert_same_route(a: Route, b: Route) -> None:
    assert [getattr(a, f) for f in ROUTE_FIELDS] == [getattr(b, f) for f in ROUTE_FIELDS]
    assert len(a.legs) == len(b.legs)
    for x, y in zip(a.legs, b.legs, strict=True):
        assert [getattr(x, f) for f in LEG_FIELDS] == [getattr(y, f) for f in LEG_FIELDS]
        assert x.geometry.dtype == y.geometry.dtype and x.geometry.shape == y.geometry.shape
        assert np.array_equal(x.geometry, y.geometry)


def test_the_dict_holds_every_field_of_a_route_and_of_its_legs():
    d = route_to_dict(hand_route())
    assert set(d) == {"format"} | {f.name for f in fields(Route)}
    for leg in d["legs"]:
        assert set(leg) == {f.name for f in fields(Leg)}


def hand_route() -> Route:
    # Numbers that decimal text rounds: 0.1 + 0.2 = 0.30000000000000004, 1/3 = 0.333..., sqrt(2) = 1.4142135623730951
    walk = Leg(
        kind="walk", element="HALL", start="door:main", end="stair:S1:L0",
        geometry=np.array([[0.1, 0.2, 0.0], [0.1 + 0.2, 1 / 3, 0.0], [math.sqrt(2), 5.0, 0.0]]),
        length=math.sqrt(2) + 1 / 3, time=(math.sqrt(2) + 1 / 3) / 1.2,
        levels=("L0",), width=None, space="HALL", start_space=None,
    )  # fmt: skip
    lift = Leg(
        kind="lift", element="LIFT-1", start="lift:L0", end="lift:L1",
        geometry=np.zeros((0, 3)), length=3.4, time=30 + 3.4 / 1.0, wait=30.0,
        levels=("L0", "L1"), direction="up", width=1.1, space="LOBBY-1", start_space="LOBBY-0",
    )  # fmt: skip
    return Route((walk, lift), profile="team", source="STG-1", target="12.5,3@L1")


def test_a_hand_made_route_reads_back_with_every_number_and_point_exact():
    route = hand_route()
    back = through_json(route)
    assert_same_route(route, back)
    # the decimal-unfriendly values survive bit for bit: 0.1 + 0.2 is not 0.3
    assert back.legs[0].geometry[1, 0] == 0.30000000000000004 != 0.3
    assert back.legs[0].geometry[1, 1] == 1 / 3
    # the empty geometry of a lift ride keeps its (0, 3) shape, so the whole path still concatenates
    assert back.legs[1].geometry.shape == (0, 3)
    # totals follow: sqrt(2) + 1/3 + 3.4 m; (sqrt(2) + 1/3) / 1.2 + 30 + 3.4 s
    assert back.length == route.length == math.sqrt(2) + 1 / 3 + 3.4
    assert back.time == route.time == (math.sqrt(2) + 1 / 3) / 1.2 + 30 + 3.4
    assert back.levels == ("L0", "L1") and back.connectors == ("LIFT-1",)


def test_single_precision_geometry_keeps_its_type_and_values():
    leg = Leg("walk", "A", "a", "b", np.array([[0.1, 0.2, 0.0]], dtype=np.float32), 1.0, 1.0, levels=("L0",))
    back = through_json(Route((leg,)))
    assert back.legs[0].geometry.dtype == np.float32
    assert back.legs[0].geometry[0, 0] == np.float32(0.1)  # 0.100000001490116..., not the double 0.1


def test_a_computed_route_reads_back_identical():
    route = access_route(build_graph(two_stair_venue()), "main", "T", profile="team")
    back = through_json(route)
    assert_same_route(route, back)
    assert back.to_dict() == route.to_dict()


def test_a_dict_of_another_format_or_missing_a_field_is_refused_by_name():
    d = route_to_dict(hand_route())
    with pytest.raises(ValueError, match=r"format 1 \(format: 2\)"):
        route_from_dict({**d, "format": 2})
    del d["legs"][1]["width"]
    with pytest.raises(ValueError, match="without the field 'width'"):
        route_from_dict(d)
