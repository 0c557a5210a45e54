"""``venueplanner brief VENUE -o PACK.pdf``: print the briefing pack of a venue."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import click

from venueplanner.briefing import SECTIONS, PackOptionError, PackOptions, write_pack
from venueplanner.briefing.options import parse_route
from venueplanner.commands._common import open_file, venue_file

#: Environment variable read for the password when no --password-file is given.
PASSWORD_ENV = "VENUEPLANNER_PACK_PASSWORD"


def _password(password_file: Path | None) -> str:
    if password_file is not None:
        try:
            text = password_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise PackOptionError("--password-file", str(password_file), "is not UTF-8 text") from None
        password = text.rstrip("\r\n")
        if not password:
            raise PackOptionError("--password-file", str(password_file), "is empty")
        return password
    return os.environ.get(PASSWORD_ENV, "")


def _date(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise PackOptionError("--date", text, "write it YYYY-MM-DD, e.g. 2025-03-01") from None


def _list(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@click.command()
@venue_file
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True, help="PDF to write.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True, help="Language of the pack.")
@click.option("--paper", type=click.Choice(["A4", "A3"], case_sensitive=False), default="A4", show_default=True)
@click.option(
    "--levels", multiple=True, metavar="IDS", help="Levels to print a plan of (comma-separated; default all)."
)
@click.option(
    "--route",
    "routes",
    multiple=True,
    metavar="FROM:TO[:PROFILE]",
    help="A route card, e.g. STG-1:REGIE:team (repeatable; default the project's saved routes).",
)
@click.option("--sections", multiple=True, metavar="NAMES", help=f"Sections to print among {', '.join(SECTIONS)}.")
@click.option("--redacted", is_flag=True, help="Leave out the sensitive assets (security post, cut-offs, fire panel).")
@click.option(
    "--password-file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help=f"Encrypt the PDF (AES-256) with the password in this file (else ${PASSWORD_ENV}).",
)
@click.option("--classification", default="", help='Marking on every page, e.g. "DIFFUSION RESTREINTE".')
@click.option("--author", default="", help="Author printed on the cover.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="Date of the pack (default today).")
@click.option("--distribution", multiple=True, metavar="RECIPIENT", help="A recipient of a copy (repeatable).")
@click.option("--scenario", default="", help="Project scenario to compute routes and evacuation in.")
@click.option("--rules", default="fr-erp", show_default=True, help="Evacuation rule set.")
@click.option("--no-exit-loss", is_flag=True, help="Skip the exit-loss sweep (faster).")
@click.option("--plan-up", is_flag=True, help="Draw plans as the plan is drawn rather than north up.")
def brief(
    file: Path,
    output: Path,
    lang: str,
    paper: str,
    levels,
    routes,
    sections,
    redacted: bool,
    password_file: Path | None,
    classification: str,
    author: str,
    date_text: str | None,
    distribution,
    scenario: str,
    rules: str,
    no_exit_loss: bool,
    plan_up: bool,
) -> None:
    """Print the briefing pack of FILE (a .venue project or any importable plan) to a PDF."""
    options = PackOptions(
        language=lang,
        paper=paper.upper(),
        levels=_list(levels),
        routes=tuple(parse_route(r) for r in routes),
        sections=_list(sections),
        redacted=redacted,
        password=_password(password_file),
        classification=classification,
        author=author,
        date=_date(date_text),
        distribution=tuple(distribution),
        scenario=scenario,
        rules=rules,
        exit_loss=not no_exit_loss,
        orientation="plan" if plan_up else "north",
    )
    opened = open_file(file)
    size = write_pack(output, opened.project, options)
    notes = [f"{lang}", paper.upper()]
    if redacted:
        notes.append("redacted")
    if options.password:
        notes.append("encrypted")
    click.echo(f"wrote {output}: {size:,} bytes ({', '.join(notes)})")
