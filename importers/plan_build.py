"""Turn a schema-valid venue plan into a :class:`~models.Venue`: references, derived spaces, units.

Runs after :mod:`importers.plan_schema`, so every value has its documented type.
It checks what a schema cannot (ids used twice, a level or space that does not
exist, rect and polygon both or neither), derives the spaces of openings and
landings whose spaces are omitted, and scales lengths to metres. What is wrong with
the venue itself (overlaps, no exit route, a door wider than its wall) is left to
:func:`models.validate`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from importers.plan_issues import COLLECTIONS, Issue, did_you_mean, element_label, line_of, raise_issues, shown
from importers.plan_yaml import LineDict
from importers.report import ImportReport
from models import Connector, Landing, Level, Marker, Opening, Progress, Provenance, Space, Venue, geometry
from models.progress import Job
from models.tolerances import LANDING_REACH, OPENING_REACH
from models.topology import SpaceIndex, spaces_joined_at

log = logging.getLogger(__name__)

#: Floor-to-ceiling height of a level that does not give one, metres.
DEFAULT_LEVEL_HEIGHT = 3.0


def _items(document: LineDict, collection: str) -> list[tuple[int, dict]]:
    return list(enumerate(document.get(collection) or []))


def reference_issues(document: LineDict, scale: float = 1.0) -> list[Issue]:
    """Ids used twice, unknown levels and spaces, outlines given twice, not at all or with too few corners.

    `scale` (metres per file unit) sets when two corners are the same: within
    :data:`~models.tolerances.POINT_EPS` metres, as :func:`models.geometry.as_ring` decides.
    """
    issues = list(_duplicate_ids(document))
    levels = [item["id"] for _, item in _items(document, "levels")]
    spaces = [item["id"] for _, item in _items(document, "spaces")]
    for collection in ("spaces", "openings", "markers"):
        kind = COLLECTIONS[collection]
        for i, item in _items(document, collection):
            issues += _unknown(document, [collection, i, "level"], element_label(kind, item, i), "level", levels)
    for i, item in _items(document, "spaces"):
        issues += _outline_issues(document, i, item)
        issues += _ring_issues(document, i, item, scale)
    for i, item in _items(document, "openings"):
        label = element_label("opening", item, i)
        for space_id in item.get("spaces", []):
            issues += _unknown(document, ["openings", i, "spaces"], label, "space", spaces, value=space_id)
    for i, item in _items(document, "connectors"):
        for n, landing in enumerate(item["landings"]):
            label = f"{element_label('connector', item, i)}, landing {n + 1}"
            where = ["connectors", i, "landings", n]
            issues += _unknown(document, [*where, "level"], label, "level", levels)
            if "space" in landing:
                issues += _unknown(document, [*where, "space"], label, "space", spaces)
    return issues


def _duplicate_ids(document: LineDict) -> Iterator[Issue]:
    first: dict[str, tuple[str, int]] = {}
    for collection, kind in COLLECTIONS.items():
        for i, item in _items(document, collection):
            line = line_of(document, [collection, i, "id"])
            if item["id"] in first:
                other_kind, other_line = first[item["id"]]
                yield Issue(
                    line,
                    f"{kind} {item['id']!r}",
                    f"the id {item['id']!r} is already used by the {other_kind} on line {other_line}; "
                    "ids must be unique across the whole plan",
                )
            else:
                first[item["id"]] = (kind, line)


def _unknown(document, path, label, kind, known, *, value=None) -> list[Issue]:
    value = _get(document, path) if value is None else value
    if value in known:
        return []
    hint = did_you_mean(value, known) or (f"; the {kind}s are {', '.join(known)}" if 0 < len(known) <= 12 else "")
    return [Issue(line_of(document, path), label, f"{kind} {value!r} does not exist{hint}")]


def _outline_issues(document: LineDict, i: int, item: dict) -> list[Issue]:
    label = element_label("space", item, i)
    line = line_of(document, ["spaces", i])
    if "rect" in item and "polygon" in item:
        return [Issue(line_of(document, ["spaces", i, "polygon"]), label, "give either rect or polygon, not both")]
    if "rect" not in item and "polygon" not in item:
        return [Issue(line, label, "its outline is missing: give rect: [x0, y0, x1, y1] or polygon: [[x, y], ...]")]
    return []


def _ring_issues(document: LineDict, i: int, item: dict, scale: float) -> list[Issue]:
    """A polygon or hole with fewer than 3 distinct corners once a closing corner is dropped."""
    label = element_label("space", item, i)
    rings = [("polygon", ["polygon"], item["polygon"])] if "polygon" in item else []
    rings += [(f"hole {k + 1}", ["holes", k], ring) for k, ring in enumerate(item.get("holes", []))]
    issues = []
    for what, where, ring in rings:
        corners = geometry.as_ring((x * scale, y * scale) for x, y in ring)
        distinct = len(set(corners))
        if distinct >= 3:
            continue
        if len(corners) < len(ring):
            problem = f"{what} needs at least 3 distinct corners; the last corner repeats the first"
        else:
            problem = f"{what} needs at least 3 distinct corners, got {distinct}: {shown(ring)}"
        issues.append(Issue(line_of(document, ["spaces", i, *where]), label, problem))
    return issues


def _get(document: Any, path: list) -> Any:
    node = document
    for step in path:
        node = node[step]
    return node


@dataclass
class _Builder:
    """What building one plan needs: the document, its scale, the space index and what it found."""

    document: LineDict
    scale: float
    index: SpaceIndex
    report: ImportReport
    issues: list[Issue] = field(default_factory=list)

    def point(self, p: Sequence[float]) -> tuple[float, float]:
        return (p[0] * self.scale, p[1] * self.scale)

    def length(self, item: dict, key: str) -> float | None:
        return item[key] * self.scale if key in item else None

    def opening(self, i: int, item: dict) -> Opening:
        position = self.point(item["at"])
        spaces = tuple(item.get("spaces", ()))
        if not spaces:
            spaces = spaces_joined_at(self.index, item["level"], position)
            crowd = self.index.spaces_near(item["level"], position, OPENING_REACH)
            if len(crowd) > 2:
                self.report.warnings.append(
                    f"opening {item['id']!r}: {len(crowd)} spaces lie within {OPENING_REACH} m of it; "
                    f"it joins the nearest two ({', '.join(spaces)}): give its spaces to choose others"
                )
            if not spaces:
                self.issues.append(
                    Issue(
                        line_of(self.document, ["openings", i, "at"]),
                        element_label("opening", item, i),
                        f"it touches no space at {shown(item['at'])}: {self.nearest(item['level'], position)}; "
                        f"an opening must be within {OPENING_REACH:.2f} m of a space's outline "
                        "(move it or give its spaces)",
                    )
                )
        return Opening(
            item["id"],
            item["level"],
            position,
            item["width"] * self.scale,
            spaces,
            kind=item.get("kind", "door"),
            name=item.get("name", ""),
            locked=item.get("locked", False),
        )

    def landing(self, i: int, item: dict, n: int, landing: dict) -> Landing:
        position = self.point(landing["at"])
        space_id = landing.get("space")
        if space_id is None:
            space = self.index.space_at(landing["level"], position)
            if space is None:
                near = self.index.spaces_near(landing["level"], position, LANDING_REACH)
                space = near[0][1] if near else None
            if space is None:
                self.issues.append(
                    Issue(
                        line_of(self.document, ["connectors", i, "landings", n, "at"]),
                        f"{element_label('connector', item, i)}, landing {n + 1}",
                        f"its space cannot be derived: {shown(landing['at'])} is in no space of level "
                        f"{landing['level']!r}: {self.nearest(landing['level'], position)}; a landing must "
                        f"be inside a space or within {LANDING_REACH:.2f} m of one (move it or give its space)",
                    )
                )
            space_id = space.id if space is not None else ""
        return Landing(landing["level"], position, space_id)

    def connector(self, i: int, item: dict) -> Connector:
        return Connector(
            item["id"],
            item["kind"],
            item["width"] * self.scale,
            tuple(self.landing(i, item, n, landing) for n, landing in enumerate(item["landings"])),
            name=item.get("name", ""),
            riser=self.length(item, "riser"),
            going=self.length(item, "going"),
            direction=item.get("direction"),
            speed=item.get("speed"),  # m/s: never scaled
            capacity=item.get("capacity"),
        )

    def space(self, item: dict) -> Space:
        if "rect" in item:
            x0, y0, x1, y1 = (v * self.scale for v in item["rect"])
            footprint = geometry.rectangle(x0, y0, x1, y1)
        else:
            footprint = tuple(self.point(p) for p in item["polygon"])
        return Space(
            item["id"],
            item["level"],
            footprint,
            name=item.get("name", ""),
            use=item.get("use", "other"),
            number=item.get("number", ""),
            holes=tuple(tuple(self.point(p) for p in ring) for ring in item.get("holes", [])),
            capacity=item.get("capacity"),
            seats=item.get("seats"),
        )

    def marker(self, item: dict) -> Marker:
        return Marker(
            item["id"],
            item["kind"],
            item["level"],
            self.point(item["at"]),
            radius=self.length(item, "radius") or 0.0,
            label=item.get("label", ""),
            notes=item.get("notes", ""),
        )

    def nearest(self, level_id: str, position: tuple[float, float]) -> str:
        """Words saying which space of the level is nearest to `position` and how far, in metres."""
        spaces, polygons = self.index.polygons(level_id)
        if not len(spaces):
            return f"level {level_id!r} has no space at all"
        distances = shapely.distance(polygons, shapely.Point(position))
        k = int(np.nanargmin(distances)) if not np.isnan(distances).all() else 0
        return f"the nearest space, {spaces[k].id!r}, is {float(distances[k]):.2f} m away"


def build_venue(path: Path, document: LineDict, scale: float, report: ImportReport, sha256: str) -> Job[Venue]:
    """Build the venue of a plan whose schema and references are valid, deriving omitted spaces.

    Parameters
    ----------
    path : the plan file, for messages and the venue's provenance.
    document : the parsed plan, already checked by the schema and :func:`reference_issues`.
    scale : metres per file unit, applied to every length (never to speeds or angles).
    report : receives the counts read, what was derived and warnings.
    sha256 : hex digest of the file's bytes.

    Raises
    ------
    ImportFailedError
        When an opening touches no space or a landing's space cannot be derived.
    """
    levels = [
        Level(
            item["id"],
            item.get("name", ""),
            item["elevation"] * scale,
            item["height"] * scale if "height" in item else DEFAULT_LEVEL_HEIGHT,
        )
        for _, item in _items(document, "levels")
    ]
    builder = _Builder(document, scale, SpaceIndex(()), report)
    spaces = [builder.space(item) for _, item in _items(document, "spaces")]
    yield Progress(0.6, "placing openings and landings")
    builder.index = SpaceIndex(spaces)  # built once: every derivation below queries it
    openings = [builder.opening(i, item) for i, item in _items(document, "openings")]
    connectors = [builder.connector(i, item) for i, item in _items(document, "connectors")]
    raise_issues(path, builder.issues)
    info = document["venue"]
    venue = Venue(
        name=info["name"],
        levels=levels,
        spaces=spaces,
        openings=openings,
        connectors=connectors,
        markers=[builder.marker(item) for _, item in _items(document, "markers")],
        address=info.get("address", ""),
        north_angle=info.get("north_angle", 0.0),
        erp_type=info.get("erp_type", ""),
        erp_category=info.get("erp_category"),
        source=Provenance(path=str(path.resolve()), format="plan", sha256=sha256, unit_scale=scale),
    )
    for name in COLLECTIONS:
        report.read[name] = len(getattr(venue, name))
    derived_openings = sum(1 for _, item in _items(document, "openings") if "spaces" not in item)
    derived_landings = sum(
        1 for _, item in _items(document, "connectors") for landing in item["landings"] if "space" not in landing
    )
    if derived_openings:
        report.derived.append(f"spaces of {derived_openings} opening(s) derived from their position")
    if derived_landings:
        report.derived.append(f"spaces of {derived_landings} landing(s) derived from their position")
    return venue
