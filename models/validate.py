"""Check a venue for every problem that would make its routes or evacuation wrong.

:func:`validate` never stops at the first problem: it returns them all, errors
first, each naming the element and saying what is wrong, so a planner can fix a
whole import in one pass.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable

import numpy as np
import shapely

from models import geometry
from models.kinds import ConnectorKind, MarkerKind
from models.problems import Problem, Severity
from models.problems import error as _error
from models.problems import warning as _warning
from models.tolerances import (
    LANDING_REACH,
    MAX_PHYSICAL_DENSITY,
    MIN_SPACE_AREA,
    OPENING_REACH,
    OVERLAP_AREA,
    WIDTH_SLACK,
)
from models.topology import SpaceIndex, spaces_reaching_exit
from models.venue import Venue

__all__ = ["Problem", "Severity", "errors", "validate"]


#: Marker kinds that are normally outside the building, so need no space.
_OUTDOOR_MARKERS = {MarkerKind.STAGING_POINT, MarkerKind.RALLY_POINT, MarkerKind.HAZARD_ZONE}


def validate(venue: Venue) -> list[Problem]:
    """Every problem found in `venue`, errors first, then warnings.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> validate(two_room_venue())
    []
    >>> v = two_room_venue().without("exit-a", "exit-b")
    >>> [p.code for p in validate(v)]
    ['no-exit']
    """
    non_finite = list(_non_finite(venue))
    if non_finite:
        # geometry on NaN or infinity means nothing: report what must be fixed first
        return non_finite + list(_ids(venue, None))
    found: list[Problem] = []
    index = SpaceIndex.of(venue)
    for check in (
        _ids,
        _levels,
        _spaces,
        _overlaps,
        _openings,
        _connectors,
        _markers,
        _context,
        _exit_routes,
    ):
        found.extend(check(venue, index))
    return sorted(found, key=lambda p: p.severity != Severity.ERROR)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == Severity.ERROR]


def _ids(venue: Venue, index: SpaceIndex | None):
    for element_id, n in Counter(venue.all_ids()).items():
        if n > 1:
            yield _error("duplicate-id", element_id, "the id is used by {n} elements", n=n)
        if not element_id.strip():
            yield _error("bad-id", repr(element_id), "an id is blank")
        elif any(unicodedata.category(c).startswith("C") for c in element_id):
            yield _error("bad-id", repr(element_id), "the id holds a control or invisible character")


def _numbers(venue: Venue) -> Iterable[tuple[str | None, str, Iterable[float]]]:
    """Every float of the model as (element id, field, values)."""
    yield None, "north_angle", (venue.north_angle,)
    for level in venue.levels.values():
        yield level.id, "elevation and height", (level.elevation, level.height)
    for space in venue.spaces.values():
        yield space.id, "footprint", (c for p in space.footprint for c in p)
        yield space.id, "holes", (c for h in space.holes for p in h for c in p)
    for opening in venue.openings.values():
        yield opening.id, "position and width", (*opening.position, opening.width)
    for connector in venue.connectors.values():
        values = (connector.width, connector.riser, connector.going, connector.speed)
        yield connector.id, "width, riser, going and speed", (v for v in values if v is not None)
        yield connector.id, "landings", (c for landing in connector.landings for c in landing.position)
    for marker in venue.markers.values():
        yield marker.id, "position and radius", (*marker.position, marker.radius)


def _non_finite(venue: Venue):
    for element_id, field_name, values in _numbers(venue):
        if not all(math.isfinite(v) for v in values):
            yield _error(
                "non-finite", element_id, "its {field} hold a value that is not a finite number", field=field_name
            )


def _levels(venue: Venue, index: SpaceIndex):
    if not venue.levels:
        yield _error("no-level", None, "the venue has no level")
    elif not venue.spaces:
        yield _error("no-space", None, "the venue has no space: nothing can be routed or evacuated")
    occupied = {space.level_id for space in venue.spaces.values()}
    for level in venue.levels.values():
        if level.height <= 0:
            yield _error("bad-level-height", level.id, "height {height} m is not positive", height=level.height)
        if venue.spaces and level.id not in occupied:
            yield _warning("empty-level", level.id, "no space is on this level")


def _spaces(venue: Venue, index: SpaceIndex):
    for space in venue.spaces.values():
        if space.level_id not in venue.levels:
            yield _error("unknown-level", space.id, "its level {level!r} does not exist", level=space.level_id)
        if len(space.footprint) < 3:
            yield _error("bad-footprint", space.id, "its footprint has fewer than 3 corners")
            continue
        if space.area < MIN_SPACE_AREA:
            yield _error("zero-area-space", space.id, "its area is {area:.3f} m²", area=space.area)
            continue
        if not geometry.is_simple(space.footprint, space.holes):
            reason = shapely.is_valid_reason(geometry.polygon(space.footprint, space.holes))
            yield _error("bad-footprint", space.id, "its footprint is not a simple polygon ({reason})", reason=reason)
        for field_name in ("capacity", "seats"):
            value = getattr(space, field_name)
            if value is not None and value < 0:
                yield _error(
                    "negative-occupants", space.id, "{field} {value} is negative", field=field_name, value=value
                )
        occupants = space.declared_occupants
        most = space.area * MAX_PHYSICAL_DENSITY
        if occupants is not None and occupants > most:
            yield _error(
                "impossible-occupants",
                space.id,
                "{occupants} persons on {area:.1f} m² is more than {density:g} p/m² (at most {most})",
                occupants=occupants,
                area=space.area,
                density=MAX_PHYSICAL_DENSITY,
                most=int(most),
            )


def _overlaps(venue: Venue, index: SpaceIndex):
    for level_id in venue.levels:
        spaces, polys = index.polygons(level_id)
        if len(spaces) < 2:
            continue
        valid = shapely.is_valid(polys)
        left, right = shapely.STRtree(polys).query(polys, predicate="intersects")
        keep = (left < right) & valid[left] & valid[right]
        left, right = left[keep], right[keep]
        if not len(left):
            continue
        shared = shapely.area(shapely.intersection(polys[left], polys[right]))
        for i, j, a in zip(left, right, shared, strict=True):
            if a > OVERLAP_AREA:
                first, second = spaces[int(i)], spaces[int(j)]
                yield _error(
                    "overlapping-spaces",
                    first.id,
                    "overlaps space {other!r} by {area:.2f} m² on level {level!r}",
                    other=second.id,
                    area=float(a),
                    level=level_id,
                )


def _openings(venue: Venue, index: SpaceIndex):
    for opening in venue.openings.values():
        if opening.level_id not in venue.levels:
            yield _error("unknown-level", opening.id, "its level {level!r} does not exist", level=opening.level_id)
        if opening.width <= 0:
            yield _error("bad-width", opening.id, "clear width {width} m is not positive", width=opening.width)
        if not opening.spaces:
            yield _error("opening-touches-no-space", opening.id, "it joins no space")
            continue
        if len(opening.spaces) > 2 or len(set(opening.spaces)) != len(opening.spaces):
            yield _error(
                "bad-opening-spaces",
                opening.id,
                "it must join one or two spaces, not {spaces}",
                spaces=list(opening.spaces),
            )
            continue
        for space_id in opening.spaces:
            space = venue.spaces.get(space_id)
            if space is None:
                yield _error(
                    "unknown-space", opening.id, "it joins space {space!r}, which does not exist", space=space_id
                )
                continue
            if space.level_id != opening.level_id:
                yield _error(
                    "opening-touches-no-space",
                    opening.id,
                    "it is on level {level!r} but space {space!r} is on {space_level!r}",
                    level=opening.level_id,
                    space=space_id,
                    space_level=space.level_id,
                )
                continue
            if len(space.footprint) < 3:
                continue
            distance = geometry.distance_to_outline(space.footprint, opening.position)
            if distance > OPENING_REACH:
                yield _error(
                    "opening-touches-no-space",
                    opening.id,
                    "it is {distance:.2f} m from the outline of space {space!r} (more than {reach} m)",
                    distance=distance,
                    space=space_id,
                    reach=OPENING_REACH,
                )
                continue
            wall_length, along = geometry.wall_under(space.footprint, opening.position)
            if opening.width > wall_length + WIDTH_SLACK:
                yield _error(
                    "door-wider-than-wall",
                    opening.id,
                    "its clear width {width:.2f} m exceeds the {wall:.2f} m wall of space {space!r} it stands in",
                    width=opening.width,
                    wall=wall_length,
                    space=space_id,
                )
            elif (to_end := min(along, wall_length - along)) + WIDTH_SLACK < opening.width / 2:
                yield _error(
                    "door-wider-than-wall",
                    opening.id,
                    "it runs {past:.2f} m past the end of the {wall:.2f} m wall of space {space!r} it stands in "
                    "(its centre is {to_end:.2f} m from one end)",
                    past=opening.width / 2 - to_end,
                    wall=wall_length,
                    space=space_id,
                    to_end=to_end,
                )
        if len(opening.spaces) == 1 and opening.level_id in venue.levels:
            others = [
                s.id for _, s in index.spaces_near(opening.level_id, opening.position) if s.id != opening.spaces[0]
            ]
            if others:
                yield _warning(
                    "exit-on-shared-wall",
                    opening.id,
                    "it leads outside from {space!r} but stands on the wall of space {other!r}; "
                    "if it joins the two, list both spaces",
                    space=opening.spaces[0],
                    other=others[0],
                )


def _connectors(venue: Venue, index: SpaceIndex):
    for connector in venue.connectors.values():
        cid = connector.id
        if connector.width <= 0:
            yield _error("bad-width", cid, "width {width} m is not positive", width=connector.width)
        if len(connector.landings) < 2:
            yield _error(
                "connector-missing-landing", cid, "it has {n} landing(s), needs at least 2", n=len(connector.landings)
            )
        levels = [landing.level_id for landing in connector.landings]
        if len(connector.landings) >= 2 and len(set(levels)) < len(levels):
            yield _error("connector-missing-landing", cid, "two of its landings are on the same level")
        for n, landing in enumerate(connector.landings, start=1):
            if landing.level_id not in venue.levels:
                yield _error(
                    "connector-missing-landing",
                    cid,
                    "landing {n} is on level {level!r}, which does not exist",
                    n=n,
                    level=landing.level_id,
                )
                continue
            space = venue.spaces.get(landing.space_id)
            if space is None:
                yield _error(
                    "connector-missing-landing",
                    cid,
                    "landing {n} is in space {space!r}, which does not exist",
                    n=n,
                    space=landing.space_id,
                )
                continue
            if space.level_id != landing.level_id:
                yield _error(
                    "connector-missing-landing",
                    cid,
                    "landing {n} is on level {level!r} but its space {space!r} is on {space_level!r}",
                    n=n,
                    level=landing.level_id,
                    space=space.id,
                    space_level=space.level_id,
                )
            elif len(space.footprint) >= 3 and not space.contains(landing.position):
                distance = geometry.distance_to_outline(space.footprint, landing.position)
                if geometry.contains(space.footprint, landing.position):
                    yield _error(
                        "landing-outside-space",
                        cid,
                        "landing {n} at {position} is in a hole (column, void) of its space {space!r}",
                        n=n,
                        position=landing.position,
                        space=space.id,
                    )
                elif distance > LANDING_REACH:
                    yield _error(
                        "landing-outside-space",
                        cid,
                        "landing {n} at {position} is {distance:.2f} m outside its space {space!r}",
                        n=n,
                        position=landing.position,
                        distance=distance,
                        space=space.id,
                    )
        if connector.kind == ConnectorKind.STAIR:
            for name in ("riser", "going"):
                value = getattr(connector, name)
                if value is not None and value <= 0:
                    yield _error("bad-stair", cid, "{field} {value} m is not positive", field=name, value=value)
            if connector.riser is not None and connector.riser > 0.25:
                yield _warning("steep-stair", cid, "riser {riser:.3f} m is above 0.25 m", riser=connector.riser)
        if connector.kind == ConnectorKind.LIFT and connector.capacity is not None and connector.capacity <= 0:
            yield _error("bad-lift", cid, "car capacity {capacity} is not positive", capacity=connector.capacity)
        if connector.speed is not None and connector.speed <= 0:
            yield _error("bad-speed", cid, "speed {speed} m/s is not positive", speed=connector.speed)


def _markers(venue: Venue, index: SpaceIndex):
    for marker in venue.markers.values():
        if marker.level_id not in venue.levels:
            yield _error("unknown-level", marker.id, "its level {level!r} does not exist", level=marker.level_id)
            continue
        if marker.radius < 0:
            yield _error("bad-radius", marker.id, "radius {radius} m is negative", radius=marker.radius)
        if marker.kind not in _OUTDOOR_MARKERS and index.space_at(marker.level_id, marker.position) is None:
            yield _warning(
                "marker-outside-spaces",
                marker.id,
                "{kind} at {position} is in no space",
                kind=marker.kind,
                position=marker.position,
            )


def _context(venue: Venue, index: SpaceIndex):
    for mesh in venue.context.values():
        if mesh.level_id is not None and mesh.level_id not in venue.levels:
            yield _error("unknown-level", mesh.id, "its level {level!r} does not exist", level=mesh.level_id)
        if len(mesh.faces) and (mesh.faces.min() < 0 or mesh.faces.max() >= len(mesh.vertices)):
            yield _error("bad-mesh", mesh.id, "a face refers to a vertex that does not exist")
        if not np.isfinite(mesh.vertices).all():
            yield _error("bad-mesh", mesh.id, "a vertex is not a finite number")


def _exit_routes(venue: Venue, index: SpaceIndex):
    if not venue.spaces:
        return
    if not venue.exits:
        yield _error("no-exit", None, "the venue has no exit (no opening leads outside)")
        return
    touched = {s for o in venue.openings.values() for s in o.spaces}
    touched |= {landing.space_id for c in venue.connectors.values() for landing in c.landings}
    reaching = spaces_reaching_exit(venue)
    levels_reaching = {venue.spaces[s].level_id for s in reaching}
    for level_id in venue.levels:
        if venue.spaces_on(level_id) and level_id not in levels_reaching:
            yield _error("level-no-exit-route", level_id, "no space of this level can reach an exit")
    for space in venue.spaces.values():
        if space.id not in touched:
            yield _error("space-no-way-out", space.id, "no opening or connector leads out of it")
        elif space.id not in reaching and space.level_id in levels_reaching:
            yield _error("space-no-exit-route", space.id, "no exit can be reached from it")
