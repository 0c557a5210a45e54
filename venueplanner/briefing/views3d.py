"""3D views of a route's decision points, rendered off-screen with pyvista (VTK; Mesa's software GL on servers).

The scene is built once per pack: each level's floors (tinted by use, at their
elevation), low cut-away walls (1.2 m, with gaps at the openings, so the
camera sees over them), opening thresholds (green for exits), stairs and
ramps as slabs between their landings, lift shafts as boxes. For each view
the levels above the decision point's level are hidden, the route is a tube in
its card's colour, the decision point a pin, and the camera stands behind
the point, up and looking along the way on. The images hold no text: the
card prints each one's caption, in the pack's language.

Images are PNG bytes (Pillow, fixed settings, no metadata), so the same scene
gives the same bytes on a given machine.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import os
import sys
from collections.abc import Iterator, Sequence

import numpy as np

from models import Venue
from models import geometry as geo
from venueplanner.briefing.style import CONNECTOR_COLOURS, EXIT_GREEN, OPENING_COLOURS, USE_FILLS

log = logging.getLogger(__name__)

__all__ = ["IMAGE_SIZE", "ViewRequest", "render_views"]

#: Pixels of each view (width, height): 3:2, about 230 dpi across half an A4 page.
IMAGE_SIZE = (720, 480)
#: Views are rendered this many times larger, then shrunk: anti-aliasing that software GL always supports.
SUPERSAMPLE = 1
WALL_HEIGHT = 1.2
WALL_COLOUR = "#c9cacf"
#: Routes are drawn this far above the floor, metres.
LIFT = np.array([0.0, 0.0, 0.25])
PILLAR_COLOUR = "#595959"
#: Camera: metres behind the point, metres above its floor, metres ahead it looks at.
BACK, UP, AHEAD = 9.0, 7.0, 4.0

ViewRequest = tuple  # (key, route geometry (n, 3), colour, point (x, y, z), heading (dx, dy) or None, level id)


def _headless() -> None:
    """Use Mesa's off-screen GL when there is no display (Linux servers, CI), unless told otherwise."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkOSOpenGLRenderWindow")


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))


def _floor(pv, space, z: float):
    ring = np.asarray(space.footprint, dtype=float)
    pts = np.column_stack([ring, np.full(len(ring), z)])
    return pv.PolyData(pts, faces=np.array([len(ring), *range(len(ring))])).triangulate()


def _gaps(venue: Venue, space, a: np.ndarray, b: np.ndarray) -> list[tuple[float, float]]:
    """Intervals (0..1 along edge a->b) taken by openings of `space` on that edge."""
    length = float(np.hypot(*(b - a)))
    out = []
    for o in venue.openings_on(space.level_id):
        if space.id not in o.spaces:
            continue
        p = np.asarray(o.position)
        t = float(np.dot(p - a, b - a) / (length * length)) if length > 0 else 0.0
        foot = a + np.clip(t, 0, 1) * (b - a)
        if np.hypot(*(p - foot)) < 0.4 and 0 <= t <= 1:
            half = o.width / 2 / length
            out.append((t - half, t + half))
    return sorted(out)


def _walls(pv, venue: Venue, space, z: float):
    quads, pts = [], []
    ring = np.asarray(space.footprint, dtype=float)
    for i in range(len(ring)):
        a, b = ring[i], ring[(i + 1) % len(ring)]
        start = 0.0
        for g0, g1 in [*_gaps(venue, space, a, b), (1.0, 1.0)]:
            if g0 > start + 1e-6:
                p0, p1 = a + start * (b - a), a + min(g0, 1.0) * (b - a)
                k = len(pts)
                pts += [(*p0, z), (*p1, z), (*p1, z + WALL_HEIGHT), (*p0, z + WALL_HEIGHT)]
                quads.append([4, k, k + 1, k + 2, k + 3])
            start = max(start, g1)
    if not quads:
        return None
    return pv.PolyData(np.array(pts, dtype=float), faces=np.concatenate(quads))


def _coloured(pv, parts: list) -> object | None:
    """Merge (mesh, hex colour) parts into one mesh with an ``rgb`` cell array (one actor per level and layer)."""
    meshes = []
    for mesh, colour in parts:
        mesh = mesh.triangulate() if mesh.n_cells else mesh
        mesh.cell_data["rgb"] = np.tile(
            np.array([round(c * 255) for c in _rgb(colour)], dtype=np.uint8), (mesh.n_cells, 1)
        )
        meshes.append(mesh)
    if not meshes:
        return None
    return meshes[0].merge(meshes[1:]) if len(meshes) > 1 else meshes[0]


def _opening_box(pv, venue: Venue, o, z: float):
    box = pv.Box(bounds=(-o.width / 2, o.width / 2, -0.15, 0.15, 0.0, 2.1 if o.is_exit else 0.08))
    ring = venue.spaces[o.spaces[0]].footprint if o.spaces[0] in venue.spaces else None
    angle = 0.0
    if ring is not None:
        i, _, _ = geo.nearest_edge(ring, o.position)
        (x0, y0), (x1, y1) = ring[i], ring[(i + 1) % len(ring)]
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    return box.rotate_z(angle, inplace=False).translate((o.position[0], o.position[1], z), inplace=False)


def _connector_parts(pv, venue: Venue, elevation: dict[str, float]) -> dict[str, list]:
    parts: dict[str, list] = {lid: [] for lid in venue.levels}
    for c in venue.connectors.values():
        lands = sorted(c.landings, key=lambda la: elevation.get(la.level_id, 0.0))
        colour = CONNECTOR_COLOURS[c.kind]
        if c.kind.value == "lift":
            (x, y), z0, z1 = lands[0].position, elevation[lands[0].level_id], elevation[lands[-1].level_id] + 2.2
            parts[lands[-1].level_id].append((pv.Box(bounds=(x - 0.7, x + 0.7, y - 0.7, y + 0.7, z0, z1)), colour))
            continue
        for lo, hi in itertools.pairwise(lands):
            a = np.array([*lo.position, elevation[lo.level_id]])
            b = np.array([*hi.position, elevation[hi.level_id]])
            d = b[:2] - a[:2]
            side = np.array([-d[1], d[0], 0.0]) / max(float(np.hypot(*d)), 1e-9) * c.width / 2
            quad = np.array([a - side, a + side, b + side, b - side])
            parts[hi.level_id].append((pv.PolyData(quad, faces=[4, 0, 1, 2, 3]), colour))
    return parts


def _scene(pv, plotter, venue: Venue) -> dict[str, list]:
    """Add the venue's actors, a few per level (floors, walls, openings, connectors); returns them by level id."""
    actors: dict[str, list] = {lid: [] for lid in venue.levels}
    elevation = {lid: lv.elevation for lid, lv in venue.levels.items()}
    connectors = _connector_parts(pv, venue, elevation)
    for lid in venue.levels:
        z = elevation[lid]
        spaces = venue.spaces_on(lid)
        floors = [(_floor(pv, s, z), USE_FILLS[s.use]) for s in spaces]
        walls = [(w, WALL_COLOUR) for s in spaces if (w := _walls(pv, venue, s, z)) is not None]
        pillars = [
            (
                pv.Cylinder(center=(*geo.centroid(h), z + 1.5), direction=(0, 0, 1), radius=0.25, height=3.0),
                PILLAR_COLOUR,
            )
            for s in spaces
            for h in s.holes
        ]
        doors = [
            (_opening_box(pv, venue, o, z), EXIT_GREEN if o.is_exit else OPENING_COLOURS[o.kind])
            for o in venue.openings_on(lid)
        ]
        for layer in (floors, walls + pillars + doors + connectors[lid]):
            mesh = _coloured(pv, layer)
            if mesh is not None:
                actors[lid].append(plotter.add_mesh(mesh, scalars="rgb", rgb=True, render=False))
    return actors


class _RouteActors:
    """The route tubes of each (route, floor) pair, built once and shown when needed."""

    def __init__(self, pv, plotter) -> None:
        self.pv, self.plotter, self.actors = pv, plotter, {}

    def show(self, key, xyz: np.ndarray, here: float, colour: str) -> None:
        for actor in self.actors.values():
            if actor is not None:
                actor.SetVisibility(False)
        if (key, here) not in self.actors:
            self.actors[(key, here)] = self._build(xyz, here, colour)
        actor = self.actors[(key, here)]
        if actor is not None:
            actor.SetVisibility(True)

    def _build(self, xyz: np.ndarray, here: float, colour: str):
        """The route as a tube, less the pieces that start above the floor `here` (they would float in the view)."""
        keep = xyz[:-1, 2] <= here + 0.01
        runs, run = [], []
        for i in range(len(xyz) - 1):
            if keep[i] and float(np.linalg.norm(xyz[i + 1] - xyz[i])) > 1e-6:
                run = run or [xyz[i]]
                run.append(xyz[i + 1])
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        if not runs:
            return None
        tubes = [self.pv.lines_from_points(np.array(r) + LIFT).tube(radius=0.22, n_sides=10) for r in runs]
        mesh = tubes[0].merge(tubes[1:]) if len(tubes) > 1 else tubes[0]
        return self.plotter.add_mesh(mesh, color=_rgb(colour), render=False)


def _camera(point: np.ndarray, heading: tuple[float, float] | None):
    hx, hy = heading if heading is not None else (0.0, 1.0)
    eye = (point[0] - hx * BACK, point[1] - hy * BACK, point[2] + UP)
    focus = (point[0] + hx * AHEAD, point[1] + hy * AHEAD, point[2])
    return [eye, focus, (0.0, 0.0, 1.0)]


def _png(image: np.ndarray, size: tuple[int, int]) -> bytes:
    """The render shrunk to `size` (smooth edges: each pixel averages SUPERSAMPLE² rendered ones), as PNG."""
    from PIL import Image

    out = io.BytesIO()
    picture = Image.fromarray(np.ascontiguousarray(image[..., :3])).resize(size, Image.Resampling.BOX)
    picture.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()


def render_views(venue: Venue, requests: Sequence[ViewRequest], *, size: tuple[int, int] = IMAGE_SIZE) -> Iterator:
    """Render each request; yields ``(key, png bytes)`` in order.

    Raises
    ------
    ImportError, RuntimeError
        pyvista is not installed or no OpenGL context can be made; the pack
        prints its cards without views then.
    """
    if not requests:
        return
    _headless()
    import pyvista as pv

    plotter = pv.Plotter(off_screen=True, window_size=[size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE])
    try:
        plotter.set_background("white")
        by_level = _scene(pv, plotter, venue)
        elevation = {lid: lv.elevation for lid, lv in venue.levels.items()}
        routes = _RouteActors(pv, plotter)
        pin_mesh = pv.Cylinder(center=(0, 0, 1.2), direction=(0, 0, 1), radius=0.18, height=2.4).merge(
            pv.Sphere(radius=0.45, center=(0, 0, 2.6))
        )
        pin = plotter.add_mesh(pin_mesh, color=(1, 1, 1), render=False)
        for key, geometry, colour, point, heading, level in requests:
            here = elevation.get(level, 0.0)
            routes.show(key[0], np.asarray(geometry, dtype=float), here, colour)
            for lid, actors in by_level.items():
                for actor in actors:
                    actor.SetVisibility(elevation.get(lid, 0.0) <= here + 1e-6)
            p = np.asarray(point, dtype=float)
            pin.SetPosition(*p)
            pin.GetProperty().SetColor(*_rgb(colour))
            plotter.camera_position = _camera(p, heading)
            plotter.camera.view_angle = 55.0
            plotter.renderer.ResetCameraClippingRange()
            plotter.render()
            yield key, _png(plotter.screenshot(return_img=True), size)
    finally:
        plotter.close()
        log.debug("rendered %d views", len(requests))
