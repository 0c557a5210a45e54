"""The values a project file holds beside the venue: the project itself and the records of its edit log."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from models.scenario import SavedRoute, Scenario
from models.serialize_read import SerializeError, mapping_by_id
from models.venue import Venue

__all__ = ["EditRecord", "Project"]


@dataclass(frozen=True, slots=True)
class EditRecord:
    """One edit a user made, as the project's edit log keeps it.

    time : ISO 8601 date and time in UTC, e.g. ``"2025-03-01T14:05:09.250Z"``.
    op : the operation's name, e.g. ``"mark_exit"``.
    params : its parameters; stored in their JSON form (tuples become lists,
        keys strings), so they must be JSON-able.
    author : who made it, when known.
    """

    time: str
    op: str
    params: Mapping[str, Any] = field(default_factory=dict)
    author: str = ""

    def __post_init__(self) -> None:
        try:
            when = datetime.fromisoformat(self.time)
        except (TypeError, ValueError):
            raise ValueError(f"edit time {self.time!r} is not an ISO 8601 date and time") from None
        if when.utcoffset() is None or when.utcoffset().total_seconds() != 0:
            raise ValueError(f"edit time {self.time!r} is not in UTC (end it with 'Z' or '+00:00')")
        try:
            params = json.loads(json.dumps(dict(self.params)))
        except (TypeError, ValueError) as e:
            raise ValueError(f"parameters of edit {self.op!r} are not JSON-able: {e}") from None
        object.__setattr__(self, "params", MappingProxyType(params))

    @classmethod
    def now(cls, op: str, params: Mapping[str, Any] | None = None, *, author: str = "") -> EditRecord:
        """A record of `op` stamped with the current UTC time, to the millisecond."""
        time = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return cls(time, op, params or {}, author)


def _by_id(items: Iterable[Any] | Mapping[str, Any], what: str) -> Mapping[str, Any]:
    if isinstance(items, Mapping):
        for key, item in items.items():
            if key != item.id:
                raise ValueError(f"{what} {item.id!r} is filed under the key {key!r}")
        items = items.values()
    try:
        return MappingProxyType(dict(mapping_by_id(items, what)))
    except SerializeError as e:
        raise ValueError(str(e)) from None


@dataclass(frozen=True, slots=True)
class Project:
    """Everything a planner saves: the venue, its scenarios, the routes kept and the edit log.

    scenarios, routes : read-only mappings by id, in the order given (an
        iterable of values is accepted too).
    written_by : the venueplanner version that wrote the file this project was
        loaded from ("" for a project made in memory); not part of equality.
    """

    venue: Venue
    scenarios: Mapping[str, Scenario] = field(default_factory=dict)
    routes: Mapping[str, SavedRoute] = field(default_factory=dict)
    edit_log: tuple[EditRecord, ...] = ()
    written_by: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scenarios", _by_id(self.scenarios, "scenario"))
        object.__setattr__(self, "routes", _by_id(self.routes, "route"))
        object.__setattr__(self, "edit_log", tuple(self.edit_log))
