"""The .venue project file: lossless round trips, reproducible bytes, the model hash, and the values it holds."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

from models import ContextMesh, Level, Marker, SavedRoute, Scenario
from models.factories import two_room_venue
from tests import strategies
from venueplanner import __version__
from venueplanner.project import (
    FORMAT_VERSION,
    MANIFEST,
    MEMBERS,
    EditRecord,
    Project,
    load_project,
    model_hash,
    save_project,
)


def small_project() -> Project:
    """Two rooms with a wall mesh, one scenario, one kept route and one edit."""
    venue = two_room_venue().with_elements(
        ContextMesh("walls", [[0, 0, 0], [10, 0, 0], [10, 0, 3], [0, 0, 3]], [[0, 1, 2], [0, 2, 3]], category="walls"),
        Marker("fp", "fire_panel", "L0", (1, 1), label="Tableau incendie"),
    )
    return Project(
        venue,
        scenarios=[Scenario("fire-b", "Feu salle B", blocked_openings={"exit-b"}, occupant_loads={"room-b": 40})],
        routes=[SavedRoute("r1", "Accès pompiers", "exit-a", "fp", scenario_id="fire-b")],
        edit_log=(EditRecord("2025-03-01T14:05:09.250Z", "mark_exit", {"opening": "exit-a"}, "Léa"),),
    )


def assert_same_project(a: Project, b: Project) -> None:
    assert a == b
    for collection in ("levels", "spaces", "openings", "connectors", "markers", "context"):
        assert list(getattr(a.venue, collection)) == list(getattr(b.venue, collection))
    assert list(a.scenarios) == list(b.scenarios) and list(a.routes) == list(b.routes)


# --- round trips ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)  # each example writes and fsyncs a file
@given(strategies.projects())
def test_any_project_comes_back_equal_and_in_the_same_order(project):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "p.venue")
        save_project(project, path)
        back = load_project(path)
    assert_same_project(back, project)
    assert model_hash(back) == model_hash(project)


def test_a_loaded_project_holds_read_only_values_and_says_who_wrote_it(tmp_path):
    path = tmp_path / "p.venue"
    save_project(small_project(), path)
    project = load_project(path)
    assert project.written_by == __version__
    with pytest.raises(TypeError):
        project.scenarios["x"] = None  # type: ignore[index]
    with pytest.raises(ValueError, match="read-only"):
        project.venue.context["walls"].vertices[0, 0] = 1.0
    assert project.venue.context["walls"].vertices.dtype == np.float64


def test_context_meshes_of_every_size_keep_their_own_rows(tmp_path):
    # three meshes concatenated in one pair of arrays: 4 + 0 + 2 vertices, 2 + 0 + 1 faces
    meshes = [
        ContextMesh("a", np.arange(12.0).reshape(4, 3), [[0, 1, 2], [1, 2, 3]]),
        ContextMesh("empty", np.empty((0, 3)), np.empty((0, 3), dtype=np.int64)),
        ContextMesh("b", [[0.1, 0.2, 0.3], [1e-300, -0.0, 1e300]], [[0, 1, 1]], level_id="L0"),
    ]
    project = Project(two_room_venue().with_elements(*meshes))
    save_project(project, tmp_path / "m.venue")
    back = load_project(tmp_path / "m.venue").venue.context
    assert list(back) == ["a", "empty", "b"]
    for mesh in meshes:
        assert back[mesh.id] == mesh
    with zipfile.ZipFile(tmp_path / "m.venue") as zf:
        vertices = np.lib.format.read_array(zf.open("context-vertices.npy"), allow_pickle=False)
    assert vertices.shape == (6, 3) and vertices.dtype == np.dtype("<f8")


# --- the container -----------------------------------------------------------------------------


def test_the_file_is_a_zip_with_the_manifest_first_and_every_member_listed(tmp_path):
    path = tmp_path / "p.venue"
    save_project(small_project(), path)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST))
        listed = {m["name"]: m for m in manifest["members"]}
        for name in MEMBERS:
            data = zf.read(name)
            assert listed[name]["size"] == len(data)
            assert listed[name]["sha256"] == hashlib.sha256(data).hexdigest()
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert names == [MANIFEST, *MEMBERS]
    assert manifest["format"] == "venueplanner-project"
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["app_version"] == __version__


def test_saving_the_same_project_twice_gives_identical_bytes(tmp_path):
    save_project(small_project(), tmp_path / "a.venue")
    save_project(small_project(), tmp_path / "b.venue")
    save_project(load_project(tmp_path / "a.venue"), tmp_path / "a.venue")  # again, over itself, after a load
    assert (tmp_path / "a.venue").read_bytes() == (tmp_path / "b.venue").read_bytes()


def test_venue_json_is_canonical_json_with_sorted_keys(tmp_path):
    save_project(small_project(), tmp_path / "p.venue")
    with zipfile.ZipFile(tmp_path / "p.venue") as zf:
        text = zf.read("venue.json").decode("ascii")
    # two_room_venue has no address, so the key is left out and "connectors" sorts first
    assert text.startswith('{"connectors":[],"levels":[{"elevation":0.0,"height":3.0,"id":"L0","name":"Ground floor"}]')
    assert text.endswith("\n") and text.count("\n") == 1


# --- the model hash -----------------------------------------------------------------------------


def test_the_model_hash_ignores_element_order_the_edit_log_and_who_wrote_it():
    project = small_project()
    venue = project.venue
    reordered = dataclasses.replace(
        venue,
        spaces=dict(reversed(venue.spaces.items())),
        openings=dict(reversed(venue.openings.items())),
    )
    other = Project(reordered, project.scenarios, project.routes, edit_log=(), written_by="9.9")
    assert list(other.venue.spaces) != list(venue.spaces)
    assert model_hash(other) == model_hash(project)


@pytest.mark.parametrize(
    "change",
    [
        lambda p: dataclasses.replace(p, venue=p.venue.with_elements(Level("L0", "Ground floor", 0.0, 3.0000000001))),
        lambda p: dataclasses.replace(p, venue=p.venue.without("fp")),
        lambda p: dataclasses.replace(
            p, venue=p.venue.with_elements(ContextMesh("walls", np.zeros((4, 3)), [[0, 1, 2], [0, 2, 3]], "walls"))
        ),
        lambda p: dataclasses.replace(p, scenarios={}),
        lambda p: dataclasses.replace(p, routes=[SavedRoute("r1", "Accès pompiers", "exit-a", "fp")]),
    ],
    ids=["a level's height by 1e-10 m", "a marker removed", "a mesh's vertices", "no scenario", "a route's scenario"],
)
def test_the_model_hash_changes_with_the_model(change):
    project = small_project()
    assert model_hash(change(project)) != model_hash(project)


def test_the_model_hash_of_a_venue_is_that_of_a_project_with_nothing_else():
    venue = small_project().venue
    assert model_hash(venue) == model_hash(Project(venue))
    assert len(model_hash(venue)) == 64 and int(model_hash(venue), 16) >= 0


# --- the values ---------------------------------------------------------------------------------


def test_edit_records_keep_their_parameters_in_json_form():
    record = EditRecord("2025-03-01T14:05:09Z", "move", {"to": (1.5, 2), "ids": ["a"]})
    assert record.params == {"to": [1.5, 2], "ids": ["a"]}
    with pytest.raises(TypeError):
        record.params["to"] = 0  # type: ignore[index]


@pytest.mark.parametrize(
    ("time", "message"),
    [
        ("yesterday", "not an ISO 8601"),
        ("2025-03-01T14:05:09", "not in UTC"),
        ("2025-03-01T14:05:09+01:00", "not in UTC"),
    ],
)
def test_edit_times_must_be_iso_8601_in_utc(time, message):
    with pytest.raises(ValueError, match=message):
        EditRecord(time, "op")


def test_edit_parameters_must_be_json_able():
    with pytest.raises(ValueError, match="not JSON-able"):
        EditRecord("2025-03-01T14:05:09Z", "op", {"when": object()})


def test_edit_records_made_now_are_in_utc_to_the_millisecond():
    record = EditRecord.now("rename", {"name": "Hall"}, author="Léa")
    assert record.time.endswith("Z") and len(record.time) == len("2025-03-01T14:05:09.250Z")


def test_scenarios_are_filed_by_their_id():
    scenario = Scenario("s1")
    assert Project(two_room_venue(), scenarios=[scenario]).scenarios == {"s1": scenario}
    with pytest.raises(ValueError, match="filed under the key 'other'"):
        Project(two_room_venue(), scenarios={"other": scenario})
    with pytest.raises(ValueError, match="scenario 's1': the id is used more than once"):
        Project(two_room_venue(), scenarios=[scenario, Scenario("s1", "again")])


def test_the_same_plan_opened_from_two_folders_has_one_model_hash(tmp_path, sample):
    # The briefing pack prints this hash as the model's version: moving the file must not change it,
    # while its content (source.sha256) still counts.
    from venueplanner.files import open_venue

    text = sample("concert-hall.yaml").read_bytes()
    first, second = tmp_path / "a" / "hall.yaml", tmp_path / "b" / "hall.yaml"
    for path in (first, second):
        path.parent.mkdir()
        path.write_bytes(text)
    one, two = open_venue(first).project, open_venue(second).project
    assert one.venue.source.path != two.venue.source.path
    assert model_hash(one) == model_hash(two)
    edited = tmp_path / "c.yaml"
    edited.write_bytes(text + b"\n# a comment: another file, the same venue values\n")
    assert model_hash(open_venue(edited).project) != model_hash(one)  # another file: its sha256 differs
