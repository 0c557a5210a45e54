"""Between the 3D view's pixels and the venue: the camera ray through a pixel, and the pixel of a point.

Positions are in the widget's logical pixels (Qt's), y down; points in metres.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF


def camera_ray(plotter, pos: QPointF) -> tuple[np.ndarray, np.ndarray]:
    """The camera ray through widget position `pos` of `plotter`: origin and direction, metres."""
    ratio = plotter.devicePixelRatioF()
    x, y = pos.x() * ratio, (plotter.height() - pos.y() - 1) * ratio
    renderer = plotter.renderer
    ends = []
    for depth in (0.0, 1.0):
        renderer.SetDisplayPoint(x, y, depth)
        renderer.DisplayToWorld()
        wx, wy, wz, w = renderer.GetWorldPoint()
        ends.append(np.array([wx, wy, wz]) / (w or 1.0))
    return ends[0], ends[1] - ends[0]


def pixel_of(plotter, xyz) -> QPointF:
    """Widget position (logical pixels) where world point `xyz` is drawn by `plotter`."""
    renderer = plotter.renderer
    renderer.SetWorldPoint(*map(float, xyz), 1.0)
    renderer.WorldToDisplay()
    x, y, _ = renderer.GetDisplayPoint()
    ratio = plotter.devicePixelRatioF()
    return QPointF(x / ratio, plotter.height() - 1 - y / ratio)
