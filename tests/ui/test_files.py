"""Files in the window: save and reopen, the question before losing work, autosave and recovery, drops, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import open_and_wait
from ui.autosave import find_recoveries
from ui.file_controller import Answer
from venueplanner import ops
from venueplanner.project import load_project


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def wait_for_jobs(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.jobs.running == 0, timeout=30_000)


def test_saving_and_reopening_gives_the_same_project(hall_window, qtbot, tmp_path, sample):
    session = hall_window.session
    ops.place_marker(session, "target", "L1", (20.0, 20.0), label="Cible")
    ops.set_opening_width(session, "D05", 2.6)
    saved = session.project
    path = tmp_path / "zephyr.venue"
    hall_window.files.save_to(path)
    wait_for_jobs(hall_window, qtbot)
    assert not session.is_modified and session.path == path
    assert "zephyr.venue" in hall_window.windowTitle() and not hall_window.isWindowModified()
    assert load_project(path) == saved
    open_and_wait(hall_window, qtbot, sample("office.yaml"))
    open_and_wait(hall_window, qtbot, path)
    assert session.project == saved  # venue, scenarios, routes and the edit log
    assert [e.op for e in session.project.edit_log] == ["place_marker", "set_opening_width"]
    assert hall_window.settings.recent_files[:2] == [path.resolve(), sample("office.yaml").resolve()]
    assert [a.text() for a in hall_window.actions.recent_menu.actions()][:2] == ["zephyr.venue", "office.yaml"]


def test_cancelling_the_question_keeps_the_unsaved_work(hall_window, qtbot, sample):
    ops.rename_element(hall_window.session, "bar", "Bar")
    hall_window.files.ask_save_changes = lambda: Answer.CANCEL
    assert hall_window.files.open_path(sample("office.yaml")) is None
    assert hall_window.session.venue.name == "Le Zéphyr"
    assert not hall_window.close()  # closing asks the same question
    assert hall_window.isVisible()
    hall_window.files.ask_save_changes = lambda: Answer.DISCARD
    open_and_wait(hall_window, qtbot, sample("office.yaml"))
    assert hall_window.session.venue.name != "Le Zéphyr"


def test_saving_when_asked_writes_the_file_before_going_on(hall_window, qtbot, tmp_path, sample):
    ops.rename_element(hall_window.session, "bar", "Le bar")
    path = tmp_path / "asked.venue"
    hall_window.files.ask_save_changes = lambda: Answer.SAVE
    hall_window.files.ask_save_path = lambda: path
    open_and_wait(hall_window, qtbot, sample("office.yaml"))
    assert load_project(path).venue.space("bar").name == "Le bar"


def test_autosave_keeps_unsaved_work_that_a_new_window_offers_to_restore(hall_window, qtbot, make_window, settings):
    ops.rename_element(hall_window.session, "pit", "Fosse (après)")
    assert hall_window.autosave.autosave_now() is not None
    wait_for_jobs(hall_window, qtbot)
    assert hall_window.autosave.autosave_now() is None  # nothing new since
    assert find_recoveries(settings.recovery_dir) == []  # its window is still open: not offered
    hall_window.autosave._lock.unlock()  # what a crash leaves: the files, and no live owner
    hall_window.autosave._lock = None
    [recovery] = find_recoveries(settings.recovery_dir)
    assert recovery.name == "Le Zéphyr" and recovery.source.endswith("concert-hall.yaml")

    second = make_window()
    second.dialogs.ask_restore = lambda r: QMessageBox.StandardButton.Yes
    second.dialogs.offer_recovery()
    assert second.session.venue.space("pit").name == "Fosse (après)"
    assert second.session.is_modified and second.session.path is None
    assert find_recoveries(settings.recovery_dir) == []  # adopted by the second window


def test_saving_removes_the_recovery_file(hall_window, qtbot, tmp_path):
    ops.rename_element(hall_window.session, "pit", "x")
    hall_window.autosave.autosave_now()
    wait_for_jobs(hall_window, qtbot)
    assert hall_window.autosave.path.exists()
    hall_window.files.save_to(tmp_path / "saved.venue")
    wait_for_jobs(hall_window, qtbot)
    assert not hall_window.autosave.path.exists()


def test_dropping_a_plan_on_the_window_opens_it(main_window, qtbot, sample):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sample("office.yaml")))])
    event = QDropEvent(
        QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    main_window.dropEvent(event)
    qtbot.waitUntil(lambda: main_window.session.venue is not None, timeout=30_000)
    assert event.isAccepted()


def test_a_broken_plan_shows_its_error_naming_the_file_and_changes_nothing(hall_window, qtbot):
    broken = "tests/data/bad_plans/negative-width.yaml"
    hall_window.files.open_path(broken)
    qtbot.waitUntil(lambda: hall_window.findChild(QMessageBox, "error-message") is not None, timeout=30_000)
    box = hall_window.findChild(QMessageBox, "error-message")
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("negative-width.yaml")
    assert "Traceback" not in box.text() and box.detailedText() == ""
    assert hall_window.session.venue.name == "Le Zéphyr"
    box.close()


def test_an_unexpected_error_gets_the_bug_dialog_with_details_folded(main_window):
    from ui.notifications import show_error

    try:
        {}["missing"]
    except KeyError as e:
        box = show_error(main_window, e)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "internal error" in box.text() and "KeyError" not in box.text()
    assert "KeyError: 'missing'" in box.detailedText()
    box.close()


def test_a_broken_ifc_file_read_in_the_child_process_gives_the_readers_error(main_window, qtbot, tmp_path):
    broken = tmp_path / "broken.ifc"
    broken.write_text("ISO-10303-21;\nthis is not a model\n", encoding="ascii")
    main_window.files.open_path(broken)
    qtbot.waitUntil(lambda: main_window.findChild(QMessageBox, "error-message") is not None, timeout=60_000)
    box = main_window.findChild(QMessageBox, "error-message")
    assert box.icon() == QMessageBox.Icon.Warning  # an expected failure, not the bug dialog
    assert box.text().startswith("broken.ifc")
    assert main_window.session.venue is None
    box.close()


def test_an_error_escaping_a_slot_reaches_the_bug_dialog_through_the_excepthook(main_window):
    import sys

    from ui.notifications import install_excepthook

    previous = install_excepthook(lambda: main_window)
    try:
        try:
            raise RuntimeError("a slot failed")
        except RuntimeError as e:
            sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.excepthook = previous
    box = main_window.findChild(QMessageBox, "error-message")
    assert box.icon() == QMessageBox.Icon.Critical and "RuntimeError: a slot failed" in box.detailedText()
    box.close()
