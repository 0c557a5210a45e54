"""Start the desktop application: ``venueplanner``, ``venueplanner open FILE`` or ``python -m ui [FILE]``."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

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
    from ui.main_window import MainWindow  # the 3D stack takes a while to load: after the splash is up

    window = MainWindow(settings)
    window.show()
    if files:
        window.files.open_path(Path(files[0]))
    else:
        QTimer.singleShot(0, window.dialogs.offer_recovery)
    return window


def splash_screen() -> QSplashScreen:
    """A plain card with the name and version, shown while the 3D stack loads."""
    pixmap = QPixmap(460, 180)
    pixmap.fill(QColor("#1d3557"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("white"))
    painter.setFont(QFont(QApplication.font().family(), 22, QFont.Weight.DemiBold))
    painter.drawText(pixmap.rect().adjusted(24, 30, -24, -80), Qt.AlignmentFlag.AlignLeft, APPLICATION)
    painter.setFont(QFont(QApplication.font().family(), 10))
    text = QCoreApplication.translate("Application", "Version %1 — starting…").replace("%1", __version__)
    painter.drawText(pixmap.rect().adjusted(24, 100, -24, -20), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.show()
    QApplication.processEvents()  # once, so that it is drawn before the long imports
    return splash


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
    splash = splash_screen()
    window = create_window(settings, files)
    splash.finish(window)
    from ui import notifications

    previous_hook = notifications.install_excepthook(lambda: window)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        i18n.remove_translators(app, translators)
        log.info("desktop application closed")
