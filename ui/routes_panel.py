"""The Routes panel: start, target, profile, what to avoid, alternatives; the routes drawn in 3D and the
directions, in the interface's language, synced with the view (a step selected centres the camera on it).

Ends are typed ids (or ``x,y@level``), taken from the selection, or picked in the view: while a "Pick" button
is down, the next click in the view gives the element under the mouse or the floor point (:mod:`ui.route_ends`).
The graph is built and the routes computed on a worker (:meth:`ui.main_window.MainWindow.run_job`); one
computation at a time, so the graph is never queried from two threads.

"Save Route…" keeps the request of the routes shown in the project (:func:`venueplanner.ops.save_route`,
undoable); the saved routes are listed under the directions, and choosing one computes it again with its stored
ends, profile, what it avoids and its scenario.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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
from ui.route_ends import RouteEnds
from ui.saved_routes import SavedRoutes
from venueplanner import ops
from venueplanner.ops.save_route import default_route_name

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def compute_routes(venue, scenario, graph, source, target, *, profile, avoid, k, via=()):
    """Job: the navigation graph (reused when given) and up to `k` routes; returns (graph, routes)."""
    if graph is None:
        yield Progress(0.0, "navigation graph")
        graph = routing.build_graph(venue, scenario)
    yield Progress(0.5, "routes")
    if k <= 1:
        routes = [routing.access_route(graph, source, target, profile=profile, avoid=avoid, via=via)]
    else:
        routes = routing.alternatives(graph, source, target, k=k, profile=profile, avoid=avoid, via=via)
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
        # the request of the routes shown (what "Save Route…" keeps); that of the routes being computed, and
        # the venue they are computed in (None when no computation runs, or when it ended with a result or an error)
        self.request: dict | None = None
        self._computing_request: dict | None = None
        self._computing_venue = None
        self._job = 0
        self.ends = RouteEnds(self)
        self.pick_buttons = self.ends.pick_buttons
        self.start, start_row = self.ends.row("route-start")
        self.target, target_row = self.ends.row("route-target")
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
        self.save = QPushButton(self.tr("Save Route…"), self)
        self.save.setObjectName("route-save")
        self.save.setToolTip(self.tr("Keep this route in the project (its start, target, profile and what it avoids)"))
        self.save.clicked.connect(lambda: self.save_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute, 1)
        buttons.addWidget(self.save)
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
        layout.addLayout(buttons)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps_list, 1)
        self.saved = SavedRoutes(window, self)
        self.saved.chosen.connect(self.show_saved)
        layout.addWidget(self.saved)
        window.viewport.plotter.installEventFilter(self.ends)  # while picking, a click in the view fills an end
        window.session.report_changed.connect(self._file_opened)
        self._clear()

    # --- ends ---------------------------------------------------------------------------

    def _avoid_selection(self) -> None:
        current = [x.strip() for x in self.avoid.text().split(",") if x.strip()]
        venue = self.main.session.venue
        for element_id in self.main.session.selection:
            usable = venue is not None and (element_id in venue.openings or element_id in venue.connectors)
            if usable and element_id not in current:
                current.append(element_id)
        self.avoid.setText(", ".join(current))

    def pick_at(self, pos: QPointF) -> None:
        """Fill the end being picked from widget position `pos` of the view (:meth:`RouteEnds.pick_at`)."""
        self.ends.pick_at(pos)

    # --- computing ----------------------------------------------------------------------

    def compute_now(self) -> None:
        """Compute the routes the form asks for, in the active scenario."""
        avoid = [x.strip() for x in self.avoid.text().split(",") if x.strip()]
        self._start(self.start.text().strip(), self.target.text().strip(), avoid, active_scenario(self.main.session))

    def _start(self, source: str, target: str, avoid: list[str], scenario, via: tuple[str, ...] = ()) -> None:
        venue = self.main.session.venue
        if venue is None or not source or not target or self._job:
            return
        key = (venue, scenario)
        if self._graph_key is None or self._graph_key[0] is not venue or self._graph_key[1] is not scenario:
            self.graph, self._graph_key = None, key
        profile = self.profile.currentData()
        self._computing_request = {
            "origin": source, "target": target, "profile": profile, "avoid": avoid, "via": list(via),
            "scenario_id": scenario.id if scenario is not None else None,
        }  # fmt: skip
        self._computing_venue = venue
        self.compute.setEnabled(False)
        self.save.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))
        self._job = self.main.jobs.start(
            compute_routes, venue, scenario, self.graph, source, target,
            profile=profile, avoid=avoid, k=self.count.value(), via=via,
            title=self.tr("Computing routes"), on_result=self._computed, on_error=self._failed, on_end=self._ended,
        )  # fmt: skip

    @property
    def job(self) -> int:
        """The id of the computation running (0 when none)."""
        return self._job

    def _ended(self, job_id: int) -> None:
        if job_id != self._job:
            return
        self._job = 0
        self.compute.setEnabled(True)
        if self._computing_request is not None:  # cancelled: neither a result nor an error came
            self._computing_request = self._computing_venue = None
            self.save.setEnabled(self.request is not None and bool(self.routes))
            route = self.route
            self.summary.setText(self._summary(route) if route is not None else "")

    def _failed(self, error: BaseException) -> None:
        self._computing_request = self._computing_venue = None
        self._clear()
        self.summary.setText(self.tr("No route: %1").replace("%1", str(error)))

    def _computed(self, result) -> None:
        request, venue = self._computing_request, self._computing_venue
        self._computing_request = self._computing_venue = None
        if venue is not self.main.session.venue:  # an edit (or another file) came while they were computed
            self._clear()
            self.summary.setText(self.tr("The venue changed while the routes were computed: compute them again."))
            return
        self.graph, routes = result
        self.routes = list(routes)
        self.request = request
        self.save.setEnabled(bool(self.routes))
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
        self.summary.setText(self._summary(route))
        self.steps = routing.directions(route, self.main.session.venue, lang=ui_language())
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for i, step in enumerate(self.steps):
            self.steps_list.addItem(QListWidgetItem(f"{i + 1}. {step.text}"))
        self.steps_list.blockSignals(False)
        self.route_chosen.emit(route)

    def _summary(self, route: routing.Route) -> str:
        return (
            self.tr("Length %1, time %2 (%3 s)")
            .replace("%1", labels.metres(route.length))
            .replace("%2", duration(route.time))
            .replace("%3", f"{route.time:.0f}")
        )

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
        self.routes, self.steps, self.request = [], [], None
        self.save.setEnabled(False)
        self.choice.clear()
        self.choice.hide()
        self.summary.setText("")
        self.steps_list.clear()
        self.layer.set_routes([])
        self.route_chosen.emit(None)

    # --- saved routes -------------------------------------------------------------------

    def save_current(self, name: str | None = None) -> str | None:
        """Save the request of the routes shown under `name` (asked when None); returns the new route's id."""
        request, project = self.request, self.main.session.project
        if request is None or project is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save Route"), self.tr("Name of the route:"),
                text=default_route_name(request["origin"], request["target"]),
            )  # fmt: skip
            if not ok:
                return None
        before = set(project.routes)
        if not self.main.apply(ops.save_route, name=name, **request):
            return None
        (route_id,) = set(self.main.session.project.routes) - before
        self.saved.select(route_id)
        message = self.tr("Route saved: %1").replace("%1", self.main.session.project.routes[route_id].name)
        if self.choice.currentIndex() > 0:
            message += " " + self.tr("(its request is kept: it is computed again as the fastest route)")
        self.main.statusBar().showMessage(message, 8000)
        return route_id

    def show_saved(self, route_id: str) -> None:
        """Compute saved route `route_id` again with its stored ends, profile, avoided elements and scenario.

        Nothing changes while another computation runs. A route whose profile is not known or whose scenario
        is no longer in the project is not computed: the summary says why.
        """
        project = self.main.session.project
        route = project.routes.get(route_id) if project is not None else None
        if route is None or self.main.session.venue is None:
            return
        if self._job:
            self.main.statusBar().showMessage(
                self.tr("Routes are being computed: wait for them, or cancel, before showing a saved route."), 8000
            )
            return
        self.saved.select(route_id)
        profile = self.profile.findData(route.profile or routing.DEFAULT_PROFILE)
        scenario = project.scenarios.get(route.scenario_id) if route.scenario_id else None
        if profile < 0 or (route.scenario_id and scenario is None):
            self._clear()
            if profile < 0:
                text = self.tr("“%1” is not computed: its profile %2 is not known.")
                text = text.replace("%2", route.profile or routing.DEFAULT_PROFILE)
            else:
                text = self.tr("“%1” is not computed: its scenario %2 is no longer in the project.")
                text = text.replace("%2", route.scenario_id)
            self.summary.setText(text.replace("%1", route.name))
            return
        self.start.setText(route.origin)
        self.target.setText(route.target)
        self.profile.setCurrentIndex(profile)
        self.avoid.setText(", ".join(route.avoid))
        self.count.setValue(1)
        self._start(route.origin, route.target, list(route.avoid), scenario, route.via)

    def _file_opened(self, _report) -> None:
        """Another file was opened (or the venue closed): the routes of the previous one are no longer shown,
        and those being computed for it never will be."""
        if self._job:
            self.main.jobs.cancel(self._job)
        self.graph, self._graph_key = None, None
        self._clear()

    def release(self) -> None:
        self.main.session.report_changed.disconnect(self._file_opened)
        self.saved.release()
        self.main.viewport.plotter.removeEventFilter(self.ends)
