"""Saved routes as edits: save, rename and delete a route request, with undo, redo, the edit log and the file."""

from __future__ import annotations

from dataclasses import fields

import pytest

from models import SavedRoute, Scenario
from models.factories import two_room_venue
from venueplanner import ops
from venueplanner.ops import EditError
from venueplanner.project import EditRecord, Project, load_project, model_hash, save_project
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
    # the last one deleted: two routes are left, but route-3 was used, so the next is route-4, not route-3 again
    ops.delete_route(session, "route-3")
    assert ops.save_route(session, "exit-b", "room-b").id == "route-4"
    # every route deleted: the edit log still names route-1 to route-4
    for route_id in list(session.project.routes):
        ops.delete_route(session, route_id)
    assert ops.save_route(session, "exit-a", "room-b").id == "route-5"
    saved = [r.params["route_id"] for r in session.project.edit_log if r.op == "save_route"]
    assert len(saved) == len(set(saved)) == 5  # one id for one route in the whole log


def test_the_ids_a_loaded_project_used_are_not_given_again():
    # a file whose log saved route-7 and deleted it, and which keeps a route of another name: the next is route-8
    log = (
        EditRecord.now("save_route", {"route_id": "route-7", "origin": "exit-a", "target": "room-b"}),
        EditRecord.now("delete_route", {"route_id": "route-7", "name": "exit-a → room-b"}),
        EditRecord.now("rename_element", {"element_id": "room-a", "name": "route-99"}),  # not a route id
    )
    kept = SavedRoute("route-2", "Kept", "exit-b", "room-a")
    session = Session()
    session.load(Project(two_room_venue(), routes=[kept], edit_log=log))
    assert ops.save_route(session, "exit-a", "room-a").id == "route-8"


@pytest.mark.parametrize(
    ("edit", "changed"),
    [
        (lambda s: ops.rename_element(s, "room-a", "Foyer"), "venue"),
        (lambda s: ops.block(s, "door-ab", scenario_id="fire"), "scenarios"),
        (lambda s: ops.save_route(s, "exit-a", "room-b"), "routes"),
        (lambda s: ops.delete_route(s, "route-3"), "routes"),
    ],
)
def test_an_edit_keeps_every_other_field_of_the_project(edit, changed):
    before = Project(
        two_room_venue(), scenarios=[Scenario("fire", "Fire in room B")],
        routes=[SavedRoute("route-3", "Kept", "exit-b", "room-a")],
        edit_log=(EditRecord.now("set_use", {"element_id": "room-b", "use": "office"}),), written_by="0.9.1",
    )  # fmt: skip
    session = Session()
    session.load(before)
    edit(session)
    after = session.project
    assert getattr(after, changed) != getattr(before, changed)
    assert after.edit_log[: len(before.edit_log)] == before.edit_log and len(after.edit_log) > len(before.edit_log)
    kept = [f.name for f in fields(Project) if f.name not in (changed, "edit_log")]
    assert "written_by" in kept  # not part of equality: compared one field at a time
    for name in kept:
        assert getattr(after, name) == getattr(before, name), name


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
