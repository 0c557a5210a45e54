"""File > Export Briefing Pack: options, built in a child process, written atomically, page 1 previewed."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

import ui.export_child
import ui.export_dialog
import venueplanner.briefing
import venueplanner.briefing.pack
from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute
from ui.file_controller import Answer
from venueplanner import ops


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


@pytest.fixture
def children(monkeypatch) -> list[subprocess.Popen]:
    """The export child processes started during the test, as they start."""
    started = []

    class Recording(subprocess.Popen):
        def __init__(self, args, *rest, **kwargs):
            super().__init__(args, *rest, **kwargs)
            if "ui.export_child" in args:
                started.append(self)

    monkeypatch.setattr(subprocess, "Popen", Recording)
    return started


@pytest.fixture
def no_pack_here(monkeypatch) -> list:
    """Calls of iter_assemble in this (the window's) process: there must be none."""
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError("the pack was built in the window's process")

    for module in (venueplanner.briefing, venueplanner.briefing.pack, ui.export_child):
        monkeypatch.setattr(module, "iter_assemble", refuse)
    return calls


@pytest.mark.render
def test_exporting_the_cover_and_level_plans_writes_a_pdf_with_one_page_each_and_a_preview(
    hall_window, qtbot, tmp_path
):
    dialog = hall_window.results.show_export()
    assert dialog.language.currentData() == "en"  # the interface's language
    dialog.set_checked(dialog.sections, {"cover", "levels"})
    dialog.set_checked(dialog.levels, {"L0", "L1"})
    dialog.classification.setText("DIFFUSION RESTREINTE")
    target = tmp_path / "hall.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(target)
    # cover (1 page) + one plan per level (2 levels) = 3 pages
    assert len(reader.pages) == 3 == dialog.pages
    assert "DIFFUSION RESTREINTE" in reader.pages[0].extract_text()
    assert dialog.status.text() == "Saved hall.pdf (3 pages)"
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # page 1, portrait A4
    assert not list(tmp_path.glob("*.tmp*"))  # nothing left beside the file


@pytest.mark.render
def test_a_computed_route_becomes_a_route_card(hall_window, qtbot, tmp_path):
    compute(hall_window, qtbot, "STG-1", "REGIE")
    dialog = hall_window.results.show_export()
    assert dialog.routes.count() == 1 + len(hall_window.session.project.routes)
    dialog.set_checked(dialog.sections, {"routes"})
    dialog.set_checked(dialog.routes, {"computed:0"})
    dialog.export_to(tmp_path / "route.pdf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    text = PdfReader(tmp_path / "route.pdf").pages[0].extract_text()
    # the card of the route computed in the panel: STG-1 (the boulevard staging point) to the sound desk, 42 m, 46 s
    assert "Route card 1: Point de mise en place, boulevard" in text
    assert "In all 42 m, about 46 s" in text


def temporary_folder(child: subprocess.Popen) -> Path:
    """The folder of the project copy and request a child was given (``-m ui.export_child PROJECT REQUEST OUT``)."""
    return Path(child.args[3]).parent


@pytest.mark.render
def test_the_pack_is_built_in_a_child_process_and_never_in_the_window_s_process(
    hall_window, qtbot, tmp_path, children, no_pack_here
):
    dialog = hall_window.results.show_export()
    dialog.set_checked(dialog.sections, {"cover"})
    target = tmp_path / "cover.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    assert [c.args[1:3] + c.args[-1:] for c in children] == [["-m", "ui.export_child", str(target)]]
    assert children[0].returncode == 0 and not no_pack_here
    assert dialog.pages == len(PdfReader(target).pages) == 1  # the cover alone
    assert not temporary_folder(children[0]).exists()  # the project copy and the request are gone


@pytest.mark.render
def test_the_child_prints_the_project_as_it_is_in_the_window_unsaved_edits_included(hall_window, qtbot, tmp_path):
    ops.rename_element(hall_window.session, "L1", "Balcon (renommé)")
    assert hall_window.session.is_modified  # not saved anywhere: the child can only know it from the dialog
    dialog = hall_window.results.show_export()
    dialog.set_checked(dialog.sections, {"levels"})
    dialog.set_checked(dialog.levels, {"L1"})
    dialog.export_to(tmp_path / "renamed.pdf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    reader = PdfReader(tmp_path / "renamed.pdf")
    assert len(reader.pages) == 1 == dialog.pages  # the plan of L1 alone
    assert "Level plan: L1 Balcon (renommé)" in reader.pages[0].extract_text()


@pytest.mark.render
def test_a_password_reaches_the_child_and_encrypts_the_pack_but_is_not_written_to_disk(
    hall_window, qtbot, tmp_path, monkeypatch
):
    requests = []
    real = ui.export_dialog.request_dict
    monkeypatch.setattr(ui.export_dialog, "request_dict", lambda o, r: requests.append(real(o, r)) or requests[-1])
    dialog = hall_window.results.show_export()
    dialog.set_checked(dialog.sections, {"cover"})
    dialog.password.setText("correct horse")
    dialog.export_to(tmp_path / "locked.pdf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    reader = PdfReader(tmp_path / "locked.pdf")
    assert reader.is_encrypted and reader.decrypt("correct horse")
    assert len(reader.pages) == 1 == dialog.pages
    assert len(requests) == 1 and "correct horse" not in json.dumps(requests[0])  # REQUEST.json: no password
    assert not dialog.preview.pixmap().isNull()  # pdftoppm opened it with the password


@pytest.mark.render
def test_cancelling_an_export_kills_the_child_and_leaves_no_file_and_no_temporary_folder(
    hall_window, qtbot, tmp_path, children
):
    steps = []
    hall_window.jobs.progressed.connect(lambda _job, step: steps.append(step.message))
    dialog = hall_window.results.show_export()  # every section: several seconds of work in the child
    out = tmp_path / "out"
    out.mkdir()
    dialog.export_to(out / "hall.pdf")
    job = dialog._job
    # wait until the child is at work (its own progress has arrived), then cancel
    qtbot.waitUntil(lambda: bool(children) and any(m not in ("preparing the pack", "building the pack") for m in steps),
                    timeout=60_000)  # fmt: skip
    assert children[0].poll() is None, "the child ended before it could be cancelled"
    hall_window.jobs.cancel(job)
    qtbot.waitUntil(lambda: hall_window.jobs.running == 0 and dialog._job == 0, timeout=30_000)
    assert children[0].returncode == -signal.SIGKILL
    assert list(out.iterdir()) == []  # neither the pack nor a temporary file beside it
    assert not temporary_folder(children[0]).exists()
    assert dialog.written is None and dialog.export_button.isEnabled()
    assert hall_window.findChild(QMessageBox, "error-message") is None  # a cancel is not an error


@pytest.mark.render
def test_closing_the_window_during_an_export_kills_the_child(hall_window, qtbot, tmp_path, children):
    dialog = hall_window.results.show_export()
    out = tmp_path / "out"
    out.mkdir()
    dialog.export_to(out / "hall.pdf")
    qtbot.waitUntil(lambda: bool(children), timeout=60_000)
    hall_window.files.ask_save_changes = lambda: Answer.DISCARD
    assert hall_window.close()  # waits for the jobs: the export's is cancelled
    qtbot.waitUntil(lambda: children[0].poll() is not None, timeout=30_000)
    assert children[0].returncode == -signal.SIGKILL
    assert list(out.iterdir()) == [] and not temporary_folder(children[0]).exists()


def test_an_option_the_child_refuses_is_shown_as_a_message_naming_the_file(hall_window, qtbot, tmp_path, children):
    dialog = hall_window.results.show_export()
    dialog.set_checked(dialog.sections, {"cover"})
    dialog.password.setText("abc")
    dialog.export_to(tmp_path / "short.pdf")
    qtbot.waitUntil(lambda: hall_window.findChild(QMessageBox, "error-message") is not None, timeout=120_000)
    box = hall_window.findChild(QMessageBox, "error-message")
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "short.pdf: password '***': use at least 8 characters on one line"
    qtbot.waitUntil(lambda: dialog._job == 0, timeout=30_000)
    assert children[0].returncode == 1 and not (tmp_path / "short.pdf").exists()
    assert dialog.written is None and dialog.export_button.isEnabled()


def test_an_unexpected_failure_in_the_child_shows_the_child_s_details(
    hall_window, qtbot, tmp_path, children, monkeypatch
):
    real = ui.export_dialog.request_dict
    # a request the child cannot read: a computed route without its legs
    monkeypatch.setattr(ui.export_dialog, "request_dict", lambda o, r: {**real(o, r), "routes": [{"format": 1}]})
    dialog = hall_window.results.show_export()
    dialog.set_checked(dialog.sections, {"cover"})
    dialog.export_to(tmp_path / "broken.pdf")
    qtbot.waitUntil(lambda: hall_window.findChild(QMessageBox, "error-message") is not None, timeout=120_000)
    box = hall_window.findChild(QMessageBox, "error-message")
    assert box.icon() == QMessageBox.Icon.Critical  # the bug dialog
    details = box.detailedText()
    assert "ValueError: route dict without the field 'legs'" in details
    assert "ui/export_child.py" in details  # the child's own traceback, not only the window's
    assert not (tmp_path / "broken.pdf").exists()
