"""Spaces derived from walls and slabs, for models that have no IfcSpace.

For each level, the elements that stand across a plane
:data:`~models.tolerances.IFC_SECTION_HEIGHT_M` above its floor (walls, columns,
glazing, railings) are barriers; their plan outlines (the whole body seen from above, so
a door's lintel closes the door as the wall around it does) are cut out of the walkable
region: the outline of the floor slabs at that level, or, with no slab, the convex hull
of the barriers. Each free area left that a person fits in becomes a space named "Space
1", "Space 2", ... and the report says they were derived. Doors then join these spaces
by geometry.
"""

from __future__ import annotations

import logging

import numpy as np
import shapely

from importers.ifc_geometry import Body, plan_triangles, silhouette
from importers.ifc_storeys import Storeys
from importers.report import ImportReport
from models import Opening, OpeningKind, Space, SpaceUse, geometry
from models.tolerances import (
    IFC_DERIVED_MIN_AREA_M2,
    IFC_DERIVED_MIN_WIDTH_M,
    IFC_FLOOR_MATCH_M,
    IFC_JOINT_GAP_M,
    IFC_MIN_HOLE_AREA_M2,
    IFC_SECTION_HEIGHT_M,
    IFC_SIMPLIFY_M,
    IFC_UNION_GRID_M,
)

log = logging.getLogger(__name__)

#: Classes that stop a person when they cross the section plane.
BARRIER_CLASSES = frozenset(
    {
        "IfcWall",
        "IfcWallStandardCase",
        "IfcWallElementedCase",
        "IfcCurtainWall",
        "IfcColumn",
        "IfcColumnStandardCase",
        "IfcWindow",
        "IfcPlate",
        "IfcMember",
        "IfcRailing",
    }
)
FLOOR_CLASSES = frozenset({"IfcSlab", "IfcSlabStandardCase", "IfcSlabElementedCase", "IfcCovering"})


class Barriers:
    """Per level, the bodies that stand across its section plane, and their plan outlines on demand."""

    def __init__(self, bodies: dict[int, Body], storeys: Storeys):
        self._members: dict[str, list[Body]] = {}
        self._trees: dict[str, shapely.STRtree] = {}
        self._outlines: dict[int, shapely.Geometry] = {}
        for level in storeys.levels:
            top = storeys.above(level.id)
            ceiling = top.elevation if top is not None else level.elevation + level.height
            cut = level.elevation + IFC_SECTION_HEIGHT_M
            members = [
                b
                for b in bodies.values()
                if b.ifc_class in BARRIER_CLASSES and float(b.lo[2]) < min(cut, ceiling) and cut < float(b.hi[2])
            ]
            self._members[level.id] = members
            boxes = [shapely.box(*b.lo[:2], *b.hi[:2]) for b in members]
            self._trees[level.id] = shapely.STRtree(boxes)

    def count(self, level_id: str) -> int:
        return len(self._members.get(level_id, ()))

    def _outline(self, body: Body) -> shapely.Geometry:
        found = self._outlines.get(body.step_id)
        if found is None:
            found = self._outlines[body.step_id] = silhouette(body.triangles())
        return found

    def outline(self, level_id: str) -> shapely.Geometry:
        """The union of the plan outlines of the barriers that stand on a level."""
        members = self._members.get(level_id, [])
        if not members:
            return shapely.Polygon()
        return shapely.union_all([self._outline(b) for b in members], grid_size=IFC_UNION_GRID_M)

    def covered_share(self, level_id: str, edge: shapely.LineString, reach: float) -> float:
        """The share, 0..1, of points every 5 cm along `edge` that some barrier of the level covers in plan.

        Only the barriers' triangles within `reach` of the edge are looked at, so this
        stays cheap next to walls of thousands of triangles.
        """
        members = self._members.get(level_id, [])
        if not members or edge.is_empty:
            return 0.0
        near = edge.buffer(reach)
        members = [members[int(i)] for i in self._trees[level_id].query(near)]
        n = max(8, int(edge.length / 0.05) + 1)
        points = shapely.line_interpolate_point(edge, np.linspace(0.0, 1.0, n), normalized=True)
        xy = shapely.get_coordinates(points)
        lo, hi = xy.min(axis=0) - reach, xy.max(axis=0) + reach
        covered = np.zeros(n, dtype=bool)
        for body in members:
            tris = body.triangles()
            plan = tris[:, :, :2]
            close = (plan.max(axis=1) >= lo).all(axis=1) & (plan.min(axis=1) <= hi).all(axis=1)
            polys = plan_triangles(tris[close])
            if len(polys):
                covered |= shapely.intersects(polys[:, None], points[None, :]).any(axis=0)
        return float(covered.mean())


def derive_spaces(
    bodies: dict[int, Body], storeys: Storeys, report: ImportReport, barriers: Barriers
) -> tuple[list[Space], list[Opening]]:
    """Spaces made from the free areas between walls on each level, and their open sides to the outside.

    Returns
    -------
    spaces, exits : the derived spaces, and an opening of kind ``passage`` on the
        longest stretch of each space's outline that runs along the edge of the
        walkable region with no wall (a pavilion's open side, a terrace's edge).
    """
    spaces: list[Space] = []
    exits: list[Opening] = []
    for level in storeys.levels:
        if not barriers.count(level.id):
            continue
        # a closing (grow, then shrink back): hairline gaps between walls that meet are filled
        # and the free areas keep the walls' true faces, so doors fit their derived spaces
        walls = (
            barriers.outline(level.id)
            .buffer(IFC_JOINT_GAP_M, join_style="mitre")
            .buffer(-IFC_JOINT_GAP_M, join_style="mitre")
        )
        floors = [
            silhouette(b.triangles())
            for b in bodies.values()
            if b.ifc_class in FLOOR_CLASSES and abs(float(b.hi[2]) - level.elevation) <= IFC_FLOOR_MATCH_M
        ]
        if floors:
            region = shapely.union_all(floors, grid_size=IFC_UNION_GRID_M)
            source = "floor slabs"
        else:
            region = walls.convex_hull
            source = "the walls' convex hull (no floor slab)"
        free = region.difference(walls)
        areas = [p for p in getattr(free, "geoms", [free]) if isinstance(p, shapely.Polygon) and _usable(p)]
        areas.sort(key=lambda p: (-round(p.area, 3), round(p.centroid.x, 3), round(p.centroid.y, 3)))
        for poly in areas:
            poly = poly.simplify(IFC_SIMPLIFY_M, preserve_topology=True)
            n = len(spaces) + 1
            holes = tuple(tuple(r.coords) for r in poly.interiors if shapely.Polygon(r).area >= IFC_MIN_HOLE_AREA_M2)
            space = Space(
                f"derived-space-{n}",
                level.id,
                tuple(poly.exterior.coords),
                name=f"Space {n}",
                use=SpaceUse.OTHER,
                number=str(n),
                holes=holes,
            )
            spaces.append(space)
            exits += _open_sides(space, region, walls)
        report.derived.append(
            f"{len(areas)} spaces on level {level.name!r} derived from {barriers.count(level.id)} walls and other "
            f"barriers cut at {IFC_SECTION_HEIGHT_M:g} m, inside {source} (the model has no IfcSpace)"
        )
    report.read["spaces"] = len(spaces)
    if not spaces:
        report.warnings.append("the model has no IfcSpace and no spaces could be derived from its walls")
    if exits:
        report.derived.append(f"{len(exits)} open sides of derived spaces to the outside, taken as exits")
    return spaces, exits


def _open_sides(space: Space, region: shapely.Geometry, walls: shapely.Geometry) -> list[Opening]:
    """Exits on the stretches of the space's outline that run along the region's edge with no wall."""
    outline = shapely.LineString([*space.footprint, space.footprint[0]])
    edge = shapely.boundary(region).buffer(2 * IFC_JOINT_GAP_M)
    open_ = outline.intersection(edge).difference(walls.buffer(2 * IFC_JOINT_GAP_M))
    if not open_.is_empty:
        open_ = shapely.line_merge(shapely.union_all([open_]))
    pieces = [g for g in getattr(open_, "geoms", [open_]) if isinstance(g, shapely.LineString) and not g.is_empty]
    pieces.sort(key=lambda g: -g.length)
    exits = []
    for piece in pieces:
        middle = piece.interpolate(0.5, normalized=True)
        width = min(piece.length, fitting_width(space, (middle.x, middle.y)))
        if width < IFC_DERIVED_MIN_WIDTH_M:
            continue
        n = len(exits) + 1
        exits.append(
            Opening(
                f"{space.id}:open-side-{n}",
                space.level_id,
                (middle.x, middle.y),
                round(width, 3),
                (space.id,),
                kind=OpeningKind.PASSAGE,
                name=f"{space.name}: open side {n}",
            )
        )
    return exits


def fitting_width(space: Space, point: tuple[float, float]) -> float:
    """The widest opening centred at `point` that stays on the straight wall of `space` under it (metres)."""
    length, along = geometry.wall_under(space.footprint, point)
    return min(length, 2 * min(along, length - along))


def _usable(poly: shapely.Polygon) -> bool:
    """Whether a person fits in the free area: big enough, and wider than IFC_DERIVED_MIN_WIDTH_M somewhere."""
    return poly.area >= IFC_DERIVED_MIN_AREA_M2 and not poly.buffer(-IFC_DERIVED_MIN_WIDTH_M / 2).is_empty
