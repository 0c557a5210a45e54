"""Reader of 3D meshes of buildings (trimesh): OBJ, STL, PLY, glTF/GLB, OFF.

The whole mesh becomes context geometry for the 3D view (one context mesh per
scene node, moved to world coordinates). Levels are proposed from the heights of
the upward-facing floor surfaces and each level's walkable footprint becomes
spaces (:mod:`importers.mesh_levels`). A bare mesh says nothing of doors: no
openings or connectors are made, and the report says so.

Conventions: metres and Z up. A unit found in the file (glTF is metres by its
specification) is converted; with none, metres are assumed and the report says
so (unless the size is no building's, then the first building-sized usual unit
is taken, and said). glTF is Y up by its specification and is turned to Z up;
``ImportOptions.extra["up_axis"]`` (``"z"`` or ``"y"``) overrides this for any
format (OBJ files from Blender are Y up by default).

Options read from ``ImportOptions.extra``: ``up_axis``, ``storey_height``
(metres, the height of the top level, 3.0), ``min_space_area`` (m², the
smallest level and space, 5.0), ``floor_tolerance`` (metres, 0.15).
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import numpy as np

from importers._optional import require
from importers.dxf_units import CANDIDATES, METRES_PER_UNIT, UNIT_NAMES, plausible
from importers.errors import ImportFailedError
from importers.mesh_levels import find_levels, footprints
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportReport, ImportResult
from importers.source import check_readable, file_sha256
from importers.walls import polygon_rings
from models import ContextMesh, Job, Level, Progress, Provenance, Space, Venue
from models.tolerances import (
    MESH_LEVEL_HEIGHT_TOLERANCE_M,
    MESH_MIN_HOLE_AREA_M2,
    MESH_MIN_LEVEL_AREA_M2,
    MESH_MIN_WIDTH_M,
    MESH_ROOF_CLEARANCE_M,
    MESH_SIMPLIFY_M,
)

log = logging.getLogger(__name__)

SUFFIXES = (".obj", ".stl", ".ply", ".glb", ".gltf", ".off")
#: Formats whose specification puts Y up.
Y_UP = (".glb", ".gltf")
#: (x, y, z) Y-up -> (x, -z, y) Z-up: a quarter turn about X.
_Y_TO_Z = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, -1.0], [0.0, 1.0, 0.0]])
DEFAULT_STOREY_HEIGHT = 3.0


def iter_read_mesh(path: Path, *, options: ImportOptions = DEFAULT_OPTIONS) -> Job[ImportResult]:
    """Read a building mesh into a venue with levels and spaces from its floors, as a job yielding progress.

    Raises
    ------
    ImportFailedError
        The file is empty or unreadable, holds no faces (a point cloud), or no
        upward surface large enough to be a floor.
    MissingDependencyError
        trimesh is not installed.
    """
    path = Path(path)
    check_readable(path, options)
    trimesh = require("trimesh", extra="mesh")
    suffix = path.suffix.lower()
    report = ImportReport(path, f"mesh ({suffix.lstrip('.').upper()})")
    extra = dict(options.extra)
    yield Progress(0.02, f"reading {path.name}")
    scene = _load(trimesh, path, report)
    parts = _world_meshes(path, trimesh, scene, report)
    yield Progress(0.3, "units and axes")
    up = _up_axis(path, suffix, extra, report)
    if up == "y":
        parts = [(name, v @ _Y_TO_Z.T, f) for name, v, f in parts]
    scale = _scale(path, trimesh, scene, parts, options, report)
    parts = [(name, v * scale, f) for name, v, f in parts]
    triangles = np.concatenate([v[f] for _, v, f in parts])
    yield Progress(0.4, "finding floors")
    min_area = float(extra.get("min_space_area", MESH_MIN_LEVEL_AREA_M2))
    floors = find_levels(
        triangles, tolerance=float(extra.get("floor_tolerance", MESH_LEVEL_HEIGHT_TOLERANCE_M)), min_area=min_area
    )
    levels, spaces = [], []
    for k, floor in enumerate(floors.levels):
        yield Progress(0.5 + 0.4 * k / len(floors.levels), f"footprint at {floor.elevation:.2f} m")
        polys = footprints(triangles[floor.faces], min_width=MESH_MIN_WIDTH_M, min_area=min_area)
        if not polys:
            report.drop(
                f"floor at {floor.elevation:.2f} m",
                f"{floor.area:.1f} m² facing up, all narrower than {MESH_MIN_WIDTH_M:g} m (wall tops, sills?)",
            )
            continue
        level_id = f"L{len(levels)}"
        levels.append((level_id, floor.elevation))
        for n, poly in enumerate(polys, start=1):
            spaces.append(_space(f"{level_id}-space-{n}", level_id, poly, f"Space {len(levels) - 1}.{n}"))
    if not levels:
        raise ImportFailedError(
            path,
            f"no floor found: no upward-facing surface of {min_area:g} m² or more at one height"
            + ("" if up == "y" else " (if the model is Y up, as OBJ from Blender by default, set up_axis to 'y')"),
        )
    venue_levels = _levels(levels, float(extra.get("storey_height", DEFAULT_STOREY_HEIGHT)))
    _notes(report, floors, venue_levels, triangles, len(spaces))
    context = []
    if options.context:
        context = [
            ContextMesh(f"mesh-{k}", v, f, "mesh", None, name or f"mesh {k}") for k, (name, v, f) in enumerate(parts)
        ]
    report.read.update(levels=len(venue_levels), spaces=len(spaces), **{"context meshes": len(context)})
    venue = Venue(
        name=path.stem,
        levels=venue_levels,
        spaces=spaces,
        context=context,
        source=Provenance(str(path), report.format, file_sha256(path), scale),
    )
    yield Progress(1.0, f"{len(venue_levels)} levels, {len(spaces)} spaces")
    return ImportResult(venue, report)


def read_mesh(path: Path | str, **kw) -> ImportResult:
    """Read a building mesh on the calling thread (see :func:`iter_read_mesh`)."""
    from models import run_sync

    return run_sync(iter_read_mesh(Path(path), **kw))


# --- steps ----------------------------------------------------------------------------------------------------


def _load(trimesh, path: Path, report: ImportReport):
    if path.stat().st_size == 0:
        raise ImportFailedError(path, "the file is empty")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            scene = trimesh.load_scene(path)
        except Exception as exc:  # trimesh raises ValueError, KeyError, IndexError, struct.error... on junk
            what = path.suffix.lstrip(".").upper()
            raise ImportFailedError(
                path, f"not a readable {what} file ({exc.__class__.__name__}: {str(exc)[:200]})"
            ) from None
    report.warnings.extend(f"trimesh: {w.message}" for w in caught)
    return scene


def _world_meshes(path: Path, trimesh, scene, report: ImportReport) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """``(node name, vertices, faces)`` of every triangle mesh placed in the scene, in scene coordinates."""
    parts = []
    for node in scene.graph.nodes_geometry:
        transform, geometry_name = scene.graph[node]
        geometry = scene.geometry[geometry_name]
        if not isinstance(geometry, trimesh.Trimesh) or len(geometry.faces) == 0:
            report.skipped[type(geometry).__name__] += 1
            continue
        vertices = trimesh.transform_points(np.asarray(geometry.vertices, dtype=float), transform)
        parts.append((str(node), vertices, np.asarray(geometry.faces, dtype=np.int64)))
    if parts:
        return parts
    if report.skipped:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.skipped.items()))
        raise ImportFailedError(path, f"the file holds no faces, only {kinds}: a point cloud cannot be walked on")
    raise ImportFailedError(path, "the file holds no geometry: nothing could be read from it")


def _up_axis(path: Path, suffix: str, extra: dict, report: ImportReport) -> str:
    up = extra.get("up_axis")
    if up is None:
        up = "y" if suffix in Y_UP else "z"
        if up == "y":
            report.derived.append("glTF is Y up by its specification: turned to Z up")
    if up not in ("y", "z"):
        raise ImportFailedError(path, f"up_axis must be 'y' or 'z', not {up!r}", element="options")
    return up


def _scale(path: Path, trimesh, scene, parts, options: ImportOptions, report: ImportReport) -> float:
    if options.unit_scale is not None:
        if not (options.unit_scale > 0 and np.isfinite(options.unit_scale)):
            raise ImportFailedError(
                path, f"unit scale {options.unit_scale} is not a positive number", element="options"
            )
        report.unit_scale = float(options.unit_scale)
        return report.unit_scale
    allv = np.concatenate([v for _, v, _ in parts])
    size = float(np.ptp(allv, axis=0).max())
    units = scene.units
    if units:
        try:
            report.unit_scale = float(trimesh.units.unit_conversion(units, "meters"))
            return report.unit_scale
        except Exception:  # an unknown unit name in the file's metadata
            report.warnings.append(f"unknown unit {units!r} in the file: ignored")
    for code in CANDIDATES:
        if plausible(size * METRES_PER_UNIT[code]):
            factor = METRES_PER_UNIT[code]
            report.warnings.append(
                f"no unit in the file: read as {UNIT_NAMES[code]} ({size * factor:.3g} m across); "
                "set the unit scale (metres per unit) to override"
            )
            report.unit_scale = factor
            return factor
    report.warnings.append(f"no unit in the file: read as metres, but it is {size:.3g} m across; check the unit scale")
    report.unit_scale = 1.0
    return 1.0


def _space(ident: str, level_id: str, poly, name: str) -> Space:
    import shapely

    poly = poly.simplify(MESH_SIMPLIFY_M, preserve_topology=True)
    holes = [h for h in poly.interiors if shapely.Polygon(h).area >= MESH_MIN_HOLE_AREA_M2]
    outer, rings = polygon_rings(shapely.Polygon(poly.exterior, holes))
    return Space(ident, level_id, outer, name=name, holes=tuple(rings))


def _levels(found: list[tuple[str, float]], top_height: float) -> list[Level]:
    levels = []
    for k, (level_id, elevation) in enumerate(found):
        height = found[k + 1][1] - elevation if k + 1 < len(found) else top_height
        levels.append(Level(level_id, f"Level {k} ({elevation:+.2f} m)", round(elevation, 6), round(height, 6)))
    return levels


def _notes(report: ImportReport, floors, levels: list[Level], triangles: np.ndarray, n_spaces: int) -> None:
    report.derived.append(
        f"{len(levels)} levels at {', '.join(f'{lv.elevation:.2f}' for lv in levels)} m from the upward faces "
        f"(normal z > 0.95, grouped within {MESH_LEVEL_HEIGHT_TOLERANCE_M:g} m), "
        f"{n_spaces} spaces from their footprints"
    )
    if floors.left_out:
        shown = ", ".join(f"{a:.1f} m² at {z:.2f} m" for z, a in floors.left_out[:8])
        more = f" and {len(floors.left_out) - 8} more" if len(floors.left_out) > 8 else ""
        report.derived.append(f"upward faces not taken as levels (stairs, furniture, raised floors?): {shown}{more}")
    top = levels[-1]
    if len(levels) > 1 and triangles[:, :, 2].max() < top.elevation + MESH_ROOF_CLEARANCE_M:
        report.warnings.append(f"nothing rises above {top.name}: it may be the roof; delete it if nobody walks there")
    report.warnings.append(
        "a bare mesh holds no doors or stairs: no openings and no connectors were made, so no space has a "
        "way out until exits, doors and stairs are added (venueplanner check lists them)"
    )


READERS = dict.fromkeys(SUFFIXES, iter_read_mesh)

__all__ = ["READERS", "iter_read_mesh", "read_mesh"]
