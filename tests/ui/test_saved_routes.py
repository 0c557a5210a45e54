"""Saved routes in the Routes panel: save with undo and redo, kept in the .venue file, computed again, exported."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

import routing
from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def test_saving_the_route_shown_asks_a_name_and_can_be_undone_and_redone(hall_window, qtbot, monkeypatch):
    panel = hall_window.results.routes
    assert not panel.save.isEnabled()  # nothing computed yet
    compute(hall_window, qtbot, "STG-1", "REGIE", profile="wheelchair")
    asked = {}

    def answer(parent, title, label, text=""):
        asked["default"] = text
        return "Accès fauteuil", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    panel.save.click()
    assert asked["default"] == "STG-1 → REGIE"
    session = hall_window.session
    (route,) = session.project.routes.values()
    assert (route.name, route.origin, route.target, route.profile) == ("Accès fauteuil", "STG-1", "REGIE", "wheelchair")
    assert panel.saved.ids() == [route.id] and panel.saved.current() == route.id
    assert hall_window.actions.undo.isEnabled()
    assert hall_window.actions.undo.text().endswith("Save route Accès fauteuil")
    hall_window.actions.undo.trigger()
    assert session.project.routes == {} and panel.saved.ids() == []
    hall_window.actions.redo.trigger()
    assert list(session.project.routes.values()) == [route] and panel.saved.ids() == [route.id]
    assert panel.saved.list.item(0).text() == "Accès fauteuil"


def test_a_saved_route_survives_saving_and_reopening_and_computes_to_routings_length(
    hall_window, qtbot, tmp_path, sample
):
    panel = hall_window.results.routes
    panel.avoid.setText("S-A")  # not stair A: the team goes by stair B (docs/routing.md)
    compute(hall_window, qtbot, "STG-1", "REGIE")
    route_id = panel.save_current("Par l'escalier B")
    path = tmp_path / "hall.venue"
    hall_window.files.save_to(path)
    qtbot.waitUntil(lambda: not hall_window.session.is_modified, timeout=30_000)

    open_and_wait(hall_window, qtbot, path)
    panel = hall_window.results.routes
    assert panel.routes == [] and panel.saved.ids() == [route_id]
    saved = hall_window.session.project.routes[route_id]
    assert (saved.name, saved.avoid, saved.profile) == ("Par l'escalier B", ("S-A",), "team")
    panel.start.setText("")  # the saved route fills the form itself
    panel.avoid.setText("")
    panel.saved.list.item(0).setSelected(True)
    panel.saved.chosen.emit(route_id)
    qtbot.waitUntil(lambda: bool(panel.routes) and panel.compute.isEnabled(), timeout=30_000)
    project = hall_window.session.project
    graph = routing.build_graph(project.venue, project.scenarios.get(saved.scenario_id or ""))
    expected = routing.access_route(graph, "STG-1", "REGIE", profile="team", avoid=["S-A"])
    assert len(panel.routes) == 1 and panel.route.length == pytest.approx(expected.length)
    assert "S-A" not in panel.route.connectors
    assert (panel.start.text(), panel.avoid.text(), panel.count.value()) == ("STG-1", "S-A", 1)

    dialog = hall_window.results.show_export()  # the briefing export lists the saved routes
    first = dialog.routes.item(0)
    assert (first.data(Qt.ItemDataRole.UserRole), first.text()) == (f"saved:{route_id}", "Par l'escalier B")
    _, options, _ = dialog.options()  # the pack computes it as the panel did: without stair A
    assert [(r.name, r.avoid) for r in options.routes] == [("Par l'escalier B", ("S-A",))]


def test_a_saved_route_is_renamed_and_deleted_from_the_panel(hall_window, qtbot, monkeypatch):
    panel = hall_window.results.routes
    compute(hall_window, qtbot, "STG-1", "REGIE")
    route_id = panel.save_current("")
    session = hall_window.session
    assert session.project.routes[route_id].name == "STG-1 → REGIE"
    panel.saved.rename_current("Régie")
    assert session.project.routes[route_id].name == "Régie" and panel.saved.list.item(0).text() == "Régie"
    panel.saved.delete.click()
    assert session.project.routes == {} and panel.saved.ids() == [] and not panel.saved.delete.isEnabled()
