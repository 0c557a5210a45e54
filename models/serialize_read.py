"""Model values from plain dicts: the strict reading half of :mod:`models.serialize`.

Reading is strict: an unknown key, a missing key or a value of the wrong type
raises :class:`SerializeError` naming the element (``space 'hall'``) and the key.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

import numpy as np

from models.elements import Connector, ContextMesh, Landing, Level, Marker, Opening, Space
from models.errors import DuplicateIdError, VenuePlannerError
from models.kinds import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, TravelDirection
from models.scenario import SavedRoute, Scenario
from models.venue import Provenance, Venue

E = TypeVar("E", bound=StrEnum)


class SerializeError(VenuePlannerError, ValueError):
    """A plain dict does not have the shape of the value it should describe.

    Attributes
    ----------
    where : str
        The element concerned, e.g. ``"space 'hall'"`` or ``"spaces[3]"``.
    problem : str
        What is wrong with it, naming the key.
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


_NUMBER = (int, float)
_ABSENT = object()


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, _NUMBER) else type(value).__name__
    )


class _Fields:
    """Typed, checked access to the keys of one JSON object, errors naming `where`."""

    __slots__ = ("d", "where")

    def __init__(self, d: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        if type(d) is not dict:
            raise SerializeError(where, f"expected an object, got {_type_name(d)}")
        self.d: dict[str, Any] = d
        self.where = where
        for key in required:
            if key not in d:
                raise SerializeError(where, f"missing key {key!r}")
        if len(d) > len(required):
            unknown = [k for k in d if k not in required and k not in optional]
            if unknown:
                raise SerializeError(where, f"unknown key {unknown[0]!r}")

    def fail(self, key: str, expected: str) -> SerializeError:
        return SerializeError(self.where, f"{key!r} must be {expected}, got {_type_name(self.d[key])}")

    def str(self, key: str, default: Any = "") -> Any:
        value = self.d.get(key, default)
        if type(value) is str or (value is default and key not in self.d):
            return value
        raise self.fail(key, "a string")

    def opt_str(self, key: str) -> str | None:
        value = self.d.get(key)
        if value is None or type(value) is str:
            return value
        raise self.fail(key, "a string or null")

    def number(self, key: str, value: Any) -> float:
        try:
            number = float(value)
        except OverflowError:  # a whole number of 400 digits is valid JSON
            raise SerializeError(self.where, f"{key!r} holds a number too large for a float") from None
        if not math.isfinite(number):
            raise SerializeError(self.where, f"{key!r} holds {value!r}, not a finite number")
        return number

    def float(self, key: str) -> float:
        value = self.d[key]
        if type(value) is float or type(value) is int:
            return self.number(key, value)
        raise self.fail(key, "a number")

    def opt_float(self, key: str) -> float | None:
        value = self.d.get(key)
        if value is None:
            return None
        if type(value) is float or type(value) is int:
            return self.number(key, value)
        raise self.fail(key, "a number or null")

    def opt_int(self, key: str) -> int | None:
        value = self.d.get(key)
        if value is None or type(value) is int:
            return value
        raise self.fail(key, "a whole number or null")

    def bool(self, key: str) -> bool:
        value = self.d.get(key, False)
        if type(value) is bool:
            return value
        raise self.fail(key, "true or false")

    def enum(self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self.d.get(key, default)
        if value is default and key not in self.d:
            return value  # type: ignore[return-value]
        try:
            return enum(value)
        except (ValueError, TypeError):
            known = ", ".join(e.value for e in enum)
            raise SerializeError(self.where, f"{key!r} is {value!r}, not one of: {known}") from None

    def point(self, key: str) -> tuple[float, float]:
        p = self.d[key]
        if type(p) is list and len(p) == 2 and type(p[0]) in _NUMBER and type(p[1]) in _NUMBER:
            return (self.number(key, p[0]), self.number(key, p[1]))
        raise SerializeError(self.where, f"{key!r} must be an [x, y] pair of numbers")

    def ring(self, key: str, value: Any = _ABSENT) -> tuple[tuple[float, float], ...]:
        ring = self.d[key] if value is _ABSENT else value
        if type(ring) is list and all(
            type(p) is list and len(p) == 2 and type(p[0]) in _NUMBER and type(p[1]) in _NUMBER for p in ring
        ):
            try:
                return tuple((float(x), float(y)) for x, y in ring)
            except OverflowError:
                raise SerializeError(self.where, f"{key!r} holds a number too large for a float") from None
        raise SerializeError(self.where, f"{key!r} must be a list of [x, y] pairs of numbers")

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self.d.get(key, [])
        if type(value) is list and all(type(s) is str for s in value):
            return tuple(value)
        raise self.fail(key, "a list of strings")

    def list(self, key: str) -> list[Any]:
        value = self.d.get(key, [])
        if type(value) is list:
            return value
        raise self.fail(key, "a list")


def _where(kind: str, collection: str, index: int, d: Any) -> str:
    """``space 'hall'`` when the item has a string id, else ``spaces[3]``."""
    element_id = d.get("id") if type(d) is dict else None
    return f"{kind} {element_id!r}" if type(element_id) is str else f"{collection}[{index}]"


def _level_from_dict(f: _Fields) -> Level:
    return Level(
        id=f.str("id"),
        name=f.str("name"),
        elevation=f.float("elevation"),
        height=f.float("height"),
        source_ref=f.opt_str("source_ref"),
    )


def _space_from_dict(f: _Fields) -> Space:
    holes = f.list("holes")
    return Space(
        id=f.str("id"),
        level_id=f.str("level_id"),
        footprint=f.ring("footprint"),
        name=f.str("name"),
        use=f.enum("use", SpaceUse),
        number=f.str("number"),
        holes=tuple(f.ring(f"holes[{i}]", h) for i, h in enumerate(holes)),
        capacity=f.opt_int("capacity"),
        seats=f.opt_int("seats"),
        source_ref=f.opt_str("source_ref"),
    )


def _opening_from_dict(f: _Fields) -> Opening:
    return Opening(
        id=f.str("id"),
        level_id=f.str("level_id"),
        position=f.point("position"),
        width=f.float("width"),
        spaces=f.str_list("spaces"),
        kind=f.enum("kind", OpeningKind),
        name=f.str("name"),
        locked=f.bool("locked"),
        source_ref=f.opt_str("source_ref"),
    )


def _connector_from_dict(f: _Fields) -> Connector:
    landings = []
    for n, item in enumerate(f.list("landings"), start=1):
        lf = _Fields(item, f"{f.where} landing {n}", ("level_id", "position", "space_id"))
        landings.append(Landing(lf.str("level_id"), lf.point("position"), lf.str("space_id")))
    return Connector(
        id=f.str("id"),
        kind=f.enum("kind", ConnectorKind),
        width=f.float("width"),
        landings=tuple(landings),
        name=f.str("name"),
        riser=f.opt_float("riser"),
        going=f.opt_float("going"),
        direction=f.enum("direction", TravelDirection, None) if f.d.get("direction") is not None else None,
        speed=f.opt_float("speed"),
        capacity=f.opt_int("capacity"),
        source_ref=f.opt_str("source_ref"),
    )


def _marker_from_fields(f: _Fields) -> Marker:
    return Marker(
        id=f.str("id"),
        kind=f.enum("kind", MarkerKind),
        level_id=f.str("level_id"),
        position=f.point("position"),
        radius=f.float("radius"),
        label=f.str("label"),
        notes=f.str("notes"),
        source_ref=f.opt_str("source_ref"),
    )


_LEVEL_KEYS = (("id", "elevation", "height"), ("name", "source_ref"))
_SPACE_KEYS = (
    ("id", "level_id", "footprint", "use"),
    ("name", "number", "holes", "capacity", "seats", "source_ref"),
)
_OPENING_KEYS = (
    ("id", "level_id", "position", "width", "spaces", "kind"),
    ("name", "locked", "source_ref"),
)
_CONNECTOR_KEYS = (
    ("id", "kind", "width", "landings"),
    ("name", "riser", "going", "direction", "speed", "capacity", "source_ref"),
)
_MARKER_KEYS = (("id", "kind", "level_id", "position", "radius"), ("label", "notes", "source_ref"))
_MESH_KEYS = (("id",), ("category", "level_id", "name", "source_ref", "vertices", "faces"))

#: Venue collection -> (element kind in messages, keys, builder).
_COLLECTIONS: dict[str, tuple[str, tuple[tuple[str, ...], tuple[str, ...]], Callable[[_Fields], Any]]] = {
    "levels": ("level", _LEVEL_KEYS, _level_from_dict),
    "spaces": ("space", _SPACE_KEYS, _space_from_dict),
    "openings": ("opening", _OPENING_KEYS, _opening_from_dict),
    "connectors": ("connector", _CONNECTOR_KEYS, _connector_from_dict),
    "markers": ("marker", _MARKER_KEYS, _marker_from_fields),
}


def marker_from_dict(d: Any, where: str = "marker") -> Marker:
    """The marker a plain dict describes; raises :class:`SerializeError`."""
    return _marker_from_fields(_Fields(d, where, *_MARKER_KEYS))


def context_mesh_from_dict(
    d: Any,
    *,
    vertices: np.ndarray | None = None,
    faces: np.ndarray | None = None,
    where: str | None = None,
    extra_keys: tuple[str, ...] = (),
) -> ContextMesh:
    """The context mesh a plain dict describes.

    Parameters
    ----------
    d : dict
        As written by :func:`context_mesh_to_dict`.
    vertices, faces : ndarray, optional
        The arrays, when they are stored elsewhere (binary members of a project
        file); else they are read from ``d["vertices"]`` and ``d["faces"]``.
    extra_keys : tuple of str
        Keys the caller handles itself (allowed, ignored here).
    """
    where = where or _where("context mesh", "context", 0, d)
    required, optional = _MESH_KEYS
    f = _Fields(d, where, required, optional + extra_keys)
    if vertices is None:
        vertices = _array(f, "vertices", float)
    if faces is None:
        faces = _array(f, "faces", int)
    return ContextMesh(
        id=f.str("id"),
        vertices=vertices,
        faces=faces,
        category=f.str("category"),
        level_id=f.opt_str("level_id"),
        name=f.str("name"),
        source_ref=f.opt_str("source_ref"),
    )


def _array(f: _Fields, key: str, kind: type) -> np.ndarray:
    rows = f.list(key)
    ok = (int,) if kind is int else _NUMBER
    if all(type(r) is list and len(r) == 3 and all(type(v) in ok for v in r) for r in rows):
        try:
            return np.array(rows, dtype=np.int64 if kind is int else np.float64).reshape(-1, 3)
        except OverflowError:
            raise SerializeError(f.where, f"{key!r} holds a number out of range") from None
    what = "whole numbers" if kind is int else "numbers"
    raise SerializeError(f.where, f"{key!r} must be a list of rows of 3 {what}")


def venue_from_dict(d: Any) -> Venue:
    """The venue a plain dict describes (the inverse of :func:`venue_to_dict`).

    Raises
    ------
    SerializeError
        A key is missing, unknown or of the wrong type, or an id is used twice;
        the message names the element (``space 'hall'``, else ``spaces[3]``).
    """
    f = _Fields(
        d,
        "venue",
        ("name", "north_angle", "source", *_COLLECTIONS),
        ("address", "erp_type", "erp_category", "context"),
    )
    elements: dict[str, list[Any]] = {}
    for collection, (kind, (required, optional), build) in _COLLECTIONS.items():
        items = f.list(collection)
        elements[collection] = [
            build(_Fields(item, _where(kind, collection, i, item), required, optional)) for i, item in enumerate(items)
        ]
        mapping_by_id(elements[collection], kind)
    elements["context"] = [
        context_mesh_from_dict(item, where=_where("context mesh", "context", i, item))
        for i, item in enumerate(f.list("context"))
    ]
    sf = _Fields(f.d["source"], "venue source", ("unit_scale",), ("path", "format", "sha256"))
    source = Provenance(sf.str("path"), sf.str("format"), sf.str("sha256"), sf.float("unit_scale"))
    try:
        return Venue(
            name=f.str("name"),
            address=f.str("address"),
            north_angle=f.float("north_angle"),
            erp_type=f.str("erp_type"),
            erp_category=f.opt_int("erp_category"),
            source=source,
            **elements,
        )
    except DuplicateIdError as e:
        raise SerializeError("venue", str(e)) from None


def scenario_from_dict(d: Any, where: str | None = None) -> Scenario:
    """The scenario a plain dict describes (the inverse of :func:`scenario_to_dict`)."""
    where = where or _where("scenario", "scenarios", 0, d)
    f = _Fields(
        d,
        where,
        ("id",),
        ("name", "description", "blocked_openings", "blocked_connectors", "hazards", "occupant_loads", "profile"),
    )
    loads = f.d.get("occupant_loads", {})
    if type(loads) is not dict or not all(type(v) is int for v in loads.values()):
        raise SerializeError(where, "'occupant_loads' must be an object of whole numbers of persons per space id")
    hazards = tuple(
        marker_from_dict(h, _where(f"{where} hazard", "hazards", i, h)) for i, h in enumerate(f.list("hazards"))
    )
    return Scenario(
        id=f.str("id"),
        name=f.str("name"),
        description=f.str("description"),
        blocked_openings=frozenset(f.str_list("blocked_openings")),
        blocked_connectors=frozenset(f.str_list("blocked_connectors")),
        hazards=hazards,
        occupant_loads=loads,
        profile=f.str("profile"),
    )


def saved_route_from_dict(d: Any, where: str | None = None) -> SavedRoute:
    """The saved route a plain dict describes (the inverse of :func:`saved_route_to_dict`)."""
    where = where or _where("route", "routes", 0, d)
    f = _Fields(d, where, ("id", "name", "origin", "target"), ("profile", "scenario_id", "avoid", "via"))
    return SavedRoute(
        id=f.str("id"),
        name=f.str("name"),
        origin=f.str("origin"),
        target=f.str("target"),
        profile=f.str("profile"),
        scenario_id=f.opt_str("scenario_id"),
        avoid=f.str_list("avoid"),
        via=f.str_list("via"),
    )


def items_from_list(items: Any, what: str, collection: str, build: Callable[[Any, str], Any]) -> list[Any]:
    """Build each item of a JSON list with ``build(item, where)``; the list itself is checked."""
    if type(items) is not list:
        raise SerializeError(collection, f"expected a list, got {_type_name(items)}")
    return [build(item, _where(what, collection, i, item)) for i, item in enumerate(items)]


def mapping_by_id(items: Iterable[Any], what: str) -> Mapping[str, Any]:
    """``{item.id: item}`` in order; raises :class:`SerializeError` on a repeated id."""
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise SerializeError(f"{what} {item.id!r}", "the id is used more than once")
        out[item.id] = item
    return out
