"""The IFC reader on small models built here with ifcopenshell.api, where every expected value is known by hand.

The model (metres; the millimetre variant multiplies every length in the file by 1000):

    Floor 0 (z = 0)                                   Floor 1 (z = 3)
    west wall x -0.2..0 | A "001 Foyer" 0..5 x 0..4   C "101 Salle" 0..10 x 0..4
    partition x 5..5.2  | B "002 WC" 5.2..10 x 0..4

- door "inner door": in the partition, y 1.5..2.4 (0.9 m), joins A and B;
- door "fire exit": in the west wall, y 1..2.2 (1.2 m), FireExit, leads out of A;
- stair: 12 steps of 0.25 m rise and 0.25 m going, 1 m wide, from x = 6 to 9 at y 0.5..1.5;
- lift: x 1..2, y 3..3.9, z 0..5.5, serving both floors;
- ramp: a wedge x 6..9, y 2.5..3.5, rising from z 0 at x = 6 to z 3 at x = 9.
"""

from __future__ import annotations

import ifcopenshell.api.aggregate
import ifcopenshell.api.context
import ifcopenshell.api.geometry
import ifcopenshell.api.project
import ifcopenshell.api.pset
import ifcopenshell.api.root
import ifcopenshell.api.spatial
import ifcopenshell.api.unit
import numpy as np
import pytest
from ifcopenshell.util.shape_builder import ShapeBuilder

from importers.ifc import iter_read_ifc, read_ifc
from importers.report import ImportOptions
from models import CancelledError, ConnectorKind, OpeningKind, Progress, SpaceUse, run_sync

api = ifcopenshell.api


def _matrix(x: float, y: float, z: float, *, along_y: bool = False) -> np.ndarray:
    m = np.eye(4)
    m[:3, 3] = (x, y, z)
    if along_y:  # local X along world +Y, local Y along world -X (a door in a wall running north)
        m[:3, 0], m[:3, 1] = (0, 1, 0), (-1, 0, 0)
    return m


def build_model(schema: str = "IFC4", unit: str = "METRE"):
    """The two-floor test model described in the module docstring."""
    u = 1000.0 if unit == "MILLIMETRE" else 1.0
    f = api.project.create_file(version=schema)
    project = api.root.create_entity(f, "IfcProject", name="Test venue")
    length = api.unit.add_si_unit(f, unit_type="LENGTHUNIT", prefix="MILLI" if u == 1000 else None)
    api.unit.assign_unit(f, units=[length])
    model = api.context.add_context(f, context_type="Model")
    body = api.context.add_context(
        f, context_type="Model", context_identifier="Body", target_view="MODEL_VIEW", parent=model
    )
    site = api.root.create_entity(f, "IfcSite", name="Site")
    building = api.root.create_entity(f, "IfcBuilding", name="Test hall")
    api.aggregate.assign_object(f, products=[site], relating_object=project)
    api.aggregate.assign_object(f, products=[building], relating_object=site)
    storeys = []
    for i, z in enumerate((0.0, 3.0)):
        storey = api.root.create_entity(f, "IfcBuildingStorey", name=f"Floor {i}")
        storey.Elevation = z * u
        api.geometry.edit_object_placement(f, product=storey, matrix=_matrix(0, 0, z))
        api.aggregate.assign_object(f, products=[storey], relating_object=building)
        storeys.append(storey)
    sb = ShapeBuilder(f)

    def box(cls, storey, corner, size, *, name, along_y=False, predefined_type=None, **attributes):
        element = api.root.create_entity(f, cls, name=name, predefined_type=predefined_type)
        for key, value in attributes.items():
            setattr(element, key, value)
        api.geometry.edit_object_placement(f, product=element, matrix=_matrix(*corner, along_y=along_y))
        profile = sb.profile(sb.rectangle(size=(size[0] * u, size[1] * u)))
        representation = sb.get_representation(body, [sb.extrude(profile, magnitude=size[2] * u)])
        api.geometry.assign_representation(f, product=element, representation=representation)
        if cls == "IfcSpace":
            api.aggregate.assign_object(f, products=[element], relating_object=storey)
        else:
            api.spatial.assign_container(f, products=[element], relating_structure=storey)
        return element

    foyer = box("IfcSpace", storeys[0], (0, 0, 0), (5, 4, 3), name="001", LongName="Foyer")
    box("IfcSpace", storeys[0], (5.2, 0, 0), (4.8, 4, 3), name="002", LongName="WC")
    box("IfcSpace", storeys[1], (0, 0, 3), (10, 4, 3), name="101", LongName="Salle")
    pset = api.pset.add_pset(f, product=foyer, name="Pset_SpaceOccupancyRequirements")
    api.pset.edit_pset(f, pset=pset, properties={"OccupancyNumber": 30})
    box("IfcWall", storeys[0], (5.0, 0, 0), (0.2, 4, 3), name="partition")
    box("IfcWall", storeys[0], (-0.2, 0, 0), (0.2, 4, 3), name="west wall")
    box("IfcDoor", storeys[0], (5.2, 1.5, 0), (0.9, 0.2, 2.1), name="inner door", along_y=True, OverallWidth=0.9 * u)
    exit_door = box(
        "IfcDoor", storeys[0], (0.0, 1.0, 0), (1.2, 0.2, 2.1), name="fire exit", along_y=True, OverallWidth=1.2 * u
    )
    pset = api.pset.add_pset(f, product=exit_door, name="Pset_DoorCommon")
    api.pset.edit_pset(f, pset=pset, properties={"FireExit": True, "IsExternal": True})
    stair = api.root.create_entity(f, "IfcStair", name="main stair")
    api.spatial.assign_container(f, products=[stair], relating_structure=storeys[0])
    api.geometry.edit_object_placement(f, product=stair, matrix=_matrix(6, 0.5, 0))
    steps = [
        sb.extrude(sb.profile(sb.rectangle(size=(0.25 * u, 1.0 * u), position=(i * 0.25 * u, 0))), (i + 1) * 0.25 * u)
        for i in range(12)
    ]
    api.geometry.assign_representation(f, product=stair, representation=sb.get_representation(body, steps))
    box("IfcTransportElement", storeys[0], (1, 3, 0), (1, 0.9, 5.5), name="lift", predefined_type="ELEVATOR")
    ramp = api.root.create_entity(f, "IfcRamp", name="ramp")
    api.spatial.assign_container(f, products=[ramp], relating_structure=storeys[0])
    api.geometry.edit_object_placement(f, product=ramp, matrix=_matrix(6, 3.5, 0))
    # a wedge: side profile in the local XY plane turned up into world XZ, swept 1 m toward -Y
    wedge = sb.polyline([(0, 0), (3 * u, 0), (3 * u, 3 * u)], closed=True)
    solid = sb.extrude(sb.profile(wedge), 1.0 * u, position_z_axis=(0.0, -1.0, 0.0), position_x_axis=(1.0, 0.0, 0.0))
    api.geometry.assign_representation(f, product=ramp, representation=sb.get_representation(body, [solid]))
    return f


@pytest.fixture(scope="module", params=[("IFC4", "METRE"), ("IFC4", "MILLIMETRE"), ("IFC4X3", "METRE")])
def synthetic(request, tmp_path_factory):
    schema, unit = request.param
    path = tmp_path_factory.mktemp("ifc") / f"two_floors_{schema}_{unit}.ifc"
    build_model(schema, unit).write(str(path))
    return read_ifc(path)


def _by_name(mapping, name):
    return next(e for e in mapping.values() if e.name == name)


def test_storeys_become_levels_in_metres_with_heights_to_the_next_one(synthetic):
    levels = synthetic.venue.levels_by_elevation
    # elevations 0 and 3 m (3000 mm x 0.001 in the millimetre file); height = 3 - 0, and the default 3 m at the top
    assert [(lv.name, lv.elevation, lv.height) for lv in levels] == [("Floor 0", 0.0, 3.0), ("Floor 1", 3.0, 3.0)]


def test_spaces_take_number_name_use_and_capacity(synthetic):
    spaces = synthetic.venue.spaces
    foyer, wc, salle = (_by_name(spaces, n) for n in ("Foyer", "WC", "Salle"))
    assert (foyer.number, foyer.use, foyer.capacity) == ("001", SpaceUse.FOYER, 30)
    assert (wc.number, wc.use, wc.capacity) == ("002", SpaceUse.TOILETS, None)
    assert salle.use == SpaceUse.HALL
    # 5 x 4 = 20, 4.8 x 4 = 19.2, 10 x 4 = 40 square metres
    assert [round(s.area, 6) for s in (foyer, wc, salle)] == [20.0, 19.2, 40.0]
    floor0 = synthetic.venue.levels_by_elevation[0].id
    assert foyer.level_id == wc.level_id == floor0 != salle.level_id


def test_doors_join_the_spaces_on_each_side_of_their_wall(synthetic):
    venue = synthetic.venue
    foyer, wc = _by_name(venue.spaces, "Foyer"), _by_name(venue.spaces, "WC")
    inner = _by_name(venue.openings, "inner door")
    # in the partition x 5..5.2, y 1.5..2.4: centre (5.1, 1.95), 0.9 m wide
    assert inner.position == pytest.approx((5.1, 1.95))
    assert inner.width == pytest.approx(0.9)
    assert set(inner.spaces) == {foyer.id, wc.id}
    assert inner.kind == OpeningKind.DOOR


def test_a_fire_exit_door_with_one_space_is_an_emergency_exit(synthetic):
    venue = synthetic.venue
    door = _by_name(venue.openings, "fire exit")
    assert door.spaces == (_by_name(venue.spaces, "Foyer").id,)
    assert door.kind == OpeningKind.EMERGENCY_EXIT
    assert door.is_exit
    assert door.position == pytest.approx((-0.1, 1.6))  # wall x -0.2..0, door y 1.0..2.2
    assert door.width == pytest.approx(1.2)


def test_a_stair_gets_landings_below_and_above_with_riser_and_going_from_its_treads(synthetic):
    venue = synthetic.venue
    stair = _by_name(venue.connectors, "main stair")
    assert stair.kind == ConnectorKind.STAIR
    bottom, top = stair.landings
    # first tread x 6..6.25 (centre 6.125) and last x 8.75..9 (centre 8.875), y centre 1.0; landings 0.5 m out
    assert bottom.position == pytest.approx((5.625, 1.0))
    assert top.position == pytest.approx((9.375, 1.0))
    assert venue.spaces[bottom.space_id].name == "WC"
    assert venue.spaces[top.space_id].name == "Salle"
    assert (stair.riser, stair.going, stair.width) == pytest.approx((0.25, 0.25, 1.0))


def test_a_lift_serves_every_level_its_shaft_spans(synthetic):
    venue = synthetic.venue
    lift = _by_name(venue.connectors, "lift")
    assert lift.kind == ConnectorKind.LIFT
    assert [venue.spaces[landing.space_id].name for landing in lift.landings] == ["Foyer", "Salle"]
    assert lift.landings[0].position == pytest.approx((1.5, 3.45))  # the shaft's centre


def test_a_ramp_lands_at_the_low_and_high_ends_of_its_slope(synthetic):
    venue = synthetic.venue
    ramp = _by_name(venue.connectors, "ramp")
    assert ramp.kind == ConnectorKind.RAMP
    bottom, top = ramp.landings
    # the sloped face runs from x = 6 (z = 0) to x = 9 (z = 3), centred on y = 3.0
    assert bottom.position == pytest.approx((6.0, 3.0)) and top.position == pytest.approx((9.0, 3.0))
    assert [venue.spaces[landing.space_id].name for landing in ramp.landings] == ["WC", "Salle"]
    assert ramp.width == pytest.approx(1.0)


def test_every_element_becomes_context_geometry_grouped_by_level_and_class(synthetic):
    context = synthetic.venue.context.values()
    floor0 = synthetic.venue.levels_by_elevation[0].id
    assert {(m.level_id, m.category) for m in context} == {
        (floor0, "IfcWall"),
        (floor0, "IfcDoor"),
        (floor0, "IfcStair"),
        (floor0, "IfcTransportElement"),
        (floor0, "IfcRamp"),
    }
    walls = next(m for m in context if m.category == "IfcWall")
    # two boxes of 8 corners and 12 triangles each
    assert (len(walls.vertices), len(walls.faces)) == (16, 24)
    assert walls.vertices[:, 0].min() == pytest.approx(-0.2)


def test_the_report_says_door_links_came_from_geometry(synthetic):
    report = synthetic.report
    assert report.read["spaces"] == 3 and report.read["openings"] == 2 and report.read["connectors"] == 3
    assert any("2 doors joined to spaces from geometry" in line for line in report.derived)
    assert report.unit_scale in (1.0, 0.001)


def test_a_model_with_spaces_only_is_read_without_context(tmp_path):
    path = tmp_path / "m.ifc"
    build_model().write(str(path))
    result = read_ifc(path, options=ImportOptions(context=False))
    assert not result.venue.context
    assert len(result.venue.spaces) == 3 and len(result.venue.connectors) == 3


def test_a_unit_scale_given_by_the_user_overrides_the_files(tmp_path):
    path = tmp_path / "mm.ifc"
    build_model("IFC4", "MILLIMETRE").write(str(path))
    normal = read_ifc(path).venue
    # the user says the millimetre file is drawn in metres: every length is 1000 times larger
    metres = read_ifc(path, options=ImportOptions(unit_scale=1.0)).venue
    assert [lv.elevation for lv in metres.levels_by_elevation] == [0.0, 3000.0]
    for space in normal.spaces.values():
        assert metres.spaces[space.id].area == pytest.approx(space.area * 1000**2)
    for mesh in normal.context.values():
        assert np.allclose(metres.context[mesh.id].vertices, 1000 * mesh.vertices)
    assert metres.source.unit_scale == 1.0
    # (doors and stairs are not compared: their reach tolerances are in metres, and a 200 m thick wall is no wall)


def test_the_import_reports_progress_and_can_be_cancelled(tmp_path):
    path = tmp_path / "m.ifc"
    build_model().write(str(path))
    steps: list[Progress] = []
    read_ifc(path, on_progress=steps.append)
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    with pytest.raises(CancelledError):
        run_sync(iter_read_ifc(path), should_cancel=lambda: True)
