"""Delete a marker."""

from __future__ import annotations

from models import Marker, Venue
from venueplanner.ops._edit import commit, element
from venueplanner.session import Session


def delete_marker(session: Session, marker_id: str) -> Venue:
    """Remove marker `marker_id` from the venue (undo brings it back)."""
    element(session, marker_id, Marker)
    return commit(session, session.venue.without(marker_id), "delete_marker", marker_id=marker_id)
