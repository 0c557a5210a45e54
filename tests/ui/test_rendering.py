"""What the view draws, checked on its pixels: floors in their use colours, the selection, levels hidden."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from tests.ui.conftest import open_and_wait
from venueplanner.scene_style import BACKGROUND, SELECTION_COLOUR, USE_COLOURS, hex_rgb


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    main_window.actions.context.setChecked(True)
    return main_window


def pixel(image: QImage, window, xyz) -> tuple[int, int, int]:
    """The colour the saved image has where the world point `xyz` is drawn."""
    pos = window.viewport.widget_pos(xyz)
    ratio = image.width() / window.viewport.plotter.width()
    colour = image.pixelColor(round(pos.x() * ratio), round(pos.y() * ratio))
    return colour.red(), colour.green(), colour.blue()


def near(colour: tuple[int, int, int], expected: str, tolerance: int = 2) -> bool:
    return bool(np.all(np.abs(np.subtract(colour, hex_rgb(expected))) <= tolerance))


@pytest.mark.render
def test_a_screenshot_of_the_ground_floor_plan_shows_each_space_in_its_use_colour(hall_window, tmp_path):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    saved = view.screenshot(tmp_path / "plan")
    assert saved == tmp_path / "plan.png"
    image = QImage(str(saved))
    assert not image.isNull() and image.width() == view.plotter.width()
    venue = hall_window.session.venue
    # inside each space, away from its labels: 2 m in from the first corner towards its vertex mean
    for space_id in ("pit", "stage", "bar", "lobby", "dock"):
        space = venue.space(space_id)
        corner = np.array(space.footprint[0])
        inward = np.mean(space.footprint, axis=0) - corner
        point = corner + inward / np.linalg.norm(inward) * 2.0
        assert near(pixel(image, hall_window, (*point, 0.0)), USE_COLOURS[space.use]), space_id
    top_left = image.pixelColor(5, 5)  # the plan is centred: the corner is background, a light gradient
    corner = (top_left.red(), top_left.green(), top_left.blue())
    assert not any(near(corner, c, 8) for c in USE_COLOURS.values())
    bottom, top = (np.array(hex_rgb(c)) for c in BACKGROUND)
    assert np.all(np.minimum(bottom, top) - 2 <= corner) and np.all(corner <= np.maximum(bottom, top) + 2)


@pytest.mark.render
def test_the_selected_space_is_outlined_in_the_selection_colour(hall_window, tmp_path):
    view = hall_window.viewport
    view.show_plan("L0")
    hall_window.session.select("pit")
    view.render_now()
    image = QImage(str(view.screenshot(tmp_path / "selected.png")))
    # the pit's south edge runs along y = 18 from x = 0 to 25; its middle is at x = 12.5
    assert near(pixel(image, hall_window, (12.5, 18.0, 0.0)), SELECTION_COLOUR, 4)
    hall_window.session.select(())
    view.render_now()
    image = QImage(str(view.screenshot(tmp_path / "unselected.png")))
    assert not near(pixel(image, hall_window, (12.5, 18.0, 0.0)), SELECTION_COLOUR, 40)


@pytest.mark.render
def test_a_hidden_level_is_not_drawn(hall_window, tmp_path):
    view = hall_window.viewport
    view.show_plan("L0")
    view.show_3d()
    view.plotter.renderer.camera.position = (1.5, 15.0, 200.0)  # straight above the balcony (L1) over the bar (L0)
    view.plotter.renderer.camera.focal_point = (1.5, 15.0, 0.0)
    view.plotter.renderer.camera.up = (0.0, 1.0, 0.0)
    view.plotter.renderer.ResetCameraClippingRange()
    view.render_now()
    above = (1.5 + 1.0, 15.0 + 1.0, 4.76)
    image = QImage(str(view.screenshot(tmp_path / "both.png")))
    assert near(pixel(image, hall_window, above), USE_COLOURS["seating"])  # the balcony
    view.set_level_visible("L1", False)
    view.render_now()
    image = QImage(str(view.screenshot(tmp_path / "ground.png")))
    assert near(pixel(image, hall_window, (2.5, 16.0, 0.0)), USE_COLOURS["bar"])  # the bar below
