"""Rehearsal: the chosen route flown through at real speed or faster, the camera following the walker."""

from __future__ import annotations

import time

import numpy as np
import pytest

import routing
from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute
from ui.panel_common import duration


@pytest.fixture
def rehearsal(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    compute(main_window, qtbot, "STG-1", "REGIE")
    return main_window.results.rehearsal


@pytest.mark.render
def test_rehearsing_at_ten_times_reaches_the_arrival_with_the_camera_following(rehearsal, main_window, qtbot):
    route = rehearsal.route
    assert route is main_window.results.routes.route
    camera = main_window.viewport.plotter.renderer.camera
    start_camera = np.array(camera.position)
    rehearsal.set_speed(10)
    started = time.perf_counter()
    rehearsal.play_button.click()
    assert rehearsal.timer.isActive() and rehearsal.play_button.text() == "Pause"
    # 46 s of route at 10x: about 4.6 s of wall time
    qtbot.waitUntil(lambda: rehearsal.elapsed == route.time, timeout=20_000)
    took = time.perf_counter() - started
    assert route.time / 10 - 0.2 <= took
    assert not rehearsal.timer.isActive() and rehearsal.play_button.text() == "Play"
    assert rehearsal.time_label.text() == f"{duration(route.time)} / {duration(route.time)}"  # 0:46 / 0:46
    assert rehearsal.slider.value() == rehearsal.slider.maximum()
    # the walker stands at the arrival and the camera looks ahead of it from behind
    arrival = main_window.results.routes.layer.drawn(routing.position_at(route, route.time))
    walker = main_window.viewport.plotter.actors["walker"].GetBounds()
    assert walker[0] - 1 < arrival[0] < walker[1] + 1 and walker[2] - 1 < arrival[1] < walker[3] + 1
    assert np.linalg.norm(np.array(camera.position) - start_camera) > 1.0
    assert np.linalg.norm(np.array(camera.position) - arrival) < 12.0  # 9 m back, 5 m up: 10.3 m


@pytest.mark.render
def test_the_slider_scrubs_and_pause_keeps_the_time(rehearsal, main_window, qtbot):
    route = rehearsal.route
    rehearsal.slider.setValue(500)  # half of the 1000 steps: 23 s of 46 s
    assert rehearsal.elapsed == pytest.approx(route.time / 2)
    camera = main_window.viewport.plotter.renderer.camera
    heading = rehearsal.heading_at(rehearsal.elapsed)
    ahead = np.subtract(camera.focal_point, camera.position)[:2]
    assert np.dot(ahead / np.linalg.norm(ahead), (np.cos(heading), np.sin(heading))) > 0.99  # looking along the way
    rehearsal.set_speed(1)
    rehearsal.play_button.click()
    qtbot.wait(300)
    rehearsal.play_button.click()  # pause
    paused = rehearsal.elapsed
    assert route.time / 2 < paused < route.time / 2 + 1.0  # about 0.3 s of real time at 1x
    qtbot.wait(200)
    assert rehearsal.elapsed == paused
