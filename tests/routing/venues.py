"""Small venues built in code for the routing tests, with figures simple enough to compute by hand."""

from __future__ import annotations

from models import Connector, Level, Marker, Opening, Space, Venue
from models.elements import landings
from models.geometry import rectangle
from models.kinds import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, TravelDirection

#: The L-shaped corridor: 0..10 x 0..2 plus 8..10 x 0..10; inner corner at (8, 2).
L_CORRIDOR = ((0, 0), (10, 0), (10, 10), (8, 10), (8, 2), (0, 2))


def l_corridor_venue() -> Venue:
    """One L-shaped corridor with an exit at each end: west (0, 1) and north (9, 10)."""
    return Venue(
        name="L corridor",
        levels=[Level("L0", "Ground floor", 0.0, 3.0)],
        spaces=[Space("corridor", "L0", L_CORRIDOR, name="Corridor", use=SpaceUse.CORRIDOR)],
        openings=[
            Opening("west", "L0", (0.0, 1.0), 1.2, ("corridor",), kind=OpeningKind.EXIT, name="West door"),
            Opening("north", "L0", (9.0, 10.0), 1.2, ("corridor",), kind=OpeningKind.EXIT, name="North door"),
        ],
    )


def two_stair_venue(*, escalator: TravelDirection | None = None, lift_capacity: int = 8) -> Venue:
    """A hall (L0, z = 0) under a gallery (L1, z = 3.4), 20 x 10 m each.

    Exit ``main`` at (10, 0) on L0; stair ``S1`` at (4, 5), stair ``S2`` at (18, 5),
    lift ``LF`` at (10, 5): all 1.2 m wide; stairs of riser 0.17 m and going 0.28 m
    (3.4 / 0.17 = 20 steps, run 20 x 0.28 = 5.6 m). Target marker ``T`` at (10, 8) on L1.
    With `escalator`, an escalator ``E`` runs at (16, 2) in that direction.
    """
    stair = dict(kind=ConnectorKind.STAIR, width=1.2, riser=0.17, going=0.28)
    connectors = [
        Connector("S1", landings=landings(("L0", (4, 5), "hall"), ("L1", (4, 5), "gallery")), name="Stair 1", **stair),
        Connector(
            "S2", landings=landings(("L0", (18, 5), "hall"), ("L1", (18, 5), "gallery")), name="Stair 2", **stair
        ),
        Connector(
            "LF",
            ConnectorKind.LIFT,
            1.2,
            landings(("L0", (10, 5), "hall"), ("L1", (10, 5), "gallery")),
            name="Lift",
            speed=1.0,
            capacity=lift_capacity,
        ),
    ]
    if escalator is not None:
        connectors.append(
            Connector(
                "E",
                ConnectorKind.ESCALATOR,
                1.0,
                landings(("L0", (16, 2), "hall"), ("L1", (16, 2), "gallery")),
                direction=escalator,
                speed=0.5,
            )
        )
    return Venue(
        name="Hall and gallery",
        levels=[Level("L0", "Ground floor", 0.0, 3.4), Level("L1", "Gallery", 3.4, 3.0)],
        spaces=[
            Space("hall", "L0", rectangle(0, 0, 20, 10), name="Hall", use=SpaceUse.HALL),
            Space("gallery", "L1", rectangle(0, 0, 20, 10), name="Gallery", use=SpaceUse.SEATING),
        ],
        openings=[Opening("main", "L0", (10.0, 0.0), 1.2, ("hall",), kind=OpeningKind.EXIT, name="Main entrance")],
        connectors=connectors,
        markers=[Marker("T", MarkerKind.TARGET, "L1", (10.0, 8.0), label="Target")],
    )


def locked_door_venue() -> Venue:
    """Two 5 x 4 m rooms, the door between them (at (5, 2), 0.9 m) locked; exit ``out`` at (0, 2) in room A."""
    return Venue(
        name="Locked door",
        levels=[Level("L0", "Ground floor", 0.0, 3.0)],
        spaces=[
            Space("a", "L0", rectangle(0, 0, 5, 4), name="Room A"),
            Space("b", "L0", rectangle(5, 0, 10, 4), name="Room B"),
        ],
        openings=[
            Opening("door", "L0", (5.0, 2.0), 0.9, ("a", "b"), locked=True),
            Opening("out", "L0", (0.0, 2.0), 1.2, ("a",), kind=OpeningKind.EXIT),
        ],
    )
