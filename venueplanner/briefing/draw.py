"""Drawing on a page: the one place text reaches the PDF, so the redaction guard sees every string.

:class:`Sheet` wraps a reportlab canvas with the pack's fonts, colours and
language. Every string goes through :meth:`Sheet.text`; in a redacted pack the
sheet refuses (:class:`~venueplanner.briefing.errors.RedactionError`) any text
holding a label or note of a sensitive asset, whatever part of the pack drew it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from venueplanner.briefing.errors import RedactionError
from venueplanner.briefing.fonts import BOLD, REGULAR, register_fonts, text_width

__all__ = ["INK", "MARGIN", "MARKING", "MUTED", "RULE", "Column", "Sheet", "colour", "wrap"]

#: Page margin, points (12 mm): printers leave about 5 mm, binders punch 8-10 mm.
MARGIN = 34.0
INK = "#1d1d1b"
MUTED = "#6b6b6b"
RULE = "#b0b0b0"
MARKING = "#c1121f"  # classification marking: red, as protective markings are printed


def colour(value: str | Color) -> Color:
    """A reportlab colour from ``"#rrggbb"`` (or a colour, unchanged)."""
    return HexColor(value) if isinstance(value, str) else value


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """`text` broken into lines no wider than `width` points (a word longer than a line is cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if text_width(trial, font, size) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while text_width(word, font, size) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and text_width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: title, width (points), alignment (``"l"``, ``"r"``, ``"c"``)."""

    title: str
    width: float
    align: str = "l"


@dataclass
class Sheet:
    """A page being drawn: the canvas, its size, the language and the redaction guard.

    forbidden : texts that must not appear anywhere (labels and notes of
        sensitive assets in a redacted pack); compared without case.
    """

    canvas: Canvas
    width: float
    height: float
    lang: str
    forbidden: tuple[str, ...] = ()
    where: str = "page"
    _lowered: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        register_fonts()
        self._lowered = tuple(f.casefold() for f in self.forbidden if f.strip())

    # --- text ------------------------------------------------------------------------------

    def check(self, text: str) -> None:
        """Raise RedactionError if `text` holds forbidden text."""
        if self._lowered:
            folded = text.casefold()
            for original, low in zip(self.forbidden, self._lowered, strict=False):
                if low and low in folded:
                    raise RedactionError(original, self.where)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 9.0,
        font: str = REGULAR,
        fill: str = INK,
        anchor: str = "l",
    ) -> float:
        """Draw one line with its baseline at `y`; `anchor` l/c/r says where `x` is. Returns its width."""
        self.check(text)
        c = self.canvas
        c.setFont(font, size)
        c.setFillColor(colour(fill))
        w = text_width(text, font, size)
        if anchor == "c":
            c.drawCentredString(x, y, text)
        elif anchor == "r":
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)
        return w

    def paragraph(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        *,
        size: float = 9.0,
        font: str = REGULAR,
        fill: str = INK,
        leading: float | None = None,
    ) -> float:
        """Draw `text` wrapped to `width` from baseline `y` down; returns the y below the last line."""
        leading = leading or size * 1.25
        for line in wrap(text, width, font, size):
            self.text(x, y, line, size=size, font=font, fill=fill)
            y -= leading
        return y

    def title(self, x: float, y: float, text: str, *, size: float = 14.0) -> float:
        """A bold title; returns the y below it."""
        self.text(x, y, text, size=size, font=BOLD)
        return y - size * 1.6

    # --- shapes ----------------------------------------------------------------------------

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: str | None = None,
        stroke: str | None = INK,
        line: float = 0.5,
    ) -> None:
        c = self.canvas
        c.setLineWidth(line)
        if fill is not None:
            c.setFillColor(colour(fill))
        if stroke is not None:
            c.setStrokeColor(colour(stroke))
        c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, x0: float, y0: float, x1: float, y1: float, *, stroke: str = INK, line: float = 0.5) -> None:
        c = self.canvas
        c.setLineWidth(line)
        c.setStrokeColor(colour(stroke))
        c.line(x0, y0, x1, y1)

    # --- tables ----------------------------------------------------------------------------

    def table(
        self,
        x: float,
        y: float,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        *,
        size: float = 8.0,
        header_fill: str = "#e9ecef",
        row_fills: Sequence[str | None] | None = None,
    ) -> float:
        """Draw a table with a header row from top-left (x, y); cells wrap. Returns the y below it."""
        pad = 2.5
        leading = size * 1.22
        y = self._row(x, y, columns, [c.title for c in columns], BOLD, size, leading, pad, header_fill)
        for i, row in enumerate(rows):
            fill = row_fills[i] if row_fills is not None and i < len(row_fills) else None
            y = self._row(x, y, columns, row, REGULAR, size, leading, pad, fill)
        return y

    def _row(self, x, y, columns, cells, font, size, leading, pad, fill) -> float:
        wrapped = [wrap(str(cell), col.width - 2 * pad, font, size) for col, cell in zip(columns, cells, strict=True)]
        height = max(len(lines) for lines in wrapped) * leading + 2 * pad
        total = sum(c.width for c in columns)
        self.rect(x, y - height, total, height, fill=fill, stroke=RULE, line=0.4)
        cx = x
        for col, lines in zip(columns, wrapped, strict=True):
            ty = y - pad - size * 0.95
            for line in lines:
                if col.align == "r":
                    self.text(cx + col.width - pad, ty, line, size=size, font=font, anchor="r")
                elif col.align == "c":
                    self.text(cx + col.width / 2, ty, line, size=size, font=font, anchor="c")
                else:
                    self.text(cx + pad, ty, line, size=size, font=font)
                ty -= leading
            cx += col.width
        return y - height

    @staticmethod
    def row_height(columns: Sequence[Column], cells: Sequence[str], *, size: float = 8.0, bold: bool = False) -> float:
        """Height a row of :meth:`table` takes, points (to paginate before drawing)."""
        font = BOLD if bold else REGULAR
        lines = max(len(wrap(str(cell), col.width - 5.0, font, size)) for col, cell in zip(columns, cells, strict=True))
        return lines * size * 1.22 + 5.0
