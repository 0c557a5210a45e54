"""IfcSpace -> Space: plan outline from the space's body, names, use and declared capacity.

The footprint is the silhouette of the space's triangulated body seen from
above (its non-vertical triangles projected on XY and united), simplified, the
largest part kept with its holes. ``Name`` is a room number in most exporters and
``LongName`` the name a person reads, so ``number`` <- Name and ``name`` <-
LongName (or Name when there is no LongName).
"""

from __future__ import annotations

import logging
import re

import shapely

from importers import ifc_props
from importers.ifc_geometry import Body, silhouette
from importers.ifc_storeys import Storeys
from importers.report import ImportReport
from models import Space, SpaceUse
from models.tolerances import IFC_MIN_HOLE_AREA_M2, IFC_REPORTED_PART_AREA_M2, IFC_SIMPLIFY_M, MIN_SPACE_AREA

log = logging.getLogger(__name__)

#: Words in a space's names that say its use, English, French and German. A plain string matches
#: anywhere in a name (German compounds: "Technikraum"); ``\b`` marks a whole word. The earliest
#: match in the name wins ("Flur EG Treppe" is a corridor), so dwelling words map to OTHER to stop
#: "Wohnen/Essen" reading as a restaurant.
USE_KEYWORDS: tuple[tuple[str, SpaceUse], ...] = (
    (r"\bliving|wohnen|wohnzimmer|schlafzimmer|bedroom|chambre|séjour|\bsejour|\bkind", SpaceUse.OTHER),
    (r"hallway|corridor|couloir|\bflur|korridor|\bgang\b|dégagement|circulation|diele|\bpassage", SpaceUse.CORRIDOR),
    (r"stair|treppe|escalier|\bcage\b", SpaceUse.STAIR_HALL),
    (r"\bwc\b|toilet|restroom|washroom|lavatory|bathroom|\bbath\b|\bbad\b|sanitaire|dusche|shower", SpaceUse.TOILETS),
    (r"meeting|conference|besprechung|konferenz|seminar|réunion|reunion|classroom|\bclasse\b", SpaceUse.MEETING),
    (r"office|büro|buero|bureau|sekr|secrétariat|secretariat", SpaceUse.OFFICE),
    (
        r"technik|technical|technique|\bplant\b|mechanical|electrical|server|heizung|chaufferie|\bhwr\b|utility",
        SpaceUse.TECHNICAL,
    ),
    (
        r"storage|\bstore\b|lager|abstell|réserve|stockage|closet|dachboden|attic|\bkeller|cellar|garage",
        SpaceUse.STORAGE,
    ),
    (r"kitchen|küche|kueche|kochen|cuisine", SpaceUse.KITCHEN),
    (r"foyer", SpaceUse.FOYER),
    (r"lobby|entrance|eingang|entrée|\baccueil|reception|empfang", SpaceUse.LOBBY),
    (r"dressing|umkleide|garderobe|\bgard\b|vestiaire|\bloge", SpaceUse.DRESSING_ROOM),
    (r"backstage|coulisse|hinterbühne", SpaceUse.BACKSTAGE),
    (r"\bstage\b|bühne|buehne|\bscène|\bscene\b", SpaceUse.STAGE),
    (r"auditorium|\bsaal|\baula\b|\bhall\b|salle|arena", SpaceUse.HALL),
    (r"seating|tribune|tribüne|gradin|grandstand", SpaceUse.SEATING),
    (r"standing|\bfosse\b|\bpit\b", SpaceUse.STANDING),
    (r"\bbar\b|café|\bcafe|buvette", SpaceUse.BAR),
    (r"restaurant|canteen|kantine|cafeteria|mensa|dining|\bessen", SpaceUse.RESTAURANT),
    (r"ticket|billetterie|\bkasse|box office", SpaceUse.TICKETING),
    (r"concourse|promenoir", SpaceUse.CONCOURSE),
    (r"security|sécurité|securite|sicherheit|\bguard", SpaceUse.SECURITY),
    (r"first aid|infirm|sanitätsraum|erste hilfe", SpaceUse.FIRST_AID),
    (r"outdoor|terrace|terrasse|balcon|balkon|courtyard|\bcour\b|\bhof\b", SpaceUse.OUTDOOR),
)
_USE_RES = tuple((re.compile(pattern, re.IGNORECASE), use) for pattern, use in USE_KEYWORDS)


def guess_use(*texts: str | None) -> SpaceUse:
    """The use named by the earliest keyword in the first text that names one, else OTHER.

    >>> guess_use("Flur EG Treppe"), guess_use("WC Damen"), guess_use("Wohnen/Essen/Kochen")
    (<SpaceUse.CORRIDOR: 'corridor'>, <SpaceUse.TOILETS: 'toilets'>, <SpaceUse.OTHER: 'other'>)
    >>> guess_use(None, "Besprechungsraum I")
    <SpaceUse.MEETING: 'meeting'>
    """
    for text in texts:
        if not text:
            continue
        hits = [(m.start(), i, use) for i, (rx, use) in enumerate(_USE_RES) if (m := rx.search(text))]
        if hits:
            return min(hits)[2]
    return SpaceUse.OTHER


def footprint(body: Body) -> tuple[shapely.Polygon | None, float]:
    """The space's plan outline and the area of the parts left out (square metres)."""
    shape = silhouette(body.triangles())
    if shape.is_empty:
        return None, 0.0
    shape = shape.simplify(IFC_SIMPLIFY_M, preserve_topology=True)
    parts = [g for g in getattr(shape, "geoms", [shape]) if isinstance(g, shapely.Polygon) and not g.is_empty]
    if not parts:
        return None, 0.0
    parts.sort(key=lambda g: g.area, reverse=True)
    best = parts[0]
    holes = [ring for ring in best.interiors if shapely.Polygon(ring).area >= IFC_MIN_HOLE_AREA_M2]
    best = shapely.Polygon(best.exterior, holes)
    return best, float(sum(p.area for p in parts[1:]))


def read_spaces(model, bodies: dict[int, Body], storeys: Storeys, report: ImportReport, util_element) -> list[Space]:
    """A Space for each IfcSpace that has a body; the others are dropped with the reason."""
    spaces = []
    for entity in model.by_type("IfcSpace"):
        label = _label(entity)
        body = bodies.get(entity.id())
        if body is None:
            report.drop(label, "the space has no 3D body to take its outline from")
            continue
        polygon, left_out = footprint(body)
        if polygon is None or polygon.area < MIN_SPACE_AREA:
            report.drop(label, "its body has no area seen from above")
            continue
        if left_out > IFC_REPORTED_PART_AREA_M2:
            report.warnings.append(f"{label}: its outline has several parts; {left_out:.1f} m² outside the largest")
        level_id = storeys.level_of(entity.id()) or storeys.level_at(float(body.lo[2]))
        psets = ifc_props.named(util_element, entity, ["Pset_SpaceOccupancyRequirements"])
        space_type = getattr(entity, "PredefinedType", None)
        interior = getattr(entity, "InteriorOrExteriorSpace", None)
        use = guess_use(entity.LongName, entity.Name, entity.ObjectType)
        if use == SpaceUse.OTHER and "EXTERNAL" in {space_type, interior}:
            use = SpaceUse.OUTDOOR
        capacity = ifc_props.as_count(
            ifc_props.first(
                psets,
                [
                    ("Pset_SpaceOccupancyRequirements", "OccupancyNumberPeak"),
                    ("Pset_SpaceOccupancyRequirements", "OccupancyNumber"),
                ],
            )
        )
        spaces.append(
            Space(
                entity.GlobalId,
                level_id,
                tuple(polygon.exterior.coords),
                name=entity.LongName or entity.Name or "",
                use=use,
                number=entity.Name or "",
                holes=tuple(tuple(h.coords) for h in polygon.interiors),
                capacity=capacity,
                source_ref=entity.GlobalId,
            )
        )
    report.read["spaces"] = len(spaces)
    return spaces


def _label(entity) -> str:
    name = entity.LongName or entity.Name
    return f"{entity.is_a()} {entity.GlobalId}" + (f" ({name})" if name else "")
