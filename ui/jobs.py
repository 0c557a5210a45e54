"""Long work off the GUI thread: a Job generator runs on Qt's thread pool, with progress and cancel.

A job (:data:`models.progress.Job`) yields :class:`~models.progress.Progress` at
safe points and returns its result. :class:`JobRunner` starts it on the
thread pool, shows a progress dialog if it lasts (after :data:`DIALOG_DELAY_MS`),
cancels it at the next yield when the user asks, and calls back on the GUI
thread: the worker emits this QObject's signals, which are connected to its
own methods with queued connections, so Qt delivers them on the thread it lives on.
A cancelled generator is closed on its worker thread, so its ``finally`` (a
child process killed, a temporary folder removed) has run when the job ends.

:func:`import_ahead` imports slow modules (VTK) on a thread of their own, so
that the window keeps responding while they load.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from models import CancelledError, Progress

log = logging.getLogger(__name__)

#: A job that ends sooner than this shows no dialog (milliseconds).
DIALOG_DELAY_MS = 400


class _Worker:
    """One job on a pool thread: runs it, stops it at a yield when asked, and reports through `emit`.

    `emit(kind, *args)` is called on the worker thread with kind "yielded", "returned", "errored" and,
    last and always, "ended".
    """

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, emit: Callable[..., None]) -> None:
        self.is_generator = inspect.isgeneratorfunction(fn)
        self._call = partial(fn, *args, **kwargs)
        self._emit = emit
        self.abort = threading.Event()
        self.done = threading.Event()

    def run(self) -> None:
        try:
            if not self.abort.is_set():  # a job cancelled while it waited for a thread never starts
                result = self._run_generator() if self.is_generator else self._call()
                if not self.abort.is_set():
                    self._emit("returned", result)
        except Exception as error:  # handed to the GUI thread, which shows it
            self._emit("errored", error)
        finally:
            self._emit("ended")
            self.done.set()

    def _run_generator(self) -> Any:
        generator = self._call()
        try:
            while not self.abort.is_set():
                try:
                    step = next(generator)
                except StopIteration as stop:
                    return stop.value
                self._emit("yielded", step)
            return None
        finally:
            generator.close()  # cancelled: its `finally` runs now, on this thread


@dataclass
class _Running:
    worker: _Worker
    title: str
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    on_end: Callable[[int], None] | None = None
    dialog: QProgressDialog | None = None
    cancelled: bool = False
    last: Progress = field(default_factory=Progress)


class JobRunner(QObject):
    """Runs jobs for one window; knows which are running and waits for them on close.

    Signals
    -------
    started(int, str), finished(int)
        A job's id and title when it starts; its id when it ends, however it ends.
    progressed(int, object)
        A job's id and its last :class:`~models.progress.Progress`.
    """

    started = Signal(int, str)
    finished = Signal(int)
    progressed = Signal(int, object)
    # The worker emits from its thread; these hop to the GUI thread (queued connections).
    _yielded = Signal(int, object)
    _returned = Signal(int, object)
    _errored = Signal(int, object)
    _ended = Signal(int)

    def __init__(self, window: QWidget, on_error: Callable[[BaseException], None]) -> None:
        super().__init__(window)
        self._window = window
        self._on_error = on_error
        self._jobs: dict[int, _Running] = {}
        self._ids = count(1)
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._yielded.connect(self._on_yielded, queued)
        self._returned.connect(self._on_returned, queued)
        self._errored.connect(self._on_errored, queued)
        self._ended.connect(self._on_ended, queued)
        self._signals = {"yielded": self._yielded, "returned": self._returned, "errored": self._errored}

    @property
    def running(self) -> int:
        return len(self._jobs)

    def start(
        self,
        job_fn: Callable[..., Any],
        *args: Any,
        title: str,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_end: Callable[[int], None] | None = None,
        dialog: bool = True,
        **kwargs: Any,
    ) -> int:
        """Run ``job_fn(*args, **kwargs)`` off the GUI thread; returns the job's id.

        `job_fn` is a generator function (a Job: progress and cancel) or a plain
        function (no progress, cannot be cancelled before it ends). `on_result`
        gets its return value, `on_error` (default: the runner's) any exception,
        both on the GUI thread; a cancelled job calls neither. `on_end` gets the job's
        id last, on the GUI thread, however the job ends (a button to enable again).
        """
        if self._closed:
            log.warning("job %r not started: the window is closing", title)
            return 0
        job_id = next(self._ids)
        worker = _Worker(job_fn, args, kwargs, partial(self._relay, job_id))
        self._jobs[job_id] = _Running(worker, title, on_result, on_error, on_end)
        if dialog:
            QTimer.singleShot(DIALOG_DELAY_MS, self, partial(self._show_dialog, job_id))
        self.started.emit(job_id, title)
        QThreadPool.globalInstance().start(worker.run)
        log.info("job %d started: %s", job_id, title)
        return job_id

    def _relay(self, job_id: int, kind: str, *args) -> None:
        # called from the worker's thread, or late after the window is gone: only emit while we exist
        if isValid(self):
            if kind == "ended":
                self._ended.emit(job_id)
            else:
                self._signals[kind].emit(job_id, *args)

    def cancel(self, job_id: int | None = None) -> None:
        """Ask a job (all when None) to stop at its next yield."""
        for i, running in list(self._jobs.items()):
            if job_id in (None, i):
                running.cancelled = True
                running.worker.abort.set()
                log.info("job %d cancelled", i)

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job, start no new one, and wait for their threads to end; False if some still run."""
        self._closed = True
        self.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        for running in list(self._jobs.values()):
            if not running.worker.done.wait(max(0.0, deadline - time.monotonic())):
                log.error("jobs still running after %d ms", timeout_ms)
                return False
        return True

    @Slot(int, object)
    def _on_yielded(self, job_id: int, step: object) -> None:
        running = self._jobs.get(job_id)
        if running is None or not isinstance(step, Progress):
            return
        running.last = step
        self.progressed.emit(job_id, step)
        if running.dialog is not None:
            _show(running.dialog, step)

    @Slot(int, object)
    def _on_returned(self, job_id: int, value: Any) -> None:
        running = self._jobs.get(job_id)
        if running is None or running.cancelled:
            return
        running.on_result(value)

    @Slot(int, object)
    def _on_errored(self, job_id: int, error: BaseException) -> None:
        running = self._jobs.get(job_id)
        if running is None or (running.cancelled and isinstance(error, CancelledError)):
            return
        (running.on_error or self._on_error)(error)

    @Slot(int)
    def _on_ended(self, job_id: int) -> None:
        running = self._jobs.pop(job_id, None)
        if running is None:
            return
        if running.dialog is not None:
            running.dialog.close()
            running.dialog.deleteLater()
        log.info("job %d ended%s", job_id, " (cancelled)" if running.cancelled else "")
        if running.on_end is not None:
            running.on_end(job_id)
        self.finished.emit(job_id)

    def _show_dialog(self, job_id: int) -> None:
        running = self._jobs.get(job_id)
        if running is None or running.dialog is not None:
            return
        dialog = QProgressDialog(running.title, self.tr("Cancel"), 0, 1000, self._window)
        dialog.setObjectName("job-progress")
        dialog.setWindowTitle(self.tr("Venue Planner"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if not running.worker.is_generator:
            dialog.setCancelButton(None)
        dialog.canceled.connect(partial(self.cancel, job_id))
        running.dialog = dialog
        _show(dialog, running.last)
        dialog.show()


def import_ahead(modules: Sequence[str]) -> threading.Thread:
    """Import `modules` on a new thread, in order, so that the GUI thread later finds them loaded.

    A module that fails to import is logged and skipped: the GUI thread imports it again where it needs it,
    and reports the error there. Python's import locks make a GUI-thread import of a module that this
    thread is importing wait until it is done.
    """

    def run() -> None:
        started = time.perf_counter()
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:
                log.exception("could not import %s ahead", name)
        log.info("imported ahead in %.0f ms: %s", (time.perf_counter() - started) * 1000, ", ".join(modules))

    thread = threading.Thread(target=run, name="import-ahead", daemon=True)
    thread.start()
    return thread


def _show(dialog: QProgressDialog, step: Progress) -> None:
    if math.isnan(step.fraction):
        dialog.setRange(0, 0)  # busy indicator
    else:
        dialog.setRange(0, 1000)
        dialog.setValue(round(min(max(step.fraction, 0.0), 1.0) * 1000))
    if step.message:
        dialog.setLabelText(step.message)
