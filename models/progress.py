"""The progress protocol shared by every long job (import, graph build, evacuation, export).

A job is a generator that yields :class:`Progress` and returns its result. The
command line and the tests drive it with :func:`run_sync`; the desktop application
drives it on a worker thread and cancels it between two yields.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator
from typing import NamedTuple, TypeVar

from models.errors import CancelledError

T = TypeVar("T")


class Progress(NamedTuple):
    """One step of a long job."""

    fraction: float = math.nan  #: 0..1, or NaN when unknown
    message: str = ""


Job = Generator[Progress, None, T]


def run_sync(
    job: Job[T],
    on_progress: Callable[[Progress], None] | None = None,
    *,
    should_cancel: Callable[[], bool] | None = None,
) -> T:
    """Drive a job to completion on the calling thread.

    Parameters
    ----------
    job : generator
        Yields :class:`Progress`, returns the result.
    on_progress : callable, optional
        Called with each :class:`Progress`.
    should_cancel : callable, optional
        Polled after each step; when it returns True the job is closed and
        :class:`~models.errors.CancelledError` is raised.

    Examples
    --------
    >>> def count():
    ...     yield Progress(0.5, "half")
    ...     return 42
    >>> run_sync(count())
    42
    """
    while True:
        try:
            step = next(job)
        except StopIteration as done:
            return done.value
        if on_progress is not None:
            on_progress(step)
        if should_cancel is not None and should_cancel():
            job.close()
            raise CancelledError("cancelled by the user")
