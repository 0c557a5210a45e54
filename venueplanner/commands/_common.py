"""What the subcommands share: the file argument, JSON output and number formatting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from venueplanner.files import OpenedVenue, open_venue

venue_file = click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")


def open_file(path: Path) -> OpenedVenue:
    return open_venue(path)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def thousands(n: float, decimals: int = 0) -> str:
    """``1500 -> '1,500'``, ``1234.5 -> '1,234.5'`` (decimals=1)."""
    return f"{n:,.{decimals}f}"
