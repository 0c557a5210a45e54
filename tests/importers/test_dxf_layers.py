"""Layer names to roles, level prefixes and drawing units: the tables the DXF reader decides with."""

from __future__ import annotations

import pytest

from importers.dxf_layers import LayerMap, default_role, layer_role, level_prefix
from importers.dxf_units import choose_scale


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Walls", "walls"),
        ("A-WALL-FULL", "walls"),
        ("MURS", "walls"),
        ("murs_porteurs", "walls"),  # "porteurs" (load-bearing) must not read as "portes"
        ("Cloisons", "walls"),
        ("A-DOOR", "doors"),
        ("Portes", "doors"),
        ("Porte-fenêtre", "doors"),  # a French window is a door, not a window
        ("Crystal", "windows"),
        ("Fenêtres", "windows"),
        ("Columns", "columns"),
        ("Poteaux", "columns"),
        ("Locaux", "rooms"),
        ("Pièces", "rooms"),
        ("A-AREA-IDEN", "rooms"),
        ("Escaliers", "stairs"),
        ("Textes", "labels"),
        ("NOMS", "labels"),
        ("Furniture", "ignore"),
        ("Mobilier", "ignore"),
        ("Cotations", "ignore"),
        ("A-ANNO-DIMS", "ignore"),
        ("Roof", "ignore"),
        ("Toiture", "ignore"),
        ("Projection", "ignore"),
        ("Cancel", "ignore"),
        ("HATCH", "ignore"),
        ("Flooring", None),
        ("0", None),
    ],
)
def test_default_roles_recognise_english_and_french_layer_names(name, role):
    assert default_role(name) == role


def test_the_users_mapping_comes_before_the_defaults_exact_names_before_globs():
    layers = LayerMap({"Flooring": "rooms", "F*": "ignore", "walls": "ignore"})
    assert layers.role("FLOORING") == "rooms"
    assert layers.role("Fences") == "ignore"
    assert layers.role("Walls") == "ignore"
    assert layers.role("Doors") == "doors"


def test_an_unknown_role_is_refused():
    with pytest.raises(ValueError, match="unknown role 'wall'"):
        LayerMap({"A": "wall"})


@pytest.mark.parametrize(
    ("name", "prefix", "storey", "rest"),
    [
        ("L0-Walls", "L0", 0, "Walls"),
        ("L1_Doors", "L1", 1, "Doors"),
        ("RDC-Murs", "RDC", 0, "Murs"),
        ("R+2 Portes", "R+2", 2, "Portes"),
        ("SS1-Locaux", "SS1", -1, "Locaux"),
        ("N-1_Murs", "N-1", -1, "Murs"),
    ],
)
def test_level_prefixes_give_the_storey(name, prefix, storey, rest):
    found = level_prefix(name)
    assert (found.prefix, found.storey, found.rest) == (prefix, storey, rest)


def test_the_role_of_a_prefixed_layer_comes_from_the_rest_of_its_name():
    assert layer_role(LayerMap({}), "R+1-Portes", by_prefix=True) == ("R+1", "doors")
    assert layer_role(LayerMap({"R+1-Portes": "ignore"}), "R+1-Portes", by_prefix=True) == ("R+1", "ignore")


@pytest.mark.parametrize(
    ("insunits", "size", "door", "scale"),
    [
        (6, 52.0, 1.0, 1.0),  # metres, a 52 m building: as declared
        (4, 52_000.0, 900.0, 0.001),  # millimetres: as declared
        (1, 52.0, 1.006, 1.0),  # "inches": 1.3 m across, 2.6 cm doors -> metres
        (6, 52_000.0, None, 0.001),  # "metres": 52 km across -> millimetres
        (0, 5_200.0, 90.0, 0.01),  # unitless: metres 5.2 km, mm 5.2 m with 9 cm doors, cm 52 m with 0.9 m doors
        (2, 170.0, 3.0, 0.3048),  # feet: 52 m across, 0.9 m doors
    ],
)
def test_units_follow_the_header_unless_the_building_would_be_absurd(insunits, size, door, scale):
    assert choose_scale(insunits, size, door=door).scale == pytest.approx(scale)


def test_a_drawing_of_no_usual_size_keeps_its_declared_unit_with_a_warning():
    choice = choose_scale(6, 1e9)
    assert choice.scale == 1.0 and "no building's size" in choice.warning
