"""The saved routes of the project, under the Routes panel's directions: choose one, rename it, delete it.

The list follows the session (a save, an undo, another file); renaming and deleting are undoable edits
(:func:`venueplanner.ops.rename_route`, :func:`venueplanner.ops.delete_route`). Choosing a route emits
``chosen(route_id)``: the Routes panel computes it again and shows it.

Like the Routes panel that holds it, this module imports :mod:`routing` (and so networkx): both are loaded
once the window shows, not while it starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from routing import DEFAULT_PROFILE
from ui.panel_common import profile_names
from venueplanner import ops

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole


class SavedRoutes(QWidget):
    """The list of the project's saved routes, with Rename and Delete. `chosen(str)`: a route was clicked."""

    chosen = Signal(str)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = window
        self.list = QListWidget(self)
        self.list.setObjectName("route-saved")
        self.list.setMaximumHeight(110)
        self.list.setToolTip(self.tr("Click a saved route to compute it again and show it"))
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.rename = QPushButton(self.tr("Rename…"), self)
        self.rename.setObjectName("route-saved-rename")
        self.rename.clicked.connect(lambda: self.rename_current())
        self.delete = QPushButton(self.tr("Delete"), self)
        self.delete.setObjectName("route-saved-delete")
        self.delete.clicked.connect(self.delete_current)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Saved routes"), self), 1)
        row.addWidget(self.rename)
        row.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        window.session.project_changed.connect(self.refresh)
        self.refresh()

    def ids(self) -> list[str]:
        """The ids of the routes listed, in order."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def current(self) -> str | None:
        """The id of the route selected in the list, or None."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, route_id: str | None) -> None:
        """Select `route_id` in the list without emitting `chosen`."""
        self.list.blockSignals(True)
        ids = self.ids()
        self.list.setCurrentRow(ids.index(route_id) if route_id in ids else -1)
        self.list.blockSignals(False)
        self._enable()

    def refresh(self, *_) -> None:
        """List the project's saved routes (after any change of the project)."""
        project = self.main.session.project
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        profiles = profile_names()
        for route in project.routes.values() if project is not None else ():
            item = QListWidgetItem(route.name, self.list)
            item.setData(ID_ROLE, route.id)
            profile = route.profile or DEFAULT_PROFILE
            what = f"{route.origin} → {route.target}, {profiles.get(profile, profile)}"
            if route.avoid:
                what += "; " + self.tr("avoiding %1").replace("%1", ", ".join(route.avoid))
            item.setToolTip(what)
        self.list.blockSignals(False)
        self.select(current)

    def rename_current(self, name: str | None = None) -> None:
        """Rename the selected route to `name` (asked when None)."""
        route_id, project = self.current(), self.main.session.project
        if route_id is None or project is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename Route"), self.tr("Name of the route:"), text=project.routes[route_id].name
            )
            if not ok:
                return
        self.main.apply(ops.rename_route, route_id, name)

    def delete_current(self) -> None:
        route_id = self.current()
        if route_id is not None:
            self.main.apply(ops.delete_route, route_id)

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.rename.setEnabled(chosen)
        self.delete.setEnabled(chosen)

    def release(self) -> None:
        """The window closes: stop following the session."""
        self.main.session.project_changed.disconnect(self.refresh)
