"""``venueplanner convert IN OUT.venue``: import any readable file and save it as a project."""

from __future__ import annotations

from pathlib import Path

import click

from models.errors import VenuePlannerError
from venueplanner.commands._common import open_file
from venueplanner.files import PROJECT_SUFFIX
from venueplanner.project import save_project


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
def convert(source: Path, target: Path) -> None:
    """Read SOURCE (plan, IFC, DXF, mesh or .venue) and write TARGET, a .venue project."""
    if target.suffix.lower() != PROJECT_SUFFIX:
        raise VenuePlannerError(f"{target.name}: the output must be a {PROJECT_SUFFIX} file")
    opened = open_file(source)
    if opened.report:
        for line in opened.report.lines():
            click.echo(f"import: {line}", err=True)
    save_project(opened.project, target)
    venue = opened.venue
    click.echo(
        f"wrote {target}: {len(venue.levels)} levels, {len(venue.spaces)} spaces, "
        f"{len(venue.openings)} openings ({len(venue.exits)} exits), {len(venue.connectors)} connectors"
    )
