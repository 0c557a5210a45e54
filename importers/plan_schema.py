"""Check a parsed venue plan against its published JSON Schema, in words a planner understands.

The schema (``importers/schemas/plan.schema.json``, draft 2020-12) is the one
editors can use to complete and check plan files; this module runs it with
:mod:`jsonschema` and turns each of its errors into an :class:`Issue` naming the line,
the element and the key, e.g. ``line 42: opening 'D3': width must be a positive
number, got -1``. It also finds what the schema cannot say: numbers that are not
finite or too large, and ids holding control characters.

The document reaches this module bounded (aliases add at most
:data:`~importers.plan_yaml.MAX_ALIASED_VALUES` values) and without its ``x-`` keys,
which :mod:`importers.plan_yaml` drops, so every walk here is as long as the plan.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import math
import unicodedata
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

import jsonschema

from importers.plan_issues import COLLECTIONS, Issue, did_you_mean, element_at, line_of, shown
from importers.plan_yaml import LineDict

log = logging.getLogger(__name__)

#: Numbers whose magnitude is above this cannot be a length, a count or an angle of a venue.
LARGEST_NUMBER = 1e9

#: Schema errors translated before giving up (a broken file can hold thousands).
_MAX_ERRORS = 200

_TYPE_WORDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "a mapping of keys",
    "boolean": "true or false",
    "null": "empty",
}

#: Keys whose value has a fixed shape: an error anywhere inside is reported on the whole value.
_SHAPES = {
    "at": "a point [x, y] of two numbers",
    "rect": "four numbers [x0, y0, x1, y1]",
    "polygon": "a list of at least 3 points [x, y]",
    "holes": "a list of polygons, each a list of at least 3 points [x, y]",
    "spaces": "a list of one or two space ids",
}


@functools.cache
def plan_schema() -> dict[str, Any]:
    """The JSON Schema of the plan format, as shipped inside the package."""
    text = (resources.files("importers") / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = plan_schema()
    return jsonschema.Draft202012Validator(_inline(schema, schema["$defs"]))


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with each local ``$ref`` replaced by its definition (the format has no recursion).

    Validating through ``$ref`` costs a lookup per value; the inlined copy checks a
    plan about three times faster and reports the same errors.
    """
    if isinstance(node, dict):
        if "$ref" in node:
            target = node["$ref"].removeprefix("#/$defs/")
            merged = {**_inline(defs[target], defs), **{k: v for k, v in node.items() if k != "$ref"}}
            return {k: _inline(v, defs) for k, v in merged.items()}
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


#: Unicode categories refused in ids: control, format (invisible), surrogate, private and
#: unassigned characters (as :func:`models.validate` does), and line or paragraph separators.
_BAD_ID_CATEGORIES = ("C", "Zl", "Zp")

#: Schema keywords that compare numbers: not repeated for a number that is not finite or too large.
_BOUNDS = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}


def schema_issues(document: LineDict) -> list[Issue]:
    """Every place where `document` departs from the schema, plus unusable numbers and ids."""
    issues = list(_number_issues(document))
    issues += _id_issues(document)
    for error in itertools.islice(_validator().iter_errors(document), _MAX_ERRORS):
        if error.validator in _BOUNDS and _is_number(error.instance) and not _usable(error.instance):
            continue  # "-.inf must be positive": _number_issues says it in words that fit
        issues.extend(_translate(document, error))
    return issues


def _id_issues(document: LineDict) -> list[Issue]:
    """Ids that hold a control or invisible character (blank ids are the schema's)."""
    issues = []
    for collection in COLLECTIONS:
        items = document.get(collection)
        for i, item in enumerate(items if isinstance(items, list) else []):
            element_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(element_id, str) or not element_id.strip():
                continue  # not text, or blank: the schema says so
            bad = next((c for c in element_id if unicodedata.category(c).startswith(_BAD_ID_CATEGORIES)), None)
            if bad is not None:
                issues.append(
                    Issue(
                        line_of(document, [collection, i, "id"]),
                        f"{COLLECTIONS[collection]} #{i + 1}",
                        f"id {element_id!r} holds a control or invisible character (U+{ord(bad):04X}); "
                        "ids must be printable text on one line",
                    )
                )
    return issues


def _translate(document: LineDict, error: jsonschema.ValidationError) -> Iterator[Issue]:
    path = list(error.absolute_path)
    label, rest = element_at(document, path)
    base = path[: len(path) - len(rest)]
    shaped = label is not None and rest and rest[0] in _SHAPES  # "spaces" of an opening, not the plan's
    if shaped and (len(rest) > 1 or error.validator in ("type", "minItems", "maxItems")):
        yield _shape_issue(document, error, label, base, rest)
        return
    line = line_of(document, path)
    field = _field(rest)
    value = error.instance
    kind = error.validator
    if kind == "additionalProperties":
        yield from _unknown_keys(error, label, path)
        return
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        for key in missing:
            yield Issue(line, label, f"the required key {key!r} is missing")
        return
    if kind == "type":
        expected = error.validator_value
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in ([expected] if isinstance(expected, str) else expected))
        if not rest and label == "venue":
            yield Issue(line, None, f"venue must be {words} (name:, address:, ...), got {shown(value)}")
            return
        if not rest and label:
            yield Issue(line, label, f"this entry must be {words}, got {shown(value)}")
            return
        hint = ""
        if value is None:
            hint = " (nothing is written after the key)"
        elif expected == "string" and not isinstance(value, dict | list):
            hint = " (put it in quotes to make it text)"
        yield Issue(line, label, f"{field} must be {words}, got {shown(value)}{hint}")
        return
    yield Issue(line, label, _bound_problem(error, field, value))


def _bound_problem(error: jsonschema.ValidationError, field: str, value: Any) -> str:
    kind, limit = error.validator, error.validator_value
    if kind == "enum":
        allowed = ", ".join(str(v) for v in limit)
        return f"{field} {shown(value)} is not one of the allowed values: {allowed}{did_you_mean(value, limit)}"
    if kind == "const":
        return f"{field} must be {limit!r}, got {shown(value)}"
    if kind == "exclusiveMinimum":
        return (
            f"{field} must be a positive number, got {shown(value)}"
            if limit == 0
            else (f"{field} must be more than {limit}, got {shown(value)}")
        )
    if kind == "minimum":
        return (
            f"{field} must not be negative, got {shown(value)}"
            if limit == 0
            else (f"{field} must be at least {limit}, got {shown(value)}")
        )
    if kind == "maximum":
        return f"{field} must be at most {limit}, got {shown(value)}"
    if kind == "minItems" and field == "landings":
        return f"a connector needs at least {limit} landings (one on each level it joins), got {len(value)}"
    if kind == "minItems" and field == "levels":
        return f"the plan needs at least {limit} level, got none"
    if kind == "minItems":
        return f"{field} must hold at least {limit} items, got {len(value)}"
    if kind == "maxItems":
        return f"{field} can hold at most {limit} items, got {len(value)}"
    if kind in ("minLength", "pattern"):
        return f"{field} must not be blank"
    return f"{field}: {error.message}"  # a keyword added to the schema later; still names the place


def _shape_issue(document: LineDict, error: jsonschema.ValidationError, label: str | None, base, rest) -> Issue:
    field = rest[0]
    value_path = [*base, field]
    value = _get(document, value_path)
    line = line_of(document, value_path)
    ring = error.instance if error.validator == "minItems" else None
    if ring is not None and field == "polygon" and len(rest) == 1:
        return Issue(line, label, f"polygon has {len(ring)} point(s); a polygon needs at least 3")
    if ring is not None and field == "holes" and len(rest) == 2:
        return Issue(
            line_of(document, [*value_path, rest[1]]),
            label,
            f"hole {rest[1] + 1} has {len(ring)} point(s); a polygon needs at least 3",
        )
    return Issue(line, label, f"{field} must be {_SHAPES[field]}, got {shown(value)}")


def _unknown_keys(error: jsonschema.ValidationError, label: str | None, path: list) -> Iterator[Issue]:
    known = list(error.schema.get("properties", {}))
    instance = error.instance
    for key in instance:
        if key in known:
            continue
        line = instance.key_lines.get(key, instance.line) if isinstance(instance, LineDict) else 1
        hint = did_you_mean(key, known) or f"; the keys here are {', '.join(known)}"
        yield Issue(line, label, f"unknown key {key!r}{hint}")


def _field(rest: Sequence[Any]) -> str:
    parts: list[str] = []
    for step in rest:
        if isinstance(step, int):
            parts.append(f"item {step + 1} of")
        else:
            parts.append(str(step))
    if not parts:
        return "the value"
    # "item 2 of spaces" reads better than "spaces item 2"
    words = [p for p in parts if not p.startswith("item ")]
    items = [p for p in parts if p.startswith("item ")]
    return " ".join([*reversed(items), ".".join(words)])


def _get(document: Any, path: Sequence[Any]) -> Any:
    node = document
    for step in path:
        node = node[step]
    return node


def _number_issues(document: LineDict) -> Iterator[Issue]:
    """Numbers that YAML reads but no venue can hold: .nan, .inf and magnitudes above 10^9."""
    seen: set[int] = set()
    stack: list[tuple[Any, list[Any]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict | list):
            if id(node) in seen:  # YAML aliases share nodes: visit each once
                continue
            seen.add(id(node))
            pairs = node.items() if isinstance(node, dict) else enumerate(node)
            stack.extend((value, [*path, key]) for key, value in pairs)
        elif _is_number(node) and not _usable(node):
            label, rest = element_at(document, path)
            base = path[: len(path) - len(rest)]
            got = shown(node, 30)
            if label is not None and rest and rest[0] in _SHAPES:
                line = line_of(document, [*base, rest[0]])
                problem = f"{rest[0]} must hold ordinary numbers (finite, at most 1e9 in size), got {got}"
            else:
                line = line_of(document, path)
                problem = f"{_field(rest)} must be an ordinary number (finite, at most 1e9 in size), got {got}"
            yield Issue(line, label, problem)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _usable(number: float) -> bool:
    try:
        return math.isfinite(number) and abs(number) <= LARGEST_NUMBER
    except OverflowError:  # an integer too large for a float
        return False
