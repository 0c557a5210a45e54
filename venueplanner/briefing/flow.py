"""Text pages that flow: headings, paragraphs and tables laid out page after page, tables split with their header.

Layout happens before drawing (heights are measured with the same wrapping
the drawing uses), so a section knows how many pages it takes when the pack
is planned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from venueplanner.briefing.draw import Column, Sheet, wrap
from venueplanner.briefing.fonts import BOLD, REGULAR

__all__ = ["Heading", "Paragraph", "Table", "paginate"]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    size: float = 10.0

    def height(self, width: float) -> float:
        return self.size * 1.6 + 6


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    size: float = 8.5
    bold: bool = False
    fill: str = "#1d1d1b"

    def height(self, width: float) -> float:
        return len(wrap(self.text, width, BOLD if self.bold else REGULAR, self.size)) * self.size * 1.25 + 4


@dataclass(frozen=True, slots=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    size: float = 7.8
    fills: Sequence[str | None] = field(default_factory=tuple)


Block = Heading | Paragraph | Table


def _draw(sheet: Sheet, x: float, top: float, width: float, item) -> float:
    kind, block, rows, fills = item
    if kind == "heading":
        sheet.text(x, top - block.size, block.text, size=block.size, font=BOLD)
        return top - block.height(width)
    if kind == "paragraph":
        font = BOLD if block.bold else REGULAR
        y = sheet.paragraph(x, top - block.size, block.text, width, size=block.size, font=font, fill=block.fill)
        return y + block.size - 4
    return sheet.table(x, top, block.columns, rows, size=block.size, row_fills=fills) - 8


def paginate(blocks: Sequence[Block], box: tuple[float, float, float, float]) -> list[Callable[[Sheet], None]]:
    """Painters of the pages `blocks` fill in `box` (x, y, w, h); a heading never ends a page."""
    x, y, w, h = box
    pages: list[list[tuple]] = [[]]
    room = h

    def new_page() -> None:
        nonlocal room
        pages.append([])
        room = h

    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            header = Sheet.row_height(block.columns, [c.title for c in block.columns], size=block.size, bold=True)
            chunk: list = []
            fills: list = []
            for j, row in enumerate(block.rows):
                need = Sheet.row_height(block.columns, row, size=block.size)
                if header + need > room and (chunk or pages[-1]):
                    if chunk:
                        pages[-1].append(("table", block, chunk, fills))
                    chunk, fills = [], []
                    new_page()
                if not chunk:
                    room -= header
                chunk.append(row)
                fills.append(block.fills[j] if j < len(block.fills) else None)
                room -= need
            if chunk:
                pages[-1].append(("table", block, chunk, fills))
            room -= 8
            continue
        need = block.height(w)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Heading) and following is not None:
            need += 30  # keep a heading with at least the start of what follows
        if need > room and pages[-1]:
            new_page()
        pages[-1].append(("heading" if isinstance(block, Heading) else "paragraph", block, None, None))
        room -= block.height(w)

    def painter(items: list[tuple]) -> Callable[[Sheet], None]:
        def paint(sheet: Sheet) -> None:
            top = y + h
            for item in items:
                top = _draw(sheet, x, top, w, item)

        return paint

    return [painter(items) for items in pages if items]
