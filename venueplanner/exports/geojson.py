"""GeoJSON, one FeatureCollection per level: spaces, openings, connector landings, markers and routes.

Coordinates are the venue's own plan frame, in metres, not longitude and
latitude: venues carry no geo-reference. RFC 7946 asks for WGS 84, so every
collection says what its coordinates are in a ``venueplanner`` member (the
frame, the unit, the level's elevation and the angle of true north) and
every feature repeats ``"frame": "local-metric"`` in its properties; a GIS
can place the layer by hand from these. Coordinates are rounded to the
millimetre, keys sorted, so the same venue gives the same bytes.

Feature properties: ``layer`` (space, opening, connector, marker, route),
``id`` and the element's fields; exits carry their exterior door number
(:func:`models.numbering.exterior_door_numbers`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models import Venue
from models.numbering import exterior_door_numbers
from routing import Route
from venueplanner.project_zip import atomic_write

__all__ = ["CRS_NOTE", "level_collection", "write_geojson"]

CRS_NOTE = (
    "local metric frame of the venue plan (metres, x and y as in the plan, not geo-referenced); "
    "true north is north_angle degrees counter-clockwise from +y"
)
FRAME = "local-metric"


def _r(x: float) -> float:
    return round(float(x), 3)


def _ring(ring) -> list[list[float]]:
    pts = [[_r(x), _r(y)] for x, y in ring]
    return [*pts, pts[0]]


def _feature(geometry: dict, props: dict[str, Any]) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": {"frame": FRAME, **props}}


def level_collection(venue: Venue, level_id: str, routes: Sequence[Route] = ()) -> dict:
    """The FeatureCollection of one level of `venue`, with the parts of `routes` walked on it."""
    level = venue.levels[level_id]
    numbers = exterior_door_numbers(venue)
    features = []
    for s in venue.spaces_on(level_id):
        # RFC 7946: exterior rings counter-clockwise, holes clockwise, as the model keeps them
        geometry = {"type": "Polygon", "coordinates": [_ring(s.footprint), *(_ring(h) for h in s.holes)]}
        features.append(
            _feature(
                geometry,
                {
                    "layer": "space",
                    "id": s.id,
                    "name": s.name,
                    "number": s.number,
                    "use": s.use.value,
                    "capacity": s.capacity,
                    "seats": s.seats,
                    "area": _r(s.area),
                },
            )
        )
    for o in venue.openings_on(level_id):
        props = {
            "layer": "opening",
            "id": o.id,
            "name": o.name,
            "kind": o.kind.value,
            "width": _r(o.width),
            "spaces": list(o.spaces),
            "exit": o.is_exit,
            "locked": o.locked,
        }
        if o.id in numbers:
            props["exit_number"] = numbers[o.id]
        features.append(_feature({"type": "Point", "coordinates": [_r(v) for v in o.position]}, props))
    for c in venue.connectors.values():
        for landing in c.landings:
            if landing.level_id == level_id:
                props = {
                    "layer": "connector",
                    "id": c.id,
                    "name": c.name,
                    "kind": c.kind.value,
                    "width": _r(c.width),
                    "levels": list(c.level_ids),
                    "space": landing.space_id,
                }
                point = {"type": "Point", "coordinates": [_r(v) for v in landing.position]}
                features.append(_feature(point, props))
    for m in venue.markers.values():
        if m.level_id == level_id:
            props = {
                "layer": "marker",
                "id": m.id,
                "kind": m.kind.value,
                "label": m.label,
                "notes": m.notes,
                "radius": _r(m.radius),
            }
            features.append(_feature({"type": "Point", "coordinates": [_r(v) for v in m.position]}, props))
    for n, route in enumerate(routes, start=1):
        for leg_line in _route_lines(route, level_id):
            props = {
                "layer": "route",
                "id": f"route-{n}",
                "source": route.source,
                "target": route.target,
                "profile": route.profile,
                "length": _r(route.length),
                "time": _r(route.time),
            }
            features.append(_feature({"type": "LineString", "coordinates": leg_line}, props))
    return {
        "type": "FeatureCollection",
        "venueplanner": {
            "venue": venue.name,
            "level": level.id,
            "level_name": level.name,
            "elevation": _r(level.elevation),
            "crs": CRS_NOTE,
            "unit": "m",
            "north_angle": _r(venue.north_angle),
        },
        "features": features,
    }


def _route_lines(route: Route, level_id: str) -> list[list[list[float]]]:
    """The route's walked pieces on `level_id`, joined where they meet, as coordinate lists."""
    lines: list[list[list[float]]] = []
    for leg in route.legs:
        if leg.kind not in ("walk", "outside", "door") or leg.level != level_id or len(leg.geometry) < 2:
            lines.append([]) if lines and lines[-1] else None
            continue
        pts = [[_r(x), _r(y)] for x, y in leg.geometry[:, :2]]
        if lines and lines[-1] and lines[-1][-1] == pts[0]:
            lines[-1].extend(pts[1:])
        else:
            lines.append(pts)
    return [line for line in lines if len(line) >= 2]


def _file_name(level_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", level_id).strip("._") or "level"


def write_geojson(folder: Path | str, venue: Venue, routes: Sequence[Route] = ()) -> list[Path]:
    """Write ``<level id>.geojson`` for each level into `folder` (made if needed); returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    used: set[str] = set()
    for level in venue.levels_by_elevation:
        name = _file_name(level.id)
        while name in used:
            name += "_"
        used.add(name)
        path = folder / f"{name}.geojson"
        data = json.dumps(level_collection(venue, level.id, routes), ensure_ascii=False, sort_keys=True, indent=1)
        atomic_write(path, (data + "\n").encode("utf-8"))
        written.append(path)
    return written
