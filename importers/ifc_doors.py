"""IfcDoor -> Opening: where the door is, how wide, which level, and the spaces on each side.

Position: the centre of the door's own bounding box, in plan. Width: the clear
width from the door's properties (``Pset_DoorCommon.ClearWidth``, else
``OverallWidth``), checked against the body; a property that disagrees with the
body by more than :data:`~models.tolerances.IFC_DOOR_WIDTH_MISMATCH` (a file whose unit is wrong) gives way
to the body's extent along the wall. Spaces: from IfcRelSpaceBoundary where the
file has them, completed or replaced from geometry (the spaces within reach of
the door on either side of its wall). A door with a space on one side only leads
outside.
"""

from __future__ import annotations

import logging
from collections import defaultdict

import numpy as np
import shapely

from importers import ifc_props
from importers.ifc_geometry import Body
from importers.ifc_storeys import Storeys
from importers.report import ImportReport
from models import Opening, OpeningKind, Space
from models.tolerances import IFC_DOOR_SIDE_PROBE_M, IFC_DOOR_WIDTH_MISMATCH, OPENING_REACH
from models.topology import SpaceIndex

log = logging.getLogger(__name__)

_WIDTH_CANDIDATES = [("Pset_DoorCommon", "ClearWidth")]


def space_boundaries(model) -> dict[int, list[str]]:
    """Door entity id -> GlobalIds of the spaces that IfcRelSpaceBoundary binds it to, in file order."""
    bound: dict[int, list[str]] = defaultdict(list)
    for rel in model.by_type("IfcRelSpaceBoundary"):
        element, space = rel.RelatedBuildingElement, rel.RelatingSpace
        if element is None or space is None or not element.is_a("IfcDoor") or not space.is_a("IfcSpace"):
            continue
        if space.GlobalId not in bound[element.id()]:
            bound[element.id()].append(space.GlobalId)
    return dict(bound)


def door_frame(body: Body) -> tuple[np.ndarray, np.ndarray, float]:
    """The door's centre in plan, the unit normal of its wall in plan, and its extent along the wall.

    IFC puts a door's width along its local X; exporters that write geometry in
    world coordinates with an identity placement are caught by taking the longer
    horizontal extent of the door's own box as the width.
    """
    extent = body.local_max - body.local_min
    centre = body.local_centre_world()[:2]
    along, across = (0, 1) if extent[0] >= extent[1] else (1, 0)
    normal = body.matrix[:2, across]
    length = float(np.hypot(*normal))
    normal = normal / length if length > 0 else np.array([0.0, 1.0])
    return centre, normal, float(extent[along])


def sides(index: SpaceIndex, level_id: str, centre: np.ndarray, normal: np.ndarray) -> list[tuple[float, Space]]:
    """The nearest space within reach on each side of the wall: ``[(distance, space)]``, at most two.

    A space is on the side its nearest point lies toward; a space the centre lies
    in is placed by which of two probes across the wall falls inside it.
    """
    near = index.spaces_near(level_id, centre, OPENING_REACH)
    best: dict[int, tuple[float, Space]] = {}
    point = shapely.Point(*centre)
    for distance, space in near:
        poly = shapely.Polygon(space.footprint, space.holes)
        if distance > 1e-9:
            nearest = np.array(shapely.shortest_line(point, poly).coords[1])
            side = 1 if float(np.dot(nearest - centre, normal)) >= 0 else -1
        else:
            ahead = poly.covers(shapely.Point(*(centre + normal * IFC_DOOR_SIDE_PROBE_M)))
            behind = poly.covers(shapely.Point(*(centre - normal * IFC_DOOR_SIDE_PROBE_M)))
            side = 1 if ahead and not behind else -1 if behind and not ahead else 0
        if side == 0:
            continue  # the door stands inside a space, not between two
        if side not in best or distance < best[side][0]:
            best[side] = (distance, space)
    return sorted(best.values(), key=lambda item: (item[0], item[1].id))


def read_doors(
    model,
    bodies: dict[int, Body],
    storeys: Storeys,
    spaces: list[Space],
    index: SpaceIndex,
    report: ImportReport,
    util_element,
    *,
    scale: float,
    derived_spaces: bool = False,
) -> list[Opening]:
    """An Opening for each IfcDoor with a body and at least one space beside it."""
    bound = {} if derived_spaces else space_boundaries(model)
    space_level = {s.id: s.level_id for s in spaces}
    openings = []
    completed = from_geometry = 0
    for door in model.by_type("IfcDoor"):
        label = f"IfcDoor {door.GlobalId}" + (f" ({door.Name})" if door.Name else "")
        body = bodies.get(door.id())
        if body is None:
            report.drop(label, "the door has no 3D body to place it")
            continue
        centre, normal, extent = door_frame(body)
        level_id = storeys.level_of(door.id()) or storeys.level_at(float(body.lo[2]))
        psets = ifc_props.named(util_element, door, ["Pset_DoorCommon"])
        width = _width(door, psets, extent, scale, label, report)
        near = sides(index, level_id, centre, normal)
        by_boundary = [g for g in bound.get(door.id(), []) if space_level.get(g) == level_id]
        external = ifc_props.as_bool(
            ifc_props.first(psets, [("Pset_DoorCommon", "IsExternal"), ("Pset_DoorCommon", "IsExterior")])
        )
        if len(by_boundary) >= 2:
            ranked = [s.id for _, s in near if s.id in by_boundary]
            joined = (ranked + [g for g in by_boundary if g not in ranked])[:2]
        elif len(by_boundary) == 1 and external:
            joined = by_boundary
        elif by_boundary:
            others = [s.id for _, s in near if s.id != by_boundary[0]]
            joined = by_boundary + others[:1]
            completed += len(joined) > 1
        else:
            joined = [s.id for _, s in near]
            from_geometry += bool(joined)
        joined = list(dict.fromkeys(joined))  # one space on both sides of a wall's end counts once
        if not joined:
            inside = index.space_at(level_id, centre)
            if inside is not None:
                report.drop(label, f"it stands inside space {inside.id!r} with no wall on either side")
            else:
                report.drop(label, f"no space within {OPENING_REACH} m of the door on level {level_id!r}")
            continue
        fire_exit = ifc_props.as_bool(ifc_props.first(psets, [("Pset_DoorCommon", "FireExit")]))
        if fire_exit:
            kind = OpeningKind.EMERGENCY_EXIT
        elif len(joined) == 1:
            kind = OpeningKind.EXIT
        else:
            kind = OpeningKind.DOOR
        if len(joined) == 1 and external is False:
            report.warnings.append(f"{label}: marked internal, but a space was found on one side only: an exit")
        openings.append(
            Opening(
                door.GlobalId,
                level_id,
                (float(centre[0]), float(centre[1])),
                width,
                tuple(sorted(joined)),
                kind=kind,
                name=door.Name or "",
                source_ref=door.GlobalId,
            )
        )
    report.read["openings"] = len(openings)
    report.read["exits"] = sum(o.is_exit for o in openings)
    if from_geometry:
        report.derived.append(f"{from_geometry} doors joined to spaces from geometry (no space boundary in the file)")
    if completed:
        report.derived.append(f"{completed} doors' second space found from geometry (one space boundary in the file)")
    return openings


def _width(door, psets, extent: float, scale: float, label: str, report: ImportReport) -> float:
    for value in (ifc_props.first(psets, _WIDTH_CANDIDATES), getattr(door, "OverallWidth", None)):
        width = ifc_props.as_length(value, scale)
        if width is None:
            continue
        if extent <= 0 or 1 / IFC_DOOR_WIDTH_MISMATCH <= width / extent <= IFC_DOOR_WIDTH_MISMATCH:
            return width
        report.warnings.append(
            f"{label}: its width property says {width:g} m but its body is {extent:.2f} m wide; "
            "the body's width was used"
        )
        break
    return extent
