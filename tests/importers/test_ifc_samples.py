"""Every real IFC file in ../shared/samples/ifc imports into a usable venue.

Expected counts are those of ../shared/samples/ifc/README.md (storeys, spaces,
doors and how many IfcRelSpaceBoundary bind to one or two spaces, stairs); where
the reader derives something from geometry the test says how much slack it allows.
The eight files are imported once for the module (about 15 s of CPU on a 2-core machine).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import NamedTuple

import ifcopenshell
import ifcopenshell.util.element
import pytest

from importers.ifc import read_ifc
from models import ConnectorKind, OpeningKind, SpaceUse, validate
from models.topology import spaces_reaching_exit
from tests.importers.navigation import spaces_cut_off_on_the_graph

pytestmark = pytest.mark.slow


class Expected(NamedTuple):
    schema: str
    storeys: int
    spaces: int
    doors: int
    bound_one: int  # doors bound to 1+ spaces by IfcRelSpaceBoundary
    bound_two: int  # doors bound to 2+ spaces
    stairs: int  # IfcStair, each one connector even when its flights are in the file too


#: From ../shared/samples/ifc/README.md, "What each file is good for".
README = {
    "Duplex_A_20110907.ifc": Expected("IFC2X3", 4, 21, 14, 14, 10, 2),
    "AC20-FZK-Haus.ifc": Expected("IFC4", 2, 7, 5, 5, 3, 1),
    "AC11-Institute-Var-2-IFC.ifc": Expected("IFC2X3", 5, 82, 77, 77, 76, 4),
    "AC11-Institute-Var-2-IFC.ifczip": Expected("IFC2X3", 5, 82, 77, 77, 76, 4),
    "AC90R1-niedriha-V2-2x3.ifc": Expected("IFC2X3", 4, 19, 16, 15, 7, 2),
    "AC90R1-Jasmin-Sun-105-2x3.ifc": Expected("IFC2X3", 3, 10, 8, 8, 6, 2),
    "LargeBuilding.ifc": Expected("IFC2X3", 2, 8, 18, 0, 0, 0),
    "Pabellon_de_Barcelona.ifc": Expected("IFC4", 0, 0, 6, 0, 0, 1),
}
FILES = sorted(README)
WITH_SPACES = [f for f in FILES if README[f].spaces]

#: Validation codes that would mean the reader made a wrong venue (as opposed to a model that
#: lacks a door, which validation also reports: a kitchen open on the living room with no
#: opening, an attic reached by a ladder).
READER_FAULTS = {
    "duplicate-id",
    "no-level",
    "bad-level-height",
    "unknown-level",
    "bad-footprint",
    "zero-area-space",
    "negative-occupants",
    "impossible-occupants",
    "overlapping-spaces",
    "bad-width",
    "opening-touches-no-space",
    "bad-opening-spaces",
    "unknown-space",
    "door-wider-than-wall",
    "connector-missing-landing",
    "landing-outside-space",
    "bad-stair",
    "bad-mesh",
}


@pytest.fixture(scope="module")
def imported(shared_sample_dir):
    return {name: read_ifc(shared_sample_dir / name) for name in FILES}


@pytest.fixture(scope="module")
def shared_sample_dir():
    from tests.conftest import SHARED_SAMPLES

    folder = SHARED_SAMPLES / "ifc"
    assert folder.is_dir(), f"missing shared samples {folder}: ../shared must sit beside the checkout"
    return folder


@pytest.fixture(scope="module")
def boundaries(shared_sample_dir):
    """File -> door GlobalId -> GlobalIds of the spaces IfcRelSpaceBoundary binds it to."""
    found = {}
    for name in FILES:
        model = ifcopenshell.open(str(shared_sample_dir / name.replace(".ifczip", ".ifc")))
        bound = defaultdict(set)
        for rel in model.by_type("IfcRelSpaceBoundary"):
            element = rel.RelatedBuildingElement
            if element is not None and element.is_a("IfcDoor") and rel.RelatingSpace is not None:
                bound[element.GlobalId].add(rel.RelatingSpace.GlobalId)
        found[name] = dict(bound)
    return found


def _doors(result):
    return [o for o in result.venue.openings.values() if o.kind != OpeningKind.PASSAGE]


@pytest.mark.parametrize("name", FILES)
def test_storeys_become_levels_or_one_level_is_made_up(imported, name):
    venue = imported[name].venue
    assert len(venue.levels) == max(README[name].storeys, 1)
    assert all(level.height > 0 for level in venue.levels.values())


@pytest.mark.parametrize("name", WITH_SPACES)
def test_every_ifcspace_with_a_body_becomes_a_space(imported, name):
    result = imported[name]
    assert len(result.venue.spaces) == README[name].spaces
    assert result.report.read["spaces"] == README[name].spaces
    assert all(space.area > 0.5 for space in result.venue.spaces.values())


@pytest.mark.parametrize("name", WITH_SPACES)
def test_every_door_of_a_model_with_spaces_becomes_an_opening(imported, name):
    result = imported[name]
    assert len(_doors(result)) == README[name].doors
    assert not [d for d in result.report.dropped if d[0].startswith("IfcDoor")]


@pytest.mark.parametrize("name", WITH_SPACES)
def test_doors_bound_to_two_spaces_join_two_of_those_spaces(imported, boundaries, name):
    bound = boundaries[name]
    assert sum(len(s) >= 1 for s in bound.values()) == README[name].bound_one
    assert sum(len(s) >= 2 for s in bound.values()) == README[name].bound_two
    openings = {o.source_ref: o for o in _doors(imported[name])}
    for door, spaces in bound.items():
        if len(spaces) >= 2:
            assert len(openings[door].spaces) == 2 and set(openings[door].spaces) <= spaces, door


#: Exits when every door bound to one space only leads outside: doors - doors bound to 2+ spaces.
#: Each of these doors is also marked IsExternal in the file (checked below).
EXITS_FROM_BOUNDARIES = {
    "Duplex_A_20110907.ifc": 14 - 10,
    "AC20-FZK-Haus.ifc": 5 - 3,  # the front door and the terrace door
    "AC11-Institute-Var-2-IFC.ifc": 77 - 76,
    "AC11-Institute-Var-2-IFC.ifczip": 77 - 76,
    "AC90R1-Jasmin-Sun-105-2x3.ifc": 8 - 6,
}


@pytest.mark.parametrize("name", sorted(EXITS_FROM_BOUNDARIES))
def test_doors_facing_one_space_are_the_exits(imported, name):
    venue = imported[name].venue
    assert len(venue.exits) == EXITS_FROM_BOUNDARIES[name]
    assert all(o.kind in (OpeningKind.EXIT, OpeningKind.EMERGENCY_EXIT) for o in venue.exits)


@pytest.mark.parametrize("name", ["AC90R1-niedriha-V2-2x3.ifc", "LargeBuilding.ifc"])
def test_door_links_derived_from_geometry_leave_some_exits_and_say_so(imported, name):
    result = imported[name]
    doors = README[name].doors
    exits = len(result.venue.exits)
    # tolerance: geometry may find a second space for any door short of two boundaries, so
    # between one exit and (doors - doors bound to 2+ spaces) exits
    assert 1 <= exits <= doors - README[name].bound_two
    assert any("from geometry" in line for line in result.report.derived)


def test_doors_marked_external_are_exits(imported, shared_sample_dir):
    model = ifcopenshell.open(str(shared_sample_dir / "Duplex_A_20110907.ifc"))
    external = {
        d.GlobalId
        for d in model.by_type("IfcDoor")
        if ifcopenshell.util.element.get_pset(d, "Pset_DoorCommon", "IsExternal")
    }
    assert len(external) == 4
    venue = imported["Duplex_A_20110907.ifc"].venue
    assert {o.source_ref for o in venue.exits} == external


#: Connectors: one per IfcStair (Duplex also holds each stair's flight: still 2); Pabellon's
#: one stair goes down to a basement the model has no storey for, so it is dropped.
CONNECTORS = {name: README[name].stairs for name in FILES} | {"Pabellon_de_Barcelona.ifc": 0}


@pytest.mark.parametrize("name", FILES)
def test_stairs_become_one_connector_each_between_two_consecutive_levels(imported, name):
    venue = imported[name].venue
    assert len(venue.connectors) == CONNECTORS[name]
    order = [lv.id for lv in venue.levels_by_elevation]
    for stair in venue.connectors.values():
        assert stair.kind == ConnectorKind.STAIR
        low, high = (order.index(landing.level_id) for landing in stair.landings)
        assert high == low + 1
        rise = venue.levels[stair.landings[1].level_id].elevation - venue.levels[stair.landings[0].level_id].elevation
        steps = rise / stair.riser
        # a whole number of risers, each between 0.1 and 0.25 m
        assert 0.1 <= stair.riser <= 0.25 and steps == pytest.approx(round(steps))
        assert 0.6 <= stair.width <= 2.0


def test_a_stair_read_from_its_properties_keeps_their_riser_and_going(imported):
    stairs = imported["Duplex_A_20110907.ifc"].venue.connectors.values()
    # Pset_StairCommon: RiserHeight 0.19375 (= 3.1 m / 16 risers) and TreadLength 0.25
    assert [(s.riser, s.going) for s in stairs] == [(pytest.approx(0.19375), 0.25)] * 2


def test_a_stair_going_below_every_level_is_dropped_and_reported(imported):
    report = imported["Pabellon_de_Barcelona.ifc"].report
    assert any(e.startswith("IfcStair") and "fewer than two landings" in r for e, r in report.dropped)


def test_levels_are_in_metres_whatever_the_file_unit(imported):
    large = imported["LargeBuilding.ifc"]
    assert large.report.unit_scale == large.venue.source.unit_scale == 0.001
    # storeys at 0 and 4000 mm
    assert [(lv.elevation, lv.height) for lv in large.venue.levels_by_elevation] == [(0.0, 4.0), (4.0, 3.0)]
    duplex = imported["Duplex_A_20110907.ifc"].venue
    assert [lv.elevation for lv in duplex.levels_by_elevation] == pytest.approx([-1.25, 0.0, 3.1, 6.0])


def test_space_outlines_have_the_floor_area_the_exporter_computed(imported, shared_sample_dir):
    model = ifcopenshell.open(str(shared_sample_dir / "AC11-Institute-Var-2-IFC.ifc"))
    venue = imported["AC11-Institute-Var-2-IFC.ifc"].venue
    for entity in model.by_type("IfcSpace"):
        area = ifcopenshell.util.element.get_pset(entity, "BaseQuantities", "NetFloorArea")
        assert venue.spaces[entity.GlobalId].area == pytest.approx(area, rel=0.01), entity.LongName


def test_spaces_are_named_numbered_and_given_a_use(imported):
    spaces = {s.number: s for s in imported["AC11-Institute-Var-2-IFC.ifc"].venue.spaces.values()}
    assert (spaces["001"].name, spaces["001"].use) == ("Besprechungsraum I", SpaceUse.MEETING)
    assert (spaces["101"].name, spaces["101"].use) == ("Buero Meier", SpaceUse.OFFICE)
    assert spaces["116"].use == SpaceUse.CORRIDOR  # "Flur EG West"
    assert spaces["003"].use == SpaceUse.TECHNICAL  # "Technikraum I"
    toilets = [s for s in spaces.values() if s.name.startswith("WC")]
    assert len(toilets) == 8 and {s.use for s in toilets} == {SpaceUse.TOILETS}  # Herren + Damen on 4 floors
    duplex = {s.number: s for s in imported["Duplex_A_20110907.ifc"].venue.spaces.values()}
    assert (duplex["A103"].name, duplex["A103"].use) == ("Kitchen", SpaceUse.KITCHEN)


@pytest.mark.parametrize("name", FILES)
def test_the_venue_has_no_fault_of_the_reader(imported, name):
    problems = [p for p in validate(imported[name].venue) if p.code in READER_FAULTS]
    assert problems == []


@pytest.mark.parametrize("name", FILES)
def test_context_meshes_group_every_element_by_level_and_class(imported, name):
    venue = imported[name].venue
    keys = [(m.level_id, m.category) for m in venue.context.values()]
    assert len(keys) == len(set(keys))
    assert not {"IfcSpace", "IfcOpeningElement"} & {m.category for m in venue.context.values()}
    assert all(m.level_id is None or m.level_id in venue.levels for m in venue.context.values())
    walls = {m.level_id for m in venue.context.values() if m.category.startswith("IfcWall")}
    assert {s.level_id for s in venue.spaces.values()} <= walls | {lv for lv in venue.levels if not venue.spaces_on(lv)}


@pytest.mark.parametrize("name", FILES)
def test_the_venue_records_where_it_came_from(imported, shared_sample_dir, name):
    venue = imported[name].venue
    path = shared_sample_dir / name
    assert venue.source.path == str(path) and venue.source.format == "ifc"
    assert venue.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_ifczip_gives_the_venue_of_the_ifc_it_holds(imported):
    a = imported["AC11-Institute-Var-2-IFC.ifc"].venue
    b = imported["AC11-Institute-Var-2-IFC.ifczip"].venue
    assert (a.levels, a.spaces, a.openings, a.connectors) == (b.levels, b.spaces, b.openings, b.connectors)
    assert list(a.context) == list(b.context)


def test_a_model_without_spaces_or_storeys_gets_derived_spaces_and_says_so(imported):
    result = imported["Pabellon_de_Barcelona.ifc"]
    venue, report = result.venue, result.report
    spaces = sorted(venue.spaces.values(), key=lambda s: -s.area)
    # tolerance: the free areas between the walls are derived, not counted in the file; the
    # pavilion's open hall (roughly 50 m x 20 m of podium) must come out as one large space
    assert 1 <= len(spaces) <= 8
    assert spaces[0].area > 500 and spaces[0].name.startswith("Space ")
    assert any("derived from" in line and "no IfcSpace" in line for line in report.derived)
    assert any("no storey" in w for w in report.warnings)
    assert venue.exits, "the open sides of the pavilion lead outside"
    doors = [o for o in venue.openings.values() if o.source_ref]
    dropped = [e for e, _ in report.dropped if e.startswith("IfcDoor")]
    assert len(doors) + len(dropped) == README["Pabellon_de_Barcelona.ifc"].doors


def test_the_venue_takes_name_address_and_true_north_from_the_model(imported):
    duplex = imported["Duplex_A_20110907.ifc"].venue
    # IfcPostalAddress ('Enter address here', Chicago, IL): the placeholder line is left out
    assert duplex.address == "Chicago, IL"
    fzk = imported["AC20-FZK-Haus.ifc"].venue
    assert fzk.name == "FZK-Haus"
    # TrueNorth (0.766044443119, 0.642787609687) = (sin 50°, cos 50°): north is 50° clockwise from +Y
    assert fzk.north_angle == pytest.approx(-50.0)


@pytest.mark.parametrize("name", FILES)
def test_every_space_the_building_connects_to_an_exit_reaches_one_on_the_navigation_graph(imported, name):
    venue = imported[name].venue
    assert spaces_reaching_exit(venue), "every sample has an exit: the check must not be empty"
    assert spaces_cut_off_on_the_graph(venue) == set()
