"""Set the clear width of a door, exit, passage or gate."""

from __future__ import annotations

from dataclasses import replace

from models import Opening, Venue
from venueplanner.ops._edit import EditError, commit, element, finite_number
from venueplanner.session import Session

#: Widest opening accepted, metres: stadium gates and vomitories stay well under it,
#: so a wider value is a unit mistake (millimetres typed as metres).
MAX_OPENING_WIDTH = 30.0


def set_opening_width(session: Session, opening_id: str, width: float) -> Venue:
    """Set the clear width of opening `opening_id`, metres.

    Raises
    ------
    EditError
        `width` is not a number, is zero or negative, or is wider than
        MAX_OPENING_WIDTH.
    """
    opening = element(session, opening_id, Opening)
    width = finite_number(opening_id, "width", width)
    if width <= 0:
        raise EditError(opening_id, "width", width, "a clear width must be more than 0 m")
    if width > MAX_OPENING_WIDTH:
        raise EditError(opening_id, "width", width, f"wider than {MAX_OPENING_WIDTH:g} m: is it in metres?")
    if opening.width == width:
        return session.venue
    changed = replace(opening, width=width)
    return commit(
        session, session.venue.with_elements(changed), "set_opening_width", element_id=opening_id, width=width
    )
