"""The redacted pack: the same venue without its sensitive assets, and the texts that must never be printed.

A pack handed out beyond the intervention services leaves out the markers of
:data:`models.SENSITIVE_MARKERS` (security post, power and gas cut-offs, fire
panel, smoke control, key assets): their symbols, labels and notes appear on no
plan, table, 3D view or metadata. Three things could still give them away, and
are dealt with here:

- a room named like an asset (the security post's room is "PC sécurité", the
  label of the security-post marker too) or housing one (the plant room
  "Local technique (TGBT)" holds the power cut-off): rooms of ``security``
  use, technical rooms holding a sensitive marker, and rooms whose name holds
  a sensitive label are shown by their use alone ("Local", "Local technique");
- the edit log, whose entries may carry a marker's label: entries naming a
  sensitive marker, or holding a sensitive text, are left out;
- a route to or from a sensitive asset: refused, since its card would show it.

:func:`forbidden_texts` lists the labels and notes the drawing guard
(:class:`~venueplanner.briefing.draw.Sheet`) refuses anywhere in the pack.
"""

from __future__ import annotations

import json
from dataclasses import replace

from models import SENSITIVE_MARKERS, SpaceUse, Venue
from venueplanner.project import EditRecord, Project

__all__ = ["forbidden_texts", "redact_project", "redact_venue", "sensitive_ids"]

#: Labels and notes shorter than this are not guarded as text (a one-letter label would forbid every word with it).
MIN_GUARDED = 4


def sensitive_ids(venue: Venue) -> list[str]:
    """Ids of the markers a redacted pack leaves out."""
    return [m.id for m in venue.markers.values() if m.kind in SENSITIVE_MARKERS]


def forbidden_texts(venue: Venue) -> tuple[str, ...]:
    """Labels and notes of the sensitive markers of `venue` (at least :data:`MIN_GUARDED` characters)."""
    texts: set[str] = set()
    for m in venue.markers.values():
        if m.kind in SENSITIVE_MARKERS:
            for t in (m.label, m.notes):
                t = t.strip()
                if len(t) >= MIN_GUARDED:
                    texts.add(t)
    return tuple(sorted(texts))


def _reveals(name: str, forbidden: tuple[str, ...]) -> bool:
    folded = name.casefold()
    return any(f.casefold() in folded for f in forbidden)


def redact_venue(venue: Venue, generic_names: dict[str, str]) -> Venue:
    """`venue` without its sensitive markers, and with rooms that would point at them named by their use.

    generic_names : the printed name of each space use (``{"technical": "Local technique", ...}``); a
        security room is named ``generic_names["room"]`` ("Local") and drawn as a room of ``other`` use, so
        neither its name nor its tint tells what it is.
    """
    forbidden = forbidden_texts(venue)
    assets = [m for m in venue.markers.values() if m.kind in SENSITIVE_MARKERS]
    renamed = []
    for s in venue.spaces.values():
        inside = [m for m in assets if m.level_id == s.level_id and s.contains(m.position)]
        houses = s.use == SpaceUse.TECHNICAL and bool(inside)
        if s.use == SpaceUse.SECURITY or houses or (s.name and _reveals(s.name, forbidden)):
            if s.use == SpaceUse.SECURITY:
                renamed.append(replace(s, name=generic_names.get("room", ""), use=SpaceUse.OTHER))
            else:
                renamed.append(replace(s, name=generic_names.get(s.use.value, s.use.value)))
    cleaned = venue.without(*sensitive_ids(venue)) if sensitive_ids(venue) else venue
    return cleaned.with_elements(*renamed) if renamed else cleaned


def _edit_reveals(record: EditRecord, ids: set[str], forbidden: tuple[str, ...]) -> bool:
    text = json.dumps(dict(record.params), ensure_ascii=False).casefold()
    if any(f.casefold() in text for f in forbidden):
        return True
    values: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            values.append(node)

    walk(dict(record.params))
    return any(v in ids for v in values)


def redact_project(project: Project, generic_names: dict[str, str]) -> Project:
    """`project` as a redacted pack may show it: :func:`redact_venue`, and the edit log cleaned.

    Scenarios keep their blocked elements and hazards (none of them is a
    sensitive marker); saved routes that start or end at a sensitive marker are
    dropped.
    """
    venue = project.venue
    ids = set(sensitive_ids(venue))
    forbidden = forbidden_texts(venue)
    log = tuple(e for e in project.edit_log if not _edit_reveals(e, ids, forbidden))
    routes = {
        k: r for k, r in project.routes.items() if not ({r.origin, r.target, *r.via} & ids) and r.name not in forbidden
    }
    scenarios = {
        k: replace(s, hazards=tuple(h for h in s.hazards if h.kind not in SENSITIVE_MARKERS))
        for k, s in project.scenarios.items()
    }
    return replace(project, venue=redact_venue(venue, generic_names), edit_log=log, routes=routes, scenarios=scenarios)
