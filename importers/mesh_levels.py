"""Levels and walkable footprints of a building mesh, from its upward-facing floor surfaces.

Works on a triangle soup: ``(n, 3, 3)`` float, metres, Z up. A face is a floor face when
its unit normal's Z exceeds :data:`~models.tolerances.MESH_FLOOR_NORMAL_Z`. Floor faces
are grouped by height: the height holding the most floor area (within
:data:`~models.tolerances.MESH_LEVEL_HEIGHT_TOLERANCE_M`) is a level, its faces are
claimed, and so on while a group holds at least
:data:`~models.tolerances.MESH_MIN_LEVEL_AREA_M2`. A group closer than
:data:`~models.tolerances.MESH_MIN_STOREY_M` to a level already found is a raised part
of that level (stage, landing, furniture) and is left out. Each level's footprint is the
union of its faces, less the parts narrower than
:data:`~models.tolerances.MESH_MIN_WIDTH_M` (wall tops, window sills); each connected
polygon left is one space.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from models.tolerances import (
    MESH_FLOOR_NORMAL_Z,
    MESH_HEAL_M,
    MESH_LEVEL_HEIGHT_TOLERANCE_M,
    MESH_MIN_LEVEL_AREA_M2,
    MESH_MIN_STOREY_M,
    MESH_MIN_WIDTH_M,
    MESH_WELD_M,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FloorLevel:
    """A level found in a mesh.

    elevation : area-weighted mean height of its floor faces, metres.
    faces : indices of its floor faces in the triangle array.
    area : their total area, m².
    """

    elevation: float
    faces: np.ndarray
    area: float


@dataclass(frozen=True, slots=True)
class Floors:
    """levels : lowest first; left_out : ``(height, area)`` of floor groups not taken as levels."""

    levels: tuple[FloorLevel, ...]
    left_out: tuple[tuple[float, float], ...]


def floor_faces(triangles: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Indices, heights (metres) and areas (m²) of the faces that face up."""
    tri = np.asarray(triangles, dtype=float).reshape(-1, 3, 3)
    cross = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    norm = np.linalg.norm(cross, axis=1)
    area = norm / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        up = np.where(norm > 0, cross[:, 2] / norm, 0.0)
    index = np.flatnonzero((up > MESH_FLOOR_NORMAL_Z) & (area > 0))
    return index, tri[index, :, 2].mean(axis=1), area[index]


def find_levels(
    triangles: np.ndarray,
    *,
    tolerance: float = MESH_LEVEL_HEIGHT_TOLERANCE_M,
    min_area: float = MESH_MIN_LEVEL_AREA_M2,
    min_storey: float = MESH_MIN_STOREY_M,
) -> Floors:
    """Levels proposed from the heights of the upward faces, weighted by area.

    Examples
    --------
    Two 10 x 8 m squares (two triangles each) at heights 0 and 3 m:

    >>> sq = lambda z: [[(0, 0, z), (10, 0, z), (10, 8, z)], [(0, 0, z), (10, 8, z), (0, 8, z)]]
    >>> floors = find_levels(np.array(sq(0.0) + sq(3.0)))
    >>> [(lv.elevation, lv.area) for lv in floors.levels]
    [(0.0, 80.0), (3.0, 80.0)]
    """
    index, heights, areas = floor_faces(triangles)
    order = np.argsort(heights)
    index, heights, areas = index[order], heights[order], areas[order]
    free = np.ones(len(heights), dtype=bool)
    candidates = np.unique(np.round(heights, 2))
    levels: list[FloorLevel] = []
    left_out: list[tuple[float, float]] = []
    while free.any():
        # floor area within the tolerance of each candidate height, over the faces not yet claimed
        cum = np.concatenate([[0.0], np.cumsum(np.where(free, areas, 0.0))])
        lo = np.searchsorted(heights, candidates - tolerance, side="left")
        hi = np.searchsorted(heights, candidates + tolerance, side="right")
        window = cum[hi] - cum[lo]
        best = int(np.argmax(window))
        if window[best] <= 0:
            break
        claimed = free & (np.arange(len(heights)) >= lo[best]) & (np.arange(len(heights)) < hi[best])
        free &= ~claimed
        area = float(areas[claimed].sum())
        elevation = float(np.average(heights[claimed], weights=areas[claimed]))
        if area < min_area or any(abs(elevation - lv.elevation) < min_storey for lv in levels):
            left_out.append((round(elevation, 3), round(area, 3)))
            continue
        levels.append(FloorLevel(elevation, index[claimed], area))
    levels.sort(key=lambda lv: lv.elevation)
    return Floors(tuple(levels), tuple(sorted(left_out)))


def footprints(
    triangles: np.ndarray, *, min_width: float = MESH_MIN_WIDTH_M, min_area: float = MESH_MIN_LEVEL_AREA_M2
) -> list[Polygon]:
    """The walkable polygons of a level: the union of its floor faces, less the parts narrower than `min_width`.

    Parameters
    ----------
    triangles : (n, 3, 3) float, metres
        The level's floor faces.

    Returns
    -------
    list of shapely polygons, largest first, each of `min_area` or more.
    """
    tri = np.asarray(triangles, dtype=float).reshape(-1, 3, 3)[:, :, :2]
    union = union_of_triangles(tri)
    if union.is_empty:
        return []
    union = union.buffer(MESH_HEAL_M, join_style="mitre").buffer(-MESH_HEAL_M, join_style="mitre")
    half = min_width / 2
    opened = union.buffer(-half, join_style="mitre").buffer(half, join_style="mitre").intersection(union)
    parts = [p for p in polygons_of(opened) if p.area >= min_area]
    return sorted(parts, key=lambda p: -p.area)


def union_of_triangles(tri: np.ndarray) -> BaseGeometry:
    """The union of plane triangles ``(n, 3, 2)``, from their outline rather than triangle by triangle.

    Vertices are welded at :data:`~models.tolerances.MESH_WELD_M` and faces drawn twice count once; edges
    used by one triangle only are the outline (with the edges of T-junctions);
    the outline is polygonised and the faces lying on some triangle are kept. A
    floor of 100 000 triangles takes about a second, where a union triangle by
    triangle takes ten. When the result's area differs from the triangles' total
    (faces overlap), the triangles are joined one by one instead.

    >>> sq = np.array([[(0, 0), (4, 0), (4, 3)], [(0, 0), (4, 3), (0, 3)], [(4, 0), (6, 0), (6, 3)]], float)
    >>> union_of_triangles(sq).area
    15.0
    """
    u, v = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
    tri = tri[np.abs(u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]) > 0]  # drop degenerate triangles
    if not len(tri):
        return Polygon()
    points = tri.reshape(-1, 2)
    welded = np.round(points / MESH_WELD_M).astype(np.int64)
    _, first, inverse = _unique(_row_keys(welded), return_index=True, return_inverse=True)
    corners = inverse.reshape(-1, 3)
    n = len(first)
    _, once = np.unique(
        _row_keys(np.sort(corners, axis=1), n), axis=0, return_index=True
    )  # a face drawn twice counts once
    tri, corners = tri[np.sort(once)], corners[np.sort(once)]
    triangles = shapely.polygons(tri)
    total = float(shapely.area(triangles).sum())
    edges = np.sort(np.concatenate([corners[:, [0, 1]], corners[:, [1, 2]], corners[:, [2, 0]]]), axis=1)
    _, index, counts = np.unique(edges[:, 0] * n + edges[:, 1], return_index=True, return_counts=True)
    outline = points[first][edges[index[counts == 1]]]
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(shapely.union_all(shapely.linestrings(outline)))))
    tree = shapely.STRtree(triangles)
    inside = [f for f in faces if len(tree.query(f.representative_point(), predicate="intersects"))]
    union = shapely.union_all(inside) if inside else Polygon()
    if abs(union.area - total) > 1e-6 * total:
        # faces overlap (two slabs at one height): the outline misses them; join triangle by triangle
        log.debug("floor faces overlap (%.3f m² of faces, %.3f m² outlined): full union", total, union.area)
        union = shapely.union_all(triangles)
    return union


def _unique(keys: np.ndarray, **kw):
    return np.unique(keys, axis=0 if keys.ndim > 1 else None, **kw)


def _row_keys(rows: np.ndarray, base: int | None = None) -> np.ndarray:
    """One int64 per row of small non-negative-able ints, equal when the rows are (rows as is when too wide)."""
    lo = rows.min(axis=0)
    span = rows.max(axis=0) - lo + 1 if base is None else np.full(rows.shape[1], base)
    if float(np.prod(span.astype(float))) >= 2.0**62:
        return rows  # np.unique(axis=0) on the rows themselves: slower, always right
    shifted = rows - lo if base is None else rows
    key = np.zeros(len(rows), dtype=np.int64)
    for column, size in zip(shifted.T, span, strict=True):
        key = key * int(size) + column
    return key


def polygons_of(geom) -> list[Polygon]:
    """Every polygon in a shapely geometry, however nested (collections of multipolygons)."""
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    if hasattr(geom, "geoms"):
        return [p for part in geom.geoms for p in polygons_of(part)]
    return []
