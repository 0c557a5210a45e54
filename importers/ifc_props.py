"""Reading IFC property sets: the first of several (property set, property) candidates that holds a value.

Exporters disagree on where a value lives (``Pset_DoorCommon`` in one file, a
Revit ``PSet_Revit_Dimensions`` in another, IFC2X3 ``IsExterior`` for IFC4
``IsExternal``), so callers list candidates in order of trust.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

Psets = Mapping[str | None, Mapping[str, Any]]


def first(psets: Psets, candidates: Iterable[tuple[str | None, str]]) -> Any:
    """The value of the first ``(pset name, property name)`` candidate present and not None.

    A pset name of ``None`` searches every property set, in the file's order.

    >>> first({"A": {"x": None}, "B": {"x": 2}}, [("A", "x"), (None, "x")])
    2
    """
    for pset, name in candidates:
        if pset is None:
            for props in psets.values():
                value = props.get(name) if isinstance(props, Mapping) else None
                if value is not None and not isinstance(value, Mapping):
                    return value
            continue
        props = psets.get(pset)
        if props is not None and props.get(name) is not None:
            return props[name]
    return None


def named(util_element, element, names: Iterable[str]) -> dict[str, Mapping[str, Any]]:
    """Only the property sets of these names (with the type's), much cheaper than all of them on Revit files."""
    found = {}
    for name in names:
        props = util_element.get_pset(element, name)
        if props:
            found[name] = props
    return found


def as_bool(value: Any) -> bool | None:
    """IFC booleans and logicals (True, False, "UNKNOWN") and common strings, as bool or None.

    >>> as_bool(True), as_bool("yes"), as_bool("UNKNOWN"), as_bool(None)
    (True, True, None, None)
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"true", "yes", "y", "1", ".t."}:
            return True
        if text in {"false", "no", "n", "0", ".f."}:
            return False
    return None


def as_length(value: Any, scale: float) -> float | None:
    """A positive finite length in file units, converted to metres; else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    metres = float(value) * scale
    return metres if math.isfinite(metres) and metres > 0 else None


def as_count(value: Any) -> int | None:
    """A non-negative whole number, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return round(value) if value >= 0 else None
