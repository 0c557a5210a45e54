"""Plans as vector drawings: the spaces, openings, connectors and markers of a level, placed by a PlanFrame.

Everything is drawn as PDF paths and text (no image), so plans stay sharp when
printed at A3 or zoomed on a tablet. What is drawn, bottom to top: space fills
(pale tint by use, holes left white) and outlines, hazard zones, openings (a
bar as wide as the door along its wall: green for exits, brown for doors, teal
for open passages; exits get their exterior door number in a green disc
outside the wall), connector symbols at their landings, marker symbols, space
labels (number in bold, name below, fitted to the room or left out when the
room is too small: :mod:`venueplanner.briefing.plan_labels`), then the grid.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import shapely
from reportlab.pdfgen.canvas import FILL_EVEN_ODD

from models import Marker, MarkerKind, Opening, OpeningKind, Space, Venue
from models import geometry as geo
from models.numbering import outline
from venueplanner.briefing.draw import Sheet, colour
from venueplanner.briefing.fonts import BOLD, CONDENSED, text_width
from venueplanner.briefing.grid import PlanFrame, draw_grid
from venueplanner.briefing.i18n import tr
from venueplanner.briefing.labels import Placer, text_box
from venueplanner.briefing.plan_labels import LABEL_SIZES as LABEL_SIZES
from venueplanner.briefing.plan_labels import SHORT_ID as SHORT_ID
from venueplanner.briefing.plan_labels import SHORT_NAME as SHORT_NAME
from venueplanner.briefing.plan_labels import draw_space_labels, level_label, printed_id, space_label_lines
from venueplanner.briefing.style import (
    EXIT_GREEN,
    HAZARD_ORANGE,
    LOCKED_COLOUR,
    MARKER_STYLES,
    OPENING_COLOURS,
    OUTLINE,
    USE_FILLS,
    draw_badge,
    draw_connector_symbol,
    draw_marker_symbol,
    unit,
)

__all__ = ["clip_to_frame", "draw_level", "draw_site", "exit_badge_points", "space_label_lines", "wall_frame"]


def clip_to_frame(sheet: Sheet, frame: PlanFrame) -> None:
    """Clip what follows to the frame's rectangle (call inside saveState/restoreState)."""
    c = sheet.canvas
    p = c.beginPath()
    p.rect(frame.left, frame.top - frame.height, frame.width, frame.height)
    c.clipPath(p, stroke=0, fill=0)


def _ring_path(sheet: Sheet, frame: PlanFrame, rings: Iterable[Sequence]):
    p = sheet.canvas.beginPath()
    for ring in rings:
        pts = frame.to_page(np.asarray(ring, dtype=float))
        p.moveTo(*pts[0])
        for x, y in pts[1:]:
            p.lineTo(x, y)
        p.close()
    return p


def draw_spaces(
    sheet: Sheet,
    frame: PlanFrame,
    spaces: Sequence[Space],
    *,
    fill: str | None = None,
    line: float = 0.6,
    stroke: str = OUTLINE,
) -> None:
    """Fill each space (its use's tint, or `fill`) and stroke its outline and holes."""
    c = sheet.canvas
    c.setLineWidth(line)
    c.setStrokeColor(colour(stroke))
    for s in spaces:
        c.setFillColor(colour(fill or USE_FILLS[s.use]))
        c.drawPath(_ring_path(sheet, frame, [s.footprint, *s.holes]), stroke=1, fill=1, fillMode=FILL_EVEN_ODD)


def wall_frame(venue: Venue, opening: Opening) -> tuple[np.ndarray, np.ndarray]:
    """(along, outward) unit vectors, plan frame: the wall an opening sits in, and the normal out of its first space."""
    ring = venue.spaces[opening.spaces[0]].footprint if opening.spaces[0] in venue.spaces else None
    if ring is None:
        return np.array([1.0, 0.0]), np.array([0.0, -1.0])
    i, _, _ = geo.nearest_edge(ring, opening.position)
    a, b = np.asarray(ring[i]), np.asarray(ring[(i + 1) % len(ring)])
    along = (b - a) / max(float(np.hypot(*(b - a))), 1e-12)
    return along, np.array([along[1], -along[0]])  # right of a counter-clockwise edge: outside


def _page_dir(frame: PlanFrame, origin, direction) -> tuple[float, float]:
    a, b = frame.to_page(np.array([origin, np.asarray(origin) + direction]))
    return unit(*(b - a))


def draw_openings(
    sheet: Sheet,
    frame: PlanFrame,
    venue: Venue,
    openings: Sequence[Opening],
    numbers: Mapping[str, int],
    *,
    ids: bool = True,
    blocked: Iterable[str] = (),
    placer: Placer | None = None,
    badges: list | None = None,
) -> None:
    """Each opening as a bar along its wall; exits get their number outside, doors their id (when `ids`).

    With a `placer`, the bars and discs are drawn and the ids are left to :func:`draw_opening_ids`. With a
    `badges` list, the exit number discs are added to it as (x, y, text, colour) instead, for the caller to
    draw after lifting the frame's clip (a disc just outside the wall may fall past the frame's edge).
    """
    c = sheet.canvas
    blocked = set(blocked)
    for o in openings:
        along, out = wall_frame(venue, o)
        p0, p1 = frame.to_page(
            np.array([np.asarray(o.position) - along * o.width / 2, np.asarray(o.position) + along * o.width / 2])
        )
        kind_colour = EXIT_GREEN if o.is_exit else OPENING_COLOURS[o.kind]
        if o.locked or o.id in blocked:
            kind_colour = LOCKED_COLOUR
        c.setStrokeColor(colour(kind_colour))
        c.setLineWidth(3.2 if o.is_exit else 2.2)
        c.setLineCap(0)
        c.line(*p0, *p1)
        x, y = frame.to_page(np.asarray(o.position))
        ox, oy = _page_dir(frame, o.position, out)
        if o.is_exit and o.id in numbers:
            bx, by = x + ox * 9.5, y + oy * 9.5
            if badges is None:
                draw_badge(sheet, bx, by, str(numbers[o.id]), fill=kind_colour)
            else:
                badges.append((bx, by, str(numbers[o.id]), kind_colour))
            if placer is not None:
                placer.take((bx - 6, by - 6, bx + 6, by + 6))
        if ids and placer is None:
            _opening_id(sheet, frame, venue, o, numbers, None)


def _opening_id(sheet: Sheet, frame: PlanFrame, venue: Venue, o: Opening, numbers, placer: Placer | None) -> None:
    """The id of an opening at the first free place: inside the room, outside, along the wall either side."""
    along, out = wall_frame(venue, o)
    x, y = frame.to_page(np.asarray(o.position))
    ox, oy = _page_dir(frame, o.position, out)
    ax, ay = _page_dir(frame, o.position, along)
    label = printed_id(o)
    if not label:
        return
    exit_no = o.is_exit and o.id in numbers
    size, ink = (5.0, EXIT_GREEN) if exit_no else (4.8, LOCKED_COLOUR if o.locked else OPENING_COLOURS[o.kind])
    half = o.width * frame.k / 2 + text_width(label, CONDENSED, size) / 2 + 2
    spots = [(x + ox * 20, y + oy * 20)] if exit_no else [(x - ox * 5.5, y - oy * 5.5), (x + ox * 5.5, y + oy * 5.5)]
    spots += [(x + ax * half, y + ay * half), (x - ax * half, y - ay * half)]
    boxes = [text_box(sx, sy - 1.8, label, CONDENSED, size, "c") for sx, sy in spots]
    i = placer.choose(boxes) if placer is not None else 0
    sheet.text(spots[i][0], spots[i][1] - 1.8, label, size=size, font=CONDENSED, fill=ink, anchor="c")


def draw_opening_ids(
    sheet: Sheet, frame: PlanFrame, venue: Venue, openings: Sequence[Opening], numbers, placer
) -> None:
    """Ids of the openings, each at the first place no other label takes."""
    for o in openings:
        _opening_id(sheet, frame, venue, o, numbers, placer)


#: Exit number discs are drawn up to this far outside their plan's frame, points (a disc just outside a wall).
BADGE_REACH = 12.0


def _near(frame: PlanFrame, badges: list) -> list:
    """The discs whose centre lies within :data:`BADGE_REACH` of the frame (the others belong to cells not shown)."""
    x0, x1 = frame.left - BADGE_REACH, frame.left + frame.width + BADGE_REACH
    y0, y1 = frame.top - frame.height - BADGE_REACH, frame.top + BADGE_REACH
    return [b for b in badges if x0 <= b[0] <= x1 and y0 <= b[1] <= y1]


def exit_badge_points(venue: Venue, frame: PlanFrame, level_id: str, numbers: Mapping[str, int]) -> list:
    """(x, y, number) of the exterior door number discs drawn on `level_id`, page points (see :func:`draw_openings`)."""
    out = []
    for o in venue.openings_on(level_id):
        if o.is_exit and o.id in numbers:
            _, outward = wall_frame(venue, o)
            x, y = frame.to_page(np.asarray(o.position))
            ox, oy = _page_dir(frame, o.position, outward)
            out.append((float(x + ox * 9.5), float(y + oy * 9.5), numbers[o.id]))
    return out


def draw_connectors(
    sheet: Sheet, frame: PlanFrame, venue: Venue, level_id: str, *, ids: bool = True, placer: Placer | None = None
) -> None:
    """Symbols of the stairs, ramps, escalators and lifts landing on `level_id`, with id and the levels they reach."""
    elevations = {lid: lv.elevation for lid, lv in venue.levels.items()}
    for conn in venue.connectors.values():
        for landing in conn.landings:
            if landing.level_id != level_id:
                continue
            x, y = frame.to_page(np.asarray(landing.position))
            half = max(conn.width * frame.k / 2, 5.0)
            draw_connector_symbol(sheet, conn.kind, x, y, half)
            if placer is not None:
                placer.take((x - half, y - half - 7, x + half, y + half + 7))
            if not ids:
                continue
            here = elevations.get(level_id, 0.0)
            others = [lv for lv in conn.level_ids if lv != level_id]
            arrows = " ".join(
                ("↑" if elevations.get(lv, 0.0) > here else "↓") + level_label(venue.levels[lv], short=True)
                for lv in others
                if lv in venue.levels
            )
            sheet.text(x, y + half + 1.5, printed_id(conn), size=5.0, font=BOLD, fill="#5a3e99", anchor="c")
            sheet.text(x, y - half - 5.5, arrows, size=4.8, font=CONDENSED, fill="#5a3e99", anchor="c")


def marker_code(lang: str, kind: MarkerKind) -> str:
    return tr(lang, f"symbols.{kind.value}")


def draw_markers(
    sheet: Sheet, frame: PlanFrame, markers: Sequence[Marker], *, ids: bool = True, placer: Placer | None = None
) -> None:
    """Markers with a radius as discs of it (hazard zones orange, others a light tint of their colour), then every
    marker's symbol with its id beside it."""
    c = sheet.canvas
    for m in markers:
        if m.radius > 0:
            x, y = frame.to_page(np.asarray(m.position))
            c.saveState()
            tint = HAZARD_ORANGE if m.kind == MarkerKind.HAZARD_ZONE else MARKER_STYLES[m.kind][0]
            c.setFillColor(colour(tint), alpha=0.25 if m.kind == MarkerKind.HAZARD_ZONE else 0.12)
            c.setStrokeColor(colour(tint))
            c.setLineWidth(0.8)
            c.setDash(3, 2)
            c.circle(x, y, m.radius * frame.k, stroke=1, fill=1)
            c.restoreState()
    placer = placer or Placer()
    drawn = []
    for m in markers:
        x, y = frame.to_page(np.asarray(m.position))
        half = draw_marker_symbol(sheet, m.kind, x, y, marker_code(sheet.lang, m.kind))
        placer.take((x - half, y - half, x + half, y + half))
        drawn.append((m, x, y, half))
    if not ids:
        return
    for m, x, y, half in drawn:
        w = text_width(m.id, BOLD, 5.2)
        spots = [
            (x + half + 1.5, y - 1.8),
            (x - half - 1.5 - w, y - 1.8),
            (x - w / 2, y + half + 1.5),
            (x - w / 2, y - half - 6.5),
            (x + half + 1.5, y + half - 1),
            (x + half + 1.5, y - half - 4.5),
        ]
        i = placer.choose([text_box(sx, sy, m.id, BOLD, 5.2) for sx, sy in spots])
        sheet.text(spots[i][0], spots[i][1], m.id, size=5.2, font=BOLD, fill="#000000")


def draw_level(
    sheet: Sheet,
    frame: PlanFrame,
    venue: Venue,
    level_id: str,
    numbers: Mapping[str, int],
    *,
    labels: bool = True,
    ids: bool = True,
    markers: bool = True,
    grid: bool = True,
    blocked: Iterable[str] = (),
) -> None:
    """The full plan of one level in `frame`: spaces, openings, connectors, markers, labels, grid."""
    spaces = venue.spaces_on(level_id)
    c = sheet.canvas
    c.saveState()
    clip_to_frame(sheet, frame)
    ring = outline(venue)
    if ring is not None:  # the building's outline, all levels, so an upper floor is seen in place
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.55, 0.55, 0.55)
        c.drawPath(_ring_path(sheet, frame, [list(ring.coords)[:-1]]), stroke=1, fill=0)
        c.restoreState()
    draw_spaces(sheet, frame, spaces)
    level_markers = [m for m in venue.markers.values() if m.level_id == level_id] if markers else []
    placer = Placer()
    openings = venue.openings_on(level_id)
    badges: list = []
    draw_openings(sheet, frame, venue, openings, numbers, ids=ids, blocked=blocked, placer=placer, badges=badges)
    draw_connectors(sheet, frame, venue, level_id, ids=ids, placer=placer)
    if labels:
        draw_space_labels(sheet, frame, spaces, placer)
    draw_markers(sheet, frame, level_markers, ids=ids, placer=placer)
    if ids:
        draw_opening_ids(sheet, frame, venue, openings, numbers, placer)
    c.restoreState()
    for x, y, text, fill in _near(frame, badges):
        draw_badge(sheet, x, y, text, fill=fill)
    if grid:
        draw_grid(sheet, frame)


SITE_MARKERS = (MarkerKind.STAGING_POINT, MarkerKind.RALLY_POINT, MarkerKind.TARGET, MarkerKind.HAZARD_ZONE)


def draw_site(sheet: Sheet, frame: PlanFrame, venue: Venue, numbers: Mapping[str, int]) -> None:
    """The site overview: the lowest level's rooms in grey, the upper floors' outline dashed, every exit numbered,
    the staging, rally and target points and the hazard zones."""
    levels = venue.levels_by_elevation
    c = sheet.canvas
    c.saveState()
    clip_to_frame(sheet, frame)
    if levels:
        ground = venue.spaces_on(levels[0].id)
        draw_spaces(sheet, frame, ground, fill="#e4e4e4", line=0.4, stroke="#8a8a8a")
        upper = [geo.polygon(s.footprint) for lv in levels[1:] for s in venue.spaces_on(lv.id)]
        if upper:
            union = shapely.union_all([p.buffer(0) for p in upper])
            c.saveState()
            c.setDash(4, 2)
            c.setLineWidth(0.9)
            c.setStrokeColorRGB(0.25, 0.25, 0.25)
            for poly in getattr(union, "geoms", [union]):
                c.drawPath(_ring_path(sheet, frame, [list(poly.exterior.coords)[:-1]]), stroke=1, fill=0)
            c.restoreState()
    placer = Placer()
    badges: list = []
    draw_openings(sheet, frame, venue, venue.exits, numbers, ids=True, placer=placer, badges=badges)
    draw_markers(sheet, frame, [m for m in venue.markers.values() if m.kind in SITE_MARKERS], ids=True, placer=placer)
    draw_opening_ids(sheet, frame, venue, venue.exits, numbers, placer)
    c.restoreState()
    for x, y, text, fill in _near(frame, badges):
        draw_badge(sheet, x, y, text, fill=fill)
    draw_grid(sheet, frame)


def exit_side(venue: Venue, opening: Opening) -> str:
    """north/east/south/west: the compass direction the wall of an exit faces outwards."""
    _, out = wall_frame(venue, opening)
    a = math.radians(venue.north_angle)
    north = np.array([-math.sin(a), math.cos(a)])
    east = np.array([math.cos(a), math.sin(a)])
    bearing = math.degrees(math.atan2(float(out @ east), float(out @ north))) % 360
    return ("north", "east", "south", "west")[int(((bearing + 45) % 360) // 90)]


def exit_rows(venue: Venue, numbers: Mapping[str, int], grid, lang: str) -> list[list[str]]:
    """Rows (number, id, name, width, side, grid ref) of the exterior accesses, in number order."""
    from venueplanner.briefing.i18n import format_width

    rows = []
    for oid, n in sorted(numbers.items(), key=lambda kv: kv[1]):
        o = venue.openings[oid]
        kind = "" if o.kind in (OpeningKind.EXIT, OpeningKind.DOOR) else f" ({tr(lang, 'legend.' + o.kind.value)})"
        rows.append(
            [
                str(n),
                o.id,
                (o.name or o.id) + kind,
                format_width(o.width, lang),
                tr(lang, f"sides.{exit_side(venue, o)}"),
                grid.ref(o.position),
            ]
        )
    return rows
