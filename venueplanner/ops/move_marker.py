"""Move a marker to another point, on the same or another level."""

from __future__ import annotations

from dataclasses import replace

from models import Marker, Venue
from venueplanner.ops._edit import EditError, commit, element, point
from venueplanner.session import Session


def move_marker(
    session: Session, marker_id: str, position: tuple[float, float], *, level_id: str | None = None
) -> Venue:
    """Move marker `marker_id` to `position` (x, y metres), on `level_id` (default: its level).

    Raises
    ------
    EditError
        A bad position or an unknown level.
    """
    marker = element(session, marker_id, Marker)
    x, y = point(marker_id, "position", position)
    level_id = level_id or marker.level_id
    if level_id not in session.venue.levels:
        raise EditError(marker_id, "level", level_id, "no level has this id")
    if marker.position == (x, y) and marker.level_id == level_id:
        return session.venue
    moved = replace(marker, position=(x, y), level_id=level_id)
    return commit(
        session,
        session.venue.with_elements(moved),
        "move_marker",
        marker_id=marker_id,
        position=[x, y],
        level_id=level_id,
    )
