"""Saved routes as edits: save, rename and delete a route request, with undo, redo, the edit log and the file."""

from __future__ import annotations

import pytest

from models import SavedRoute, Scenario
from models.factories import two_room_venue
from venueplanner import ops
from venueplanner.ops import EditError
from venueplanner.project import Project, load_project, model_hash, save_project
from venueplanner.session import Session


@pytest.fixture
def session() -> Session:
    s = Session()
    s.load(Project(two_room_venue(), scenarios=[Scenario("fire", "Fire in room B")]))
    return s


def test_a_saved_route_keeps_its_request_and_is_undone_and_redone(session):
    route = ops.save_route(
        session, "exit-a", "room-b", name="  Accès pompiers ", profile="stretcher", avoid=["door-ab", " ", "door-ab"],
        scenario_id="fire",
    )  # fmt: skip
    assert route == SavedRoute("route-1", "Accès pompiers", "exit-a", "room-b", "stretcher", "fire", ("door-ab",))
    assert session.project.routes == {"route-1": route}
    record = session.project.edit_log[-1]
    assert record.op == "save_route" and record.params["route_id"] == "route-1"
    assert record.params["avoid"] == ["door-ab"] and record.params["scenario_id"] == "fire"
    session.undo()
    assert session.project.routes == {} and session.project.edit_log == ()
    session.redo()
    assert session.project.routes == {"route-1": route} and session.is_modified


def test_a_route_saved_without_a_name_is_named_from_its_ends_and_ids_do_not_repeat(session):
    first = ops.save_route(session, "exit-a", "room-b")
    second = ops.save_route(session, "exit-b", "room-a", name="")
    assert (first.name, second.name) == ("exit-a → room-b", "exit-b → room-a")
    ops.delete_route(session, "route-1")
    third = ops.save_route(session, "exit-a", "room-a")
    assert [r.id for r in session.project.routes.values()] == ["route-2", "route-3"] and third.id == "route-3"


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"origin": " "}, "needs a start and a target"),
        ({"target": ""}, "needs a start and a target"),
        ({"name": "a\nb"}, "line break"),
        ({"profile": "jogger"}, "not a movement profile"),
        ({"scenario_id": "flood"}, "no scenario has this id"),
    ],
)
def test_a_bad_request_is_refused_and_nothing_changes(session, kwargs, problem):
    request = {"origin": "exit-a", "target": "room-b"} | kwargs
    before = session.project
    with pytest.raises(EditError, match=problem):
        ops.save_route(session, request.pop("origin"), request.pop("target"), **request)
    assert session.project is before


def test_renaming_and_deleting_a_saved_route_can_be_undone(session):
    ops.save_route(session, "exit-a", "room-b", name="A")
    renamed = ops.rename_route(session, "route-1", "Route of the fire brigade")
    assert session.project.routes["route-1"] == renamed and renamed.origin == "exit-a"
    assert ops.rename_route(session, "route-1", "").name == "exit-a → room-b"
    ops.delete_route(session, "route-1")
    assert session.project.routes == {}
    assert [r.op for r in session.project.edit_log] == ["save_route", "rename_route", "rename_route", "delete_route"]
    session.undo()
    assert session.project.routes["route-1"].name == "exit-a → room-b"


def test_an_unknown_saved_route_is_refused(session):
    with pytest.raises(EditError, match="no saved route has this id"):
        ops.delete_route(session, "route-9")
    with pytest.raises(EditError, match="no saved route has this id"):
        ops.rename_route(session, "route-9", "x")


def test_a_saved_route_is_written_to_the_project_file_and_read_back(session, tmp_path):
    before = model_hash(session.project)
    ops.save_route(session, "exit-a", "room-b", name="Accès", profile="team", avoid=["door-ab"], scenario_id="fire")
    assert model_hash(session.project) != before  # the saved routes are part of the model's version
    save_project(session.project, tmp_path / "hall.venue")
    loaded = load_project(tmp_path / "hall.venue")
    assert loaded.routes == session.project.routes
    assert [r.op for r in loaded.edit_log] == ["save_route"]
