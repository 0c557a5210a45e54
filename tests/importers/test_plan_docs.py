"""The user documentation of the plan format says what the reader does."""

from __future__ import annotations

import re

import pytest

from importers.plan import read_plan
from importers.plan_schema import plan_schema
from models import validate
from tests.conftest import ROOT
from tests.importers.bad_plan_cases import BAD_PLANS

DOC = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")


def _keys(node):
    if isinstance(node, dict):
        yield from node.get("properties", {})
        for value in node.values():
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def test_the_documentation_describes_every_key_of_the_schema():
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOC))
    assert set(_keys(plan_schema())) - documented == set()


def test_the_documented_vocabularies_are_the_schema_s():
    defs = plan_schema()["$defs"]
    for values in (
        defs["space"]["properties"]["use"]["enum"],
        defs["marker"]["properties"]["kind"]["enum"],
        defs["opening"]["properties"]["kind"]["enum"],
    ):
        assert all(f"`{value}`" in DOC for value in values)


@pytest.fixture
def example(tmp_path):
    block = DOC.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(block, encoding="utf-8")
    return read_plan(path)


def test_the_complete_example_reads_to_the_figures_the_documentation_gives(example):
    venue = example.venue
    assert dict(example.report.read) == {"levels": 2, "spaces": 3, "openings": 3, "connectors": 1, "markers": 2}
    # lobby 10 m x 8 m less a 1 m x 1 m column; hall 20 m x 8 m; balcony 20 m x 4 m
    assert venue.space("lobby").area == pytest.approx(79.0)
    assert venue.space("hall").area == pytest.approx(160.0)
    assert venue.space("balcony").area == pytest.approx(80.0)
    assert sorted((o.id, o.spaces) for o in venue.exits) == [("D1", ("lobby",)), ("D3", ("hall",))]
    assert venue.opening("D2").spaces == ("hall", "lobby")
    assert venue.opening("D2").width == pytest.approx(1.4)  # the merged 90 cm overridden by 140 cm
    assert venue.opening("D3").width == pytest.approx(0.9)  # from the x-door anchor
    stair = venue.connector("S1")
    assert (stair.riser, stair.going) == pytest.approx((0.17, 0.28))
    assert stair.landings[1].space_id == "balcony"


def test_the_complete_example_is_a_sound_venue(example):
    assert validate(example.venue) == []


def test_the_documented_messages_are_the_reader_s():
    # each row of the documentation's table starts like a message of the table of bad plans
    documented = re.findall(r"^\| [^|]+ \| `plan\.yaml(.*)` \|$", DOC, flags=re.MULTILINE)
    assert len(documented) >= 12
    actual = [message.split(".yaml", 1)[1] for _, message in BAD_PLANS]  # each message less its file name
    for row in documented:
        start = row.split("...")[0]  # rows may shorten a long list with "..."
        assert any(text.startswith(start) for text in actual), row
