"""What differs from the plain venue in one situation: blocked elements, hazards, loads.

A Scenario never changes the Venue; routing and evacuation read both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from models.elements import Marker


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named situation on a venue.

    blocked_openings, blocked_connectors : ids that cannot be used.
    hazards : hazard zones (markers with a radius) that routes avoid.
    occupant_loads : persons per space id, overriding the venue's figures.
    profile : the movement profile of the intervention team (a profile name).
    """

    id: str
    name: str = ""
    description: str = ""
    blocked_openings: frozenset[str] = frozenset()
    blocked_connectors: frozenset[str] = frozenset()
    hazards: tuple[Marker, ...] = ()
    occupant_loads: Mapping[str, int] = field(default_factory=dict)
    profile: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocked_openings", frozenset(self.blocked_openings))
        object.__setattr__(self, "blocked_connectors", frozenset(self.blocked_connectors))
        object.__setattr__(self, "hazards", tuple(self.hazards))
        loads = {str(k): int(v) for k, v in dict(self.occupant_loads).items()}
        object.__setattr__(self, "occupant_loads", MappingProxyType(loads))

    def is_blocked(self, element_id: str) -> bool:
        return element_id in self.blocked_openings or element_id in self.blocked_connectors


@dataclass(frozen=True, slots=True)
class SavedRoute:
    """A route a user kept: the request, so it can always be recomputed.

    origin, target, via : element ids (marker, space, opening) or ``"x,y@level"``.
    """

    id: str
    name: str
    origin: str
    target: str
    profile: str = ""
    scenario_id: str | None = None
    avoid: tuple[str, ...] = ()
    via: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "avoid", tuple(self.avoid))
        object.__setattr__(self, "via", tuple(self.via))
