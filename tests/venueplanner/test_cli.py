"""The command line as a user and a script see it: figures, exit statuses, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.importers.bad_plan_cases import BAD_PLANS, BAD_PLANS_DIR
from tests.venueplanner.bad_project_cases import BAD_PROJECTS
from venueplanner.cli import main
from venueplanner.project import load_project

# A plan with one mistake that only validation sees: the two rooms overlap by 2 x 6 m.
OVERLAPPING_PLAN = """\
format: venueplanner-plan/1
venue: {name: Overlap}
levels: [{id: L0, elevation: 0}]
spaces:
  - {id: a, level: L0, rect: [0, 0, 10, 6]}
  - {id: b, level: L0, rect: [8, 0, 20, 6]}
openings:
  - {id: x, level: L0, at: [0, 3], width: 1.2, spaces: [a]}
  - {id: y, level: L0, at: [20, 3], width: 1.2, spaces: [b]}
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def info_json(capsys, path: Path) -> dict:
    status, out, err = run(capsys, "info", path, "--json")
    assert status == 0, err
    return json.loads(out)


def test_info_on_the_concert_hall_prints_its_figures(capsys, sample):
    status, out, _ = run(capsys, "info", sample("concert-hall.yaml"))
    assert status == 0
    # figures worked by hand in docs/samples.md: 19 + 6 spaces, 35 + 7 openings of which 9 lead
    # outside, 1,500 public places + 64 staff, L0 = 28 x 55 m less two 0.4 x 0.4 m pillars
    assert out.splitlines() == [
        "Le Zéphyr (concert-hall.yaml)",
        "address     112, boulevard des Hirondelles, 75011 Paris",
        "levels      2",
        "spaces      25",
        "openings    42 (9 exits)",
        "connectors  3 (1 lift, 2 stair)",
        "markers     10",
        "capacity    1,564 persons",
        "area        2,199.7 m²",
        "per level:",
        "  L0       Rez-de-chaussée                +0.00 m    19 spaces     1,539.7 m²    1,112 persons",
        "  L1       Balcon (R+1)                   +4.76 m     6 spaces       660.0 m²      452 persons",
    ]


def test_info_json_gives_the_same_figures_and_the_element_lists(capsys, sample):
    data = info_json(capsys, sample("concert-hall.yaml"))
    assert data["counts"] == {"levels": 2, "spaces": 25, "openings": 42, "exits": 9, "connectors": 3, "markers": 10}
    assert data["capacity"] == 1564
    assert [(lv["id"], lv["area"], lv["capacity"]) for lv in data["levels"]] == [
        ("L0", 1539.68, 1112),  # 28 x 55 = 1,540 less 2 x 0.16 m² of pillars
        ("L1", 660.0, 452),
    ]
    assert len(data["spaces"]) == 25 and len(data["openings"]) == 42 and len(data["connectors"]) == 3
    pit = next(s for s in data["spaces"] if s["id"] == "pit")
    assert (pit["name"], pit["level"], pit["use"], pit["capacity"]) == ("Fosse", "L0", "standing", 1000)
    stair = next(c for c in data["connectors"] if c["id"] == "S-A")
    assert (stair["kind"], stair["levels"]) == ("stair", ["L0", "L1"])
    assert sum(o["exit"] for o in data["openings"]) == 9


def test_info_on_the_office_prints_its_figures(capsys, sample):
    data = info_json(capsys, sample("office.yaml"))
    # 7 spaces and 240 m² (a 20 x 12 m floor) per storey; exits E1 (hall) and E2 (corridor)
    assert data["counts"] == {"levels": 2, "spaces": 14, "openings": 14, "exits": 2, "connectors": 2, "markers": 5}
    assert data["connectors_by_kind"] == {"lift": 1, "stair": 1}
    # ground: hall 50 + offices 4 + 4 + meeting 12 = 70; first: 20 + 6 + 6 + 10 = 42
    assert [(lv["id"], lv["elevation"], lv["area"], lv["capacity"]) for lv in data["levels"]] == [
        ("L0", 0.0, 240.0, 70),
        ("L1", 3.5, 240.0, 42),
    ]
    assert (data["capacity"], data["area"]) == (112, 480.0)


def test_info_and_check_on_the_generated_stadium(capsys, sample):
    path = sample("stadium.venue")
    data = info_json(capsys, path)
    # docs/stadium-generator.md, 20,000 places: 12 lower + 16 upper sectors, 28 vomitories,
    # 8 gates, 16 stairs and 4 lifts between the two concourses
    assert data["counts"] == {"levels": 2, "spaces": 90, "openings": 98, "exits": 8, "connectors": 20, "markers": 8}
    assert data["connectors_by_kind"] == {"lift": 4, "stair": 16}
    # the lower tier holds 2/5 of the places: 8,000 on L0 and 12,000 on L1
    assert [(lv["id"], lv["capacity"]) for lv in data["levels"]] == [("L0", 8000), ("L1", 12000)]
    status, out, _ = run(capsys, "check", path)
    assert status == 0
    assert out.splitlines()[-1] == "stadium.venue: 0 error(s), 0 warning(s)"


def test_check_passes_every_sample(capsys, sample):
    for name in ("concert-hall.yaml", "office.yaml", "stadium.venue"):
        status, out, _ = run(capsys, "check", sample(name))
        assert status == 0
        assert out.splitlines()[-1] == f"{name}: 0 error(s), 0 warning(s)"


def test_check_exits_1_and_names_the_problem_when_there_are_errors(capsys, tmp_path):
    plan = tmp_path / "overlap.yaml"
    plan.write_text(OVERLAPPING_PLAN)
    status, out, _ = run(capsys, "check", plan)
    assert status == 1
    assert "error: a: overlaps space 'b' by 12.00 m² on level 'L0' [overlapping-spaces]" in out
    assert out.splitlines()[-1] == "overlap.yaml: 1 error(s), 0 warning(s)"


def test_check_json_lists_the_problems_for_scripts(capsys, tmp_path):
    plan = tmp_path / "overlap.yaml"
    plan.write_text(OVERLAPPING_PLAN)
    status, out, _ = run(capsys, "check", plan, "--json")
    data = json.loads(out)
    assert status == 1
    assert (data["errors"], data["warnings"]) == (1, 0)
    assert data["problems"] == [
        {
            "severity": "error",
            "code": "overlapping-spaces",
            "element": "a",
            "message": "overlaps space 'b' by 12.00 m² on level 'L0'",
        }
    ]
    assert data["counts"]["spaces"] == 2


def test_convert_writes_a_project_with_the_same_figures(capsys, sample, tmp_path):
    target = tmp_path / "hall.venue"
    status, out, _ = run(capsys, "convert", sample("concert-hall.yaml"), target)
    assert status == 0
    assert out.strip() == f"wrote {target}: 2 levels, 25 spaces, 42 openings (9 exits), 3 connectors"
    original = info_json(capsys, sample("concert-hall.yaml"))
    converted = info_json(capsys, target)
    assert {**original, "file": None} == {**converted, "file": None}
    assert load_project(target).venue.name == "Le Zéphyr"


@pytest.mark.parametrize(("name", "message"), BAD_PLANS, ids=[case[0] for case in BAD_PLANS])
@pytest.mark.parametrize("command", ["info", "check"])
def test_a_bad_plan_prints_one_error_line_and_exits_2(capsys, command, name, message):
    status, out, err = run(capsys, command, BAD_PLANS_DIR / name)
    assert status == 2
    assert out == ""
    assert err == f"error: {message}\n"


@pytest.mark.parametrize(("case", "make", "message"), BAD_PROJECTS, ids=[case[0] for case in BAD_PROJECTS])
def test_a_bad_project_prints_one_error_line_and_exits_2(capsys, tmp_path, case, make, message):
    path = make(tmp_path)
    status, out, err = run(capsys, "info", path)
    assert (status, out) == (2, "")
    assert err.startswith(f"error: {path.name}: ") and err.count("\n") == 1
    assert message in err


def test_convert_never_overwrites_a_file_it_cannot_read(capsys, sample, tmp_path):
    precious = tmp_path / "notes.venue"
    precious.write_bytes(b"three hours of notes that are not a project")
    status, _, err = run(capsys, "convert", sample("office.yaml"), precious)
    assert status == 2
    assert err.splitlines()[-1].startswith("error: notes.venue: ")
    assert precious.read_bytes() == b"three hours of notes that are not a project"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["info", "missing.yaml"], "error: missing.yaml: no such file"),
        (["info", "README.md"], "error: README.md: cannot read .md files; known formats: .venue, "),
        (["info", "samples"], "error: samples: is a folder, not a file"),
        (["convert", "samples/office.yaml", "office.json"], "error: office.json: the output must be a .venue file"),
    ],
)
def test_bad_arguments_print_one_error_line_and_exit_2(capsys, monkeypatch, args, message):
    monkeypatch.chdir(ROOT)
    status, out, err = run(capsys, *args)
    assert (status, out) == (2, "")
    assert err.startswith(message) and err.count("\n") == 1


def test_an_unknown_command_is_a_usage_error_with_status_2(capsys):
    status, _, err = run(capsys, "frobnicate")
    assert status == 2
    assert "No such command 'frobnicate'" in err


def test_the_installed_command_runs_without_a_traceback(sample):
    done = subprocess.run(
        [Path(sys.executable).with_name("venueplanner"), "info", "does-not-exist.venue"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr == "error: does-not-exist.venue: no such file\n"
