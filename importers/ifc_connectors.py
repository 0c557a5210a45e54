"""IfcStair, IfcStairFlight, IfcRamp, IfcRampFlight, IfcTransportElement -> Connector.

A stair exported both as an IfcStair and as its flights (Revit) becomes one connector:
the stair with its flights' bodies; a flight with no stair is a connector of its own.
The walking surface of a stair is read from its body: the upward-facing horizontal
faces, grouped by height, are its treads and landings. The bottom landing stands in
front of the lowest tread on the level below, the top landing beyond the highest tread
on the level above; each is put in the space holding it, else the nearest space within
:data:`~models.tolerances.IFC_LANDING_SEARCH_M`, else the connector is dropped and the
report says why.
"""

from __future__ import annotations

import logging

import numpy as np
import shapely

from importers import ifc_props
from importers.ifc_geometry import Body
from importers.ifc_storeys import Storeys
from importers.report import ImportReport
from models import Connector, ConnectorKind, Landing
from models.tolerances import (
    IFC_LANDING_SEARCH_M,
    IFC_LANDING_STEP_OUT_M,
    IFC_MIN_RISER_M,
    IFC_MIN_TREAD_AREA_M2,
    IFC_STAIR_LEVEL_MATCH_M,
    IFC_TREAD_HEIGHT_BIN_M,
)
from models.topology import SpaceIndex

log = logging.getLogger(__name__)

_STAIR_PROPS = ("Pset_StairFlightCommon", "Pset_StairCommon", "Pset_RampFlightCommon", "Pset_RampCommon")
_LIFT_TYPES = {"ELEVATOR", "LIFTINGGEAR"}
_ESCALATOR_TYPES = {"ESCALATOR"}
_WALKWAY_TYPES = {"MOVINGWALKWAY"}


def treads(body_parts: list[Body]) -> list[tuple[float, np.ndarray, np.ndarray]]:
    """The walking surfaces of a stair, lowest first: ``[(z, centroid (2,), corner points (k, 2))]``."""
    tris = np.concatenate([b.triangles() for b in body_parts]) if body_parts else np.zeros((0, 3, 3))
    if not len(tris):
        return []
    normals = np.cross(tris[:, 1] - tris[:, 0], tris[:, 2] - tris[:, 0])
    length = np.linalg.norm(normals, axis=1)
    up = (length > 1e-12) & (normals[:, 2] > 0.98 * np.maximum(length, 1e-12))
    tris = tris[up]
    areas = 0.5 * length[up]
    if not len(tris):
        return []
    bins = np.round(tris[:, :, 2].mean(axis=1) / IFC_TREAD_HEIGHT_BIN_M).astype(np.int64)
    centres = tris[:, :, :2].mean(axis=1)
    found = []
    for key in np.unique(bins):
        mask = bins == key
        weight = areas[mask]
        if weight.sum() < IFC_MIN_TREAD_AREA_M2:
            continue
        centroid = (centres[mask] * weight[:, None]).sum(axis=0) / weight.sum()
        found.append((float(key * IFC_TREAD_HEIGHT_BIN_M), centroid, tris[mask][:, :, :2].reshape(-1, 2)))
    return found


def _direction(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d = b - a
    n = float(np.hypot(*d))
    return d / n if n > 1e-6 else np.zeros(2)


def _kind(entity) -> ConnectorKind:
    if entity.is_a("IfcRamp") or entity.is_a("IfcRampFlight"):
        return ConnectorKind.RAMP
    if entity.is_a("IfcTransportElement"):
        kind = str(getattr(entity, "PredefinedType", None) or getattr(entity, "OperationType", None) or "")
        if kind in _ESCALATOR_TYPES:
            return ConnectorKind.ESCALATOR
        if kind in _WALKWAY_TYPES:
            return ConnectorKind.RAMP
        return ConnectorKind.LIFT
    return ConnectorKind.STAIR


def _parts(entity, bodies: dict[int, Body], util_element) -> list[Body]:
    own = [bodies[entity.id()]] if entity.id() in bodies else []
    flights = [
        bodies[p.id()]
        for p in util_element.get_decomposition(entity)
        if p.id() in bodies and (p.is_a("IfcStairFlight") or p.is_a("IfcRampFlight") or p.is_a("IfcSlab"))
    ]
    return flights or own


class _Placer:
    """Puts landing points in spaces and says why one could not be placed."""

    def __init__(self, index: SpaceIndex):
        self.index = index

    def space_for(self, level_id: str, point: np.ndarray) -> str | None:
        space = self.index.space_at(level_id, point)
        if space is not None:
            return space.id
        near = self.index.spaces_near(level_id, point, IFC_LANDING_SEARCH_M)
        return near[0][1].id if near else None


def read_connectors(
    model,
    bodies: dict[int, Body],
    storeys: Storeys,
    index: SpaceIndex,
    report: ImportReport,
    util_element,
    *,
    scale: float,
) -> list[Connector]:
    """A Connector for each stair, ramp, lift or escalator that reaches a space on two levels."""
    placer = _Placer(index)
    connectors = []
    for cls in ("IfcStair", "IfcRamp", "IfcStairFlight", "IfcRampFlight", "IfcTransportElement"):
        for entity in model.by_type(cls, include_subtypes=False):
            if entity.is_a() in {"IfcStairFlight", "IfcRampFlight"}:
                parent = util_element.get_aggregate(entity)
                if parent is not None and (parent.is_a("IfcStair") or parent.is_a("IfcRamp")):
                    continue  # read with its stair
            label = f"{entity.is_a()} {entity.GlobalId}" + (f" ({entity.Name})" if entity.Name else "")
            parts = _parts(entity, bodies, util_element)
            if not parts:
                report.drop(label, "it has no 3D body to place it")
                continue
            kind = _kind(entity)
            surfaces = treads(parts) if kind != ConnectorKind.LIFT else []
            if kind == ConnectorKind.LIFT:
                ends = _lift_ends(parts, storeys)
            elif kind == ConnectorKind.STAIR and surfaces:
                ends = _stair_ends(surfaces, storeys)
            else:
                ends = _slope_ends(parts, storeys)
            landings, why = [], ""
            for level_id, point in ends:
                space_id = placer.space_for(level_id, point)
                if space_id is None:
                    why = f"no space within {IFC_LANDING_SEARCH_M:g} m of its landing on level {level_id!r}"
                    continue
                landings.append(Landing(level_id, (float(point[0]), float(point[1])), space_id))
            if len({landing.level_id for landing in landings}) < 2:
                why = why or "it does not reach two levels of the model"
                report.drop(label, f"{kind} with fewer than two landings: {why}")
                continue
            psets = util_element.get_psets(entity)
            riser, going = (
                _steps(entity, psets, surfaces, landings, storeys, scale) if kind == "stair" else (None, None)
            )
            connectors.append(
                Connector(
                    entity.GlobalId,
                    kind,
                    _width(psets, parts, surfaces, scale),
                    tuple(landings),
                    name=entity.Name or "",
                    riser=riser,
                    going=going,
                    source_ref=entity.GlobalId,
                )
            )
    report.read["connectors"] = len(connectors)
    return connectors


def _stair_ends(surfaces, storeys: Storeys) -> list[tuple[str, np.ndarray]]:
    # horizontal faces above the last tread (a handrail's level top rail) reach no floor: leave them out
    while len(surfaces) > 2 and _level_near(storeys, surfaces[-1][0], below_ok=False) is None:
        surfaces = surfaces[:-1]
    (z0, c0, _), (z1, c1, _) = surfaces[0], surfaces[-1]
    first_next = surfaces[1][1] if len(surfaces) > 1 else c1
    last_prev = surfaces[-2][1] if len(surfaces) > 1 else c0
    bottom = c0 - _direction(c0, first_next) * IFC_LANDING_STEP_OUT_M
    top = c1 + _direction(last_prev, c1) * IFC_LANDING_STEP_OUT_M
    return _ends_at(storeys, z0, bottom, z1, top)


def _slope_ends(parts: list[Body], storeys: Storeys) -> list[tuple[str, np.ndarray]]:
    """The low and high ends of a sloped walking surface (ramp, escalator): its upward-facing faces."""
    tris = np.concatenate([b.triangles() for b in parts])
    normals = np.cross(tris[:, 1] - tris[:, 0], tris[:, 2] - tris[:, 0])
    up = normals[:, 2] > 0.2 * np.linalg.norm(normals, axis=1)
    verts = tris[up].reshape(-1, 3) if up.any() else tris.reshape(-1, 3)
    z = verts[:, 2]
    z0, z1 = float(z.min()), float(z.max())
    band = max(0.05, 0.1 * (z1 - z0))
    low, high = verts[z <= z0 + band, :2], verts[z >= z1 - band, :2]
    bottom = 0.5 * (low.min(axis=0) + low.max(axis=0))
    top = 0.5 * (high.min(axis=0) + high.max(axis=0))
    return _ends_at(storeys, z0, bottom, z1, top)


def _ends_at(storeys: Storeys, z0: float, bottom: np.ndarray, z1: float, top: np.ndarray):
    low = _level_near(storeys, z0, below_ok=True)
    high = _level_near(storeys, z1, below_ok=False)
    ends = []
    if low is not None:
        ends.append((low, bottom))
    if high is not None and high != low:
        ends.append((high, top))
    return ends


def _level_near(storeys: Storeys, z: float, *, below_ok: bool) -> str | None:
    """The level whose floor is within :data:`~models.tolerances.IFC_STAIR_LEVEL_MATCH_M` of `z` (the nearest), or None.

    For the bottom of a stair the first tread sits one riser above the floor, so a
    floor up to IFC_STAIR_LEVEL_MATCH_M below `z` matches.
    """
    best = None
    for level in storeys.levels:
        gap = z - level.elevation
        ok = (
            -IFC_STAIR_LEVEL_MATCH_M <= gap <= IFC_STAIR_LEVEL_MATCH_M
            if not below_ok
            else -0.05 <= gap <= IFC_STAIR_LEVEL_MATCH_M
        )
        if ok and (best is None or abs(gap) < best[0]):
            best = (abs(gap), level.id)
    return best[1] if best else None


def _lift_ends(parts: list[Body], storeys: Storeys) -> list[tuple[str, np.ndarray]]:
    verts = np.concatenate([b.vertices for b in parts])
    lo, hi = verts.min(axis=0), verts.max(axis=0)
    centre = 0.5 * (lo[:2] + hi[:2])
    return [(lv.id, centre) for lv in storeys.levels if lo[2] - IFC_STAIR_LEVEL_MATCH_M <= lv.elevation <= hi[2] - 1.0]


def _width(psets, parts: list[Body], surfaces, scale: float) -> float:
    declared = ifc_props.as_length(
        ifc_props.first(psets, [*((p, "Width") for p in _STAIR_PROPS), (None, "Width"), (None, "ClearWidth")]),
        scale,
    )
    measured = None
    widths = [float(max(_sides(shapely.MultiPoint(points)))) for _, _, points in surfaces[1:-1]]
    if widths:
        measured = float(np.median(widths))
    if declared is not None and (measured is None or 0.5 <= declared / measured <= 2.0):
        return declared
    if measured is not None:
        return measured
    verts = np.concatenate([b.vertices for b in parts])
    return float(min(_sides(shapely.MultiPoint(verts[:, :2]))))


def _sides(shape: shapely.Geometry) -> tuple[float, float]:
    rect = shapely.minimum_rotated_rectangle(shape)
    xy = np.asarray(rect.exterior.coords) if isinstance(rect, shapely.Polygon) else np.zeros((3, 2))
    a, b = float(np.hypot(*(xy[1] - xy[0]))), float(np.hypot(*(xy[2] - xy[1])))
    return a, b


def _steps(entity, psets, surfaces, landings, storeys: Storeys, scale: float) -> tuple[float | None, float | None]:
    """Riser and going, metres: from the properties, else the number of risers and the rise, else the treads."""
    riser = ifc_props.as_length(ifc_props.first(psets, [(p, "RiserHeight") for p in _STAIR_PROPS]), scale)
    going = ifc_props.as_length(ifc_props.first(psets, [(p, "TreadLength") for p in _STAIR_PROPS]), scale)
    going = going or ifc_props.as_length(getattr(entity, "TreadLength", None), scale)
    steps = _steps_measured(surfaces) if riser is None or going is None else (None, None)
    if riser is None:
        count = ifc_props.as_count(
            ifc_props.first(psets, [(p, n) for p in _STAIR_PROPS for n in ("NumberOfRiser", "NumberOfRisers")])
            or getattr(entity, "NumberOfRiser", None)
            or getattr(entity, "NumberOfRisers", None)
        )
        elevations = sorted(storeys.level(landing.level_id).elevation for landing in landings)
        rise = elevations[-1] - elevations[0]
        if not count and steps[0]:
            count = max(1, round(rise / steps[0]))  # a flight's risers are equal and climb the whole storey
        riser = rise / count if count and rise > 0 else steps[0]
    if going is None:
        going = steps[1]
    return riser, going


def _steps_measured(surfaces) -> tuple[float | None, float | None]:
    """Median riser and going of the treads, keeping one surface per step.

    Exporters often give a tread two horizontal faces a few centimetres apart (the
    tread and the structure under its nosing): a surface less than
    :data:`~models.tolerances.IFC_MIN_RISER_M` above the last one kept belongs to the same step.
    """
    kept, base = [], -np.inf
    for z, centre, _ in surfaces:
        if z - base >= IFC_MIN_RISER_M:
            kept.append((z, centre))
            base = z
        else:
            kept[-1] = (z, centre)  # the higher face of a step is the one walked on
    if len(kept) < 3:
        return None, None
    z = np.array([k[0] for k in kept])
    xy = np.array([k[1] for k in kept])
    riser = float(np.median(np.diff(z)))
    going = float(np.median(np.hypot(*np.diff(xy, axis=0).T)))
    return riser, (going if going > 0.05 else None)
