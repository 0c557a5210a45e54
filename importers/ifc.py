"""Reader of IFC building models (IFC2X3, IFC4, IFC4X3; ``.ifc`` or ``.ifczip``) through ifcopenshell.

One call turns the architect's model into a venue that routing and evacuation
can use: storeys -> levels, IfcSpace -> spaces (or spaces derived from the walls
when the model has none), doors -> openings, stairs, ramps and lifts ->
connectors, and every building element -> context meshes for the 3D view, all
from a single pass of ifcopenshell's geometry iterator. The report says what
was read, derived, dropped and skipped. ifcopenshell is imported only when a
file is read.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

from importers._optional import require
from importers.errors import ImportFailedError
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportReport, ImportResult
from models import Job, Progress, Provenance, Venue, run_sync
from models.topology import SpaceIndex

log = logging.getLogger(__name__)

#: IFC classes turned into venue elements; anything else with a body is context geometry only.
READ_CLASSES = frozenset(
    {
        "IfcSpace",
        "IfcDoor",
        "IfcStair",
        "IfcStairFlight",
        "IfcRamp",
        "IfcRampFlight",
        "IfcTransportElement",
    }
)


def iter_read_ifc(path: Path | str, *, options: ImportOptions = DEFAULT_OPTIONS) -> Job[ImportResult]:
    """Read an IFC model as a job: yields :class:`~models.Progress`, returns an :class:`ImportResult`.

    Parameters
    ----------
    path : an ``.ifc`` (STEP text) or ``.ifczip`` file.
    options : ``unit_scale`` overrides the file's length unit (metres per unit);
        ``context=False`` skips the context meshes (and the elements only they need).

    Raises
    ------
    ImportFailedError
        The file is unreadable (see :func:`importers.ifc_source.open_ifc`).
    MissingDependencyError
        ifcopenshell is not installed.
    """
    from importers import ifc_source

    path = Path(path)
    ifcopenshell = require("ifcopenshell", extra="ifc")
    yield Progress(0.0, f"opening {path.name}")
    source = ifc_source.open_ifc(ifcopenshell, path, options)
    try:
        return (yield from _iter_build(path, source, options))
    except (RuntimeError, ifcopenshell.Error) as e:  # ifcopenshell's errors on a damaged model
        log.debug("%s: processing failed", path, exc_info=True)
        raise ImportFailedError(path, f"the model is damaged and could not be processed ({e})") from None


def _iter_build(path: Path, source, options: ImportOptions) -> Job[ImportResult]:
    from importers import (
        ifc_connectors,
        ifc_derive,
        ifc_doors,
        ifc_geometry,
        ifc_passages,
        ifc_spaces,
        ifc_storeys,
    )

    geom = require("ifcopenshell.geom", extra="ifc")
    util_element = require("ifcopenshell.util.element", extra="ifc")
    util_placement = require("ifcopenshell.util.placement", extra="ifc")
    util_unit = require("ifcopenshell.util.unit", extra="ifc")
    model = source.model
    file_scale = float(util_unit.calculate_unit_scale(model))
    scale = options.unit_scale if options.unit_scale is not None else file_scale
    report = ImportReport(path, "ifc", unit_scale=scale)
    report.warnings.extend(source.notes)
    yield Progress(0.05, f"{source.schema}: reading storeys")

    storeys = ifc_storeys.read_storeys(model, scale, report, util_placement)
    bodies = yield from ifc_geometry.iter_bodies(geom, model, context=options.context, span=(0.05, 0.85))
    if scale != file_scale:  # the iterator gives metres by the file's unit: apply the user's instead
        ifc_geometry.rescale(bodies, scale / file_scale)
        report.warnings.append(f"the file's unit ({file_scale:g} m) was overridden: {scale:g} m per unit")
    yield Progress(0.86, "spaces")

    spaces = ifc_spaces.read_spaces(model, bodies, storeys, report, util_element)
    barriers = ifc_derive.Barriers(bodies, storeys)
    derived = not model.by_type("IfcSpace")
    open_sides = []
    if derived:
        spaces, open_sides = ifc_derive.derive_spaces(bodies, storeys, report, barriers)
    index = SpaceIndex(spaces)
    yield Progress(0.9, "doors and stairs")
    openings = ifc_doors.read_doors(
        model, bodies, storeys, spaces, index, report, util_element, scale=scale, derived_spaces=derived
    )
    passages = ifc_passages.derive_passages(spaces, openings, barriers)
    if passages:
        report.derived.append(f"{len(passages)} open passages between spaces that touch with no wall between")
    openings += passages + open_sides
    connectors = ifc_connectors.read_connectors(model, bodies, storeys, index, report, util_element, scale=scale)

    context = []
    if options.context:
        level_of = {step_id: storeys.level_of(step_id) for step_id in bodies}
        names = {level.id: level.name for level in storeys.levels}
        context = ifc_geometry.context_meshes(bodies.values(), level_of, names)
        report.read["context meshes"] = len(context)
    _count_skipped(model, bodies, report)
    yield Progress(0.98, "building the venue")

    venue = Venue(
        name=_venue_name(model, path),
        levels=storeys.levels,
        spaces=spaces,
        openings=openings,
        connectors=connectors,
        context=context,
        address=_address(model),
        north_angle=_north_angle(model),
        source=Provenance(str(path), "ifc", source.sha256, scale),
    )
    log.info("%s: %s", path.name, "; ".join(report.lines()[1:]))
    yield Progress(1.0, "done")
    return ImportResult(venue, report)


def read_ifc(path: Path | str, *, options: ImportOptions = DEFAULT_OPTIONS, on_progress=None) -> ImportResult:
    """Read an IFC model on the calling thread (see :func:`iter_read_ifc`)."""
    return run_sync(iter_read_ifc(path, options=options), on_progress)


def _count_skipped(model, bodies, report: ImportReport) -> None:
    """Products with no body and no venue meaning are counted by class (not the spatial structure)."""
    skipped: Counter = Counter()
    for product in model.by_type("IfcProduct"):
        cls = product.is_a()
        if product.id() in bodies or cls in READ_CLASSES or product.is_a("IfcSpatialStructureElement"):
            continue
        if product.is_a("IfcOpeningElement") or product.is_a("IfcAnnotation") or product.is_a("IfcGrid"):
            continue  # holes, drawings and grids: nothing to show or walk
        skipped[cls] += 1
    report.skipped.update(skipped)


def _venue_name(model, path: Path) -> str:
    for cls in ("IfcBuilding", "IfcProject"):
        for entity in model.by_type(cls):
            name = entity.LongName or entity.Name
            if name and name.strip() and name.strip().lower() not in {"default", "unnamed", "project number"}:
                return name.strip()
    return path.stem


#: Address text that exporters write as a placeholder.
_PLACEHOLDERS = {"enter address here", "address", "n/a", "unknown", "default"}


def _address(model) -> str:
    """The building's postal address, else the site's, as one line ("" when none is given)."""
    owners = [(b, "BuildingAddress") for b in model.by_type("IfcBuilding")]
    owners += [(s, "SiteAddress") for s in model.by_type("IfcSite")]
    for owner, attribute in owners:
        address = getattr(owner, attribute, None)
        if address is None or not address.is_a("IfcPostalAddress"):
            continue
        town = " ".join(p.strip() for p in (address.PostalCode, address.Town) if p and p.strip())
        parts = [*(address.AddressLines or ()), town, address.Country or ""]
        text = ", ".join(p.strip() for p in parts if p and p.strip() and p.strip().lower() not in _PLACEHOLDERS)
        if text:
            return text
    return ""


def _north_angle(model) -> float:
    """Degrees counter-clockwise from the plan's +Y to true north (0 when the model does not say)."""
    import math

    for context in model.by_type("IfcGeometricRepresentationContext", include_subtypes=False):
        north = getattr(context, "TrueNorth", None)
        if north is not None and north.DirectionRatios and len(north.DirectionRatios) >= 2:
            x, y = north.DirectionRatios[:2]
            if x or y:
                return round(math.degrees(math.atan2(-x, y)), 6)
    return 0.0


READERS = {".ifc": iter_read_ifc, ".ifczip": iter_read_ifc}
