"""Reader of DXF floor plans (ezdxf): room outlines or wall lines become spaces, door symbols openings.

The steps, each reported:

1. read the file (a damaged file is recovered with ``ezdxf.recover`` and the
   report says so);
2. collect the model space by layer role (:mod:`importers.dxf_layers`);
3. convert to metres from ``$INSUNITS``, checked against the drawing's size
   (:mod:`importers.dxf_units`), unless ``ImportOptions.unit_scale`` is set;
4. find the door symbols (:mod:`importers.dxf_doors`) and keep the sheets that
   are plans (:mod:`importers.dxf_sheets`);
5. spaces from the room outlines, or, when a level has none, from the free
   areas its wall lines enclose (:mod:`importers.dxf_rooms`, :mod:`importers.walls`);
6. openings where the doors are, joined to the spaces on each side;
7. walls and glazing extruded to the storey height for the 3D view.

Options read from ``ImportOptions.extra`` (all optional): ``storey_height``
(metres, 3.0), ``dxf_levels`` (``"file"``: one level, or ``"layer-prefix"``:
one level per layer prefix such as ``L1-`` or ``R+1``), ``dxf_gap`` (door gaps
closed when deriving rooms from walls, metres, 1.2), ``min_space_area`` (m², 1.0),
``dxf_all_sheets`` (keep drawings that hold no door nor room outline, False).
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import shapely

from importers._optional import require
from importers.dxf_doors import DoorSymbol, find_doors, openings
from importers.dxf_entities import Drawing, collect
from importers.dxf_layers import SOLID_ROLES, LayerMap, level_prefix
from importers.dxf_rooms import name_for, outlines, reading_order
from importers.dxf_sheets import Sheets, find_sheets
from importers.dxf_units import choose_scale
from importers.errors import ImportFailedError
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportReport, ImportResult
from importers.source import check_readable, file_sha256
from importers.walls import as_lines, enclosed_areas, extrude_segments, polygon_rings
from models import ContextMesh, Job, Level, Progress, Provenance, Space, Venue
from models.tolerances import (
    DXF_DOOR_SWEEP_DEG,
    DXF_MIN_HOLE_AREA_M2,
    DXF_SIMPLIFY_M,
    WALLS_DOOR_GAP_M,
    WALLS_MIN_ROOM_AREA_M2,
)
from models.topology import SpaceIndex

log = logging.getLogger(__name__)

#: Storey height when the file gives none: walls are extruded this high, metres.
DEFAULT_STOREY_HEIGHT = 3.0
_UNUSED_WHY = {
    "stairs": "stairs between levels are not derived from a DXF plan (add them in the application)",
    "labels": "only TEXT and MTEXT name rooms",
}


def iter_read_dxf(path: Path, *, options: ImportOptions = DEFAULT_OPTIONS) -> Job[ImportResult]:
    """Read a DXF floor plan into a venue, as a job yielding progress.

    Raises
    ------
    ImportFailedError
        The file is not a readable DXF, holds nothing, or has neither room
        outlines nor wall lines on the layers the mapping knows.
    MissingDependencyError
        ezdxf is not installed.
    """
    path = Path(path)
    check_readable(path, options)
    ezdxf = require("ezdxf", extra="dxf")
    report = ImportReport(path, "DXF")
    yield Progress(0.02, f"reading {path.name}")
    doc = _open(ezdxf, path, report)
    extra = dict(options.extra)
    try:
        layers = LayerMap(dict(options.layers))
    except ValueError as exc:
        raise ImportFailedError(path, str(exc), element="layer mapping") from None
    by_prefix = _levels_mode(path, extra)
    msp = doc.modelspace()
    if len(msp) == 0:
        raise ImportFailedError(
            path, "the drawing is empty: there is no entity in its model space (paper space layouts are not read)"
        )
    drawing = yield from collect(msp, layers, by_prefix=by_prefix, extent_hint=_size_hint(doc, msp))
    _scale(path, doc, drawing, options, report)
    _require_plan(path, drawing)
    yield Progress(0.55, "finding doors")
    doors, rejected = find_doors(drawing)
    for reason, n in rejected.items():
        report.drop("door layer", f"{n} x {reason}: not a door")
    height = float(extra.get("storey_height", DEFAULT_STOREY_HEIGHT))
    levels = _levels(drawing, by_prefix, height, report)
    spaces: list[Space] = []
    kept_doors: list[DoorSymbol] = []
    context: list[ContextMesh] = []
    for i, (key, level) in enumerate(levels.items()):
        yield Progress(0.6 + 0.3 * i / len(levels), f"spaces of {level.name}")
        sheets = _sheets(drawing, key, doors, extra, report)
        level_doors = [d for d in doors if d.level == key and sheets.holds(np.array([d.a, d.b]))]
        kept_doors += level_doors
        spaces += _spaces(drawing, key, level, sheets, level_doors, extra, report)
        if options.context:
            context += _context(drawing, key, level, sheets)
    yield Progress(0.92, "placing doors")
    made, dropped = openings(kept_doors, SpaceIndex(spaces), {k: lv.id for k, lv in levels.items()})
    report.dropped.extend(dropped)
    if kept_doors:
        doubles = sum(d.leaves == 2 for d in kept_doors)
        exits = sum(o.is_exit for o in made)
        report.derived.append(
            f"{len(made)} openings from {len(kept_doors)} door symbols ({doubles} double doors): "
            f"{exits} lead outside (one space only)"
        )
    report.skipped.update(drawing.skipped)
    for layer, n in sorted(drawing.unmapped.items()):
        report.drop(f"layer {layer}", f"{n} entities: no role for this layer name (set the layer mapping to use it)")
    for layer, n in sorted(drawing.ignored.items()):
        report.drop(f"layer {layer}", f"{n} entities ignored by the layer mapping")
    for layer, n in sorted(drawing.unused.items()):
        why = _UNUSED_WHY.get(drawing.roles.get(layer) or "", "not used")
        report.drop(f"layer {layer}", f"{n} entities not used: {why}")
    report.read.update(levels=len(levels), spaces=len(spaces), openings=len(made), **{"context meshes": len(context)})
    venue = Venue(
        name=path.stem,
        levels=list({lv.id: lv for lv in levels.values()}.values()),
        spaces=spaces,
        openings=made,
        context=context,
        source=Provenance(str(path), "DXF", file_sha256(path), report.unit_scale),
    )
    yield Progress(1.0, f"{len(spaces)} spaces, {len(made)} openings")
    return ImportResult(venue, report)


def read_dxf(path: Path | str, **kw) -> ImportResult:
    """Read a DXF floor plan on the calling thread (see :func:`iter_read_dxf`)."""
    from models import run_sync

    return run_sync(iter_read_dxf(Path(path), **kw))


# --- steps ----------------------------------------------------------------------------------------------------


def _open(ezdxf, path: Path, report: ImportReport):
    if path.stat().st_size == 0:
        raise ImportFailedError(path, "the file is empty")
    try:
        return ezdxf.readfile(path)
    except ezdxf.DXFStructureError as exc:
        first = str(exc)
    except OSError as exc:
        raise ImportFailedError(path, f"not a DXF file ({exc.__class__.__name__}: {_reason(exc)})") from None
    except (UnicodeError, ValueError) as exc:
        first = f"{exc.__class__.__name__}: {exc}"
    from ezdxf import recover

    try:
        doc, auditor = recover.readfile(path)
    except Exception as exc:  # recover raises DXFStructureError, OSError and more on junk
        raise ImportFailedError(
            path, f"not a readable DXF file: {first}; recovery failed too ({_reason(exc)})"
        ) from None
    if len(doc.modelspace()) == 0:
        raise ImportFailedError(path, f"the file is damaged ({first}) and holds no entity: is it truncated?")
    report.warnings.append(
        f"the file is damaged ({first}); ezdxf recovered it ({len(auditor.fixes)} fixes, "
        f"{len(auditor.errors)} unrecoverable errors): check the result"
    )
    return doc


def _reason(exc: Exception) -> str:
    return str(exc)[:200] or exc.__class__.__name__


def _levels_mode(path: Path, extra: dict) -> bool:
    mode = extra.get("dxf_levels", "file")
    if mode not in ("file", "layer-prefix"):
        raise ImportFailedError(path, f"dxf_levels must be 'file' or 'layer-prefix', not {mode!r}", element="options")
    return mode == "layer-prefix"


def _size_hint(doc, msp) -> float:
    """The drawing's size in file units from the header extents, else measured (sets the flattening tolerance)."""
    try:
        lo, hi = np.array(doc.header["$EXTMIN"])[:2], np.array(doc.header["$EXTMAX"])[:2]
        size = float((hi - lo).max())
        if np.isfinite(size) and 0 < size < 1e12:
            return size
    except (KeyError, ValueError, TypeError):
        pass
    from ezdxf import bbox

    box = bbox.extents(msp, fast=True)
    return float(max(box.size.x, box.size.y)) if box.has_data and max(box.size.x, box.size.y) > 0 else 1.0


def _scale(path: Path, doc, drawing: Drawing, options: ImportOptions, report: ImportReport) -> None:
    ext = drawing.extent(("walls", "windows", "columns", "doors", "rooms", "stairs")) or drawing.extent()
    size = float((ext[1] - ext[0]).max()) if ext is not None else None
    if options.unit_scale is not None and not (options.unit_scale > 0 and np.isfinite(options.unit_scale)):
        raise ImportFailedError(path, f"unit scale {options.unit_scale} is not a positive number", element="options")
    low, high = DXF_DOOR_SWEEP_DEG
    radii = [a.radius for a in drawing.all_arcs() if low <= a.sweep <= high]  # door swings
    door = float(np.median(radii)) if radii else None
    choice = choose_scale(doc.header.get("$INSUNITS"), size, door=door, override=options.unit_scale)
    drawing.scale(choice.scale)
    report.unit_scale = choice.scale
    if choice.warning:
        report.warnings.append(choice.warning)
    log.debug("%s: %s (%g m per unit)", path.name, choice.unit, choice.scale)


def _require_plan(path: Path, drawing: Drawing) -> None:
    roles = {s.role for s in drawing.shapes}
    if "rooms" in roles or roles & {"walls", "windows"}:
        return
    layers = sorted(drawing.roles)
    shown = ", ".join(f"{name} ({drawing.roles[name] or 'no role'})" for name in layers[:15])
    more = f" and {len(layers) - 15} more" if len(layers) > 15 else ""
    raise ImportFailedError(
        path,
        f"no room outline and no wall lines on layers {shown}{more}: set the layer mapping "
        "(layer name -> walls, doors, rooms, ...)",
    )


def _levels(drawing: Drawing, by_prefix: bool, height: float, report: ImportReport) -> dict[str, Level]:
    keys = drawing.levels() or [""]
    if not by_prefix or keys == [""]:
        if by_prefix:
            report.warnings.append("no layer has a level prefix (L0-, RDC, R+1, ...): one level for the file")
        return dict.fromkeys(keys, Level("L0", "Level 0", 0.0, height))
    levels: dict[str, Level] = {}
    storeys = {k: level_prefix(k).storey for k in keys if k}
    names: dict[int, str] = {}
    for key, storey in sorted(storeys.items(), key=lambda kv: kv[1]):
        names.setdefault(storey, key)
    for key in keys:
        storey = storeys.get(key, 0)
        levels[key] = Level(f"L{storey}", names.get(storey, "Level 0"), storey * height, height)
    if "" in keys:
        report.warnings.append(f"layers without a level prefix were put on level {levels[''].name}")
    report.derived.append(f"{len({lv.id for lv in levels.values()})} levels from layer prefixes, {height:g} m apart")
    return levels


def _sheets(drawing: Drawing, key: str, doors: list[DoorSymbol], extra: dict, report: ImportReport) -> Sheets:
    shapes = [s for s in drawing.all_shapes() if s.level == key]
    boxes = [np.array([s.points.min(axis=0), s.points.max(axis=0)]) for s in shapes]
    boxes += [b for b in drawing.bounds_other]
    if extra.get("dxf_all_sheets", False):
        return find_sheets(boxes, [])
    marks = [d.centre for d in doors if d.level == key]
    marks += [tuple(s.points[0]) for s in shapes if s.role == "rooms" and s.closed]
    sheets = find_sheets(boxes, marks)
    if sheets.left_out:
        where = "; ".join(f"x {b[0]:.0f}..{b[2]:.0f} m, y {b[1]:.0f}..{b[3]:.0f} m" for b in sheets.left_out)
        report.warnings.append(
            f"{len(sheets.left_out)} drawings beside the plan hold no door and no room outline "
            f"(elevations, sections?) and were left out: {where}; set dxf_all_sheets to keep them"
        )
    return sheets


def _spaces(drawing, key, level, sheets, doors, extra, report) -> list[Space]:
    min_area = float(extra.get("min_space_area", WALLS_MIN_ROOM_AREA_M2))
    mine = [s for s in drawing.shapes if s.level == key and sheets.holds(s.points)]
    labels = [lb for lb in drawing.labels if lb.level == key and sheets.holds(lb.position[None, :])]
    rooms = [s for s in mine if s.role == "rooms"]
    prefix = f"{level.id}-" if key else ""
    spaces = []
    if rooms:
        found, dropped, notes = outlines(rooms, min_area=min_area)
        report.dropped.extend(dropped)
        report.derived.extend(f"{level.name}: {n}" for n in notes)
        for outline in found:
            name, number = name_for(outline.polygon, labels)
            spaces.append(
                _space(f"{prefix}space-{outline.handle}", level, outline.polygon, name, number, outline.handle)
            )
        if found:
            report.derived.append(f"{level.name}: {len(found)} spaces from room outlines")
            return spaces
    gap = float(extra.get("dxf_gap", WALLS_DOOR_GAP_M))
    solid = [s for s in mine if s.role in SOLID_ROLES]
    solid_layers = sorted({name for name, role in drawing.roles.items() if role in SOLID_ROLES})
    result = enclosed_areas(
        as_lines(_polyline(s) for s in solid), closures=[d.closure() for d in doors], gap=gap, min_area=min_area
    )
    order = reading_order(result.rooms)
    for n, i in enumerate(order, start=1):
        poly = result.rooms[i]
        name, number = name_for(poly, labels)
        spaces.append(_space(f"{prefix}space-{n}", level, poly, name or f"Space {n}", number, None))
    report.derived.append(
        f"{level.name}: {len(spaces)} spaces derived from the wall lines of layers {', '.join(solid_layers)} "
        f"(door symbols and gaps up to {gap:g} m closed; areas under {min_area:g} m² and wall bodies left out)"
    )
    if result.dropped_area > min_area:
        report.warnings.append(
            f"{level.name}: {result.dropped_area:.1f} m² enclosed by walls was left out (narrower than {gap:g} m "
            "or smaller than the minimum area)"
        )
    if not spaces and solid:
        raise ImportFailedError(
            report.path,
            f"the wall lines of layers {', '.join(solid_layers)} enclose no area of {min_area:g} m² or more "
            f"(openings wider than {gap:g} m are left open): draw room outlines on a rooms layer, "
            "or set the layer mapping",
            element=level.name,
        )
    return spaces


def _polyline(shape) -> np.ndarray:
    return np.vstack([shape.points, shape.points[:1]]) if shape.closed else shape.points


def _space(ident, level, poly, name, number, handle) -> Space:
    poly = poly.simplify(DXF_SIMPLIFY_M, preserve_topology=True)
    holes = [h for h in poly.interiors if shapely.Polygon(h).area >= DXF_MIN_HOLE_AREA_M2]
    outer, rings = polygon_rings(shapely.Polygon(poly.exterior, holes))
    return Space(ident, level.id, outer, name=name, number=number, holes=tuple(rings), source_ref=handle or None)


def _context(drawing: Drawing, key: str, level: Level, sheets: Sheets) -> list[ContextMesh]:
    meshes = []
    for category, roles in (("walls", ("walls", "columns")), ("windows", ("windows",))):
        segs = []
        for s in drawing.shapes:
            if s.level == key and s.role in roles and sheets.holds(s.points):
                pts = _polyline(s)
                segs.append(np.stack([pts[:-1], pts[1:]], axis=1))
        if segs:
            vertices, faces = extrude_segments(np.concatenate(segs), level.elevation, level.height)
            meshes.append(
                ContextMesh(
                    f"{level.id}-{category}", vertices, faces, category, level.id, f"{category} of {level.name}"
                )
            )
    return meshes


READERS = {".dxf": iter_read_dxf}

__all__ = ["READERS", "iter_read_dxf", "read_dxf"]
