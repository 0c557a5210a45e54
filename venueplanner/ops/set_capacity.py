"""Set the declared occupant load of a space, or the persons per car of a lift."""

from __future__ import annotations

from dataclasses import replace

from models import Connector, ConnectorKind, Space, Venue
from models.tolerances import MAX_PHYSICAL_DENSITY
from venueplanner.ops._edit import EditError, commit, element, finite_number
from venueplanner.session import Session


def set_capacity(session: Session, element_id: str, capacity: int | None) -> Venue:
    """Declare how many persons a space holds (or a lift car carries); None: not known.

    Parameters
    ----------
    session : Session
    element_id : str
        A space, or a connector of kind lift.
    capacity : int or None
        Persons, a whole number from 0 (a lift car: from 1).

    Returns
    -------
    Venue
        The new venue.

    Raises
    ------
    EditError
        Not a whole number, negative, or more persons than the space's area can
        physically hold (area x MAX_PHYSICAL_DENSITY).
    """
    found = element(session, element_id, Space, Connector)
    if isinstance(found, Connector) and found.kind != ConnectorKind.LIFT:
        raise EditError(element_id, "capacity", capacity, f"a {found.kind.value} has no capacity, only a lift has")
    if capacity is not None:
        number = finite_number(element_id, "capacity", capacity)
        if number != int(number):
            raise EditError(element_id, "capacity", capacity, "must be a whole number of persons")
        capacity = int(number)
        least = 1 if isinstance(found, Connector) else 0
        if capacity < least:
            raise EditError(element_id, "capacity", capacity, f"must be {least} or more")
        if isinstance(found, Space):
            most = int(found.area * MAX_PHYSICAL_DENSITY)
            if capacity > most:
                raise EditError(
                    element_id,
                    "capacity",
                    capacity,
                    f"{found.area:.1f} m² cannot hold more than {most} persons ({MAX_PHYSICAL_DENSITY:g} per m²)",
                )
    if found.capacity == capacity:
        return session.venue
    changed = replace(found, capacity=capacity)
    return commit(
        session, session.venue.with_elements(changed), "set_capacity", element_id=element_id, capacity=capacity
    )
