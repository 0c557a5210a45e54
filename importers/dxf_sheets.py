"""Separate drawings in one DXF model space: keep the floor plan, leave out elevations and sections beside it.

Architects often put the plan, the roof plan and the elevations side by side in one
model space. Entities (of every layer that is not ignored) closer than
:data:`~models.tolerances.DXF_SHEET_GAP_M` to each other belong to one *sheet*. A sheet
holding a door or a room outline is a plan; when some sheet is a plan, the sheets that
are not are left out, and the report says where they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from models.tolerances import DXF_SHEET_GAP_M


@dataclass(frozen=True, slots=True)
class Sheets:
    """kept : the area of the sheets kept (a shapely geometry); left_out : bounds of the others."""

    kept: BaseGeometry
    left_out: tuple[tuple[float, float, float, float], ...]

    def holds(self, points: np.ndarray) -> bool:
        """Whether the middle of these points' bounding box lies in a kept sheet."""
        mid = (points.min(axis=0) + points.max(axis=0)) / 2
        return bool(self.kept.covers(shapely.Point(mid[0], mid[1])))


def find_sheets(
    boxes: Iterable[np.ndarray], plan_points: Sequence[Sequence[float]], *, gap: float = DXF_SHEET_GAP_M
) -> Sheets:
    """Cluster entity boxes ``(2, 2)`` (metres) into sheets and keep those holding a plan point.

    Parameters
    ----------
    boxes : ``[[xmin, ymin], [xmax, ymax]]`` of every entity.
    plan_points : door centres and room outline points: what makes a sheet a plan.
    gap : metres between two sheets.

    Examples
    --------
    >>> b = [np.array([[0, 0], [10, 5]]), np.array([[11, 0], [20, 5]]), np.array([[40, 0], [60, 5]])]
    >>> s = find_sheets(b, [(5, 2)])
    >>> s.left_out
    ((40.0, 0.0, 60.0, 5.0),)
    """
    half = gap / 2
    # grown by hand: a horizontal line's box has no area, and shapely would buffer it to nothing
    rects = [shapely.box(b[0][0] - half, b[0][1] - half, b[1][0] + half, b[1][1] + half) for b in boxes]
    if not rects:
        return Sheets(shapely.GeometryCollection(), ())
    parts = list(shapely.get_parts(shapely.union_all(rects)))
    marks = [shapely.Point(p[0], p[1]) for p in plan_points]
    plans = [p for p in parts if any(p.covers(m) for m in marks)]
    if not plans or len(plans) == len(parts):
        return Sheets(shapely.union_all(parts), ())
    others = [p for p in parts if not any(p is q for q in plans)]
    left_out = tuple(
        (round(x0 + half, 2), round(y0 + half, 2), round(x1 - half, 2), round(y1 - half, 2))
        for x0, y0, x1, y1 in (o.bounds for o in others)
    )
    return Sheets(shapely.union_all(plans), left_out)
