"""Lock or unlock an opening: a locked door is never part of a route."""

from __future__ import annotations

from dataclasses import replace

from models import Opening, Venue
from venueplanner.ops._edit import EditError, commit, element
from venueplanner.session import Session


def set_locked(session: Session, opening_id: str, locked: bool) -> Venue:
    """Lock (True) or unlock (False) opening `opening_id` in the venue itself.

    A lock is a fact of the building; to close an opening in one situation only,
    block it in a scenario (:func:`venueplanner.ops.block`).
    """
    opening = element(session, opening_id, Opening)
    if not isinstance(locked, bool):
        raise EditError(opening_id, "locked", locked, "must be true or false")
    if opening.locked == locked:
        return session.venue
    changed = replace(opening, locked=locked)
    return commit(session, session.venue.with_elements(changed), "set_locked", element_id=opening_id, locked=locked)
