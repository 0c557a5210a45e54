"""Picking in the 3D view selects in the tree and the inspector, and the other way round."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import open_and_wait
from ui.tree_panel import ID_ROLE


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def click_at_world(window, qtbot, xyz) -> None:
    view = window.viewport
    pos = view.widget_pos(xyz)
    qtbot.mouseClick(view.plotter, Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y())))


def test_clicking_a_space_in_the_plan_view_selects_it_in_the_tree_and_the_inspector(hall_window, qtbot):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    pit = hall_window.session.venue.space("pit")
    click_at_world(hall_window, qtbot, (*np.mean(pit.footprint, axis=0), 0.0))
    assert hall_window.session.selection == ("pit",)
    assert [it.data(0, ID_ROLE) for it in hall_window.tree_panel.tree.selectedItems()] == ["pit"]
    assert hall_window.inspector.title.text() == "Fosse"
    assert hall_window.inspector.form.use.currentData() == "standing"
    assert "selection" in view.plotter.actors


def test_clicking_a_space_in_the_3d_view_selects_it(hall_window, qtbot):
    hall_window.viewport.render_now()
    stage = hall_window.session.venue.space("stage")
    click_at_world(hall_window, qtbot, (*np.mean(stage.footprint, axis=0), 0.0))
    assert hall_window.session.selection == ("stage",)
    assert hall_window.selection_label.text() == "Selected: Scène"


def test_clicking_empty_sky_clears_the_selection(hall_window, qtbot):
    hall_window.session.select("pit")
    qtbot.mouseClick(hall_window.viewport.plotter, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert hall_window.session.selection == ()
    assert "selection" not in hall_window.viewport.plotter.actors


def test_selecting_in_the_tree_highlights_the_element_in_the_view(hall_window, qtbot):
    tree = hall_window.tree_panel
    tree.item("stage").setSelected(True)
    assert hall_window.session.selection == ("stage",)
    highlight = hall_window.viewport.plotter.actors["selection"].GetMapper().GetInput()
    xmin, xmax, ymin, ymax, _, _ = highlight.GetBounds()
    # the stage is the rectangle x 3..22, y 32..41 (samples/concert-hall.yaml)
    assert (xmin, xmax, ymin, ymax) == pytest.approx((3, 22, 32, 41))
    assert hall_window.inspector.title.text() == "Scène"


def test_a_problem_in_the_report_selects_its_element(hall_window, qtbot):
    hall_window.report_panel.selection_requested.emit(["E1"])
    assert hall_window.session.selection == ("E1",)
    assert hall_window.inspector.form.width.text() == "1.80"


def test_the_status_bar_shows_the_coordinates_and_space_under_the_mouse(hall_window, qtbot):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    pos = view.widget_pos((12.5, 25.0, 0.0))
    qtbot.mouseMove(view.plotter, pos=QPoint(round(pos.x()), round(pos.y())))
    text = hall_window.coordinates.text()
    x, y = (float(v) for v in re.findall(r"[xy] (-?[0-9.]+) m", text))
    assert abs(x - 12.5) < 0.15 and abs(y - 25.0) < 0.15  # a pixel is about 0.1 m in this view
    assert text.endswith("· Rez-de-chaussée · Fosse")
