"""Validation problems keep their message's template and values, so an interface can show them in its language."""

from __future__ import annotations

import ast
import copy
import importlib
import inspect
import json
import pickle
from dataclasses import asdict, replace

import pytest

from models import Problem, Severity, validate
from models.factories import two_room_venue


def test_a_problem_keeps_the_values_put_in_its_message():
    venue = two_room_venue()
    room_a = venue.space("room-a")
    overlapping = replace(venue.space("room-b"), footprint=room_a.footprint)  # the same square twice
    (problem,) = [p for p in validate(venue.with_elements(overlapping)) if p.code == "overlapping-spaces"]
    assert problem.template == "overlaps space {other!r} by {area:.2f} m² on level {level!r}"
    assert problem.values["area"] == pytest.approx(room_a.area)
    assert problem.template.format(**problem.values) == problem.message
    with pytest.raises(TypeError):
        problem.values["area"] = 0.0  # read-only, as the problem


def test_a_problem_made_with_a_message_only_still_works_and_equality_ignores_the_template():
    plain = Problem(Severity.ERROR, "no-exit", None, "the venue has no exit (no opening leads outside)")
    assert plain.template == "" and dict(plain.values) == {}
    (found,) = validate(two_room_venue().without("exit-a", "exit-b"))
    assert found == plain and hash(found) == hash(plain)
    assert str(found) == "error: the venue has no exit (no opening leads outside) [no-exit]"


def overlap_problem() -> Problem:
    venue = two_room_venue()
    overlapping = replace(venue.space("room-b"), footprint=venue.space("room-a").footprint)
    (problem,) = [p for p in validate(venue.with_elements(overlapping)) if p.code == "overlapping-spaces"]
    return problem


def test_a_problem_can_be_pickled_and_deep_copied_with_its_values():
    # a check run in another process hands its problems back pickled; a copied report deep-copies them
    problem = overlap_problem()
    for back in (pickle.loads(pickle.dumps(problem)), copy.deepcopy(problem), copy.copy(problem)):
        assert back == problem
        assert (back.template, dict(back.values)) == (problem.template, dict(problem.values))
        assert back.template.format(**back.values) == problem.message
        with pytest.raises(TypeError):
            back.values["area"] = 0.0  # still read-only
        with pytest.raises(TypeError):
            back.values.update(area=0.0)
    assert copy.deepcopy(problem).values is not problem.values


def test_a_problem_turns_into_plain_data_with_asdict():
    problem = overlap_problem()
    data = asdict(problem)
    assert data["code"] == "overlapping-spaces" and data["message"] == problem.message
    assert data["values"] == dict(problem.values) and data["values"]["other"] in ("room-a", "room-b")
    assert json.loads(json.dumps(data))["values"]["level"] == problem.values["level"]


def test_every_message_of_validate_is_a_literal_template():
    # the desktop's French catalogue is keyed by these templates: a message built at run time would escape it
    checks = importlib.import_module("models.validate")  # `models.validate` itself is the function
    tree = ast.parse(inspect.getsource(checks))
    calls = [
        n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") in ("_error", "_warning")
    ]
    assert len(calls) > 30
    for call in calls:
        template = call.args[2]
        assert isinstance(template, ast.Constant) and isinstance(template.value, str), ast.unparse(call)
