"""The two real DXF plans of the Barcelona Pavilion (../shared/samples/dxf, MIT, Yorik van Havre).

Both draw the same building in metres; ``pabellon de barcelona.dxf`` declares inches
and holds the roof plan and four elevations beside the plan. Walls are LINE pairs
with door gaps, doors are swing arcs and leaf rectangles on the ``Doors`` layer,
glazing is on ``Crystal``. Figures checked by hand on the drawing (README profile):

- the walls span x 0..50.32 m, y 0..21.42 m (the header extents, 52.0 x 22.75 m,
  add the 0.84 m flooring margin round them);
- five areas are closed: four rooms of the office block in the north-west
  (x 0.16..8.2, y 16.2..21.2) and the exhibition hall in the east;
- the hall, by hand: x 31.16..50.16 by y 4.15..12.8 (19.0 x 8.65 = 164.4 m²),
  plus x 38.16..50.16 by y 12.8..15.16 (12.0 x 2.36 = 28.3 m²), plus the entrance
  x 29.16..31.16 by y 4.15..6.4 (2.0 x 2.25 = 4.5 m²): 197.2 m², less the free
  wall at y 10.5 (5.0 x 0.2 = 1.0 m²): about 196 m²;
- 8 swing arcs: 4 single doors (radii 1.006, 0.956, 0.807, 0.807 m) and 2 double
  doors (2 x 1.006 m); the two double doors and the office's south door lead outside.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from models.topology import spaces_reaching_exit
from tests.importers.navigation import spaces_cut_off_on_the_graph

pytest.importorskip("ezdxf")

from importers import ImportResult, load

PLAN = "dxf/barcelona_pavilion_plan.dxf"
INCHES = "dxf/barcelona_pavilion_pabellon_de_barcelona.dxf"


@cache
def _read(path) -> ImportResult:
    return load(path)


@pytest.fixture(params=[PLAN, INCHES], ids=["plan", "header-in-inches"])
def pavilion(request, shared_sample) -> ImportResult:
    return _read(shared_sample(request.param))


def _walls_extent(result: ImportResult) -> np.ndarray:
    walls = result.venue.context["L0-walls"].vertices
    return walls[:, :2].max(axis=0) - walls[:, :2].min(axis=0)


def test_both_files_come_out_in_metres_with_the_building_52_by_23_m(pavilion):
    assert pavilion.report.unit_scale == 1.0
    # walls 50.32 x 21.42 m (to 1 cm); with the flooring margin, the drawing is 52 x 23 m to 2 m
    assert _walls_extent(pavilion) == pytest.approx([50.32, 21.42], abs=0.01)
    assert _walls_extent(pavilion) == pytest.approx([52.0, 23.0], abs=2.0)


def test_the_header_in_inches_is_overruled_and_the_report_says_so(shared_sample):
    report = _read(shared_sample(INCHES)).report
    (units,) = [w for w in report.warnings if "$INSUNITS" in w]
    # 115.96 "inches" across would be 2.9 m, and its doors 1.006 in = 2.6 cm wide
    assert "says inches" in units and "read as metres" in units


def test_the_roof_plan_and_elevations_beside_the_plan_are_left_out_and_said(shared_sample):
    report = _read(shared_sample(INCHES)).report
    (sheets,) = [w for w in report.warnings if "left out" in w]
    assert sheets.startswith("5 drawings beside the plan")  # roof plan + 4 elevations
    assert "x -1..51 m, y 27..44 m" in sheets  # the roof plan, above the plan


def test_both_files_give_the_same_spaces(shared_sample):
    areas = [sorted(s.area for s in _read(shared_sample(p)).venue.spaces.values()) for p in (PLAN, INCHES)]
    assert areas[0] == pytest.approx(areas[1], abs=1e-6)


def test_spaces_are_derived_from_the_wall_lines(pavilion):
    spaces = sorted(pavilion.venue.spaces.values(), key=lambda s: -s.area)
    # five closed areas by hand; one either way if a gap closes differently
    assert 4 <= len(spaces) <= 6
    assert spaces[0].area == pytest.approx(196.0, rel=0.05)  # the hall, by hand above
    assert all(s.name.startswith("Space ") for s in spaces)
    assert any("derived from the wall lines of layers Columns, Crystal, Walls" in d for d in pavilion.report.derived)


def test_the_derived_area_is_plausible_against_the_flooring(pavilion):
    total = sum(s.area for s in pavilion.venue.spaces.values())
    # Flooring spans x -0.84..51.16, y -0.84..21.16: 52 x 22 = 1144 m²; most of the podium is open air,
    # the closed rooms are the hall (~196 m²) and the office block (~40 m²): ~236 m², within 10 %
    flooring = 52.0 * 22.0
    assert total < flooring
    assert total == pytest.approx(236.0, rel=0.10)


def test_doors_on_the_doors_layer_become_openings_of_their_width(pavilion):
    widths = sorted(o.width for o in pavilion.venue.openings.values())
    # the IFC model of the same building (same repository) names its doors: two 80 cm doors, a wooden
    # door 100x210, a glass door simple 95x210, two glass doors double 200x210; the swing radii
    # (0.807, 0.807, 1.006, 0.956, 2 x 1.006) lap the frames by up to 7 mm: within 1 cm
    assert widths == pytest.approx([0.80, 0.80, 0.95, 1.00, 2.00, 2.00], abs=0.01)
    assert all(o.spaces for o in pavilion.venue.openings.values())


def test_the_pavilion_has_exits(pavilion):
    exits = pavilion.venue.exits
    assert len(exits) >= 1
    assert sorted(round(o.width, 2) for o in exits) == [0.96, 2.01, 2.01]  # office south door, two double doors


def test_layers_without_a_role_and_ignored_layers_are_reported(pavilion):
    dropped = dict(pavilion.report.dropped)
    assert "no role" in dropped["layer Flooring"]
    assert "ignored" in dropped["layer Furniture"]


def test_the_imported_pavilion_passes_validation(pavilion):
    from models import validate

    assert validate(pavilion.venue) == []


def test_every_space_joined_to_an_exit_reaches_one_on_the_navigation_graph(pavilion):
    assert len(spaces_reaching_exit(pavilion.venue)) == len(pavilion.venue.spaces)
    assert spaces_cut_off_on_the_graph(pavilion.venue) == set()
