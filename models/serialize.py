"""Plain dicts from model values and back: the canonical form that project files store as JSON.

Every value becomes dicts, lists, strings, numbers, booleans and ``None`` only,
and comes back equal: floats are written as Python floats (JSON keeps their
``repr``, which is exact), enums as their string values, tuples as lists that
are turned back into tuples, frozensets as sorted lists.

Rules of the dict form (``docs/venue-file-format.md`` is the reference):

- element collections are lists in the venue's order (that order is what lists
  in the application show);
- optional fields whose value is ``None``, ``""``, an empty list or ``False`` are
  left out, numbers are always written, so adding an optional field to a type
  later does not change the form of existing values;
- reading is strict (:mod:`models.serialize_read`, re-exported here): an unknown
  key, a missing key or a value of the wrong type raises :class:`SerializeError`
  naming the element (``space 'hall'``) and the key.

Context meshes are left out of :func:`venue_to_dict` unless ``context=True``
because project files keep their arrays in binary members;
:func:`context_mesh_to_dict` and :func:`context_mesh_from_dict` let the project
file store the rest of each mesh.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from models.elements import Connector, ContextMesh, Landing, Level, Marker, Opening, Space
from models.scenario import SavedRoute, Scenario
from models.serialize_read import (
    SerializeError,
    context_mesh_from_dict,
    marker_from_dict,
    saved_route_from_dict,
    scenario_from_dict,
    venue_from_dict,
)
from models.venue import Provenance, Venue

__all__ = [
    "SerializeError",
    "context_mesh_from_dict",
    "context_mesh_to_dict",
    "marker_from_dict",
    "marker_to_dict",
    "saved_route_from_dict",
    "saved_route_to_dict",
    "scenario_from_dict",
    "scenario_to_dict",
    "venue_from_dict",
    "venue_to_dict",
]

Plain = dict[str, Any]


# --- model -> dict ---------------------------------------------------------------------


def _point(p: tuple[float, float]) -> list[float]:
    return [p[0], p[1]]


def _ring(ring: Iterable[tuple[float, float]]) -> list[list[float]]:
    return [[x, y] for x, y in ring]


def _put(d: Plain, key: str, value: Any) -> None:
    """Set `key` unless `value` is its field's empty default: ``""``, ``False``, an empty list or ``None``."""
    if value is not None and value != "" and value is not False and value != []:
        d[key] = value


def _opt(d: Plain, key: str, value: Any) -> None:
    """Set `key` unless `value` is ``None`` (the default of fields like ``source_ref``, where ``""`` is a value)."""
    if value is not None:
        d[key] = value


def _level_to_dict(level: Level) -> Plain:
    d: Plain = {"id": level.id, "elevation": level.elevation, "height": level.height}
    _put(d, "name", level.name)
    _opt(d, "source_ref", level.source_ref)
    return d


def _space_to_dict(space: Space) -> Plain:
    d: Plain = {"id": space.id, "level_id": space.level_id, "footprint": _ring(space.footprint), "use": space.use.value}
    _put(d, "name", space.name)
    _put(d, "number", space.number)
    if space.holes:
        d["holes"] = [_ring(h) for h in space.holes]
    _opt(d, "capacity", space.capacity)
    _opt(d, "seats", space.seats)
    _opt(d, "source_ref", space.source_ref)
    return d


def _opening_to_dict(opening: Opening) -> Plain:
    d: Plain = {
        "id": opening.id,
        "level_id": opening.level_id,
        "position": _point(opening.position),
        "width": opening.width,
        "spaces": list(opening.spaces),
        "kind": opening.kind.value,
    }
    _put(d, "name", opening.name)
    _put(d, "locked", opening.locked)
    _opt(d, "source_ref", opening.source_ref)
    return d


def _landing_to_dict(landing: Landing) -> Plain:
    return {"level_id": landing.level_id, "position": _point(landing.position), "space_id": landing.space_id}


def _connector_to_dict(connector: Connector) -> Plain:
    d: Plain = {
        "id": connector.id,
        "kind": connector.kind.value,
        "width": connector.width,
        "landings": [_landing_to_dict(landing) for landing in connector.landings],
    }
    _put(d, "name", connector.name)
    _opt(d, "riser", connector.riser)
    _opt(d, "going", connector.going)
    _opt(d, "direction", None if connector.direction is None else connector.direction.value)
    _opt(d, "speed", connector.speed)
    _opt(d, "capacity", connector.capacity)
    _opt(d, "source_ref", connector.source_ref)
    return d


def marker_to_dict(marker: Marker) -> Plain:
    """The plain form of a marker (venue markers and scenario hazards)."""
    d: Plain = {
        "id": marker.id,
        "kind": marker.kind.value,
        "level_id": marker.level_id,
        "position": _point(marker.position),
        "radius": marker.radius,
    }
    _put(d, "label", marker.label)
    _put(d, "notes", marker.notes)
    _opt(d, "source_ref", marker.source_ref)
    return d


def context_mesh_to_dict(mesh: ContextMesh, *, arrays: bool = True) -> Plain:
    """The plain form of a context mesh; with ``arrays=False`` only its description.

    The arrays are written as nested lists, ``vertices`` (n, 3) float and
    ``faces`` (m, 3) int.
    """
    d: Plain = {"id": mesh.id}
    _put(d, "category", mesh.category)
    _opt(d, "level_id", mesh.level_id)
    _put(d, "name", mesh.name)
    _opt(d, "source_ref", mesh.source_ref)
    if arrays:
        d["vertices"] = mesh.vertices.tolist()
        d["faces"] = mesh.faces.tolist()
    return d


def _provenance_to_dict(source: Provenance) -> Plain:
    d: Plain = {"unit_scale": source.unit_scale}
    _put(d, "path", source.path)
    _put(d, "format", source.format)
    _put(d, "sha256", source.sha256)
    return d


def venue_to_dict(venue: Venue, *, context: bool = False) -> Plain:
    """The plain form of a venue.

    Parameters
    ----------
    venue : Venue
    context : bool
        Include the context meshes, arrays as nested lists (large). Project
        files leave them out and store the arrays in binary members.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> d = venue_to_dict(two_room_venue())
    >>> d["openings"][1]["kind"], d["openings"][1]["position"], d["openings"][1]["spaces"]
    ('exit', [0.0, 2.0], ['room-a'])
    >>> venue_from_dict(d) == two_room_venue()
    True
    """
    d: Plain = {
        "name": venue.name,
        "north_angle": venue.north_angle,
        "source": _provenance_to_dict(venue.source),
        "levels": [_level_to_dict(x) for x in venue.levels.values()],
        "spaces": [_space_to_dict(x) for x in venue.spaces.values()],
        "openings": [_opening_to_dict(x) for x in venue.openings.values()],
        "connectors": [_connector_to_dict(x) for x in venue.connectors.values()],
        "markers": [marker_to_dict(x) for x in venue.markers.values()],
    }
    _put(d, "address", venue.address)
    _put(d, "erp_type", venue.erp_type)
    _opt(d, "erp_category", venue.erp_category)
    if context:
        d["context"] = [context_mesh_to_dict(m) for m in venue.context.values()]
    return d


def scenario_to_dict(scenario: Scenario) -> Plain:
    """The plain form of a scenario; blocked ids as sorted lists, hazards as markers."""
    d: Plain = {"id": scenario.id}
    _put(d, "name", scenario.name)
    _put(d, "description", scenario.description)
    _put(d, "blocked_openings", sorted(scenario.blocked_openings))
    _put(d, "blocked_connectors", sorted(scenario.blocked_connectors))
    _put(d, "hazards", [marker_to_dict(h) for h in scenario.hazards])
    if scenario.occupant_loads:
        d["occupant_loads"] = dict(scenario.occupant_loads)
    _put(d, "profile", scenario.profile)
    return d


def saved_route_to_dict(route: SavedRoute) -> Plain:
    """The plain form of a saved route request."""
    d: Plain = {"id": route.id, "name": route.name, "origin": route.origin, "target": route.target}
    _put(d, "profile", route.profile)
    _opt(d, "scenario_id", route.scenario_id)
    _put(d, "avoid", list(route.avoid))
    _put(d, "via", list(route.via))
    return d
