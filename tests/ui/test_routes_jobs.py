"""The Routes panel and its computations: one opened over another, cancelled, or outrun by an edit."""

from __future__ import annotations

import threading

import pytest

import ui.routes_panel
from models import Progress
from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute
from venueplanner import ops

#: Seconds a held computation waits at most for its gate (a failed test must not hang).
HOLD_S = 20


def hold_computations(monkeypatch) -> threading.Event:
    """Make the panel's computations wait, after their first progress, until the event returned is set.

    They then run :func:`ui.routes_panel.compute_routes` as usual; a computation cancelled meanwhile stops
    at its next progress, as a real one would.
    """
    gate = threading.Event()
    real = ui.routes_panel.compute_routes

    def held(*args, **kwargs):
        yield Progress(0.0, "held")
        gate.wait(HOLD_S)
        return (yield from real(*args, **kwargs))

    monkeypatch.setattr(ui.routes_panel, "compute_routes", held)
    return gate


def start(window, source: str, target: str):
    panel = window.results.routes
    panel.start.setText(source)
    panel.target.setText(target)
    panel.count.setValue(1)
    panel.compute.click()
    assert panel.job and not panel.compute.isEnabled() and not panel.save.isEnabled()
    return panel


def route_actors(window) -> list[str]:
    return [name for name in window.viewport.plotter.actors if name.startswith("route-")]


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def test_routes_still_computed_when_another_file_opens_are_never_drawn_over_it(hall_window, qtbot, monkeypatch, sample):
    gate = hold_computations(monkeypatch)
    panel = start(hall_window, "STG-1", "REGIE")
    hall = hall_window.session.venue
    hall_window.files.open_path(sample("office.yaml"))  # no STG-1 nor REGIE there: their directions would fail
    qtbot.waitUntil(
        lambda: hall_window.files.opening_job is None and hall_window.session.venue is not hall, timeout=60_000
    )
    gate.set()
    qtbot.waitUntil(lambda: panel.job == 0, timeout=30_000)
    assert panel.routes == [] and panel.steps_list.count() == 0 and panel.summary.text() == ""
    assert route_actors(hall_window) == [] and not panel.save.isEnabled() and panel.compute.isEnabled()


def test_routes_computed_before_an_edit_are_not_shown_and_the_panel_says_so(hall_window, qtbot, monkeypatch):
    gate = hold_computations(monkeypatch)
    panel = start(hall_window, "STG-1", "REGIE")
    assert hall_window.apply(ops.delete_marker, "REGIE")  # the target is gone from the venue now shown
    gate.set()
    qtbot.waitUntil(lambda: panel.job == 0, timeout=30_000)
    assert panel.summary.text() == "The venue changed while the routes were computed: compute them again."
    assert panel.routes == [] and route_actors(hall_window) == [] and not panel.save.isEnabled()
    assert panel.compute.isEnabled()


def test_a_cancelled_computation_leaves_the_routes_shown_and_they_can_still_be_saved(hall_window, qtbot, monkeypatch):
    panel = compute(hall_window, qtbot, "STG-1", "REGIE")
    shown, summary = panel.route, panel.summary.text()
    assert panel.save.isEnabled()
    gate = hold_computations(monkeypatch)
    start(hall_window, "REGIE", "STG-1")
    assert panel.summary.text() == "Computing…"
    hall_window.jobs.cancel(panel.job)  # the progress dialog's Cancel
    gate.set()
    qtbot.waitUntil(lambda: panel.job == 0, timeout=30_000)
    assert panel.route is shown and panel.summary.text() == summary and "route-0" in route_actors(hall_window)
    assert panel.save.isEnabled() and panel.compute.isEnabled()
    route_id = panel.save_current("Régie")
    saved = hall_window.session.project.routes[route_id]
    assert (saved.origin, saved.target) == ("STG-1", "REGIE")  # the routes shown, not the request cancelled
