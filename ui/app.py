"""Start the desktop application: ``venueplanner``, ``venueplanner open FILE`` or ``python -m ui [FILE]``.

The window shows as soon as Qt and the window's own modules are loaded (under
a second); the 3D view loads VTK after that, once the window is on screen (see
:mod:`ui.view_loading`). No splash screen: the window itself comes up as
fast, and Qt's splash screen waits up to a second for the window system to
show it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.gc_thread import GuiThreadCollector
from ui.settings import APPLICATION, ORGANISATION, Settings
from venueplanner import __version__

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication, made once (a second one in a process aborts)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication([sys.argv[0] if sys.argv else "venueplanner", *argv])
        app.setStyle("Fusion")
        GuiThreadCollector(app)  # reference cycles holding Qt objects are freed on this thread only
    return app


def create_window(settings: Settings, files: Sequence[str | Path] = ()) -> MainWindow:
    """The main window, shown, opening `files[0]` if given, else offering to restore crashed work."""
    from ui.main_window import MainWindow  # the window's modules load once the QApplication exists

    window = MainWindow(settings)
    window.show()
    if files:
        window.files.open_path(Path(files[0]))
    else:
        QTimer.singleShot(0, window.dialogs.offer_recovery)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop application until its window closes; returns the exit status.

    Parameters
    ----------
    argv : list of str
        An optional file to open (a .venue project or any importable plan).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    files = [a for a in argv if not a.startswith("-")]
    app = application()
    settings = Settings()
    translators = i18n.install_translators(app, settings.language)
    window = create_window(settings, files)
    from ui import notifications

    previous_hook = notifications.install_excepthook(lambda: window)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        i18n.remove_translators(app, translators)
        log.info("desktop application closed")
