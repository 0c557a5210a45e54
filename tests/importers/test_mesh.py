"""Building meshes made in the test with trimesh primitives, written to OBJ / STL / PLY / GLB / OFF and read back.

The building: two 10 x 8 m floor slabs 0.2 m thick with their tops at z = 0 and
z = 3 m, inside four 0.2 m walls 6 m high standing just outside the slabs. By
hand: two levels at 0 and 3 m, one 10 x 8 = 80 m² space each; the wall tops at
6 m face up too (0.2 m wide, 2 x 10.4 x 0.2 + 2 x 8 x 0.2 = 7.36 m²) but are too
narrow to walk on.
"""

from __future__ import annotations

import os

import numpy as np
import pytest

trimesh = pytest.importorskip("trimesh")

from trimesh.transformations import translation_matrix  # noqa: E402

from importers import ImportFailedError, ImportOptions, load  # noqa: E402
from importers.mesh_levels import find_levels, footprints  # noqa: E402
from models import validate  # noqa: E402

#: Z up -> Y up, as a glTF writer does: (x, y, z) -> (x, z, -y).
Z_TO_Y = np.array([[1, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]], dtype=float)


def _box(extents, centre):
    return trimesh.creation.box(extents=extents, transform=translation_matrix(centre))


def _building() -> trimesh.Scene:
    parts = [_box((10, 8, 0.2), (5, 4, z - 0.1)) for z in (0.0, 3.0)]
    parts += [_box((10.4, 0.2, 6), (5, y, 3)) for y in (-0.1, 8.1)]
    parts += [_box((0.2, 8, 6), (x, 4, 3)) for x in (-0.1, 10.1)]
    return trimesh.Scene(parts)


def _write(tmp_path, suffix: str):
    path = tmp_path / f"building{suffix}"
    scene = _building()
    if suffix in (".glb", ".gltf"):
        scene.apply_transform(Z_TO_Y)  # a glTF file is Y up
    if suffix == ".off":
        scene.to_mesh().export(path)  # trimesh writes OFF from a single mesh only
    elif suffix == ".gltf":
        for name, data in scene.export(file_type="gltf").items():  # model.gltf and its .bin buffers
            (tmp_path / name).write_bytes(data)
        path = tmp_path / "model.gltf"
    else:
        scene.export(path)
    return path


@pytest.mark.parametrize("suffix", [".obj", ".stl", ".ply", ".glb", ".gltf", ".off"])
def test_a_two_storey_box_building_gives_two_levels_of_80_square_metres(tmp_path, suffix):
    result = load(_write(tmp_path, suffix))
    venue = result.venue
    assert [(lv.elevation, lv.height) for lv in venue.levels_by_elevation] == [(0.0, 3.0), (3.0, 3.0)]
    spaces = sorted(venue.spaces.values(), key=lambda s: venue.level(s.level_id).elevation)
    assert [s.area for s in spaces] == pytest.approx([80.0, 80.0], abs=1e-9)  # 10 m x 8 m, exact
    xs = [p[0] for p in spaces[0].footprint]
    ys = [p[1] for p in spaces[0].footprint]
    assert (min(xs), max(xs), min(ys), max(ys)) == pytest.approx((0, 10, 0, 8), abs=1e-9)
    assert not venue.openings and not venue.connectors


def test_the_wall_tops_are_reported_as_too_narrow_to_be_a_level(tmp_path):
    report = load(_write(tmp_path, ".ply")).report
    ((element, reason),) = report.dropped
    assert element == "floor at 6.00 m"
    assert reason.startswith("7.4 m² facing up")  # 7.36 m² of wall tops, by hand above


def test_the_report_says_no_openings_can_be_known_and_check_finds_no_way_out(tmp_path):
    result = load(_write(tmp_path, ".obj"))
    assert any("no openings and no connectors" in w for w in result.report.warnings)
    assert "no-exit" in {p.code for p in validate(result.venue)}


def test_the_whole_mesh_is_context_geometry_in_metres(tmp_path):
    venue = load(_write(tmp_path, ".glb")).venue
    vertices = np.concatenate([m.vertices for m in venue.context.values()])
    # walls from -0.2 to 10.2 by -0.2 to 8.2, slabs from -0.2 up to walls' tops at 6 m: Z up again
    assert vertices.min(axis=0) == pytest.approx((-0.2, -0.2, -0.2))
    assert vertices.max(axis=0) == pytest.approx((10.2, 8.2, 6.0))
    assert len(venue.context) == 6  # one per scene node: 2 slabs + 4 walls


def test_a_file_without_units_is_read_as_metres_and_said(tmp_path):
    result = load(_write(tmp_path, ".stl"))
    assert result.report.unit_scale == 1.0
    assert any("no unit in the file: read as metres" in w for w in result.report.warnings)


def test_a_glb_carries_metres_and_is_turned_z_up(tmp_path):
    result = load(_write(tmp_path, ".glb"))
    assert result.report.unit_scale == 1.0
    assert not any("no unit" in w for w in result.report.warnings)
    assert "glTF is Y up by its specification: turned to Z up" in result.report.derived


def test_the_up_axis_can_be_set_for_a_y_up_obj(tmp_path):
    path = tmp_path / "yup.obj"
    _building().apply_transform(Z_TO_Y).export(path)
    venue = load(path, options=ImportOptions(extra={"up_axis": "y"})).venue
    assert sorted(lv.elevation for lv in venue.levels.values()) == pytest.approx([0.0, 3.0])
    assert sorted(s.area for s in venue.spaces.values()) == pytest.approx([80.0, 80.0])


def test_a_y_up_mesh_read_z_up_with_no_floor_hints_at_the_up_axis(tmp_path):
    path = tmp_path / "slab.obj"
    _box((10, 8, 0.2), (5, 4, 0)).apply_transform(Z_TO_Y).export(path)  # the slab stands on its 10 x 0.2 edge
    with pytest.raises(ImportFailedError, match=r"no floor found.*set up_axis to 'y'"):
        load(path)


def test_a_building_drawn_in_millimetres_without_units_is_read_as_millimetres(tmp_path):
    path = tmp_path / "mm.ply"
    _building().apply_scale(1000).export(path)  # 10 400 units across: metres would be 10 km
    result = load(path)
    assert result.report.unit_scale == 0.001
    assert sorted(s.area for s in result.venue.spaces.values()) == pytest.approx([80.0, 80.0], abs=1e-6)


def test_the_user_unit_scale_wins(tmp_path):
    path = _write(tmp_path, ".ply")
    venue = load(path, options=ImportOptions(unit_scale=0.8)).venue
    assert sorted(s.area for s in venue.spaces.values()) == pytest.approx([51.2, 51.2])  # 8 x 6.4 m
    assert sorted(lv.elevation for lv in venue.levels.values()) == pytest.approx([0.0, 2.4])  # 3 m x 0.8


def test_a_point_cloud_is_refused_for_having_no_faces(tmp_path):
    path = tmp_path / "cloud.ply"
    trimesh.PointCloud(np.random.default_rng(1).random((50, 3))).export(path)
    with pytest.raises(ImportFailedError, match="no faces, only 1 PointCloud"):
        load(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.obj", b"", "the file is empty"),
        ("junk.glb", os.urandom(500), "not a readable GLB file"),
        ("junk.ply", os.urandom(500), "not a readable PLY file"),
        ("junk.obj", b"\x00\x01 this is not a mesh \xff\n", "holds no geometry"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailedError, match=message) as info:
        load(path)
    assert info.value.path == path


def test_a_mesh_with_no_floor_is_refused(tmp_path):
    path = tmp_path / "wall.stl"
    _box((10, 0.2, 6), (5, 0, 3)).export(path)  # its top is 2 m², less than a level's 5 m²
    with pytest.raises(ImportFailedError, match="no floor found"):
        load(path)


def test_floor_heights_group_by_area_and_stair_treads_are_left_out():
    def square(x0, y0, x1, y1, z):
        return [[(x0, y0, z), (x1, y0, z), (x1, y1, z)], [(x0, y0, z), (x1, y1, z), (x0, y1, z)]]

    tris = square(0, 0, 10, 8, 0.0) + square(0, 0, 10, 8, 3.0)
    # a stair of 17 treads 1.2 x 0.28 m rising 0.176 m: each 0.336 m², far from 5 m²
    for k in range(1, 17):
        tris += square(10, 0.28 * k, 11.2, 0.28 * (k + 1), 0.176 * k)
    floors = find_levels(np.array(tris, dtype=float))
    assert [lv.elevation for lv in floors.levels] == pytest.approx([0.0, 3.0])
    assert len(floors.left_out) > 0 and all(area < 5.0 for _, area in floors.left_out)


def test_a_footprint_with_a_stairwell_keeps_it_as_a_hole():
    def square(x0, y0, x1, y1):
        return [[(x0, y0, 0), (x1, y0, 0), (x1, y1, 0)], [(x0, y0, 0), (x1, y1, 0), (x0, y1, 0)]]

    # a 10 x 10 m floor around a 2 x 3 m well at x 4..6, y 3..6, in four strips
    tris = square(0, 0, 10, 3) + square(0, 6, 10, 10) + square(0, 3, 4, 6) + square(6, 3, 10, 6)
    (poly,) = footprints(np.array(tris, dtype=float))
    assert poly.area == pytest.approx(100.0 - 6.0)
    assert len(poly.interiors) == 1


def test_a_top_level_with_nothing_above_it_is_flagged_as_a_possible_roof(tmp_path):
    scene = _building()
    scene.add_geometry(_box((10.4, 8.4, 0.2), (5, 4, 6.1)))  # a roof slab on the walls, its top at 6.2 m
    path = tmp_path / "roofed.ply"
    scene.export(path)
    result = load(path)
    assert sorted(lv.elevation for lv in result.venue.levels.values()) == pytest.approx([0.0, 3.0, 6.2])
    assert any("it may be the roof" in w for w in result.report.warnings)


def test_reading_reports_progress_up_to_the_end(tmp_path):
    steps = []
    load(_write(tmp_path, ".stl"), on_progress=steps.append)
    fractions = [p.fraction for p in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_overlapping_floor_faces_are_joined_once():
    from importers.mesh_levels import union_of_triangles

    def square(x0, y0, x1, y1):
        return [[(x0, y0), (x1, y0), (x1, y1)], [(x0, y0), (x1, y1), (x0, y1)]]

    # 4 x 3 m at the origin and 4 x 3 m at (2, 1): 12 + 12 - 2 x 2 of overlap = 20 m²; the second drawn twice
    tris = np.array(square(0, 0, 4, 3) + square(2, 1, 6, 4) + square(2, 1, 6, 4), dtype=float)
    assert union_of_triangles(tris).area == pytest.approx(20.0)


def test_floor_faces_far_from_the_origin_are_joined_exactly():
    from importers.mesh_levels import union_of_triangles

    # a 10 x 8 m floor in Lambert-93 coordinates (x 651 000 m, y 6 862 000 m), in 4 triangles
    x0, y0 = 651_000.0, 6_862_000.0
    tris = np.array(
        [
            [(x0, y0), (x0 + 5, y0), (x0 + 5, y0 + 8)],
            [(x0, y0), (x0 + 5, y0 + 8), (x0, y0 + 8)],
            [(x0 + 5, y0), (x0 + 10, y0), (x0 + 10, y0 + 8)],
            [(x0 + 5, y0), (x0 + 10, y0 + 8), (x0 + 5, y0 + 8)],
        ]
    )
    union = union_of_triangles(tris)
    assert union.area == pytest.approx(80.0, abs=1e-6)
    assert len(union.exterior.coords) <= 7  # one outline, not four triangles
