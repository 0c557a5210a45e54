"""IfcBuildingStorey -> Level, and the level each IFC element stands on.

Elevations come from the storey's placement (the frame the geometry is in), in
metres whatever the file's length unit; a storey without placement falls back on
its ``Elevation`` attribute. A model without any storey gets one synthetic level
at z = 0, and the report says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from importers.report import ImportReport
from models import Level
from models.tolerances import IFC_SAME_ELEVATION_M

log = logging.getLogger(__name__)

#: Height given to the top storey when nothing says better (metres).
DEFAULT_STOREY_HEIGHT = 3.0
#: Id of the level made up for a model with no storey.
SYNTHETIC_LEVEL_ID = "level-0"


@dataclass(slots=True)
class Storeys:
    """The venue's levels and the map from IFC elements to them.

    levels : sorted by elevation.
    by_step_id : storey entity id -> level id.
    parent : entity id -> the entity id it is contained in, part of, nested in,
        fills or voids (:func:`spatial_parents`).
    synthetic : True when the model had no storey and one level was made up.
    """

    levels: list[Level]
    by_step_id: dict[int, str] = field(default_factory=dict)
    parent: dict[int, int] = field(default_factory=dict)
    synthetic: bool = False
    _cache: dict[int, str | None] = field(default_factory=dict)

    def level_of(self, step_id: int) -> str | None:
        """The level of an IFC element (by entity id) through its spatial relations, or None."""
        if self.synthetic:
            return SYNTHETIC_LEVEL_ID
        found = self._cache.get(step_id, ...)
        if found is not ...:
            return found
        seen = []
        current: int | None = step_id
        found = None
        while current is not None and len(seen) < _MAX_DEPTH:
            if current in self.by_step_id:
                found = self.by_step_id[current]
                break
            if current in self._cache:
                found = self._cache[current]
                break
            seen.append(current)
            current = self.parent.get(current)
        for visited in seen:
            self._cache[visited] = found
        return found

    def level_at(self, z: float) -> str:
        """The level whose floor is the highest at or below `z` (metres), else the lowest level."""
        best = self.levels[0]
        for level in self.levels:
            if level.elevation <= z + IFC_SAME_ELEVATION_M:
                best = level
        return best.id

    def level(self, level_id: str) -> Level:
        return next(lv for lv in self.levels if lv.id == level_id)

    def above(self, level_id: str) -> Level | None:
        """The next level up, or None for the top one."""
        ids = [lv.id for lv in self.levels]
        i = ids.index(level_id)
        return self.levels[i + 1] if i + 1 < len(self.levels) else None


_MAX_DEPTH = 32  # spatial trees are a handful deep; this only stops a cyclic file


def spatial_parents(model) -> dict[int, int]:
    """Entity id -> id of its parent in the spatial tree, read from the relationships once.

    The order of precedence is that of ``ifcopenshell.util.element.get_parent``:
    containment, then aggregation, nesting, filling an opening, voiding an element.
    Reading the relationship entities is much faster than asking each element for
    its inverse attributes.
    """
    parent: dict[int, int] = {}
    links = (
        ("IfcRelContainedInSpatialStructure", "RelatedElements", "RelatingStructure"),
        ("IfcRelAggregates", "RelatedObjects", "RelatingObject"),
        ("IfcRelNests", "RelatedObjects", "RelatingObject"),
        ("IfcRelFillsElement", "RelatedBuildingElement", "RelatingOpeningElement"),
        ("IfcRelVoidsElement", "RelatedOpeningElement", "RelatingBuildingElement"),
    )
    for rel_class, children_name, parent_name in links:
        for rel in model.by_type(rel_class):
            up = getattr(rel, parent_name)
            if up is None:
                continue
            children = getattr(rel, children_name)
            for child in children if isinstance(children, tuple) else (children,):
                if child is not None:
                    parent.setdefault(child.id(), up.id())
    return parent


def read_storeys(model, scale: float, report: ImportReport, util_placement) -> Storeys:
    """Levels from the model's IfcBuildingStorey entities.

    Parameters
    ----------
    scale : metres per file length unit.
    util_placement : the ``ifcopenshell.util.placement`` module.
    """
    storeys = model.by_type("IfcBuildingStorey")
    if not storeys:
        report.warnings.append("the model has no storey (IfcBuildingStorey); one level was made up at z = 0")
        report.derived.append("1 level made up at z = 0 (the model has no storey)")
        level = Level(SYNTHETIC_LEVEL_ID, "Level 0", 0.0, DEFAULT_STOREY_HEIGHT)
        return Storeys([level], synthetic=True)
    rows = []
    for storey in storeys:
        rows.append((_elevation(storey, scale, util_placement), storey))
    rows.sort(key=lambda r: (r[0], r[1].GlobalId))
    elevations = np.array([r[0] for r in rows])
    levels = []
    for i, (z, storey) in enumerate(rows):
        higher = elevations[elevations > z + IFC_SAME_ELEVATION_M]
        height = float(higher.min() - z) if len(higher) else DEFAULT_STOREY_HEIGHT
        name = storey.Name or storey.LongName or f"Storey {i + 1}"
        levels.append(Level(storey.GlobalId, name, round(z, 6), round(height, 6), source_ref=storey.GlobalId))
    report.read["levels"] = len(levels)
    return Storeys(levels, {storey.id(): storey.GlobalId for _, storey in rows}, spatial_parents(model))


def _elevation(storey, scale: float, util_placement) -> float:
    if storey.ObjectPlacement is not None:
        try:
            matrix = util_placement.get_local_placement(storey.ObjectPlacement)
            return float(matrix[2, 3]) * scale
        except (AttributeError, TypeError, ValueError, IndexError) as e:
            log.debug("storey %s: placement unreadable (%s); using Elevation", storey.GlobalId, e)
    return float(storey.Elevation or 0.0) * scale
