"""The evacuation summary: occupant load, evacuation time, exits, bottlenecks, the worst exit loss, the rule checks.

Figures come from :mod:`routing.evacuation`: one run of the venue (in the
pack's scenario) under the pack's rule set, the exit-loss sweep (each exit lost
in turn; the worst case is the one that takes longest, or traps people), and
the rule checks with their clauses. Times are seconds from the alarm, persons
are whole persons. The desktop application, which has run these already, can
hand them in as an :class:`EvacuationSummary` instead of having them run again.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

from venueplanner.briefing.draw import Column
from venueplanner.briefing.flow import Heading, Paragraph, Table, paginate
from venueplanner.briefing.i18n import format_duration, format_number, format_persons, format_width, tr
from venueplanner.briefing.options import Section
from venueplanner.briefing.pages import PackContext, Page, content_box
from venueplanner.briefing.plans import level_label

log = logging.getLogger(__name__)

__all__ = ["EvacuationSummary", "evacuation_pages", "summarise"]

#: Most bottlenecks listed.
MAX_BOTTLENECKS = 8
FAIL_FILL = "#fde2e1"


@dataclass(frozen=True, slots=True)
class EvacuationSummary:
    """What the page prints: the run, the exit-loss sweep (None when not computed) and the rule checks."""

    result: object  # routing.evacuation.EvacuationResult
    sweep: object | None = None  # routing.evacuation.scenarios.Sweep
    checks: tuple = field(default_factory=tuple)  # routing.evacuation.checks.Check
    rules_name: str = ""


def summarise(ctx: PackContext, scenario, *, sweep: bool = True, workers: int | None = None):
    """Run the evacuation of the pack's venue; returns (summary, "") or (None, why it could not be run)."""
    try:
        from routing.evacuation import EvacuationError, prepare, run
        from routing.evacuation.checks import check
        from routing.evacuation.scenarios import exit_loss_sweep
    except ImportError as e:  # pragma: no cover - evacuation ships with routing
        return None, str(e)
    try:
        prepared = prepare(ctx.venue, scenario, rules=ctx.options.rules)
        result = run(prepared)
        swept = exit_loss_sweep(prepared, workers=workers) if sweep and len(ctx.venue.exits) > 1 else None
        checks = tuple(check(ctx.venue, prepared.loads, prepared.rules, prepared.network))
    except EvacuationError as e:
        log.warning("evacuation left out of the pack: %s", e)
        return None, str(e)
    return EvacuationSummary(result, swept, checks, prepared.rules.name), ""


def _name(ctx: PackContext, element: str) -> str:
    v = ctx.venue
    if element in v.spaces:
        space = v.spaces[element]
        return f"{space.number or space.id} {space.name}".strip()
    for collection in (v.openings, v.connectors, v.levels):
        if element in collection:
            el = collection[element]
            label = getattr(el, "name", "") or ""
            return f"{element} {label}".strip() if label and label != element else element
    return element


def _level(ctx: PackContext, level_id: str) -> str:
    level = ctx.venue.levels.get(level_id)
    return level_label(level, short=True) if level is not None else level_id


def _t(seconds: float, lang: str) -> str:
    return format_duration(seconds, lang) if math.isfinite(seconds) else "-"


def _change(seconds: float, lang: str) -> str:
    """A change of time with its sign (``+4 s``, ``−2 s``); under half a second it reads ``0 s``, unsigned."""
    if round(abs(seconds)) == 0:
        return format_duration(0, lang)
    return ("+" if seconds > 0 else "−") + format_duration(abs(seconds), lang)


def _exit_no(ctx: PackContext, exit_id: str) -> str:
    n = ctx.numbers.get(exit_id)
    return f"{n}" if n is not None else ""


def _columns(width: float, spec: list[tuple[str, float, str]]) -> list[Column]:
    """Columns from (title, width, align); the one of width 0 takes what the others leave of `width`."""
    rest = width - sum(w for _, w, _ in spec)
    return [Column(title, w or rest, align) for title, w, align in spec]


def _check_text(ctx: PackContext, c) -> tuple[str, str, str]:
    """(what, required, provided) of a rule check in the pack's language."""
    lang = ctx.lang
    at_most = not math.isclose(c.margin, c.provided - c.required, abs_tol=1e-9)
    key = c.unit
    if c.unit == "m":
        key = "travel" if at_most else "width"
    what = c.what if lang == "en" and c.what else tr(lang, "evacuation.what").get(key, c.what)
    decimals = 0 if c.unit in ("dégagements", "UP", "exits", "stairs", "s") else (2 if key == "width" else 1)
    unit = "" if c.unit in ("dégagements", "exits", "stairs") else f" {c.unit}"
    if c.unit == "s":
        required, provided = format_duration(c.required, lang), _t(c.provided, lang)
    else:
        required = format_number(c.required, lang, decimals) + unit
        provided = format_number(c.provided, lang, decimals) + unit if math.isfinite(c.provided) else "-"
    required = tr(lang, "evacuation.required_max" if at_most else "evacuation.required_min", value=required)
    return what, required, provided


def _blocks(ctx: PackContext, s: EvacuationSummary, width: float) -> list:
    lang = ctx.lang
    r = s.result
    t = lambda key, **kw: tr(lang, f"evacuation.{key}", **kw)  # noqa: E731
    colon = " :" if lang == "fr" else ":"
    blocks: list = [
        Paragraph(f"{t('occupants')}{colon} {format_persons(r.persons, lang)}", size=11, bold=True),
        Paragraph(f"{t('total_time')}{colon} {_t(r.total_time, lang)}", size=11, bold=True),
        Paragraph(t("method", method=r.method, rules=s.rules_name or r.rules), size=7.5, fill="#6b6b6b"),
    ]
    exits = sorted(r.exits, key=lambda e: (ctx.numbers.get(e.id, 10**6), e.id))
    cols = _columns(
        width,
        [
            (t("col_no"), 28, "c"),
            (t("col_exit"), 0, "l"),
            (t("col_level"), 40, "c"),
            (t("col_width"), 50, "r"),
            (t("col_persons"), 58, "r"),
            (t("col_first"), 50, "r"),
            (t("col_last"), 50, "r"),
        ],
    )
    widths = {o.id: o.width for o in ctx.venue.openings.values()}
    rows = []
    for e in exits:
        width_text = format_width(widths[e.id], lang) if e.id in widths else "-"
        rows.append(
            [
                _exit_no(ctx, e.id),
                _name(ctx, e.id),
                _level(ctx, e.level_id),
                width_text,
                format_persons(e.persons, lang),
                _t(e.first, lang),
                _t(e.last, lang),
            ]
        )
    blocks += [Heading(t("exits")), Table(cols, rows)]
    blocks.append(Heading(t("bottlenecks")))
    if r.bottlenecks:
        cols = _columns(
            width,
            [
                (t("col_place"), 0, "l"),
                (t("col_level"), 40, "c"),
                (t("col_persons"), 58, "r"),
                (t("col_queue"), 58, "r"),
                (t("col_wait"), 60, "r"),
            ],
        )
        rows = [
            [
                _name(ctx, b.id),
                _level(ctx, b.level_id),
                format_persons(b.persons, lang),
                format_persons(b.peak_queue, lang),
                _t(b.longest_wait, lang),
            ]
            for b in r.bottlenecks[:MAX_BOTTLENECKS]
        ]
        blocks.append(Table(cols, rows))
    else:
        blocks.append(Paragraph(t("none")))
    blocks += _sweep_blocks(ctx, s, width)
    blocks += _check_blocks(ctx, s, width)
    if r.warnings:
        blocks += [Heading(t("warnings"))] + [Paragraph(w, size=7.5) for w in r.warnings]
    return blocks


def _sweep_blocks(ctx: PackContext, s: EvacuationSummary, width: float) -> list:
    lang = ctx.lang
    t = lambda key, **kw: tr(lang, f"evacuation.{key}", **kw)  # noqa: E731
    if s.sweep is None:
        return [Heading(t("worst_loss")), Paragraph(t("sweep_off"))]
    base = s.result.total_time
    worst = s.sweep.worst
    lost = worst.blocked[0] if worst.blocked else "-"
    no = _exit_no(ctx, lost)
    label = (
        f"n° {no} ({_name(ctx, lost)})" if lang == "fr" and no else (f"no. {no} ({_name(ctx, lost)})" if no else lost)
    )
    if worst.result is None:
        text = f"{label}: {t('trapped', error=worst.error)}"
    else:
        text = t(
            "worst_loss_text",
            exit=label,
            time=_t(worst.total_time, lang),
            delta=_change(worst.total_time - base, lang),
        )
    blocks: list = [
        Heading(t("worst_loss")),
        Paragraph(text, size=9, bold=True),
        Paragraph(t("largest_exit", exit=_name(ctx, s.sweep.largest_exit)), size=8),
    ]
    cases = sorted(s.sweep.cases, key=lambda c: (-c.total_time, c.blocked))
    cols = [
        Column(t("col_no"), 28, "c"),
        Column(t("col_lost"), width - 28 - 90 - 90),
        Column(t("col_time"), 90, "r"),
        Column(t("col_delta"), 90, "r"),
    ]
    rows, fills = [], []
    for c in cases:
        exit_id = c.blocked[0] if c.blocked else "-"
        if c.result is None:
            rows.append([_exit_no(ctx, exit_id), _name(ctx, exit_id), t("trapped", error=c.error), ""])
            fills.append(FAIL_FILL)
            continue
        rows.append(
            [
                _exit_no(ctx, exit_id),
                _name(ctx, exit_id),
                _t(c.total_time, lang),
                _change(c.total_time - base, lang),
            ]
        )
        fills.append(None)
    return [*blocks, Heading(t("loss_table"), size=9), Table(cols, rows, fills=fills)]


def _check_blocks(ctx: PackContext, s: EvacuationSummary, width: float) -> list:
    lang = ctx.lang
    t = lambda key, **kw: tr(lang, f"evacuation.{key}", **kw)  # noqa: E731
    if not s.checks:
        return []
    checks = sorted(s.checks, key=lambda c: (c.passed, c.clause, c.subject))
    cols = _columns(
        width,
        [
            (t("col_rule"), 70, "l"),
            (t("col_subject"), 95, "l"),
            (t("col_detail"), 0, "l"),
            (t("col_required"), 62, "r"),
            (t("col_provided"), 62, "r"),
            (t("col_result"), 62, "c"),
        ],
    )
    rows, fills = [], []
    for c in checks:
        what, required, provided = _check_text(ctx, c)
        subject = ctx.venue.name if c.subject == "venue" else _name(ctx, c.subject)
        rows.append([c.clause, subject, what, required, provided, t("pass") if c.passed else t("fail")])
        fills.append(None if c.passed else FAIL_FILL)
    passed = sum(c.passed for c in checks)
    return [
        Heading(t("checks")),
        Paragraph(t("pass_count", passed=passed, total=len(checks)), size=8.5),
        Table(cols, rows, size=7.2, fills=fills),
    ]


def evacuation_pages(ctx: PackContext) -> list[Page]:
    """The evacuation summary's pages (a note when the evacuation could not be run)."""
    size = ctx.options.page_size
    title = tr(ctx.lang, "sections.evacuation")
    box = content_box(size)
    if ctx.evacuation is None:
        note = ctx.evacuation_problem or tr(ctx.lang, "evacuation.pending")
        painters = paginate([Paragraph(tr(ctx.lang, "evacuation.pending")), Paragraph(note, size=8)], box)
    else:
        painters = paginate(_blocks(ctx, ctx.evacuation, box[2]), box)
    return [Page(Section.EVACUATION, title, size, p, {"toc": i == 0}) for i, p in enumerate(painters)]
