"""Hypothesis strategies for model values and projects: valid-ish venues with every kind of element.

"Valid-ish": references point at elements that exist and footprints are simple
star-shaped polygons (holes inside them), but nothing checks exits or capacities;
the values exercise serialisation, not validation. Names mix ASCII, accented
letters and other scripts; floats cover the whole finite range where the model
keeps them as given (elevations, widths), and stay moderate in footprints so that
areas are well defined.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from models import (
    Connector,
    ConnectorKind,
    ContextMesh,
    Landing,
    Level,
    Marker,
    MarkerKind,
    Opening,
    OpeningKind,
    Provenance,
    SavedRoute,
    Scenario,
    Space,
    SpaceUse,
    TravelDirection,
    Venue,
)
from venueplanner.project import EditRecord, Project

#: Letters that plans of French and other European venues carry.
ACCENTED = "éèêëàâäîïôöùûüçœæÉÈÀÇŒßñøåÅÑ"

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/#é", min_size=1, max_size=8)
names = st.one_of(
    st.just(""),
    st.text(alphabet=st.characters(categories=["L", "N", "Zs", "P"]) | st.sampled_from(ACCENTED), max_size=12),
    st.text(max_size=8),  # anything a string can hold but lone surrogates: quotes, control characters, emoji
)
optional_refs = st.none() | st.text(max_size=8)
#: Any finite float, with the values that JSON writers get wrong: -0.0, subnormals, 1e308.
any_float = st.floats(allow_nan=False, allow_infinity=False)
lengths = st.floats(min_value=0.0, max_value=1e3, allow_nan=False)
coordinates = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)
points = st.tuples(coordinates, coordinates)
counts = st.none() | st.integers(min_value=-5, max_value=10**12)


#: Shapes of star-shaped simple polygons: per corner, where in its sector (first 80 %) and how far out (0..1).
_corners = st.lists(st.tuples(st.floats(0.0, 0.8), st.floats(0.0, 1.0)), min_size=3, max_size=8)
#: A reference to another element: an index, taken modulo the number of candidates.
_ref = st.integers(0, 1000)


def _pick(candidates: list[str], index: int) -> str:
    return candidates[index % len(candidates)]


def star_ring(center: tuple[float, float], corners: list[tuple[float, float]], low: float, high: float):
    """A simple star-shaped polygon: corner i in the i-th of n equal sectors, at radius low..high.

    Corners are at least 6 degrees apart and the radii positive, so the ring is never degenerate.
    """
    n = len(corners)
    cx, cy = center
    return tuple(
        (cx + r * math.cos(a), cy + r * math.sin(a))
        for a, r in ((2 * math.pi * (i + shift) / n, low + (high - low) * t) for i, (shift, t) in enumerate(corners))
    )


_space_parts = st.tuples(
    ids, _ref, points, _corners, st.none() | _corners, names, st.sampled_from(SpaceUse),
    st.just("") | st.text(max_size=5), counts, counts, optional_refs,
)  # fmt: skip


def _space(level_ids: list[str], parts) -> Space:
    space_id, level, center, outer, hole, name, use, number, capacity, seats, ref = parts
    holes = () if hole is None else (star_ring(center, hole, 0.5, 4.0),)
    return Space(
        space_id, _pick(level_ids, level), star_ring(center, outer, 5.0, 50.0), name=name, use=use, number=number,
        holes=holes, capacity=capacity, seats=seats, source_ref=ref,
    )  # fmt: skip


_marker_parts = st.tuples(ids, st.sampled_from(MarkerKind), _ref, points, lengths, names, names, optional_refs)


def _marker(level_ids: list[str], parts) -> Marker:
    marker_id, kind, level, position, radius, label, notes, ref = parts
    return Marker(marker_id, kind, _pick(level_ids, level), position, radius, label, notes, ref)


_mesh_parts = st.tuples(
    ids,
    st.integers(0, 6).flatmap(lambda n: hnp.arrays(np.float64, (n, 3), elements=any_float)),
    st.integers(0, 4).flatmap(lambda m: hnp.arrays(np.int64, (m, 3), elements=st.integers(-(2**63), 2**63 - 1))),
    st.sampled_from(["", "walls", "IfcWall", "IfcSlab", "mobilier"]),
    st.none() | _ref,
    names,
    optional_refs,
)


def _mesh(level_ids: list[str], parts) -> ContextMesh:
    mesh_id, vertices, faces, category, level, name, ref = parts
    level_id = None if level is None else _pick(level_ids, level)
    return ContextMesh(mesh_id, vertices, faces, category, level_id, name, ref)


_opening_parts = st.tuples(
    ids, _ref, points, any_float, st.lists(_ref, min_size=1, max_size=2), st.sampled_from(OpeningKind), names,
    st.booleans(), optional_refs,
)  # fmt: skip


def _opening(level_ids: list[str], space_ids: list[str], parts) -> Opening:
    opening_id, level, position, width, spaces, kind, name, locked, ref = parts
    joined = tuple(_pick(space_ids, i) for i in spaces)
    return Opening(opening_id, _pick(level_ids, level), position, width, joined, kind, name, locked, ref)


_connector_parts = st.tuples(
    ids, st.sampled_from(ConnectorKind), lengths, st.lists(st.tuples(_ref, points, _ref), min_size=2, max_size=3),
    names, st.none() | lengths, st.none() | lengths, st.none() | st.sampled_from(TravelDirection),
    st.none() | lengths, counts, optional_refs,
)  # fmt: skip


def _connector(level_ids: list[str], space_ids: list[str], parts) -> Connector:
    connector_id, kind, width, ends, name, riser, going, direction, speed, capacity, ref = parts
    landings = tuple(Landing(_pick(level_ids, lv), p, _pick(space_ids, sp)) for lv, p, sp in ends)
    return Connector(connector_id, kind, width, landings, name, riser, going, direction, speed, capacity, ref)


def _unique(parts, max_size: int):
    return st.lists(parts, max_size=max_size, unique_by=lambda t: t[0])


_levels = st.lists(
    st.builds(Level, ids, names, any_float, any_float, optional_refs), min_size=1, max_size=3, unique_by=lambda x: x.id
)
_provenances = st.builds(
    Provenance,
    st.just("") | st.text(max_size=10),
    st.sampled_from(["", "ifc", "dxf", "plan"]),
    st.just("") | st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    st.floats(min_value=1e-6, max_value=1e3),
)
_venue_parts = st.tuples(
    _levels, _unique(_space_parts, 4), _unique(_opening_parts, 4), _unique(_connector_parts, 3),
    _unique(_marker_parts, 3), _unique(_mesh_parts, 2), names, names, any_float, st.sampled_from(["", "L", "PA", "X"]),
    st.none() | st.integers(1, 5), _provenances,
)  # fmt: skip


def _venue(parts) -> Venue:
    levels, spaces, openings, connectors, marks, meshes, name, address, north, erp_type, erp_category, source = parts
    level_ids = [lv.id for lv in levels]
    spaces = [_space(level_ids, p) for p in spaces]
    space_ids = [s.id for s in spaces] or ["nowhere"]  # a dangling reference is still a value to keep
    return Venue(
        name=name,
        levels=levels,
        spaces=spaces,
        openings=[_opening(level_ids, space_ids, p) for p in openings],
        connectors=[_connector(level_ids, space_ids, p) for p in connectors],
        markers=[_marker(level_ids, p) for p in marks],
        context=[_mesh(level_ids, p) for p in meshes],
        address=address,
        north_angle=north,
        erp_type=erp_type,
        erp_category=erp_category,
        source=source,
    )


def venues():
    """Venues with levels, spaces (some with holes), openings, connectors with landings, markers and meshes."""
    return _venue_parts.map(_venue)


_scenario_parts = st.tuples(
    ids, names, names, st.lists(_ref, max_size=3), st.frozensets(ids, max_size=2), st.lists(_marker_parts, max_size=2),
    st.dictionaries(ids, st.integers(0, 100_000), max_size=4), st.sampled_from(["", "firefighter", "police"]),
)  # fmt: skip


def _scenario(venue: Venue, parts) -> Scenario:
    scenario_id, name, description, blocked, connectors, hazards, loads, profile = parts
    opening_ids = list(venue.openings) or ["gone"]
    level_ids = list(venue.levels)
    return Scenario(
        scenario_id, name, description, frozenset(_pick(opening_ids, i) for i in blocked), connectors,
        tuple(_marker(level_ids, h) for h in hazards), loads, profile,
    )  # fmt: skip


def scenarios(venue: Venue):
    """Scenarios on `venue`: blocked openings of it, hazards on its levels, occupant loads."""
    return _scenario_parts.map(lambda parts: _scenario(venue, parts))


saved_routes = st.builds(
    SavedRoute,
    ids,
    names,
    ids,
    ids,
    profile=st.sampled_from(["", "firefighter", "wheelchair"]),
    scenario_id=st.none() | ids,
    avoid=st.lists(ids, max_size=3).map(tuple),
    via=st.lists(ids, max_size=2).map(tuple),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**15), 10**15) | any_float | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)

utc_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)).map(
    lambda t: t.isoformat(timespec="milliseconds").replace("+00:00", "Z")
)

edit_records = st.builds(
    EditRecord,
    utc_times,
    st.sampled_from(["mark_exit", "move_opening", "set_capacity", "rename"]),
    st.dictionaries(st.text(max_size=8), json_values, max_size=3),
    author=names,
)


_project_parts = st.tuples(
    _venue_parts,
    _unique(_scenario_parts, 3),
    st.lists(saved_routes, max_size=3, unique_by=lambda r: r.id),
    st.lists(edit_records, max_size=4),
)


def _project(parts) -> Project:
    venue_parts, scenario_parts, routes, edits = parts
    venue = _venue(venue_parts)
    return Project(venue, [_scenario(venue, p) for p in scenario_parts], routes, tuple(edits))


def projects():
    """Projects: a venue, scenarios on it, saved routes and an edit log."""
    return _project_parts.map(_project)
