"""Loading refuses every kind of bad file with a ProjectFileError naming the file and the problem, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import VenuePlannerError
from tests import strategies
from tests.venueplanner.bad_project_cases import BAD_PROJECTS, good_members, manifest_for, write_project
from venueplanner.errors import ProjectFileError, ProjectVersionError
from venueplanner.project import load_project


def test_there_are_many_kinds_of_bad_file_each_named_once():
    names = [name for name, _, _ in BAD_PROJECTS]
    assert len(names) >= 12 and len(set(names)) == len(names)


@pytest.mark.parametrize(("case", "write", "fragment"), BAD_PROJECTS, ids=[c[0] for c in BAD_PROJECTS])
def test_a_bad_file_is_refused_with_a_message_naming_it_and_the_problem(tmp_path, case, write, fragment):
    path = write(tmp_path)
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    error = caught.value
    assert fragment in str(error)
    assert str(error).startswith(f"{path.name}: ")
    assert error.path == path and fragment in error.problem
    assert isinstance(error, VenuePlannerError)


def test_a_newer_format_raises_the_version_error_with_both_versions(tmp_path):
    write = dict((name, w) for name, w, _ in BAD_PROJECTS)["a newer format"]
    with pytest.raises(ProjectVersionError) as caught:
        load_project(write(tmp_path))
    assert (caught.value.found, caught.value.supported) == (3, 1)


@pytest.fixture(scope="module")
def sound_file_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return write_project(Path(folder)).read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_file_loads_or_is_refused_but_never_crashes(sound_file_bytes, data):
    damaged = bytearray(sound_file_bytes)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(damaged)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "damaged.venue")
        path.write_bytes(bytes(damaged[:cut] if data.draw(st.booleans()) else damaged))
        try:
            load_project(path)
        except ProjectFileError as e:
            assert str(e).startswith("damaged.venue: ")


def _positions(value, found=None) -> list:
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        found.append((value, key))
        _positions(inner, found)
    return found


JSON_MEMBERS = ["manifest.json", "venue.json", "context.json", "scenarios.json", "routes.json", "edit-log.json"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(member=st.sampled_from(JSON_MEMBERS), data=st.data())
def test_any_value_put_anywhere_in_a_member_loads_or_is_refused_but_never_crashes(member, data):
    members = good_members()
    value = json.loads(members.get(member, b"{}")) if member != "manifest.json" else manifest_for(members)
    wild = st.one_of(strategies.json_values, st.integers(-(10**30), 10**30), st.sampled_from([None, [], {}, [0, 99]]))
    positions = _positions(value)
    for _ in range(data.draw(st.integers(1, 3))):
        if positions:
            container, key = data.draw(st.sampled_from(positions))
            container[key] = data.draw(wild)
    with tempfile.TemporaryDirectory() as folder:
        if member == "manifest.json":
            path = write_project(Path(folder), members, manifest=value)
        else:
            members[member] = json.dumps(value).encode()
            path = write_project(Path(folder), members)
        try:
            load_project(path)
        except ProjectFileError as e:
            assert str(e).startswith("bad.venue: ")
