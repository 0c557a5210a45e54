"""The ``venueplanner`` command: the one place in the project that prints.

Each subcommand lives in :mod:`venueplanner.commands` and is listed below,
explicitly; its module is imported only when the command runs (or its help is
shown), so starting the desktop application or a light command pays for no
other command's libraries.
A :class:`~models.errors.VenuePlannerError` becomes one line ``error: <message>``
on stderr and exit status 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from models.errors import VenuePlannerError
from venueplanner import __version__

EXIT_USAGE = 2

#: command name -> "module:attribute" of its click command, in the order help lists them
COMMANDS = {
    "info": "venueplanner.commands.info:info",
    "check": "venueplanner.commands.check:check",
    "convert": "venueplanner.commands.convert:convert",
    "route": "venueplanner.commands.route:route",
    "evacuate": "venueplanner.commands.evacuate:evacuate",
    "brief": "venueplanner.commands.brief:brief",
    "export": "venueplanner.commands.export:export",
    "open": "venueplanner.commands.open:open_",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported when used (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=_LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="venueplanner")
@click.option("-v", "--verbose", is_flag=True, help="Log what the tool does to stderr.")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Model a public venue, compute access and evacuation routes, print briefing packs.

    With no command, opens the desktop application.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if ctx.invoked_subcommand is None:
        open_desktop()


def open_desktop(files: list[str] | None = None) -> None:
    """Run the desktop application (on `files`) and exit with its status."""
    try:
        from ui.app import main as desktop_main  # the one allowed import of ui (lazy)
    except ImportError as e:
        raise VenuePlannerError(
            f"the desktop application is not available ({e}); use a command, see 'venueplanner --help'"
        ) from None
    sys.exit(desktop_main(list(files or [])))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising SystemExit."""
    try:
        cli.main(args=argv, prog_name="venueplanner", standalone_mode=False)
    except VenuePlannerError as e:
        click.echo(f"error: {e}", err=True)
        return EXIT_USAGE
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except OSError as e:
        # the file system said no (permission, disk full, a folder in place of a file)
        where = f"{e.filename}: " if e.filename else ""
        click.echo(f"error: {where}{e.strerror or e}", err=True)
        return EXIT_USAGE
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
