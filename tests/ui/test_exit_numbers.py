"""View > Exit Numbers shows and hides the exterior door numbers drawn above the exits."""

from __future__ import annotations

import pytest

from models.numbering import exterior_door_numbers
from tests.ui.conftest import open_and_wait
from venueplanner.scene_routes import exit_label_points

LABELS = "exit-numbers-labels"  # pyvista's name for the labels added as "exit-numbers"


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


@pytest.mark.render
def test_the_exit_numbers_action_removes_and_brings_back_the_numbers_over_the_exits(hall_window, qtbot):
    view, action = hall_window.viewport, hall_window.actions.exit_numbers
    venue = hall_window.session.venue
    assert action.isChecked() and view.options.show_exit_numbers
    qtbot.waitUntil(lambda: LABELS in view.plotter.actors)
    points, texts = exit_label_points(venue, view.options, exterior_door_numbers(venue))
    assert sorted(map(int, texts)) == list(range(1, len(exterior_door_numbers(venue)) + 1)) and len(points)

    action.trigger()  # off
    assert not action.isChecked() and not view.options.show_exit_numbers
    qtbot.waitUntil(lambda: LABELS not in view.plotter.actors)
    view.set_explode(4)  # a later change of the view's options does not bring them back
    qtbot.wait(50)
    assert LABELS not in view.plotter.actors

    action.trigger()  # on again
    assert action.isChecked() and view.options.show_exit_numbers
    qtbot.waitUntil(lambda: LABELS in view.plotter.actors)
