"""``venueplanner route``: directions on the command line, JSON for scripts, one-line errors with exit status 2."""

from __future__ import annotations

import json

import pytest

from venueplanner.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_route_command_prints_the_fastest_route_with_directions(capsys, sample):
    status, out, err = run(capsys, "route", sample("concert-hall.yaml"), "--from", "STG-1", "--to", "REGIE")
    assert status == 0, err
    lines = out.splitlines()
    # 42.37 m and 46.0 s: see tests/routing/test_directions.py for the hand calculation
    assert lines[0] == "Route 1/1: 42 m, 46 s (intervention team with equipment) — E1, D02, D26, V1, D25, S-A"
    assert lines[5] == "   5. Go 3.2 m to stair S-A and take it up to “Balcon (R+1)”."
    assert lines[-1].strip() == "In all 42 m, about 46 s (intervention team with equipment)."


def test_alternatives_in_french_as_json(capsys, sample):
    status, out, err = run(
        capsys, "route", sample("concert-hall.yaml"), "--from", "STG-1", "--to", "REGIE",
        "--alternatives", 3, "--lang", "fr", "--json",
    )  # fmt: skip
    assert status == 0, err
    data = json.loads(out)
    assert [r["connectors"] for r in data["routes"]] == [["S-A"], ["S-B"], ["LIFT"]]
    assert data["routes"][0]["time"] == pytest.approx(46.009, abs=1e-3)
    assert data["routes"][0]["directions"][1] == "Marcher 9,4 m à l'extérieur jusqu'à l'issue E1."
    geometry = data["routes"][0]["legs"][0]["geometry"]
    assert len(geometry[0]) == 3


def test_avoiding_and_passing_through(capsys, sample):
    status, out, _ = run(
        capsys,
        "route",
        sample("concert-hall.yaml"),
        "--from",
        "STG-1",
        "--to",
        "REGIE",
        "--avoid",
        "S-A,LIFT",
        "--json",
    )
    assert status == 0 and json.loads(out)["routes"][0]["connectors"] == ["S-B"]
    status, out, _ = run(
        capsys, "route", sample("concert-hall.yaml"), "--from", "STG-1", "--to", "REGIE", "--via", "bar", "--json"
    )
    assert status == 0
    via_bar = json.loads(out)["routes"][0]
    # into the bar's middle by one of its lobby doors (D05, D06) and out again: longer than the direct 42.37 m
    assert any(leg["kind"] == "walk" and leg["space"] == "bar" for leg in via_bar["legs"])
    assert {"D05", "D06"} & set(via_bar["openings"]) and via_bar["length"] > 42.37


TO_REGIE = ["--from", "STG-1", "--to", "REGIE"]
NO_ROUTE = "error: no route from 'STG-1' to 'REGIE' for profile "


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "STG-9", "--to", "REGIE"],
            "error: 'STG-9': no marker, space, opening or connector has this id or name; "
            "did you mean 'STG-1', 'STG-2', 'stage'?",
        ),
        (
            [*TO_REGIE, "--profile", "stretcher"],
            NO_ROUTE + "'stretcher': the only routes use elements it may not: door 'D25' narrower than 1.1 m",
        ),
        (
            [*TO_REGIE, "--profile", "wheelchair", "--avoid", "LIFT"],
            NO_ROUTE + "'wheelchair': cut off: lift 'LIFT' is avoided",
        ),
        (
            [*TO_REGIE, "--profile", "skater"],
            "error: no movement profile 'skater'; known profiles: evacuee, team, stretcher, wheelchair",
        ),
        ([*TO_REGIE, "--scenario", "fire"], "error: no scenario 'fire' in the project"),
    ],
)
def test_errors_are_one_line_with_exit_status_2(capsys, sample, args, message):
    status, out, err = run(capsys, "route", sample("concert-hall.yaml"), *args)
    assert status == 2 and out == ""
    assert err.strip() == message
