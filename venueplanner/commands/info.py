"""``venueplanner info FILE``: what a venue holds, in figures."""

from __future__ import annotations

from pathlib import Path

import click

from venueplanner.commands._common import echo_json, import_options, json_option, open_file, thousands, venue_file
from venueplanner.summary import venue_figures


@click.command()
@venue_file
@json_option
@import_options
def info(file: Path, as_json: bool) -> None:
    """Levels, spaces, openings, exits, connectors, capacity and area per level of FILE."""
    opened = open_file(file)
    figures = venue_figures(opened.venue)
    if as_json:
        echo_json({"file": str(file), **figures})
        return
    counts = figures["counts"]
    by_kind = ", ".join(f"{n} {kind}" for kind, n in figures["connectors_by_kind"].items())
    lines = [
        f"{figures['name']} ({file.name})",
        f"address     {figures['address'] or '-'}",
        f"levels      {counts['levels']}",
        f"spaces      {counts['spaces']}",
        f"openings    {counts['openings']} ({counts['exits']} exits)",
        f"connectors  {counts['connectors']}" + (f" ({by_kind})" if by_kind else ""),
        f"markers     {counts['markers']}",
        f"capacity    {thousands(figures['capacity'])} persons",
        f"area        {thousands(figures['area'], 1)} m²",
        "per level:",
    ]
    rows = figures["levels"]
    id_width = max([8, *(len(row["id"]) for row in rows)])
    name_width = max([28, *(len(row["name"]) for row in rows)])
    for row in rows:
        lines.append(
            f"  {row['id']:<{id_width}} {row['name']:<{name_width}} {row['elevation']:+7.2f} m  "
            f"{row['spaces']:>4} spaces  {thousands(row['area'], 1):>10} m²  {thousands(row['capacity']):>7} persons"
        )
    click.echo("\n".join(lines))
