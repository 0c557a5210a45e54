"""The Routes panel: start, target, profile, what to avoid, alternatives; the routes drawn in 3D and the
directions, in the interface's language, synced with the view (a step selected centres the camera on it).

Ends are typed ids (or ``x,y@level``), taken from the selection, or picked in the view: while a "Pick" button
is down, the next click in the view gives the element under the mouse or the floor point. The graph is built
and the routes computed on a worker (:meth:`ui.main_window.MainWindow.run_job`); one computation at a time, so
the graph is never queried from two threads.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import routing
from models import Progress
from ui import labels
from ui.panel_common import active_scenario, centre_camera_on, duration, profile_names, ui_language
from ui.route_actors import RouteLayer
from ui.viewport_tools import CLICK_SLOP

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def compute_routes(venue, scenario, graph, source, target, *, profile, avoid, k):
    """Job: the navigation graph (reused when given) and up to `k` routes; returns (graph, routes)."""
    if graph is None:
        yield Progress(0.0, "navigation graph")
        graph = routing.build_graph(venue, scenario)
    yield Progress(0.5, "routes")
    if k <= 1:
        routes = [routing.access_route(graph, source, target, profile=profile, avoid=avoid)]
    else:
        routes = routing.alternatives(graph, source, target, k=k, profile=profile, avoid=avoid)
    return graph, routes


class RoutesPanel(QWidget):
    """Compute access routes and show them. `route_chosen(object)` gives the route shown first (or None)."""

    route_chosen = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.layer = RouteLayer(window.viewport)
        self.graph = None
        self.routes: list[routing.Route] = []
        self.steps: list[routing.Step] = []
        self._graph_key: tuple | None = None
        self._job = 0
        self._press: QPointF | None = None
        self._picking: QLineEdit | None = None
        self.pick_buttons: dict[QLineEdit, QPushButton] = {}
        self.start, start_row = self._end_row("route-start")
        self.target, target_row = self._end_row("route-target")
        self.profile = QComboBox(self)
        self.profile.setObjectName("route-profile")
        for name, text in profile_names().items():
            self.profile.addItem(text, name)
        self.avoid = QLineEdit(self)
        self.avoid.setObjectName("route-avoid")
        self.avoid.setPlaceholderText(self.tr("ids, separated by commas"))
        add_avoid = QPushButton(self.tr("Add Selection"), self)
        add_avoid.clicked.connect(self._avoid_selection)
        avoid_row = QHBoxLayout()
        avoid_row.addWidget(self.avoid, 1)
        avoid_row.addWidget(add_avoid)
        self.count = QSpinBox(self)
        self.count.setObjectName("route-count")
        self.count.setRange(1, 5)
        self.count.setValue(3)
        self.compute = QPushButton(self.tr("Compute Route"), self)
        self.compute.setObjectName("route-compute")
        self.compute.clicked.connect(self.compute_now)
        form = QFormLayout()
        form.addRow(self.tr("From"), start_row)
        form.addRow(self.tr("To"), target_row)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Avoid"), avoid_row)
        form.addRow(self.tr("Routes"), self.count)
        self.choice = QComboBox(self)
        self.choice.setObjectName("route-choice")
        self.choice.activated.connect(self._choose)
        self.summary = QLabel(self)
        self.summary.setObjectName("route-summary")
        self.summary.setWordWrap(True)
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("route-steps")
        self.steps_list.setWordWrap(True)
        self.steps_list.currentRowChanged.connect(self.centre_on_step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.compute)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps_list, 1)
        window.viewport.plotter.installEventFilter(self)
        self._clear()

    def _end_row(self, name: str) -> tuple[QLineEdit, QHBoxLayout]:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("id, or x,y@level"))
        take = QPushButton(self.tr("Selection"), self)
        take.setToolTip(self.tr("Use the element selected in the tree or the view"))
        take.clicked.connect(lambda: self._take_selection(edit))
        pick = QPushButton(self.tr("Pick"), self)
        pick.setObjectName(name + "-pick")
        pick.setCheckable(True)
        pick.setToolTip(self.tr("Click the start or target in the 3D view"))
        pick.toggled.connect(lambda on: self._set_picking(edit if on else None))
        self.pick_buttons[edit] = pick  # a Python dict: a QObject kept in a Qt property can crash when freed
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(take)
        row.addWidget(pick)
        return edit, row

    # --- ends ---------------------------------------------------------------------------

    def _take_selection(self, edit: QLineEdit) -> None:
        if self.main.session.selection:
            edit.setText(self.main.session.selection[0])

    def _avoid_selection(self) -> None:
        current = [x.strip() for x in self.avoid.text().split(",") if x.strip()]
        venue = self.main.session.venue
        for element_id in self.main.session.selection:
            usable = venue is not None and (element_id in venue.openings or element_id in venue.connectors)
            if usable and element_id not in current:
                current.append(element_id)
        self.avoid.setText(", ".join(current))

    def _set_picking(self, edit: QLineEdit | None) -> None:
        for other in (self.start, self.target):
            button = self.pick_buttons[other]
            if other is not edit and button.isChecked():
                button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(False)
        self._picking = edit
        if edit is not None:
            self.main.statusBar().showMessage(self.tr("Click the route's end in the 3D view. Esc to stop."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While picking, a click in the view fills the end instead of selecting."""
        if self._picking is None or not isinstance(event, QMouseEvent):
            if self._picking is not None and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.pick_buttons[self._picking].setChecked(False)
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
        view, edit = self.main.viewport, self._picking
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

    # --- computing ----------------------------------------------------------------------

    def compute_now(self) -> None:
        session = self.main.session
        venue = session.venue
        source, target = self.start.text().strip(), self.target.text().strip()
        if venue is None or not source or not target or self._job:
            return
        scenario = active_scenario(session)
        key = (venue, scenario)
        if self._graph_key is None or self._graph_key[0] is not venue or self._graph_key[1] is not scenario:
            self.graph, self._graph_key = None, key
        avoid = [x.strip() for x in self.avoid.text().split(",") if x.strip()]
        self.compute.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))
        self._job = self.main.jobs.start(
            compute_routes, venue, scenario, self.graph, source, target,
            profile=self.profile.currentData(), avoid=avoid, k=self.count.value(),
            title=self.tr("Computing routes"), on_result=self._computed, on_error=self._failed,
        )  # fmt: skip
        self.main.jobs.finished.connect(self._ended)

    def _ended(self, job_id: int) -> None:
        if job_id == self._job:
            self.main.jobs.finished.disconnect(self._ended)
            self._job = 0
            self.compute.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._clear()
        self.summary.setText(self.tr("No route: %1").replace("%1", str(error)))

    def _computed(self, result) -> None:
        self.graph, routes = result
        self.routes = list(routes)
        self.choice.clear()
        for i, route in enumerate(self.routes):
            text = self.tr("Route %1: %2, %3").replace("%1", str(i + 1))
            self.choice.addItem(text.replace("%2", labels.metres(route.length, 0)).replace("%3", duration(route.time)))
        self.choice.setVisible(len(self.routes) > 1)
        self._choose(0)

    def _choose(self, index: int) -> None:
        if not 0 <= index < len(self.routes):
            return
        route = self.routes[index]
        self.layer.set_routes(self.routes, index)
        venue = self.main.session.venue
        self.summary.setText(
            self.tr("Length %1, time %2 (%3 s)")
            .replace("%1", labels.metres(route.length))
            .replace("%2", duration(route.time))
            .replace("%3", f"{route.time:.0f}")
        )
        self.steps = routing.directions(route, venue, lang=ui_language())
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for i, step in enumerate(self.steps):
            self.steps_list.addItem(QListWidgetItem(f"{i + 1}. {step.text}"))
        self.steps_list.blockSignals(False)
        self.route_chosen.emit(route)

    @property
    def route(self) -> routing.Route | None:
        """The route shown first (the chosen alternative), or None."""
        index = self.choice.currentIndex()
        return self.routes[index] if 0 <= index < len(self.routes) else None

    def step_time(self, row: int) -> float:
        """Seconds from the start to step `row` of the directions."""
        return float(np.sum([s.time for s in self.steps[: row + 1]]))

    def centre_on_step(self, row: int) -> None:
        route = self.route
        if route is None or not 0 <= row < len(self.steps):
            return
        point = self.layer.drawn(routing.position_at(route, self.step_time(row)))
        centre_camera_on(self.main.viewport.plotter, point)
        self.main.viewport.render()

    def _clear(self) -> None:
        self.routes, self.steps = [], []
        self.choice.clear()
        self.choice.hide()
        self.summary.setText("")
        self.steps_list.clear()
        self.layer.set_routes([])
        self.route_chosen.emit(None)

    def release(self) -> None:
        self.main.viewport.plotter.removeEventFilter(self)
