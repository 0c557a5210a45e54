"""The main window: the 3D view in the centre, docked panels around it, menus, toolbar and status bar.

The window wires the Session (the single source of truth) to the views: a
change of the project redraws the view, the tree, the inspector and the
report; a selection made in one is shown in the others. Later panels (routes,
rehearsal, evacuation) plug in with :meth:`MainWindow.add_panel` and the
session's signals, and run their long work with :meth:`MainWindow.run_job`.

Start-up: the window shows the venue's tree, inspector and report before the
3D stack (VTK, about 1.5 s) is loaded; :mod:`ui.view_loading` loads the view,
then the result panels (routes, rehearsal, evacuation, which draw in the view
and load the routing code) into the docks that wait for them.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from models import Marker, MarkerKind, VenuePlannerError
from ui import labels, notifications
from ui.actions import WindowActions
from ui.autosave import Autosave
from ui.file_controller import FileController
from ui.inspector_panel import InspectorPanel, blocked_ids
from ui.jobs import JobRunner
from ui.report_panel import ReportPanel
from ui.settings import Settings
from ui.tree_panel import TreePanel
from ui.view_loading import ViewLoading
from ui.viewport import Viewport
from ui.viewport_tools import Tool
from ui.window_dialogs import WindowDialogs
from venueplanner import ops
from venueplanner.project import Project
from venueplanner.session import Session

if TYPE_CHECKING:
    from ui.result_panels import ResultPanels

log = logging.getLogger(__name__)

#: Radius given to a new hazard zone, metres (the user adjusts it in the inspector).
NEW_HAZARD_RADIUS = 5.0


class MainWindow(QMainWindow):
    """The application's window around one :class:`~venueplanner.session.Session`."""

    def __init__(self, settings: Settings, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.settings = settings
        self.session = session or Session(author=getpass.getuser())
        self.jobs = JobRunner(self, on_error=self.show_error)
        self.viewport = Viewport(self)
        self.setCentralWidget(self.viewport)
        self.docks: dict[str, QDockWidget] = {}
        self.tree_panel = TreePanel(self)
        self.inspector = InspectorPanel(self.session, self)
        self.report_panel = ReportPanel(self.run_job, self)
        self.files = FileController(self)
        self.autosave = Autosave(self)
        self.dialogs = WindowDialogs(self)
        self.actions = WindowActions(self)
        self.add_panel("tree", self.tr("Venue"), self.tree_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_panel("inspector", self.tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_panel("report", self.tr("Report"), self.report_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._results: ResultPanels | None = None  # routes, rehearsal, evacuation, export: with the 3D view
        self._add_result_docks()
        self._docks_arranged = False  # on first show: see _arrange_docks
        self.coordinates = QLabel(self)
        self.coordinates.setMinimumWidth(260)
        self.selection_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.coordinates)
        self._frame_next = True
        self._shown_venue = None
        self._shutting_down = False
        self._connections: list[tuple] = []
        self._connect()
        self.view_loading = ViewLoading(self)  # the 3D view and the result panels, after the window shows
        self.setAcceptDrops(True)
        self.resize(1400, 880)
        geometry, _ = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.files.refresh_recent_files()
        self._project_changed(self.session.project)
        self._history_changed()
        self._update_title()

    # --- panels and jobs (what later panels use) --------------------------------------------

    def add_panel(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """Dock `widget` as a panel; it gets a toggle under View > Panels. A dock already made under
        `name` (waiting for its panel) gets the widget and keeps its place."""
        dock = self.docks.get(name)
        if dock is not None:
            waiting = dock.widget()
            dock.setWidget(widget)
            dock.setWindowTitle(title)
            if waiting is not None:
                waiting.deleteLater()
            return dock
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.actions.panels_menu.addAction(dock.toggleViewAction())
        self.docks[name] = dock
        return dock

    @property
    def results(self) -> ResultPanels:
        """The routes, rehearsal and evacuation panels and the briefing export; made now if not yet.

        They draw in the 3D view, so making them makes the view (see :mod:`ui.view_loading`).
        """
        if self._results is None:
            self._make_results()
        return self._results

    def _make_results(self) -> None:
        from ui.result_panels import ResultPanels  # loads routing (networkx): not before the window shows

        self._results = ResultPanels(self)  # into the docks made by _add_result_docks, which stay where they are
        self._results.venue_shown()
        log.info("result panels made")

    def _add_result_docks(self) -> None:
        """Empty docks where the result panels go, so that the layout (and the saved one) is whole from the start."""
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        for name, title, area in (
            ("routes", self.tr("Routes"), right),
            ("rehearsal", self.tr("Rehearsal"), bottom),
            ("evacuation", self.tr("Evacuation"), right),
        ):
            self.add_panel(name, title, QWidget(self), area)

    def _arrange_docks(self) -> None:
        """Tab the docks together and size them, then restore the layout the user left; once, as the window
        first shows.

        Not sooner: docks tabbed in a second area of a window never shown leave a stray tab bar behind
        (Qt 6.11 makes one while it lays out the hidden window in the middle of making another, and the
        first is never used nor hidden; it showed under the venue tree).
        """
        self._docks_arranged = True
        self.tabifyDockWidget(self.docks["inspector"], self.docks["routes"])
        self.tabifyDockWidget(self.docks["report"], self.docks["rehearsal"])
        self.tabifyDockWidget(self.docks["routes"], self.docks["evacuation"])
        self.docks["inspector"].raise_()
        self.docks["report"].raise_()
        self.resizeDocks([self.docks["tree"], self.docks["inspector"]], [330, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["report"]], [150], Qt.Orientation.Vertical)
        _, state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    @property
    def has_results(self) -> bool:
        """Whether the result panels are made (see :attr:`results`)."""
        return self._results is not None

    def showEvent(self, event) -> None:
        if not self._docks_arranged:
            self._arrange_docks()
        super().showEvent(event)
        self.view_loading.start()

    def run_job(self, fn: Callable, *args, title: str, on_result: Callable, **kwargs) -> int:
        """Run `fn` (a Job generator or a plain function) off the GUI thread; see :class:`ui.jobs.JobRunner`."""
        return self.jobs.start(fn, *args, title=title, on_result=on_result, **kwargs)

    def show_error(self, error: BaseException) -> None:
        notifications.show_error(self, error)

    def apply(self, op: Callable, *args, **kwargs) -> bool:
        """Run an edit ``op(session, ...)``; a refused edit is shown and False returned."""
        try:
            op(self.session, *args, **kwargs)
        except VenuePlannerError as e:
            self.show_error(e)
            return False
        return True

    # --- wiring -------------------------------------------------------------------------

    def _connect(self) -> None:
        s = self.session
        for signal, slot in (
            (s.project_changed, self._project_changed),
            (s.selection_changed, self._selection_changed),
            (s.history_changed, self._history_changed),
            (s.modified_changed, self._update_title),
            (s.path_changed, self._update_title),
            (s.report_changed, self.report_panel.set_report),
        ):
            signal.connect(slot)
            self._connections.append((signal, slot))
        v = self.viewport
        v.picked.connect(lambda element_id: s.select(element_id or ()))
        v.hovered.connect(self._hovered)
        v.floor_clicked.connect(self._place_marker)
        v.marker_dropped.connect(lambda mid, lid, x, y: self.apply(ops.move_marker, mid, (x, y), level_id=lid))
        v.measured.connect(
            lambda d: self.statusBar().showMessage(self.tr("Distance: %1").replace("%1", labels.metres(d)), 15000)
        )
        v.options_changed.connect(self._view_options_changed)
        v.loaded.connect(self._view_actions_changed)
        t = self.tree_panel
        t.selection_requested.connect(s.select)
        t.level_visibility_changed.connect(v.set_level_visible)
        t.plan_requested.connect(v.show_plan)
        t.isolate_requested.connect(v.isolate_level)
        t.delete_requested.connect(lambda mid: self.apply(ops.delete_marker, mid))
        self.report_panel.selection_requested.connect(s.select)

    def frame_next_venue(self) -> None:
        """Put the camera on the next venue shown (a file was just opened)."""
        self._frame_next = True

    def blocked(self) -> frozenset[str]:
        """Openings and connectors blocked in the active scenario."""
        return blocked_ids(self.session)

    def _project_changed(self, project: Project | None) -> None:
        venue = self.session.venue
        opened = self._frame_next  # a file was just opened, not an edit made
        blocked = self.blocked()
        new_venue = venue is not self._shown_venue
        levels_changed = new_venue and (
            venue is None or self._shown_venue is None or set(venue.levels) != set(self._shown_venue.levels)
        )
        self.viewport.set_venue(venue, blocked=blocked, frame=self._frame_next)
        if self._results is not None:
            self._results.venue_shown()
        self._frame_next = False
        self.tree_panel.set_venue(venue, blocked=blocked, hidden=self.viewport.options.hidden_levels)
        if new_venue:
            self.report_panel.set_venue(venue, at_once=opened)
        if levels_changed:
            self.actions.set_levels(venue)
        self._shown_venue = venue
        self.inspector.refresh()
        has = venue is not None
        for action in (self.actions.save, self.actions.save_as, self.actions.view_3d):
            action.setEnabled(has)
        self._view_actions_changed()
        self._selection_changed(self.session.selection)
        self._update_title()

    def _view_actions_changed(self) -> None:
        """Screenshots need the view loaded: asking sooner would load VTK on the GUI thread."""
        self.actions.screenshot.setEnabled(self.session.venue is not None and self.viewport.is_loaded)

    def _selection_changed(self, ids: tuple[str, ...]) -> None:
        self.viewport.set_selection(ids)
        self.tree_panel.set_selection(ids)
        self.inspector.refresh()
        venue = self.session.venue
        self.actions.delete_marker.setEnabled(bool(venue) and any(i in venue.markers for i in ids))
        if not ids or venue is None:
            self.selection_label.setText("")
        else:
            first = venue.get(ids[0])
            name = (first.label if isinstance(first, Marker) else getattr(first, "name", "")) or first.id
            more = self.tr(" (+%n more)", "", len(ids) - 1) if len(ids) > 1 else ""
            self.selection_label.setText(self.tr("Selected: %1").replace("%1", name) + more)

    def _history_changed(self) -> None:
        s = self.session
        self.actions.undo.setEnabled(s.can_undo)
        self.actions.redo.setEnabled(s.can_redo)
        self.actions.undo.setText(self.tr("&Undo %1").replace("%1", labels.edit_title(s.undo_record)).strip())
        self.actions.redo.setText(self.tr("&Redo %1").replace("%1", labels.edit_title(s.redo_record)).strip())

    def _update_title(self, *_) -> None:
        venue, path = self.session.venue, self.session.path
        parts = []
        if venue is not None:
            parts.append(venue.name + "[*]")
            parts.append(path.name if path else self.tr("not saved"))
        parts.append(self.tr("Venue Planner"))
        self.setWindowTitle(" — ".join(parts))
        self.setWindowModified(self.session.is_modified)

    def _view_options_changed(self) -> None:
        self.actions.sync_view()
        self.tree_panel.set_hidden_levels(self.viewport.options.hidden_levels)

    def _hovered(self, hit) -> None:
        if hit is None or self.session.venue is None:
            self.coordinates.setText("")
            return
        venue = self.session.venue
        level = venue.levels[hit.level_id]
        where = venue.spaces[hit.element_id].label if hit.element_id in venue.spaces else self.tr("outside")
        x, y = (labels.metres(c) for c in hit.point)
        self.coordinates.setText(f"x {x}   y {y}   · {level.name or level.id} · {where}")

    def tool_changed(self, tool: Tool) -> None:
        messages = {
            Tool.MEASURE: self.tr("Measure: click two points on the floors. Esc to stop."),
            Tool.PLACE: self.tr("Place marker: click a floor, or the ground outside. Esc to stop."),
        }
        if tool in messages:
            self.statusBar().showMessage(messages[tool])
        else:
            self.statusBar().clearMessage()

    # --- edits --------------------------------------------------------------------------

    def undo(self) -> None:
        record = self.session.undo()
        if record is not None:
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", labels.edit_title(record)), 4000)

    def redo(self) -> None:
        record = self.session.redo()
        if record is not None:
            self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", labels.edit_title(record)), 4000)

    def _place_marker(self, level_id: str, x: float, y: float) -> None:
        kind = self.viewport.tools.marker_kind
        name = labels.marker_kinds()[kind]
        radius = NEW_HAZARD_RADIUS if kind == MarkerKind.HAZARD_ZONE else 0.0
        before = set(self.session.venue.markers)
        if self.apply(ops.place_marker, kind, level_id, (x, y), label=name, radius=radius):
            new = set(self.session.venue.markers) - before
            self.session.select(sorted(new))
        self.viewport.tools.set_tool(Tool.SELECT)

    def delete_selected_marker(self) -> None:
        venue = self.session.venue
        for marker_id in [i for i in self.session.selection if venue is not None and i in venue.markers]:
            self.apply(ops.delete_marker, marker_id)

    # --- drag and drop, closing ---------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if self.files.dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self.files.dropped_path(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.shut_down()
        event.accept()

    def shut_down(self) -> None:
        """Stop everything the window started: jobs, autosave, session subscriptions, the render window.

        Once: a window closed again (by the user during an import, then by its owner) has nothing left to stop.
        """
        if self._shutting_down:
            return
        self._shutting_down = True
        if self._docks_arranged:  # a window never shown has no layout of the user's to keep
            self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.jobs.wait_all()
        self.autosave.stop()
        self.inspector.release()
        if self._results is not None:
            self._results.release()
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        self.viewport.close_plotter()
        self.view_loading.stop()
