"""``venueplanner route VENUE --from A --to B``: the fastest access route, alternatives and directions."""

from __future__ import annotations

from pathlib import Path

import click

from models.errors import VenuePlannerError
from routing import DEFAULT_PROFILE, alternatives, build_graph, get_profile
from routing.directions import LANGUAGES, directions, format_distance, format_duration
from routing.endpoints import close_matches
from venueplanner.commands._common import echo_json, import_options, json_option, open_file, venue_file


def _ids(values: tuple[str, ...]) -> list[str]:
    """Ids given as repeated options and/or comma-separated lists."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.command()
@venue_file
@import_options
@click.option(
    "--from", "source", required=True, help="Start: a marker, space, opening or connector id or name, or X,Y@LEVEL."
)
@click.option("--to", "target", required=True, help="Destination, as --from.")
@click.option(
    "--profile",
    default=None,
    help=f"Movement profile: evacuee, team, stretcher, wheelchair (default {DEFAULT_PROFILE}).",
)
@click.option(
    "--avoid",
    multiple=True,
    metavar="ID",
    help="Opening, connector, space or zone marker not to use (repeat, or a,b,c).",
)
@click.option("--via", multiple=True, metavar="X", help="Pass through this point, in order (repeat).")
@click.option(
    "--alternatives", "k", type=click.IntRange(1, 10), default=1, show_default=True, help="How many different routes."
)
@click.option("--scenario", default=None, help="Scenario of a .venue project (blocked elements, hazards).")
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the directions."
)
@json_option
def route(file: Path, source: str, target: str, profile: str | None, avoid: tuple[str, ...], via: tuple[str, ...],
          k: int, scenario: str | None, lang: str, as_json: bool) -> None:  # fmt: skip
    """The fastest route in FILE from --from to --to, with turn-by-turn directions.

    FILE is a .venue project or any file an importer reads. Unknown ids are
    named with close matches; when no route exists the message says which
    blocked or avoided element cuts it off, or what the profile may not use.
    """
    opened = open_file(file)
    chosen = _scenario(opened.project, scenario)
    if profile is None and chosen is not None and chosen.profile:
        profile = chosen.profile
    prof = get_profile(profile)
    G = build_graph(opened.venue, chosen)
    routes = alternatives(G, source, target, k=k, profile=prof, avoid=_ids(avoid), via=_ids(via))
    venue = opened.venue
    if as_json:
        echo_json(
            {
                "file": str(file),
                "from": source,
                "to": target,
                "profile": prof.name,
                "scenario": chosen.id if chosen else None,
                "routes": [
                    {**r.to_dict(), "directions": [s.text for s in directions(r, venue, lang=lang)]} for r in routes
                ],
            }
        )
        return
    for n, r in enumerate(routes, start=1):
        head = f"{format_distance(r.length, lang)}, {format_duration(r.time, lang)}"
        uses = ", ".join([*r.openings, *r.connectors])
        title = f"Route {n}/{len(routes)}" if lang == "en" else f"Itinéraire {n}/{len(routes)}"
        click.echo(f"{title}: {head} ({prof.title(lang)}) — {uses}")
        steps = directions(r, venue, lang=lang)
        for i, step in enumerate(steps[:-1], start=1):
            click.echo(f"  {i:>2}. {step.text}")
        click.echo(f"      {steps[-1].text}")
        if n < len(routes):
            click.echo("")


def _scenario(project, scenario_id: str | None):
    if scenario_id is None:
        return None
    scenarios = getattr(project, "scenarios", {}) or {}
    if scenario_id in scenarios:
        return scenarios[scenario_id]
    near = close_matches(scenario_id, list(scenarios))
    hint = f"; did you mean {', '.join(repr(s) for s in near)}?" if near else ""
    known = f" (it has: {', '.join(scenarios)})" if scenarios and not near else ""
    raise VenuePlannerError(f"no scenario {scenario_id!r} in the project{known}{hint}")
