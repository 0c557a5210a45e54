"""Set what a space is used for (evacuation derives occupant densities from it)."""

from __future__ import annotations

from dataclasses import replace

from models import Space, SpaceUse, Venue
from venueplanner.ops._edit import EditError, commit, element
from venueplanner.session import Session


def set_use(session: Session, space_id: str, use: SpaceUse | str) -> Venue:
    """Make space `space_id` a `use` (a :class:`~models.SpaceUse` or its value, e.g. ``"foyer"``).

    Raises
    ------
    EditError
        `use` is not a known use, or the element is not a space.
    """
    space = element(session, space_id, Space)
    try:
        use = SpaceUse(use)
    except ValueError:
        known = ", ".join(u.value for u in SpaceUse)
        raise EditError(space_id, "use", use, f"not a space use; known: {known}") from None
    if space.use == use:
        return session.venue
    changed = replace(space, use=use)
    return commit(session, session.venue.with_elements(changed), "set_use", element_id=space_id, use=use.value)
