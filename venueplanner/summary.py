"""The figures of a venue that ``venueplanner info`` prints and ``--json`` gives to scripts."""

from __future__ import annotations

from collections import Counter
from typing import Any

from models import Venue


def level_figures(venue: Venue) -> list[dict[str, Any]]:
    """One row per level, lowest first: id, name, elevation (m), spaces, area (m²), capacity (persons)."""
    rows = []
    for level in venue.levels_by_elevation:
        spaces = venue.spaces_on(level.id)
        rows.append(
            {
                "id": level.id,
                "name": level.name,
                "elevation": level.elevation,
                "height": level.height,
                "spaces": len(spaces),
                "area": round(sum(s.area for s in spaces), 2),
                "capacity": sum(s.declared_occupants or 0 for s in spaces),
            }
        )
    return rows


def venue_figures(venue: Venue) -> dict[str, Any]:
    """Counts and totals of a venue, with the element lists scripts need (ids, names, levels)."""
    connectors_by_kind = Counter(c.kind.value for c in venue.connectors.values())
    return {
        "name": venue.name,
        "address": venue.address,
        "counts": {
            "levels": len(venue.levels),
            "spaces": len(venue.spaces),
            "openings": len(venue.openings),
            "exits": len(venue.exits),
            "connectors": len(venue.connectors),
            "markers": len(venue.markers),
        },
        "connectors_by_kind": dict(sorted(connectors_by_kind.items())),
        "capacity": venue.declared_capacity,
        "area": round(sum(s.area for s in venue.spaces.values()), 2),
        "levels": level_figures(venue),
        "spaces": [
            {
                "id": s.id,
                "name": s.name,
                "number": s.number,
                "level": s.level_id,
                "use": s.use.value,
                "area": round(s.area, 2),
                "capacity": s.capacity,
                "seats": s.seats,
            }
            for s in venue.spaces.values()
        ],
        "openings": [
            {
                "id": o.id,
                "name": o.name,
                "level": o.level_id,
                "kind": o.kind.value,
                "width": o.width,
                "spaces": list(o.spaces),
                "exit": o.is_exit,
            }
            for o in venue.openings.values()
        ],
        "connectors": [
            {
                "id": c.id,
                "name": c.name,
                "kind": c.kind.value,
                "width": c.width,
                "levels": list(c.level_ids),
            }
            for c in venue.connectors.values()
        ],
    }
