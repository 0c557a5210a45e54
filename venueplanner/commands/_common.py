"""What the subcommands share: the file argument, import options, JSON output and number formatting."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import click

from importers import ImportOptions
from venueplanner.files import OpenedVenue, open_venue

venue_file = click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")

_IMPORT_OPTIONS = "venueplanner.import_options"


def _pairs(values: tuple[str, ...], what: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not {what}", param_hint=f"--{what.split('=')[0].lower()}")
        pairs[key.strip()] = rest.strip()
    return pairs


def _value(text: str) -> Any:
    """``"3.5" -> 3.5``, ``"true" -> True``, anything else stays a string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def import_options(command):
    """Add ``--unit-scale``, ``--layer NAME=ROLE`` and ``--option KEY=VALUE`` to a command that opens a file."""

    @functools.wraps(command)
    def with_options(*args, unit_scale: float | None, layers: tuple[str, ...], extras: tuple[str, ...], **kwargs):
        options = ImportOptions(
            unit_scale=unit_scale,
            layers=_pairs(layers, "LAYER=ROLE"),
            extra={key: _value(v) for key, v in _pairs(extras, "KEY=VALUE").items()},
        )
        click.get_current_context().meta[_IMPORT_OPTIONS] = options
        return command(*args, **kwargs)

    for option in (
        click.option(
            "--option",
            "extras",
            multiple=True,
            metavar="KEY=VALUE",
            help="A reader option, e.g. storey_height=3.5, up_axis=y, dxf_gap=0.9 (see the importer docs).",
        ),
        click.option(
            "--layer",
            "layers",
            multiple=True,
            metavar="LAYER=ROLE",
            help="DXF: give a layer a role (walls, doors, rooms, stairs, labels, ignore).",
        ),
        click.option(
            "--unit-scale",
            type=click.FloatRange(min=0, min_open=True),
            help="Metres per file unit, overriding what the file says (e.g. 1 for a DXF drawn in metres).",
        ),
    ):
        with_options = option(with_options)
    return with_options


def open_file(path: Path) -> OpenedVenue:
    """Open a venue with the command's import options; say on stderr what the import derived or left out."""
    context = click.get_current_context(silent=True)
    options = context.meta.get(_IMPORT_OPTIONS) if context else None
    opened = open_venue(path, options=options)
    if opened.report:
        for line in opened.report.lines()[1:]:
            if not line.startswith("read: "):
                click.echo(f"import: {line}", err=True)
    return opened


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def thousands(n: float, decimals: int = 0) -> str:
    """``1500 -> '1,500'``, ``1234.5 -> '1,234.5'`` (decimals=1)."""
    return f"{n:,.{decimals}f}"
