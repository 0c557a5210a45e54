"""A real building's slabs as a bare mesh: the KIT/IAI AC20-FZK-Haus (../shared/samples/ifc, unrestricted use).

The four IfcSlab bodies (ground slab "Bodenplatte", the upper floor slab, two
sloped roof slabs) are triangulated with ifcopenshell in world coordinates and
written as a PLY with no units: the mesh reader must find the two storeys the IFC
declares (IfcBuildingStorey "Erdgeschoss" at 0.0 m and "Dachgeschoss" at 2.7 m)
from the upward faces alone, and leave the roof slabs out (they slope: their
normals' Z is below 0.95).
"""

from __future__ import annotations

import numpy as np
import pytest

ifcopenshell_geom = pytest.importorskip("ifcopenshell.geom")
trimesh = pytest.importorskip("trimesh")

from importers import load  # noqa: E402


@pytest.fixture(scope="module")
def fzk_slabs(tmp_path_factory):
    import ifcopenshell

    from tests.conftest import SHARED_SAMPLES

    model = ifcopenshell.open(str(SHARED_SAMPLES / "ifc" / "AC20-FZK-Haus.ifc"))
    settings = ifcopenshell_geom.settings()
    settings.set("use-world-coords", True)
    meshes = []
    for slab in model.by_type("IfcSlab"):
        shape = ifcopenshell_geom.create_shape(settings, slab)
        vertices = np.array(shape.geometry.verts).reshape(-1, 3)
        faces = np.array(shape.geometry.faces).reshape(-1, 3)
        meshes.append(trimesh.Trimesh(vertices, faces, process=False))
    path = tmp_path_factory.mktemp("fzk") / "fzk-slabs.ply"
    trimesh.Scene(meshes).export(path)
    storeys = sorted(s.Elevation for s in model.by_type("IfcBuildingStorey"))
    return path, storeys


def test_the_levels_of_the_slab_mesh_are_the_storeys_of_the_ifc(fzk_slabs):
    path, storeys = fzk_slabs
    venue = load(path).venue
    assert storeys == [0.0, 2.7]
    assert [lv.elevation for lv in venue.levels_by_elevation] == pytest.approx(storeys, abs=0.01)


def test_the_ground_slab_gives_a_12_by_10_m_space_and_the_upper_one_less(fzk_slabs):
    venue = load(fzk_slabs[0]).venue
    ground, upper = (venue.spaces_on(lv.id) for lv in venue.levels_by_elevation)
    (ground_space,) = ground
    # the Bodenplatte's profile in the file: polyline (0, 0) (0, -10) (12, -10) (12, 0), 12 x 10 = 120 m²
    assert ground_space.area == pytest.approx(12.0 * 10.0, abs=0.01)
    # the upper slab is cut for the stair and the gallery's void: less than the ground slab
    assert 0 < sum(s.area for s in upper) < ground_space.area
