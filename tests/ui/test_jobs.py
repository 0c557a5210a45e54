"""Long work runs off the GUI thread: results and errors come back to it, cancel stops at the next yield,
and the window keeps handling events while the largest shared IFC file is imported."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from models import Progress
from tests.ui.conftest import IMPORT_TIMEOUT_MS, open_and_wait


def counting_job(n: int, pause: float = 0.0):
    for i in range(n):
        time.sleep(pause)
        yield Progress(i / n, f"step {i}")
    return (n, threading.get_ident())


def failing_job():
    yield Progress(0.0, "about to fail")
    raise ValueError("bad input")


def test_a_job_returns_its_result_on_the_gui_thread_with_its_progress(main_window, qtbot):
    results, steps = [], []
    main_window.jobs.progressed.connect(lambda _, step: steps.append(step))
    main_window.run_job(
        counting_job, 5, title="Counting", on_result=lambda r: results.append((r, threading.get_ident()))
    )
    qtbot.waitUntil(lambda: bool(results) and main_window.jobs.running == 0, timeout=10_000)
    (n, worker_thread), callback_thread = results[0]
    assert n == 5
    assert worker_thread != threading.get_ident()  # the work ran elsewhere
    assert callback_thread == threading.get_ident()  # the result came back here
    assert [s.message for s in steps] == [f"step {i}" for i in range(5)]


def test_a_failing_job_reports_its_error_to_the_caller(main_window, qtbot):
    errors = []
    main_window.run_job(failing_job, title="Failing", on_result=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad input"


def test_a_cancelled_job_stops_at_its_next_yield_and_returns_nothing(main_window, qtbot):
    results = []
    job = main_window.run_job(counting_job, 1000, 0.01, title="Long", on_result=results.append)
    qtbot.waitUntil(lambda: main_window.jobs.running == 1, timeout=5_000)
    started = time.perf_counter()
    main_window.jobs.cancel(job)
    qtbot.waitUntil(lambda: main_window.jobs.running == 0, timeout=5_000)
    assert time.perf_counter() - started < 2.0  # 1000 steps of 10 ms would take 10 s
    assert results == []


def test_the_progress_dialog_appears_for_a_long_job_and_its_cancel_button_works(main_window, qtbot):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    main_window.run_job(counting_job, 1000, 0.01, title="Counting slowly", on_result=lambda r: None)
    qtbot.waitUntil(lambda: main_window.findChild(QProgressDialog, "job-progress") is not None, timeout=5_000)
    dialog = main_window.findChild(QProgressDialog, "job-progress")
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    assert dialog.labelText().startswith("step ")
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: main_window.jobs.running == 0, timeout=5_000)


@pytest.mark.slow
def test_the_window_keeps_handling_events_while_the_largest_ifc_file_is_imported(main_window, qtbot, shared_sample):
    # A timer that should tick every 10 ms: the longest wait between two ticks, from the start of the
    # import until its result is handed to the window, is how long the window could not react.
    ticks: list[float] = []
    timer = QTimer(main_window)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    handed_over: list[float] = []
    # report_changed is the session's first signal when it receives the project (before the views redraw)
    main_window.session.report_changed.connect(lambda _: handed_over.append(time.perf_counter()))
    main_window.files.open_path(shared_sample("ifc/AC11-Institute-Var-2-IFC.ifc"))
    qtbot.waitUntil(lambda: bool(handed_over), timeout=IMPORT_TIMEOUT_MS)
    start, end = ticks[0], handed_over[0]
    during = [t for t in ticks if t <= end] + [end]
    gaps = [b - a for a, b in itertools.pairwise(during)]
    assert end - start > 1.0, "the import was too short to show anything"
    assert max(gaps) < 0.2, f"the window stalled for {max(gaps) * 1000:.0f} ms during the import"
    timer.stop()
    venue = main_window.session.venue
    assert len(venue.levels) > 1 and len(venue.spaces) > 0 and len(venue.context) > 0


@pytest.mark.slow
def test_cancelling_an_import_keeps_the_venue_that_was_open(main_window, qtbot, sample, shared_sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    job = main_window.files.open_path(shared_sample("ifc/AC11-Institute-Var-2-IFC.ifc"))
    qtbot.wait(300)
    main_window.jobs.cancel(job)
    qtbot.waitUntil(lambda: main_window.jobs.running == 0, timeout=IMPORT_TIMEOUT_MS)
    qtbot.wait(100)
    assert main_window.session.venue.name == "Le Zéphyr"
    assert main_window.files.opening_job is None or main_window.files.opening_job == job


def import_children(marker: str) -> list[str]:
    """Command lines of running child imports whose arguments contain `marker`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"ui.import_child" in args and any(marker.encode() in a for a in args):
            found.append(cmdline.parent.name)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads running processes from /proc")
def test_closing_the_window_during_an_import_stops_the_child_process(make_window, qtbot, tmp_path, shared_sample):
    window = make_window()
    link = tmp_path / "institute.ifc"  # a link, so that the child process is recognised by its arguments
    link.symlink_to(shared_sample("ifc/AC11-Institute-Var-2-IFC.ifc"))
    window.files.open_path(link)
    qtbot.waitUntil(lambda: bool(import_children(str(tmp_path))), timeout=30_000)
    window.close()
    qtbot.waitUntil(lambda: not import_children(str(tmp_path)), timeout=10_000)
    assert window.jobs.running == 0 or not window.isVisible()
