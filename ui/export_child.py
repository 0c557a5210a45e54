"""The child process that builds a briefing pack: ``python -m ui.export_child PROJECT.venue REQUEST.json OUT.pdf``.

The pack draws 3D views off-screen with VTK, which must not share the desktop
application's process (a second OpenGL context on a worker thread of a Qt
program): the export dialog saves the project as it is in memory, writes the
request, and runs this module. It builds the pack with
:func:`venueplanner.briefing.iter_assemble`, writes OUT.pdf atomically, and talks
to its parent with one JSON object per line on stdout, like :mod:`ui.import_child`:
``{"progress": [fraction or null, message]}``, then ``{"done": {"pages": n, "size": bytes}}`` or
``{"error": {"type": ..., "message": ..., "expected": bool, "details": ...}}``.

REQUEST.json holds ``{"options": {...}, "routes": [...], "password_on_stdin": bool}``:
the :class:`~venueplanner.briefing.PackOptions` but the password
(:func:`options_to_dict`) and the routes computed in the application
(:func:`routing.route_json.route_to_dict`, read back exactly). The password,
if any, comes as the first line of stdin (``{"password": "..."}``), so that it
is never written to disk. Imports no Qt; the parent side (the dialog) uses
:func:`request_dict` and :class:`PackExportError` from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Any

from models import VenuePlannerError
from routing import Route
from routing.route_json import route_from_dict, route_to_dict
from venueplanner.briefing import PackOptions, RouteRequest, iter_assemble
from venueplanner.project import load_project
from venueplanner.project_zip import atomic_write

_channel = sys.stdout


class PackExportError(VenuePlannerError):
    """The pack could not be built or written; the message is ``"<file name>: <problem>"``.

    Attributes
    ----------
    path : Path
        The PDF asked for.
    problem : str
        What the child process reported (a refused option or route, a folder that refused the file).
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


def options_to_dict(options: PackOptions) -> dict[str, Any]:
    """Every option but the password, as JSON types (dates ISO 8601, enums by value, tuples as lists)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(PackOptions):
        if f.name == "password":
            continue
        value = getattr(options, f.name)
        if f.name == "routes":
            value = [dataclasses.asdict(r) for r in value]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [v.value if isinstance(v, Enum) else v for v in value]
        elif isinstance(value, Enum):
            value = value.value
        out[f.name] = value
    return out


def options_from_dict(d: dict[str, Any], password: str = "") -> PackOptions:
    """The :class:`PackOptions` written by :func:`options_to_dict`, with `password`."""
    d = dict(d)
    d["date"] = dt.date.fromisoformat(d["date"])
    d["routes"] = tuple(RouteRequest(**r) for r in d["routes"])
    return PackOptions(**d, password=password)


def request_dict(options: PackOptions, routes: list[Route] | tuple[Route, ...] = ()) -> dict[str, Any]:
    """What REQUEST.json holds for `options` and the computed `routes`; the password goes on stdin."""
    return {
        "options": options_to_dict(options),
        "routes": [route_to_dict(r) for r in routes],
        "password_on_stdin": bool(options.password),
    }


def _send(message: dict) -> None:
    _channel.write(json.dumps(message, ensure_ascii=True) + "\n")
    _channel.flush()


def _build(project_path: Path, request_path: Path, out: Path) -> dict[str, int]:
    request = json.loads(request_path.read_text(encoding="utf-8"))
    password = json.loads(sys.stdin.readline())["password"] if request["password_on_stdin"] else ""
    options = options_from_dict(request["options"], password)
    routes = [route_from_dict(r) for r in request["routes"]]
    project = load_project(project_path)
    job = iter_assemble(project, options, routes=routes)
    while True:
        try:
            step = next(job)
        except StopIteration as finished:
            built = finished.value
            break
        _send({"progress": [step.fraction if math.isfinite(step.fraction) else None, step.message]})
    _send({"progress": [None, f"writing {out.name}"]})
    try:
        atomic_write(out, built.data)
    except OSError as e:
        raise PackExportError(out, f"cannot be written ({e.strerror or e})") from None
    return {"pages": len(built.pages), "size": len(built.data)}


def main(argv: list[str]) -> int:
    global _channel
    # Only our messages on stdout: anything else a library prints (VTK, even from C) goes to stderr.
    _channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        project_path, request_path, out = (Path(a) for a in argv)
        _send({"done": _build(project_path, request_path, out)})
        return 0
    except Exception as e:  # every failure goes to the parent, which decides what the user sees
        expected = isinstance(e, VenuePlannerError)
        message = e.problem if isinstance(e, PackExportError) else str(e)
        details = "".join(traceback.format_exception(type(e), e, e.__traceback__))
        _send({"error": {"type": type(e).__name__, "message": message, "expected": expected, "details": details}})
        return 1


if __name__ == "__main__":
    status = main(sys.argv[1:])
    # The pack is written and fsynced and the parent has its answer: skip the interpreter's teardown
    # (VTK's render window and pyvista's plotters take half a second to let go), so that the parent is not kept waiting.
    sys.stderr.flush()
    _channel.flush()
    os._exit(status)
