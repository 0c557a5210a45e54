"""The venue tree: levels (with visibility boxes), spaces, openings, connectors and markers, with a filter.

Spaces, openings and markers are grouped by level. Selecting an item asks the
window to select the element; the window tells the tree what is selected
(from the 3D view, say) and the tree follows without echoing it back.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from models import Venue
from ui import labels
from venueplanner.scene_style import CONNECTOR_COLOURS, USE_COLOURS, marker_colour, opening_colour

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The tree's top-level categories, in order.
CATEGORIES = ("levels", "spaces", "openings", "connectors", "markers")


@cache
def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TreePanel(QWidget):
    """The venue's elements as a tree.

    Signals
    -------
    selection_requested(list)
        The user selected these element ids in the tree.
    level_visibility_changed(str, bool)
        A level's box was (un)ticked.
    plan_requested(str), isolate_requested(str), delete_requested(str)
        From the context menu: plan view or isolate a level, delete a marker.
    """

    selection_requested = Signal(list)
    level_visibility_changed = Signal(str, bool)
    plan_requested = Signal(str)
    isolate_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name or id"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Element"), self.tr("Details")])
        self.tree.setColumnWidth(0, 190)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._syncing = False
        self._venue: Venue | None = None

    # --- content ------------------------------------------------------------------------

    def set_venue(self, venue: Venue | None, *, blocked: frozenset[str] = frozenset(), hidden=frozenset()) -> None:
        """Show `venue`'s elements, keeping which groups are open and what is selected."""
        self._venue = venue
        expanded = {self._key(it) for it in self._all_items() if it.isExpanded()}
        selected = [it.data(0, ID_ROLE) for it in self.tree.selectedItems()]
        self._syncing = True
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._items = {}
            if venue is not None:
                self._fill(venue, blocked, hidden)
                for item in self._all_items():
                    item.setExpanded(self._key(item) in expanded or (item.parent() is None and not expanded))
                for element_id in selected:
                    if element_id in self._items:
                        self._items[element_id].setSelected(True)
        finally:
            self.tree.setUpdatesEnabled(True)
            self._syncing = False
        self._apply_filter(self.filter.text())

    def _fill(self, venue: Venue, blocked: frozenset[str], hidden) -> None:
        levels = venue.levels_by_elevation
        groups = {
            "levels": self._group("levels", self.tr("Levels"), len(levels)),
            "spaces": self._group("spaces", self.tr("Spaces"), len(venue.spaces)),
            "openings": self._group("openings", self.tr("Openings"), len(venue.openings)),
            "connectors": self._group("connectors", self.tr("Stairs, lifts and ramps"), len(venue.connectors)),
            "markers": self._group("markers", self.tr("Markers"), len(venue.markers)),
        }
        uses, kinds = labels.space_uses(), labels.opening_kinds()
        for level in levels:
            item = self._leaf(groups["levels"], level.id, level.name or level.id, labels.metres(level.elevation))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if level.id in hidden else Qt.CheckState.Checked)
        per_level = {}
        for category in ("spaces", "openings", "markers"):
            for level in levels:
                count = {
                    "spaces": len(venue.spaces_on(level.id)),
                    "openings": len(venue.openings_on(level.id)),
                    "markers": sum(m.level_id == level.id for m in venue.markers.values()),
                }[category]
                if count:
                    per_level[category, level.id] = self._group(
                        f"{category}/{level.id}", f"{level.name or level.id}", count, groups[category]
                    )
        for s in venue.spaces.values():
            parent = per_level.get(("spaces", s.level_id), groups["spaces"])
            details = [uses[s.use], f"{s.area:.0f} m²"]
            if s.declared_occupants is not None:
                details.append(self.tr("%n person(s)", "", s.declared_occupants))
            self._leaf(parent, s.id, s.label, " · ".join(details), USE_COLOURS[s.use])
        for o in venue.openings.values():
            parent = per_level.get(("openings", o.level_id), groups["openings"])
            state = [kinds[o.kind], labels.metres(o.width)]
            if o.is_exit:
                state.append(self.tr("to outside"))
            if o.locked:
                state.append(self.tr("locked"))
            if o.id in blocked:
                state.append(self.tr("blocked"))
            self._leaf(parent, o.id, o.label, " · ".join(state), opening_colour(o, blocked))
        connector_kinds = labels.connector_kinds()
        for c in venue.connectors.values():
            levels = "–".join(venue.levels[i].name or i if i in venue.levels else i for i in c.level_ids)
            details = f"{connector_kinds[c.kind]} · {levels}" + (f" · {self.tr('blocked')}" if c.id in blocked else "")
            self._leaf(groups["connectors"], c.id, c.label, details, CONNECTOR_COLOURS[c.kind])
        marker_kinds = labels.marker_kinds()
        for m in venue.markers.values():
            parent = per_level.get(("markers", m.level_id), groups["markers"])
            self._leaf(parent, m.id, m.label or m.id, marker_kinds[m.kind], marker_colour(m.kind))

    def _group(self, key: str, title: str, count: int, parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent or self.tree, [f"{title} ({count})"])
        item.setData(0, CATEGORY_ROLE, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(parent is None)
        item.setFont(0, font)
        return item

    def _leaf(self, parent, element_id: str, name: str, details: str, colour: str | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, details])
        item.setData(0, ID_ROLE, element_id)
        item.setToolTip(0, element_id)
        if colour:
            item.setIcon(0, swatch(colour))
        self._items[element_id] = item
        return item

    # --- selection ------------------------------------------------------------------------

    def set_selection(self, ids: tuple[str, ...]) -> None:
        """Select these ids in the tree (scrolling to the first) without asking the window again."""
        self._syncing = True
        try:
            self.tree.clearSelection()
            for element_id in ids:
                item = self._items.get(element_id)
                if item is not None:
                    item.setSelected(True)
                    parent = item.parent()
                    while parent is not None:
                        parent.setExpanded(True)
                        parent = parent.parent()
            if ids and ids[0] in self._items:
                self.tree.scrollToItem(self._items[ids[0]])
                self.tree.setCurrentItem(self._items[ids[0]], 0, self.tree.selectionModel().SelectionFlag.NoUpdate)
        finally:
            self._syncing = False

    def selected_ids(self) -> list[str]:
        return [it.data(0, ID_ROLE) for it in self.tree.selectedItems() if it.data(0, ID_ROLE)]

    def _selection_changed(self) -> None:
        if not self._syncing:
            self.selection_requested.emit(self.selected_ids())

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._syncing or column != 0 or item.parent() is None:
            return
        if item.parent().data(0, CATEGORY_ROLE) == "levels":
            self.level_visibility_changed.emit(item.data(0, ID_ROLE), item.checkState(0) == Qt.CheckState.Checked)

    def set_hidden_levels(self, hidden: frozenset[str]) -> None:
        """Tick the shown levels and untick the hidden ones, in place.

        Never rebuild the tree here: this runs while Qt is still inside the
        ``setCheckState`` of the level item the user ticked, and clearing the
        tree would delete that item under it.
        """
        self._syncing = True
        try:
            for item in self._all_items():
                parent = item.parent()
                if parent is not None and parent.data(0, CATEGORY_ROLE) == "levels":
                    shown = item.data(0, ID_ROLE) not in hidden
                    state = Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
                    if item.checkState(0) != state:
                        item.setCheckState(0, state)
        finally:
            self._syncing = False

    # --- queries (tests, other panels) --------------------------------------------------

    def item(self, element_id: str) -> QTreeWidgetItem | None:
        return self._items.get(element_id)

    def category_count(self, category: str) -> int:
        """How many elements the tree lists under a top-level category (``"spaces"``, ...)."""
        return sum(1 for it in self._items.values() if _top(it).data(0, CATEGORY_ROLE) == category)

    # --- filter and context menu ----------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        text = text.strip().casefold()
        for item in self._items.values():
            matches = not text or text in item.text(0).casefold() or text in str(item.data(0, ID_ROLE)).casefold()
            item.setHidden(not matches)
        for item in self._all_items():
            if item.data(0, ID_ROLE) is None:  # a group: hidden when all it holds is hidden
                children = [item.child(i) for i in range(item.childCount())]
                item.setHidden(bool(text) and all(c.isHidden() for c in children))

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, ID_ROLE) is None or self._venue is None:
            return
        element_id = item.data(0, ID_ROLE)
        menu = QMenu(self)
        if element_id in self._venue.levels:
            menu.addAction(self.tr("Plan view"), lambda: self.plan_requested.emit(element_id))
            menu.addAction(self.tr("Show only this level"), lambda: self.isolate_requested.emit(element_id))
        if element_id in self._venue.markers:
            menu.addAction(self.tr("Delete marker"), lambda: self.delete_requested.emit(element_id))
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _all_items(self) -> list[QTreeWidgetItem]:
        found, it = [], QTreeWidgetItemIterator(self.tree)
        while it.value():
            found.append(it.value())
            it += 1
        return found

    @staticmethod
    def _key(item: QTreeWidgetItem) -> str:
        return str(item.data(0, CATEGORY_ROLE) or item.data(0, ID_ROLE))


def _top(item: QTreeWidgetItem) -> QTreeWidgetItem:
    while item.parent() is not None:
        item = item.parent()
    return item
