"""The legend beside each plan: only what that sheet shows, with the same symbols and colours as the plan.

An entry is a small value; :func:`entries_for` lists those of a level (or of the
site overview), and :func:`draw_legend` draws them in a column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, Venue
from venueplanner.briefing.draw import Sheet, wrap
from venueplanner.briefing.fonts import BOLD, REGULAR
from venueplanner.briefing.i18n import tr
from venueplanner.briefing.plans import SITE_MARKERS, marker_code
from venueplanner.briefing.style import (
    EXIT_GREEN,
    LOCKED_COLOUR,
    OPENING_COLOURS,
    USE_FILLS,
    draw_badge,
    draw_connector_symbol,
    draw_marker_symbol,
)

__all__ = ["Entry", "draw_legend", "entries_for"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One legend line: `what` is ``fill``, ``bar``, ``badge``, ``marker``, ``connector`` or ``route``."""

    what: str
    label: str
    colour: str = "#000000"
    kind: str = ""  # marker or connector kind, badge text


def entries_for(venue: Venue, level_id: str | None, lang: str, *, route_colours: Sequence[str] = ()) -> list[Entry]:
    """The entries of the plan of `level_id` (None: the site overview), in a fixed order."""
    on = (lambda lid: lid == level_id) if level_id is not None else (lambda lid: True)
    spaces = [s for s in venue.spaces.values() if on(s.level_id)] if level_id is not None else []
    openings = [o for o in venue.openings.values() if on(o.level_id) and (level_id is not None or o.is_exit)]
    markers = [m for m in venue.markers.values() if on(m.level_id) and (level_id is not None or m.kind in SITE_MARKERS)]
    out: list[Entry] = []
    for colour in route_colours:
        out.append(Entry("route", tr(lang, "legend.route"), colour))
    if any(o.is_exit for o in openings):
        out.append(Entry("badge", tr(lang, "legend.exit"), EXIT_GREEN, "1"))
    if any(o.is_exit and o.kind == OpeningKind.EMERGENCY_EXIT for o in openings):
        out.append(Entry("bar", tr(lang, "legend.emergency_exit"), EXIT_GREEN))
    for kind in (OpeningKind.DOOR, OpeningKind.PASSAGE, OpeningKind.GATE):
        if any(not o.is_exit and o.kind == kind for o in openings):
            out.append(Entry("bar", tr(lang, f"legend.{kind.value}"), OPENING_COLOURS[kind]))
    if any(o.locked for o in openings):
        out.append(Entry("bar", tr(lang, "legend.locked"), LOCKED_COLOUR))
    if level_id is not None:
        kinds = {c.kind for c in venue.connectors.values() if level_id in c.level_ids}
        out += [Entry("connector", tr(lang, f"legend.{k.value}"), kind=k.value) for k in ConnectorKind if k in kinds]
    present = {m.kind for m in markers}
    out += [Entry("marker", tr(lang, f"legend.{k.value}"), kind=k.value) for k in MarkerKind if k in present]
    uses = {s.use for s in spaces}
    out += [Entry("fill", tr(lang, f"uses.{u.value}"), USE_FILLS[u]) for u in SpaceUse if u in uses]
    return out


def draw_legend(
    sheet: Sheet, x: float, y: float, width: float, entries: Sequence[Entry], *, size: float = 7.0
) -> float:
    """Draw the legend's title and entries from (x, y) down in a column `width` wide; returns the y below."""
    y = sheet.title(x, y, tr(sheet.lang, "plan.legend"), size=9)
    key = 18.0
    for e in entries:
        lines = wrap(e.label, width - key - 4, REGULAR, size)
        cy = y + size * 0.35
        if e.what == "fill":
            sheet.rect(x, cy - 4, key, 8, fill=e.colour, stroke="#404040", line=0.4)
        elif e.what in ("bar", "route"):
            sheet.line(x, cy, x + key, cy, stroke=e.colour, line=3.0 if e.what == "route" else 2.6)
        elif e.what == "badge":
            draw_badge(sheet, x + key / 2, cy, e.kind, fill=e.colour)
        elif e.what == "marker":
            k = MarkerKind(e.kind)
            draw_marker_symbol(sheet, k, x + key / 2, cy, marker_code(sheet.lang, k))
        elif e.what == "connector":
            draw_connector_symbol(sheet, ConnectorKind(e.kind), x + key / 2, cy, 5.0)
        for i, line in enumerate(lines):
            sheet.text(x + key + 4, y - i * size * 1.2, line, size=size, font=REGULAR)
        y -= max(len(lines) * size * 1.2, 12.5) + 1.5
    return y


def draw_heading(sheet: Sheet, x: float, y: float, text: str, *, size: float = 9.0) -> float:
    """A bold sub-heading; returns the y below."""
    sheet.text(x, y, text, size=size, font=BOLD)
    return y - size * 1.5
