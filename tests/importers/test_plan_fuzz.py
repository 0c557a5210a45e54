"""Whatever bytes a plan file holds, reading it either succeeds or raises a VenuePlannerError.

Hypothesis feeds random bytes, truncations, byte flips, deleted lines and random YAML
values to the reader; any other exception (a traceback) is a bug.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.plan import read_plan
from models import VenuePlannerError, validate
from tests.conftest import SAMPLES

OFFICE = (SAMPLES / "office.yaml").read_bytes()

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
#: For inputs that are mostly valid plans, each of which is also validated: fewer, slower examples.
FUZZ_VALID = settings(FUZZ, max_examples=50)


def _read(tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    try:
        venue = read_plan(path).venue
    except VenuePlannerError:
        return
    validate(venue)  # a venue that was read must also be checkable without a traceback


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_never_escape_as_a_traceback(tmp_path, data):
    _read(tmp_path, data)


@FUZZ
@given(st.integers(min_value=0, max_value=len(OFFICE)))
def test_every_truncation_of_a_valid_plan_is_read_or_refused_cleanly(tmp_path, end):
    _read(tmp_path, OFFICE[:end])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(OFFICE) - 1), st.integers(0, 255)), min_size=1, max_size=4))
def test_flipped_bytes_in_a_valid_plan_are_read_or_refused_cleanly(tmp_path, flips):
    data = bytearray(OFFICE)
    for position, value in flips:
        data[position] = value
    _read(tmp_path, bytes(data))


LINES = OFFICE.splitlines(keepends=True)


@FUZZ_VALID
@given(st.sets(st.integers(0, len(LINES) - 1), min_size=1, max_size=6))
def test_deleting_lines_of_a_valid_plan_is_read_or_refused_cleanly(tmp_path, deleted):
    _read(tmp_path, b"".join(line for n, line in enumerate(LINES) if n not in deleted))


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
)
KEYS = st.sampled_from(["id", "level", "at", "width", "rect", "polygon", "holes", "spaces", "landings", "kind", "use"])


@FUZZ_VALID
@given(st.integers(0, len(LINES) - 1), KEYS, VALUES)
def test_replacing_a_value_with_any_yaml_value_is_read_or_refused_cleanly(tmp_path, line, key, value):
    inserted = f"  - {{{key}: {yaml.safe_dump(value, default_flow_style=True, width=10**6).strip()}}}\n".encode()
    _read(tmp_path, b"".join([*LINES[:line], inserted, *LINES[line + 1 :]]))


ELEMENT_KEYS = st.sampled_from(
    ["id", "level", "at", "width", "rect", "polygon", "holes", "spaces", "space", "landings", "kind", "use", "name"]
)
ELEMENTS = st.lists(st.dictionaries(ELEMENT_KEYS, VALUES | st.sampled_from(["L0", "a", "b"]), max_size=6), max_size=3)
DOCUMENTS = st.fixed_dictionaries(
    {"format": st.sampled_from(["venueplanner-plan/1", "venueplanner-plan/2", "x"])},
    optional={
        "units": st.sampled_from(["m", "cm", "in"]),
        "venue": st.dictionaries(st.sampled_from(["name", "address", "north_angle", "foo"]), VALUES, max_size=3),
        "levels": st.lists(
            st.fixed_dictionaries({"id": st.sampled_from(["L0", "L1"]), "elevation": st.integers(-5, 5)}), max_size=2
        ),
        "spaces": ELEMENTS,
        "openings": ELEMENTS,
        "connectors": ELEMENTS,
        "markers": ELEMENTS,
    },
)


@FUZZ_VALID
@given(DOCUMENTS, st.booleans())
def test_plan_shaped_documents_of_any_content_are_read_or_refused_cleanly(tmp_path, document, flow):
    _read(tmp_path, yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True).encode())


@pytest.mark.parametrize(
    "data",
    [
        b"a: &a [*a]\n",  # a list holding itself
        b"a: &x [1, 2]\nb: [*x, *x, *x, *x, *x, *x, *x, *x]\n",
        b"[" * 2000,
        b"format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 1" + b"0" * 500 + b"}]\n",
        b"format: venueplanner-plan/1\nvenue: {name: !!binary aGVsbG8=}\nlevels: []\n",
        b"format: venueplanner-plan/1\nvenue: {name: 2001-01-01}\nlevels: []\n",
        b"format: venueplanner-plan/1\nvenue: {name: x}\nlevels: !!set {a, b}\n",
        b"\xef\xbb\xbf",  # a UTF-8 byte order mark alone
        b"\xff\xfe\x00\xd8",  # UTF-16 with an unpaired surrogate
    ],
    ids=["recursive", "aliases", "deep", "huge-int", "binary-tag", "date", "set", "bom", "utf16"],
)
def test_hostile_yaml_is_refused_cleanly(tmp_path, data):
    path = tmp_path / "hostile.yaml"
    path.write_bytes(data)
    with pytest.raises(VenuePlannerError):
        read_plan(path)
