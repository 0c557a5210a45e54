"""Meshes of derived results for the 3D scene: routes with their direction, the walker, evacuation heat maps,
bottlenecks and exit numbers. Qt-free (pyvista only), so the desktop view and off-screen renders share them.

Everything is built at the levels' drawn heights for the given :class:`~venueplanner.scene_style.SceneOptions`
(explode included): a route that climbs a stair between two exploded levels climbs the drawn gap.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import numpy as np
import pyvista as pv

from models import Venue
from venueplanner.scene_style import OUTLINE_LIFT, SceneOptions, level_offsets

log = logging.getLogger(__name__)

__all__ = [
    "HEAT_CMAP",
    "ROUTE_COLOURS",
    "ROUTE_LIFT",
    "bottlenecks_mesh",
    "drawn_points",
    "exit_label_points",
    "heat_mesh",
    "route_arrows_mesh",
    "route_colour",
    "route_tube_mesh",
    "walker_mesh",
]

#: The briefing pack's route colours (``venueplanner.briefing.style.ROUTE_COLOURS``), so a route has one colour
#: on screen and on paper; repeated here to keep reportlab out of the desktop's start.
ROUTE_COLOURS = ("#3a2fd6", "#c2188b", "#00808a", "#8a5a00", "#5b6b00", "#6b2fa0")
#: Routes float this far above the floors, metres (above outlines and hazard discs).
ROUTE_LIFT = 0.35
#: Heat maps lie this far above the floors, metres (above the floor, below outlines).
HEAT_LIFT = OUTLINE_LIFT / 2
#: Colour map of time-to-exit heat maps: short times yellow, long times dark purple.
HEAT_CMAP = "plasma_r"


def route_colour(index: int) -> str:
    """The colour of the `index`-th route (0: the chosen one); it cycles after six."""
    return ROUTE_COLOURS[index % len(ROUTE_COLOURS)]


def drawn_points(venue: Venue, options: SceneOptions, points: np.ndarray, lift: float = 0.0) -> np.ndarray:
    """(n, 3) true positions -> where they are drawn: each z lifted by the explode gap of its height.

    Between two levels (on a stair) the gap is interpolated, so stairs stretch with the explode.
    """
    points = np.asarray(points, dtype=float).reshape(-1, 3).copy()
    levels = venue.levels_by_elevation
    if not levels:
        return points
    offsets = level_offsets(venue, options.explode)
    elevations = np.array([level.elevation for level in levels])
    gaps = np.array([offsets[level.id] for level in levels])
    points[:, 2] += np.interp(points[:, 2], elevations, gaps) + lift
    return points


def _clean(points: np.ndarray) -> np.ndarray:
    """Drop consecutive duplicate points (a tube filter cannot turn on a zero-length piece)."""
    if len(points) < 2:
        return points
    keep = np.concatenate([[True], np.linalg.norm(np.diff(points, axis=0), axis=1) > 1e-6])
    return points[keep]


def route_tube_mesh(points: np.ndarray, radius: float = 0.22) -> pv.PolyData:
    """A tube along the (n, 3) drawn path; empty when the path has less than two distinct points."""
    points = _clean(np.asarray(points, dtype=float))
    if len(points) < 2:
        return pv.PolyData()
    return pv.lines_from_points(points).tube(radius=radius, n_sides=12, capping=True)


def route_arrows_mesh(points: np.ndarray, spacing: float = 4.0, size: float = 0.9) -> pv.PolyData:
    """Cones pointing the way along the (n, 3) drawn path, one every `spacing` metres (at least one)."""
    points = _clean(np.asarray(points, dtype=float))
    if len(points) < 2:
        return pv.PolyData()
    pieces = np.diff(points, axis=0)
    lengths = np.linalg.norm(pieces, axis=1)
    along = np.concatenate([[0.0], np.cumsum(lengths)])
    total = along[-1]
    count = max(1, int(total // spacing))
    stations = (np.arange(count) + 0.5) * total / count
    index = np.clip(np.searchsorted(along, stations, side="right") - 1, 0, len(pieces) - 1)
    fraction = (stations - along[index]) / lengths[index]
    centres = points[index] + pieces[index] * fraction[:, None]
    cloud = pv.PolyData(centres)
    cloud["direction"] = pieces[index] / lengths[index][:, None]
    cone = pv.Cone(direction=(1.0, 0.0, 0.0), height=size, radius=size * 0.45, resolution=16)
    return cloud.glyph(orient="direction", scale=False, geom=cone)


def walker_mesh(position: Sequence[float], heading: float, size: float = 0.6) -> pv.PolyData:
    """The rehearsal's walker at a drawn position: a ball with a cone pointing along `heading` (radians)."""
    centre = np.asarray(position, dtype=float) + np.array([0.0, 0.0, size])
    direction = (np.cos(heading), np.sin(heading), 0.0)
    ball = pv.Sphere(radius=size * 0.6, center=centre, theta_resolution=16, phi_resolution=16)
    nose = pv.Cone(center=centre + np.multiply(direction, size), direction=direction, height=size, radius=size * 0.4)
    return ball.merge(nose)


def heat_mesh(xs: np.ndarray, ys: np.ndarray, values: np.ndarray, z: float) -> pv.PolyData:
    """A flat grid of cells coloured by `values` (ny, nx) seconds at height `z`; nan cells are left out.

    The scalars are named ``"seconds"``.
    """
    xs, ys, values = np.asarray(xs, float), np.asarray(ys, float), np.asarray(values, float)
    if values.size == 0 or np.all(np.isnan(values)):
        return pv.PolyData()
    dx = float(xs[1] - xs[0]) if len(xs) > 1 else 1.0
    dy = float(ys[1] - ys[0]) if len(ys) > 1 else 1.0
    edges_x = np.concatenate([xs - dx / 2, [xs[-1] + dx / 2]])
    edges_y = np.concatenate([ys - dy / 2, [ys[-1] + dy / 2]])
    grid = pv.RectilinearGrid(edges_x, edges_y, np.array([z + HEAT_LIFT]))
    grid.cell_data["seconds"] = values.ravel()  # VTK orders cells x fastest, as a (ny, nx) array ravels
    keep = np.flatnonzero(~np.isnan(values.ravel()))
    return grid.extract_cells(keep).extract_surface(algorithm="dataset_surface")


def bottlenecks_mesh(points: np.ndarray, peaks: Iterable[float], scale: float = 0.15) -> pv.PolyData:
    """Spheres at the (n, 3) drawn points, radius 0.3 m + `scale` x sqrt(peak queue in persons)."""
    meshes = [
        pv.Sphere(radius=0.3 + scale * float(np.sqrt(max(peak, 0.0))), center=point, theta_resolution=16)
        for point, peak in zip(np.asarray(points, float).reshape(-1, 3), peaks, strict=True)
    ]
    if not meshes:
        return pv.PolyData()
    return pv.merge(meshes)


def exit_label_points(venue: Venue, options: SceneOptions, numbers: dict[str, int]) -> tuple[np.ndarray, list[str]]:
    """Where the exterior door numbers are written (above each visible exit, drawn heights) and their texts.

    Nothing (no point, no text) when ``options.show_exit_numbers`` is off.
    """
    points, texts = [], []
    if not options.show_exit_numbers:
        numbers = {}
    for exit_id, number in sorted(numbers.items(), key=lambda item: item[1]):
        opening = venue.openings.get(exit_id)
        if opening is None or not options.visible(opening.level_id):
            continue
        z = venue.level(opening.level_id).elevation
        points.append((*opening.position, z))
        texts.append(str(number))
    if not points:
        return np.zeros((0, 3)), []
    return drawn_points(venue, options, np.array(points), lift=3.0), texts
