"""Free areas enclosed by wall lines (importers.walls): the helper the DXF reader derives rooms with."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString

from importers.walls import as_lines, enclosed_areas, extrude_segments


def _box(x0, y0, x1, y1):
    return [[(x0, y0), (x1, y0)], [(x1, y0), (x1, y1)], [(x1, y1), (x0, y1)], [(x0, y1), (x0, y0)]]


def test_a_closed_box_of_lines_encloses_its_area():
    found = enclosed_areas(as_lines(_box(0, 0, 10, 8)))
    (room,) = found.rooms
    # 80 m², less the 1e-4 m by which each line is thickened along the 36 m perimeter
    assert room.area == pytest.approx(80.0, abs=36 * 1e-4)


def test_the_body_between_a_pair_of_wall_lines_is_not_a_room():
    # a 0.2 m thick wall drawn as two boxes: outer 0..10 x 0..8, inner 0.2..9.8 x 0.2..7.8
    found = enclosed_areas(as_lines(_box(0, 0, 10, 8) + _box(0.2, 0.2, 9.8, 7.8)))
    (room,) = found.rooms
    assert room.area == pytest.approx(9.6 * 7.6, abs=0.01)  # the inner box only: 72.96 m²


def test_a_door_gap_up_to_the_gap_width_splits_two_rooms_in_its_middle():
    # 8 x 4 m split at x = 4 by a wall with a 1 m gap (y 1.5..2.5): two 4 x 4 m rooms
    lines = as_lines([*_box(0, 0, 8, 4), [(4, 0), (4, 1.5)], [(4, 2.5), (4, 4)]])
    rooms = sorted(enclosed_areas(lines, gap=1.2).rooms, key=lambda r: r.bounds[0])
    assert [r.area for r in rooms] == pytest.approx([16.0, 16.0], abs=0.01)
    assert rooms[0].bounds[2] == pytest.approx(4.0, abs=1e-3)  # the split runs through the gap's middle


def test_a_gap_wider_than_the_gap_width_joins_the_rooms():
    lines = as_lines([*_box(0, 0, 8, 4), [(4, 0), (4, 1.0)], [(4, 3.0), (4, 4)]])  # 2 m gap
    (room,) = enclosed_areas(lines, gap=1.2).rooms
    assert room.area == pytest.approx(32.0, abs=0.01)


def test_a_closure_splits_rooms_across_a_wide_opening():
    lines = as_lines([*_box(0, 0, 8, 4), [(4, 0), (4, 1.0)], [(4, 3.0), (4, 4)]])  # 2 m double door
    rooms = enclosed_areas(lines, closures=[LineString([(4, 0.95), (4, 3.05)])], gap=1.2).rooms
    assert sorted(r.area for r in rooms) == pytest.approx([16.0, 16.0], abs=0.01)


def test_an_area_open_to_the_outside_is_not_a_room():
    lines = as_lines([[(0, 0), (10, 0)], [(10, 0), (10, 8)], [(0, 8), (0, 0)]])  # no north wall
    found = enclosed_areas(lines)
    assert found.rooms == ()


def test_areas_under_the_minimum_are_dropped():
    # a 0.8 x 0.8 m duct (0.64 m²) beside a 4 x 4 m room
    found = enclosed_areas(as_lines(_box(0, 0, 4, 4) + _box(5, 0, 5.8, 0.8)), min_area=1.0)
    assert [round(r.area) for r in found.rooms] == [16]


def test_a_column_inside_a_room_is_a_hole():
    found = enclosed_areas(as_lines(_box(0, 0, 10, 10) + _box(4.8, 4.8, 5.2, 5.2)))
    (room,) = found.rooms
    assert len(room.interiors) == 1
    assert room.area == pytest.approx(100.0 - 0.16, abs=0.01)  # 10 x 10 less the 0.4 x 0.4 column


def test_no_lines_enclose_nothing():
    assert enclosed_areas([]).rooms == ()


def test_segments_are_extruded_to_quads_from_the_floor_to_the_storey_height():
    vertices, faces = extrude_segments(np.array(_box(0, 0, 4, 3)), 3.0, 2.5)
    assert vertices.shape == (16, 3) and faces.shape == (8, 3)
    assert vertices[:, 2].min() == 3.0 and vertices[:, 2].max() == 5.5
    # each quad's two triangles cover its 4 m or 3 m by 2.5 m face: (4 + 3 + 4 + 3) x 2.5 = 35 m²
    tri = vertices[faces]
    area = 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1).sum()
    assert area == pytest.approx(35.0)
