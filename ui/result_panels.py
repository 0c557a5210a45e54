"""The panels of derived results, added to the main window: routes, rehearsal, evacuation, and the briefing export.

They read the window's session, draw in its viewport and run their long work on its job runner; this module
only docks them, adds their menu entries and tells them when the venue shown changes or the window closes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.evacuation_panel import EvacuationPanel
from ui.export_dialog import ExportDialog
from ui.rehearsal_panel import RehearsalPanel
from ui.routes_panel import RoutesPanel

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class ResultPanels(QObject):
    """Routes, rehearsal and evacuation docks of one window, and the briefing export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.routes = RoutesPanel(window)
        self.rehearsal = RehearsalPanel(window, self.routes)
        self.evacuation = EvacuationPanel(window)
        # the docks are made and arranged by the window from the start (MainWindow._add_result_docks): fill them
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        window.add_panel("routes", self.tr("Routes"), self.routes, right)
        window.add_panel("rehearsal", self.tr("Rehearsal"), self.rehearsal, bottom)
        window.add_panel("evacuation", self.tr("Evacuation"), self.evacuation, right)
        self.file_menu = window.menuBar().findChild(QMenu, "menu-file")
        self.export_action = QAction(self.tr("Export &Briefing Pack…"), window)
        self.export_action.setObjectName("export-briefing")
        self.export_action.triggered.connect(self.show_export)
        self.add_file_action(self.export_action)
        self.file_menu.insertSeparator(self.main.actions.settings)
        self.export_dialog = None

    def show_export(self) -> ExportDialog | None:
        """File > Export Briefing Pack: the dialog, for the venue shown."""
        if self.main.session.project is None:
            self.main.statusBar().showMessage(self.tr("Open a venue first."), 5000)
            return None
        if self.export_dialog is not None:
            if self.export_dialog.busy:  # its pack is being built, and comes back to it: keep it
                self.export_dialog.show()
                self.export_dialog.raise_()
                return self.export_dialog
            self.export_dialog.close()
            self.export_dialog.deleteLater()
        self.export_dialog = ExportDialog(self.main)
        self.export_dialog.show()
        return self.export_dialog

    def add_file_action(self, action: QAction) -> None:
        """Put `action` in the File menu, before Settings."""
        self.file_menu.insertAction(self.main.actions.settings, action)

    def venue_shown(self) -> None:
        """The viewport has just drawn the session's venue (or nothing): redraw what is drawn over it."""
        self.routes.layer.redraw()
        self.evacuation.venue_shown()
        self.export_action.setEnabled(self.main.session.project is not None)

    def release(self) -> None:
        """The window is closing: stop the rehearsal and let go of the view."""
        self.rehearsal.play(False)
        self.routes.release()
        self.routes.layer.detach()
        self.evacuation.layer.detach()
        if self.export_dialog is not None:
            self.export_dialog.close()
