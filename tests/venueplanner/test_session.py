"""The Session: loading, committing, undo and redo of project values, selection and its signals."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.factories import two_room_venue
from venueplanner import ops
from venueplanner.project import EditRecord, Project
from venueplanner.session import Session, Signal


@pytest.fixture
def session() -> Session:
    s = Session(author="tester")
    s.load(Project(two_room_venue()), path=Path("two-rooms.venue"))
    return s


def recorder(signal: Signal) -> list[tuple]:
    calls: list[tuple] = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def test_a_signal_calls_each_slot_once_in_order_and_can_be_disconnected():
    signal, calls = Signal(), []
    first = signal.connect(lambda x: calls.append(("first", x)))
    signal.connect(first)  # connecting twice still calls once
    signal.connect(lambda x: calls.append(("second", x)))
    signal.emit(1)
    signal.disconnect(first)
    signal.emit(2)
    assert calls == [("first", 1), ("second", 1), ("second", 2)]


def test_a_failing_slot_does_not_stop_the_others_and_its_error_is_raised_after():
    signal, calls = Signal(), []

    def broken(_):
        raise ZeroDivisionError

    signal.connect(broken)
    signal.connect(calls.append)
    with pytest.raises(ZeroDivisionError):
        signal.emit("x")
    assert calls == ["x"]


def test_a_loaded_project_is_not_modified_and_has_nothing_to_undo(session):
    assert session.venue.name == "Two rooms"
    assert not session.is_modified
    assert not session.can_undo and not session.can_redo
    assert session.path == Path("two-rooms.venue")


def test_an_edit_is_logged_with_its_author_and_can_be_undone_and_redone(session):
    original = session.project
    venue_events = recorder(session.venue_changed)
    modified_events = recorder(session.modified_changed)
    ops.rename_element(session, "room-a", "Salle A")
    assert session.venue.space("room-a").name == "Salle A"
    assert [(e.op, e.author, dict(e.params)) for e in session.project.edit_log] == [
        ("rename_element", "tester", {"element_id": "room-a", "name": "Salle A"})
    ]
    assert session.is_modified and session.can_undo
    assert session.undo_record.op == "rename_element"

    assert session.undo().op == "rename_element"
    assert session.project is original  # undo gives back the very value, log included
    assert not session.is_modified and session.can_redo

    session.redo()
    assert session.venue.space("room-a").name == "Salle A"
    assert len(session.project.edit_log) == 1
    assert [len(e) for e in venue_events] == [1, 1, 1]
    assert modified_events == [(True,), (False,), (True,)]


def test_a_new_edit_after_undo_drops_the_redo_history(session):
    ops.rename_element(session, "room-a", "A")
    session.undo()
    ops.rename_element(session, "room-b", "B")
    assert not session.can_redo
    assert session.redo() is None
    assert session.venue.space("room-a").name == "Room A"


def test_saving_marks_the_current_project_as_unmodified_until_the_next_edit(session):
    ops.rename_element(session, "room-a", "A")
    paths = recorder(session.path_changed)
    session.mark_saved(Path("other.venue"))
    assert not session.is_modified
    assert paths == [(Path("other.venue"),)]
    session.undo()  # back before the save: differs from the file
    assert session.is_modified


def test_selection_keeps_known_ids_only_and_follows_undo_of_a_new_marker(session):
    events = recorder(session.selection_changed)
    session.select(["room-a", "nope", "room-a"])
    assert session.selection == ("room-a",)
    ops.place_marker(session, "target", "L0", (2.0, 2.0), marker_id="T-1")
    session.select("T-1")
    session.undo()  # the marker no longer exists: it leaves the selection
    assert session.selection == ()
    assert events == [(("room-a",),), (("T-1",),), ((),)]


def test_block_only_changes_the_scenario_not_the_venue(session):
    venue = session.venue
    venue_events = recorder(session.venue_changed)
    project_events = recorder(session.project_changed)
    scenario = ops.block(session, "exit-a")
    assert session.venue is venue
    assert scenario.blocked_openings == {"exit-a"}
    assert venue_events == [] and len(project_events) == 1
    session.undo()
    assert dict(session.project.scenarios) == {}


def test_closing_forgets_the_project(session):
    ops.rename_element(session, "room-a", "A")
    session.close()
    assert session.project is None and session.venue is None
    assert not session.is_modified and not session.can_undo


def test_committing_without_a_project_is_refused():
    with pytest.raises(RuntimeError, match="no project"):
        Session().commit(Project(two_room_venue()), EditRecord.now("x"))


def test_the_undo_history_is_bounded(session, monkeypatch):
    monkeypatch.setattr("venueplanner.session.UNDO_LIMIT", 3)
    for i in range(5):
        ops.rename_element(session, "room-a", f"A{i}")
    undone = 0
    while session.undo():
        undone += 1
    assert undone == 3
    assert session.venue.space("room-a").name == "A1"  # 5 edits, the last 3 undone: A0 -> A1 stays


def test_recovered_work_loads_as_unsaved():
    s = Session()
    s.load(Project(two_room_venue()), unsaved=True)
    assert s.is_modified and s.path is None
