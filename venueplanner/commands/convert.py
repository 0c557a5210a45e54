"""``venueplanner convert IN OUT.venue``: import any readable file and save it as a project."""

from __future__ import annotations

from pathlib import Path

import click

from models import validate
from models.errors import VenuePlannerError
from models.validate import errors
from venueplanner.commands._common import import_options, open_file
from venueplanner.files import PROJECT_SUFFIX
from venueplanner.project import save_project


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@import_options
def convert(source: Path, target: Path) -> None:
    """Read SOURCE (plan, IFC, DXF, mesh or .venue) and write TARGET, a .venue project."""
    if target.suffix.lower() != PROJECT_SUFFIX:
        raise VenuePlannerError(f"{target.name}: the output must be a {PROJECT_SUFFIX} file")
    # refuse what cannot be written before a long import
    if target.is_dir():
        raise VenuePlannerError(f"{target}: is a folder, not a file")
    if not target.resolve().parent.is_dir():
        raise VenuePlannerError(f"{target}: the folder {target.resolve().parent} does not exist")
    opened = open_file(source)
    save_project(opened.project, target)
    venue = opened.venue
    click.echo(
        f"wrote {target}: {len(venue.levels)} levels, {len(venue.spaces)} spaces, "
        f"{len(venue.openings)} openings ({len(venue.exits)} exits), {len(venue.connectors)} connectors"
    )
    n_errors = len(errors(validate(venue)))
    if n_errors:
        click.echo(f"warning: the venue has {n_errors} validation error(s): run venueplanner check {target}", err=True)
