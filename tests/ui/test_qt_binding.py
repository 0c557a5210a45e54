"""The Qt binding keeps Python's reference counts right (a release that does not crashes at random).

PySide6 6.12.0 on Python 3.11 drops a reference to None, True or False on each
call between Qt and Python (a signal delivered to a Python slot, a thread-pool
runnable): once a count reaches zero the process aborts ("deallocating None"),
and before that, objects are freed under live widgets. Python 3.12 and later
never free these three objects, which may be why it went unnoticed; this
project runs on 3.11. ``pyproject.toml`` keeps such a release out; these tests
fail if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

CALLS = 2_000
#: The counts of None, True and False move a little with whatever else runs; a leak moves them by CALLS.
SLACK = 50


class Emitter(QObject):
    fired = Signal()
    flag = Signal(bool)


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def changed(before: tuple[int, int, int]) -> list[int]:
    return [after - b for after, b in zip(counts(), before, strict=True)]


def test_signals_delivered_to_python_slots_keep_the_counts_of_none_true_and_false(qapp):
    emitter = Emitter()
    received = []
    emitter.fired.connect(lambda: None)
    emitter.flag.connect(received.append)
    before = counts()
    for i in range(CALLS):
        emitter.fired.emit()
        emitter.flag.emit(i % 2 == 0)
    assert len(received) == CALLS
    received.clear()
    assert all(abs(d) < SLACK for d in changed(before)), changed(before)


def test_thread_pool_calls_and_events_handled_in_python_keep_the_count_of_none(qapp):
    # The job runner (ui.jobs) hands the pool a Python callable, as here. (A QRunnable subclass made
    # in Python would be deleted by the pool on its own thread, which a test must not do either.)
    def task() -> None:
        return None

    class Receiver(QObject):
        def customEvent(self, event) -> None:
            return None

    receiver = Receiver()
    before = counts()
    pool = QThreadPool.globalInstance()
    for _ in range(CALLS):
        pool.start(task)
        QCoreApplication.sendEvent(receiver, QEvent(QEvent.Type.User))
    pool.waitForDone()
    assert all(abs(d) < SLACK for d in changed(before)), changed(before)
