"""Place a marker on a level: staging point, target, hazard zone, rally point or key asset."""

from __future__ import annotations

from models import Marker, MarkerKind, Venue
from venueplanner.ops._edit import EditError, clean_name, commit, finite_number, point, venue_of
from venueplanner.session import Session

#: Largest hazard-zone radius accepted, metres (a whole stadium bowl is about 150 m across).
MAX_MARKER_RADIUS = 500.0

#: Id prefix of new markers, by kind ("STG-3").
ID_PREFIX = {
    MarkerKind.STAGING_POINT: "STG",
    MarkerKind.TARGET: "TGT",
    MarkerKind.HAZARD_ZONE: "HZ",
    MarkerKind.RALLY_POINT: "RALLY",
}


def new_marker_id(venue: Venue, kind: MarkerKind) -> str:
    """The first free id ``<prefix>-<n>`` for a marker of `kind` (``"STG-3"``, ``"ASSET-1"``)."""
    prefix = ID_PREFIX.get(kind, "ASSET")
    taken = set(venue.all_ids())
    n = 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


def check_radius(marker_id: str, radius: float) -> float:
    radius = finite_number(marker_id, "radius", radius)
    if not 0 <= radius <= MAX_MARKER_RADIUS:
        raise EditError(marker_id, "radius", radius, f"must be from 0 to {MAX_MARKER_RADIUS:g} m")
    return radius


def place_marker(
    session: Session,
    kind: MarkerKind | str,
    level_id: str,
    position: tuple[float, float],
    *,
    label: str = "",
    radius: float = 0.0,
    notes: str = "",
    marker_id: str | None = None,
) -> Venue:
    """Add a marker of `kind` at `position` (x, y metres) on level `level_id`.

    Parameters
    ----------
    kind : MarkerKind or str
    level_id : str
        An existing level.
    position : (2,) float, metres, venue frame; may lie outside every space
        (a staging point in the street).
    label, notes : str
    radius : float
        Metres; the extent of a hazard zone (0 for a point).
    marker_id : str, optional
        Default: the first free ``<prefix>-<n>`` (see :func:`new_marker_id`).

    Returns
    -------
    Venue
        The new venue; the marker is ``venue.markers[marker_id]``.

    Raises
    ------
    EditError
        Unknown kind or level, an id already used, a bad position or radius.
    """
    venue = venue_of(session)
    try:
        kind = MarkerKind(kind)
    except ValueError:
        raise EditError(marker_id or "", "kind", kind, "not a marker kind") from None
    marker_id = marker_id or new_marker_id(venue, kind)
    if marker_id in set(venue.all_ids()):
        raise EditError(marker_id, "id", marker_id, "already used by another element")
    if level_id not in venue.levels:
        raise EditError(marker_id, "level", level_id, "no level has this id")
    x, y = point(marker_id, "position", position)
    marker = Marker(
        marker_id,
        kind,
        level_id,
        (x, y),
        radius=check_radius(marker_id, radius),
        label=clean_name(marker_id, "label", label),
        notes=notes.strip(),
    )
    params = {"marker_id": marker_id, "kind": kind.value, "level_id": level_id, "position": [x, y]}
    if marker.radius:
        params["radius"] = marker.radius
    if marker.label:
        params["label"] = marker.label
    if marker.notes:
        params["notes"] = marker.notes
    return commit(session, venue.with_elements(marker), "place_marker", **params)
