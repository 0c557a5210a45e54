"""Exterior door numbers: every exit numbered clockwise round the building, seen from above, from the main entrance.

Responders' maps number the exterior doors 1, 2, 3, ... clockwise from the main
entrance (door 1), and paint the same numbers on the doors. The pack prints
these numbers on every plan and in the route cards; the 3D view and anything
else that names exterior doors (the 3D view, the GeoJSON export) calls
:func:`exterior_door_numbers` so the numbers agree everywhere.

How the order is found
----------------------
The building's outline is the outer ring of the union of every space's
footprint, all levels together (the building seen from above). Each exit is
projected onto that ring, walked clockwise (in the plan frame, Z up; a turn of
the plan to north-up keeps clockwise clockwise), and numbered in that order
starting from the main entrance.

The main entrance, unless given, is the group of ``exit``-kind doors (not
emergency exits, not gates) of the space whose ``exit`` doors are widest in
total (a lobby's row of doors), on the lowest level holding such doors;
door 1 is the first door of that group clockwise, so the group's doors take
consecutive numbers. With no ``exit``-kind door, the widest exit starts.
"""

from __future__ import annotations

from collections import defaultdict

import shapely

from models import geometry as geo
from models.kinds import OpeningKind
from models.venue import Venue

__all__ = ["exterior_door_numbers", "main_entrance", "outline"]


def outline(venue: Venue) -> shapely.LinearRing | None:
    """The building's outline seen from above: a clockwise ring, or None for a venue with no space."""
    polygons = [geo.polygon(s.footprint) for s in venue.spaces.values()]
    polygons = [p if p.is_valid else p.buffer(0) for p in polygons]
    if not polygons:
        return None
    union = shapely.union_all(polygons)
    if union.is_empty:
        return None
    parts = list(getattr(union, "geoms", [union]))
    biggest = max(parts, key=lambda p: p.area)
    ring = shapely.LinearRing(biggest.exterior.coords)
    return ring if not ring.is_ccw else shapely.LinearRing(list(ring.coords)[::-1])


def main_entrance(venue: Venue) -> list[str]:
    """Ids of the main entrance's doors (see the module's notes), unordered; [] when the venue has no exit."""
    exits = venue.exits
    if not exits:
        return []
    elevation = {lid: lv.elevation for lid, lv in venue.levels.items()}
    doors = [o for o in exits if o.kind == OpeningKind.EXIT]
    if not doors:
        widest = max(exits, key=lambda o: (o.width, -elevation.get(o.level_id, 0.0), _neg(o.id)))
        return [widest.id]
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for o in doors:
        groups[(o.level_id, o.spaces[0])].append(o)

    def rank(key: tuple[str, str]):
        members = groups[key]
        return (-elevation.get(key[0], 0.0), sum(o.width for o in members), len(members), _neg(key[1]))

    best = max(groups, key=rank)
    return [o.id for o in groups[best]]


def _neg(text: str) -> tuple[int, ...]:
    """A key that sorts strings in reverse, so max() prefers the smallest id on ties."""
    return tuple(-ord(ch) for ch in text)


def _clockwise_positions(venue: Venue) -> dict[str, float]:
    ring = outline(venue)
    if ring is None:
        return {}
    return {o.id: float(ring.project(shapely.Point(o.position))) for o in venue.exits}


def exterior_door_numbers(venue: Venue, *, main: str = "") -> dict[str, int]:
    """``{exit id: number}``: exits numbered 1.. clockwise round the building from the main entrance.

    Parameters
    ----------
    venue : Venue
    main : str, optional
        The exit to number 1; by default the first door of :func:`main_entrance`.

    Raises
    ------
    KeyError
        `main` is not an exit of `venue`.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> exterior_door_numbers(two_room_venue())
    {'exit-a': 1, 'exit-b': 2}
    """
    positions = _clockwise_positions(venue)
    if not positions:
        return {}
    perimeter = outline(venue).length
    order = sorted(positions, key=lambda i: (positions[i], i))
    if main:
        if main not in positions:
            raise KeyError(main)
        start = main
    else:
        group = set(main_entrance(venue))
        # the group member whose clockwise predecessor is not in the group
        start = next((i for k, i in enumerate(order) if i in group and order[k - 1] not in group), None)
        start = start or min(group, key=lambda i: positions[i])
    s = positions[start]
    ranked = sorted(order, key=lambda i: ((positions[i] - s) % perimeter if perimeter else 0.0, i))
    return {opening_id: n for n, opening_id in enumerate(ranked, start=1)}
