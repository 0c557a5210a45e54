"""The main window's dialogs: screenshot, settings, about, and the offer to restore work after a crash."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import VenuePlannerError
from ui.autosave import Recovery, discard_recovery, find_recoveries
from venueplanner import __version__
from venueplanner.project import load_project

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowDialogs(QObject):
    """Dialogs opened from the window's menus, and at start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def save_screenshot(self) -> None:
        suggested = (self.window.session.venue.name if self.window.session.venue else "venue") + ".png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a screenshot"), suggested, self.tr("PNG images (*.png)")
        )
        if path:
            try:
                saved = self.window.viewport.screenshot(Path(path))
            except (OSError, RuntimeError, ValueError) as e:
                self.window.show_error(e)
                return
            self.window.statusBar().showMessage(self.tr("Screenshot saved to %1").replace("%1", str(saved)), 5000)

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.settings, self.window)
        if dialog.exec():
            self.window.autosave.set_interval(self.window.settings.autosave_minutes)

    def show_about(self) -> None:
        text = self.tr(
            "<h3>Venue Planner %1</h3><p>Venue models, access and evacuation routes, and briefing packs "
            "for police and rescue units preparing interventions in public venues.</p>"
        )
        QMessageBox.about(self.window, self.tr("About Venue Planner"), text.replace("%1", __version__))

    def offer_recovery(self) -> None:
        """Offer to restore work left by a window that did not close cleanly (at start)."""
        for recovery in find_recoveries(self.window.settings.recovery_dir):
            answer = self.ask_restore(recovery)
            if answer == QMessageBox.StandardButton.Yes:
                self.restore(recovery)
                return
            if answer == QMessageBox.StandardButton.Discard:
                discard_recovery(recovery)

    def ask_restore(self, recovery: Recovery) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Recover unsaved work"),
            self.tr("Venue Planner did not close properly. Unsaved work on %1 was kept (%2). Restore it?")
            .replace("%1", recovery.name or "?").replace("%2", recovery.time.replace("T", " ")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Ignore,
            self.window,
        )  # fmt: skip
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.Ignore).setText(self.tr("Later"))
        return QMessageBox.StandardButton(box.exec())

    def restore(self, recovery: Recovery) -> None:
        try:
            project = load_project(recovery.path)
        except VenuePlannerError as e:
            self.window.show_error(e)
            return
        self.window.autosave.adopt(recovery)
        self.window.frame_next_venue()
        self.window.session.load(project, unsaved=True)
        self.window.statusBar().showMessage(self.tr("Restored unsaved work: save it to keep it."), 10000)
