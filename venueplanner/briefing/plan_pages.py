"""The site overview and the level plans as pages: the plan in a frame, with the legend column beside it.

All plans of a pack share one grid and, on the same paper, one scale; a sheet
turns to landscape when that gives the plan a larger scale (a venue wider than
tall). The legend column holds the north arrow, the scale and grid notes, the
legend of what the sheet shows and the list of the markers on it with their
grid cells.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from models import MarkerKind
from venueplanner.briefing.draw import MUTED, Column, Sheet
from venueplanner.briefing.fonts import BOLD, CONDENSED
from venueplanner.briefing.grid import PlanFrame, Window, draw_north_arrow, draw_scale_bar, fit_scale, window
from venueplanner.briefing.i18n import tr
from venueplanner.briefing.legend import draw_heading, draw_legend, entries_for
from venueplanner.briefing.options import Orientation, Section
from venueplanner.briefing.pages import PackContext, Page, content_box, landscape
from venueplanner.briefing.plans import SITE_MARKERS, draw_level, draw_site, exit_rows, level_label, marker_code
from venueplanner.briefing.style import draw_marker_symbol

__all__ = ["LEGEND_WIDTH", "building_window", "level_pages", "level_title", "plan_box", "site_pages"]

#: Width of the legend column, points; the gap between plan and legend.
LEGEND_WIDTH = 140.0
GAP = 12.0
#: Room round the plan for the grid letters and numbers, points.
GRID_LABELS = 14.0


def plan_box(size: tuple[float, float]) -> tuple[float, float, float, float]:
    """(x, y, w, h) of the plan on a plan sheet of `size`: the content less the legend column and grid labels."""
    x, y, w, h = content_box(size)
    return (x + GRID_LABELS, y + GRID_LABELS + 18, w - LEGEND_WIDTH - GAP - 2 * GRID_LABELS, h - 2 * GRID_LABELS - 18)


def building_window(ctx: PackContext) -> Window:
    """The cells of the grid that hold the building (every level's spaces): what a level sheet shows."""
    pts = [np.asarray(sp.footprint, dtype=float) for sp in ctx.venue.spaces.values()]
    return window(ctx.grid, np.concatenate(pts)) if pts else window(ctx.grid, np.zeros((1, 2)))


def sheet_layout(ctx: PackContext, win: Window | None = None) -> tuple[tuple[float, float], float]:
    """The page size (portrait or landscape) and scale of a plan sheet showing `win`: whichever is the larger scale."""
    return _layout(ctx.grid, ctx.options.page_size, win)


@cache
def _layout(grid, portrait: tuple[float, float], win) -> tuple[tuple[float, float], float]:
    best = None
    for size in (portrait, landscape(portrait)):
        _, _, w, h = plan_box(size)
        scale = fit_scale(grid, w, h, win)
        if best is None or scale < best[1]:
            best = (size, scale)
    return best


def _side_column(ctx: PackContext, sheet: Sheet, frame: PlanFrame, level_id: str | None) -> None:
    lang = ctx.lang
    cx, cy, cw, ch = content_box((sheet.width, sheet.height))
    x = cx + cw - LEGEND_WIDTH
    y = cy + ch - 4
    draw_north_arrow(sheet, frame, x + 20, y - 22)
    orient = "plan.north_up" if ctx.options.orientation == Orientation.NORTH else "plan.plan_up"
    sheet.text(
        x + 46,
        y - 14,
        tr(lang, "plan.scale", n=f"{frame.scale:,.0f}".replace(",", " "), paper=ctx.options.paper),
        size=7,
    )
    sheet.text(x + 46, y - 24, tr(lang, "plan.grid", size=f"{ctx.grid.cell:g}"), size=7)
    sheet.text(x + 46, y - 34, tr(lang, orient), size=7, fill=MUTED)
    y -= 56
    entries = entries_for(ctx.venue, level_id, lang)
    y = draw_legend(sheet, x, y, LEGEND_WIDTH, entries, size=6.8)
    markers = [
        m
        for m in ctx.venue.markers.values()
        if (level_id is None and m.kind in SITE_MARKERS) or (level_id is not None and m.level_id == level_id)
    ]
    if markers and y > cy + 40:
        y = draw_heading(sheet, x, y - 6, tr(lang, "plan.col_id") + " · " + tr(lang, "plan.col_grid"), size=8)
        for m in sorted(markers, key=lambda m: (list(MarkerKind).index(m.kind), m.id)):
            if y < cy + 10:
                break
            draw_marker_symbol(sheet, m.kind, x + 6, y + 2.5, marker_code(lang, m.kind), size=4.5)
            sheet.text(x + 15, y, f"{m.id} · {ctx.grid.ref(m.position)}", size=6.5, font=BOLD)
            label = m.label or tr(lang, f"legend.{m.kind.value}")
            y = sheet.paragraph(x + 15, y - 8, label, LEGEND_WIDTH - 15, size=6.3, font=CONDENSED, leading=7.5) - 3


def _scale_bar(sheet: Sheet, frame: PlanFrame) -> None:
    draw_scale_bar(sheet, frame, frame.left, frame.top - frame.height - GRID_LABELS - 14, min(frame.width * 0.4, 160))


def _site_paint(ctx: PackContext, sheet: Sheet, frame: PlanFrame) -> None:
    draw_site(sheet, frame, ctx.venue, ctx.numbers)
    _scale_bar(sheet, frame)
    _side_column(ctx, sheet, frame, None)


def _site_tables(ctx: PackContext, sheet: Sheet) -> None:
    lang = ctx.lang
    x, y, w, h = content_box((sheet.width, sheet.height))
    top = y + h
    top = draw_heading(sheet, x, top, tr(lang, "plan.accesses"), size=10)
    cols = [
        Column(tr(lang, "plan.col_no"), 30, "c"),
        Column(tr(lang, "plan.col_id"), 50),
        Column(tr(lang, "plan.col_name"), w - 30 - 50 - 55 - 55 - 50),
        Column(tr(lang, "plan.col_width"), 55, "r"),
        Column(tr(lang, "plan.col_side"), 55),
        Column(tr(lang, "plan.col_grid"), 50, "c"),
    ]
    top = sheet.table(x, top, cols, exit_rows(ctx.venue, ctx.numbers, ctx.grid, lang), size=8)
    markers = [m for m in ctx.venue.markers.values() if m.kind in SITE_MARKERS]
    if markers:
        top = draw_heading(sheet, x, top - 18, tr(lang, "plan.staging"), size=10)
        cols = [
            Column(tr(lang, "plan.col_id"), 60),
            Column(tr(lang, "plan.col_name"), w - 60 - 60 - 50),
            Column(tr(lang, "plan.col_level"), 60),
            Column(tr(lang, "plan.col_grid"), 50, "c"),
        ]
        rows = []
        for m in sorted(markers, key=lambda m: (SITE_MARKERS.index(m.kind), m.id)):
            text = m.label or tr(lang, f"legend.{m.kind.value}")
            if m.notes:
                text += f" — {m.notes}"
            kind = tr(lang, "legend." + m.kind.value)
            if not text.casefold().startswith(kind.casefold()):
                text = f"{kind}: {text}"
            level = ctx.venue.levels.get(m.level_id)
            rows.append([m.id, text, level_label(level, short=True) if level else m.level_id, ctx.grid.ref(m.position)])
        sheet.table(x, top, cols, rows, size=8)


def site_pages(ctx: PackContext) -> list[Page]:
    """The site overview sheet, then the table of exterior accesses and staging points."""
    size, scale = sheet_layout(ctx)
    frame = PlanFrame.centred(ctx.grid, plan_box(size), scale=scale)
    title = tr(ctx.lang, "sections.site")
    return [
        Page(Section.SITE, title, size, lambda s: _site_paint(ctx, s, frame), {"level": None, "frame": frame}),
        Page(Section.SITE, title, ctx.options.page_size, lambda s: _site_tables(ctx, s)),
    ]


def _level_paint(ctx: PackContext, sheet: Sheet, frame: PlanFrame, level_id: str) -> None:
    draw_level(sheet, frame, ctx.venue, level_id, ctx.numbers)
    _scale_bar(sheet, frame)
    _side_column(ctx, sheet, frame, level_id)


def level_title(ctx: PackContext, level_id: str) -> str:
    return level_label(ctx.venue.levels[level_id])


def level_pages(ctx: PackContext) -> list[Page]:
    """One plan sheet per level asked for (all by default), lowest first."""
    win = building_window(ctx)
    size, scale = sheet_layout(ctx, win)
    frame = PlanFrame.centred(ctx.grid, plan_box(size), scale=scale, win=win)
    wanted = ctx.options.levels or tuple(ctx.venue.levels)
    pages = []
    for level in ctx.venue.levels_by_elevation:
        if level.id not in wanted:
            continue
        title = tr(ctx.lang, "sections.level", name=level_title(ctx, level.id))
        pages.append(
            Page(
                Section.LEVELS,
                title,
                size,
                lambda s, lid=level.id: _level_paint(ctx, s, frame, lid),
                {"level": level.id, "frame": frame},
            )
        )
    return pages
