"""A bad venue plan gets one clear error naming the file, the line and the element; never a traceback."""

from __future__ import annotations

import pytest

from importers import ImportFailedError, ImportOptions, load
from importers.plan import read_plan
from tests.importers.bad_plan_cases import BAD_PLANS, BAD_PLANS_DIR


def test_the_table_of_bad_plans_covers_every_file_and_at_least_twelve_kinds():
    files = {path.name for path in BAD_PLANS_DIR.glob("*.yaml")}
    assert files == {name for name, _ in BAD_PLANS}
    assert len(BAD_PLANS) >= 12


@pytest.mark.parametrize(("name", "message"), BAD_PLANS, ids=[name for name, _ in BAD_PLANS])
def test_each_bad_plan_gets_its_exact_message(name, message):
    with pytest.raises(ImportFailedError) as failed:
        read_plan(BAD_PLANS_DIR / name)
    assert str(failed.value) == message
    assert failed.value.path.name == name


@pytest.mark.parametrize(
    ("name", "line", "element"),
    [
        ("negative-width.yaml", 12, "opening 'D3'"),
        ("landing-in-no-space.yaml", 21, "connector 'S1', landing 2"),
        ("syntax-error.yaml", 11, None),
        ("empty.yaml", None, None),
    ],
)
def test_the_error_carries_its_line_and_element_as_fields(name, line, element):
    with pytest.raises(ImportFailedError) as failed:
        read_plan(BAD_PLANS_DIR / name)
    assert (failed.value.line, failed.value.element) == (line, element)


def test_the_registry_reads_a_bad_plan_with_the_same_message():
    name, message = next(case for case in BAD_PLANS if case[0] == "unknown-space.yaml")
    with pytest.raises(ImportFailedError, match=r"^unknown-space\.yaml, line 11: ") as failed:
        load(BAD_PLANS_DIR / name)
    assert str(failed.value) == message


SMALL = """\
format: venueplanner-plan/1
venue: {name: "Deux erreurs"}
levels:
  - {id: L0, elevation: 0}
spaces:
  - {id: a, level: L0, rect: [0, 0, 5, 4], use: ofice}
  - {id: b, level: L0, rect: [5, 0, 10, 4], capacity: -3}
"""


def test_several_problems_are_listed_together_earliest_line_first(tmp_path):
    plan = tmp_path / "two.yaml"
    plan.write_text(SMALL, encoding="utf-8")
    with pytest.raises(ImportFailedError) as failed:
        read_plan(plan)
    assert str(failed.value) == (
        "two.yaml, line 6: space 'a': use 'ofice' is not one of the allowed values: hall, standing, seating, "
        "stage, backstage, dressing_room, foyer, lobby, bar, restaurant, ticketing, concourse, corridor, "
        "stair_hall, toilets, technical, storage, office, meeting, security, first_aid, kitchen, outdoor, other "
        "(did you mean 'office'?)\n"
        "  also line 7: space 'b': capacity must not be negative, got -3"
    )


def test_problems_on_one_line_with_and_without_an_element_are_listed(tmp_path):
    plan = tmp_path / "flow.yaml"
    plan.write_text("{format: venueplanner-plan/1, venue: {name: x, foo: 1}}\n")
    with pytest.raises(ImportFailedError) as failed:
        read_plan(plan)
    # the issue without an element comes first on a shared line
    assert str(failed.value) == (
        "flow.yaml, line 1: the required key 'levels' is missing\n"
        "  also line 1: venue: unknown key 'foo'; the keys here are name, address, north_angle, erp_type, erp_category"
    )


def test_a_long_list_of_problems_is_cut_after_ten(tmp_path):
    # twelve openings on an unknown level: the first is the error, nine follow, two are counted
    doors = "".join(f"  - {{id: D{n}, level: L9, at: [0, 0], width: 1}}\n" for n in range(12))
    plan = tmp_path / "many.yaml"
    plan.write_text(
        "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\nopenings:\n" + doors
    )
    with pytest.raises(ImportFailedError) as failed:
        read_plan(plan)
    lines = str(failed.value).splitlines()
    assert lines[0] == "many.yaml, line 5: opening 'D0': level 'L9' does not exist; the levels are L0"
    assert lines[1] == "  also line 6: opening 'D1': level 'L9' does not exist; the levels are L0"
    assert lines[-1] == "  and 2 more problem(s)"
    assert len(lines) == 1 + 9 + 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format: venueplanner-plan/0\n", "line 1: format venueplanner-plan/0 was never published"),
        ("format: 1\n", "line 1: format must be text such as venueplanner-plan/1, got 1"),
        ("format: venueplanner-plan/1\nvenue: {name: x}\nlevels: []\n", "line 3: the plan needs at least 1 level"),
        ("format: venueplanner-plan/1\nvenue: {name: x}\n", "line 1: the required key 'levels' is missing"),
        (
            "format: venueplanner-plan/1\nvenue: {name: x, erp_category: 7}\nlevels: [{id: L0, elevation: 0}]\n",
            "line 2: venue: erp_category must be at most 5, got 7",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0, height: 0}]\n",
            "line 3: level 'L0': height must be a positive number, got 0",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: ' ', elevation: 0}]\n",
            "line 3: level #1: id must not be blank",
        ),
        (  # 1e3 is a number, as in YAML 1.2
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: 1e3, elevation: 0}]\n",
            "line 3: level #1: id must be text, got 1000.0 (put it in quotes to make it text)",
        ),
        (  # 10^12 is too large for a number and not text: both are said
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: 1000000000000, elevation: 0}]\n",
            "line 3: level #1: id must be an ordinary number (finite, at most 1e9 in size), got 1000000000000\n"
            "  also line 3: level #1: id must be text, got 1000000000000 (put it in quotes to make it text)",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\nlevles: []\n",
            "line 4: unknown key 'levles' (did you mean 'levels'?)",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0, name: }]\n",
            "line 3: level 'L0': name must be text, got null (nothing is written after the key)",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 1.0e+999}]\n",
            "line 3: level 'L0': elevation must be an ordinary number (finite, at most 1e9 in size), got .inf",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\n"
            "spaces: [{id: s, level: L0, rect: [0, 0, 1, 1], holes: [[[0, 0], [1, 1]]]}]\n",
            "line 4: space 's': hole 1 has 2 point(s); a polygon needs at least 3",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\nspaces: lobby\n",
            "line 4: spaces must be a list or empty, got 'lobby'",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\n"
            "spaces: [{id: a, level: L0, rect: [0, 0, 1]}]\n",
            "line 4: space 'a': rect must be four numbers [x0, y0, x1, y1], got [0, 0, 1]",
        ),
        (
            "format: venueplanner-plan/1\nvenue: {name: x}\nlevels: [{id: L0, elevation: 0}]\n"
            "openings: [{id: a, level: L0, at: [0, 0], width: 1, spaces: [x, y, z]}]\n",
            "line 4: opening 'a': spaces must be a list of one or two space ids, got ['x', 'y', 'z']",
        ),
        (
            "format: venueplanner-plan/1\nvenue: Salle\nlevels: [{id: L0, elevation: 0}]\n",
            "line 2: venue must be a mapping of keys (name:, address:, ...), got 'Salle'",
        ),
        ("\t- a\n", "line 1: this is not valid YAML at column 1:"),
        ("format: venueplanner-plan/1\nx: \x07\n", "line 2: this is not valid YAML: unacceptable character #x0007"),
        ("? [a, b]\n: c\n", "line 1: the key ['a', 'b'] is not a name; keys are names such as 'width'"),
    ],
)
def test_smaller_mistakes_name_their_line(tmp_path, text, message):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(text.encode())
    with pytest.raises(ImportFailedError) as failed:
        read_plan(plan)
    assert str(failed.value).startswith(f"plan.yaml, {message}")


def test_a_merge_key_may_be_overridden_but_a_key_written_twice_may_not(tmp_path):
    plan = tmp_path / "merge.yaml"
    plan.write_text(
        "format: venueplanner-plan/1\nvenue: {name: x}\nx-door: &door {level: L0, width: 0.9}\n"
        "levels: [{id: L0, elevation: 0}]\n"
        "spaces: [{id: a, level: L0, rect: [0, 0, 5, 4]}]\n"
        "openings: [{<<: *door, id: D1, at: [0, 2], width: 1.2}]\n"
    )
    assert read_plan(plan).venue.opening("D1").width == 1.2


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    with pytest.raises(ImportFailedError, match=r"^nope\.yaml: no such file$"):
        read_plan(tmp_path / "nope.yaml")
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    with pytest.raises(ImportFailedError, match=r"^folder\.yaml: is a folder, not a file$"):
        read_plan(folder)


def test_a_file_over_the_size_limit_is_refused(tmp_path, sample):
    with pytest.raises(
        ImportFailedError, match=r"^office\.yaml: the file is [0-9,]+ bytes, more than the 100 bytes limit$"
    ):
        read_plan(sample("office.yaml"), options=ImportOptions(max_bytes=100))


@pytest.mark.parametrize("scale", [0, -1, float("nan")])
def test_an_impossible_unit_scale_option_is_refused(sample, scale):
    with pytest.raises(ImportFailedError, match="must be a positive number of metres per unit"):
        read_plan(sample("office.yaml"), options=ImportOptions(unit_scale=scale))


def test_the_path_can_be_given_as_text(sample):
    venue = read_plan(str(sample("office.yaml"))).venue
    assert venue.name == "Bureaux Exemple"
    assert venue.source.path == str(sample("office.yaml").resolve())
