"""Rename a level, space, opening, connector, marker or context mesh."""

from __future__ import annotations

from dataclasses import replace

from models import Connector, ContextMesh, Level, Marker, Opening, Space, Venue
from venueplanner.ops._edit import clean_name, commit, element
from venueplanner.session import Session


def rename_element(session: Session, element_id: str, name: str) -> Venue:
    """Give element `element_id` the name `name` (a marker's label); "" falls back to the id.

    Parameters
    ----------
    session : Session
    element_id : str
    name : str
        Spaces around it are dropped.

    Returns
    -------
    Venue
        The new venue (also the session's).

    Raises
    ------
    UnknownElementError
        No element has this id.
    EditError
        The name is too long or holds a control character.
    """
    found = element(session, element_id, Level, Space, Opening, Connector, Marker, ContextMesh)
    field = "label" if isinstance(found, Marker) else "name"
    name = clean_name(element_id, field, name)
    if getattr(found, field) == name:
        return session.venue
    renamed = replace(found, **{field: name})
    return commit(session, session.venue.with_elements(renamed), "rename_element", element_id=element_id, name=name)
