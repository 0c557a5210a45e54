"""One pass of ``ifcopenshell.geom.iterator`` over a model: every product's triangulated body, in metres.

The configuration is the one that measured fastest with correct shapes on the
project's 2-core machines (docs/importers-ifc.md): the hybrid CGAL kernel, one
thread, local coordinates so that repeated (mapped) shapes are triangulated
once and placed here with their matrix, and no IfcOpeningElement (the holes are
already cut in the walls). Spaces, doors and stairs are read from the same pass.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

import numpy as np
import shapely

from models import ContextMesh, Job, Progress
from models.tolerances import IFC_UNION_GRID_M, IFC_VERTICAL_NZ

log = logging.getLogger(__name__)

GEOMETRY_LIBRARY = "hybrid-cgal-simple-opencascade"
#: Kernel for the products the first one leaves without triangles.
FALLBACK_LIBRARY = "opencascade"
#: Iterator settings (names as in ``ifcopenshell.geom.settings().setting_names()``, 0.8 and 0.9).
SETTINGS = {"use-world-coords": False, "weld-vertices": True}
EXCLUDE = ["IfcOpeningElement"]
#: Classes read when the context geometry is not wanted: what the venue itself needs.
NAVIGATION_CLASSES = (
    "IfcSpace",
    "IfcDoor",
    "IfcStair",
    "IfcStairFlight",
    "IfcRamp",
    "IfcRampFlight",
    "IfcTransportElement",
    "IfcWall",
    "IfcSlab",
    "IfcColumn",
    "IfcWindow",
    "IfcCurtainWall",
    "IfcPlate",
    "IfcRailing",
)


@dataclass(slots=True, eq=False)
class Body:
    """The triangulated body of one IFC product.

    vertices : (n, 3) float, metres, world frame.
    faces : (m, 3) int, indices into `vertices`.
    matrix : (4, 4) float, the product's local frame -> world (metres).
    local_min, local_max : (3,) float, bounds of the body in its own frame.
    """

    step_id: int
    guid: str
    ifc_class: str
    vertices: np.ndarray
    faces: np.ndarray
    matrix: np.ndarray
    local_min: np.ndarray
    local_max: np.ndarray

    @property
    def lo(self) -> np.ndarray:
        return self.vertices.min(axis=0)

    @property
    def hi(self) -> np.ndarray:
        return self.vertices.max(axis=0)

    def local_centre_world(self) -> np.ndarray:
        """The centre of the body's own bounding box, in the world frame: (3,) float."""
        c = 0.5 * (self.local_min + self.local_max)
        return self.matrix[:3, :3] @ c + self.matrix[:3, 3]

    def triangles(self) -> np.ndarray:
        """(m, 3, 3) float, metres."""
        return self.vertices[self.faces]


def iterator_settings(geom: ModuleType):
    settings = geom.settings()
    for name, value in SETTINGS.items():
        settings.set(name, value)
    return settings


def make_iterator(geom: ModuleType, model, *, context: bool = True, include: list | None = None, library: str = ""):
    """The configured iterator over `model`: all products, those the venue needs, or `include`."""
    settings = iterator_settings(geom)
    library = library or GEOMETRY_LIBRARY
    if include is None and context:
        return geom.iterator(settings, model, 1, exclude=EXCLUDE, geometry_library=library)
    if include is None:
        include = [e for cls in NAVIGATION_CLASSES for e in model.by_type(cls)]
    return geom.iterator(settings, model, 1, include=include, geometry_library=library)


def iter_bodies(
    geom: ModuleType, model, *, context: bool = True, span: tuple[float, float] = (0.0, 1.0), every: int = 25
) -> Job[dict[int, Body]]:
    """Triangulate every product of `model` once, yielding progress every `every` products.

    The few products the hybrid kernel returns without a single triangle (10 pieces
    of Revit furniture in the Duplex sample) are triangulated again, alone, with
    OpenCASCADE, so that no element goes missing from the 3D view.

    Returns
    -------
    dict
        step id -> :class:`Body`, in the order the iterator produced them.
    """
    if not context and not any(model.by_type(cls) for cls in NAVIGATION_CLASSES):
        return {}
    bodies: dict[int, Body] = {}
    empty: list[int] = []
    yield from _iterate(make_iterator(geom, model, context=context), bodies, empty, span, every)
    if empty and GEOMETRY_LIBRARY != FALLBACK_LIBRARY:
        retry = make_iterator(geom, model, include=[model.by_id(i) for i in empty], library=FALLBACK_LIBRARY)
        still: list[int] = []
        yield from _iterate(retry, bodies, still, (span[1], span[1]), every)
        log.info(
            "%d products had no triangles with %s; %d recovered with %s",
            len(empty),
            GEOMETRY_LIBRARY,
            len(empty) - len(still),
            FALLBACK_LIBRARY,
        )
    return bodies


def _iterate(iterator, bodies: dict[int, Body], empty: list[int], span: tuple[float, float], every: int) -> Job[None]:
    if not iterator.initialize():
        return
    shared: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
    start, stop = span
    n = 0
    while True:
        shape = iterator.get()
        body = _body(shape, shared)
        if body is not None:
            bodies[body.step_id] = body
        else:
            empty.append(shape.id)
        n += 1
        if n % every == 0:
            yield Progress(start + (stop - start) * iterator.progress() / 100.0, f"geometry: {n} elements")
        if not iterator.next():
            break


def _body(shape, shared: dict) -> Body | None:
    geometry = shape.geometry
    key = geometry.id
    cached = shared.get(key)
    if cached is None:
        verts = np.frombuffer(geometry.verts_buffer, dtype=np.float64).reshape(-1, 3)
        faces = np.frombuffer(geometry.faces_buffer, dtype=np.int32).reshape(-1, 3).astype(np.int64)
        lo = verts.min(axis=0) if len(verts) else np.zeros(3)
        hi = verts.max(axis=0) if len(verts) else np.zeros(3)
        cached = shared[key] = (verts, faces, lo, hi)
    verts, faces, lo, hi = cached
    if not len(faces):
        return None
    matrix = np.frombuffer(shape.transformation_buffer, dtype=np.float64).reshape(4, 4, order="F")
    world = verts @ matrix[:3, :3].T + matrix[:3, 3]
    return Body(shape.id, shape.guid, shape.type, world, faces, matrix, lo, hi)


def rescale(bodies: dict[int, Body], factor: float) -> None:
    """Multiply every length of the bodies by `factor` (a unit scale the user overrides), in place."""
    for body in bodies.values():
        body.vertices = body.vertices * factor
        body.local_min = body.local_min * factor
        body.local_max = body.local_max * factor
        matrix = body.matrix.copy()
        matrix[:3, 3] *= factor
        body.matrix = matrix


def context_meshes(
    bodies: Iterable[Body], level_of: dict[int, str | None], level_names: dict[str, str]
) -> list[ContextMesh]:
    """One mesh per level and IFC class, concatenating the triangles of its elements (spaces left out)."""
    groups: dict[tuple[str | None, str], list[Body]] = defaultdict(list)
    for body in bodies:
        if body.ifc_class != "IfcSpace":
            groups[(level_of.get(body.step_id), body.ifc_class)].append(body)
    meshes = []
    for (level_id, ifc_class), members in groups.items():
        offsets = np.cumsum([0] + [len(b.vertices) for b in members[:-1]])
        vertices = np.concatenate([b.vertices for b in members])
        faces = np.concatenate([b.faces + off for b, off in zip(members, offsets, strict=True)])
        where = level_names.get(level_id, "site") if level_id else "site"
        meshes.append(
            ContextMesh(
                f"context:{level_id or 'site'}:{ifc_class}",
                vertices,
                faces,
                category=ifc_class,
                level_id=level_id,
                name=f"{ifc_class[3:]} ({len(members)}) on {where}",
            )
        )
    return meshes


def plan_triangles(triangles: np.ndarray) -> np.ndarray:
    """The non-vertical triangles of a body projected on XY, as an array of shapely polygons.

    Parameters
    ----------
    triangles : (m, 3, 3) float, metres.
    """
    if not len(triangles):
        return np.array([], dtype=object)
    xy = triangles[:, :, :2]
    e1 = xy[:, 1] - xy[:, 0]
    e2 = xy[:, 2] - xy[:, 0]
    cross = e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]  # twice the projected area
    d1 = triangles[:, 1] - triangles[:, 0]
    d2 = triangles[:, 2] - triangles[:, 0]
    full = np.linalg.norm(np.cross(d1, d2), axis=1)
    keep = np.abs(cross) > np.maximum(IFC_VERTICAL_NZ * full, 1e-12)
    return shapely.polygons(xy[keep]) if keep.any() else np.array([], dtype=object)


def silhouette(triangles: np.ndarray) -> shapely.Geometry:
    """The plan outline of a triangulated body: the union of its non-vertical triangles projected on XY.

    Parameters
    ----------
    triangles : (m, 3, 3) float, metres.

    Returns
    -------
    shapely geometry, possibly empty or a MultiPolygon.
    """
    polys = plan_triangles(triangles)
    if not len(polys):
        return shapely.Polygon()
    return shapely.union_all(polys, grid_size=IFC_UNION_GRID_M)
