"""Open passages between spaces that touch with no wall between them.

Exporters split one open area into several IfcSpace (a kitchen open on the living room,
a stair hall open on a corridor) and write no door between them, sometimes an
IfcVirtualElement. Two spaces of one level whose outlines run within
:data:`~models.tolerances.IFC_PASSAGE_TOUCH_GAP_M` of each other along at least
:data:`~models.tolerances.IFC_MIN_PASSAGE_WIDTH_M`, with no wall, glazing or railing
across the shared edge and no door already joining them, get an opening of kind
``passage`` at the middle of that edge, as wide as the edge. The report counts them as
derived.
"""

from __future__ import annotations

import logging
from collections import defaultdict

import numpy as np
import shapely

from importers.ifc_derive import Barriers, fitting_width
from models import Opening, OpeningKind, Space
from models.tolerances import IFC_MIN_PASSAGE_WIDTH_M, IFC_PASSAGE_BLOCKED_SHARE, IFC_PASSAGE_TOUCH_GAP_M

log = logging.getLogger(__name__)


def derive_passages(spaces: list[Space], openings: list[Opening], barriers: Barriers) -> list[Opening]:
    """Passage openings between touching spaces (see the module docstring)."""
    linked = {tuple(sorted(o.spaces)) for o in openings if len(o.spaces) == 2}
    by_level: dict[str, list[Space]] = defaultdict(list)
    for space in spaces:
        by_level[space.level_id].append(space)
    found = []
    for level_id, members in by_level.items():
        polys = np.array([shapely.Polygon(s.footprint, s.holes) for s in members])
        tree = shapely.STRtree(polys)
        left, right = tree.query(polys, predicate="dwithin", distance=IFC_PASSAGE_TOUCH_GAP_M)
        for i, j in zip(left, right, strict=True):
            if i >= j:
                continue
            a, b = members[int(i)], members[int(j)]
            if (min(a.id, b.id), max(a.id, b.id)) in linked:
                continue
            edge = _shared_edge(polys[i], polys[j])
            if edge is None or edge.length < IFC_MIN_PASSAGE_WIDTH_M:
                continue
            if barriers.covered_share(level_id, edge, IFC_PASSAGE_TOUCH_GAP_M) > IFC_PASSAGE_BLOCKED_SHARE:
                continue
            middle = edge.interpolate(0.5, normalized=True)
            point = (middle.x, middle.y)
            width = min(edge.length, fitting_width(a, point), fitting_width(b, point))
            if width < IFC_MIN_PASSAGE_WIDTH_M:
                continue
            ids = tuple(sorted((a.id, b.id)))
            found.append(
                Opening(
                    f"passage:{ids[0]}:{ids[1]}",
                    level_id,
                    (middle.x, middle.y),
                    round(width, 3),
                    ids,
                    kind=OpeningKind.PASSAGE,
                    name=f"{a.label} / {b.label}",
                )
            )
    return found


def _shared_edge(a: shapely.Polygon, b: shapely.Polygon) -> shapely.LineString | None:
    """The longest piece of `a`'s outline that runs within IFC_PASSAGE_TOUCH_GAP_M of `b`."""
    shared = a.exterior.intersection(b.buffer(IFC_PASSAGE_TOUCH_GAP_M, join_style="mitre"))
    shared = shapely.line_merge(shapely.union_all([shared])) if not shared.is_empty else shared
    pieces = [g for g in getattr(shared, "geoms", [shared]) if isinstance(g, shapely.LineString) and not g.is_empty]
    return max(pieces, key=lambda g: g.length) if pieces else None
