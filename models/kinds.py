"""The closed vocabularies of the domain: space uses and element kinds.

They are string enums so that files, JSON and the user interface carry the plain
value (``"emergency_exit"``) and code compares with the member.
"""

from __future__ import annotations

from enum import StrEnum


class SpaceUse(StrEnum):
    """What a space is used for; evacuation derives occupant densities from it."""

    HALL = "hall"  # auditorium floor, multi-purpose hall
    STANDING = "standing"  # standing pit, terrace
    SEATING = "seating"  # tiered or fixed seating
    STAGE = "stage"
    BACKSTAGE = "backstage"
    DRESSING_ROOM = "dressing_room"
    FOYER = "foyer"
    LOBBY = "lobby"
    BAR = "bar"
    RESTAURANT = "restaurant"
    TICKETING = "ticketing"
    CONCOURSE = "concourse"
    CORRIDOR = "corridor"
    STAIR_HALL = "stair_hall"
    TOILETS = "toilets"
    TECHNICAL = "technical"
    STORAGE = "storage"
    OFFICE = "office"
    MEETING = "meeting"
    SECURITY = "security"
    FIRST_AID = "first_aid"
    KITCHEN = "kitchen"
    OUTDOOR = "outdoor"
    OTHER = "other"


class OpeningKind(StrEnum):
    """What an opening physically is; whether it is an exit follows from its spaces."""

    DOOR = "door"
    EXIT = "exit"  # a main exit door, used in normal operation
    EMERGENCY_EXIT = "emergency_exit"
    PASSAGE = "passage"  # an open passage with no door leaf (vomitory, archway)
    GATE = "gate"  # turnstiles, perimeter gates


class ConnectorKind(StrEnum):
    """How a connector moves people between levels."""

    STAIR = "stair"
    RAMP = "ramp"
    ESCALATOR = "escalator"
    LIFT = "lift"


class TravelDirection(StrEnum):
    """Which way an escalator runs, from its lowest landing to its highest."""

    UP = "up"
    DOWN = "down"
    STOPPED = "stopped"  # walked as a stair in both directions


class MarkerKind(StrEnum):
    """Points that no plan holds but that an intervention needs."""

    STAGING_POINT = "staging_point"
    TARGET = "target"
    HAZARD_ZONE = "hazard_zone"
    RALLY_POINT = "rally_point"
    FIRE_PANEL = "fire_panel"
    SECURITY_POST = "security_post"
    POWER_CUTOFF = "power_cutoff"
    GAS_VALVE = "gas_valve"
    WATER_VALVE = "water_valve"
    SMOKE_CONTROL = "smoke_control"
    KEY_ASSET = "key_asset"


#: Marker kinds that a redacted briefing pack leaves out.
SENSITIVE_MARKERS = frozenset(
    {
        MarkerKind.SECURITY_POST,
        MarkerKind.POWER_CUTOFF,
        MarkerKind.GAS_VALVE,
        MarkerKind.WATER_VALVE,
        MarkerKind.FIRE_PANEL,
        MarkerKind.SMOKE_CONTROL,
        MarkerKind.KEY_ASSET,
    }
)
