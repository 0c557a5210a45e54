"""Change what a marker is: its kind, the radius of a hazard zone, its notes."""

from __future__ import annotations

from dataclasses import replace

from models import Marker, MarkerKind, Venue
from venueplanner.ops._edit import EditError, commit, element
from venueplanner.ops.place_marker import check_radius
from venueplanner.session import Session


def set_marker_details(
    session: Session,
    marker_id: str,
    *,
    kind: MarkerKind | str | None = None,
    radius: float | None = None,
    notes: str | None = None,
) -> Venue:
    """Set any of `kind`, `radius` (metres) and `notes` of marker `marker_id`; None leaves it as is.

    Its label is set with :func:`~venueplanner.ops.rename_element`, its place with
    :func:`~venueplanner.ops.move_marker`.
    """
    marker = element(session, marker_id, Marker)
    changes: dict = {}
    if kind is not None:
        try:
            changes["kind"] = MarkerKind(kind)
        except ValueError:
            raise EditError(marker_id, "kind", kind, "not a marker kind") from None
    if radius is not None:
        changes["radius"] = check_radius(marker_id, radius)
    if notes is not None:
        changes["notes"] = str(notes).strip()
    changes = {k: v for k, v in changes.items() if getattr(marker, k) != v}
    if not changes:
        return session.venue
    params = {k: (v.value if isinstance(v, MarkerKind) else v) for k, v in changes.items()}
    return commit(
        session,
        session.venue.with_elements(replace(marker, **changes)),
        "set_marker_details",
        marker_id=marker_id,
        **params,
    )
