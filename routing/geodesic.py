"""Shortest walking paths inside one space: around corners, pillars and hazard zones, not through walls.

A walker keeps a `clearance` from corners: the path bends at waypoints placed
off each reflex corner of the walkable area (a corner that sticks into the
room, or any corner of a pillar), at `clearance` from both walls that meet
there. Paths are polylines over the ends and these waypoints (a visibility
graph): a straight piece is kept only when it stays inside the area. Waypoint
to waypoint distances are computed once per area and cached, so joining new
points (a route's ends) costs one visibility test per waypoint.

Arrays are (n, 2) float, metres, in the venue's XY frame.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import shapely

from models.geometry import Ring

log = logging.getLogger(__name__)

#: Polygons are grown by this before visibility tests, so that a segment lying on
#: the outline (a door in a wall) counts as inside despite rounding (metres).
_TEST_SLACK = 1e-5

#: Sides of the polygon that stands for a hazard disc; it circumscribes the disc.
_DISC_SIDES = 32

#: A waypoint off a very sharp corner is placed at most this many clearances away.
_MAX_OFFSET = 4.0


class Walkable:
    """The walkable area of one space (footprint less holes and hazard discs), ready for path queries.

    Build it with :func:`walkable`, which caches one per area.

    Attributes
    ----------
    area : shapely geometry
        The walkable polygon (or multipolygon when hazards split it).
    cut : shapely geometry or None
        The hazard discs taken out of the space, if any.
    waypoints : (r, 2) float
        Bend points off the reflex corners, metres.
    """

    def __init__(self, area, clearance: float, cut=None) -> None:
        self.area = area
        self.cut = cut
        self.clearance = float(clearance)
        self._test = shapely.buffer(area, _TEST_SLACK, join_style="mitre")
        shapely.prepare(self._test)
        self.waypoints = _waypoints(area, self.clearance)
        r = len(self.waypoints)
        if r:
            d, vis = self._visibility(self.waypoints, self.waypoints)
            self._ww, self._next = _floyd_warshall(np.where(vis, d, np.inf))
        else:
            self._ww = np.zeros((0, 0))
            self._next = np.zeros((0, 0), dtype=np.int64)

    # -- queries -----------------------------------------------------------------

    def reachable(self, points: np.ndarray) -> np.ndarray:
        """(k,) bool: which points are not inside a hazard disc (they may lie a little outside the area)."""
        if self.cut is None:
            return np.ones(len(points), dtype=bool)
        return ~shapely.contains_xy(self.cut, points[:, 0], points[:, 1])

    def paths(self, points: Sequence[Sequence[float]]) -> tuple[np.ndarray, dict]:
        """Shortest walking distances between every pair of `points`, and a way to get the polylines.

        Parameters
        ----------
        points : (k, 2) float
            Positions, metres. A point a little outside the area (a door in the
            middle of a wall) first walks straight to the nearest point of the area.

        Returns
        -------
        distances : (k, k) float
            Metres; ``inf`` where no path exists (a point in a hazard disc, a part
            of the space cut off by one).
        plan : dict
            Opaque; pass it to :meth:`polyline` with two indices.
        """
        pts = np.asarray(points, dtype=float).reshape(-1, 2)
        k = len(pts)
        ok = self.reachable(pts)
        snapped = self._snap(pts)
        lead = np.hypot(*(snapped - pts).T)
        direct_d, direct_vis = self._visibility(snapped, snapped)
        direct = np.where(direct_vis, direct_d, np.inf)
        r = len(self.waypoints)
        via = np.full((k, k), -1, dtype=np.int64)
        first = np.zeros((k, 0), dtype=np.int64)
        if r and not np.all(direct_vis):
            pw_d, pw_vis = self._visibility(snapped, self.waypoints)
            pw = np.where(pw_vis, pw_d, np.inf)  # (k, r)
            # i -> a (first waypoint) -> ... -> b (last waypoint) -> j, as two min-plus products
            to_b, first = _min_plus(pw, self._ww)  # (k, r): best first waypoint a for each (i, b)
            best, exit_b = _min_plus(to_b, pw.T)  # (k, k): best last waypoint b for each (i, j)
            use_via = best < direct - 1e-12
            direct = np.where(use_via, best, direct)
            via = np.where(use_via, exit_b, -1)
        distances = direct + lead[:, None] + lead[None, :]
        np.fill_diagonal(distances, 0.0)
        distances[~ok, :] = np.inf
        distances[:, ~ok] = np.inf
        distances[np.diag_indices(k)] = np.where(ok, 0.0, np.inf)
        return distances, {"points": pts, "snapped": snapped, "via": via, "first": first}

    def polyline(self, plan: dict, i: int, j: int) -> np.ndarray:
        """(m, 2) float: the walking path from point `i` to point `j` of a :meth:`paths` call."""
        pts, snapped = plan["points"], plan["snapped"]
        out = [pts[i]]
        if not _same(snapped[i], pts[i]):
            out.append(snapped[i])
        b = int(plan["via"][i, j])
        if b >= 0:
            a = int(plan["first"][i, b])
            out.extend(self.waypoints[w] for w in self._waypoint_path(a, b))
        if not _same(snapped[j], out[-1]):
            out.append(snapped[j])
        if not _same(pts[j], out[-1]):
            out.append(pts[j])
        if len(out) == 1:
            out.append(pts[j])
        return np.array(out, dtype=float)

    # -- internals ---------------------------------------------------------------

    def _waypoint_path(self, a: int, b: int) -> list[int]:
        path = [a]
        while a != b:
            a = int(self._next[a, b])
            path.append(a)
        return path

    def _snap(self, pts: np.ndarray) -> np.ndarray:
        inside = shapely.contains_xy(self._test, pts[:, 0], pts[:, 1])
        if inside.all():
            return pts.copy()
        out = pts.copy()
        outside = np.flatnonzero(~inside)
        lines = shapely.shortest_line(self.area, shapely.points(pts[outside]))
        out[outside] = shapely.get_coordinates(lines).reshape(-1, 2, 2)[:, 0, :]
        return out

    def _visibility(self, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Distances (len(a), len(b)) and whether each straight segment stays inside the area."""
        d = np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])
        same = a is b
        if same:
            iu, ju = np.triu_indices(len(a), k=1)
        else:
            iu, ju = (m.ravel() for m in np.indices((len(a), len(b))))
        vis = np.zeros(d.shape, dtype=bool)
        if same:
            np.fill_diagonal(vis, True)
        if len(iu):
            coords = np.stack([a[iu], b[ju]], axis=1)  # (n, 2, 2)
            lines = shapely.linestrings(coords)
            vis[iu, ju] = shapely.covers(self._test, lines)
            if same:
                vis[ju, iu] = vis[iu, ju]
        return d, vis


def _same(p, q) -> bool:
    return abs(p[0] - q[0]) < 1e-9 and abs(p[1] - q[1]) < 1e-9


def _min_plus(a: np.ndarray, b: np.ndarray, *, cells: int = 1 << 21) -> tuple[np.ndarray, np.ndarray]:
    """Min-plus product ``c[i, j] = min_m a[i, m] + b[m, j]`` and its argmin, in row chunks of bounded memory."""
    n, m = a.shape
    p = b.shape[1]
    c = np.empty((n, p))
    arg = np.empty((n, p), dtype=np.int64)
    step = max(1, cells // max(1, m * p))
    for start in range(0, n, step):
        block = a[start : start + step, :, None] + b[None, :, :]  # (s, m, p)
        arg[start : start + step] = block.argmin(axis=1)
        c[start : start + step] = np.take_along_axis(block, arg[start : start + step, None, :], axis=1)[:, 0, :]
    return c, arg


def _floyd_warshall(d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All-pairs shortest distances on a dense matrix, and the next hop of each shortest path."""
    d = d.copy()
    n = len(d)
    np.fill_diagonal(d, 0.0)
    nxt = np.where(np.isfinite(d), np.arange(n)[None, :], -1)
    for m in range(n):
        alt = d[:, m : m + 1] + d[m : m + 1, :]
        better = alt < d - 1e-12
        if better.any():
            d = np.where(better, alt, d)
            nxt = np.where(better, nxt[:, m : m + 1], nxt)
    return d, nxt


def _waypoints(area, clearance: float) -> np.ndarray:
    """Points off every reflex corner of `area`, at `clearance` from both walls of the corner."""
    out: list[np.ndarray] = []
    for poly in getattr(area, "geoms", [area]):
        poly = shapely.orient_polygons(poly)  # exterior counter-clockwise, holes clockwise
        for ring in (poly.exterior, *poly.interiors):
            out.extend(_ring_waypoints(np.asarray(ring.coords)[:-1], poly, clearance))
    return np.array(out, dtype=float).reshape(-1, 2)


def _ring_waypoints(xy: np.ndarray, poly, clearance: float) -> list[np.ndarray]:
    # The walkable side is on the left of every edge (exterior CCW, holes CW).
    # A corner where the outline turns right is reflex: paths bend around it.
    if len(xy) < 3:
        return []
    prev_dir = xy - np.roll(xy, 1, axis=0)
    next_dir = np.roll(xy, -1, axis=0) - xy
    prev_len = np.hypot(*prev_dir.T)
    next_len = np.hypot(*next_dir.T)
    keep = (prev_len > 0) & (next_len > 0)
    cross = prev_dir[:, 0] * next_dir[:, 1] - prev_dir[:, 1] * next_dir[:, 0]
    reflex = np.flatnonzero(keep & (cross < -1e-12 * prev_len * next_len))
    found = []
    for i in reflex:
        n1 = np.array([-prev_dir[i, 1], prev_dir[i, 0]]) / prev_len[i]  # left normals
        n2 = np.array([-next_dir[i, 1], next_dir[i, 0]]) / next_len[i]
        # p = v + c (n1 + n2) / (1 + n1.n2) lies at distance c from both wall lines
        denom = max(1.0 + float(n1 @ n2), 2.0 / _MAX_OFFSET**2)
        offset = (n1 + n2) / denom
        for scale in (1.0, 0.5, 0.0):
            p = xy[i] + clearance * scale * offset
            if scale == 0.0 or poly.covers(shapely.Point(p)):
                found.append(p)
                break
    return found


def polyline_distance(xy, point) -> float:
    """Shortest distance from `point` to the polyline `xy` ((n, 2) float), metres.

    >>> polyline_distance([(0, 0), (10, 0)], (5, 2))
    2.0
    """
    xy = np.asarray(xy, dtype=float)
    p = np.asarray(point, dtype=float)[:2]
    if len(xy) == 1:
        return float(np.hypot(*(xy[0] - p)))
    a, b = xy[:-1], xy[1:]
    ab = b - a
    l2 = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.where(l2 > 0, np.einsum("ij,ij->i", p - a, ab) / l2, 0.0), 0.0, 1.0)
    return float(np.hypot(*(a + t[:, None] * ab - p).T).min())


def disc(x: float, y: float, radius: float) -> shapely.Polygon:
    """A polygon that contains the disc of `radius` metres about ``(x, y)`` (it circumscribes it).

    >>> round(disc(0, 0, 1).area, 3)  # 32 sides: 32 tan(pi/32) = 3.152, a little more than pi
    3.152
    """
    grow = 1.0 / math.cos(math.pi / _DISC_SIDES)
    return shapely.Point(x, y).buffer(radius * grow, quad_segs=_DISC_SIDES // 4)


@lru_cache(maxsize=8192)
def walkable(
    footprint: Ring,
    holes: tuple[Ring, ...] = (),
    *,
    hazards: tuple[tuple[float, float, float], ...] = (),
    clearance: float = 0.3,
) -> Walkable:
    """The :class:`Walkable` area of a footprint, cached per (footprint, holes, hazards, clearance).

    Parameters
    ----------
    footprint : ring of (x, y), metres
    holes : rings of (x, y), metres
    hazards : tuples ``(x, y, radius)``, metres: discs that nobody walks into.
    clearance : float
        Distance kept from corners, metres.

    Examples
    --------
    An L-shaped corridor, 2 m wide, from a door at (0, 1) to a door at (9, 10).
    The path bends once, off the inner corner (8, 2), at (8.3, 1.7):
    2 x sqrt(8.3^2 + 0.7^2) = 2 x sqrt(69.38) = 16.659 m.

    >>> w = walkable(((0, 0), (10, 0), (10, 10), (8, 10), (8, 2), (0, 2)), clearance=0.3)
    >>> d, plan = w.paths([(0, 1), (9, 10)])
    >>> round(float(d[0, 1]), 3)
    16.659
    >>> w.polyline(plan, 0, 1).round(2).tolist()
    [[0.0, 1.0], [8.3, 1.7], [9.0, 10.0]]
    """
    area = shapely.Polygon(footprint, holes=list(holes) or None)
    if not area.is_valid:
        area = shapely.make_valid(area)
        area = shapely.union_all([g for g in getattr(area, "geoms", [area]) if g.geom_type == "Polygon"])
        log.warning("footprint is not a simple polygon; walking on its repaired shape")
    cut = None
    if hazards:
        cut = shapely.union_all([disc(x, y, r) for x, y, r in hazards])
        area = area.difference(cut)
        area = shapely.union_all([g for g in getattr(area, "geoms", [area]) if g.geom_type == "Polygon"])
    return Walkable(area, clearance, cut)
