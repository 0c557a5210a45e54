"""What a ray from the camera hits in the scene of :mod:`venueplanner.scene`, without Qt or VTK.

The view turns a mouse position into a ray (origin and direction in the
venue frame, metres); these functions intersect it with what is drawn, at the
drawn height of each visible level: marker pins and openings (upright
segments, with a tolerance around them), connector landings, then the floors
of spaces. The nearest hit along the ray wins.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from models import Venue
from models.topology import SpaceIndex
from venueplanner.scene_style import OPENING_HEIGHT, PIN_HEIGHT, PIN_RADIUS, SceneOptions, drawn_z

#: How close the ray must pass to a marker pin's axis, metres.
MARKER_REACH = PIN_RADIUS * 1.5
#: How close to an opening's axis, at least, metres (wide openings: half their width).
OPENING_REACH = 0.5


@dataclass(frozen=True, slots=True)
class Pick:
    """A point of the scene under the mouse.

    element_id : the element hit, or None for the floor of a level outside every space.
    level_id : the level hit.
    point : (x, y) in the venue frame, metres (where the ray meets that level's floor).
    distance : along the ray from its origin, metres.
    """

    element_id: str | None
    level_id: str
    point: tuple[float, float]
    distance: float


def floor_hits(venue: Venue, options: SceneOptions, origin: Sequence[float], direction: Sequence[float]) -> list[Pick]:
    """Where the ray meets the floor plane of each visible level, nearest first (element_id None)."""
    o, d = np.asarray(origin, float), _unit(direction)
    if abs(d[2]) < 1e-9:
        return []
    hits = []
    for level_id in venue.levels:
        if not options.visible(level_id):
            continue
        t = (drawn_z(venue, level_id, options) - o[2]) / d[2]
        if t > 0:
            p = o + t * d
            hits.append(Pick(None, level_id, (float(p[0]), float(p[1])), float(t)))
    return sorted(hits, key=lambda h: h.distance)


def pick(
    venue: Venue,
    options: SceneOptions,
    origin: Sequence[float],
    direction: Sequence[float],
    *,
    index: SpaceIndex | None = None,
) -> Pick | None:
    """The nearest element along the ray: a marker, opening, connector landing or space; None if nothing."""
    o, d = np.asarray(origin, float), _unit(direction)
    found: list[Pick] = []
    for level_id in venue.levels:
        if not options.visible(level_id):
            continue
        z = drawn_z(venue, level_id, options)
        posts = [
            (m.id, m.position, PIN_HEIGHT + PIN_RADIUS, MARKER_REACH)
            for m in venue.markers.values()
            if m.level_id == level_id
        ]
        posts += [
            (op.id, op.position, OPENING_HEIGHT, max(OPENING_REACH, op.width / 2)) for op in venue.openings_on(level_id)
        ]
        posts += [
            (c.id, landing.position, OPENING_HEIGHT, max(OPENING_REACH, c.width / 2))
            for c in venue.connectors.values()
            for landing in c.landings
            if landing.level_id == level_id
        ]
        for element_id, (x, y), height, reach in posts:
            gap, t = _ray_to_post(o, d, (x, y, z), height)
            if gap <= reach and t > 0:
                found.append(Pick(element_id, level_id, (x, y), t))
    index = index or SpaceIndex.of(venue)
    for hit in floor_hits(venue, options, o, d):
        space = index.space_at(hit.level_id, hit.point)
        if space is not None:
            found.append(Pick(space.id, hit.level_id, hit.point, hit.distance))
            break  # floors further along are hidden by this one
    return min(found, key=lambda h: h.distance) if found else None


def floor_at(
    venue: Venue,
    options: SceneOptions,
    origin: Sequence[float],
    direction: Sequence[float],
    *,
    index: SpaceIndex | None = None,
) -> Pick | None:
    """Where to put something clicked on: the nearest floor inside a space, else the lowest visible level.

    The fallback lets a staging point be placed in the street, outside every
    space. The pick's element_id is the space (None outside).
    """
    index = index or SpaceIndex.of(venue)
    hits = floor_hits(venue, options, origin, direction)
    for hit in hits:
        space = index.space_at(hit.level_id, hit.point)
        if space is not None:
            return Pick(space.id, hit.level_id, hit.point, hit.distance)
    if not hits:
        return None
    return min(hits, key=lambda h: (drawn_z(venue, h.level_id, options), h.distance))


def _unit(v: Sequence[float]) -> np.ndarray:
    v = np.asarray(v, float)
    n = float(np.linalg.norm(v))
    if n == 0 or not math.isfinite(n):
        raise ValueError(f"a ray direction must be a finite non-zero vector, got {tuple(v)}")
    return v / n


def _ray_to_post(o: np.ndarray, d: np.ndarray, base: Sequence[float], height: float) -> tuple[float, float]:
    """Distance between the ray ``o + t d`` (d unit) and the upright segment base..base+height; and t there."""
    q = np.asarray(base, float)
    w = o - q
    b, dd, e = d[2], float(d @ w), w[2]
    denom = 1.0 - b * b
    if denom < 1e-9:  # looking straight down or up: hit the top (or bottom) of the post
        s = height if d[2] < 0 else 0.0
    else:
        s = (e - b * dd) / denom  # height on the post nearest to the ray
        s = min(max(s, 0.0), height)
    top = q + np.array([0.0, 0.0, s])
    t = float(d @ (top - o))
    gap = float(np.linalg.norm(o + t * d - top))
    return gap, t
