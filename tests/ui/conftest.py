"""Desktop application tests: a real window under a virtual X display, rendering with Mesa.

pytest-xvfb starts Xvfb (when no DISPLAY is set) while pytest configures,
which is after this file may have been imported; the xcb platform is chosen
by an autouse fixture, before pytest-qt makes the QApplication (VTK needs a
real window: Qt's offscreen platform, the default of the other tests, has none).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from tests.conftest import ROOT
from ui import i18n
from ui.file_controller import Answer
from ui.gc_thread import GuiThreadCollector
from ui.main_window import MainWindow
from ui.settings import Settings

#: Runs ``venueplanner open FILE`` with the event loop replaced by a probe (see the script).
STARTUP_PROBE = ROOT / "tests" / "ui" / "startup_probe.py"
#: Seconds allowed for an import in a test (a large IFC file takes several on a busy machine).
IMPORT_TIMEOUT_MS = 120_000


@pytest.fixture(scope="session", autouse=True)
def xcb_platform() -> None:
    """Run Qt on the X display (real windows, real OpenGL) before the QApplication exists."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert os.environ.get("DISPLAY"), "no X display: install Xvfb (pytest-xvfb starts it) or set DISPLAY"
    assert app is None or app.platformName() == "xcb", "a QApplication was made before the xcb platform was chosen"
    os.environ["QT_QPA_PLATFORM"] = "xcb"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(xcb_platform, qapp) -> Iterator[GuiThreadCollector]:
    """As in the application: reference cycles are collected on the GUI thread (see :mod:`ui.gc_thread`)."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings in a file of the test's own, recovery files in its own folder."""
    return Settings(tmp_path / "settings.ini", data_dir=tmp_path / "data")


@pytest.fixture
def make_window(qtbot, settings) -> Iterator:
    """``make_window()`` -> a shown MainWindow; every window is closed after the test, its jobs
    waited for, and the test fails if a top-level widget outlives it."""
    before = {id(w) for w in QApplication.topLevelWidgets()}
    windows: list[MainWindow] = []

    def make(window_settings: Settings | None = None, *, file: Path | None = None, show: bool = True) -> MainWindow:
        """`file` is opened right after the window shows, as ``venueplanner open FILE`` does (before the
        event loop turns); `show` False: not shown (the test shows it)."""
        window = MainWindow(window_settings or settings)
        windows.append(window)
        window.resize(1200, 800)
        if show:
            window.show()
            if file is not None:
                window.files.open_path(file)
            qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        if not isValid(window):
            continue
        window.files.ask_save_changes = lambda: Answer.DISCARD
        for box in window.findChildren(QMessageBox):
            box.close()
        assert window.close(), "the window refused to close"
        assert window.jobs.running == 0 or window.jobs.wait_all(30_000)
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()  # the closed windows' Python cycles go now, on this thread, not in the middle of a later test
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and isValid(w)]
    assert not leaked, f"top-level widgets left after the test: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def main_window(make_window) -> MainWindow:
    return make_window()


def open_and_wait(window: MainWindow, qtbot, path: Path, timeout: int = IMPORT_TIMEOUT_MS) -> None:
    """Open `path` in `window` and wait until it is shown and checked, and the 3D view (loaded by the
    window, :mod:`ui.view_loading`) has drawn it."""
    window.files.open_path(path)
    qtbot.waitUntil(lambda: window.files.opening_job is None and window.session.venue is not None, timeout=timeout)
    qtbot.waitUntil(lambda: window.jobs.running == 0 and not window.report_panel.checking, timeout=timeout)
    qtbot.waitUntil(lambda: window.viewport.is_loaded, timeout=timeout)
    window.viewport.render_now()


@pytest.fixture
def language(qapp):
    """``language("fr")`` installs the translators for the test; they are removed after it."""
    installed = []

    def install(code: str) -> None:
        installed.extend(i18n.install_translators(qapp, code))

    yield install
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def app_environment(tmp_path) -> dict[str, str]:
    """The environment of an application process: X display, English, settings and data in `tmp_path`."""
    return os.environ | {
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
    }


def run_startup_probe(file: str, tmp_path) -> subprocess.CompletedProcess:
    """Start the application on `file` under :data:`STARTUP_PROBE`, its settings and data in `tmp_path`."""
    env = app_environment(tmp_path)
    return subprocess.run(
        [sys.executable, str(STARTUP_PROBE), file], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
