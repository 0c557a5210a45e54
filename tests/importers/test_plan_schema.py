"""The published JSON Schema of the plan format: valid, shipped, in step with the domain and the docs."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
import yaml

from importers import ImportFailedError
from importers.plan import FORMAT, UNIT_SCALES
from importers.plan_schema import _validator, plan_schema
from importers.plan_yaml import load_document
from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, TravelDirection
from tests.importers.bad_plan_cases import BAD_PLANS, BAD_PLANS_DIR

SCHEMA_FILE = resources.files("importers") / "schemas" / "plan.schema.json"


def test_the_schema_is_a_valid_draft_2020_12_schema_shipped_inside_the_package():
    assert SCHEMA_FILE.is_file()
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == plan_schema()


@pytest.mark.parametrize(
    ("where", "values"),
    [
        (("space", "use"), SpaceUse),
        (("opening", "kind"), OpeningKind),
        (("connector", "kind"), ConnectorKind),
        (("connector", "direction"), TravelDirection),
        (("marker", "kind"), MarkerKind),
    ],
)
def test_the_schema_allows_exactly_the_domain_vocabulary(where, values):
    element, key = where
    assert plan_schema()["$defs"][element]["properties"][key]["enum"] == [v.value for v in values]


def test_the_schema_names_the_format_version_and_units_the_reader_reads():
    properties = plan_schema()["properties"]
    assert properties["format"]["const"] == FORMAT
    assert properties["units"]["enum"] == list(UNIT_SCALES)


def test_the_shipped_samples_satisfy_the_published_schema_without_the_reader(sample):
    document = yaml.safe_load(sample("office.yaml").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(plan_schema()).iter_errors(document)) == []


def _errors(validator, document):
    return sorted(
        (tuple(map(str, e.absolute_path)), e.validator, str(e.validator_value)) for e in validator.iter_errors(document)
    )


def _parsed(name):
    try:
        return load_document(BAD_PLANS_DIR / name, (BAD_PLANS_DIR / name).read_bytes())
    except ImportFailedError:
        return None  # not a YAML mapping: never reaches the schema


PARSED = {name: doc for name, _ in BAD_PLANS if (doc := _parsed(name)) is not None}


def test_most_bad_plans_reach_the_schema():
    assert len(PARSED) >= 20


@pytest.mark.parametrize("name", sorted(PARSED))
def test_the_inlined_schema_finds_the_same_errors_as_the_published_one(name):
    document = PARSED[name]
    published = jsonschema.Draft202012Validator(plan_schema())
    assert _errors(_validator(), document) == _errors(published, document)
