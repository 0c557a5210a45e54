"""Route cards: one per unit. The route drawn on each level it crosses, the step list, 3D views of decision points.

A card's first page has the summary (from, to, profile, distance, time, levels),
one plan per level crossed, side by side at one scale, with the route in the
card's colour and its steps numbered in discs, and under them the step list
(number, grid cell, level, instruction, distance, time, time since the start),
so that one sheet is enough to go. The 3D views of the decision points
follow, two per row, each captioned with its step (on the back of the sheet
when printed two-sided). Tables are paginated before drawing.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable

import numpy as np
from reportlab.lib.utils import ImageReader

from models import Progress
from routing import get_profile
from venueplanner.briefing.draw import MUTED, Column, Sheet
from venueplanner.briefing.fonts import BOLD, CONDENSED, text_width
from venueplanner.briefing.grid import PlanFrame, fit_scale, window
from venueplanner.briefing.i18n import format_distance, format_duration, tr
from venueplanner.briefing.options import Section
from venueplanner.briefing.pages import PackContext, Page, content_box
from venueplanner.briefing.plan_pages import level_title
from venueplanner.briefing.plans import clip_to_frame, draw_level, exit_badge_points, level_label
from venueplanner.briefing.routes import RoutePlan
from venueplanner.briefing.style import EXIT_GREEN, draw_badge, route_colour
from venueplanner.briefing.views3d import IMAGE_SIZE, render_views

log = logging.getLogger(__name__)

__all__ = ["draw_route", "iter_render_views", "route_pages", "step_rows"]

SUMMARY_HEIGHT = 58.0
#: Least and most of a card's first page (below the summary) given to the plans; the step list takes the rest.
PLAN_SHARE = 0.55
MAX_PLAN_SHARE = 0.75
CAPTION = 14.0
LEGEND_HEIGHT = 16.0
TABLE_SIZE = 7.6


def iter_render_views(ctx: PackContext, *, start: float, end: float):
    """Render the decision-point views of every route into ``ctx.views``; a failure is noted, not raised."""
    requests = []
    for plan in ctx.routes:
        for s in plan.decision_points(ctx.options.views_per_route):
            requests.append(
                ((plan.index, s.number), plan.route.geometry, route_colour(plan.index), s.point, s.heading, s.level)
            )
    if not requests:
        return
    try:
        for i, (key, png) in enumerate(render_views(ctx.venue, requests)):
            ctx.views[key] = png
            yield Progress(start + (end - start) * (i + 1) / len(requests), f"3D view {i + 1} / {len(requests)}")
    except (ImportError, RuntimeError, OSError) as e:
        ctx.views.clear()
        ctx.views_problem = str(e) or type(e).__name__
        log.warning("3D views left out of the pack: %s", ctx.views_problem)


def draw_route(sheet: Sheet, frame: PlanFrame, plan: RoutePlan, level_id: str, colour: str, venue, numbers) -> None:
    """The route's walking legs on `level_id` (a white-cased line in `colour`) and its steps' numbered discs."""
    c = sheet.canvas
    c.saveState()
    clip_to_frame(sheet, frame)
    walked = ("walk", "outside", "door")
    paths = [g.geometry for g in plan.route.legs if g.kind in walked and g.level == level_id and len(g.geometry) > 1]
    for width, stroke in ((5.0, "#ffffff"), (2.8, colour)):
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        sheet.canvas.setStrokeColor(_hex(stroke))
        for xyz in paths:
            pts = frame.to_page(np.asarray(xyz)[:, :2])
            p = c.beginPath()
            p.moveTo(*pts[0])
            for x, y in pts[1:]:
                p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
    badges = exit_badge_points(venue, frame, level_id, numbers)
    for x, y, n in badges:  # exterior door numbers stay readable over the route line
        draw_badge(sheet, x, y, str(n), fill=EXIT_GREEN)
    seen = [(x, y) for x, y, _ in badges]  # and step discs move aside of them
    for s in plan.steps:
        if s.point is None or s.level != level_id:
            continue
        x, y = frame.to_page(np.asarray(s.point[:2]))
        while any(abs(x - a) < 8 and abs(y - b) < 8 for a, b in seen):  # keep discs of steps at one spot apart
            x, y = x + 9, y
        seen.append((x, y))
        draw_badge(sheet, x, y, str(s.number), fill=colour, size=5.5)
    c.restoreState()


def _hex(colour: str):
    from venueplanner.briefing.draw import colour as to_colour

    return to_colour(colour)


def step_rows(ctx: PackContext, plan: RoutePlan) -> list[list[str]]:
    """Rows of the step list: number, grid cell, level, instruction, distance, time, time since the start."""
    lang = ctx.lang
    rows = []
    for s in plan.steps:
        text = s.step.text
        if s.step.element in ctx.numbers:
            note = tr(lang, "route.access_no", n=ctx.numbers[s.step.element])
            text = f"{text[:-1]}{note}." if text.endswith(".") else f"{text}{note}"
        if s.point is None:
            rows.append(
                ["", "", "", text, format_distance(plan.route.length, lang), format_duration(plan.route.time, lang), ""]
            )
            continue
        distance = format_distance(s.step.distance, lang) if s.step.distance >= 0.05 else ""
        duration = format_duration(s.step.time, lang) if s.step.time >= 0.5 else ""
        level = level_label(ctx.venue.levels[s.level], short=True) if s.level in ctx.venue.levels else s.level
        rows.append([str(s.number), s.ref, level, text, distance, duration, format_duration(s.cumulative, lang)])
    return rows


def _summary(ctx: PackContext, sheet: Sheet, plan: RoutePlan, top: float) -> float:
    lang = ctx.lang
    x, _, w, _ = content_box((sheet.width, sheet.height))
    first = next((s for s in plan.steps if s.point is not None), None)
    last = next((s for s in reversed(plan.steps) if s.point is not None), None)
    profile = get_profile(plan.route.profile or None).title(lang)
    levels = " → ".join(level_label(ctx.venue.levels[lv], short=True) for lv in plan.levels if lv in ctx.venue.levels)
    left = [
        (tr(lang, "route.from"), f"{plan.title.split(' → ')[0]} ({first.ref if first else '-'})"),
        (tr(lang, "route.to"), f"{plan.title.split(' → ')[-1]} ({last.ref if last else '-'})"),
        (tr(lang, "route.profile"), profile),
    ]
    right = [
        (tr(lang, "route.length"), format_distance(plan.route.length, lang)),
        (tr(lang, "route.time"), format_duration(plan.route.time, lang)),
        (tr(lang, "route.levels"), levels),
    ]
    colour = route_colour(plan.index)
    sheet.rect(x, top - SUMMARY_HEIGHT + 6, 5, SUMMARY_HEIGHT - 8, fill=colour, stroke=None)
    for col, items in ((x + 12, left), (x + w * 0.6, right)):
        y = top - 8
        gap = max(text_width(label, BOLD, 8) for label, _ in items) + 8
        for label, value in items:
            sheet.text(col, y, label, size=8, font=BOLD)
            sheet.text(col + gap, y, value, size=8.5)
            y -= 15
    return top - SUMMARY_HEIGHT


def _layout(ctx: PackContext, plan: RoutePlan, size: tuple[float, float]) -> tuple[float, float, float]:
    """(top, bottom) of the plans' band on a card's first page, and the top of the step list below it, points.

    The step list gets the room it needs under the plans, the plans at least :data:`PLAN_SHARE` of the page
    below the summary (a long list goes on to the next page) and at most :data:`MAX_PLAN_SHARE`.
    """
    _, y, w, h = content_box(size)
    top = y + h - SUMMARY_HEIGHT
    cols = _columns(ctx, w)
    table = 18 + Sheet.row_height(cols, [c.title for c in cols], size=TABLE_SIZE, bold=True)
    table += sum(Sheet.row_height(cols, row, size=TABLE_SIZE) for row in step_rows(ctx, plan)) + 16
    band = min(max(top - y - table, (top - y) * PLAN_SHARE), (top - y) * MAX_PLAN_SHARE)
    return top, top - band, top - band - 10


def _frames(ctx: PackContext, plan: RoutePlan, size: tuple[float, float]) -> tuple[list[tuple[str, PlanFrame]], float]:
    """Where each level crossed is drawn on the card's first page: (level id, frame) pairs and their common scale.

    Each plan shows the cells the route passes through and one more all round (the same cells on every
    level, so the plans line up); they sit side by side, one above the other, or two by two, whichever
    gives the largest scale, in the upper part of the page; the step list takes the lower part.
    """
    x, _, w, _ = content_box(size)
    top, bottom, _ = _layout(ctx, plan, size)
    levels = list(plan.levels)
    n = max(len(levels), 1)
    win = window(ctx.grid, np.asarray(plan.route.geometry, dtype=float)[:, :2].reshape(-1, 2), margin=1)
    best = None
    for columns in sorted({n, 1, min(n, 2)}):
        rows = -(-n // columns)
        cell_w, cell_h = w / columns, (top - bottom - LEGEND_HEIGHT) / rows
        boxes = [
            (
                x + (i % columns) * cell_w + 14,
                top - (i // columns + 1) * cell_h + 14,
                cell_w - 28,
                cell_h - CAPTION - 28,
            )
            for i in range(len(levels))
        ]
        scale = max(fit_scale(ctx.grid, b[2], b[3], win) for b in boxes) if boxes else 1.0
        if best is None or scale < best[0]:
            best = (scale, boxes)
    scale, boxes = best
    frames = [
        (lid, PlanFrame.centred(ctx.grid, box, scale=scale, win=win)) for lid, box in zip(levels, boxes, strict=True)
    ]
    return frames, scale


def _first_page(ctx: PackContext, sheet: Sheet, plan: RoutePlan, frames, scale: float) -> None:
    x, y, w, h = content_box((sheet.width, sheet.height))
    _summary(ctx, sheet, plan, y + h)
    colour = route_colour(plan.index)
    for lid, frame in frames:
        sheet.text(frame.left, frame.top + 14, level_title(ctx, lid), size=8.5, font=BOLD)
        draw_level(sheet, frame, ctx.venue, lid, ctx.numbers, ids=False)
        draw_route(sheet, frame, plan, lid, colour, ctx.venue, ctx.numbers)
    lang = ctx.lang
    ly = _layout(ctx, plan, (sheet.width, sheet.height))[1] + 2
    sheet.line(x, ly + 3, x + 18, ly + 3, stroke=colour, line=2.8)
    sheet.text(x + 22, ly, f"{tr(lang, 'legend.route')} {plan.index + 1}", size=7)
    draw_badge(sheet, x + 110, ly + 3, "3", fill=colour, size=5.5)
    sheet.text(x + 119, ly, tr(lang, "legend.step"), size=7)
    draw_badge(sheet, x + 190, ly + 3, "1", fill=EXIT_GREEN, size=5.5)
    sheet.text(x + 199, ly, tr(lang, "legend.exit"), size=7)
    sheet.text(
        x + w,
        ly,
        tr(lang, "plan.scale", n=f"{scale:,.0f}".replace(",", " "), paper=ctx.options.paper),
        size=7,
        anchor="r",
        fill=MUTED,
    )


def _columns(ctx: PackContext, width: float) -> list[Column]:
    lang = ctx.lang
    fixed = [
        (tr(lang, "route.col_step"), 24, "c"),
        (tr(lang, "route.col_grid"), 46, "c"),
        (tr(lang, "plan.col_level"), 36, "c"),
    ]
    tail = [
        (tr(lang, "route.col_distance"), 44, "r"),
        (tr(lang, "route.col_time"), 48, "r"),
        (tr(lang, "route.col_cumulative"), 48, "r"),
    ]
    text_w = width - sum(c[1] for c in fixed + tail)
    return [Column(*c) for c in fixed] + [Column(tr(lang, "route.col_text"), text_w)] + [Column(*c) for c in tail]


def _paginate(ctx: PackContext, plan: RoutePlan) -> list[list[tuple[str, object]]]:
    """What each page of a card holds after its plans: step rows, then the views two by two.

    The first list is what fits under the plans on the card's first page (possibly nothing).
    """
    size = ctx.options.page_size
    _, y, w, h = content_box(size)
    cols = _columns(ctx, w)
    header = Sheet.row_height(cols, [c.title for c in cols], size=TABLE_SIZE, bold=True)
    pages: list[list[tuple[str, object]]] = [[]]
    room = _layout(ctx, plan, size)[2] - y - 18 - header
    for row in step_rows(ctx, plan):
        need = Sheet.row_height(cols, row, size=TABLE_SIZE)
        if need > room:
            pages.append([])
            room = h - 18 - header
        pages[-1].append(("row", row))
        room -= need
    shots = [s for s in plan.steps if (plan.index, s.number) in ctx.views]
    img_w = (w - 12) / 2
    block = img_w * IMAGE_SIZE[1] / IMAGE_SIZE[0] + 26
    room -= 30
    if (shots or ctx.views_problem) and (not shots or block > room):
        pages.append([])
        room = h - 30
    if shots or ctx.views_problem:
        pages[-1].append(("views_title", None))
    if not shots and ctx.views_problem:
        pages[-1].append(("views_problem", None))
    for i in range(0, len(shots), 2):
        if block > room:
            pages.append([("views_title", None)])
            room = h - 30
        pages[-1].append(("views", shots[i : i + 2]))
        room -= block
    return pages


def _paint_items(ctx: PackContext, plan: RoutePlan, sheet: Sheet, items, top: float) -> None:
    x, _, w, _ = content_box((sheet.width, sheet.height))
    cols = _columns(ctx, w)
    img_w = (w - 12) / 2
    img_h = img_w * IMAGE_SIZE[1] / IMAGE_SIZE[0]
    lang = ctx.lang
    table_rows = [r for kind, r in items if kind == "row"]
    if table_rows:
        sheet.text(x, top - 2, tr(lang, "route.steps"), size=9.5, font=BOLD)
        top = sheet.table(x, top - 8, cols, table_rows, size=TABLE_SIZE) - 6
    for kind, what in items:
        if kind == "views_title":
            top -= 8
            sheet.text(x, top - 2, tr(lang, "route.views"), size=9.5, font=BOLD)
            top -= 12
        elif kind == "views_problem":
            top = sheet.paragraph(x, top - 4, tr(lang, "route.no_views", reason=ctx.views_problem), w, size=8)
        elif kind == "views":
            for j, s in enumerate(what):
                ix = x + j * (img_w + 12)
                image = ImageReader(io.BytesIO(ctx.views[(plan.index, s.number)]))
                sheet.canvas.drawImage(image, ix, top - img_h, img_w, img_h)
                sheet.rect(ix, top - img_h, img_w, img_h, fill=None, stroke="#808080", line=0.4)
                draw_badge(sheet, ix + 10, top - 10, str(s.number), fill=route_colour(plan.index), size=6)
                caption = tr(lang, "route.view_caption", n=s.number, text=s.step.text)
                sheet.paragraph(ix, top - img_h - 9, caption, img_w, size=6.8, font=CONDENSED, leading=8)
            top -= img_h + 26


def _painter(ctx: PackContext, plan: RoutePlan, items, top: float, first=None) -> Callable[[Sheet], None]:
    """Paint `items` from `top` down; on a card's first page, `first` = (frames, scale) draws the summary and plans."""

    def paint(sheet: Sheet) -> None:
        if first is not None:
            _first_page(ctx, sheet, plan, *first)
        _paint_items(ctx, plan, sheet, items, top)

    return paint


def route_pages(ctx: PackContext) -> list[Page]:
    """The cards of every route of the pack, in order."""
    out: list[Page] = []
    size = ctx.options.page_size
    _, y, _, h = content_box(size)
    for plan in ctx.routes:
        title = tr(ctx.lang, "sections.route", n=plan.index + 1, name=plan.title)
        more = tr(ctx.lang, "sections.route_steps", n=plan.index + 1, name=plan.title)
        frames, scale = _frames(ctx, plan, size)
        first, *rest = _paginate(ctx, plan)
        record = {"route": plan.index, "levels": plan.levels, "frames": dict(frames)}
        out.append(
            Page(
                Section.ROUTES,
                title,
                size,
                _painter(ctx, plan, first, _layout(ctx, plan, size)[2], (frames, scale)),
                record,
            )
        )
        for items in rest:
            out.append(
                Page(Section.ROUTES, more, size, _painter(ctx, plan, items, y + h), {"route": plan.index, "toc": False})
            )
    return out
