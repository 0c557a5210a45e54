"""The alphanumeric grid, the scale, the scale bar and the north arrow that every plan of a pack shares.

One :class:`Grid` is laid over the whole site (every level and every marker) in
the *sheet frame*: the venue's plan frame turned so that true north is up
(``north`` orientation; the turn is ``-venue.north_angle``) or left as drawn
(``plan`` orientation). Columns are letters from west to east (A, B, ...
Z, AA, ...), rows numbers from north to south (1, 2, ...), so a cell reads
``C4`` the same on the site overview, on each level plan and on the route
cards, whatever the scale each sheet is printed at.

A :class:`PlanFrame` places the grid on a page at a map scale: ``1:500``
means one metre of venue is 1/500 m = 2 mm of paper, i.e. ``72 / 0.0254 / 500``
= 5.669 points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from models import Venue
from venueplanner.briefing.draw import INK, Sheet
from venueplanner.briefing.fonts import BOLD
from venueplanner.briefing.options import Orientation

__all__ = [
    "POINTS_PER_METRE",
    "SCALES",
    "Grid",
    "PlanFrame",
    "Window",
    "column_label",
    "draw_north_arrow",
    "draw_scale_bar",
    "fit_scale",
    "make_grid",
    "window",
]

#: Points in one metre of paper (72 points per inch, 0.0254 m per inch).
POINTS_PER_METRE = 72.0 / 0.0254
#: Map scales offered, 1:n; the largest that fits the sheet is used.
SCALES = (50, 100, 200, 250, 300, 400, 500, 600, 750, 1000, 1250, 1500, 2000, 2500, 5000, 10000, 20000, 25000, 50000)
#: Cell sizes a grid may have, metres.
CELL_SIZES = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
#: At most this many cells along the grid's longer side.
MAX_CELLS = 12
#: Room left around the site inside the grid, metres.
SITE_MARGIN = 2.0


def column_label(i: int) -> str:
    """``0 -> 'A'``, ``25 -> 'Z'``, ``26 -> 'AA'`` (spreadsheet style).

    >>> [column_label(i) for i in (0, 1, 25, 26, 27)]
    ['A', 'B', 'Z', 'AA', 'AB']
    """
    label = ""
    i += 1
    while i > 0:
        i, r = divmod(i - 1, 26)
        label = chr(ord("A") + r) + label
    return label


@dataclass(frozen=True, slots=True)
class Grid:
    """A grid in the sheet frame.

    rotation : radians, counter-clockwise, from the plan frame to the sheet frame.
    west, north : sheet-frame coordinates (metres) of the grid's top-left corner.
    cell : side of a cell, metres.
    columns, rows : counts.
    north_angle : the venue's north angle, degrees (for the arrow).
    """

    rotation: float
    west: float
    north: float
    cell: float
    columns: int
    rows: int
    north_angle: float = 0.0

    @property
    def width(self) -> float:
        return self.columns * self.cell

    @property
    def height(self) -> float:
        return self.rows * self.cell

    def to_sheet(self, xy: Sequence[float] | np.ndarray) -> np.ndarray:
        """Plan points (..., 2) -> sheet-frame points (..., 2), metres."""
        p = np.asarray(xy, dtype=float)
        c, s = math.cos(self.rotation), math.sin(self.rotation)
        return np.stack([c * p[..., 0] - s * p[..., 1], s * p[..., 0] + c * p[..., 1]], axis=-1)

    def cell_of(self, xy: Sequence[float]) -> tuple[int, int] | None:
        """(column, row) indices of the cell holding plan point `xy`, or None outside the grid."""
        u, v = self.to_sheet(xy)
        col = math.floor((u - self.west) / self.cell)
        row = math.floor((self.north - v) / self.cell)
        if 0 <= col < self.columns and 0 <= row < self.rows:
            return col, row
        return None

    def ref(self, xy: Sequence[float]) -> str:
        """The cell reference of plan point `xy` (``"C4"``), or ``"-"`` outside the grid."""
        cell = self.cell_of(xy)
        return "-" if cell is None else f"{column_label(cell[0])}{cell[1] + 1}"

    @property
    def north_on_sheet(self) -> tuple[float, float]:
        """Unit vector of true north in the sheet frame."""
        a = math.radians(self.north_angle)
        n = self.to_sheet((-math.sin(a), math.cos(a)))
        return float(n[0]), float(n[1])


def _site_points(venue: Venue) -> np.ndarray:
    pts: list[np.ndarray] = [np.asarray(s.footprint, dtype=float) for s in venue.spaces.values()]
    for m in venue.markers.values():
        x, y = m.position
        r = max(m.radius, 0.0)
        pts.append(np.array([[x - r, y - r], [x + r, y + r], [x - r, y + r], [x + r, y - r]]))
    for o in venue.openings.values():
        pts.append(np.asarray([o.position], dtype=float))
    return np.concatenate(pts) if pts else np.zeros((1, 2))


def make_grid(venue: Venue, orientation: Orientation = Orientation.NORTH) -> Grid:
    """The grid over every space and marker of `venue`, turned for `orientation`.

    The cell is the smallest of :data:`CELL_SIZES` that keeps the longer side
    to at most :data:`MAX_CELLS` cells; the corners are whole multiples of the
    cell, so references do not move when a marker is added inside the grid.
    """
    rotation = -math.radians(venue.north_angle) if orientation == Orientation.NORTH else 0.0
    probe = Grid(rotation, 0.0, 0.0, 1.0, 1, 1, venue.north_angle)
    uv = probe.to_sheet(_site_points(venue))
    lo = uv.min(axis=0) - SITE_MARGIN
    hi = uv.max(axis=0) + SITE_MARGIN
    span = float(max(hi - lo))
    cell = next((c for c in CELL_SIZES if span / c <= MAX_CELLS), CELL_SIZES[-1])
    west = math.floor(lo[0] / cell) * cell
    north = math.ceil(hi[1] / cell) * cell
    columns = max(1, math.ceil((hi[0] - west) / cell))
    rows = max(1, math.ceil((north - lo[1]) / cell))
    return Grid(rotation, float(west), float(north), float(cell), columns, rows, venue.north_angle)


@dataclass(frozen=True, slots=True)
class Window:
    """A block of cells of a grid: the first column and row (0-based) and how many of each."""

    col0: int
    row0: int
    columns: int
    rows: int


def window(grid: Grid, points: np.ndarray | Sequence, *, margin: int = 0) -> Window:
    """The smallest block of cells holding every plan point (n, 2), grown by `margin` cells, within the grid."""
    uv = grid.to_sheet(np.asarray(points, dtype=float).reshape(-1, 2))
    cols = np.floor((uv[:, 0] - grid.west) / grid.cell).astype(int)
    rows = np.floor((grid.north - uv[:, 1]) / grid.cell).astype(int)
    c0 = max(int(cols.min()) - margin, 0)
    r0 = max(int(rows.min()) - margin, 0)
    c1 = min(int(cols.max()) + margin, grid.columns - 1)
    r1 = min(int(rows.max()) + margin, grid.rows - 1)
    return Window(c0, r0, max(c1 - c0 + 1, 1), max(r1 - r0 + 1, 1))


def fit_scale(grid: Grid, width: float, height: float, win: Window | None = None) -> float:
    """The largest map scale of :data:`SCALES` (smallest n of 1:n) at which `grid` (or `win` of it) fits, points."""
    w_m = (win.columns if win else grid.columns) * grid.cell
    h_m = (win.rows if win else grid.rows) * grid.cell
    need = max(w_m * POINTS_PER_METRE / width, h_m * POINTS_PER_METRE / height)
    for n in SCALES:
        if n >= need:
            return float(n)
    return float(math.ceil(need))


@dataclass(frozen=True, slots=True)
class PlanFrame:
    """A block of a grid placed on a page: its top-left corner at (left, top) points, at scale 1:`scale`.

    win : the cells shown (the whole grid when None); references stay those of the whole grid.
    """

    grid: Grid
    scale: float
    left: float
    top: float
    win: Window | None = None

    @property
    def cells(self) -> Window:
        return self.win or Window(0, 0, self.grid.columns, self.grid.rows)

    @property
    def k(self) -> float:
        """Points per metre of venue."""
        return POINTS_PER_METRE / self.scale

    @property
    def width(self) -> float:
        return self.cells.columns * self.grid.cell * self.k

    @property
    def height(self) -> float:
        return self.cells.rows * self.grid.cell * self.k

    def to_page(self, xy: Sequence[float] | np.ndarray) -> np.ndarray:
        """Plan points (..., 2), metres -> page points (..., 2), origin bottom-left of the page."""
        uv = self.grid.to_sheet(xy)
        w = self.cells
        x = self.left + (uv[..., 0] - self.grid.west - w.col0 * self.grid.cell) * self.k
        y = self.top - (self.grid.north - w.row0 * self.grid.cell - uv[..., 1]) * self.k
        return np.stack([x, y], axis=-1)

    @classmethod
    def centred(
        cls,
        grid: Grid,
        box: tuple[float, float, float, float],
        *,
        scale: float | None = None,
        win: Window | None = None,
    ) -> PlanFrame:
        """The grid (or `win` of it) at the largest scale that fits `box` (x, y, w, h points), centred in it."""
        x, y, w, h = box
        scale = scale or fit_scale(grid, w, h, win)
        k = POINTS_PER_METRE / scale
        cells = win or Window(0, 0, grid.columns, grid.rows)
        width, height = cells.columns * grid.cell * k, cells.rows * grid.cell * k
        return cls(grid, scale, x + (w - width) / 2, y + h - (h - height) / 2, win)


def draw_grid(sheet: Sheet, frame: PlanFrame, *, labels: bool = True, size: float = 7.0) -> None:
    """The grid lines (thin grey, dashed) and the letters and numbers round its edge."""
    c = sheet.canvas
    cells = frame.cells
    step = frame.grid.cell * frame.k
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setDash(2, 2)
    for i in range(cells.columns + 1):
        x = frame.left + i * step
        c.line(x, frame.top, x, frame.top - frame.height)
    for j in range(cells.rows + 1):
        y = frame.top - j * step
        c.line(frame.left, y, frame.left + frame.width, y)
    c.restoreState()
    if not labels:
        return
    for i in range(cells.columns):
        x = frame.left + (i + 0.5) * step
        label = column_label(cells.col0 + i)
        sheet.text(x, frame.top + 3, label, size=size, font=BOLD, anchor="c")
        sheet.text(x, frame.top - frame.height - size - 2, label, size=size, font=BOLD, anchor="c")
    for j in range(cells.rows):
        y = frame.top - (j + 0.5) * step - size * 0.35
        label = str(cells.row0 + j + 1)
        sheet.text(frame.left - 3, y, label, size=size, font=BOLD, anchor="r")
        sheet.text(frame.left + frame.width + 3, y, label, size=size, font=BOLD)


def _nice_length(max_metres: float) -> tuple[float, int]:
    """A bar length (1, 2 or 5 x 10^n metres) no longer than `max_metres`, and its number of parts."""
    exponent = math.floor(math.log10(max_metres)) if max_metres > 0 else 0
    for base in (5, 2, 1):
        length = base * 10.0**exponent
        if length <= max_metres:
            return length, (5 if base == 5 else 4 if base == 2 else 5)
    return 10.0 ** (exponent - 1) * 5, 5


def draw_scale_bar(sheet: Sheet, frame: PlanFrame, x: float, y: float, max_width: float, *, size: float = 7) -> float:
    """A scale bar of alternate black and white parts from (x, y) with its metres below; returns its width."""
    length, parts = _nice_length(max_width / frame.k)
    part = length / parts * frame.k
    c = sheet.canvas
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0, 0, 0)
    for i in range(parts):
        c.setFillColorRGB(*((0, 0, 0) if i % 2 == 0 else (1, 1, 1)))
        c.rect(x + i * part, y, part, 4, stroke=1, fill=1)
    sheet.text(x, y - size - 1, "0", size=size, anchor="c")
    sheet.text(x + parts * part, y - size - 1, f"{length:g} m", size=size, anchor="c")
    sheet.text(x + parts * part / 2, y - size - 1, f"{length / 2:g}", size=size, anchor="c")
    return parts * part


def draw_north_arrow(sheet: Sheet, frame: PlanFrame, cx: float, cy: float, *, radius: float = 14.0) -> None:
    """A north arrow centred at (cx, cy) pointing to true north on this sheet, with an N at its tip."""
    nx_, ny = frame.grid.north_on_sheet
    ex, ey = ny, -nx_  # east, a quarter turn clockwise
    tip = (cx + nx_ * radius, cy + ny * radius)
    tail = (cx - nx_ * radius * 0.6, cy - ny * radius * 0.6)
    left = (cx - ex * radius * 0.45, cy - ey * radius * 0.45)
    right = (cx + ex * radius * 0.45, cy + ey * radius * 0.45)
    c = sheet.canvas
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0, 0, 0)
    for side, fill in ((left, (0, 0, 0)), (right, (1, 1, 1))):
        p = c.beginPath()
        p.moveTo(*tip)
        p.lineTo(*side)
        p.lineTo(*tail)
        p.close()
        c.setFillColorRGB(*fill)
        c.drawPath(p, stroke=1, fill=1)
    lx, ly = cx + nx_ * (radius + 7), cy + ny * (radius + 7) - 3
    sheet.text(lx, ly, "N", size=9, font=BOLD, fill=INK, anchor="c")


def refs(grid: Grid, points: Iterable[Sequence[float]]) -> list[str]:
    """The cell reference of each plan point."""
    return [grid.ref(p) for p in points]
