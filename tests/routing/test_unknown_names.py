"""An unknown profile and an unknown rule set fail the same way: one base error, fields, one exact message."""

from __future__ import annotations

import pytest

from models.errors import VenuePlannerError
from routing import RoutingError, UnknownProfileError, get_profile
from routing.errors import UnknownNameError
from routing.evacuation import EvacuationError, UnknownRuleSetError, ruleset


def test_an_unknown_profile_gives_its_exact_message_and_fields():
    with pytest.raises(UnknownProfileError) as caught:
        get_profile("runner")
    error = caught.value
    assert str(error) == "no movement profile 'runner'; known profiles: evacuee, team, stretcher, wheelchair"
    assert (error.what, error.name, error.known) == (
        "movement profile",
        "runner",
        ("evacuee", "team", "stretcher", "wheelchair"),
    )


def test_an_unknown_rule_set_gives_its_exact_message_and_fields():
    with pytest.raises(UnknownRuleSetError) as caught:
        ruleset("nfpa99")
    error = caught.value
    assert str(error) == ("no rule set 'nfpa99'; known rule sets: fr-erp, fr-erp-l, fr-erp-p, fr-erp-x, uk, nfpa101")
    assert (error.what, error.name) == ("rule set", "nfpa99")
    assert error.known == ("fr-erp", "fr-erp-l", "fr-erp-p", "fr-erp-x", "uk", "nfpa101")


@pytest.mark.parametrize("error_type", [UnknownProfileError, UnknownRuleSetError])
def test_both_unknown_names_share_one_base_and_stay_key_errors(error_type):
    error = error_type("x", ["a", "b"])
    assert isinstance(error, UnknownNameError)
    assert isinstance(error, RoutingError) and isinstance(error, KeyError) and isinstance(error, VenuePlannerError)
    # a KeyError's str() would quote the message again: the message stays as written
    assert str(error) == error.args[0] and not str(error).startswith('"')


def test_an_unknown_rule_set_is_still_an_evacuation_error():
    with pytest.raises(EvacuationError):
        ruleset("nfpa99")


def test_the_base_names_the_plural_from_the_kind_unless_told():
    # "rule set" + "s"; "movement profile" is told "profiles"
    assert str(UnknownNameError("rule set", "q", ["uk"])) == "no rule set 'q'; known rule sets: uk"
    assert str(UnknownNameError("movement profile", "q", ["team"], known_as="profiles")) == (
        "no movement profile 'q'; known profiles: team"
    )
