"""The Routes panel: a route computed on a worker, drawn in 3D in its colour, its directions synced with the view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

import routing
from tests.ui.conftest import open_and_wait
from ui import labels
from venueplanner.scene_routes import route_colour
from venueplanner.scene_style import hex_rgb


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def compute(window, qtbot, source: str, target: str, profile: str = "team", count: int = 1):
    panel = window.results.routes
    panel.start.setText(source)
    panel.target.setText(target)
    panel.profile.setCurrentIndex(panel.profile.findData(profile))
    panel.count.setValue(count)
    panel.compute.click()
    qtbot.waitUntil(lambda: bool(panel.routes) and panel.compute.isEnabled(), timeout=30_000)
    return panel


def colour_count(image: QImage, colour: str, tolerance: int = 40) -> int:
    """How many pixels are within `tolerance` of `colour` on each channel (shading darkens a tube)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine())[:, : width * 3]
    pixels = pixels.reshape(height, width, 3).astype(int)
    return int(np.sum(np.all(np.abs(pixels - hex_rgb(colour)) <= tolerance, axis=2)))


@pytest.mark.render
def test_a_team_route_from_the_staging_point_to_the_sound_desk_is_shown_with_its_length_and_colour(
    hall_window, qtbot, tmp_path
):
    view = hall_window.viewport
    view.show_plan("L0")  # from above: the ground-floor part, from the boulevard through the lobby to stair A
    view.render_now()
    before = colour_count(QImage(str(view.screenshot(tmp_path / "before.png"))), route_colour(0))
    panel = compute(hall_window, qtbot, "STG-1", "REGIE")
    expected = routing.access_route(panel.graph, "STG-1", "REGIE", profile="team")
    assert panel.summary.text().startswith("Length " + labels.metres(expected.length))  # 42.37 m
    assert f"({expected.time:.0f} s)" in panel.summary.text()  # 46 s
    # the directions in English, numbered, from the start to the arrival
    assert panel.steps_list.count() == len(routing.directions(expected, hall_window.session.venue))
    assert panel.steps_list.item(0).text().startswith("1. Start at")
    assert "route-0" in view.plotter.actors and "route-0-arrows" in view.plotter.actors
    view.render_now()
    after = colour_count(QImage(str(view.screenshot(tmp_path / "route.png"))), route_colour(0))
    assert before <= 5 and after >= 50  # the route's blue-violet was nowhere before; now the tube shows it


@pytest.mark.render
def test_alternatives_are_drawn_in_other_colours_and_can_be_chosen(hall_window, qtbot):
    panel = compute(hall_window, qtbot, "STG-1", "REGIE", count=3)
    # docs/routing.md: the team gets stair A (46 s), stair B (47 s) and the lift (60 s)
    assert [round(r.time) for r in panel.routes] == [46, 47, 60]
    actors = hall_window.viewport.plotter.actors
    assert {"route-0", "route-1", "route-2"} <= set(actors)
    colours = [tuple(round(c * 255) for c in actors[f"route-{i}"].prop.color)[:3] for i in range(3)]
    assert colours == [hex_rgb(route_colour(i)) for i in range(3)]
    panel.choice.setCurrentIndex(2)
    panel.choice.activated.emit(2)
    assert panel.route is panel.routes[2] and "S-A" not in panel.route.connectors
    assert f"({panel.routes[2].time:.0f} s)" in panel.summary.text()


@pytest.mark.render
def test_selecting_a_step_centres_the_camera_on_it(hall_window, qtbot):
    panel = compute(hall_window, qtbot, "STG-1", "REGIE")
    camera = hall_window.viewport.plotter.renderer.camera
    last = panel.steps_list.count() - 1
    panel.steps_list.setCurrentRow(last)  # "you have arrived": the sound desk marker, on the balcony level
    arrival = panel.layer.drawn(routing.position_at(panel.route, panel.route.time))
    assert np.allclose(camera.focal_point, arrival, atol=1e-6)


@pytest.mark.render
def test_no_route_says_why_in_the_panel(hall_window, qtbot):
    panel = hall_window.results.routes
    panel.start.setText("STG-1")
    panel.target.setText("nowhere-at-all")
    panel.compute.click()
    qtbot.waitUntil(lambda: panel.compute.isEnabled() and panel.summary.text().startswith("No route"), timeout=30_000)
    assert "nowhere-at-all" in panel.summary.text() and not panel.routes


@pytest.mark.render
def test_picking_the_target_in_the_view_fills_it_with_the_clicked_element(hall_window, qtbot):
    panel = hall_window.results.routes
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    panel.pick_buttons[panel.target].setChecked(True)
    panel.pick_at(view.widget_pos((12.5, 25.0, 0.0)))  # in the pit (0..25 x 18..), away from its doors
    text = panel.target.text()
    assert text.endswith("@L0") and not panel.pick_buttons[panel.target].isChecked()
    x, y = (float(v) for v in text.split("@")[0].split(","))
    assert abs(x - 12.5) < 0.3 and abs(y - 25.0) < 0.3
