"""An imported IFC venue survives a save to a .venue project file and a load unchanged."""

from __future__ import annotations

import pytest

from importers.ifc import read_ifc
from tests.importers.test_ifc_synthetic import build_model
from venueplanner.project import Project, load_project, model_hash, save_project


@pytest.mark.parametrize(
    "name",
    [
        "ifc/Duplex_A_20110907.ifc",  # space boundaries, stairs with flights, passages
        "ifc/LargeBuilding.ifc",  # millimetres, door links from geometry
        "ifc/Pabellon_de_Barcelona.ifc",  # no storey, spaces and exits derived from walls
    ],
)
def test_an_imported_venue_saves_and_loads_unchanged(shared_sample, tmp_path, name):
    venue = read_ifc(shared_sample(name)).venue
    path = tmp_path / "imported.venue"
    save_project(Project(venue), path)
    loaded = load_project(path).venue
    assert loaded == venue
    assert model_hash(loaded) == model_hash(venue)
    # the context geometry (the 3D view) comes back with every triangle
    assert sum(len(m.faces) for m in loaded.context.values()) == sum(len(m.faces) for m in venue.context.values())


def test_a_venue_with_lift_capacity_and_emergency_exit_round_trips(tmp_path):
    source = tmp_path / "two_floors.ifc"
    build_model("IFC4X3", "MILLIMETRE").write(str(source))
    venue = read_ifc(source).venue
    save_project(Project(venue), tmp_path / "two_floors.venue")
    loaded = load_project(tmp_path / "two_floors.venue").venue
    assert loaded == venue
    assert {c.kind for c in loaded.connectors.values()} == {"stair", "lift", "ramp"}
    assert loaded.source.unit_scale == 0.001
