"""The cover: who and what the pack is about, its version and marking, the contents and a situation plan."""

from __future__ import annotations

from venueplanner.briefing.draw import MARGIN, MARKING, MUTED, Column, Sheet
from venueplanner.briefing.fonts import BOLD
from venueplanner.briefing.grid import PlanFrame
from venueplanner.briefing.i18n import format_date, format_persons, tr
from venueplanner.briefing.options import Section
from venueplanner.briefing.pages import HEADER, PackContext, Page
from venueplanner.briefing.plans import draw_site, level_label

__all__ = ["cover_pages", "erp_text"]


def erp_text(ctx: PackContext) -> str:
    """``ERP type L, 1re catégorie`` / what is known of it."""
    v, lang = ctx.venue, ctx.lang
    category = v.erp_category
    if category and lang == "fr":
        category = "1re" if category == 1 else f"{category}e"  # French ordinal: 1re, 2e, ...
    if v.erp_type and category:
        return tr(lang, "cover.erp", type=v.erp_type, category=category)
    if v.erp_type:
        return tr(lang, "cover.erp_type_only", type=v.erp_type)
    if category:
        return tr(lang, "cover.erp_category_only", category=category)
    return tr(lang, "cover.unknown")


def _paint(ctx: PackContext, sheet: Sheet) -> None:
    lang, v, o = ctx.lang, ctx.venue, ctx.options
    w, h = sheet.width, sheet.height
    x = MARGIN
    y = h - HEADER - 24
    sheet.text(x, y, tr(lang, "pack_title"), size=22, font=BOLD)
    y -= 30
    y = sheet.paragraph(x, y, v.name, w - 2 * MARGIN, size=18, font=BOLD, leading=22)
    if v.address:
        y = sheet.paragraph(x, y - 2, v.address, w - 2 * MARGIN, size=11, fill=MUTED)
    if o.classification:
        y -= 6
        sheet.rect(x, y - 8, w - 2 * MARGIN, 24, fill=None, stroke=MARKING, line=1.5)
        sheet.text(w / 2, y, o.classification, size=13, font=BOLD, fill=MARKING, anchor="c")
        y -= 22
    y -= 10
    unknown = tr(lang, "cover.unknown")
    levels = ", ".join(level_label(lv) for lv in v.levels_by_elevation) or unknown
    rows = [
        [tr(lang, "cover.venue"), v.name],
        [tr(lang, "cover.address"), v.address or unknown],
        [tr(lang, "cover.classification"), erp_text(ctx)],
        [tr(lang, "cover.occupants"), tr(lang, "cover.persons", n=format_persons(v.declared_capacity, lang))],
        [tr(lang, "cover.levels"), levels],
        [tr(lang, "cover.date"), format_date(o.date, lang)],
        [tr(lang, "cover.author"), o.author or tr(lang, "anonymous")],
        [tr(lang, "cover.version"), f"{ctx.short_version}  (sha256 {ctx.version})"],
        [tr(lang, "cover.marking"), o.classification or tr(lang, "cover.none")],
    ]
    label_w = 130.0
    cols = [Column("", label_w), Column("", w - 2 * MARGIN - label_w)]
    y = _info_table(sheet, x, y, cols, rows)
    y -= 16
    y = sheet.title(x, y, tr(lang, "cover.contents"), size=11)
    for title, page in ctx.contents:
        sheet.text(x + 8, y, title, size=9)
        sheet.text(w - MARGIN, y, tr(lang, "cover.section_page", n=page), size=9, anchor="r")
        y -= 12.5
    y -= 8
    box = (x + 14, 50.0, w - 2 * MARGIN - 28, y - 50.0 - 14)
    if box[3] > 120:
        frame = PlanFrame.centred(ctx.grid, box)
        # a situation plan, small: the overview's drawing without labels at a smaller scale
        draw_site(sheet, frame, ctx.venue, ctx.numbers)


def _info_table(sheet: Sheet, x: float, y: float, cols: list[Column], rows: list[list[str]]) -> float:
    for label, value in rows:
        sheet.text(x, y, label, size=9, font=BOLD)
        y = sheet.paragraph(x + cols[0].width, y, value, cols[1].width, size=9) - 2
    return y


def cover_pages(ctx: PackContext) -> list[Page]:
    """The cover page (always portrait)."""
    size = ctx.options.page_size
    return [Page(Section.COVER, tr(ctx.lang, "sections.cover"), size, lambda sheet: _paint(ctx, sheet))]
