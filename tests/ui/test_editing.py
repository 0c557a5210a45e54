"""Editing in the window: the inspector's fields, markers placed and dragged in the view, undo and redo."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import open_and_wait
from ui.viewport_tools import Tool


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def screen_point(window, x: float, y: float, z: float = 0.0) -> QPoint:
    pos = window.viewport.widget_pos((x, y, z))
    return QPoint(round(pos.x()), round(pos.y()))


def test_renaming_in_the_inspector_updates_the_tree_and_can_be_undone_and_redone(hall_window, qtbot):
    session = hall_window.session
    session.select("pit")
    type_into(qtbot, hall_window.inspector.form.name, "Fosse debout")
    assert session.venue.space("pit").name == "Fosse debout"
    assert hall_window.tree_panel.item("pit").text(0) == "Fosse debout"
    assert hall_window.actions.undo.text() == "&Undo Rename pit"
    assert hall_window.isWindowModified()
    hall_window.actions.undo.trigger()
    assert session.venue.space("pit").name == "Fosse"
    assert hall_window.inspector.form.name.text() == "Fosse"
    assert not hall_window.isWindowModified()
    hall_window.actions.redo.trigger()
    assert hall_window.tree_panel.item("pit").text(0) == "Fosse debout"


def test_a_negative_width_is_refused_with_a_message_and_the_field_put_back(hall_window, qtbot):
    hall_window.session.select("E1")
    form = hall_window.inspector.form
    type_into(qtbot, form.width, "-1")
    message = hall_window.inspector.message
    assert message.isVisible()
    assert "a clear width must be more than 0 m" in message.text()
    assert hall_window.session.venue.opening("E1").width == 1.8
    assert form.width.text() == "1.80"
    assert not hall_window.session.can_undo
    type_into(qtbot, form.width, "2,4")  # a comma works as well as a dot
    assert hall_window.session.venue.opening("E1").width == 2.4
    assert not message.isVisible()


def test_capacity_use_lock_and_block_are_edited_from_the_inspector(hall_window, qtbot):
    session = hall_window.session
    session.select("bar")
    form = hall_window.inspector.form
    type_into(qtbot, form.capacity, "120")
    form.use.activated.emit(form.use.findData("foyer"))
    assert (session.venue.space("bar").capacity, session.venue.space("bar").use) == (120, "foyer")
    session.select("ES1")
    form = hall_window.inspector.form
    form.locked.click()
    form.blocked.click()
    assert session.venue.opening("ES1").locked
    assert session.project.scenarios["scenario-1"].blocked_openings == {"ES1"}
    assert "blocked" in hall_window.tree_panel.item("ES1").text(1)
    assert [e.op for e in session.project.edit_log] == ["set_capacity", "set_use", "set_locked", "block"]


def test_placing_a_staging_point_by_clicking_the_lobby_floor(hall_window, qtbot):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    hall_window.actions.place_actions["staging_point"].trigger()
    assert view.tools.tool == Tool.PLACE
    qtbot.mouseClick(view.plotter, Qt.MouseButton.LeftButton, pos=screen_point(hall_window, 14.0, 5.0))
    venue = hall_window.session.venue
    marker = venue.marker("STG-3")  # the sample has STG-1 and STG-2
    # one screen pixel of this plan view is about 55 m / 560 px = 0.1 m
    assert np.allclose(marker.position, (14.0, 5.0), atol=0.15)
    assert marker.level_id == "L0" and marker.label == "Staging point"
    assert hall_window.session.selection == ("STG-3",)
    assert view.tools.tool == Tool.SELECT
    assert hall_window.tree_panel.category_count("markers") == 11


def test_dragging_the_selected_marker_moves_it_once_and_undo_puts_it_back(hall_window, qtbot):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    hall_window.session.select("TGBT")  # at (19, 53)
    start, end = screen_point(hall_window, 19.0, 53.0, 1.6), screen_point(hall_window, 12.0, 52.0)
    qtbot.mousePress(view.plotter, Qt.MouseButton.LeftButton, pos=start)
    for t in np.linspace(0.2, 1.0, 5):
        qtbot.mouseMove(
            view.plotter,
            pos=QPoint(
                *np.round(np.array([start.x(), start.y()]) * (1 - t) + np.array([end.x(), end.y()]) * t).astype(int)
            ),
        )
    qtbot.mouseRelease(view.plotter, Qt.MouseButton.LeftButton, pos=end)
    moved = hall_window.session.venue.marker("TGBT")
    assert np.allclose(moved.position, (12.0, 52.0), atol=0.15)
    assert [e.op for e in hall_window.session.project.edit_log] == ["move_marker"]
    hall_window.undo()
    assert hall_window.session.venue.marker("TGBT").position == (19.0, 53.0)


def test_deleting_the_selected_marker_from_the_edit_menu(hall_window, qtbot):
    hall_window.session.select("HZ-CO2")
    assert hall_window.actions.delete_marker.isEnabled()
    hall_window.actions.delete_marker.trigger()
    assert "HZ-CO2" not in hall_window.session.venue.markers
    assert hall_window.tree_panel.item("HZ-CO2") is None
    assert not hall_window.actions.delete_marker.isEnabled()


def test_measuring_a_distance_with_two_clicks(hall_window, qtbot):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    hall_window.actions.measure_tool.trigger()
    for x, y in ((5.0, 5.0), (20.0, 13.0)):
        qtbot.mouseClick(view.plotter, Qt.MouseButton.LeftButton, pos=screen_point(hall_window, x, y))
    # sqrt(15² + 8²) = 17 m, to a pixel or two
    assert hall_window.statusBar().currentMessage().startswith("Distance: 17.0")
    assert "measure-line" in view.plotter.actors
    hall_window.actions.select_tool.trigger()
    assert "measure-line" not in view.plotter.actors


def test_hiding_a_level_and_exploding_the_levels(hall_window, qtbot):
    view, tree = hall_window.viewport, hall_window.tree_panel
    tree.item("L1").setCheckState(0, Qt.CheckState.Unchecked)
    assert not view.plotter.actors["floor@L1"].GetVisibility()
    assert not hall_window.actions.levels_menu.actions()[1].isChecked()
    tree.item("L1").setCheckState(0, Qt.CheckState.Checked)
    hall_window.actions.explode_slider.setValue(8)
    assert view.plotter.actors["floor@L1"].GetPosition() == (0.0, 0.0, 8.0)
    assert hall_window.actions.explode.isChecked()
    view.isolate_level("L0")
    assert not view.plotter.actors["floor@L1"].GetVisibility() and view.plotter.actors["floor@L0"].GetVisibility()


def test_the_context_geometry_is_left_out_while_the_camera_moves_when_frames_are_slow(main_window, qtbot, monkeypatch):
    from models import ContextMesh
    from models.factories import two_room_venue
    from venueplanner.project import Project

    wall = ContextMesh("wall", [(0, 0, 0), (10, 0, 0), (10, 0, 3), (0, 0, 3)], [(0, 1, 2), (0, 2, 3)], "walls", "L0")
    main_window.session.load(Project(two_room_venue().with_elements(wall)))
    view = main_window.viewport
    view.render_now()
    monkeypatch.setattr("ui.viewport.FAST_FRAME_MS", 0.0)  # every frame counts as slow
    seen_during_drag = []
    view.plotter.iren.interactor.GetInteractorStyle().AddObserver(
        "InteractionEvent", lambda *_: seen_during_drag.append(view.plotter.actors["context@L0"].GetVisibility())
    )
    centre = view.plotter.rect().center()
    qtbot.mousePress(view.plotter, Qt.MouseButton.LeftButton, pos=centre)
    for dx in (20, 40, 60):
        qtbot.mouseMove(view.plotter, pos=centre + QPoint(dx, 0))
    qtbot.mouseRelease(view.plotter, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert seen_during_drag and not any(seen_during_drag)
    assert view.plotter.actors["context@L0"].GetVisibility()


def test_ticking_a_level_updates_the_tree_in_place_and_never_deletes_the_item_being_ticked(hall_window, qtbot):
    # Rebuilding the tree from inside the item's own setCheckState freed the item under Qt
    # (an intermittent segfault); the ticked item must survive, and the view must follow.
    tree, view = hall_window.tree_panel, hall_window.viewport
    level_item = tree.item("L1")
    for state in (Qt.CheckState.Unchecked, Qt.CheckState.Checked) * 5:
        level_item.setCheckState(0, state)
        assert tree.item("L1") is level_item
        assert view.plotter.actors["floor@L1"].GetVisibility() == (state == Qt.CheckState.Checked)
    view.isolate_level("L0")
    assert tree.item("L1") is level_item and level_item.checkState(0) == Qt.CheckState.Unchecked
