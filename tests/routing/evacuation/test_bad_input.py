"""Bad input gets an error naming the element, never a traceback: trapped people, exits to nowhere, unknown ids."""

from __future__ import annotations

import pytest

from models import Opening, OpeningKind, Space, SpaceUse, VenuePlannerError
from models.factories import two_room_venue
from models.geometry import rectangle
from models.scenario import Scenario
from routing.evacuation import (
    ExitLeadsNowhereError,
    NoExitError,
    TrappedOccupantsError,
    UnknownElementInScenarioError,
    evacuate,
)


def test_a_space_with_people_and_no_way_out_is_named():
    venue = two_room_venue().with_elements(
        Space("cellar", "L0", rectangle(20, 0, 25, 4), name="Cellar", use=SpaceUse.MEETING, capacity=12)
    )
    with pytest.raises(TrappedOccupantsError, match="'cellar'") as e:
        evacuate(venue, rules="uk")
    assert e.value.space_ids == ("cellar",)
    assert e.value.persons == 12


def test_blocking_every_exit_leaves_no_way_out_and_says_what_was_blocked():
    with pytest.raises(NoExitError, match="blocked: exit-a, exit-b"):
        evacuate(two_room_venue(), Scenario("fire", blocked_openings={"exit-a", "exit-b"}), rules="uk")


def test_an_exit_whose_inside_is_not_in_the_venue_is_named():
    venue = two_room_venue().with_elements(Opening("exit-x", "L0", (30.0, 2.0), 1.2, ("annex",), kind=OpeningKind.EXIT))
    with pytest.raises(ExitLeadsNowhereError, match=r"'exit-x'.*'annex'"):
        evacuate(venue, rules="uk")


def test_a_scenario_blocking_an_unknown_id_is_named():
    with pytest.raises(UnknownElementInScenarioError, match="'door-zz'"):
        evacuate(two_room_venue(), Scenario("typo", blocked_openings={"door-zz"}), rules="uk")


def test_every_bad_input_error_is_a_venueplanner_error():
    for error in (TrappedOccupantsError, ExitLeadsNowhereError, UnknownElementInScenarioError):
        assert issubclass(error, VenuePlannerError)
