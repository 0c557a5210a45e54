"""The main window's actions, menus and toolbar: File, Edit, View, Tools, Help.

Actions call methods of the window, its file controller and its viewport; the
window keeps their enabled state and texts up to date. Menus that depend on
the venue (levels, plan views) are rebuilt with :meth:`WindowActions.set_levels`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSlider, QStyle, QToolBar, QToolButton

from models import MarkerKind, Venue
from ui import labels
from ui.viewport_tools import Tool

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: The explode slider's range, metres of extra gap between levels.
EXPLODE_MAX = 20
#: "Explode levels" toggles between 0 and this gap, metres.
EXPLODE_DEFAULT = 6


class WindowActions(QObject):
    """Every action of the main window, with its menus and the main toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w, style = window, window.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap

        def act(text, slot=None, shortcut=None, *, checkable=False, pixmap=None, name=None) -> QAction:
            action = QAction(text, w)
            if pixmap is not None:
                action.setIcon(icon(pixmap))
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            if slot is not None:
                action.triggered.connect(slot)
            action.setObjectName(name or text)
            return action

        files = window.files
        self.open = act(
            self.tr("&Open…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
            pixmap=sp.SP_DialogOpenButton,
            name="open",
        )
        self.save = act(
            self.tr("&Save"), files.save, QKeySequence.StandardKey.Save, pixmap=sp.SP_DialogSaveButton, name="save"
        )
        self.save_as = act(self.tr("Save &As…"), files.save_as, QKeySequence.StandardKey.SaveAs, name="save-as")
        self.settings = act(
            self.tr("Se&ttings…"), window.dialogs.show_settings, QKeySequence.StandardKey.Preferences, name="settings"
        )
        self.quit = act(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, name="quit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = act(
            self.tr("&Undo"), window.undo, QKeySequence.StandardKey.Undo, pixmap=sp.SP_ArrowBack, name="undo"
        )
        self.redo = act(
            self.tr("&Redo"), window.redo, QKeySequence.StandardKey.Redo, pixmap=sp.SP_ArrowForward, name="redo"
        )
        self.delete_marker = act(
            self.tr("&Delete Marker"),
            window.delete_selected_marker,
            QKeySequence.StandardKey.Delete,
            name="delete-marker",
        )
        self.select_none = act(
            self.tr("Select &None"), lambda: window.session.select(()), "Ctrl+Shift+A", name="select-none"
        )

        view = window.viewport
        self.view_3d = act(self.tr("&3D View"), view.show_3d, "Ctrl+3", name="view-3d")
        self.reset_camera = act(self.tr("&Reset Camera"), view.reset_camera, "Ctrl+0", name="reset-camera")
        self.explode = act(self.tr("&Explode Levels"), self._toggle_explode, "Ctrl+E", checkable=True, name="explode")
        self.show_all = act(self.tr("Show &All Levels"), view.show_all_levels, name="show-all-levels")
        self.space_labels = act(self.tr("Space &Names"), self._toggle_space_labels, checkable=True, name="space-labels")
        self.exit_numbers = act(
            self.tr("E&xit Numbers"),
            lambda on: view.set_scene_option(show_exit_numbers=on),
            "Ctrl+Shift+E",
            checkable=True,
            name="exit-numbers",
        )
        self.exit_numbers.setChecked(True)
        self.context = act(self.tr("&Context Geometry"), self._toggle_context, checkable=True, name="context")
        self.context.setChecked(True)
        self.screenshot = act(
            self.tr("Save &Screenshot…"), window.dialogs.save_screenshot, "Ctrl+Shift+P", name="screenshot"
        )

        self.tools = QActionGroup(w)
        self.select_tool = act(
            self.tr("&Select"), lambda: view.tools.set_tool(Tool.SELECT), "S", checkable=True, name="tool-select"
        )
        self.measure_tool = act(
            self.tr("&Measure Distance"),
            lambda: view.tools.set_tool(Tool.MEASURE),
            "M",
            checkable=True,
            name="tool-measure",
        )
        self.select_tool.setChecked(True)
        for a in (self.select_tool, self.measure_tool):
            self.tools.addAction(a)
        self.place_menu = QMenu(self.tr("&Place Marker"), w)
        self.place_actions: dict[MarkerKind, QAction] = {}
        for kind, text in labels.marker_kinds().items():
            a = act(
                text,
                lambda _=False, k=kind: view.tools.set_tool(Tool.PLACE, k),
                checkable=True,
                name=f"place-{kind.value}",
            )
            self.tools.addAction(a)
            self.place_menu.addAction(a)
            self.place_actions[kind] = a
        view.tools.tool_changed.connect(self._tool_changed)

        self.about = act(self.tr("&About Venue Planner"), window.dialogs.show_about, name="about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu-file")
        file_menu.addAction(self.open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_marker, self.select_none])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.view_3d)
        self.plan_menu = view_menu.addMenu(self.tr("&Plan View"))
        self.levels_menu = view_menu.addMenu(self.tr("&Levels"))
        self.isolate_menu = view_menu.addMenu(self.tr("Show &Only Level"))
        view_menu.addActions(
            [self.show_all, self.explode, self.space_labels, self.exit_numbers, self.context, self.reset_camera]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.screenshot)
        view_menu.addSeparator()
        self.panels_menu = view_menu.addMenu(self.tr("P&anels"))
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addActions([self.select_tool, self.measure_tool])
        tools_menu.addMenu(self.place_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

        self.toolbar = self._toolbar()
        self.set_levels(None)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Main Toolbar"), self.window)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.select_tool, self.measure_tool])
        place = QToolButton(bar)
        place.setText(self.tr("Place Marker"))
        place.setMenu(self.place_menu)
        place.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(place)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" View: "), bar))
        self.view_choice = QComboBox(bar)
        self.view_choice.setObjectName("view-choice")
        self.view_choice.setMinimumContentsLength(14)
        self.view_choice.activated.connect(self._view_chosen)
        bar.addWidget(self.view_choice)
        bar.addWidget(QLabel(self.tr("  Explode: "), bar))
        self.explode_slider = QSlider(Qt.Orientation.Horizontal, bar)
        self.explode_slider.setObjectName("explode-slider")
        self.explode_slider.setRange(0, EXPLODE_MAX)
        self.explode_slider.setFixedWidth(140)
        self.explode_slider.setToolTip(self.tr("Extra gap between levels, metres"))
        self.explode_slider.valueChanged.connect(self._explode_slid)
        bar.addWidget(self.explode_slider)
        self.window.addToolBar(bar)
        return bar

    # --- venue-dependent menus ----------------------------------------------------------

    def set_levels(self, venue: Venue | None) -> None:
        """Rebuild the per-level menus and the view list for `venue`'s levels."""
        view = self.window.viewport
        for menu in (self.plan_menu, self.levels_menu, self.isolate_menu):
            menu.clear()
        self.view_choice.clear()
        self.view_choice.addItem(self.tr("3D"), "")
        levels = venue.levels_by_elevation if venue is not None else []
        for level in levels:
            name = level.name or level.id
            self.plan_menu.addAction(name, lambda _=False, i=level.id: view.show_plan(i))
            self.isolate_menu.addAction(name, lambda _=False, i=level.id: view.isolate_level(i))
            shown = self.levels_menu.addAction(name)
            shown.setCheckable(True)
            shown.setChecked(view.options.visible(level.id))
            shown.setData(level.id)
            shown.toggled.connect(lambda on, i=level.id: view.set_level_visible(i, on))
            self.view_choice.addItem(self.tr("Plan: %1").replace("%1", name), level.id)
        for menu in (self.plan_menu, self.levels_menu, self.isolate_menu):
            menu.setEnabled(bool(levels))

    def sync_view(self) -> None:
        """Follow the viewport's options (explode, visible levels, plan) without triggering anything."""
        view = self.window.viewport
        for action in self.levels_menu.actions():
            action.blockSignals(True)
            action.setChecked(view.options.visible(action.data()) or view.plan_level is not None)
            action.blockSignals(False)
        self.explode_slider.blockSignals(True)
        self.explode_slider.setValue(round(view.explode))
        self.explode_slider.blockSignals(False)
        self.explode.setChecked(view.explode > 0)
        index = self.view_choice.findData(view.plan_level or "")
        self.view_choice.setCurrentIndex(max(0, index))

    def _view_chosen(self, index: int) -> None:
        level_id = self.view_choice.itemData(index)
        view = self.window.viewport
        view.show_plan(level_id) if level_id else view.show_3d()

    def _explode_slid(self, value: int) -> None:
        self.window.viewport.set_explode(value)

    def _toggle_explode(self, on: bool) -> None:
        self.window.viewport.set_explode(EXPLODE_DEFAULT if on else 0)

    def _toggle_space_labels(self, on: bool) -> None:
        self.window.viewport.set_scene_option(show_space_labels=on)

    def _toggle_context(self, on: bool) -> None:
        self.window.viewport.set_scene_option(show_context=on, rebuild=True)

    def _tool_changed(self, tool: Tool) -> None:
        tools = self.window.viewport.tools
        chosen = {Tool.SELECT: self.select_tool, Tool.MEASURE: self.measure_tool}.get(tool) or self.place_actions[
            tools.marker_kind
        ]
        chosen.setChecked(True)
        self.window.tool_changed(tool)
