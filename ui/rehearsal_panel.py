"""The Rehearsal panel: a fly-through of the chosen route at real speed or faster, the camera following it.

A QTimer on the GUI thread advances the rehearsal clock by the wall time elapsed times the speed, and places the
walker with :func:`routing.position_at` (cheap: no graph, no search). The camera stands behind the walker and a
little above, looking along its heading (from :func:`routing.trajectory`, sampled once per route).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

import routing
from ui.panel_common import duration

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.routes_panel import RoutesPanel

log = logging.getLogger(__name__)

#: Speeds offered, times real time.
SPEEDS = (1, 2, 5, 10)
#: Timer period, milliseconds (25 frames a second at most; a slow frame only makes steps longer).
TICK_MS = 40
#: Slider steps over the route's time.
SLIDER_STEPS = 1000
#: The camera's place behind the walker and above it, and how far ahead it looks, metres.
CAMERA_BACK, CAMERA_UP, LOOK_AHEAD = 9.0, 5.0, 4.0


class RehearsalPanel(QWidget):
    """Plays the route chosen in the routes panel."""

    def __init__(self, window: MainWindow, routes: RoutesPanel) -> None:
        super().__init__(window)
        self.main = window
        self.layer = routes.layer
        self.route: routing.Route | None = None
        self.elapsed = 0.0
        self._headings: tuple[np.ndarray, np.ndarray] | None = None
        self._clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("rehearsal-play")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.play)
        self.speed = QComboBox(self)
        self.speed.setObjectName("rehearsal-speed")
        for s in SPEEDS:
            self.speed.addItem(f"{s}×", s)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("rehearsal-slider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.valueChanged.connect(self._scrubbed)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("rehearsal-time")
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.stop_button)
        row.addWidget(QLabel(self.tr("Speed"), self))
        row.addWidget(self.speed)
        row.addStretch(1)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.slider)
        self.hint = QLabel(self.tr("Compute a route in the Routes panel to rehearse it."), self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        routes.route_chosen.connect(self.set_route)
        self.set_route(None)

    @property
    def speed_factor(self) -> int:
        return int(self.speed.currentData())

    def set_speed(self, factor: int) -> None:
        self.speed.setCurrentIndex(max(0, self.speed.findData(factor)))

    def set_route(self, route: routing.Route | None) -> None:
        self.play_button.setChecked(False)
        self.route = route
        self._headings = None
        if route is not None and route.legs:
            tr = routing.trajectory(route, dt=0.25)
            self._headings = (tr.time, tr.heading)
        for w in (self.play_button, self.stop_button, self.speed, self.slider):
            w.setEnabled(route is not None)
        self.hint.setVisible(route is None)
        self.elapsed = 0.0
        self._show(follow=False)
        if route is None:
            self.layer.set_walker(None)

    # --- playing ------------------------------------------------------------------------

    def play(self, on: bool = True) -> None:
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)  # comes back here through toggled
            return
        if on and self.route is not None:
            if self.elapsed >= self.route.time:
                self.elapsed = 0.0
            self._clock.start()
            self.timer.start()
            self.play_button.setText(self.tr("Pause"))
        else:
            self.timer.stop()
            self.play_button.setText(self.tr("Play"))

    def stop(self) -> None:
        self.play(False)
        self.elapsed = 0.0
        self._show(follow=True)

    def _tick(self) -> None:
        if self.route is None:
            self.play(False)
            return
        step = self._clock.restart() / 1000.0 * self.speed_factor
        self.elapsed = min(self.elapsed + step, self.route.time)
        self._show(follow=True)
        if self.elapsed >= self.route.time:
            self.play(False)

    def _scrubbed(self, value: int) -> None:
        if self.route is None:  # the slider's signals are blocked when the clock moves it: this is the user
            return
        self.elapsed = value / SLIDER_STEPS * self.route.time
        self._show(follow=True, move_slider=False)

    def seek(self, seconds: float) -> None:
        """Put the walker `seconds` after the start."""
        if self.route is not None:
            self.elapsed = min(max(seconds, 0.0), self.route.time)
            self._show(follow=True)

    # --- showing ------------------------------------------------------------------------

    def heading_at(self, t: float) -> float:
        times, headings = self._headings
        return float(headings[min(int(np.searchsorted(times, t)), len(times) - 1)])

    def _show(self, *, follow: bool, move_slider: bool = True) -> None:
        route = self.route
        total = route.time if route is not None else 0.0
        self.time_label.setText(f"{duration(self.elapsed)} / {duration(total)}")
        if move_slider:
            self.slider.blockSignals(True)
            self.slider.setValue(round(self.elapsed / total * SLIDER_STEPS) if total > 0 else 0)
            self.slider.blockSignals(False)
        if route is None or not route.legs or self.main.viewport.venue is None:
            return
        position = routing.position_at(route, self.elapsed)
        heading = self.heading_at(self.elapsed)
        self.layer.set_walker(position, heading)
        if follow:
            self._follow(self.layer.drawn(position), heading)

    def _follow(self, at: np.ndarray, heading: float) -> None:
        ahead = np.array([np.cos(heading), np.sin(heading), 0.0])
        camera = self.main.viewport.plotter.renderer.camera
        camera.position = tuple(map(float, at - ahead * CAMERA_BACK + (0.0, 0.0, CAMERA_UP)))
        camera.focal_point = tuple(map(float, at + ahead * LOOK_AHEAD))
        camera.up = (0.0, 0.0, 1.0)
        self.main.viewport.plotter.renderer.ResetCameraClippingRange()
        self.main.viewport.render()
