"""The plan's YAML loader: safe, line-keeping, and the same with or without libyaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from importers import ImportFailedError, plan_yaml
from importers.plan_yaml import LineDict, LineList, load_document

TEXT = b"""\
format: venueplanner-plan/1
venue:
  name: x
levels:
  - {id: L0, elevation: 0}
  - id: L1
    elevation: 3
"""


def _lines(node):
    """Every (path, line) of a parsed document, to compare two loaders."""
    if isinstance(node, LineDict):
        yield (), node.line
        for key, value in node.items():
            yield (key,), node.key_lines[key]
            yield from (((key, *p), n) for p, n in _lines(value))
    elif isinstance(node, LineList):
        yield (), node.line
        for i, value in enumerate(node):
            yield (i,), node.item_lines[i]
            yield from (((i, *p), n) for p, n in _lines(value))


def test_mappings_lists_keys_and_items_remember_their_lines():
    doc = load_document(Path("p.yaml"), TEXT)
    assert doc.key_lines == {"format": 1, "venue": 2, "levels": 4}
    assert doc["venue"].line == 3  # a block mapping starts at its first key
    assert doc["levels"].item_lines == [5, 6]
    assert doc["levels"][1].key_lines == {"id": 6, "elevation": 7}


@pytest.mark.skipif(plan_yaml._CSafeLoader is None, reason="libyaml is not installed")
def test_without_libyaml_the_same_document_and_lines_are_read(monkeypatch, sample):
    data = sample("office.yaml").read_bytes()
    fast = load_document(Path("office.yaml"), data)
    monkeypatch.setattr(plan_yaml, "_CSafeLoader", None)
    slow = load_document(Path("office.yaml"), data)
    assert fast == slow
    assert list(_lines(fast)) == list(_lines(slow))


@pytest.mark.parametrize(
    "text", ["[" * 100 + "]" * 100, "[" * 3000, "a:\n" + "".join(" " * n + "a:\n" for n in range(1, 80))]
)
@pytest.mark.parametrize("libyaml", [True, False])
def test_absurd_nesting_is_refused_before_any_parser_recurses(monkeypatch, text, libyaml):
    if not libyaml:
        monkeypatch.setattr(plan_yaml, "_CSafeLoader", None)
    with pytest.raises(ImportFailedError, match=r"^deep\.yaml: the YAML is nested more than 64 levels deep"):
        load_document(Path("deep.yaml"), text.encode())


def test_no_tag_can_build_an_object():
    text = b"!!python/object/new:os.system [echo owned]\n"
    with pytest.raises(ImportFailedError, match=r"tag !!python/object/new:os\.system is not allowed"):
        load_document(Path("evil.yaml"), text)
    assert issubclass(plan_yaml.PlanLoader, yaml.SafeLoader)


def test_a_utf8_byte_order_mark_and_utf16_text_are_read():
    assert load_document(Path("bom.yaml"), b"\xef\xbb\xbf" + TEXT)["venue"]["name"] == "x"
    assert load_document(Path("u16.yaml"), TEXT.decode().encode("utf-16"))["levels"][1]["id"] == "L1"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1e9", 1e9),
        ("2.5E-3", 0.0025),
        ("2.5E3", 2500.0),
        ("-1E+2", -100.0),
        (".5e1", 5.0),
        ("6.", 6.0),  # YAML 1.1 floats still read
        ("1_000", 1000),  # and YAML 1.1 integers
        ("'1e9'", "1e9"),  # quoted: text
        ("1e", "1e"),  # no exponent: text
        ("e9", "e9"),
    ],
)
@pytest.mark.parametrize("libyaml", [True, False])
def test_scientific_notation_is_read_as_a_number_as_yaml_1_2_does(monkeypatch, libyaml, written, value):
    if not libyaml:
        monkeypatch.setattr(plan_yaml, "_CSafeLoader", None)
    read = load_document(Path("p.yaml"), f"a: [{written}]\n".encode())["a"][0]
    assert read == value
    assert type(read) is type(value)
