"""3D views of a route's decision points, rendered off-screen with pyvista (VTK; Mesa's software GL on servers).

The scene is built once per pack with the desktop application's own scene
(:func:`venueplanner.scene.populate`: floors tinted by use, outlines, openings,
markers, hazard discs, connectors and context geometry, in the same colours),
plus low cut-away walls (1.2 m, with gaps at the openings, so the camera sees
over them) on levels that have no context geometry of their own. For each view
the levels above the decision point's level are hidden, the route is a tube in
its card's colour, the decision point a pin, and the camera stands behind
the point, up and looking along the way on. The images hold no text: the
card prints each one's caption, in the pack's language.

Images are PNG bytes (Pillow, fixed settings, no metadata), so the same scene
gives the same bytes on a given machine.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence

import numpy as np

from models import Venue

log = logging.getLogger(__name__)

__all__ = ["IMAGE_SIZE", "ViewRequest", "render_views"]

#: Pixels of each view (width, height): 3:2, about 170 dpi across half an A4 page.
IMAGE_SIZE = (600, 400)
#: Views are rendered this many times larger, then shrunk: anti-aliasing that software GL always supports.
SUPERSAMPLE = 1
WALL_HEIGHT = 1.2
WALL_COLOUR = "#c9cacf"
#: Routes are drawn this far above the floor, metres.
LIFT = np.array([0.0, 0.0, 0.25])
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
    """Merge (mesh, hex colour) parts into one mesh with an ``rgb`` cell array (one actor per level)."""
    meshes = []
    for mesh, colour in parts:
        mesh = mesh.triangulate() if mesh.n_cells else mesh
        rgb = np.array([round(c * 255) for c in _rgb(colour)], dtype=np.uint8)
        mesh.cell_data["rgb"] = np.tile(rgb, (mesh.n_cells, 1))
        meshes.append(mesh)
    if not meshes:
        return None
    return meshes[0].merge(meshes[1:]) if len(meshes) > 1 else meshes[0]


def _scene(pv, plotter, venue: Venue) -> dict[str, list]:
    """The venue as the desktop application's 3D view draws it (:func:`venueplanner.scene.populate`), plus low
    cut-away walls on levels that have no context geometry of their own; returns the wall actors by level."""
    from venueplanner import scene

    scene.populate(plotter, venue, scene.SceneOptions(show_marker_labels=False))
    walls: dict[str, list] = {lid: [] for lid in venue.levels}
    with_context = {m.level_id for m in venue.context.values()}
    for lid, level in venue.levels.items():
        if lid in with_context:
            continue
        parts = [(w, WALL_COLOUR) for s in venue.spaces_on(lid) if (w := _walls(pv, venue, s, level.elevation))]
        mesh = _coloured(pv, parts)
        if mesh is not None:
            walls[lid].append(plotter.add_mesh(mesh, scalars="rgb", rgb=True, render=False, name=f"walls@{lid}"))
    return walls


def _show_levels(plotter, venue: Venue, walls: dict[str, list], here: float) -> None:
    """Show the levels at or below the floor `here`, hide those above (they would hide the view)."""
    from venueplanner import scene

    above = frozenset(lid for lid, lv in venue.levels.items() if lv.elevation > here + 1e-6)
    scene.arrange(plotter, venue, scene.SceneOptions(hidden_levels=above, show_marker_labels=False))
    for lid, actors in walls.items():
        for actor in actors:
            actor.SetVisibility(lid not in above)


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
        walls = _scene(pv, plotter, venue)
        elevation = {lid: lv.elevation for lid, lv in venue.levels.items()}
        routes = _RouteActors(pv, plotter)
        pin_mesh = pv.Cylinder(center=(0, 0, 1.2), direction=(0, 0, 1), radius=0.18, height=2.4).merge(
            pv.Sphere(radius=0.45, center=(0, 0, 2.6))
        )
        pin = plotter.add_mesh(pin_mesh, color=(1, 1, 1), render=False)
        for key, geometry, colour, point, heading, level in requests:
            here = elevation.get(level, 0.0)
            routes.show(key[0], np.asarray(geometry, dtype=float), here, colour)
            _show_levels(plotter, venue, walls, here)
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
