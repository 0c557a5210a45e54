"""``venueplanner open FILE``: start the desktop application on a file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("open")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def open_(file: Path) -> None:
    """Open FILE (a .venue project, or any plan, IFC, DXF or mesh file) in the desktop application."""
    from venueplanner.cli import open_desktop  # here, not at the top: the command line imports this module

    open_desktop([str(file)])
