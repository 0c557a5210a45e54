"""Model values from plain dicts: the strict reading half of :mod:`models.serialize`.

Reading is strict: an unknown key, a missing key or a value of the wrong type
raises :class:`SerializeError` naming the element (``space 'hall'``) and the key
(the checked access to keys is :mod:`models.serialize_fields`). Here: the
per-element readers, then the venue, scenario and saved route documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np

from models.elements import Connector, ContextMesh, Landing, Level, Marker, Opening, Space
from models.errors import DuplicateIdError
from models.kinds import ConnectorKind, MarkerKind, OpeningKind, SpaceUse, TravelDirection
from models.scenario import SavedRoute, Scenario
from models.serialize_fields import NUMBER, Fields, SerializeError, type_name, where_of
from models.venue import Provenance, Venue


def _level_from_dict(f: Fields) -> Level:
    return Level(
        id=f.str("id"),
        name=f.str("name"),
        elevation=f.float("elevation"),
        height=f.float("height"),
        source_ref=f.opt_str("source_ref"),
    )


def _space_from_dict(f: Fields) -> Space:
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


def _opening_from_dict(f: Fields) -> Opening:
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


def _connector_from_dict(f: Fields) -> Connector:
    landings = []
    for n, item in enumerate(f.list("landings"), start=1):
        lf = Fields(item, f"{f.where} landing {n}", ("level_id", "position", "space_id"))
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


def _marker_from_fields(f: Fields) -> Marker:
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
_COLLECTIONS: dict[str, tuple[str, tuple[tuple[str, ...], tuple[str, ...]], Callable[[Fields], Any]]] = {
    "levels": ("level", _LEVEL_KEYS, _level_from_dict),
    "spaces": ("space", _SPACE_KEYS, _space_from_dict),
    "openings": ("opening", _OPENING_KEYS, _opening_from_dict),
    "connectors": ("connector", _CONNECTOR_KEYS, _connector_from_dict),
    "markers": ("marker", _MARKER_KEYS, _marker_from_fields),
}


def marker_from_dict(d: Any, where: str = "marker") -> Marker:
    """The marker a plain dict describes; raises :class:`SerializeError`."""
    return _marker_from_fields(Fields(d, where, *_MARKER_KEYS))


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
    where = where or where_of("context mesh", "context", 0, d)
    required, optional = _MESH_KEYS
    f = Fields(d, where, required, optional + extra_keys)
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


def _array(f: Fields, key: str, kind: type) -> np.ndarray:
    rows = f.list(key)
    ok = (int,) if kind is int else NUMBER
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
    f = Fields(
        d,
        "venue",
        ("name", "north_angle", "source", *_COLLECTIONS),
        ("address", "erp_type", "erp_category", "context"),
    )
    elements: dict[str, list[Any]] = {}
    for collection, (kind, (required, optional), build) in _COLLECTIONS.items():
        items = f.list(collection)
        elements[collection] = [
            build(Fields(item, where_of(kind, collection, i, item), required, optional)) for i, item in enumerate(items)
        ]
        mapping_by_id(elements[collection], kind)
    elements["context"] = [
        context_mesh_from_dict(item, where=where_of("context mesh", "context", i, item))
        for i, item in enumerate(f.list("context"))
    ]
    sf = Fields(f.d["source"], "venue source", ("unit_scale",), ("path", "format", "sha256"))
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
    where = where or where_of("scenario", "scenarios", 0, d)
    f = Fields(
        d,
        where,
        ("id",),
        ("name", "description", "blocked_openings", "blocked_connectors", "hazards", "occupant_loads", "profile"),
    )
    loads = f.d.get("occupant_loads", {})
    if type(loads) is not dict or not all(type(v) is int for v in loads.values()):
        raise SerializeError(where, "'occupant_loads' must be an object of whole numbers of persons per space id")
    hazards = tuple(
        marker_from_dict(h, where_of(f"{where} hazard", "hazards", i, h)) for i, h in enumerate(f.list("hazards"))
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
    where = where or where_of("route", "routes", 0, d)
    f = Fields(d, where, ("id", "name", "origin", "target"), ("profile", "scenario_id", "avoid", "via"))
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
        raise SerializeError(collection, f"expected a list, got {type_name(items)}")
    return [build(item, where_of(what, collection, i, item)) for i, item in enumerate(items)]


def mapping_by_id(items: Iterable[Any], what: str) -> Mapping[str, Any]:
    """``{item.id: item}`` in order; raises :class:`SerializeError` on a repeated id."""
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise SerializeError(f"{what} {item.id!r}", "the id is used more than once")
        out[item.id] = item
    return out
