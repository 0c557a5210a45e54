"""DXF plans made in the test with ezdxf: every expected value is worked out by hand in the comment beside it."""

from __future__ import annotations

import os

import pytest

ezdxf = pytest.importorskip("ezdxf")

from importers import ImportFailedError, ImportOptions, load  # noqa: E402
from importers.dxf import read_dxf  # noqa: E402
from models import validate  # noqa: E402
from models.validate import Severity  # noqa: E402


def _doc(units: int = 6):
    doc = ezdxf.new("R2010")
    doc.header["$INSUNITS"] = units
    return doc


def _rect(msp, x0, y0, x1, y1, layer, closed=True):
    msp.add_lwpolyline([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], close=closed, dxfattribs={"layer": layer})


def _save(doc, tmp_path, name="plan.dxf"):
    path = tmp_path / name
    doc.saveas(path)
    return path


def test_a_room_outline_with_a_label_becomes_a_named_space_of_its_area(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 10, 8, "Locaux")
    msp.add_text("Salle", dxfattribs={"layer": "Textes", "height": 0.5, "insert": (4, 4)})
    result = load(_save(doc, tmp_path))
    (space,) = result.venue.spaces.values()
    assert space.name == "Salle"
    assert space.area == pytest.approx(80.0, abs=1e-9)  # 10 m x 8 m
    assert result.report.unit_scale == 1.0
    assert "1 spaces from room outlines" in " ".join(result.report.derived)


def test_centimetre_units_are_converted_to_metres(tmp_path):
    doc = _doc(units=5)  # $INSUNITS 5 = centimetres
    _rect(doc.modelspace(), 0, 0, 1000, 800, "Rooms")  # 1000 cm x 800 cm
    result = load(_save(doc, tmp_path))
    (space,) = result.venue.spaces.values()
    assert result.report.unit_scale == 0.01
    assert space.area == pytest.approx(80.0, abs=1e-9)  # 10 m x 8 m
    assert result.report.warnings == []


def test_a_header_in_inches_on_a_plan_drawn_in_metres_is_read_as_metres_and_said(tmp_path):
    doc = _doc(units=1)  # inches: the room would be 10 in x 8 in, 0.25 m across
    _rect(doc.modelspace(), 0, 0, 10, 8, "Rooms")
    result = load(_save(doc, tmp_path))
    assert result.report.unit_scale == 1.0
    (space,) = result.venue.spaces.values()
    assert space.area == pytest.approx(80.0, abs=1e-9)
    (warning,) = result.report.warnings
    assert "inches" in warning and "read as metres" in warning


def test_the_user_unit_scale_wins_over_the_header(tmp_path):
    doc = _doc(units=6)
    _rect(doc.modelspace(), 0, 0, 10000, 8000, "Rooms")  # drawn in mm, header says metres
    result = load(_save(doc, tmp_path), options=ImportOptions(unit_scale=0.001))
    (space,) = result.venue.spaces.values()
    assert space.area == pytest.approx(80.0, abs=1e-9)  # 10 m x 8 m
    assert result.report.warnings == []


def _two_rooms_with_a_door_block(tmp_path, *, door_layer="Doors", wall_layer="Walls"):
    """Two 5 x 4 m rooms (outer walls 0..10 x 0..4, single lines) split by a wall at x = 5 with a 0.9 m gap.

    The door block is a swing of radius 0.9 hinged at (5, 1) swinging into the right room, with its leaf
    line; inserted once at (0, 0).
    """
    doc = _doc()
    msp = doc.modelspace()
    for a, b in [((0, 0), (10, 0)), ((10, 0), (10, 4)), ((10, 4), (0, 4)), ((0, 4), (0, 0))]:
        msp.add_line(a, b, dxfattribs={"layer": wall_layer})
    msp.add_line((5, 0), (5, 1), dxfattribs={"layer": wall_layer})
    msp.add_line((5, 1.9), (5, 4), dxfattribs={"layer": wall_layer})
    block = doc.blocks.new("DOOR90")
    block.add_arc((0, 0), 0.9, 0, 90)  # closed leaf along +y, open leaf along +x
    block.add_line((0, 0), (0.9, 0))
    msp.add_blockref("DOOR90", (5, 1), dxfattribs={"layer": door_layer})
    return _save(doc, tmp_path)


def test_a_door_block_becomes_an_opening_of_its_width_between_the_two_rooms(tmp_path):
    result = load(_two_rooms_with_a_door_block(tmp_path))
    venue = result.venue
    assert len(venue.spaces) == 2
    assert sorted(round(s.area, 2) for s in venue.spaces.values()) == [20.0, 20.0]  # 5 x 4 each, 1e-4 m lines
    (door,) = venue.openings.values()
    assert door.width == pytest.approx(0.9, abs=1e-9)  # the arc's radius
    assert door.position == pytest.approx((5.0, 1.45))  # middle of the chord (5, 1) -> (5, 1.9)
    assert len(door.spaces) == 2
    assert not [p for p in validate(venue) if p.severity == Severity.ERROR and p.code != "no-exit"]


def test_a_custom_layer_mapping_names_the_walls_and_doors(tmp_path):
    path = _two_rooms_with_a_door_block(tmp_path, door_layer="X-OUV", wall_layer="X-STRUCT")
    with pytest.raises(ImportFailedError, match="no room outline and no wall lines on layers"):
        load(path)
    result = load(path, options=ImportOptions(layers={"x-struct": "walls", "X-OUV": "doors"}))
    assert len(result.venue.spaces) == 2
    assert [o.width for o in result.venue.openings.values()] == [pytest.approx(0.9)]


def test_a_glob_in_the_layer_mapping_applies_to_every_matching_layer(tmp_path):
    path = _two_rooms_with_a_door_block(tmp_path, door_layer="X-OUV", wall_layer="X-STRUCT")
    result = load(path, options=ImportOptions(layers={"X-S*": "walls", "x-o??": "doors"}))
    assert len(result.venue.openings) == 1


def test_an_unknown_role_in_the_layer_mapping_is_refused_by_name(tmp_path):
    path = _two_rooms_with_a_door_block(tmp_path)
    with pytest.raises(ImportFailedError, match="layer 'Walls': unknown role 'wall'"):
        load(path, options=ImportOptions(layers={"Walls": "wall"}))


def test_a_door_in_an_outer_wall_is_an_exit(tmp_path):
    """A 6 x 4 m room with a 1 m swing in the south wall: the door touches one space, so it is an exit."""
    doc = _doc()
    msp = doc.modelspace()
    msp.add_lwpolyline([(2, 0), (0, 0), (0, 4), (6, 4), (6, 0), (3, 0)], dxfattribs={"layer": "Walls"})
    msp.add_arc((2, 0), 1.0, 0, 90, dxfattribs={"layer": "Doors"})  # hinge (2, 0), closed end (3, 0)
    msp.add_line((2, 0), (2, 1), dxfattribs={"layer": "Doors"})  # the open leaf, into the room
    result = read_dxf(_save(doc, tmp_path))
    (space,) = result.venue.spaces.values()
    assert space.area == pytest.approx(24.0, abs=0.01)  # 6 x 4; the door's chord closes the gap
    assert space.name == "Space 1"
    (door,) = result.venue.openings.values()
    assert door.is_exit and door.width == pytest.approx(1.0)
    assert door.position == pytest.approx((2.5, 0.0))


def test_unknown_entity_types_are_counted_by_type(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 10, 8, "Rooms")
    msp.add_point((1, 1), dxfattribs={"layer": "Rooms"})
    msp.add_point((2, 1), dxfattribs={"layer": "Rooms"})
    msp.add_solid([(0, 0), (1, 0), (0, 1)], dxfattribs={"layer": "Walls"})
    msp.add_line((0, 0), (1, 1), dxfattribs={"layer": "Furniture"})
    report = load(_save(doc, tmp_path)).report
    assert report.skipped == {"POINT": 2, "SOLID": 1}
    assert ("layer Furniture", "1 entities ignored by the layer mapping") in report.dropped


def test_levels_from_layer_prefixes_are_stacked_by_storey_height(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 10, 8, "RDC-Locaux")
    _rect(msp, 0, 0, 10, 5, "R+1-Locaux")
    options = ImportOptions(extra={"dxf_levels": "layer-prefix", "storey_height": 3.5})
    venue = load(_save(doc, tmp_path), options=options).venue
    assert [(lv.id, lv.name, lv.elevation) for lv in venue.levels_by_elevation] == [
        ("L0", "RDC", 0.0),
        ("L1", "R+1", 3.5),  # storey 1 x 3.5 m
    ]
    assert sorted((s.level_id, s.area) for s in venue.spaces.values()) == [("L0", 80.0), ("L1", 50.0)]


def test_walls_are_extruded_to_the_storey_height_for_the_3d_view(tmp_path):
    venue = load(_two_rooms_with_a_door_block(tmp_path)).venue
    (walls,) = [m for m in venue.context.values() if m.category == "walls"]
    assert walls.vertices[:, 2].min() == 0.0 and walls.vertices[:, 2].max() == 3.0
    assert len(walls.faces) == 2 * 6  # six wall lines, two triangles each


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (os.urandom(2000), "not a DXF file"),
        (b"0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n", "the drawing is empty"),
    ],
    ids=["empty", "junk", "no-entities"],
)
def test_bad_files_get_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.dxf"
    path.write_bytes(content)
    with pytest.raises(ImportFailedError, match=message) as info:
        read_dxf(path)
    assert info.value.path == path


def test_a_truncated_file_is_recovered_and_said(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 10, 8, "Rooms")
    full = _save(doc, tmp_path).read_text()
    cut = tmp_path / "cut.dxf"
    cut.write_text(full[: full.index("OBJECTS")])  # lose the end of the file: no closing ENDSEC / EOF
    result = read_dxf(cut)
    assert len(result.venue.spaces) == 1
    assert any("damaged" in w and "recovered" in w for w in result.report.warnings)


def test_a_file_cut_before_its_entities_is_refused(tmp_path):
    doc = _doc()
    _rect(doc.modelspace(), 0, 0, 10, 8, "Rooms")
    full = _save(doc, tmp_path).read_text()
    cut = tmp_path / "cut.dxf"
    cut.write_text(full[: full.index("ENTITIES")])
    with pytest.raises(ImportFailedError, match="truncated"):
        read_dxf(cut)


def test_walls_that_enclose_nothing_are_refused_with_the_layers_named(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    msp.add_line((0, 0), (10, 0), dxfattribs={"layer": "Walls"})
    msp.add_line((0, 5), (10, 5), dxfattribs={"layer": "Walls"})
    with pytest.raises(ImportFailedError, match="the wall lines of layers Walls enclose no area"):
        read_dxf(_save(doc, tmp_path))


def test_a_door_between_two_room_outlines_joins_them(tmp_path):
    """Rooms 0..5 and 5.2..10 by 0..4 m, a 0.2 m wall between; a 0.9 m swing hinged at (5.2, 1) into the east room."""
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 5, 4, "Rooms")
    _rect(msp, 5.2, 0, 10, 4, "Rooms")
    msp.add_mtext("Hall\\PA12", dxfattribs={"layer": "Rooms", "insert": (2, 2), "char_height": 0.4})
    msp.add_text("B07", dxfattribs={"layer": "Labels", "insert": (7, 2), "height": 0.3})
    msp.add_arc((5.2, 1.0), 0.9, 0, 90, dxfattribs={"layer": "Doors"})  # closed end (5.2, 1.9)
    msp.add_line((5.2, 1.0), (6.1, 1.0), dxfattribs={"layer": "Doors"})  # the open leaf
    venue = read_dxf(_save(doc, tmp_path)).venue
    names = sorted((s.name, s.number, round(s.area, 6)) for s in venue.spaces.values())
    # the MTEXT's two lines: "Hall" is the name, "A12" the number; "B07" alone is a number, with no name
    assert names == [("", "B07", 19.2), ("Hall", "A12", 20.0)]  # 4.8 x 4 and 5 x 4
    (door,) = venue.openings.values()
    assert len(door.spaces) == 2 and door.width == pytest.approx(0.9)


def test_hatch_and_circle_outlines_become_spaces_and_a_duplicate_is_merged(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    hatch = msp.add_hatch(dxfattribs={"layer": "A-AREA"})
    hatch.paths.add_polyline_path([(0, 0), (10, 0), (10, 8), (0, 8)], is_closed=True)
    _rect(msp, 0, 0, 10, 8, "A-AREA")  # the same room drawn again as a polyline
    msp.add_circle((20, 4), 2.0, dxfattribs={"layer": "A-AREA"})
    result = read_dxf(_save(doc, tmp_path))
    areas = sorted(s.area for s in result.venue.spaces.values())
    # pi x 2² = 12.566 m² (flattened to 5 mm: a little less); 10 x 8 = 80 m² once
    assert areas == [pytest.approx(12.566, abs=0.02), pytest.approx(80.0)]
    assert any("1 outlines drawn twice" in d for d in result.report.derived)


def test_a_floor_outline_around_room_outlines_keeps_what_is_left_around_them(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 20, 10, "Espaces")  # the whole floor
    _rect(msp, 0, 0, 8, 6, "Espaces")  # a room in its corner
    venue = read_dxf(_save(doc, tmp_path)).venue
    assert sorted(s.area for s in venue.spaces.values()) == pytest.approx([48.0, 152.0])  # 8 x 6; 200 - 48


def test_stairs_layers_are_reported_as_not_used(tmp_path):
    doc = _doc()
    msp = doc.modelspace()
    _rect(msp, 0, 0, 10, 8, "Rooms")
    for k in range(5):
        msp.add_line((1, 1 + 0.3 * k), (2, 1 + 0.3 * k), dxfattribs={"layer": "Escaliers"})
    report = read_dxf(_save(doc, tmp_path)).report
    assert dict(report.dropped)["layer Escaliers"].startswith("5 entities not used: stairs between levels")


def test_a_grid_of_rooms_in_single_axis_aligned_lines_gives_every_room_and_door(tmp_path):
    """3 x 3 rooms of 5 x 4 m; walls are single horizontal and vertical lines, a 0.9 m swing in each inner west wall.

    By hand: 9 rooms of 20 m², 2 x 3 = 6 doors, each between two rooms (no exit).
    """
    doc = _doc()
    msp = doc.modelspace()
    for i in range(4):
        msp.add_line((0, 4 * i), (15, 4 * i), dxfattribs={"layer": "Walls"})
    for x in (0, 15):
        msp.add_line((x, 0), (x, 12), dxfattribs={"layer": "Walls"})
    for x in (5, 10):
        for y in (0, 4, 8):
            msp.add_line((x, y), (x, y + 1), dxfattribs={"layer": "Walls"})
            msp.add_line((x, y + 1.9), (x, y + 4), dxfattribs={"layer": "Walls"})
            msp.add_arc((x, y + 1), 0.9, 0, 90, dxfattribs={"layer": "Doors"})
            msp.add_line((x, y + 1), (x + 0.9, y + 1), dxfattribs={"layer": "Doors"})
    venue = read_dxf(_save(doc, tmp_path)).venue
    assert sorted(round(s.area, 2) for s in venue.spaces.values()) == [20.0] * 9
    assert len(venue.openings) == 6 and all(len(o.spaces) == 2 for o in venue.openings.values())


def test_reading_reports_progress_up_to_the_end_and_can_be_cancelled(tmp_path):
    from models import CancelledError, run_sync
    from models.progress import Progress

    path = _two_rooms_with_a_door_block(tmp_path)
    steps: list[Progress] = []
    load(path, on_progress=steps.append)
    fractions = [p.fraction for p in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    from importers.dxf import iter_read_dxf

    with pytest.raises(CancelledError):
        run_sync(iter_read_dxf(path), should_cancel=lambda: True)
