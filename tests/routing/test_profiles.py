"""The movement profiles are data, and every figure names its source."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from routing import UnknownProfileError, get_profile, profile_names
from routing.profiles import default, default_source

FIGURES = ("level", "stairs_up", "stairs_down", "ramp_up", "ramp_down")


@pytest.mark.parametrize("name", ["evacuee", "team", "stretcher", "wheelchair"])
def test_every_speed_of_every_profile_names_its_source(name):
    data = json.loads(resources.files("routing").joinpath("profiles.json").read_text(encoding="utf-8"))
    fields = data["profiles"][name]
    for figure in FIGURES:
        if fields[figure] is not None:
            assert fields["sources"].get(figure), f"{name}.{figure} has no source"


def test_the_evacuee_walks_at_the_imo_speeds():
    # IMO MSC/Circ.1238: corridors 1.2, stairs down 1.0, stairs up 0.8 m/s
    p = get_profile("evacuee")
    assert (p.level, p.stairs_down, p.stairs_up) == (1.2, 1.0, 0.8)


def test_a_wheelchair_user_takes_no_stair_and_a_stretcher_needs_a_wide_way():
    assert get_profile("wheelchair").step_free and get_profile("wheelchair").stairs_up is None
    assert get_profile("stretcher").min_clear_width == 1.1
    assert not get_profile("wheelchair").escalators and not get_profile("stretcher").escalators


def test_an_unknown_profile_lists_the_known_ones():
    with pytest.raises(UnknownProfileError, match="known profiles: evacuee, team, stretcher, wheelchair"):
        get_profile("runner")
    assert profile_names()[0] == "evacuee"


def test_every_default_figure_names_its_source():
    for name in ("stair_riser", "stair_going", "ramp_max_slope", "escalator_speed", "lift_speed", "clearance"):
        assert default(name) > 0 and default_source(name)
