"""Movement profiles (who walks, how fast, what they may use) and the graph's default figures, read from data.

The figures live in ``profiles.json`` and ``defaults.json`` beside this module,
each with its source, so that a reviewer checks numbers against references
rather than code. Speeds are metres per second; stair speeds are measured along
the slope of the stair.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from routing.errors import UnknownProfileError

log = logging.getLogger(__name__)

#: The profile used when none is named: access routes are for intervention teams.
DEFAULT_PROFILE = "team"

#: How a profile treats a locked opening.
LOCKED_RULES = ("exit_only", "force")


@dataclass(frozen=True, slots=True)
class Profile:
    """How one kind of walker moves through a venue.

    Attributes
    ----------
    name : str
        Key in ``profiles.json`` (``"evacuee"``, ``"team"``, ``"stretcher"``, ``"wheelchair"``).
    level : float
        Speed on the flat, m/s.
    stairs_up, stairs_down : float or None
        Speed along the slope of a stair, m/s; None when the profile takes no stair.
    ramp_up, ramp_down : float
        Speed along a ramp, m/s.
    min_clear_width : float
        Openings, stairs, ramps and lifts narrower than this are not used, metres.
    step_free : bool
        Only step-free edges (no stair, no escalator) are used.
    lifts, escalators : bool
        Whether lifts, and escalators (moving or stopped), may be used.
    min_lift_capacity : int or None
        Lifts whose declared car capacity is lower are not used, persons.
    locked : str
        ``"force"``: locked openings are passed both ways, costing `locked_penalty`;
        ``"exit_only"``: a locked exit is passed outwards only, a locked interior door not at all.
    locked_penalty : float
        Seconds added for forcing a locked opening.
    lift_wait : float
        Seconds spent calling a lift and boarding, added to each lift ride.
    label : mapping
        Name to show, per language code.
    sources : mapping
        Where each figure comes from.
    """

    name: str
    level: float
    stairs_up: float | None
    stairs_down: float | None
    ramp_up: float
    ramp_down: float
    min_clear_width: float = 0.0
    step_free: bool = False
    lifts: bool = True
    min_lift_capacity: int | None = None
    escalators: bool = True
    locked: str = "exit_only"
    locked_penalty: float = 0.0
    lift_wait: float = 30.0
    label: dict[str, str] = field(default_factory=dict, compare=False)
    sources: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.locked not in LOCKED_RULES:
            raise ValueError(f"profile {self.name!r}: locked must be one of {LOCKED_RULES}, not {self.locked!r}")
        if self.level <= 0:
            raise ValueError(f"profile {self.name!r}: level speed {self.level} m/s is not positive")
        object.__setattr__(self, "label", MappingProxyType(dict(self.label)))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    def title(self, lang: str = "en") -> str:
        """The profile's name for a user, in `lang` (falls back to English, then the key)."""
        return self.label.get(lang) or self.label.get("en") or self.name


@cache
def _profiles() -> MappingProxyType:
    data = json.loads(resources.files("routing").joinpath("profiles.json").read_text(encoding="utf-8"))
    return MappingProxyType({name: Profile(name=name, **fields) for name, fields in data["profiles"].items()})


def profile_names() -> tuple[str, ...]:
    """The names of the shipped profiles, in file order.

    >>> profile_names()
    ('evacuee', 'team', 'stretcher', 'wheelchair')
    """
    return tuple(_profiles())


def get_profile(profile: str | Profile | None = None) -> Profile:
    """The profile of this name (a :class:`Profile` is returned as is; None gives :data:`DEFAULT_PROFILE`).

    Raises
    ------
    UnknownProfileError
        When no shipped profile has this name.

    Examples
    --------
    >>> get_profile("wheelchair").step_free
    True
    >>> get_profile("team").stairs_up
    0.5
    """
    if isinstance(profile, Profile):
        return profile
    name = profile or DEFAULT_PROFILE
    try:
        return _profiles()[name]
    except KeyError:
        raise UnknownProfileError(name, profile_names()) from None


@cache
def _defaults() -> dict[str, Any]:
    return json.loads(resources.files("routing").joinpath("defaults.json").read_text(encoding="utf-8"))


def default(name: str) -> float:
    """A figure of ``defaults.json`` (stair riser and going, escalator speed, clearance...).

    >>> default("stair_going")
    0.279
    """
    return float(_defaults()[name]["value"])


def default_source(name: str) -> str:
    """Where a figure of ``defaults.json`` comes from."""
    return str(_defaults()[name]["source"])
