"""What a plan writes: the ids short enough to print, level names, and the space labels fitted into their rooms.

A space's label is its number in bold with its name below, placed at the room's
pole of inaccessibility and set as large as fits (7 down to 4.5 points); a room
too small for any size gets its number alone at 4.5 points, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.ops import polylabel

from models import Space
from venueplanner.briefing.draw import Sheet, wrap
from venueplanner.briefing.fonts import BOLD, CONDENSED, text_width
from venueplanner.briefing.grid import PlanFrame
from venueplanner.briefing.labels import Placer, text_box

__all__ = ["LABEL_SIZES", "draw_space_labels", "level_label", "printed_id", "space_label_lines"]

#: The sizes tried for a space's label, largest first, points.
LABEL_SIZES = (7.0, 6.5, 6.0, 5.5, 5.0, 4.5)

#: Ids longer than this, or with a space, are not printed on plans (an IFC GlobalId is not painted on a door).
SHORT_ID = 8
#: A name printed instead of a long id is at most this long.
SHORT_NAME = 12


def printed_id(element) -> str:
    """What a plan prints beside an element: its id when short enough to be painted on site (as routing's
    directions name it), else its name when short, else nothing."""
    if len(element.id) <= SHORT_ID and not any(ch.isspace() for ch in element.id):
        return element.id
    name = getattr(element, "name", "") or ""
    return name if 0 < len(name) <= SHORT_NAME else ""


def level_label(level, *, short: bool = False) -> str:
    """``L0 Rez-de-chaussée`` (`short`: ``L0``); a level with a long id (an IFC GlobalId) goes by its name."""
    if len(level.id) <= SHORT_ID and not any(ch.isspace() for ch in level.id):
        return level.id if short or not level.name else f"{level.id} {level.name}"
    return level.name or level.id


def space_label_lines(space: Space, width: float, size: float) -> list[tuple[str, str]]:
    """Lines (text, font) of a space's label wrapped to `width` points: its number (bold), then its name."""
    lines: list[tuple[str, str]] = []
    if space.number:
        lines.append((space.number, BOLD))
    name = space.name or ("" if space.number else space.id)
    lines += [(t, CONDENSED) for t in wrap(name, width, CONDENSED, size) if t]
    if any(text_width(word, CONDENSED, size) > width for word in name.split()):
        return [line for line in lines if line[1] == BOLD] + [("", "")]  # a word would be cut: not at this size
    return lines


def _room(poly: shapely.Polygon, x: float, y: float) -> tuple[float, float]:
    """Width and height of `poly` through (x, y), points."""
    spans = []
    for line in (shapely.LineString([(x - 1e4, y), (x + 1e4, y)]), shapely.LineString([(x, y - 1e4), (x, y + 1e4)])):
        cut = poly.intersection(line)
        parts = [g for g in getattr(cut, "geoms", [cut]) if g.length > 0]
        pt = shapely.Point(x, y)
        best = min(parts, key=lambda g: g.distance(pt), default=None)
        spans.append(best.length if best is not None else 0.0)
    return spans[0], spans[1]


def draw_space_labels(sheet: Sheet, frame: PlanFrame, spaces: Sequence[Space], placer: Placer | None = None) -> None:
    """Number and name of each space at its pole of inaccessibility, as large as fits (7 to 4.5 points)."""
    for s in spaces:
        pts = frame.to_page(np.asarray(s.footprint, dtype=float))
        holes = [frame.to_page(np.asarray(h, dtype=float)) for h in s.holes]
        poly = shapely.Polygon(pts, holes)
        if not poly.is_valid:
            poly = poly.buffer(0)
        if poly.is_empty or poly.area < 30:
            continue
        centre = polylabel(poly, tolerance=1.0) if poly.geom_type == "Polygon" else poly.centroid
        x, y = centre.x, centre.y
        w, h = _room(poly, x, y)
        for size in LABEL_SIZES:
            lines = space_label_lines(s, w * 0.88, size)
            leading = size * 1.12
            fits = all(f and text_width(t, f, size) <= w * 0.92 for t, f in lines) and len(lines) * leading <= h * 0.9
            if fits and lines:
                top = y + (len(lines) * leading) / 2 - size * 0.8
                for i, (t, f) in enumerate(lines):
                    sheet.text(x, top - i * leading, t, size=size, font=f, anchor="c")
                    if placer is not None:
                        placer.take(text_box(x, top - i * leading, t, f, size, "c"))
                break
        else:
            if s.number and text_width(s.number, BOLD, 4.5) <= w * 0.95:
                sheet.text(x, y - 1.6, s.number, size=4.5, font=BOLD, anchor="c")
