"""Long work off the GUI thread: a Job generator runs on a superqt worker, with progress and cancel.

A job (:data:`models.progress.Job`) yields :class:`~models.progress.Progress` at
safe points and returns its result. :class:`JobRunner` starts it on the
thread pool, shows a progress dialog if it lasts (after :data:`DIALOG_DELAY_MS`),
cancels it at the next yield when the user asks, and calls back on the GUI
thread: the worker's signals are connected to this QObject's methods, so Qt
queues them to the thread it lives on.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid
from superqt.utils import FunctionWorker, GeneratorWorker, WorkerBase, create_worker

from models import CancelledError, Progress

log = logging.getLogger(__name__)

#: A job that ends sooner than this shows no dialog (milliseconds).
DIALOG_DELAY_MS = 400


@dataclass
class _Running:
    worker: WorkerBase
    title: str
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
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
        dialog: bool = True,
        **kwargs: Any,
    ) -> int:
        """Run ``job_fn(*args, **kwargs)`` off the GUI thread; returns the job's id.

        `job_fn` is a generator function (a Job: progress and cancel) or a plain
        function (no progress, cannot be cancelled before it ends). `on_result`
        gets its return value, `on_error` (default: the runner's) any exception,
        both on the GUI thread; a cancelled job calls neither.
        """
        if self._closed:
            log.warning("job %r not started: the window is closing", title)
            return 0
        job_id = next(self._ids)
        worker = create_worker(job_fn, *args, _start_thread=False, _ignore_errors=True, **kwargs)
        running = _Running(worker, title, on_result, on_error)
        self._jobs[job_id] = running
        if isinstance(worker, GeneratorWorker):
            worker.yielded.connect(partial(self._relay, self._yielded, job_id))
            worker.aborted.connect(partial(self._relay, self._ended, job_id))
        worker.returned.connect(partial(self._relay, self._returned, job_id))
        worker.errored.connect(partial(self._relay, self._errored, job_id))
        worker.finished.connect(partial(self._relay, self._ended, job_id))
        if dialog:
            QTimer.singleShot(DIALOG_DELAY_MS, self, partial(self._show_dialog, job_id))
        self.started.emit(job_id, title)
        worker.start()
        log.info("job %d started: %s", job_id, title)
        return job_id

    def _relay(self, signal, job_id: int, *args) -> None:
        # called from the worker's thread, or late after the window is gone: only emit while we exist
        if isValid(self):
            signal.emit(job_id, *args)

    def cancel(self, job_id: int | None = None) -> None:
        """Ask a job (all when None) to stop at its next yield."""
        for i, running in list(self._jobs.items()):
            if job_id in (None, i):
                running.cancelled = True
                running.worker.quit()
                log.info("job %d cancelled", i)

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job, start no new one, and wait for the threads to end; False if some still run."""
        self._closed = True
        self.cancel()
        try:
            WorkerBase.await_workers(timeout_ms)
        except RuntimeError:
            log.error("jobs still running after %d ms", timeout_ms)
            return False
        for running in self._jobs.values():  # their end is queued to a window that is closing: finish them here
            _close_generator(running.worker)
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
        if running.cancelled:
            _close_generator(running.worker)
        log.info("job %d ended%s", job_id, " (cancelled)" if running.cancelled else "")
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
        if isinstance(running.worker, FunctionWorker):
            dialog.setCancelButton(None)
        dialog.canceled.connect(partial(self.cancel, job_id))
        running.dialog = dialog
        _show(dialog, running.last)
        dialog.show()


def _close_generator(worker: WorkerBase) -> None:
    """superqt stops a cancelled generator without closing it: close it, so that its `finally` runs now."""
    generator = getattr(worker, "_gen", None) if isinstance(worker, GeneratorWorker) else None
    if generator is not None:
        generator.close()


def _show(dialog: QProgressDialog, step: Progress) -> None:
    if math.isnan(step.fraction):
        dialog.setRange(0, 0)  # busy indicator
    else:
        dialog.setRange(0, 1000)
        dialog.setValue(round(min(max(step.fraction, 0.0), 1.0) * 1000))
    if step.message:
        dialog.setLabelText(step.message)
