"""The ``venueplanner evacuate`` command: text, JSON and CSV, the sweep, and bad input as one error line."""

from __future__ import annotations

import csv
import io
import json

from venueplanner.cli import main


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(["evacuate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_evacuate_prints_the_total_time_exits_bottlenecks_and_rule_checks(capsys, sample):
    code, out, _ = _run(capsys, str(sample("concert-hall.yaml")))
    assert code == 0
    assert "persons      1,564" in out
    assert "total time" in out and "bottlenecks" in out
    assert "FAIL CO 36 (> 200 p)    D12" in out


def test_evacuate_json_holds_the_result_the_checks_and_the_sweep(capsys, sample):
    code, out, _ = _run(capsys, str(sample("concert-hall.yaml")), "--json", "--rules", "uk", "--sweep")
    data = json.loads(out)
    assert code == 0
    assert data["result"]["rules"] == "uk"
    assert {c["clause"] for c in data["checks"]} >= {"Green Guide 10.7", "ADB exits"}
    sweep = data["sweep"]
    assert len(sweep["cases"]) == 9 and sweep["largest_exit"] == "E5"
    worst = max(sweep["cases"], key=lambda c: c["total_time"])
    assert sweep["worst"] == worst["blocked"]


def test_evacuate_csv_has_one_table_column_and_a_row_per_exit(capsys, sample):
    code, out, _ = _run(capsys, str(sample("concert-hall.yaml")), "--csv", "--method", "nearest")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len([r for r in rows if r["table"] == "exit"]) == 9
    assert {r["table"] for r in rows} >= {"total", "exit", "bottleneck", "space", "level", "check"}


def test_blocking_an_unknown_element_is_one_error_line(capsys, sample):
    code, out, err = _run(capsys, str(sample("concert-hall.yaml")), "--block", "ES9")
    assert code == 2 and out == ""
    assert err.strip() == "error: the scenario blocks 'ES9', which is no opening or connector of the venue"


def test_an_unknown_scenario_is_one_error_line(capsys, sample):
    code, _, err = _run(capsys, str(sample("concert-hall.yaml")), "--scenario", "fire")
    assert code == 2 and err.startswith("error: no scenario 'fire'")


def test_json_and_csv_together_are_refused(capsys, sample):
    code, _, _ = _run(capsys, str(sample("concert-hall.yaml")), "--json", "--csv")
    assert code == 2


def test_compare_shows_the_plain_venue_and_the_scenario_side_by_side(capsys, sample):
    code, out, _ = _run(capsys, str(sample("concert-hall.yaml")), "--block", "ES1", "--compare", "--json")
    rows = {r["what"]: r for r in json.loads(out)["compare"]}
    assert code == 0
    assert rows["exit ES1 persons"]["scenario"] == 0 and rows["exit ES1 persons"]["plain"] > 0
    assert rows["persons"]["plain"] == rows["persons"]["scenario"] == 1564
