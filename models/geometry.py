"""Plane geometry on footprints: (n, 2) point sequences in metres, in the venue's XY frame.

Footprints are stored as tuples of ``(x, y)`` float pairs, counter-clockwise, with
no repeated closing vertex. These functions are pure and take plain sequences, so
importers, routing and the views share one definition of "area" and "inside".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import shapely

from models.tolerances import POINT_EPS

Point2 = tuple[float, float]
Ring = tuple[Point2, ...]


def as_ring(points: Iterable[Sequence[float]]) -> Ring:
    """Return `points` as a tuple of float pairs without a repeated closing vertex.

    >>> as_ring([(0, 0), (1, 0), (1, 1), (0, 0)])
    ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0))
    """
    ring = tuple((float(p[0]), float(p[1])) for p in points)
    if len(ring) > 1 and _same(ring[0], ring[-1]):
        ring = ring[:-1]
    return ring


def _same(a: Point2, b: Point2) -> bool:
    return abs(a[0] - b[0]) <= POINT_EPS and abs(a[1] - b[1]) <= POINT_EPS


def signed_area(ring: Sequence[Point2]) -> float:
    """Shoelace area: positive when `ring` runs counter-clockwise (square metres).

    >>> signed_area([(0, 0), (4, 0), (4, 3), (0, 3)])
    12.0
    >>> signed_area([(0, 0), (0, 3), (4, 3), (4, 0)])
    -12.0
    """
    if len(ring) < 3:
        return 0.0
    xy = np.asarray(ring, dtype=float)
    x, y = xy[:, 0], xy[:, 1]
    with np.errstate(invalid="ignore", over="ignore"):  # non-finite corners: validate reports them
        return float(0.5 * (np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def ccw(ring: Ring) -> Ring:
    """Return `ring` in counter-clockwise order."""
    return ring if signed_area(ring) >= 0 else tuple(reversed(ring))


def cw(ring: Ring) -> Ring:
    """Return `ring` in clockwise order (the orientation of holes)."""
    return ring if signed_area(ring) <= 0 else tuple(reversed(ring))


def rectangle(x0: float, y0: float, x1: float, y1: float) -> Ring:
    """The counter-clockwise ring of an axis-aligned rectangle given two corners.

    >>> rectangle(0, 0, 2, 1)
    ((0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (0.0, 1.0))
    """
    xa, xb = sorted((float(x0), float(x1)))
    ya, yb = sorted((float(y0), float(y1)))
    return ((xa, ya), (xb, ya), (xb, yb), (xa, yb))


def polygon(outer: Ring, holes: Sequence[Ring] = ()) -> shapely.Polygon:
    """The shapely polygon of a footprint (for predicates and spatial indexes).

    A ring with fewer than 3 corners has no inside: it gives an empty polygon
    (a hole that short is left out), so a degenerate footprint can still be
    indexed and reported by :func:`models.validate.validate`.
    """
    if len(outer) < 3:
        return shapely.Polygon()
    return shapely.Polygon(outer, holes=[h for h in holes if len(h) >= 3] or None)


def area(outer: Ring, holes: Sequence[Ring] = ()) -> float:
    """Walkable area of a footprint: the outer ring less its holes (square metres).

    >>> area(rectangle(0, 0, 10, 10), [rectangle(2, 2, 4, 4)])
    96.0
    """
    return abs(signed_area(outer)) - sum(abs(signed_area(h)) for h in holes)


def centroid(outer: Ring) -> Point2:
    """Area centroid of a ring (falls back to the vertex mean for degenerate rings).

    >>> centroid(rectangle(0, 0, 4, 2))
    (2.0, 1.0)
    """
    xy = np.asarray(outer, dtype=float)
    a = signed_area(outer)
    if abs(a) < POINT_EPS:
        m = xy.mean(axis=0)
        return (float(m[0]), float(m[1]))
    x, y = xy[:, 0], xy[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    cross = x * yn - xn * y
    return (float(((x + xn) * cross).sum() / (6 * a)), float(((y + yn) * cross).sum() / (6 * a)))


def contains(outer: Ring, point: Sequence[float], holes: Sequence[Ring] = ()) -> bool:
    """Whether `point` lies inside the footprint (on the outline counts as inside).

    >>> contains(rectangle(0, 0, 2, 2), (1, 1)), contains(rectangle(0, 0, 2, 2), (3, 1))
    (True, False)
    """
    if not _in_ring(outer, point):
        return distance_to_outline(outer, point) <= POINT_EPS
    return not any(_in_ring(h, point) and distance_to_outline(h, point) > POINT_EPS for h in holes)


def _in_ring(ring: Ring, point: Sequence[float]) -> bool:
    # even-odd crossing rule, vectorised over the edges
    xy = np.asarray(ring, dtype=float)
    px, py = float(point[0]), float(point[1])
    x0, y0 = xy[:, 0], xy[:, 1]
    x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
    straddles = (y0 > py) != (y1 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
    return bool(np.count_nonzero(straddles & (px < x_cross)) % 2)


def _edges(ring: Ring) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(ring, dtype=float)
    return a, np.roll(a, -1, axis=0)


def edge_distances(ring: Ring, point: Sequence[float]) -> np.ndarray:
    """Distance from `point` to each edge of `ring`: (n,) float, metres (edge i runs i -> i+1)."""
    a, b = _edges(ring)
    p = np.asarray(point[:2], dtype=float)
    ab = b - a
    length2 = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length2 > 0, np.einsum("ij,ij->i", p - a, ab) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    nearest = a + t[:, None] * ab
    return np.hypot(*(nearest - p).T)


def distance_to_outline(ring: Ring, point: Sequence[float]) -> float:
    """Shortest distance from `point` to the outline of `ring` (metres).

    >>> distance_to_outline(rectangle(0, 0, 4, 4), (1, 2))
    1.0
    """
    return float(edge_distances(ring, point).min()) if ring else math.inf


def nearest_edge(ring: Ring, point: Sequence[float]) -> tuple[int, float, float]:
    """The edge of `ring` nearest to `point`: ``(index, edge length, distance)``.

    >>> nearest_edge(rectangle(0, 0, 4, 2), (2, 0.1))
    (0, 4.0, 0.1)
    """
    d = edge_distances(ring, point)
    i = int(d.argmin())
    a, b = ring[i], ring[(i + 1) % len(ring)]
    return i, float(math.hypot(b[0] - a[0], b[1] - a[1])), float(round(d[i], 12))


def is_simple(outer: Ring, holes: Sequence[Ring] = ()) -> bool:
    """Whether the footprint is a valid polygon (no self-crossing, holes inside)."""
    if len(outer) < 3 or any(len(h) < 3 for h in holes):
        return False
    return bool(shapely.is_valid(polygon(outer, holes)))


def wall_under(ring: Ring, point: Sequence[float], *, angle_tolerance: float = 1e-3) -> tuple[float, float]:
    """The straight wall of `ring` nearest to `point`: ``(length, position of the point along it)``.

    Consecutive collinear edges count as one wall, so a vertex that a neighbouring
    room added in the middle of a wall does not cut it in two.

    >>> wall_under(((0, 0), (4, 0), (10, 0), (10, 3), (0, 3)), (5, 0.1))
    (10.0, 5.0)
    """
    n = len(ring)
    index = int(edge_distances(ring, point).argmin())
    xy = np.asarray(ring, dtype=float)

    def direction(i: int) -> np.ndarray:
        d = xy[(i + 1) % n] - xy[i % n]
        length = math.hypot(*d)
        return d / length if length > 0 else d

    u = direction(index)

    def collinear(i: int) -> bool:
        return float(np.dot(direction(i), u)) > 1 - angle_tolerance

    start, end = index, index
    while collinear(start - 1) and (index - start) < n - 1:
        start -= 1
    while collinear(end + 1) and (end - index) < n - 1:
        end += 1
    a, b = xy[start % n], xy[(end + 1) % n]
    length = float(math.hypot(*(b - a)))
    along = float(np.dot(np.asarray(point[:2], dtype=float) - a, u))
    return round(length, 9), round(min(max(along, 0.0), length), 9)
