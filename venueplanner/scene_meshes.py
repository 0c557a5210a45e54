"""Meshes of a venue's elements (pyvista, no Qt): floors, outlines, openings, markers, hazards, connectors, context.

Each builder returns one :class:`pyvista.PolyData` for many elements, with a
``rgb`` cell array (uint8) of their colours, so a whole level is one actor.
Heights are the levels' true elevations unless a ``z`` is given.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence

import numpy as np
import pyvista as pv
import shapely

from models import Connector, ConnectorKind, Marker, Opening, Space, Venue, geometry
from venueplanner.scene_style import (
    BLOCKED_COLOUR,
    CONNECTOR_COLOURS,
    LIFT_MIN_SIDE,
    OPENING_DEPTH,
    OPENING_HEIGHT,
    OUTLINE_LIFT,
    PIN_HEIGHT,
    PIN_RADIUS,
    USE_COLOURS,
    SceneOptions,
    drawn_z,
    hex_rgb,
    marker_colour,
    opening_colour,
)


def _cells(mesh: pv.PolyData, colours: Sequence[str] | np.ndarray) -> pv.PolyData:
    rgb = np.array([hex_rgb(c) for c in colours], dtype=np.uint8) if len(colours) else np.empty((0, 3), np.uint8)
    mesh.cell_data["rgb"] = rgb
    return mesh


def floor_mesh(spaces: Sequence[Space], z: float) -> pv.PolyData:
    """Triangulated footprints (holes kept) at height `z`; cell data ``rgb`` (use colour) and ``space`` (index)."""
    if not spaces:
        return pv.PolyData()
    polygons = np.array([geometry.polygon(s.footprint, s.holes) for s in spaces])
    triangles, owner = shapely.get_parts(shapely.constrained_delaunay_triangles(polygons), return_index=True)
    corners = shapely.get_coordinates(triangles).reshape(-1, 4, 2)[:, :3]  # closed rings of 4 points
    points = np.column_stack([corners.reshape(-1, 2), np.full(len(corners) * 3, z)])
    mesh = pv.PolyData.from_regular_faces(points, np.arange(len(points)).reshape(-1, 3))
    mesh.cell_data["space"] = owner
    return _cells(mesh, [USE_COLOURS[spaces[i].use] for i in owner])


def outline_mesh(spaces: Sequence[Space], z: float) -> pv.PolyData:
    """Closed polylines of every footprint and hole, just above height `z`."""
    rings = [ring for s in spaces for ring in (s.footprint, *s.holes)]
    if not rings:
        return pv.PolyData()
    points, lines, start = [], [], 0
    for ring in rings:
        n = len(ring)
        points.append(np.column_stack([np.asarray(ring), np.full(n, z + OUTLINE_LIFT)]))
        lines.append(np.concatenate([[n + 1], np.arange(start, start + n), [start]]))
        start += n
    return pv.PolyData(np.vstack(points), lines=np.concatenate(lines))


def wall_direction(venue: Venue, opening: Opening) -> np.ndarray:
    """Unit (x, y) vector along the wall an opening sits in: the nearest edge of its first space."""
    space = venue.spaces.get(opening.spaces[0]) if opening.spaces else None
    if space is None:
        return np.array([1.0, 0.0])
    i, length, _ = geometry.nearest_edge(space.footprint, opening.position)
    a, b = np.asarray(space.footprint[i]), np.asarray(space.footprint[(i + 1) % len(space.footprint)])
    return (b - a) / length if length > 0 else np.array([1.0, 0.0])


def _boxes(centres: np.ndarray, along: np.ndarray, sizes: np.ndarray, z0: np.ndarray, heights: np.ndarray):
    """Points and triangles of upright boxes: centres (n, 2), along (n, 2) unit, sizes (n, 2) = (length, depth)."""
    across = np.column_stack([-along[:, 1], along[:, 0]])
    corners = []
    for sa, sb in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        corners.append(centres + along * (sa * sizes[:, :1] / 2) + across * (sb * sizes[:, 1:] / 2))
    corners = np.stack(corners, axis=1)  # (n, 4, 2)
    bottom = np.concatenate([corners, z0[:, None, None].repeat(4, 1)], axis=2)
    top = np.concatenate([corners, (z0 + heights)[:, None, None].repeat(4, 1)], axis=2)
    points = np.concatenate([bottom, top], axis=1).reshape(-1, 3)
    quads = np.array([[0, 1, 2, 3], [4, 7, 6, 5], [0, 4, 5, 1], [1, 5, 6, 2], [2, 6, 7, 3], [3, 7, 4, 0]])
    tris = np.concatenate([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])  # 12 per box
    faces = (np.arange(len(centres))[:, None, None] * 8 + tris[None]).reshape(-1, 3)
    return points, faces


def openings_mesh(venue: Venue, openings: Sequence[Opening], z: float, blocked: Iterable[str] = ()) -> pv.PolyData:
    """Each opening as an upright box of its clear width, across its wall, coloured by kind or state."""
    if not openings:
        return pv.PolyData()
    blocked = set(blocked)
    n = len(openings)
    centres = np.array([o.position for o in openings])
    along = np.array([wall_direction(venue, o) for o in openings])
    sizes = np.column_stack([[o.width for o in openings], np.full(n, OPENING_DEPTH)])
    points, faces = _boxes(centres, along, sizes, np.full(n, z), np.full(n, OPENING_HEIGHT))
    return _cells(
        pv.PolyData.from_regular_faces(points, faces), np.repeat([opening_colour(o, blocked) for o in openings], 12)
    )


@functools.cache
def _pin() -> pv.PolyData:
    """A pin standing on the origin: a ball on a downward cone whose tip touches the floor."""
    ball = pv.Sphere(radius=PIN_RADIUS, center=(0, 0, PIN_HEIGHT), theta_resolution=16, phi_resolution=12)
    cone = pv.Cone(
        center=(0, 0, PIN_HEIGHT / 2), direction=(0, 0, -1), height=PIN_HEIGHT, radius=PIN_RADIUS * 0.6, resolution=12
    )
    return ball.merge(cone.triangulate()).triangulate()


def markers_mesh(markers: Sequence[Marker], z: float) -> pv.PolyData:
    """Each marker as a pin (a ball on a cone, tip on the floor), coloured by kind."""
    if not markers:
        return pv.PolyData()
    pin = _pin()
    faces = pin.regular_faces
    n, m = pin.n_points, len(markers)
    offsets = np.array([(x, y, z) for x, y in (mk.position for mk in markers)])
    points = (pin.points[None, :, :] + offsets[:, None, :]).reshape(-1, 3)
    all_faces = (faces[None, :, :] + (np.arange(m) * n)[:, None, None]).reshape(-1, 3)
    mesh = pv.PolyData.from_regular_faces(points, all_faces)
    return _cells(mesh, np.repeat([marker_colour(mk.kind) for mk in markers], len(faces)))


def hazards_mesh(markers: Sequence[Marker], z: float) -> pv.PolyData:
    """Hazard zones (markers with a radius) as discs on the floor."""
    discs = [
        pv.Disc(center=(m.position[0], m.position[1], z + 2 * OUTLINE_LIFT), inner=0.0, outer=m.radius, c_res=48)
        for m in markers
        if m.radius > 0
    ]
    return pv.merge(discs) if discs else pv.PolyData()


def connectors_mesh(venue: Venue, options: SceneOptions) -> pv.PolyData:
    """Stairs, ramps and escalators as ribbons of their width between landings; lifts as shafts."""
    parts = []
    for c in venue.connectors.values():
        stops = sorted(
            (lnd for lnd in c.landings if lnd.level_id in venue.levels and options.visible(lnd.level_id)),
            key=lambda lnd: drawn_z(venue, lnd.level_id, options),
        )
        for a, b in itertools.pairwise(stops):
            part = _connector_part(
                c, a.position, drawn_z(venue, a.level_id, options), b.position, drawn_z(venue, b.level_id, options)
            )
            parts.append(
                _cells(part, [BLOCKED_COLOUR if c.id in options.blocked else CONNECTOR_COLOURS[c.kind]] * part.n_cells)
            )
    return pv.merge(parts) if parts else pv.PolyData()


def _connector_part(c: Connector, pa, za: float, pb, zb: float) -> pv.PolyData:
    pa, pb = np.asarray(pa, float), np.asarray(pb, float)
    run = pb - pa
    length = float(np.hypot(*run))
    if c.kind == ConnectorKind.LIFT or length < c.width:
        side = max(c.width, LIFT_MIN_SIDE)
        points, faces = _boxes(
            pa[None], np.array([[1.0, 0.0]]), np.array([[side, side]]), np.array([za]), np.array([zb - za])
        )
        return pv.PolyData.from_regular_faces(points, faces)
    across = np.array([-run[1], run[0]]) / length * c.width / 2
    quad = [(*(pa - across), za), (*(pa + across), za), (*(pb + across), zb), (*(pb - across), zb)]
    return pv.PolyData.from_regular_faces(np.array(quad, float), np.array([[0, 1, 2], [0, 2, 3]]))


def context_mesh(venue: Venue, level_id: str | None) -> pv.PolyData:
    """All context meshes of one level (None: those of no level) merged into one mesh."""
    meshes = [m for m in venue.context.values() if m.level_id == level_id and len(m.faces)]
    if not meshes:
        return pv.PolyData()
    offsets = np.cumsum([0] + [len(m.vertices) for m in meshes[:-1]])
    faces = np.concatenate([m.faces + off for m, off in zip(meshes, offsets, strict=True)])
    return pv.PolyData.from_regular_faces(np.concatenate([m.vertices for m in meshes]), faces)
