"""Run work in a child Python process and relay what it says, as a job (progress, cancel, errors).

The children (:mod:`ui.import_child`, :mod:`ui.export_child`) import no Qt and
talk with one JSON object per line on stdout: ``{"progress": [fraction or
null, message]}``, then ``{"done": {...}}`` or ``{"error": {"type", "message",
"expected", "details"}}``. Their stderr is drained all along (a child never
blocks on a full pipe) and its last lines explain a child that dies silently.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from models import Job, Progress, VenuePlannerError

log = logging.getLogger(__name__)

#: How often a waiting job yields, so that a cancel is seen (seconds).
POLL = 0.1
#: How long a child that has answered (done or error) may take to exit before it is killed (seconds).
EXIT_WAIT = 10


class ChildError(VenuePlannerError):
    """The child reported an expected failure (bad input, a file it cannot write); the message is its own."""


def iter_child(
    module: str,
    args: Sequence[str],
    *,
    what: str,
    stdin: str = "",
    first: Progress | None = None,
    scale: float = 1.0,
    on_killed: Callable[[], None] | None = None,
) -> Job[dict[str, Any]]:
    """Run ``python -m module args`` as a job; returns the payload of its ``done`` message.

    Parameters
    ----------
    module, args : str, sequence of str
        The child's module and arguments.
    what : str
        What the child works on, for errors ("the import of hall.ifc").
    stdin : str
        Written to the child's stdin, which is then closed (a secret that must not touch the disk).
    first : Progress, optional
        Yielded while the child starts.
    scale : float
        The child's progress fractions are multiplied by this (the caller has work left after it).
    on_killed : callable, optional
        Called after a child that had not answered is killed (a cancel): to remove what it left.

    Raises
    ------
    ChildError
        The child reported an expected failure.
    RuntimeError
        The child failed unexpectedly (its traceback in the message) or stopped without answering
        (its exit status and last error output in the message).
    """
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()
    errors: deque[str] = deque(maxlen=200)
    pumps = [
        threading.Thread(target=_pump, args=(child.stdout, lines.put), daemon=True),
        threading.Thread(target=_pump, args=(child.stderr, errors.append), daemon=True),
    ]
    for pump in pumps:
        pump.start()
    answered = False
    try:
        _write_stdin(child, stdin)
        last = first or Progress(0.0, what)
        yield last
        while True:
            try:
                line = lines.get(timeout=POLL)
            except queue.Empty:
                yield last  # nothing new: a chance to be cancelled
                continue
            if line is None:
                code = child.wait()
                stderr = "".join(e for e in errors if e)
                raise RuntimeError(f"{what} stopped unexpectedly (exit status {code})\n{stderr}")
            message = json.loads(line)
            if "progress" in message:
                fraction, text = message["progress"]
                last = Progress(math.nan if fraction is None else scale * float(fraction), text)
                yield last
            elif "error" in message:
                answered = True
                error = message["error"]
                if error["expected"]:
                    raise ChildError(error["message"])
                raise RuntimeError(f"{error['type']}: {error['message']}\n{error['details']}")
            elif "done" in message:
                answered = True
                return message["done"]
    finally:
        if answered:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=EXIT_WAIT)
        if child.poll() is None:
            child.kill()
            child.wait()
            log.info("%s stopped", what)
            if on_killed is not None:
                on_killed()
        child.wait()
        for pump in pumps:
            pump.join(timeout=5)
        child.stdout.close()
        child.stderr.close()


def _write_stdin(child: subprocess.Popen, text: str) -> None:
    """Hand `text` to the child and close its stdin, whatever happens."""
    try:
        if text:
            child.stdin.write(text)
            child.stdin.flush()
    except BrokenPipeError:  # the child has already ended: its stdout says why
        log.info("the child ended before reading its input")
    finally:
        with contextlib.suppress(BrokenPipeError):
            child.stdin.close()


def _pump(stream, put) -> None:
    for line in stream:
        if line.strip():
            put(line)
    put(None)
