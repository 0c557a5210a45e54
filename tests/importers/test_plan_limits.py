"""What the plan reader refuses at its limits: alias bombs, unusable numbers, degenerate rings, unprintable ids."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importers import ImportFailedError, plan_yaml
from importers.plan import read_plan
from importers.plan_yaml import MAX_ALIASED_VALUES, load_document
from tests.conftest import ROOT
from tests.importers.bad_plan_cases import BAD_PLANS, BAD_PLANS_DIR

# --- aliases


@pytest.mark.parametrize("libyaml", [True, False])
def test_a_billion_laughs_plan_is_refused_at_once_instead_of_expanded(libyaml):
    # its aliases stand for about 3 x 10^30 values: a reader that expands them, or walks what
    # they expand to, never finishes; it runs in a child process so that such a reader fails
    # this test by the timeout instead of hanging the suite
    name, message = next(case for case in BAD_PLANS if case[0] == "billion-laughs.yaml")
    code = (
        "import sys\n"
        "from importers import ImportFailedError, plan_yaml\n"
        "from importers.plan import read_plan\n"
        f"if not {libyaml}:\n"
        "    plan_yaml._CSafeLoader = None\n"
        "try:\n"
        "    read_plan(sys.argv[1])\n"
        "except ImportFailedError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(BAD_PLANS_DIR / name)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert done.stdout.strip() == message


def _aliased(n: int) -> bytes:
    """An anchored list of 999 zeros (1000 values with the list) and a list of `n` aliases to it, one a line."""
    return ("zeros: &z [" + ", ".join(["0"] * 999) + "]\nmany:\n" + "  - *z\n" * n).encode()


@pytest.mark.parametrize("libyaml", [True, False])
def test_aliases_may_add_a_hundred_thousand_values_and_not_one_more(monkeypatch, libyaml):
    if not libyaml:
        monkeypatch.setattr(plan_yaml, "_CSafeLoader", None)
    assert MAX_ALIASED_VALUES == 100_000
    # 100 aliases of 1000 values add exactly 10^5: read, and every alias is the same list
    document = load_document(Path("p.yaml"), _aliased(100))
    assert len(document["many"]) == 100
    assert all(item is document["zeros"] for item in document["many"])
    # 101 aliases add 101000: refused on the line of the 101st (line 2 + 101)
    with pytest.raises(ImportFailedError) as failed:
        load_document(Path("p.yaml"), _aliased(101))
    assert failed.value.line == 103
    assert str(failed.value).startswith(
        "p.yaml, line 103: the plan expands to more than 100,000 values through YAML aliases (&anchors/*references)"
    )


def test_values_written_out_count_against_no_limit_only_those_aliases_add(monkeypatch):
    # with a bound of 100: 300 values written out (the list and its 299 numbers) read ...
    monkeypatch.setattr(plan_yaml, "MAX_ALIASED_VALUES", 100)
    text = "a: &a [" + ", ".join(["0"] * 299) + "]\n"
    assert len(load_document(Path("p.yaml"), text.encode())["a"]) == 299
    # ... but one alias of them adds 300 more, over the bound
    with pytest.raises(ImportFailedError, match=r"^p\.yaml, line 2: the plan expands to more than 100 values"):
        load_document(Path("p.yaml"), (text + "b: *a\n").encode())


@pytest.mark.parametrize("libyaml", [True, False])
@pytest.mark.parametrize(
    "text", ["a: &a [1, *a]\n", "a: &a {b: [*a]}\n", "a: &a\n  - x\n  - - *a\n"], ids=["list", "map", "deep"]
)
def test_an_alias_inside_its_own_anchor_is_refused_on_its_line(monkeypatch, libyaml, text):
    if not libyaml:
        monkeypatch.setattr(plan_yaml, "_CSafeLoader", None)
    with pytest.raises(ImportFailedError) as failed:
        load_document(Path("p.yaml"), text.encode())
    assert str(failed.value) == (
        f"p.yaml, line {text.count(chr(10))}: the YAML alias *a is inside the value anchored &a, "
        "so the value would hold itself without end"
    )


def test_x_keys_are_dropped_at_every_level_even_when_merged():
    text = b"x-d: &d {w: 1, x-note: merged}\na: {<<: *d, x-n: 1, b: [{x-c: 2, c: 3}]}\n"
    document = load_document(Path("p.yaml"), text)
    assert document == {"a": {"w": 1, "b": [{"c": 3}]}}
    assert document["a"].key_lines == {"w": 1, "b": 2}


def test_an_x_key_written_twice_is_still_a_mistake():
    with pytest.raises(ImportFailedError, match=r"^p\.yaml, line 2: the key 'x-a' is given twice"):
        load_document(Path("p.yaml"), b"x-a: 1\nx-a: 2\n")


# --- numbers that are not finite

PLAN = """\
format: venueplanner-plan/1
venue: {name: x, north_angle: 0}
levels:
  - {id: L0, elevation: 0, height: 4}
  - {id: L1, elevation: 4}
spaces:
  - {id: a, level: L0, rect: [0, 0, 10, 6], holes: [[[2, 2], [3, 2], [3, 3]]]}
  - {id: b, level: L1, polygon: [[0, 0], [10, 0], [10, 6]]}
openings:
  - {id: D1, level: L0, at: [0, 3], width: 1.8}
connectors:
  - {id: S1, kind: escalator, width: 1, speed: 0.5, riser: 0.2, going: 0.3,
     landings: [{level: L0, at: [5, 3]}, {level: L1, at: [5, 3]}]}
markers:
  - {id: M1, kind: hazard_zone, level: L0, at: [1, 1], radius: 2}
"""

#: (line, text on it, the same with {v} for the number, element, field); a field of fixed shape
#: (at, rect, polygon, holes) is named whole.
NUMBERS = [
    (2, "north_angle: 0", "north_angle: {v}", "venue", "north_angle"),
    (4, "elevation: 0", "elevation: {v}", "level 'L0'", "elevation"),
    (4, "height: 4", "height: {v}", "level 'L0'", "height"),
    (7, "rect: [0, 0, 10, 6]", "rect: [0, 0, {v}, 6]", "space 'a'", "rect"),
    (7, "[3, 2]", "[3, {v}]", "space 'a'", "holes"),
    (8, "[10, 0]", "[10, {v}]", "space 'b'", "polygon"),
    (10, "at: [0, 3]", "at: [{v}, 3]", "opening 'D1'", "at"),
    (10, "width: 1.8", "width: {v}", "opening 'D1'", "width"),
    (12, "width: 1", "width: {v}", "connector 'S1'", "width"),
    (12, "speed: 0.5", "speed: {v}", "connector 'S1'", "speed"),
    (12, "riser: 0.2", "riser: {v}", "connector 'S1'", "riser"),
    (12, "going: 0.3", "going: {v}", "connector 'S1'", "going"),
    (13, "at: [5, 3]}, {", "at: [5, {v}]}, {", "connector 'S1', landing 1", "at"),
    (15, "at: [1, 1]", "at: [{v}, 1]", "marker 'M1'", "at"),
    (15, "radius: 2", "radius: {v}", "marker 'M1'", "radius"),
]
SHAPED = {"at", "rect", "polygon", "holes"}


def _with(line: int, old: str, new: str) -> str:
    lines = PLAN.splitlines(keepends=True)
    assert lines[line - 1].count(old) == 1, (line, old)
    lines[line - 1] = lines[line - 1].replace(old, new)
    return "".join(lines)


def test_the_plan_used_for_numbers_is_valid(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    assert len(read_plan(path).venue.connectors) == 1


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN", "-.Inf"])
@pytest.mark.parametrize(("line", "old", "new", "element", "field"), NUMBERS, ids=[f"{n[4]}-{n[0]}" for n in NUMBERS])
def test_a_number_that_is_not_finite_is_refused_wherever_it_is_read(tmp_path, value, line, old, new, element, field):
    path = tmp_path / "plan.yaml"
    path.write_text(_with(line, old, new.replace("{v}", value)), encoding="utf-8")
    shown = {".NaN": ".nan", "-.Inf": "-.inf"}.get(value, value)  # as the message writes them
    if field in SHAPED:
        problem = f"{field} must hold ordinary numbers (finite, at most 1e9 in size), got {shown}"
    else:
        problem = f"{field} must be an ordinary number (finite, at most 1e9 in size), got {shown}"
    with pytest.raises(ImportFailedError) as failed:
        read_plan(path)
    # one problem only: the schema's "must be a positive number" is not said again for -.inf
    assert str(failed.value) == f"plan.yaml, line {line}: {element}: {problem}"


# --- polygons and holes


def _space(outline: str, units: str = "m") -> str:
    return (
        f"format: venueplanner-plan/1\nunits: {units}\nvenue: {{name: x}}\nlevels: [{{id: L0, elevation: 0}}]\n"
        f"spaces:\n  - {{id: s, level: L0, {outline}}}\n"
    )


@pytest.mark.parametrize(
    ("outline", "units", "problem"),
    [
        (
            "polygon: [[20, 0], [21, 1], [20, 0]]",
            "m",
            "polygon needs at least 3 distinct corners; the last corner repeats the first",
        ),
        (
            "rect: [0, 0, 10, 10], holes: [[[2, 2], [3, 3], [2, 2]]]",
            "m",
            "hole 1 needs at least 3 distinct corners; the last corner repeats the first",
        ),
        (
            "polygon: [[0, 0], [1, 0], [1, 0]]",
            "m",
            "polygon needs at least 3 distinct corners, got 2: [[0, 0], [1, 0], [1, 0]]",
        ),
        # 0.0005 mm from the first corner is 5e-7 m, within the 1e-6 m at which two corners are one
        (
            "polygon: [[0, 0], [1000, 0], [0.0005, 0]]",
            "mm",
            "polygon needs at least 3 distinct corners; the last corner repeats the first",
        ),
    ],
    ids=["polygon", "hole", "repeated-corner", "within-tolerance"],
)
def test_a_ring_of_fewer_than_three_distinct_corners_is_refused(tmp_path, outline, units, problem):
    path = tmp_path / "plan.yaml"
    path.write_text(_space(outline, units), encoding="utf-8")
    with pytest.raises(ImportFailedError) as failed:
        read_plan(path)
    assert str(failed.value) == f"plan.yaml, line 6: space 's': {problem}"


def test_a_triangle_written_closed_still_reads(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(_space("polygon: [[0, 0], [4, 0], [0, 3], [0, 0]]"), encoding="utf-8")
    space = read_plan(path).venue.space("s")
    assert len(space.footprint) == 3
    assert space.area == pytest.approx(6.0)  # 4 x 3 / 2


# --- ids


@pytest.mark.parametrize(
    ("written", "shown", "code"),
    [
        (r'"D\u0000"', r"'D\x00'", "0000"),
        (r'"D\t1"', r"'D\t1'", "0009"),
        (r'"D\n1"', r"'D\n1'", "000A"),
        (r'"D\u200b1"', r"'D\u200b1'", "200B"),  # a zero-width space: invisible
        (r'"D\u20281"', r"'D\u20281'", "2028"),  # a line separator
    ],
    ids=["nul", "tab", "newline", "zero-width-space", "line-separator"],
)
@pytest.mark.parametrize(
    ("collection", "element", "line"),
    [("levels", "level #1", 4), ("spaces", "space #1", 5), ("openings", "opening #1", 6)],
)
def test_an_id_holding_a_control_or_invisible_character_is_refused(
    tmp_path, written, shown, code, collection, element, line
):
    ids = {"levels": "L0", "spaces": "s", "openings": "D1"}
    ids[collection] = written
    level = "L0" if collection != "levels" else written
    path = tmp_path / "plan.yaml"
    path.write_text(
        "format: venueplanner-plan/1\nvenue: {name: x}\n"
        f"levels:\n  - {{id: {ids['levels']}, elevation: 0}}\n"
        f"spaces: [{{id: {ids['spaces']}, level: {level}, rect: [0, 0, 4, 4]}}]\n"
        f"openings: [{{id: {ids['openings']}, level: {level}, at: [0, 2], width: 1}}]\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailedError) as failed:
        read_plan(path)
    assert str(failed.value) == (
        f"plan.yaml, line {line}: {element}: id {shown} holds a control or invisible character (U+{code}); "
        "ids must be printable text on one line"
    )


@pytest.mark.parametrize("written", ['""', '"  "', '"\\t"'])
def test_a_blank_id_is_refused(tmp_path, written):
    path = tmp_path / "plan.yaml"
    path.write_text(
        f"format: venueplanner-plan/1\nvenue: {{name: x}}\nlevels: [{{id: L0, elevation: 0}}]\n"
        f"markers: [{{id: {written}, kind: target, level: L0, at: [0, 0]}}]\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailedError) as failed:
        read_plan(path)
    assert str(failed.value).startswith("plan.yaml, line 4: marker #1: id must not be blank")
