"""Where things are and what joins what: spaces at a point, the spaces an opening joins,
adjacency between spaces, and which spaces can reach an exit.

A :class:`SpaceIndex` holds one spatial index per level; build it once per venue
when asking many questions (importers placing hundreds of doors, validation).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence

import numpy as np
import shapely

from models import geometry
from models.elements import Space
from models.tolerances import OPENING_REACH
from models.venue import Venue


class SpaceIndex:
    """Spatial index of a venue's spaces, one STR-tree per level."""

    def __init__(self, spaces: Iterable[Space]) -> None:
        by_level: dict[str, list[Space]] = defaultdict(list)
        for space in spaces:
            by_level[space.level_id].append(space)
        self._spaces = dict(by_level)
        self._polygons = {
            level: np.array([geometry.polygon(s.footprint, s.holes) for s in items])
            for level, items in by_level.items()
        }
        self._trees = {level: shapely.STRtree(polys) for level, polys in self._polygons.items()}

    @classmethod
    def of(cls, venue: Venue) -> SpaceIndex:
        return cls(venue.spaces.values())

    def polygons(self, level_id: str) -> tuple[list[Space], np.ndarray]:
        """The spaces of a level and their shapely polygons, index-aligned."""
        return self._spaces.get(level_id, []), self._polygons.get(level_id, np.array([]))

    def space_at(self, level_id: str, point: Sequence[float]) -> Space | None:
        """The space holding `point` on this level (outline included), or None."""
        tree = self._trees.get(level_id)
        if tree is None:
            return None
        hits = tree.query(shapely.Point(point[0], point[1]), predicate="intersects")
        spaces = self._spaces[level_id]
        # on a shared wall line two spaces intersect the point: take the lowest index
        return spaces[int(min(hits))] if len(hits) else None

    def spaces_near(
        self, level_id: str, point: Sequence[float], reach: float = OPENING_REACH
    ) -> list[tuple[float, Space]]:
        """Spaces of the level within `reach` of `point`, nearest first: ``[(distance, space)]``."""
        tree = self._trees.get(level_id)
        if tree is None:
            return []
        p = shapely.Point(point[0], point[1])
        hits = tree.query(p, predicate="dwithin", distance=reach)
        spaces = self._spaces[level_id]
        polys = self._polygons[level_id]
        found = [(float(shapely.distance(polys[i], p)), spaces[int(i)]) for i in hits]
        return sorted(found, key=lambda item: (item[0], item[1].id))


def space_at(venue: Venue, level_id: str, point: Sequence[float]) -> Space | None:
    """The space of `venue` on `level_id` holding the plan `point`, or None.

    >>> from models.factories import two_room_venue
    >>> space_at(two_room_venue(), "L0", (2.0, 2.0)).id
    'room-a'
    """
    return SpaceIndex.of(venue).space_at(level_id, point)


def spaces_joined_at(
    index: SpaceIndex, level_id: str, position: Sequence[float], *, reach: float = OPENING_REACH
) -> tuple[str, ...]:
    """The ids of the (at most two) spaces that an opening at `position` joins.

    One id means the opening leads outside; none means it touches no space.

    >>> from models.factories import two_room_venue
    >>> spaces_joined_at(SpaceIndex.of(two_room_venue()), "L0", (5.0, 2.0))
    ('room-a', 'room-b')
    """
    near = index.spaces_near(level_id, position, reach)
    return tuple(sorted(space.id for _, space in near[:2]))


def adjacency(venue: Venue, *, blocked: Iterable[str] = ()) -> dict[str, set[str]]:
    """Which spaces a person can walk between directly, through openings and connectors.

    Parameters
    ----------
    blocked : ids of openings and connectors that cannot be used.

    Returns
    -------
    dict
        space id -> ids of neighbouring spaces (every space has an entry).
    """
    blocked = set(blocked)
    graph: dict[str, set[str]] = {space_id: set() for space_id in venue.spaces}
    for opening in venue.openings.values():
        if opening.id in blocked or len(opening.spaces) != 2:
            continue
        a, b = opening.spaces
        if a in graph and b in graph:
            graph[a].add(b)
            graph[b].add(a)
    for connector in venue.connectors.values():
        if connector.id in blocked:
            continue
        ends = [landing.space_id for landing in connector.landings if landing.space_id in graph]
        for a in ends:
            graph[a].update(b for b in ends if b != a)
    return graph


def spaces_reaching_exit(venue: Venue, *, blocked: Iterable[str] = ()) -> set[str]:
    """Ids of the spaces from which some exit can be reached, ignoring direction."""
    blocked = set(blocked)
    graph = adjacency(venue, blocked=blocked)
    start = {o.spaces[0] for o in venue.openings.values() if o.is_exit and o.id not in blocked and o.spaces[0] in graph}
    seen = set(start)
    queue = deque(start)
    while queue:
        for neighbour in graph[queue.popleft()]:
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append(neighbour)
    return seen
