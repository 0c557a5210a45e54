"""The 3D scene of a venue on any pyvista plotter, without Qt: the desktop view and the briefing pack share it.

Each level is drawn at its elevation: its floor (spaces coloured by use, with
outlines), its openings (doors, exits, gates as upright boxes across their
wall), its markers (pins with labels, hazard zones as discs) and its context
geometry (walls, slabs: translucent grey). Connectors (stairs, ramps,
escalators, lifts) are ribbons and shafts between their landings. Actors are
named ``"<layer>@<level id>"``, so a level is shown, hidden or lifted apart
(*explode*) by moving actors, without rebuilding meshes.

Looks are in :mod:`venueplanner.scene_style`, meshes in
:mod:`venueplanner.scene_meshes`, and what a ray from the camera hits in
:mod:`venueplanner.scene_pick`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pyvista as pv
import shapely

from models import Marker, MarkerKind, Opening, Space, Venue, geometry
from venueplanner.scene_meshes import (
    connectors_mesh,
    context_mesh,
    floor_mesh,
    hazards_mesh,
    markers_mesh,
    openings_mesh,
    outline_mesh,
    wall_direction,
)
from venueplanner.scene_style import (
    BACKGROUND,
    CONTEXT_COLOUR,
    LABEL_HEIGHT,
    MARKER_COLOURS,
    OPENING_HEIGHT,
    OUTLINE_COLOUR,
    OUTLINE_LIFT,
    PIN_HEIGHT,
    SELECTION_COLOUR,
    USE_COLOURS,
    SceneOptions,
    drawn_z,
    level_offsets,
)

log = logging.getLogger(__name__)

__all__ = [  # the meshes are re-exported: the GLB export and the briefing pack build on them
    "USE_COLOURS",
    "MeshCache",
    "SceneOptions",
    "arrange",
    "connectors_mesh",
    "context_mesh",
    "floor_mesh",
    "hazards_mesh",
    "highlight",
    "level_bounds",
    "markers_mesh",
    "openings_mesh",
    "outline_mesh",
    "perspective_view",
    "plan_view",
    "populate",
    "setup",
    "wall_direction",
]

#: Layers drawn per level; their actors are named ``"<layer>@<level id>"``.
LEVEL_LAYERS = ("floor", "outline", "openings", "markers", "hazards", "context", "labels", "space-labels", "selection")

#: pyvista appends this to the name given to add_point_labels.
LABEL_SUFFIX = "-labels"

_FLAT = {"scalars": "rgb", "rgb": True, "lighting": False, "show_scalar_bar": False}
_SHADED = {"scalars": "rgb", "rgb": True, "show_scalar_bar": False}


def _same(a: object, b: object) -> bool:
    return a is b or (isinstance(a, str | frozenset) and a == b)


@dataclass
class MeshCache:
    """Meshes kept between calls of :func:`populate`, reused while built from the very same element values.

    Elements are immutable, so an element that is the same object as last time
    needs no new mesh: after an edit only the level it touched is rebuilt.
    """

    entries: dict[str, tuple[tuple, pv.PolyData]] = field(default_factory=dict)

    def get(self, name: str, key: tuple, build: Callable[..., pv.PolyData], *args) -> pv.PolyData:
        held = self.entries.get(name)
        if held is not None and len(held[0]) == len(key) and all(map(_same, held[0], key)):
            return held[1]
        mesh = build(*args)
        self.entries[name] = (key, mesh)
        return mesh


def populate(
    plotter: pv.BasePlotter, venue: Venue, options: SceneOptions | None = None, *, cache: MeshCache | None = None
) -> list[str]:
    """Add one actor per layer and level, and one for the connectors, to any plotter; returns their names.

    Actors of an earlier call that this venue no longer needs are removed.
    Meshes are built at the levels' true elevations; :func:`arrange` then
    lifts and hides them for `options`. Nothing is rendered.
    """
    options = options or SceneOptions()
    cache = cache if cache is not None else MeshCache()
    names: list[str] = []

    def add(name: str, mesh: pv.PolyData, **style) -> None:
        if mesh.n_points:
            plotter.add_mesh(mesh, name=name, reset_camera=False, render=False, **style)
            names.append(name)

    blocked = options.blocked
    for level in venue.levels_by_elevation:
        z, lid = level.elevation, level.id
        spaces = tuple(venue.spaces_on(lid))
        openings = tuple(venue.openings_on(lid))
        markers = tuple(m for m in venue.markers.values() if m.level_id == lid)
        add(f"floor@{lid}", cache.get(f"floor@{lid}", spaces, floor_mesh, spaces, z), **_FLAT)
        outlines = cache.get(f"outline@{lid}", spaces, outline_mesh, spaces, z)
        add(f"outline@{lid}", outlines, color=OUTLINE_COLOUR, line_width=1.5, lighting=False)
        walls = tuple(s for s in spaces if any(s.id in o.spaces for o in openings))
        key = (*openings, *walls, frozenset(blocked & {o.id for o in openings}))
        add(f"openings@{lid}", cache.get(f"openings@{lid}", key, openings_mesh, venue, openings, z, blocked), **_SHADED)
        add(f"markers@{lid}", markers_mesh(markers, z), smooth_shading=True, **_SHADED)
        hazard = MARKER_COLOURS[MarkerKind.HAZARD_ZONE]
        add(f"hazards@{lid}", hazards_mesh(markers, z), color=hazard, opacity=0.35, lighting=False)
        if options.show_context:
            context = cache.get(f"context@{lid}", tuple(venue.context.values()), context_mesh, venue, lid)
            add(f"context@{lid}", context, color=CONTEXT_COLOUR, opacity=options.context_opacity)
    if options.show_context:
        context = cache.get("context@", tuple(venue.context.values()), context_mesh, venue, None)
        add("context@", context, color=CONTEXT_COLOUR, opacity=options.context_opacity)
    for stale in set(plotter.actors) - set(names):
        if stale.partition("@")[0] in LEVEL_LAYERS[:6]:
            plotter.remove_actor(stale, render=False)
    arrange(plotter, venue, options)
    return names


def arrange(plotter: pv.BasePlotter, venue: Venue, options: SceneOptions) -> None:
    """Lift and hide the per-level actors for `options`; rebuild connectors and labels (they span levels)."""
    offsets = level_offsets(venue, options.explode)
    for name, actor in plotter.actors.items():
        layer, _, lid = name.partition("@")
        if layer in LEVEL_LAYERS and lid in offsets:  # label actors are 2D: add_labels redraws them
            actor.SetPosition(0.0, 0.0, offsets[lid])
            actor.SetVisibility(options.visible(lid))
    connectors = connectors_mesh(venue, options)
    if connectors.n_points:
        plotter.add_mesh(connectors, name="connectors", reset_camera=False, render=False, **_SHADED)
    else:
        plotter.remove_actor("connectors", render=False)
    add_labels(plotter, venue, options)


def add_labels(plotter: pv.BasePlotter, venue: Venue, options: SceneOptions) -> None:
    """Marker labels (and space names when asked) of the visible levels, at their drawn height."""
    common = {"bold": False, "show_points": False, "always_visible": True, "reset_camera": False, "render": False}
    for level in venue.levels.values():
        for layer in ("labels", "space-labels"):
            plotter.remove_actor(f"{layer}@{level.id}{LABEL_SUFFIX}", render=False)
        if not options.visible(level.id):
            continue
        z = drawn_z(venue, level.id, options)
        markers = [m for m in venue.markers.values() if m.level_id == level.id]
        if options.show_marker_labels and markers:
            points = np.array([(*m.position, z + LABEL_HEIGHT) for m in markers])
            texts = [m.label or m.id for m in markers]
            plotter.add_point_labels(
                points, texts, name=f"labels@{level.id}", font_size=11, text_color="#1b1b1b",
                shape_color="white", shape_opacity=0.8, **common,
            )  # fmt: skip
        spaces = venue.spaces_on(level.id)
        if options.show_space_labels and spaces:
            anchors = shapely.point_on_surface(np.array([geometry.polygon(s.footprint, s.holes) for s in spaces]))
            points = np.column_stack([shapely.get_coordinates(anchors), np.full(len(spaces), z + OUTLINE_LIFT)])
            plotter.add_point_labels(
                points, [s.label for s in spaces], name=f"space-labels@{level.id}", font_size=10,
                text_color="#343a40", shape=None, justification_horizontal="center", **common,
            )  # fmt: skip


def highlight(plotter: pv.BasePlotter, venue: Venue, element_ids: Iterable[str], options: SceneOptions) -> None:
    """Draw the selection over the scene (one actor, ``"selection"``); an empty selection removes it."""
    parts = []
    for element_id in element_ids:
        try:
            element = venue.get(element_id)
        except KeyError:
            continue
        level_id = getattr(element, "level_id", None)
        if level_id not in venue.levels or not options.visible(level_id):
            continue
        z = drawn_z(venue, level_id, options)
        if isinstance(element, Space):
            parts.append(outline_mesh([element], z + OUTLINE_LIFT))
        elif isinstance(element, Opening):
            d = wall_direction(venue, element) * (element.width / 2 + 0.3)
            x, y = element.position
            ends = [(x - d[0], y - d[1]), (x + d[0], y + d[1])]
            parts.append(pv.Line((*ends[0], z + OPENING_HEIGHT + 0.2), (*ends[1], z + OPENING_HEIGHT + 0.2)))
            parts.append(pv.Line((*ends[0], z + OUTLINE_LIFT * 3), (*ends[1], z + OUTLINE_LIFT * 3)))
        elif isinstance(element, Marker):
            ring = pv.Circle(radius=max(element.radius, 1.0), resolution=48).extract_feature_edges(feature_edges=False)
            parts.append(ring.translate((*element.position, z + OUTLINE_LIFT * 3), inplace=False))
            parts.append(pv.Line((*element.position, z), (*element.position, z + PIN_HEIGHT * 1.6)))
    if parts:
        plotter.add_mesh(
            pv.merge(parts), name="selection", color=SELECTION_COLOUR, line_width=5, lighting=False,
            reset_camera=False, render=False,
        )  # fmt: skip
    else:
        plotter.remove_actor("selection", render=False)


def level_bounds(venue: Venue, level_ids: Iterable[str] | None = None) -> tuple[float, float, float, float]:
    """(xmin, xmax, ymin, ymax) of the spaces and markers of these levels (all by default), metres."""
    wanted = set(venue.levels if level_ids is None else level_ids)
    xy = [np.asarray(s.footprint) for s in venue.spaces.values() if s.level_id in wanted]
    xy += [np.array([m.position]) for m in venue.markers.values() if m.level_id in wanted]
    if not xy:
        return (-10.0, 10.0, -10.0, 10.0)
    xy = np.vstack(xy)
    return (float(xy[:, 0].min()), float(xy[:, 0].max()), float(xy[:, 1].min()), float(xy[:, 1].max()))


def plan_view(plotter: pv.BasePlotter, venue: Venue, level_id: str, options: SceneOptions, *, margin=0.05) -> None:
    """Look straight down on one level, orthographic, plan +Y up, framing its spaces and markers.

    The caller hides the other levels (``options.hidden_levels``) if they would
    be in the way.
    """
    xmin, xmax, ymin, ymax = level_bounds(venue, [level_id])
    cx, cy, z = (xmin + xmax) / 2, (ymin + ymax) / 2, drawn_z(venue, level_id, options)
    width, height = plotter.window_size
    aspect = width / height if height else 1.0
    plotter.renderer.enable_parallel_projection()
    camera = plotter.renderer.camera  # not plotter.camera: on a new plotter it renders
    camera.is_set = True
    camera.focal_point = (cx, cy, z)
    camera.position = (cx, cy, z + 500.0)
    camera.up = (0.0, 1.0, 0.0)
    camera.parallel_scale = max((ymax - ymin) / 2, (xmax - xmin) / 2 / aspect, 1.0) * (1 + margin)
    plotter.renderer.ResetCameraClippingRange()


def perspective_view(plotter: pv.BasePlotter, venue: Venue, options: SceneOptions) -> None:
    """An isometric perspective framing the visible levels."""
    plotter.renderer.disable_parallel_projection()
    plotter.renderer.camera.is_set = True
    visible = [lid for lid in venue.levels if options.visible(lid)] or list(venue.levels)
    xmin, xmax, ymin, ymax = level_bounds(venue, visible)
    zs = [drawn_z(venue, lid, options) for lid in visible] or [0.0]
    bounds = (xmin, xmax, ymin, ymax, min(zs), max(zs) + OPENING_HEIGHT)
    plotter.renderer.view_isometric(render=False, bounds=bounds)  # not plotter.*: those render
    plotter.renderer.reset_camera(render=False, bounds=bounds)


def setup(plotter: pv.BasePlotter) -> None:
    """Background and lighting shared by the desktop view and the briefing figures."""
    plotter.set_background(BACKGROUND[0], top=BACKGROUND[1])
