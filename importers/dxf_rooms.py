"""Spaces of a DXF plan: from closed room outlines, or derived from the wall lines when there are none.

Outlines are closed polylines, circles, closed splines and ellipses, and hatch
boundaries on room layers. An outline that holds other outlines keeps only what
is left around them (a floor outline around its rooms becomes the circulation);
two outlines covering the same area are one space.

Spaces are named from the TEXT / MTEXT inside them: a short code with digits
("A101", "0.12") is the room's number, a bare area ("24.5 m2") is ignored, and
the tallest remaining text is the name.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Point, Polygon

from importers.dxf_entities import Label, Shape
from models.tolerances import DXF_ROOM_CLOSE_GAP_M, DXF_ROOM_CONTAINS_FRACTION, DXF_ROOM_DUPLICATE_OVERLAP

log = logging.getLogger(__name__)

_AREA_TEXT = re.compile(r"^\s*(s\s*=\s*)?\d+([.,]\d+)?\s*(m2|m²|sq\.?\s*ft|ft2|sf)?\s*$", re.I)
_NUMBER_TEXT = re.compile(r"^[A-Z]{0,4}[-. ]?\d+([-./]\d+)*[A-Z]?$", re.I)


@dataclass(frozen=True, slots=True)
class Outline:
    """A room polygon (metres) and the DXF handle it came from (empty for derived rooms)."""

    polygon: Polygon
    handle: str


def outlines(shapes: Sequence[Shape], *, min_area: float) -> tuple[list[Outline], list[tuple[str, str]], list[str]]:
    """Room polygons from the closed shapes of room layers: ``(outlines, dropped, notes)``."""
    dropped: list[tuple[str, str]] = []
    notes: list[str] = []
    by_entity: dict[tuple[str, str], list[Shape]] = defaultdict(list)
    for shape in shapes:
        by_entity[(shape.handle, shape.dxftype)].append(shape)
    found: list[Outline] = []
    open_count = 0
    for (handle, kind), parts in by_entity.items():
        rings = []
        for part in parts:
            pts = part.points
            if not part.closed and np.hypot(*(pts[0] - pts[-1])) > DXF_ROOM_CLOSE_GAP_M:
                open_count += 1
                continue
            if len(pts) >= 3:
                rings.append(shapely.make_valid(Polygon(pts)))
        if not rings:
            continue
        # a hatch's boundary paths: the largest is the outline, the others inside it are holes
        rings.sort(key=lambda p: -p.area)
        poly = rings[0]
        for inner in rings[1:]:
            poly = poly.difference(inner) if poly.contains(inner.representative_point()) else poly.union(inner)
        for k, piece in enumerate(p for p in shapely.get_parts(poly) if isinstance(p, Polygon)):
            if piece.area < min_area:
                dropped.append((f"{kind} {handle}", f"room outline of {piece.area:.2f} m² is under {min_area:g} m²"))
            else:
                found.append(Outline(piece, handle if k == 0 else f"{handle}-{k}"))
    if open_count:
        notes.append(f"{open_count} open lines on room layers were not room outlines (not closed)")
    found, merged = _dedupe(found)
    if merged:
        notes.append(f"{merged} outlines drawn twice over the same room were merged")
    return _carve(found, dropped, min_area), dropped, notes


def _dedupe(found: list[Outline]) -> tuple[list[Outline], int]:
    kept: list[Outline] = []
    for outline in found:
        p = outline.polygon
        if any(p.intersection(k.polygon).area >= DXF_ROOM_DUPLICATE_OVERLAP * min(p.area, k.polygon.area)
               and abs(p.area - k.polygon.area) <= (1 - DXF_ROOM_DUPLICATE_OVERLAP) * max(p.area, k.polygon.area)
               for k in kept):  # fmt: skip
            continue
        kept.append(outline)
    return kept, len(found) - len(kept)


def _carve(found: list[Outline], dropped: list[tuple[str, str]], min_area: float) -> list[Outline]:
    """Outlines that hold others keep only what is left around them."""
    result = []
    for outline in found:
        poly = outline.polygon
        inner = [
            o.polygon
            for o in found
            if o is not outline
            and o.polygon.area < poly.area
            and poly.intersection(o.polygon).area >= DXF_ROOM_CONTAINS_FRACTION * o.polygon.area
        ]
        if inner:
            poly = poly.difference(shapely.union_all(inner))
            pieces = [p for p in shapely.get_parts(poly) if isinstance(p, Polygon) and p.area >= min_area]
            if not pieces:
                dropped.append((f"outline {outline.handle}", "only surrounds other room outlines"))
                continue
            poly = max(pieces, key=lambda p: p.area)
        result.append(Outline(poly, outline.handle))
    return result


def name_for(polygon: Polygon, labels: Sequence[Label]) -> tuple[str, str]:
    """``(name, number)`` of a room from the texts inside it (labels and room layers first).

    >>> from shapely.geometry import box
    >>> lbl = lambda t, x, h=0.3, role="labels": Label("", role, t, np.array([x, 1.0]), h)
    >>> name_for(box(0, 0, 4, 4), [lbl("Salle", 1), lbl("24.5 m2", 2, 0.2), lbl("A101", 3, 0.2), lbl("X", 9)])
    ('Salle', 'A101')
    """
    inside = [lb for lb in labels if polygon.covers(Point(lb.position))]
    inside.sort(key=lambda lb: (lb.role not in ("labels", "rooms"), -lb.height))  # stable: drawing order next
    name = number = ""
    for label in inside:
        text = label.text.strip()
        if _AREA_TEXT.match(text):
            continue
        if _NUMBER_TEXT.match(text) and any(c.isdigit() for c in text):
            number = number or text
        elif not name:
            name = text
    return name, number


def reading_order(polygons: Sequence[Polygon]) -> list[int]:
    """Indices of `polygons` from the top left, row by row (rows 2 m apart), to number derived rooms."""
    cents = [p.representative_point() for p in polygons]
    return sorted(range(len(polygons)), key=lambda i: (-round(cents[i].y / 2.0), cents[i].x))
