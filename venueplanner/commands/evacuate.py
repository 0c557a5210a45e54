"""``venueplanner evacuate FILE``: evacuation time, exits, bottlenecks, exit-loss sweep and rule checks."""

from __future__ import annotations

import csv
import math
import sys
from dataclasses import asdict
from pathlib import Path

import click

from models.errors import VenuePlannerError
from models.scenario import Scenario
from routing.endpoints import close_matches
from routing.evacuation import METHODS, RULESET_NAMES, FlowParams, prepare, run
from routing.evacuation.checks import check
from routing.evacuation.results import EvacuationResult
from routing.evacuation.scenarios import Row, Sweep, blocking, compare, exit_loss_sweep
from venueplanner.commands._common import echo_json, import_options, json_option, open_file, thousands, venue_file


@click.command()
@venue_file
@import_options
@click.option("--scenario", default=None, help="Scenario of a .venue project (blocked elements, occupant loads).")
@click.option("--block", "blocks", multiple=True, metavar="ID", help="Also block this opening or connector (repeat).")
@click.option("--sweep", is_flag=True, help="Lose each exit in turn (on every core) and report the worst case.")
@click.option(
    "--compare",
    "compare_plain",
    is_flag=True,
    help="Also run the venue with nothing blocked and show both results side by side.",
)
@click.option(
    "--rules",
    type=click.Choice(RULESET_NAMES),
    default="fr-erp",
    show_default=True,
    help="Rule set for occupant densities and rule checks (fr-erp picks the venue's ERP type).",
)
@click.option(
    "--method",
    type=click.Choice(METHODS),
    default="quickest",
    show_default=True,
    help="quickest: exits assigned with their capacity in mind; nearest: everyone to its nearest exit.",
)
@click.option(
    "--pre-movement",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Seconds before anyone moves (alarm, recognition, response).",
)
@click.option("--top", type=click.IntRange(min=1), default=8, show_default=True, help="Rows per table.")
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print exits, bottlenecks, spaces and checks as CSV rows.")
def evacuate(
    file: Path,
    scenario: str | None,
    blocks: tuple[str, ...],
    sweep: bool,
    compare_plain: bool,
    rules: str,
    method: str,
    pre_movement: float,
    top: int,
    as_json: bool,
    as_csv: bool,
) -> None:
    """How long FILE takes to empty, which doors and stairs hold people back, and whether the exits meet RULES."""
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    opened = open_file(file)
    venue = opened.venue
    chosen = _scenario(opened.project, scenario)
    if blocks:
        chosen = blocking(chosen, *blocks, venue=venue)
    params = FlowParams(method=method, pre_movement=pre_movement)
    prepared = prepare(venue, chosen, rules=rules, open_graph=sweep)
    result = run(prepared, params)
    checks = check(venue, prepared.loads, prepared.rules, prepared.network)
    swept = exit_loss_sweep(prepared, params) if sweep else None
    rows = None
    if compare_plain:
        plain = run(prepare(venue, Scenario("plain", occupant_loads=chosen.occupant_loads), rules=rules), params)
        rows = compare(plain, result)
    if as_json:
        echo_json(
            {
                "file": str(file),
                "result": result.to_dict(),
                "checks": [_clean(asdict(c)) for c in checks],
                "sweep": _sweep_dict(swept) if swept else None,
                "compare": [{"what": r.what, "plain": _clean(r.a), "scenario": _clean(r.b)} for r in rows]
                if rows
                else None,
            }
        )
    elif as_csv:
        _write_csv(result, checks, swept)
    else:
        _print_text(file, result, checks, swept, top)
        if rows:
            _print_compare(rows)


def _scenario(project, scenario_id: str | None) -> Scenario:
    if scenario_id is None:
        return Scenario("none")
    scenarios = getattr(project, "scenarios", {}) or {}
    if scenario_id in scenarios:
        return scenarios[scenario_id]
    near = close_matches(scenario_id, list(scenarios))
    hint = f"; did you mean {', '.join(repr(s) for s in near)}?" if near else ""
    known = f" (it has: {', '.join(scenarios)})" if scenarios and not near else " (it has none)"
    raise VenuePlannerError(f"no scenario {scenario_id!r} in the project{'' if near else known}{hint}")


def _clean(value):
    if isinstance(value, float):
        return None if not math.isfinite(value) else round(value, 3)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def duration(seconds: float) -> str:
    """``181.4 -> '3 min 01 s'``; ``'-'`` for no value."""
    if seconds is None or not math.isfinite(seconds):
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def _sweep_dict(sweep: Sweep) -> dict:
    return {
        "base_total_time": _clean(sweep.base.total_time),
        "largest_exit": sweep.largest_exit,
        "worst": list(sweep.worst.blocked),
        "seconds": _clean(sweep.seconds),
        "cases": [
            {
                "blocked": list(c.blocked),
                "total_time": _clean(c.total_time),
                "error": c.error or None,
                "worst_bottleneck": c.result.bottlenecks[0].id if c.result and c.result.bottlenecks else None,
            }
            for c in sweep.cases
        ],
    }


def _print_text(file: Path, r: EvacuationResult, checks, sweep: Sweep | None, top: int) -> None:
    method = "exits assigned with their capacity" if r.method == "quickest" else "everyone to the nearest exit"
    lines = [
        f"{r.venue} ({file.name}): evacuation, rules {r.rules}, {method}, scenario {r.scenario}",
        f"persons      {thousands(r.persons)}",
        f"total time   {duration(r.total_time)} ({r.total_time:,.0f} s)",
        "levels       " + "   ".join(f"{lv} {duration(t)}" for lv, t in r.levels.items()),
    ]
    if r.blocked:
        lines.append(f"blocked      {', '.join(r.blocked)}")
    lines.append("exits: persons, first and last out, calculated flow")
    for e in sorted(r.exits, key=lambda e: -e.persons):
        lines.append(
            f"  {e.id:<10} {e.label[:30]:<30} {thousands(e.persons):>7} p  {duration(e.first):>10} - "
            f"{duration(e.last):<10} {e.capacity:5.2f} p/s"
        )
    lines.append(f"bottlenecks, by time lost queuing (top {top}):")
    for b in r.bottlenecks[:top]:
        lines.append(
            f"  {b.id:<12} {b.kind:<9} {thousands(b.persons):>7} p  peak queue {b.peak_queue:6.0f}  "
            f"longest wait {duration(b.longest_wait):>10}  mean {b.mean_wait:5.0f} s"
        )
    slow = sorted((s for s in r.spaces.values() if s.persons > 0), key=lambda s: -s.last_exit)[:top]
    lines.append(f"spaces whose occupants are out last (top {top}):")
    for s in slow:
        lines.append(
            f"  {s.id:<20} {s.level_id:<4} {thousands(s.persons):>7} p  empty {duration(s.clear_time):>10}  "
            f"all out {duration(s.last_exit):>10}"
        )
    failed = [c for c in checks if not c.passed]
    lines.append(f"rule checks ({r.rules}): {len(checks) - len(failed)} pass, {len(failed)} fail")
    shown = failed[:top] + [c for c in checks if c.passed and c.subject == "venue"]
    for c in shown:
        word = "FAIL" if not c.passed else "pass"
        lines.append(
            f"  {word} {c.clause:<18} {c.subject:<10} {c.what}: required {c.required:,.2f} {c.unit}, "
            f"provided {c.provided:,.2f} ({c.margin:+,.2f})" + (f" [{c.note}]" if c.note else "")
        )
    if len(failed) > top:
        lines.append(f"  ... and {len(failed) - top} more failures (--top N shows more, --json or --csv all)")
    if sweep is not None:
        lines.append(
            f"exit-loss sweep: {len(sweep.cases)} cases in {sweep.seconds:.1f} s; "
            f"all open {duration(sweep.base.total_time)}"
        )
        for c in sorted(sweep.cases, key=lambda c: -c.total_time)[:top]:
            tags = [t for t, on in (("worst", c is sweep.worst), ("largest", c.blocked == (sweep.largest_exit,))) if on]
            change = c.total_time - sweep.base.total_time
            what = f"{duration(c.total_time):>10} ({change:+,.0f} s)" if c.result else f"fails: {c.error}"
            lines.append(f"  without {'+'.join(c.blocked):<10} {what}" + (f"  [{', '.join(tags)}]" if tags else ""))
    for w in r.warnings:
        lines.append(f"warning: {w}")
    click.echo("\n".join(lines))


def _print_compare(rows: list[Row]) -> None:
    lines = [f"side by side: {'':<34} {'nothing blocked':>16} {'this scenario':>16} {'change':>10}"]
    for r in rows:
        change = "" if math.isnan(r.change) else f"{r.change:+,.0f}"
        a = "-" if math.isnan(r.a) else f"{r.a:,.0f}"
        b = "-" if math.isnan(r.b) else f"{r.b:,.0f}"
        lines.append(f"  {r.what:<48} {a:>16} {b:>16} {change:>10}")
    click.echo("\n".join(lines))


_CSV_COLUMNS = (
    "table", "id", "label", "level", "kind", "persons", "capacity", "first", "last", "peak_queue", "longest_wait",
    "mean_wait", "delay", "clear_time", "total_time", "required", "provided", "unit", "passed", "margin",
)  # fmt: skip


def _write_csv(r: EvacuationResult, checks, sweep: Sweep | None) -> None:
    out = csv.DictWriter(sys.stdout, fieldnames=_CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    out.writeheader()
    out.writerow({"table": "total", "id": r.venue, "persons": r.persons, "total_time": _num(r.total_time)})
    for e in r.exits:
        out.writerow({"table": "exit", "id": e.id, "label": e.label, "level": e.level_id, "persons": _num(e.persons),
                      "capacity": _num(e.capacity), "first": _num(e.first), "last": _num(e.last)})  # fmt: skip
    for b in r.bottlenecks:
        out.writerow({"table": "bottleneck", "id": b.id, "label": b.label, "level": b.level_id, "kind": b.kind,
                      "persons": _num(b.persons), "capacity": _num(b.capacity), "last": _num(b.last),
                      "peak_queue": _num(b.peak_queue), "longest_wait": _num(b.longest_wait),
                      "mean_wait": _num(b.mean_wait), "delay": _num(b.delay)})  # fmt: skip
    for s in r.spaces.values():
        out.writerow({"table": "space", "id": s.id, "level": s.level_id, "persons": _num(s.persons),
                      "clear_time": _num(s.clear_time), "last": _num(s.last_exit)})  # fmt: skip
    for level, t in r.levels.items():
        out.writerow({"table": "level", "id": level, "clear_time": _num(t)})
    for c in checks:
        out.writerow({"table": "check", "id": c.subject, "label": f"{c.clause}: {c.what}", "unit": c.unit,
                      "required": _num(c.required), "provided": _num(c.provided), "passed": c.passed,
                      "margin": _num(c.margin)})  # fmt: skip
    if sweep is not None:
        for c in sweep.cases:
            out.writerow({"table": "sweep", "id": "+".join(c.blocked), "total_time": _num(c.total_time),
                          "label": c.error})  # fmt: skip


def _num(x: float) -> str:
    return "" if x is None or not math.isfinite(x) else f"{x:.3f}".rstrip("0").rstrip(".")
