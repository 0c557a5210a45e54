"""Colours and symbols of the pack's plans, after the usual conventions of responders' maps.

Safety colours follow ISO 3864 / ISO 7010 (NF X 08-070, NFPA 170 use the same):
green for escape (exits, emergency exits, rally point), red for fire equipment
(fire alarm panel, smoke control), yellow for hazards and cut-offs to act on
(power, gas), blue for information (security post, staging points, water).
Spaces are filled with pale tints by use so that names stay readable in black
and a photocopy still tells rooms apart. Routes use colours that none of
these use (blue-violet, magenta, teal, brown), one per route card.

Symbols are drawn at a fixed size in points whatever the map scale.
"""

from __future__ import annotations

import math

from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse
from venueplanner.briefing.draw import Sheet, colour
from venueplanner.briefing.fonts import BOLD

__all__ = [
    "CONNECTOR_COLOURS",
    "EXIT_GREEN",
    "MARKER_STYLES",
    "OPENING_COLOURS",
    "ROUTE_COLOURS",
    "USE_FILLS",
    "draw_badge",
    "draw_connector_symbol",
    "draw_marker_symbol",
    "route_colour",
]

#: Pale fills by space use (sRGB hex), printed under black text.
USE_FILLS: dict[SpaceUse, str] = {
    SpaceUse.HALL: "#f6e7b0",
    SpaceUse.STANDING: "#f9d9b5",
    SpaceUse.SEATING: "#f3c4b6",
    SpaceUse.STAGE: "#d9c2a7",
    SpaceUse.BACKSTAGE: "#e6d7c3",
    SpaceUse.DRESSING_ROOM: "#efe3d0",
    SpaceUse.FOYER: "#d8eac6",
    SpaceUse.LOBBY: "#dcecc0",
    SpaceUse.BAR: "#fbecb8",
    SpaceUse.RESTAURANT: "#fbd9bd",
    SpaceUse.TICKETING: "#d7e9fa",
    SpaceUse.CONCOURSE: "#cfe6f0",
    SpaceUse.CORRIDOR: "#eeeeee",
    SpaceUse.STAIR_HALL: "#cfe9ea",
    SpaceUse.TOILETS: "#e6dcee",
    SpaceUse.TECHNICAL: "#d5d9e0",
    SpaceUse.STORAGE: "#dfe2e5",
    SpaceUse.OFFICE: "#dce6fb",
    SpaceUse.MEETING: "#e4ddf9",
    SpaceUse.SECURITY: "#cdd6f6",
    SpaceUse.FIRST_AID: "#fbd8de",
    SpaceUse.KITCHEN: "#fbe8d0",
    SpaceUse.OUTDOOR: "#e0f2e6",
    SpaceUse.OTHER: "#f0f0f0",
}

EXIT_GREEN = "#008a3e"  # ISO 3864 safe condition green, darkened for print
FIRE_RED = "#d0021b"  # ISO 3864 fire equipment red
WARNING_YELLOW = "#f7c600"
INFO_BLUE = "#005eb8"
HAZARD_ORANGE = "#f07800"
OUTLINE = "#404040"

OPENING_COLOURS: dict[OpeningKind, str] = {
    OpeningKind.DOOR: "#7a4e2d",
    OpeningKind.EXIT: EXIT_GREEN,
    OpeningKind.EMERGENCY_EXIT: EXIT_GREEN,
    OpeningKind.PASSAGE: "#3f7f7b",
    OpeningKind.GATE: "#4b5f7a",
}
LOCKED_COLOUR = "#7b0010"

CONNECTOR_COLOURS: dict[ConnectorKind, str] = {
    ConnectorKind.STAIR: "#5a3e99",
    ConnectorKind.RAMP: "#5a3e99",
    ConnectorKind.ESCALATOR: "#5a3e99",
    ConnectorKind.LIFT: "#5a3e99",
}

#: Per marker kind: (fill, text colour, shape) with shape "square", "circle", "diamond", "flag", "target", "zone".
MARKER_STYLES: dict[MarkerKind, tuple[str, str, str]] = {
    MarkerKind.FIRE_PANEL: (FIRE_RED, "#ffffff", "square"),
    MarkerKind.SMOKE_CONTROL: (FIRE_RED, "#ffffff", "square"),
    MarkerKind.SECURITY_POST: (INFO_BLUE, "#ffffff", "square"),
    MarkerKind.POWER_CUTOFF: (WARNING_YELLOW, "#000000", "diamond"),
    MarkerKind.GAS_VALVE: (WARNING_YELLOW, "#000000", "diamond"),
    MarkerKind.WATER_VALVE: (INFO_BLUE, "#ffffff", "diamond"),
    MarkerKind.KEY_ASSET: ("#6a040f", "#ffffff", "square"),
    MarkerKind.STAGING_POINT: (INFO_BLUE, "#ffffff", "flag"),
    MarkerKind.RALLY_POINT: (EXIT_GREEN, "#ffffff", "circle"),
    MarkerKind.TARGET: ("#b00020", "#ffffff", "target"),
    MarkerKind.HAZARD_ZONE: (HAZARD_ORANGE, "#000000", "zone"),
}

ROUTE_COLOURS = ("#3a2fd6", "#c2188b", "#00808a", "#8a5a00", "#5b6b00", "#6b2fa0")


def route_colour(index: int) -> str:
    """The colour of the route card numbered `index` (0-based); it cycles after six."""
    return ROUTE_COLOURS[index % len(ROUTE_COLOURS)]


def _polygon(sheet: Sheet, points, *, fill: str, stroke: str = "#000000", line: float = 0.5) -> None:
    c = sheet.canvas
    p = c.beginPath()
    p.moveTo(*points[0])
    for pt in points[1:]:
        p.lineTo(*pt)
    p.close()
    c.setFillColor(colour(fill))
    c.setStrokeColor(colour(stroke))
    c.setLineWidth(line)
    c.drawPath(p, stroke=1, fill=1)


def draw_badge(sheet: Sheet, x: float, y: float, text: str, *, fill: str = EXIT_GREEN, size: float = 6.5) -> None:
    """A filled circle with white bold text: exterior door numbers, step numbers."""
    from venueplanner.briefing.fonts import text_width

    r = max(size * 0.85, text_width(text, BOLD, size) / 2 + 1.8)
    c = sheet.canvas
    c.setFillColor(colour(fill))
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(0.6)
    c.circle(x, y, r, stroke=1, fill=1)
    sheet.text(x, y - size * 0.36, text, size=size, font=BOLD, fill="#ffffff", anchor="c")


def draw_marker_symbol(sheet: Sheet, kind: MarkerKind, x: float, y: float, code: str, *, size: float = 5.5) -> float:
    """The symbol of a marker kind centred at (x, y) with its short `code` inside; returns its half-width."""
    fill, ink, shape = MARKER_STYLES[kind]
    c = sheet.canvas
    h = 5.5
    if shape == "square":
        sheet.rect(x - h, y - h, 2 * h, 2 * h, fill=fill, stroke="#000000", line=0.4)
    elif shape == "diamond":
        h = 6.5
        _polygon(sheet, [(x, y + h), (x + h, y), (x, y - h), (x - h, y)], fill=fill, line=0.4)
    elif shape == "circle":
        c.setFillColor(colour(fill))
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.4)
        c.circle(x, y, h, stroke=1, fill=1)
    elif shape == "flag":
        _polygon(sheet, [(x - h, y - h), (x + h, y - h), (x, y + h)], fill=fill, line=0.4)
        y -= 1.6
    elif shape == "target":
        c.setStrokeColor(colour(fill))
        c.setLineWidth(1.2)
        c.circle(x, y, h, stroke=1, fill=0)
        c.line(x - h - 2, y, x + h + 2, y)
        c.line(x, y - h - 2, x, y + h + 2)
        return h + 2
    elif shape == "zone":
        _polygon(sheet, [(x - h, y - h * 0.8), (x + h, y - h * 0.8), (x, y + h)], fill=fill, line=0.4)
        y -= 1.4
    if code:
        s = size if len(code) < 3 else size * 0.8
        sheet.text(x, y - s * 0.36, code, size=s, font=BOLD, fill=ink, anchor="c")
    return h


def draw_connector_symbol(sheet: Sheet, kind: ConnectorKind, x: float, y: float, half: float) -> None:
    """A stair (treads), ramp (one diagonal), escalator (treads and arrow) or lift (crossed box) centred at (x, y)."""
    half = max(half, 5.0)
    stroke = CONNECTOR_COLOURS[kind]
    sheet.rect(x - half, y - half, 2 * half, 2 * half, fill="#ffffff", stroke=stroke, line=0.8)
    c = sheet.canvas
    c.setStrokeColor(colour(stroke))
    c.setLineWidth(0.5)
    if kind == ConnectorKind.LIFT:
        c.line(x - half, y - half, x + half, y + half)
        c.line(x - half, y + half, x + half, y - half)
    elif kind == ConnectorKind.RAMP:
        c.line(x - half, y - half, x + half, y + half)
    else:
        n = 5
        for i in range(1, n):
            yy = y - half + 2 * half * i / n
            c.line(x - half, yy, x + half, yy)
        if kind == ConnectorKind.ESCALATOR:
            c.line(x, y - half, x, y + half)
    return None


def unit(dx: float, dy: float) -> tuple[float, float]:
    n = math.hypot(dx, dy)
    return (dx / n, dy / n) if n > 1e-12 else (1.0, 0.0)
