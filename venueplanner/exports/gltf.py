"""glTF 2.0 binary (GLB) of the venue's 3D scene, for viewers and public-safety platforms.

The meshes are the desktop application's own (:mod:`venueplanner.scene`):
per level the floor (tinted by use), the openings, the marker pins and the
hazard discs, then the connectors and any context geometry, each a node named
``"<layer>@<level id>"`` as in the 3D view. Colours are per face (glTF vertex
colours on unshared vertices). Units are metres. glTF is +Y up: every node
carries the usual -90° turn about X, so the venue's Z (up) becomes glTF's Y
and the venue's Y becomes glTF's -Z.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models import Venue
from venueplanner.project_zip import atomic_write

__all__ = ["Z_UP_TO_Y_UP", "scene_glb", "write_glb"]

#: Venue frame (Z up) to glTF frame (Y up): a -90° turn about X, (x, y, z) -> (x, z, -y).
Z_UP_TO_Y_UP = np.array([[1.0, 0, 0, 0], [0, 0, 1.0, 0], [0, -1.0, 0, 0], [0, 0, 0, 1.0]])


def _trimesh(poly, alpha: int = 255):
    import trimesh

    mesh = poly.triangulate() if poly.n_cells else poly
    faces = mesh.faces.reshape(-1, 4)[:, 1:]
    vertices = np.asarray(mesh.points, dtype=np.float64)
    out = trimesh.Trimesh(
        vertices=vertices[faces.reshape(-1)], faces=np.arange(faces.size).reshape(-1, 3), process=False
    )
    if "rgb" in mesh.cell_data:
        rgb = np.asarray(mesh.cell_data["rgb"], dtype=np.uint8)[:, :3]
        rgba = np.column_stack([rgb, np.full(len(rgb), alpha, dtype=np.uint8)])
        out.visual = trimesh.visual.ColorVisuals(out, vertex_colors=np.repeat(rgba, 3, axis=0))
    return out


def scene_glb(venue: Venue) -> bytes:
    """The venue's 3D scene as GLB bytes."""
    import trimesh

    from venueplanner import scene

    parts = []
    for level in venue.levels_by_elevation:
        z, lid = level.elevation, level.id
        markers = [m for m in venue.markers.values() if m.level_id == lid]
        parts += [
            (f"floor@{lid}", scene.floor_mesh(venue.spaces_on(lid), z), 255),
            (f"openings@{lid}", scene.openings_mesh(venue, venue.openings_on(lid), z), 255),
            (f"markers@{lid}", scene.markers_mesh(markers, z), 255),
            (f"hazards@{lid}", scene.hazards_mesh(markers, z), 90),
        ]
        if any(m.level_id == lid for m in venue.context.values()):
            parts.append((f"context@{lid}", scene.context_mesh(venue, lid), 160))
    parts.append(("connectors", scene.connectors_mesh(venue, scene.SceneOptions()), 255))
    if any(m.level_id is None for m in venue.context.values()):
        parts.append(("context@", scene.context_mesh(venue, None), 160))
    glb = trimesh.Scene()
    for name, poly, alpha in parts:
        if poly.n_cells:
            glb.add_geometry(_trimesh(poly, alpha), node_name=name, geom_name=name, transform=Z_UP_TO_Y_UP)
    return glb.export(file_type="glb")


def write_glb(path: Path | str, venue: Venue) -> int:
    """Write the venue's scene to `path` atomically; returns its size in bytes."""
    data = scene_glb(venue)
    atomic_write(Path(path), data)
    return len(data)
