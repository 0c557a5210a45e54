"""Routes as JSON-ready dicts that read back to the very same values, to hand a computed route to another process.

:meth:`routing.Route.to_dict` is a report (rounded to the millimetre, derived
totals); :func:`route_to_dict` is a transfer format: every field of every
:class:`~routing.route.Leg`, floats written in full (Python's ``repr`` of a
float reads back to the same float, so ``json.dumps`` / ``json.loads`` keep
them exactly), and each leg's geometry with its shape and dtype, so that
``route_from_dict(json.loads(json.dumps(route_to_dict(r))))`` has the same
legs, numbers and points as ``r``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from routing.route import Leg, Route

__all__ = ["FORMAT", "route_from_dict", "route_to_dict"]

#: Version of the dict layout; :func:`route_from_dict` refuses any other.
FORMAT = 1


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _leg_to_dict(leg: Leg) -> dict[str, Any]:
    geometry = np.asarray(leg.geometry)
    return {
        "kind": leg.kind,
        "element": leg.element,
        "start": leg.start,
        "end": leg.end,
        "geometry": {"dtype": geometry.dtype.str, "shape": list(geometry.shape), "values": geometry.ravel().tolist()},
        "length": float(leg.length),
        "time": float(leg.time),
        "wait": float(leg.wait),
        "levels": list(leg.levels),
        "direction": leg.direction,
        "width": _number(leg.width),
        "space": leg.space,
        "start_space": leg.start_space,
    }


def route_to_dict(route: Route) -> dict[str, Any]:
    """`route` as a dict of JSON types (str, float, list, None) that :func:`route_from_dict` reads back exactly.

    Lengths are metres, times and waits seconds, geometry metres in the venue frame.
    """
    return {
        "format": FORMAT,
        "profile": route.profile,
        "source": route.source,
        "target": route.target,
        "legs": [_leg_to_dict(leg) for leg in route.legs],
    }


def _leg_from_dict(d: dict[str, Any]) -> Leg:
    g = d["geometry"]
    geometry = np.asarray(g["values"], dtype=np.dtype(g["dtype"])).reshape(g["shape"])
    return Leg(
        kind=d["kind"],
        element=d["element"],
        start=d["start"],
        end=d["end"],
        geometry=geometry,
        length=float(d["length"]),
        time=float(d["time"]),
        wait=float(d["wait"]),
        levels=tuple(d["levels"]),
        direction=d["direction"],
        width=_number(d["width"]),
        space=d["space"],
        start_space=d["start_space"],
    )


def route_from_dict(d: dict[str, Any]) -> Route:
    """The :class:`~routing.Route` written by :func:`route_to_dict`.

    Raises
    ------
    ValueError
        `d` is not a route written by :func:`route_to_dict` of this version (the message says which field).
    """
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        found = d.get("format") if isinstance(d, dict) else type(d).__name__
        raise ValueError(f"not a route dict of format {FORMAT} (format: {found!r})")
    try:
        legs = tuple(_leg_from_dict(leg) for leg in d["legs"])
        return Route(legs, d["profile"], d["source"], d["target"])
    except KeyError as e:
        raise ValueError(f"route dict without the field {e.args[0]!r}") from None
