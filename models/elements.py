"""The elements of a venue: levels, spaces, openings, connectors, markers and context meshes.

All are frozen values with string ids, in metres and degrees. Positions are
``(x, y)`` in the venue's XY frame; the height of an element is its level's
elevation. Building a value normalises it (floats, enum members, tuples,
counter-clockwise footprints), so two values read from different files compare
equal when they describe the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from models import geometry
from models.geometry import Point2, Ring
from models.kinds import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, TravelDirection


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def _point(p: Sequence[float]) -> Point2:
    return (float(p[0]), float(p[1]))


def _optional_float(v: float | None) -> float | None:
    return None if v is None else float(v)


def _optional_int(v: int | None) -> int | None:
    return None if v is None else int(v)


@dataclass(frozen=True, slots=True)
class Level:
    """A storey. ``elevation`` is the Z of its finished floor, ``height`` floor to ceiling."""

    id: str
    name: str = ""
    elevation: float = 0.0
    height: float = 3.0
    source_ref: str | None = None

    def __post_init__(self) -> None:
        _set(self, "elevation", float(self.elevation))
        _set(self, "height", float(self.height))


@dataclass(frozen=True, slots=True)
class Space:
    """A walkable room or zone on one level.

    footprint : (n, 2) float, metres, counter-clockwise, no closing vertex.
    holes : rings, clockwise, of what cannot be walked (columns, voids).
    capacity : the declared maximum occupant load, persons, when known.
    seats : the number of fixed seats, when known.
    """

    id: str
    level_id: str
    footprint: Ring
    name: str = ""
    use: SpaceUse = SpaceUse.OTHER
    number: str = ""
    holes: tuple[Ring, ...] = ()
    capacity: int | None = None
    seats: int | None = None
    source_ref: str | None = None

    def __post_init__(self) -> None:
        _set(self, "footprint", geometry.ccw(geometry.as_ring(self.footprint)))
        _set(self, "holes", tuple(geometry.cw(geometry.as_ring(h)) for h in self.holes))
        _set(self, "use", SpaceUse(self.use))
        _set(self, "capacity", _optional_int(self.capacity))
        _set(self, "seats", _optional_int(self.seats))

    @property
    def area(self) -> float:
        """Walkable area, square metres (outline less holes)."""
        return geometry.area(self.footprint, self.holes)

    @property
    def declared_occupants(self) -> int | None:
        """The capacity if declared, else the seat count, else None."""
        return self.capacity if self.capacity is not None else self.seats

    def contains(self, point: Sequence[float]) -> bool:
        """Whether the plan point lies in this space (outline included, holes excluded)."""
        return geometry.contains(self.footprint, point, self.holes)

    @property
    def label(self) -> str:
        """The name to show a user: name, else number, else id."""
        return self.name or self.number or self.id


@dataclass(frozen=True, slots=True)
class Opening:
    """A door, exit, passage or gate at a point of a level's walls.

    spaces : the one or two space ids it joins; with one space it is an exit to
        the outside.
    width : clear width, metres.
    """

    id: str
    level_id: str
    position: Point2
    width: float
    spaces: tuple[str, ...]
    kind: OpeningKind = OpeningKind.DOOR
    name: str = ""
    locked: bool = False
    source_ref: str | None = None

    def __post_init__(self) -> None:
        _set(self, "position", _point(self.position))
        _set(self, "width", float(self.width))
        _set(self, "spaces", tuple(str(s) for s in self.spaces))
        _set(self, "kind", OpeningKind(self.kind))
        _set(self, "locked", bool(self.locked))

    @property
    def is_exit(self) -> bool:
        """An opening with a single space leads outside: evacuation drains to it."""
        return len(self.spaces) == 1

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True, slots=True)
class Landing:
    """Where a connector meets a level: a point in one space."""

    level_id: str
    position: Point2
    space_id: str

    def __post_init__(self) -> None:
        _set(self, "position", _point(self.position))


@dataclass(frozen=True, slots=True)
class Connector:
    """A stair, ramp, escalator or lift between two or more levels.

    landings : at least two, on different levels.
    riser, going : one step's rise and tread depth, metres (stairs only).
    direction : the way an escalator runs.
    speed : escalator or lift speed along its travel, metres per second.
    capacity : persons per lift car.
    """

    id: str
    kind: ConnectorKind
    width: float
    landings: tuple[Landing, ...]
    name: str = ""
    riser: float | None = None
    going: float | None = None
    direction: TravelDirection | None = None
    speed: float | None = None
    capacity: int | None = None
    source_ref: str | None = None

    def __post_init__(self) -> None:
        _set(self, "kind", ConnectorKind(self.kind))
        _set(self, "width", float(self.width))
        _set(self, "landings", tuple(self.landings))
        _set(self, "riser", _optional_float(self.riser))
        _set(self, "going", _optional_float(self.going))
        _set(self, "speed", _optional_float(self.speed))
        _set(self, "capacity", _optional_int(self.capacity))
        if self.direction is not None:
            _set(self, "direction", TravelDirection(self.direction))

    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(landing.level_id for landing in self.landings)

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True, slots=True)
class Marker:
    """A point of interest placed by a planner: staging point, hazard, key asset, ..."""

    id: str
    kind: MarkerKind
    level_id: str
    position: Point2
    radius: float = 0.0
    label: str = ""
    notes: str = ""
    source_ref: str | None = None

    def __post_init__(self) -> None:
        _set(self, "kind", MarkerKind(self.kind))
        _set(self, "position", _point(self.position))
        _set(self, "radius", float(self.radius))


@dataclass(frozen=True, slots=True, eq=False)
class ContextMesh:
    """Geometry shown in the 3D view only (walls, slabs, furniture): never routed on.

    vertices : (n, 3) float64, metres, venue frame.
    faces : (m, 3) int64, indices into `vertices`.
    category : what it is, e.g. ``"IfcWall"`` or ``"walls"``.
    """

    id: str
    vertices: np.ndarray = field(repr=False)
    faces: np.ndarray = field(repr=False)
    category: str = ""
    level_id: str | None = None
    name: str = ""
    source_ref: str | None = None

    def __post_init__(self) -> None:
        vertices = np.array(self.vertices, dtype=np.float64).reshape(-1, 3)
        faces = np.array(self.faces, dtype=np.int64).reshape(-1, 3)
        vertices.setflags(write=False)
        faces.setflags(write=False)
        _set(self, "vertices", vertices)
        _set(self, "faces", faces)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ContextMesh):
            return NotImplemented
        return (
            (self.id, self.category, self.level_id, self.name, self.source_ref)
            == (other.id, other.category, other.level_id, other.name, other.source_ref)
            and np.array_equal(self.vertices, other.vertices)
            and np.array_equal(self.faces, other.faces)
        )

    __hash__ = None  # type: ignore[assignment]


Element = Level | Space | Opening | Connector | Marker | ContextMesh


def landings(*items: Iterable) -> tuple[Landing, ...]:
    """Build landings from ``(level_id, (x, y), space_id)`` triples."""
    return tuple(Landing(level, pos, space) for level, pos, space in items)
