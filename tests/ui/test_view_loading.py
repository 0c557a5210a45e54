"""The window loads its 3D view and result panels itself after it shows (ui.view_loading): through a failed
check, a failed VTK, a window hidden at once; nothing but the loader makes the view, and the docks that wait for
the result panels are laid out once, with no stray tab bar."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTabBar

import ui.export_dialog
import ui.report_panel
import ui.view_loading
from models import MarkerKind, Progress
from tests.ui.conftest import IMPORT_TIMEOUT_MS, open_and_wait
from ui.view_loading import ViewLoading
from ui.viewport import ViewUnavailableError
from ui.viewport_tools import Tool


def placeholder_text(window) -> str | None:
    label = window.viewport.findChild(QLabel, "viewport-placeholder")
    if label is not None and label.isHidden():  # gone: hidden, and deleted by Qt on its next turn
        return None
    return None if label is None else label.text()


def test_a_file_opened_at_start_shows_before_the_view_loads_then_the_window_loads_it_and_draws_the_hall(
    make_window, qtbot, sample
):
    loaded_when_shown = []
    window = make_window(show=False)
    window.session.project_changed.connect(lambda _: loaded_when_shown.append(window.viewport.is_loaded))
    window.show()
    window.files.open_path(sample("concert-hall.yaml"))  # as `venueplanner open FILE`: before the loop turns
    assert not window.viewport.is_loaded
    qtbot.waitUntil(lambda: window.viewport.is_loaded, timeout=IMPORT_TIMEOUT_MS)  # no render_now, no plotter
    assert loaded_when_shown[0] is False  # the venue was shown (tree, report) before the view existed
    assert placeholder_text(window) is None
    actors = window.viewport.plotter.actors
    # samples/concert-hall.yaml: two levels, L0 and L1, with spaces and openings on each
    assert {"floor@L0", "floor@L1", "openings@L0", "openings@L1", "connectors"} <= set(actors)
    qtbot.waitUntil(lambda: window.viewport.frames > 0, timeout=10_000)  # drawn by the view's own render()
    qtbot.waitUntil(lambda: window.has_results, timeout=IMPORT_TIMEOUT_MS)


def test_a_check_that_fails_ends_all_the_same_shows_its_error_and_the_view_and_panels_still_load(
    make_window, qtbot, sample, monkeypatch
):
    def broken_check(venue):
        raise RuntimeError("check exploded")

    monkeypatch.setattr(ui.report_panel, "validate", broken_check)
    window = make_window(file=sample("concert-hall.yaml"))
    qtbot.waitUntil(lambda: window.session.venue is not None and window.jobs.running == 0, timeout=IMPORT_TIMEOUT_MS)
    assert not window.report_panel.checking
    assert "check exploded" in window.report_panel.summary.text()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error-message") is not None, timeout=5_000)
    # well under the settle ceiling: nothing waits for a check that has already ended
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.viewport.is_loaded and window.has_results, timeout=IMPORT_TIMEOUT_MS)
    assert time.monotonic() - started < ui.view_loading.SETTLE_CEILING_S


def test_a_window_that_never_settles_loads_its_view_after_the_ceiling(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(ui.view_loading, "SETTLE_CEILING_S", 0.5)
    monkeypatch.setattr(ViewLoading, "settled", lambda self: False)  # a job or a check that never ends
    window = make_window()
    qtbot.waitUntil(lambda: window.viewport.is_loaded, timeout=30_000)


def test_the_ceiling_never_runs_out_while_a_file_is_being_opened(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(ui.view_loading, "SETTLE_CEILING_S", 0.3)
    monkeypatch.setattr(ViewLoading, "settled", lambda self: False)
    window = make_window(show=False)
    window.files.opening_job = -1  # a file being opened (a large IFC import holds the window for minutes)
    window.show()
    qtbot.wait(1000)  # over three times the ceiling
    assert not window.viewport.is_loaded
    window.files.opening_job = None  # read: the ceiling counts from now
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.viewport.is_loaded, timeout=30_000)
    assert time.monotonic() - started >= 0.3


def test_a_window_hidden_before_the_loader_first_looks_loads_its_view_when_shown_again(make_window, qtbot):
    window = make_window(show=False)
    window.show()
    window.hide()  # before the event loop turns: the loader's first look finds the window hidden
    qtbot.wait(100)
    assert not window.viewport.is_loaded
    window.show()
    qtbot.waitUntil(lambda: window.viewport.is_loaded, timeout=30_000)


def test_when_vtk_cannot_be_loaded_the_view_says_why_and_is_not_tried_again(make_window, qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyvistaqt", None)  # `import pyvistaqt` raises ImportError
    window = make_window()
    view = window.viewport
    qtbot.waitUntil(lambda: view.failure is not None, timeout=30_000)
    assert isinstance(view.failure, ImportError)
    assert not view.is_loaded
    assert placeholder_text(window).startswith("The 3D view could not be loaded: ")
    assert "pyvistaqt" in placeholder_text(window)
    monkeypatch.delitem(sys.modules, "pyvistaqt")  # importable again: still not tried again
    with pytest.raises(ViewUnavailableError, match="pyvistaqt"):
        _ = view.plotter
    assert not view.is_loaded
    qtbot.wait(200)
    assert not window.has_results  # they draw in the view


@pytest.fixture
def held_window(make_window, monkeypatch, qtbot, sample):
    """A window showing the concert hall whose 3D view the loader has not loaded (held back)."""
    monkeypatch.setattr(ViewLoading, "start", lambda self: None)
    window = make_window(file=sample("concert-hall.yaml"))
    qtbot.waitUntil(lambda: window.session.venue is not None and window.jobs.running == 0, timeout=IMPORT_TIMEOUT_MS)
    return window


def test_choosing_a_tool_before_the_view_is_loaded_keeps_it_for_the_view_without_loading_it(held_window, qtbot):
    window, view = held_window, held_window.viewport
    chosen = []
    view.tools.tool_changed.connect(chosen.append)
    window.actions.place_actions[MarkerKind.STAGING_POINT].trigger()  # Tools > Place Marker > ...
    assert not view.is_loaded
    assert view.tools.marker_kind == MarkerKind.STAGING_POINT
    window.actions.select_tool.trigger()  # S
    window.actions.measure_tool.trigger()  # M
    assert not view.is_loaded
    assert chosen == [Tool.PLACE, Tool.SELECT, Tool.MEASURE]
    assert window.statusBar().currentMessage().startswith("Measure:")
    view.load()
    assert view.plotter.cursor().shape() == Qt.CursorShape.CrossCursor  # the kept tool, applied on load
    qtbot.keyClick(view.plotter, Qt.Key.Key_Escape)
    assert view.tools.tool == Tool.SELECT
    assert view.plotter.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_screenshot_action_waits_for_the_view(held_window):
    screenshot = held_window.actions.screenshot
    assert held_window.session.venue is not None
    assert not screenshot.isEnabled()
    held_window.viewport.load()
    assert screenshot.isEnabled()


def stray_tab_bars(window) -> list[list[str]]:
    """The tabs of visible tab bars that lie within the venue tree's dock (none belongs there)."""
    tree = window.docks["tree"].geometry()
    stray = []
    for bar in window.findChildren(QTabBar):
        if bar.isVisible() and tree.intersects(QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())):
            stray.append([bar.tabText(i) for i in range(bar.count())])
    return stray


def test_the_result_docks_are_tabbed_once_with_no_stray_tab_bar_under_the_venue_tree(make_window, qtbot, sample):
    window = make_window(show=False)
    window.resize(1400, 900)
    window.show()
    window.files.open_path(sample("concert-hall.yaml"))
    qtbot.waitExposed(window)
    assert stray_tab_bars(window) == []  # as the window first shows
    qtbot.waitUntil(lambda: window.has_results, timeout=IMPORT_TIMEOUT_MS)
    qtbot.wait(50)
    assert stray_tab_bars(window) == []  # and with the result panels in their docks
    docks = window.docks
    left = [n for n, d in docks.items() if window.dockWidgetArea(d) == Qt.DockWidgetArea.LeftDockWidgetArea]
    assert left == ["tree"]
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.dockWidgetArea(docks["report"]) == window.dockWidgetArea(docks["rehearsal"]) == bottom
    assert window.tabifiedDockWidgets(docks["report"]) == [docks["rehearsal"]]
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert {window.dockWidgetArea(docks[n]) for n in ("inspector", "routes", "evacuation")} == {right}
    assert set(window.tabifiedDockWidgets(docks["inspector"])) == {docks["routes"], docks["evacuation"]}
    assert not docks["report"].visibleRegion().isEmpty()  # the report and the inspector are the tabs shown
    assert not docks["inspector"].visibleRegion().isEmpty()


def test_the_layout_the_user_left_is_restored_over_the_tabbed_docks(make_window, qtbot, settings):
    first = make_window()
    first.removeDockWidget(first.docks["rehearsal"])
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["rehearsal"])
    first.docks["rehearsal"].show()
    first.close()  # saves the layout in the settings
    second = make_window(settings)
    assert second.dockWidgetArea(second.docks["rehearsal"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.tabifiedDockWidgets(second.docks["report"]) == []


def test_reopening_the_export_dialog_while_its_pack_is_built_keeps_the_dialog_its_result_comes_back_to(
    make_window, qtbot, sample, tmp_path, monkeypatch
):
    def slow_export(project, options, routes, path):
        for i in range(20):
            time.sleep(0.02)
            yield Progress(i / 20, "building")
        return path, 4, b""

    monkeypatch.setattr(ui.export_dialog, "iter_export", slow_export)
    window = make_window()
    open_and_wait(window, qtbot, sample("concert-hall.yaml"))
    dialog = window.results.show_export()
    dialog.export_to(tmp_path / "hall.pdf")
    assert window.results.show_export() is dialog  # File > Export Briefing Pack again, while it builds
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=10_000)
    assert dialog.written == tmp_path / "hall.pdf" and dialog.pages == 4
    assert window.results.show_export() is not dialog  # done: a new dialog, for the venue as it is now
