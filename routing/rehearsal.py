"""A route as a timed trajectory, for the 3D rehearsal (fly-through) and for sampling in the briefing pack.

Along each leg the walker moves at constant speed along the leg's 3D path,
taking the leg's time; the leg's `wait` (calling a lift, forcing a door) is
spent standing at its start. Headings are radians, counter-clockwise from the
plan's +X axis (``atan2(dy, dx)``), of the horizontal motion; while the
motion is vertical (in a lift) or standing, the last heading is kept. Add the
venue's north angle and convert with ``90 - degrees(heading) + north_angle``
for a compass bearing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from routing.route import Route

__all__ = ["Trajectory", "position_at", "trajectory"]


@dataclass(frozen=True, slots=True, eq=False)
class Trajectory:
    """Samples of a walk along a route.

    Attributes
    ----------
    time : (n,) float
        Seconds from the start, increasing; the last sample is the arrival.
    position : (n, 3) float
        Metres, venue frame.
    heading : (n,) float
        Radians, counter-clockwise from +X, in (-pi, pi].
    leg : (n,) int
        Index of the route leg each sample lies on.
    """

    time: np.ndarray
    position: np.ndarray
    heading: np.ndarray
    leg: np.ndarray


def _timeline(route: Route) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """Start time of each leg (len(legs) + 1 values) and each leg's (cumulative 3D arc length, points)."""
    starts = np.concatenate([[0.0], np.cumsum([leg.time for leg in route.legs])])
    paths = []
    for leg in route.legs:
        xyz = np.asarray(leg.geometry, dtype=float)
        s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(xyz, axis=0), axis=1))])
        paths.append((s, xyz))
    return starts, paths


def _locate(route: Route, starts, paths, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions (n, 3), horizontal directions (n, 2) (zero when not moving) and leg indices at times `t`."""
    t = np.clip(t, 0.0, starts[-1])
    index = np.clip(np.searchsorted(starts, t, side="right") - 1, 0, len(route.legs) - 1)
    position = np.zeros((len(t), 3))
    direction = np.zeros((len(t), 2))
    for k, leg in enumerate(route.legs):
        mask = index == k
        if not mask.any():
            continue
        s, xyz = paths[k]
        moving = leg.time - leg.wait
        local = np.clip(t[mask] - starts[k] - leg.wait, 0.0, None)
        fraction = np.clip(local / moving, 0.0, 1.0) if moving > 0 else np.ones_like(local)
        along = fraction * s[-1]
        position[mask] = np.column_stack([np.interp(along, s, xyz[:, i]) for i in range(3)])
        if s[-1] > 0:
            piece = np.clip(np.searchsorted(s, along, side="right") - 1, 0, len(s) - 2)
            delta = xyz[piece + 1, :2] - xyz[piece, :2]
            standing = (t[mask] - starts[k] < leg.wait) | (moving <= 0)
            delta[standing] = 0.0
            direction[mask] = delta
    return position, direction, index


def trajectory(route: Route, *, dt: float = 0.5) -> Trajectory:
    """Sample `route` every `dt` seconds, from the start to the arrival (always the last sample).

    Parameters
    ----------
    route : Route
    dt : float
        Seconds between samples (> 0).

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> from routing import access_route, build_graph
    >>> route = access_route(build_graph(two_room_venue()), "exit-a", "exit-b", profile="evacuee")
    >>> tr = trajectory(route, dt=2.0)  # 10 m at 1.2 m/s = 8.333 s
    >>> tr.time.round(3).tolist()
    [0.0, 2.0, 4.0, 6.0, 8.0, 8.333]
    >>> tr.position[1].round(3).tolist(), float(tr.heading[1])  # 2 s x 1.2 m/s = 2.4 m east of (0, 2)
    ([2.4, 2.0, 0.0], 0.0)
    """
    if dt <= 0:
        raise ValueError(f"dt must be positive, not {dt}")
    starts, paths = _timeline(route)
    total = float(starts[-1])
    times = np.arange(0.0, total, dt)
    if not len(times) or times[-1] < total:
        times = np.append(times, total)
    if not route.legs:
        return Trajectory(times[:1], np.zeros((1, 3)), np.zeros(1), np.zeros(1, dtype=np.int64))
    position, direction, index = _locate(route, starts, paths, times)
    heading = _headings(direction)
    return Trajectory(times, position, heading, index)


def _headings(direction: np.ndarray) -> np.ndarray:
    moving = np.hypot(direction[:, 0], direction[:, 1]) > 1e-12
    heading = np.full(len(direction), np.nan)
    heading[moving] = np.arctan2(direction[moving, 1], direction[moving, 0])
    # keep the last heading while standing or going straight up; before any motion, the first one
    valid = np.flatnonzero(moving)
    if not len(valid):
        return np.zeros(len(direction))
    last = np.maximum.accumulate(np.where(moving, np.arange(len(direction)), -1))
    last[last < 0] = valid[0]
    return heading[last]


def position_at(route: Route, t: float) -> np.ndarray:
    """(3,) float: where the walker is `t` seconds after the start (clamped to the start and arrival), metres.

    >>> from models.factories import two_room_venue
    >>> from routing import access_route, build_graph
    >>> route = access_route(build_graph(two_room_venue()), "exit-a", "exit-b", profile="evacuee")
    >>> position_at(route, 5.0).round(3).tolist()  # 5 s x 1.2 m/s = 6 m from (0, 2)
    [6.0, 2.0, 0.0]
    """
    if not route.legs:
        return np.zeros(3)
    starts, paths = _timeline(route)
    position, _, _ = _locate(route, starts, paths, np.array([float(t)]))
    return position[0]
