"""The two ends of a route in the Routes panel: typed, taken from the selection, or picked in the 3D view.

While an end's "Pick" button is down, the next click in the view (a press and release that moved at most
:data:`ui.viewport_tools.CLICK_SLOP`) gives the element under the mouse, or the floor point as ``x,y@level``,
instead of selecting; Esc stops picking. The strings keep the Routes panel's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from ui.viewport_tools import CLICK_SLOP

if TYPE_CHECKING:
    from ui.routes_panel import RoutesPanel


class RouteEnds(QObject):
    """The end rows of `panel` (:meth:`row`) and the picking of an end in the view (an event filter on it).

    Attributes
    ----------
    pick_buttons : dict of QLineEdit to QPushButton
        The "Pick" button of each end's line edit.
    picking : QLineEdit or None
        The end being picked, if any.
    """

    def __init__(self, panel: RoutesPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.main = panel.main
        self.pick_buttons: dict[QLineEdit, QPushButton] = {}
        self.picking: QLineEdit | None = None
        self._press: QPointF | None = None

    def row(self, name: str) -> tuple[QLineEdit, QHBoxLayout]:
        """A line edit named `name` for one end, with its "Selection" and "Pick" buttons in a row."""
        panel = self.panel
        edit = QLineEdit(panel)
        edit.setObjectName(name)
        edit.setPlaceholderText(QCoreApplication.translate("RoutesPanel", "id, or x,y@level"))
        take = QPushButton(QCoreApplication.translate("RoutesPanel", "Selection"), panel)
        take.setToolTip(QCoreApplication.translate("RoutesPanel", "Use the element selected in the tree or the view"))
        take.clicked.connect(lambda: self.take_selection(edit))
        pick = QPushButton(QCoreApplication.translate("RoutesPanel", "Pick"), panel)
        pick.setObjectName(name + "-pick")
        pick.setCheckable(True)
        pick.setToolTip(QCoreApplication.translate("RoutesPanel", "Click the start or target in the 3D view"))
        pick.toggled.connect(lambda on: self.set_picking(edit if on else None))
        self.pick_buttons[edit] = pick  # a Python dict: a QObject kept in a Qt property can crash when freed
        layout = QHBoxLayout()
        layout.addWidget(edit, 1)
        layout.addWidget(take)
        layout.addWidget(pick)
        return edit, layout

    def take_selection(self, edit: QLineEdit) -> None:
        """Fill `edit` with the first element selected, if any."""
        if self.main.session.selection:
            edit.setText(self.main.session.selection[0])

    def set_picking(self, edit: QLineEdit | None) -> None:
        """Pick `edit` in the view (None: stop); the other end's "Pick" button is released."""
        for other, button in self.pick_buttons.items():
            if other is not edit and button.isChecked():
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)
        self.picking = edit
        if edit is not None:
            self.main.statusBar().showMessage(
                QCoreApplication.translate("RoutesPanel", "Click the route's end in the 3D view. Esc to stop.")
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While picking, a click in the view fills the end instead of selecting."""
        if self.picking is None or not isinstance(event, QMouseEvent):
            if self.picking is not None and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.pick_buttons[self.picking].setChecked(False)
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self._press = event.position()
        elif event.type() == QEvent.Type.MouseButtonRelease and self._press is not None:
            press, self._press = self._press, None
            if (event.position() - press).manhattanLength() <= CLICK_SLOP:
                self.pick_at(event.position())
                return True
        return False

    def pick_at(self, pos: QPointF) -> None:
        """Fill the end being picked from widget position `pos` of the view."""
        view, edit = self.main.viewport, self.picking
        if edit is None:
            return
        hit = view.pick_at(pos)
        venue = view.venue
        if hit is None:
            return
        if hit.element_id and hit.element_id not in venue.spaces:
            edit.setText(hit.element_id)  # a marker, an opening, a landing's connector
        else:
            floor = view.floor_at(pos) or hit
            edit.setText(f"{floor.point[0]:.2f},{floor.point[1]:.2f}@{floor.level_id}")
        self.pick_buttons[edit].setChecked(False)
        self.main.statusBar().clearMessage()
