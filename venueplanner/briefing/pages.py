"""Pages of a pack: what every section gets to draw with, and the header and footer every page carries.

The pack is planned before it is drawn: each section returns a list of
:class:`Page` (a size, a title and a function that paints the content), so the
total page count and each section's first page are known when the cover's
contents and the "page n / total" footers are drawn.

Every page carries, in its header, the classification marking (centred, red,
bold), the venue's name and the pack's date; in its footer the marking again,
the model version (the first 12 hex digits of :func:`venueplanner.project.model_hash`)
and "page n / total".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models import Venue
from venueplanner.briefing.draw import MARGIN, MARKING, MUTED, RULE, Sheet
from venueplanner.briefing.fonts import BOLD, text_width
from venueplanner.briefing.grid import Grid
from venueplanner.briefing.i18n import format_date, tr
from venueplanner.briefing.options import PackOptions, Section
from venueplanner.project import Project

__all__ = ["HEADER", "PackContext", "Page", "content_box", "draw_furniture", "landscape"]

#: Height of the header band and of the footer band, points.
HEADER = 50.0
FOOTER = 34.0


@dataclass
class PackContext:
    """What every section reads: the (possibly redacted) project, options, grid, door numbers and results."""

    project: Project
    options: PackOptions
    grid: Grid
    numbers: dict[str, int]
    version: str
    forbidden: tuple[str, ...] = ()
    routes: list[Any] = field(default_factory=list)  # RoutePlan
    views: dict[tuple[int, int], bytes] = field(default_factory=dict)  # (route index, step number) -> PNG
    views_problem: str = ""
    evacuation: Any = None  # EvacuationSummary or None
    evacuation_problem: str = ""
    contents: list[tuple[str, int]] = field(default_factory=list)  # (title, first page number)

    @property
    def venue(self) -> Venue:
        return self.project.venue

    @property
    def lang(self) -> str:
        return self.options.language

    @property
    def short_version(self) -> str:
        return self.version[:12]


@dataclass(frozen=True, slots=True)
class Page:
    """One page to draw: its section, title, size (points) and content painter ``paint(sheet)``.

    record : what the page shows, for callers (tests, the desktop app) that
        need to find a plan on it: e.g. ``{"level": "L0", "frame": PlanFrame}``.
    """

    section: Section
    title: str
    size: tuple[float, float]
    paint: Callable[[Sheet], None]
    record: dict[str, Any] = field(default_factory=dict)


def landscape(size: tuple[float, float]) -> tuple[float, float]:
    """The same paper turned: (height, width)."""
    return (size[1], size[0])


def content_box(size: tuple[float, float], *, title: bool = True) -> tuple[float, float, float, float]:
    """(x, y, w, h) points of a page's content: inside the margins, below the header (and the title line)."""
    w, h = size
    top = h - HEADER - (30.0 if title else 0.0)
    return (MARGIN, FOOTER + 6.0, w - 2 * MARGIN, top - FOOTER - 6.0)


def draw_furniture(sheet: Sheet, ctx: PackContext, page: Page, number: int, total: int) -> None:
    """Header, title and footer of `page`, numbered `number` of `total`."""
    w, h = sheet.width, sheet.height
    lang = ctx.lang
    marking = ctx.options.classification.strip()
    top = h - 22
    sheet.text(MARGIN, top, ctx.venue.name, size=7.5, font=BOLD)
    right = f"{tr(lang, 'pack_title')} · {format_date(ctx.options.date, lang)}"
    sheet.text(w - MARGIN, top, right, size=7.5, anchor="r", fill=MUTED)
    if marking:
        sheet.text(w / 2, top - 1, marking, size=10, font=BOLD, fill=MARKING, anchor="c")
    sheet.line(MARGIN, h - 28, w - MARGIN, h - 28, stroke=RULE, line=0.6)
    if ctx.options.redacted:
        sheet.text(w / 2, h - 38, tr(lang, "redacted_note"), size=7, font=BOLD, fill=MARKING, anchor="c")
    if page.section != Section.COVER:
        size, title = fit_line(page.title, w - 2 * MARGIN, BOLD, 13.0, 9.0)
        sheet.text(MARGIN, h - HEADER - 10, title, size=size, font=BOLD)
    sheet.line(MARGIN, FOOTER, w - MARGIN, FOOTER, stroke=RULE, line=0.6)
    sheet.text(MARGIN, FOOTER - 12, f"{tr(lang, 'model_version')} {ctx.short_version}", size=7, fill=MUTED)
    sheet.text(w - MARGIN, FOOTER - 12, tr(lang, "page", n=number, total=total), size=8, font=BOLD, anchor="r")
    if marking:
        sheet.text(w / 2, FOOTER - 13, marking, size=10, font=BOLD, fill=MARKING, anchor="c")


def fit_line(text: str, width: float, font: str, size: float, smallest: float) -> tuple[float, str]:
    """The largest size from `size` down to `smallest` at which `text` fits `width`; cut with "…" if none does."""
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.5
    while len(text) > 1 and text_width(text, font, size) > width:
        text = text[:-2].rstrip() + "…"
    return size, text


def pdf_date(day: dt.date) -> str:
    """The PDF date string of midnight UTC on `day`: ``D:20250301000000+00'00'``."""
    return f"D:{day:%Y%m%d}000000+00'00'"
