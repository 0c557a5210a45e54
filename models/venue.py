"""The Venue: one immutable value holding every element of a modelled building.

Elements are kept in id-keyed read-only mappings, in the order they were given.
Edits build a new Venue (``venue.with_elements(...)``, ``venue.without(...)``),
so the previous one stays valid for undo and for results computed on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TypeVar

from models.elements import Connector, ContextMesh, Element, Level, Marker, Opening, Space
from models.errors import DuplicateIdError, UnknownElementError

E = TypeVar("E", Level, Space, Opening, Connector, Marker, ContextMesh)

#: Venue field holding each element type, in the order files list them.
COLLECTIONS: dict[type, str] = {
    Level: "levels",
    Space: "spaces",
    Opening: "openings",
    Connector: "connectors",
    Marker: "markers",
    ContextMesh: "context",
}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a venue came from: the file, its format and the unit scale applied."""

    path: str = ""
    format: str = ""
    sha256: str = ""
    unit_scale: float = 1.0  #: file units -> metres


def _index(items: Iterable[E] | Mapping[str, E]) -> Mapping[str, E]:
    if isinstance(items, Mapping):
        items = items.values()
    items = list(items)
    by_id = {item.id: item for item in items}
    if len(by_id) != len(items):
        counts = Counter(item.id for item in items)
        raise DuplicateIdError(sorted(i for i, n in counts.items() if n > 1))
    return MappingProxyType(by_id)


@dataclass(frozen=True, slots=True)
class Venue:
    """A modelled venue.

    north_angle : degrees, counter-clockwise from the plan's +Y axis to true north.
    erp_type, erp_category : the French ERP classification when known ("L", 1).
    """

    name: str
    levels: Mapping[str, Level] = field(default_factory=dict)
    spaces: Mapping[str, Space] = field(default_factory=dict)
    openings: Mapping[str, Opening] = field(default_factory=dict)
    connectors: Mapping[str, Connector] = field(default_factory=dict)
    markers: Mapping[str, Marker] = field(default_factory=dict)
    context: Mapping[str, ContextMesh] = field(default_factory=dict)
    address: str = ""
    north_angle: float = 0.0
    erp_type: str = ""
    erp_category: int | None = None
    source: Provenance = field(default_factory=Provenance)

    def __post_init__(self) -> None:
        for name in COLLECTIONS.values():
            object.__setattr__(self, name, _index(getattr(self, name)))
        object.__setattr__(self, "north_angle", float(self.north_angle))

    # --- lookup -----------------------------------------------------------------

    def get(self, element_id: str) -> Element:
        """The element with this id, whatever its kind."""
        for name in COLLECTIONS.values():
            found = getattr(self, name).get(element_id)
            if found is not None:
                return found
        raise UnknownElementError(element_id)

    def level(self, level_id: str) -> Level:
        return _lookup(self.levels, level_id, "level")

    def space(self, space_id: str) -> Space:
        return _lookup(self.spaces, space_id, "space")

    def opening(self, opening_id: str) -> Opening:
        return _lookup(self.openings, opening_id, "opening")

    def connector(self, connector_id: str) -> Connector:
        return _lookup(self.connectors, connector_id, "connector")

    def marker(self, marker_id: str) -> Marker:
        return _lookup(self.markers, marker_id, "marker")

    def spaces_on(self, level_id: str) -> list[Space]:
        return [s for s in self.spaces.values() if s.level_id == level_id]

    def openings_on(self, level_id: str) -> list[Opening]:
        return [o for o in self.openings.values() if o.level_id == level_id]

    @property
    def exits(self) -> list[Opening]:
        """Openings that lead outside (they join a single space)."""
        return [o for o in self.openings.values() if o.is_exit]

    @property
    def levels_by_elevation(self) -> list[Level]:
        return sorted(self.levels.values(), key=lambda lv: (lv.elevation, lv.id))

    @property
    def declared_capacity(self) -> int:
        """Sum of the spaces' declared occupants (capacity, else seats), persons."""
        return sum(s.declared_occupants or 0 for s in self.spaces.values())

    # --- edits (each returns a new Venue) ------------------------------------------

    def with_elements(self, *elements: Element) -> Venue:
        """A copy with these elements added, or replacing those with the same id and type."""
        changes: dict[str, dict] = {}
        for element in elements:
            name = COLLECTIONS[type(element)]
            changes.setdefault(name, dict(getattr(self, name)))[element.id] = element
        return replace(self, **changes)

    def without(self, *element_ids: str) -> Venue:
        """A copy with the elements of these ids removed (of any type)."""
        drop = set(element_ids)
        missing = drop - {i for name in COLLECTIONS.values() for i in getattr(self, name)}
        if missing:
            raise UnknownElementError(sorted(missing)[0])
        changes = {
            name: {k: v for k, v in getattr(self, name).items() if k not in drop}
            for name in COLLECTIONS.values()
            if drop & getattr(self, name).keys()
        }
        return replace(self, **changes)

    def all_ids(self) -> list[str]:
        """Every element id, in collection order (duplicates across kinds kept)."""
        return [i for name in COLLECTIONS.values() for i in getattr(self, name)]


def _lookup(mapping: Mapping[str, E], element_id: str, kind: str) -> E:
    try:
        return mapping[element_id]
    except KeyError:
        raise UnknownElementError(element_id, kind) from None
