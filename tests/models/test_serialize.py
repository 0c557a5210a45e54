"""The plain-dict form of the model: exact round trips, a fixed shape, and errors that name the element."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import (
    Connector,
    ContextMesh,
    Landing,
    Level,
    Marker,
    Opening,
    Provenance,
    SavedRoute,
    Scenario,
    Space,
    Venue,
)
from models.factories import two_room_venue
from models.geometry import rectangle
from models.serialize import (
    SerializeError,
    context_mesh_to_dict,
    saved_route_from_dict,
    saved_route_to_dict,
    scenario_from_dict,
    scenario_to_dict,
    venue_from_dict,
    venue_to_dict,
)
from tests import strategies


def through_json(d):
    """What a file gives back: the dict written as JSON text and read again."""
    return json.loads(json.dumps(d))


def assert_same_venue(a: Venue, b: Venue) -> None:
    assert a == b
    for collection in ("levels", "spaces", "openings", "connectors", "markers", "context"):
        assert list(getattr(a, collection)) == list(getattr(b, collection)), f"{collection} order changed"


# --- round trips ------------------------------------------------------------------------


@given(strategies.venues())
def test_any_venue_comes_back_equal_through_json(venue):
    back = venue_from_dict(through_json(venue_to_dict(venue, context=True)))
    assert_same_venue(back, venue)


@settings(max_examples=30)
@given(strategies.venues())
def test_without_context_the_venue_comes_back_without_its_meshes(venue):
    back = venue_from_dict(through_json(venue_to_dict(venue)))
    assert_same_venue(back, dataclasses.replace(venue, context={}))


@settings(max_examples=50)
@given(strategies.venues().flatmap(strategies.scenarios))
def test_any_scenario_comes_back_equal_through_json(scenario):
    assert scenario_from_dict(through_json(scenario_to_dict(scenario))) == scenario


@given(strategies.saved_routes)
def test_any_saved_route_comes_back_equal_through_json(route):
    assert saved_route_from_dict(through_json(saved_route_to_dict(route))) == route


@pytest.mark.parametrize(
    "value",
    [0.1, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 123456789.12345679, -7.0],
)
def test_floats_keep_every_bit_through_json(value):
    # the smallest subnormal, the largest finite double, 1/3 and -0.0 are where decimal printing loses bits
    level = Level("L", elevation=value)
    back = venue_from_dict(through_json(venue_to_dict(Venue("v", levels=[level])))).levels["L"]
    assert np.float64(back.elevation).tobytes() == np.float64(value).tobytes()


def test_accented_and_unusual_strings_survive():
    name = 'Salle Pleyel — Étage 2 « balcon » "côté cour" \\ \n\t 🎭 \ud800'  # a lone surrogate too
    venue = Venue(name, levels=[Level("é/../L0", name)])
    assert venue_from_dict(through_json(venue_to_dict(venue))) == venue


# --- the shape -------------------------------------------------------------------------


def test_an_opening_has_this_plain_form():
    opening = Opening("d1", "L0", (5, 2), 0.9, ("a", "b"), kind="emergency_exit", locked=True)
    [d] = venue_to_dict(Venue("v", openings=[opening]))["openings"]
    assert d == {
        "id": "d1",
        "level_id": "L0",
        "position": [5.0, 2.0],
        "width": 0.9,
        "spaces": ["a", "b"],
        "kind": "emergency_exit",
        "locked": True,
    }


def test_empty_optional_fields_are_left_out_and_numbers_always_written():
    d = venue_to_dict(Venue("v", levels=[Level("L0")]))
    assert d["levels"] == [{"id": "L0", "elevation": 0.0, "height": 3.0}]
    assert "address" not in d and "erp_category" not in d


def test_scenario_sets_are_written_sorted():
    d = scenario_to_dict(Scenario("s", blocked_openings={"z", "a", "m"}))
    assert d == {"id": "s", "blocked_openings": ["a", "m", "z"]}


def full_venue() -> Venue:
    """A venue in which every optional field of every element has a value."""
    return Venue(
        "Full",
        levels=[Level("L0", "Ground", 0.0, 4.0, source_ref="storey-1"), Level("L1", "First", 4.0, 3.5)],
        spaces=[
            Space(
                "s",
                "L0",
                rectangle(0, 0, 10, 10),
                name="Hall",
                use="hall",
                number="001",
                holes=[rectangle(4, 4, 5, 5)],
                capacity=100,
                seats=80,
                source_ref="gid-s",
            ),
            Space("u", "L1", rectangle(0, 0, 10, 10)),
        ],
        openings=[Opening("o", "L0", (0, 5), 1.2, ("s",), kind="exit", name="Main", locked=True, source_ref="gid-o")],
        connectors=[
            Connector(
                "c",
                "escalator",
                1.0,
                (Landing("L0", (2, 2), "s"), Landing("L1", (2, 8), "u")),
                name="Escalator",
                riser=0.2,
                going=0.4,
                direction="up",
                speed=0.5,
                capacity=3,
                source_ref="gid-c",
            )
        ],
        markers=[Marker("m", "fire_panel", "L0", (1, 1), radius=2.0, label="FP", notes="code 1234", source_ref="x")],
        context=[
            ContextMesh("w", np.zeros((3, 3)), [[0, 1, 2]], category="walls", level_id="L0", name="W", source_ref="y")
        ],
        address="1 rue X",
        north_angle=12.5,
        erp_type="L",
        erp_category=1,
        source=Provenance("/plans/full.ifc", "ifc", "ab" * 32, 0.001),
    )


@pytest.mark.parametrize(
    ("collection", "kind"),
    [
        ("levels", Level),
        ("spaces", Space),
        ("openings", Opening),
        ("connectors", Connector),
        ("markers", Marker),
        ("context", ContextMesh),
    ],
)
def test_every_field_of_every_element_is_written(collection, kind):
    # a field added to a model type without being serialised would be lost on save: this fails first
    element = venue_to_dict(full_venue(), context=True)[collection][0]
    assert set(element) == {f.name for f in dataclasses.fields(kind)}


def test_every_field_of_the_venue_scenarios_and_routes_is_written():
    venue = venue_to_dict(full_venue(), context=True)
    assert set(venue) == {f.name for f in dataclasses.fields(Venue)}
    assert set(venue["source"]) == {f.name for f in dataclasses.fields(Provenance)}
    scenario = Scenario("s", "n", "d", {"o"}, {"c"}, (Marker("h", "hazard_zone", "L0", (0, 0)),), {"s": 1}, "p")
    assert set(scenario_to_dict(scenario)) == {f.name for f in dataclasses.fields(Scenario)}
    route = SavedRoute("r", "n", "a", "b", "p", "s", ("x",), ("y",))
    assert set(saved_route_to_dict(route)) == {f.name for f in dataclasses.fields(SavedRoute)}


def test_context_mesh_arrays_come_back_with_their_dtypes():
    mesh = ContextMesh("w", [[0.5, 1, 2], [3, 4, 5], [6, 7, 8.25]], [[0, 1, 2]])
    back = venue_from_dict(through_json(venue_to_dict(Venue("v", context=[mesh]), context=True))).context["w"]
    assert back == mesh
    assert back.vertices.dtype == np.float64 and back.faces.dtype == np.int64
    assert context_mesh_to_dict(mesh, arrays=False) == {"id": "w"}


# --- errors name the element and the key ---------------------------------------------------


def plain() -> dict:
    return through_json(venue_to_dict(two_room_venue()))


def broken(edit) -> dict:
    d = plain()
    edit(d)
    return d


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["spaces"][1].pop("footprint"), "space 'room-b': missing key 'footprint'"),
        (lambda d: d["openings"][0].update(width="wide"), "opening 'door-ab': 'width' must be a number, got a string"),
        (lambda d: d["openings"][0].update(width=True), "opening 'door-ab': 'width' must be a number, got a boolean"),
        (lambda d: d["spaces"][0].update(colour="red"), "space 'room-a': unknown key 'colour'"),
        (lambda d: d["spaces"][0].update(use="ballroom"), "space 'room-a': 'use' is 'ballroom', not one of: hall,"),
        (lambda d: d["spaces"][0].pop("id"), "spaces[0]: missing key 'id'"),
        (lambda d: d["spaces"][0].update(id=7), "spaces[0]: 'id' must be a string, got a number"),
        (lambda d: d["spaces"][0].update(footprint=[[0, 0], [1]]), "'footprint' must be a list of [x, y] pairs"),
        (lambda d: d["spaces"][0].update(holes=[[[0, 0], "x"]]), "space 'room-a': 'holes[0]' must be a list"),
        (lambda d: d["spaces"][0].update(capacity=12.5), "'capacity' must be a whole number or null, got a number"),
        (lambda d: d["openings"][0].update(spaces="room-a"), "'spaces' must be a list of strings, got a string"),
        (lambda d: d["openings"][2].update(id="door-ab"), "opening 'door-ab': the id is used more than once"),
        (lambda d: d.update(levels={}), "venue: 'levels' must be a list, got an object"),
        (lambda d: d.pop("source"), "venue: missing key 'source'"),
        (lambda d: d["levels"].append(["L9"]), "levels[1]: expected an object, got a list"),
    ],
)
def test_a_malformed_venue_dict_is_refused_naming_the_element(edit, message):
    with pytest.raises(SerializeError) as caught:
        venue_from_dict(broken(edit))
    assert message in str(caught.value)


def test_a_connector_landing_of_the_wrong_shape_names_the_connector_and_landing():
    venue = Venue(
        "v", connectors=[Connector("st", "stair", 1.2, (Landing("L0", (0, 0), "a"), Landing("L1", (0, 0), "b")))]
    )
    d = through_json(venue_to_dict(venue))
    d["connectors"][0]["landings"][1]["position"] = "up there"
    with pytest.raises(SerializeError, match=r"connector 'st' landing 2: 'position' must be an \[x, y\] pair"):
        venue_from_dict(d)


@given(st.sampled_from(["", "x", 1, None, [], True]))
def test_anything_but_an_object_is_not_a_venue(value):
    with pytest.raises(SerializeError, match="venue: expected an object"):
        venue_from_dict(value)


def _positions(value, found=None) -> list:
    """Every (container, key) in a nested JSON value, where another value could be put."""
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        found.append((value, key))
        _positions(inner, found)
    return found


@settings(max_examples=100)
@given(venue=strategies.venues(), data=st.data())
def test_any_value_put_anywhere_gives_a_venue_or_a_serialize_error_never_a_crash(venue, data):
    d = through_json(venue_to_dict(venue, context=True))
    wild = st.one_of(strategies.json_values, st.integers(10**300, 10**400), st.sampled_from([None, [], {}, [[1, 2]]]))
    for _ in range(data.draw(st.integers(1, 3))):
        container, key = data.draw(st.sampled_from(_positions(d) or [(d, "name")]))
        container[key] = data.draw(wild)
    try:
        venue_from_dict(d)
    except SerializeError as e:
        assert e.where and e.problem
