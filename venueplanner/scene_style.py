"""How the 3D scene looks: colours of spaces, openings, connectors and markers, sizes, and the drawing options.

Colours are hex sRGB strings; the desktop legend and the briefing pack read the
same tables. Sizes are metres.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models import ConnectorKind, MarkerKind, Opening, OpeningKind, SpaceUse, Venue

USE_COLOURS: dict[SpaceUse, str] = {
    SpaceUse.HALL: "#e9c46a",
    SpaceUse.STANDING: "#f4a261",
    SpaceUse.SEATING: "#e76f51",
    SpaceUse.STAGE: "#9c6644",
    SpaceUse.BACKSTAGE: "#b08968",
    SpaceUse.DRESSING_ROOM: "#ddb892",
    SpaceUse.FOYER: "#90be6d",
    SpaceUse.LOBBY: "#a7c957",
    SpaceUse.BAR: "#f9c74f",
    SpaceUse.RESTAURANT: "#f9844a",
    SpaceUse.TICKETING: "#bde0fe",
    SpaceUse.CONCOURSE: "#8ecae6",
    SpaceUse.CORRIDOR: "#d9d9d9",
    SpaceUse.STAIR_HALL: "#a8dadc",
    SpaceUse.TOILETS: "#cdb4db",
    SpaceUse.TECHNICAL: "#8d99ae",
    SpaceUse.STORAGE: "#adb5bd",
    SpaceUse.OFFICE: "#bbd0ff",
    SpaceUse.MEETING: "#c8b6ff",
    SpaceUse.SECURITY: "#4361ee",
    SpaceUse.FIRST_AID: "#ff8fa3",
    SpaceUse.KITCHEN: "#ffd6a5",
    SpaceUse.OUTDOOR: "#b7e4c7",
    SpaceUse.OTHER: "#e5e5e5",
}
OPENING_COLOURS: dict[OpeningKind, str] = {
    OpeningKind.DOOR: "#7f5539",
    OpeningKind.EXIT: "#2b9348",
    OpeningKind.EMERGENCY_EXIT: "#00c853",
    OpeningKind.PASSAGE: "#4d908e",
    OpeningKind.GATE: "#577590",
}
#: A door that leads outside is drawn as an exit whatever its kind.
OUTSIDE_DOOR_COLOUR = OPENING_COLOURS[OpeningKind.EXIT]
LOCKED_COLOUR = "#9d0208"
BLOCKED_COLOUR = "#ff006e"
CONNECTOR_COLOURS: dict[ConnectorKind, str] = {
    ConnectorKind.STAIR: "#fb8500",
    ConnectorKind.RAMP: "#ffb703",
    ConnectorKind.ESCALATOR: "#219ebc",
    ConnectorKind.LIFT: "#8338ec",
}
MARKER_COLOURS: dict[MarkerKind, str] = {
    MarkerKind.STAGING_POINT: "#0077b6",
    MarkerKind.TARGET: "#d62828",
    MarkerKind.HAZARD_ZONE: "#ff7b00",
    MarkerKind.RALLY_POINT: "#2a9d8f",
}
KEY_ASSET_COLOUR = "#6a040f"
OUTLINE_COLOUR = "#3d405b"
CONTEXT_COLOUR = "#9aa0a6"
SELECTION_COLOUR = "#ffd60a"
BACKGROUND = ("#f8f9fa", "#dfe7ef")  # bottom, top of the gradient

# --- sizes, metres -------------------------------------------------------------------------------------------------
OPENING_DEPTH = 0.30  #: across the wall
OPENING_HEIGHT = 2.10
PIN_HEIGHT = 1.60  #: marker ball centre above the floor
PIN_RADIUS = 0.45
LABEL_HEIGHT = 2.40
LIFT_MIN_SIDE = 1.2
OUTLINE_LIFT = 0.03  #: outlines and discs sit this far above their floor (no z-fighting)


def hex_rgb(colour: str) -> tuple[int, int, int]:
    """``"#f4a261" -> (244, 162, 97)``."""
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def marker_colour(kind: MarkerKind) -> str:
    return MARKER_COLOURS.get(kind, KEY_ASSET_COLOUR)


def opening_colour(opening: Opening, blocked: Iterable[str] = ()) -> str:
    """Blocked, else locked, else the colour of its kind (a plain door to the outside: exit green)."""
    if opening.id in blocked:
        return BLOCKED_COLOUR
    if opening.locked:
        return LOCKED_COLOUR
    if opening.is_exit and opening.kind == OpeningKind.DOOR:
        return OUTSIDE_DOOR_COLOUR
    return OPENING_COLOURS[opening.kind]


@dataclass(frozen=True, slots=True)
class SceneOptions:
    """How to draw a venue.

    explode : extra vertical gap between consecutive levels, metres.
    hidden_levels : level ids not drawn.
    blocked : opening and connector ids drawn as blocked (the active scenario's).
    show_exit_numbers : write the exterior door numbers (:mod:`models.numbering`) above the exits.
    """

    explode: float = 0.0
    hidden_levels: frozenset[str] = frozenset()
    show_context: bool = True
    show_marker_labels: bool = True
    show_space_labels: bool = False
    show_exit_numbers: bool = True
    blocked: frozenset[str] = frozenset()
    context_opacity: float = 0.25

    def visible(self, level_id: str | None) -> bool:
        return level_id not in self.hidden_levels


def level_offsets(venue: Venue, explode: float) -> dict[str, float]:
    """Extra height of each level when exploded: its rank from the lowest times `explode`, metres."""
    return {level.id: rank * explode for rank, level in enumerate(venue.levels_by_elevation)}


def drawn_z(venue: Venue, level_id: str, options: SceneOptions) -> float:
    """Z at which the floor of `level_id` is drawn: its elevation plus its explode offset."""
    return venue.level(level_id).elevation + level_offsets(venue, options.explode)[level_id]
