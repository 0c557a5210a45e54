"""The last section: the update log (from the project's edit log) and the distribution list.

The update log lists the newest edits first, at most :data:`MAX_EDITS` of
them, each as its UTC time, author and operation with its parameters in
short. The distribution list numbers each copy; with no recipient given it
leaves blank lines to fill in by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from venueplanner.briefing.draw import Column, Sheet
from venueplanner.briefing.i18n import format_date, tr
from venueplanner.briefing.legend import draw_heading
from venueplanner.briefing.options import Section
from venueplanner.briefing.pages import PackContext, Page, content_box

__all__ = ["MAX_EDITS", "describe_edit", "log_pages"]

#: Most edits printed; older ones are counted.
MAX_EDITS = 30
#: Blank lines of the distribution list when no recipient is given.
BLANK_COPIES = 6


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_edit(op: str, params: Mapping[str, Any]) -> str:
    """``set_capacity: space=pit, capacity=900``."""
    args = ", ".join(f"{k}={_short(v)}" for k, v in params.items())
    return f"{op}: {args}" if args else op


def _paint(ctx: PackContext, sheet: Sheet) -> None:
    lang = ctx.lang
    x, y, w, h = content_box((sheet.width, sheet.height))
    top = y + h
    top = draw_heading(sheet, x, top, tr(lang, "log.updates"), size=10)
    edits = list(reversed(ctx.project.edit_log))
    if not edits:
        top = sheet.paragraph(x, top, tr(lang, "log.no_updates"), w, size=8.5) - 6
    else:
        cols = [
            Column(tr(lang, "log.col_date"), 110),
            Column(tr(lang, "log.col_author"), 90),
            Column(tr(lang, "log.col_change"), w - 200),
        ]
        rows = [
            [e.time.replace("T", " ")[:19], e.author or "-", describe_edit(e.op, e.params)] for e in edits[:MAX_EDITS]
        ]
        top = sheet.table(x, top, cols, rows, size=7.5)
        if len(edits) > MAX_EDITS:
            top = sheet.paragraph(x, top - 10, tr(lang, "log.more_updates", n=len(edits) - MAX_EDITS), w, size=8)
    top -= 20
    top = draw_heading(sheet, x, top, tr(lang, "log.distribution"), size=10)
    cols = [Column(tr(lang, "log.col_copy"), 40, "c"), Column(tr(lang, "log.col_recipient"), w - 40)]
    recipients = list(ctx.options.distribution)
    if not recipients:
        top = sheet.paragraph(x, top, tr(lang, "log.no_distribution"), w, size=8.5) - 4
        recipients = [""] * BLANK_COPIES
    top = sheet.table(x, top, cols, [[str(i), r] for i, r in enumerate(recipients, start=1)], size=9)
    author = ctx.options.author or tr(lang, "anonymous")
    issued = tr(lang, "log.issued", date=format_date(ctx.options.date, lang), author=author, version=ctx.short_version)
    sheet.paragraph(x, top - 18, issued, w, size=8.5)


def log_pages(ctx: PackContext) -> list[Page]:
    """The update log and distribution list page."""
    return [Page(Section.LOG, tr(ctx.lang, "sections.log"), ctx.options.page_size, lambda s: _paint(ctx, s))]
