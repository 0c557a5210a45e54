"""Saved routes in the Routes panel: save with undo and redo, kept in the .venue file, computed again, exported."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

import routing
from models import SavedRoute
from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute
from tests.ui.test_routes_jobs import hold_computations


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


def form(panel) -> tuple:
    return panel.start.text(), panel.target.text(), panel.profile.currentData(), panel.avoid.text(), panel.count.value()


def test_choosing_a_saved_route_while_routes_are_computed_leaves_the_form_and_the_computation_alone(
    hall_window, qtbot, monkeypatch
):
    panel = hall_window.results.routes
    compute(hall_window, qtbot, "STG-1", "REGIE", profile="wheelchair")
    route_id = panel.save_current("Régie")
    gate = hold_computations(monkeypatch)
    panel.start.setText("REGIE")
    panel.target.setText("STG-1")
    panel.profile.setCurrentIndex(panel.profile.findData("team"))
    panel.avoid.setText("S-A")
    panel.count.setValue(2)
    panel.compute.click()
    job, before = panel.job, form(panel)
    assert job
    panel.saved.chosen.emit(route_id)
    assert form(panel) == before == ("REGIE", "STG-1", "team", "S-A", 2) and panel.job == job
    assert hall_window.statusBar().currentMessage().startswith("Routes are being computed")
    gate.set()
    qtbot.waitUntil(lambda: panel.job == 0, timeout=30_000)
    # what the form asked for (two routes back to the boulevard without stair A), not the saved route
    assert [(r.source, r.profile) for r in panel.routes] == [("REGIE", "team")] * 2
    assert not any("S-A" in r.connectors for r in panel.routes)


@pytest.mark.parametrize(
    ("saved", "said"),
    [
        (
            SavedRoute("route-1", "Au pas de course", "STG-1", "REGIE", profile="jogger"),
            "“Au pas de course” is not computed: its profile jogger is not known.",
        ),
        (
            SavedRoute("route-1", "Incendie", "STG-1", "REGIE", profile="team", scenario_id="fire"),
            "“Incendie” is not computed: its scenario fire is no longer in the project.",
        ),
    ],
)
def test_a_saved_route_whose_profile_or_scenario_is_not_found_is_not_computed_and_the_summary_says_why(
    hall_window, saved, said
):
    # a file from a version with other profiles, or edited by hand; the hall has no scenario
    session = hall_window.session
    session.load(replace(session.project, routes=[saved]))
    panel = hall_window.results.routes
    panel.start.setText("BAR")
    panel.profile.setCurrentIndex(panel.profile.findData("wheelchair"))
    before = form(panel)
    panel.saved.chosen.emit("route-1")
    assert panel.summary.text() == said
    assert panel.job == 0 and form(panel) == before and panel.routes == [] and not panel.save.isEnabled()
