"""``venueplanner check FILE``: every validation problem; exit status 1 when there are errors."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from models import validate
from models.validate import errors
from venueplanner.commands._common import echo_json, import_options, json_option, open_file, venue_file
from venueplanner.summary import venue_figures

EXIT_PROBLEMS = 1


@click.command()
@venue_file
@json_option
@import_options
def check(file: Path, as_json: bool) -> None:
    """Validate FILE: duplicate ids, doors touching no space, overlaps, spaces with no way out, ...

    Exits with status 1 when an error is found, 0 otherwise (warnings alone pass).
    """
    opened = open_file(file)
    problems = validate(opened.venue)
    n_errors = len(errors(problems))
    n_warnings = len(problems) - n_errors
    if as_json:
        echo_json(
            {
                "file": str(file),
                "errors": n_errors,
                "warnings": n_warnings,
                "problems": [
                    {"severity": p.severity.value, "code": p.code, "element": p.element_id, "message": p.message}
                    for p in problems
                ],
                "import_report": opened.report.as_dict() if opened.report else None,
                **venue_figures(opened.venue),
            }
        )
    else:
        for p in problems:
            click.echo(str(p))
        click.echo(f"{file.name}: {n_errors} error(s), {n_warnings} warning(s)")
    if n_errors:
        sys.exit(EXIT_PROBLEMS)
