"""Checked access to the keys of a JSON object, and the error raised by :mod:`models.serialize_read`.

:class:`Fields` wraps one object: it refuses a missing or unknown key up front,
then hands out each value as the type asked for (string, finite number, [x, y]
point, ring, enum member, ...) or raises :class:`SerializeError` naming the
element (``space 'hall'``, else ``spaces[3]``: :func:`where_of`) and the key.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any, TypeVar

from models.errors import VenuePlannerError

__all__ = ["NUMBER", "Fields", "SerializeError", "type_name", "where_of"]

E = TypeVar("E", bound=StrEnum)


class SerializeError(VenuePlannerError, ValueError):
    """A plain dict does not have the shape of the value it should describe.

    Attributes
    ----------
    where : str
        The element concerned, e.g. ``"space 'hall'"`` or ``"spaces[3]"``.
    problem : str
        What is wrong with it, naming the key.
    """

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


#: The JSON number types (a bool is an int too, so values are checked with ``type(v) in NUMBER``).
NUMBER = (int, float)
_ABSENT = object()


def type_name(value: Any) -> str:
    """How an error names the JSON type of `value`: ``an object``, ``a list``, ``a number``, ``null``..."""
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, NUMBER) else type(value).__name__
    )


class Fields:
    """Typed, checked access to the keys of one JSON object, errors naming `where`."""

    __slots__ = ("d", "where")

    def __init__(self, d: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        if type(d) is not dict:
            raise SerializeError(where, f"expected an object, got {type_name(d)}")
        self.d: dict[str, Any] = d
        self.where = where
        for key in required:
            if key not in d:
                raise SerializeError(where, f"missing key {key!r}")
        if len(d) > len(required):
            unknown = [k for k in d if k not in required and k not in optional]
            if unknown:
                raise SerializeError(where, f"unknown key {unknown[0]!r}")

    def fail(self, key: str, expected: str) -> SerializeError:
        return SerializeError(self.where, f"{key!r} must be {expected}, got {type_name(self.d[key])}")

    def str(self, key: str, default: Any = "") -> Any:
        value = self.d.get(key, default)
        if type(value) is str or (value is default and key not in self.d):
            return value
        raise self.fail(key, "a string")

    def opt_str(self, key: str) -> str | None:
        value = self.d.get(key)
        if value is None or type(value) is str:
            return value
        raise self.fail(key, "a string or null")

    def number(self, key: str, value: Any) -> float:
        try:
            number = float(value)
        except OverflowError:  # a whole number of 400 digits is valid JSON
            raise SerializeError(self.where, f"{key!r} holds a number too large for a float") from None
        if not math.isfinite(number):
            raise SerializeError(self.where, f"{key!r} holds {value!r}, not a finite number")
        return number

    def float(self, key: str) -> float:
        value = self.d[key]
        if type(value) is float or type(value) is int:
            return self.number(key, value)
        raise self.fail(key, "a number")

    def opt_float(self, key: str) -> float | None:
        value = self.d.get(key)
        if value is None:
            return None
        if type(value) is float or type(value) is int:
            return self.number(key, value)
        raise self.fail(key, "a number or null")

    def opt_int(self, key: str) -> int | None:
        value = self.d.get(key)
        if value is None or type(value) is int:
            return value
        raise self.fail(key, "a whole number or null")

    def bool(self, key: str) -> bool:
        value = self.d.get(key, False)
        if type(value) is bool:
            return value
        raise self.fail(key, "true or false")

    def enum(self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self.d.get(key, default)
        if value is default and key not in self.d:
            return value  # type: ignore[return-value]
        try:
            return enum(value)
        except (ValueError, TypeError):
            known = ", ".join(e.value for e in enum)
            raise SerializeError(self.where, f"{key!r} is {value!r}, not one of: {known}") from None

    def point(self, key: str) -> tuple[float, float]:
        p = self.d[key]
        if type(p) is list and len(p) == 2 and type(p[0]) in NUMBER and type(p[1]) in NUMBER:
            return (self.number(key, p[0]), self.number(key, p[1]))
        raise SerializeError(self.where, f"{key!r} must be an [x, y] pair of numbers")

    def ring(self, key: str, value: Any = _ABSENT) -> tuple[tuple[float, float], ...]:
        ring = self.d[key] if value is _ABSENT else value
        if type(ring) is list and all(
            type(p) is list and len(p) == 2 and type(p[0]) in NUMBER and type(p[1]) in NUMBER for p in ring
        ):
            try:
                return tuple((float(x), float(y)) for x, y in ring)
            except OverflowError:
                raise SerializeError(self.where, f"{key!r} holds a number too large for a float") from None
        raise SerializeError(self.where, f"{key!r} must be a list of [x, y] pairs of numbers")

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self.d.get(key, [])
        if type(value) is list and all(type(s) is str for s in value):
            return tuple(value)
        raise self.fail(key, "a list of strings")

    def list(self, key: str) -> list[Any]:
        value = self.d.get(key, [])
        if type(value) is list:
            return value
        raise self.fail(key, "a list")


def where_of(kind: str, collection: str, index: int, d: Any) -> str:
    """``space 'hall'`` when the item has a string id, else ``spaces[3]``."""
    element_id = d.get("id") if type(d) is dict else None
    return f"{kind} {element_id!r}" if type(element_id) is str else f"{collection}[{index}]"
