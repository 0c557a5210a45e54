"""Free areas enclosed by wall lines, and walls extruded for the 3D view: pure functions any importer can reuse.

Input is plan linework in metres: ``(n, 2, 2)`` float segments (or shapely
lines) of walls, glazing and anything else that cannot be walked through. The
wall bodies between a pair of parallel lines, small closed shapes (columns,
ducts) and gaps narrower than ``gap`` (door openings) count as solid; every
free area that the solid encloses, away from the open outside, is a room.

The method, on shapely geometry:

1. node the lines and polygonise them; faces thinner than ``wall_max`` or
   smaller than ``min_area`` are solid (wall bodies, columns);
2. dilate the solid by ``gap / 2`` so that gaps up to ``gap`` close;
3. the free components of a box around the plan, less the dilated solid,
   that do not touch the box's border are room *seeds*;
4. the seeds grow back by ``gap / 2`` in a few steps (mitred, clipped to the
   undilated free space, each step leaving what another seed already holds),
   so two rooms meet in the middle of the gap that joined them; a last step of
   ``wall_max / 2`` fills the pocket a closed door leaves in the wall's thickness.

Rooms narrower than ``gap`` throughout vanish in step 2: keep ``gap`` below
the narrowest corridor, or close the door gaps with explicit segments
(``closures``) and lower ``gap``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Polygon
from shapely.geometry.base import BaseGeometry

from models.tolerances import WALLS_DOOR_GAP_M, WALLS_LINE_EPS_M, WALLS_MAX_THICKNESS_M, WALLS_MIN_ROOM_AREA_M2

log = logging.getLogger(__name__)

#: Number of steps in which seeds grow back to the walls.
_GROW_STEPS = 4


@dataclass(frozen=True, slots=True)
class EnclosedAreas:
    """What :func:`enclosed_areas` found.

    rooms : the enclosed free areas, largest first.
    solid : wall bodies, columns and the lines themselves (a shapely geometry).
    dropped_area : free area enclosed but not kept (slivers, parts narrower
        than the gap), square metres.
    """

    rooms: tuple[Polygon, ...]
    solid: BaseGeometry
    dropped_area: float


def as_lines(segments: Iterable[Sequence[Sequence[float]]] | np.ndarray) -> list[LineString]:
    """Segments ``(n, 2, 2)`` (or polylines as point sequences) as shapely lines, dropping degenerate ones."""
    lines = []
    for seg in segments:
        pts = np.asarray(seg, dtype=float)[:, :2]
        if len(pts) >= 2 and np.ptp(pts, axis=0).max() > 0:
            lines.append(LineString(pts))
    return lines


def enclosed_areas(
    lines: Iterable[LineString] | MultiLineString,
    *,
    closures: Iterable[LineString] = (),
    gap: float = WALLS_DOOR_GAP_M,
    wall_max: float = WALLS_MAX_THICKNESS_M,
    min_area: float = WALLS_MIN_ROOM_AREA_M2,
) -> EnclosedAreas:
    """The free areas that wall linework encloses.

    Parameters
    ----------
    lines : shapely lines, metres
        Walls, glazing, columns: everything that cannot be walked through.
    closures : shapely lines, metres
        Extra segments that close an opening (the closed leaf of a door): they
        split rooms but are not solid.
    gap : float, metres
        Gaps up to this width close; 0 closes nothing.
    wall_max : float, metres
        Closed faces thinner than this are wall bodies.
    min_area : float, square metres
        Enclosed areas smaller than this are dropped.

    Returns
    -------
    EnclosedAreas

    Examples
    --------
    Two 4 x 4 m rooms side by side, with a 1 m gap in the wall between them:

    >>> walls = as_lines([[(0, 0), (8, 0)], [(8, 0), (8, 4)], [(8, 4), (0, 4)], [(0, 4), (0, 0)],
    ...                   [(4, 0), (4, 1.5)], [(4, 2.5), (4, 4)]])
    >>> found = enclosed_areas(walls)
    >>> sorted(round(r.area, 2) for r in found.rooms)
    [16.0, 16.0]
    """
    lines = list(lines.geoms) if isinstance(lines, MultiLineString) else list(lines)
    closures = list(closures)
    if not lines:
        return EnclosedAreas((), shapely.GeometryCollection(), 0.0)
    noded = shapely.unary_union(lines + closures)
    faces = list(shapely.polygonize(shapely.get_parts(noded)).geoms)
    bodies = [f for f in faces if f.area < min_area or f.buffer(-wall_max / 2).is_empty]
    solid = shapely.union_all([shapely.union_all(lines).buffer(WALLS_LINE_EPS_M, cap_style="flat"), *bodies])
    seed_solid = solid.union(shapely.union_all(closures).buffer(WALLS_LINE_EPS_M)) if closures else solid
    xmin, ymin, xmax, ymax = noded.bounds
    margin = max(gap, wall_max) * 2 + 1.0
    frame = shapely.box(xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    free = frame.difference(seed_solid)
    closed = frame.difference(seed_solid.buffer(gap / 2, join_style="mitre")) if gap > 0 else free
    border = frame.exterior
    seeds = [p for p in shapely.get_parts(closed) if not p.intersects(border) and p.area > 0]
    pockets = (
        shapely.union_all([c.buffer(wall_max / 2, cap_style="flat") for c in closures])
        if closures
        else shapely.Polygon()
    )
    rooms = _grow(seeds, free, gap / 2, wall_max / 2, pockets)
    kept = [r for r in rooms if r.area >= min_area]
    enclosed_free = sum(p.area for p in shapely.get_parts(free) if not p.intersects(border))
    dropped = max(0.0, enclosed_free - sum(r.area for r in kept))
    log.debug("%d faces, %d wall bodies, %d seeds, %d rooms kept", len(faces), len(bodies), len(seeds), len(kept))
    return EnclosedAreas(tuple(sorted(kept, key=lambda r: -r.area)), solid, dropped)


def _grow(
    seeds: list[BaseGeometry], free: BaseGeometry, distance: float, fill: float, pockets: BaseGeometry
) -> list[Polygon]:
    """Grow each seed by `distance` inside `free`, in steps, never into another seed's area.

    A last step of `fill`, inside `pockets` only, reaches into the pockets that a
    closed door leaves in a wall's thickness: the dilated jambs hid them from the seed.
    """
    grown = list(seeds)
    steps = [distance / _GROW_STEPS] * _GROW_STEPS if distance > 0 else []
    if not pockets.is_empty:
        steps.append(fill)
    reach = sum(steps) * 5.0 + 1e-6  # a mitred corner reaches up to 5 times the distance (shapely's limit)
    # each seed only ever meets the free space near it: clip once, intersect small pieces after
    local = [shapely.clip_by_rect(free, *_grown_bounds(seed.bounds, reach)) for seed in seeds]
    for k, step in enumerate(steps):
        if k == _GROW_STEPS:
            local = [piece.intersection(pockets) for piece in local]
        tree = shapely.STRtree(grown)
        # alternate the order so that no room is always first to claim a contested gap
        for i in range(len(grown)) if k % 2 == 0 else reversed(range(len(grown))):
            seed = grown[i]
            candidate = seed.buffer(step, join_style="mitre").intersection(local[i]).union(seed)
            # the tree holds the regions as the step began: those grown since then reach `step` further
            near = [int(j) for j in tree.query(shapely.box(*_grown_bounds(candidate.bounds, step))) if int(j) != i]
            others = [grown[j] for j in near if grown[j].intersects(candidate)]
            region = candidate.difference(shapely.union_all(others)) if others else candidate
            # keep only what grew from the seed: a buffer also reaches across thin walls
            grown[i] = shapely.union_all([p for p in shapely.get_parts(region) if p.intersects(seed)])
    rooms = []
    for region in grown:
        parts = [p for p in shapely.get_parts(region) if isinstance(p, Polygon) and not p.is_empty]
        if parts:
            # a room is one polygon: growth may leave slivers round a wall end
            rooms.append(max(parts, key=lambda p: p.area))
    return rooms


def _grown_bounds(bounds: tuple[float, float, float, float], d: float) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = bounds
    return (x0 - d, y0 - d, x1 + d, y1 + d)


def extrude_segments(
    segments: np.ndarray | Sequence[Sequence[Sequence[float]]], z0: float, height: float
) -> tuple[np.ndarray, np.ndarray]:
    """Vertical quads (two triangles each) standing on plan segments, for the 3D view.

    Parameters
    ----------
    segments : (n, 2, 2) float, metres
    z0 : float, metres
        Height of the bottom edge.
    height : float, metres

    Returns
    -------
    vertices : (4n, 3) float
    faces : (2n, 3) int

    Examples
    --------
    >>> v, f = extrude_segments([[(0, 0), (4, 0)]], 0.0, 3.0)
    >>> v.shape, f.tolist()
    ((4, 3), [[0, 1, 2], [0, 2, 3]])
    """
    seg = np.asarray(segments, dtype=float).reshape(-1, 2, 2)
    n = len(seg)
    vertices = np.empty((n, 4, 3))
    vertices[:, 0, :2], vertices[:, 1, :2] = seg[:, 0], seg[:, 1]
    vertices[:, 2, :2], vertices[:, 3, :2] = seg[:, 1], seg[:, 0]
    vertices[:, :2, 2] = z0
    vertices[:, 2:, 2] = z0 + height
    base = (np.arange(n) * 4)[:, None]
    faces = (base + np.array([0, 1, 2, 0, 2, 3])).reshape(-1, 3)
    return vertices.reshape(-1, 3), faces.astype(np.int64)


def polygon_rings(poly: Polygon) -> tuple[list[tuple[float, float]], list[list[tuple[float, float]]]]:
    """A polygon's outer ring and hole rings as point lists (no closing vertex)."""
    outer = [(float(x), float(y)) for x, y in poly.exterior.coords[:-1]]
    holes = [[(float(x), float(y)) for x, y in ring.coords[:-1]] for ring in poly.interiors]
    return outer, holes
