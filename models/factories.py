"""Small venues built in code, for doctests, tests and examples.

Two rooms side by side on one level, joined by a door, with an exit each:

    room-a (0..5 x 0..4) | room-b (5..10 x 0..4)
"""

from __future__ import annotations

from models.elements import Level, Opening, Space
from models.geometry import rectangle
from models.kinds import OpeningKind, SpaceUse
from models.venue import Venue


def two_room_venue() -> Venue:
    """Two 5 x 4 m rooms joined by a 0.9 m door, each with a 1.2 m exit to the outside."""
    return Venue(
        name="Two rooms",
        levels=[Level("L0", "Ground floor", 0.0, 3.0)],
        spaces=[
            Space("room-a", "L0", rectangle(0, 0, 5, 4), name="Room A", use=SpaceUse.OFFICE),
            Space("room-b", "L0", rectangle(5, 0, 10, 4), name="Room B", use=SpaceUse.MEETING),
        ],
        openings=[
            Opening("door-ab", "L0", (5.0, 2.0), 0.9, ("room-a", "room-b")),
            Opening("exit-a", "L0", (0.0, 2.0), 1.2, ("room-a",), kind=OpeningKind.EXIT),
            Opening("exit-b", "L0", (10.0, 2.0), 1.2, ("room-b",), kind=OpeningKind.EXIT),
        ],
    )
