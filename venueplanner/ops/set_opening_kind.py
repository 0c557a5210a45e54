"""Set what an opening physically is: door, exit, emergency exit, passage or gate."""

from __future__ import annotations

from dataclasses import replace

from models import Opening, OpeningKind, Venue
from venueplanner.ops._edit import EditError, commit, element
from venueplanner.session import Session


def set_opening_kind(session: Session, opening_id: str, kind: OpeningKind | str) -> Venue:
    """Make opening `opening_id` a `kind` (an :class:`~models.OpeningKind` or its value).

    Whether it leads outside follows from its spaces, not from its kind.

    Raises
    ------
    EditError
        `kind` is not an opening kind.
    """
    opening = element(session, opening_id, Opening)
    try:
        kind = OpeningKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in OpeningKind)
        raise EditError(opening_id, "kind", kind, f"not an opening kind; known: {known}") from None
    if opening.kind == kind:
        return session.venue
    changed = replace(opening, kind=kind)
    return commit(
        session, session.venue.with_elements(changed), "set_opening_kind", element_id=opening_id, kind=kind.value
    )
