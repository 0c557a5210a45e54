"""The SFPE hydraulic model's component figures: speed with density, specific flow, effective width, stair rows.

The figures are data (``sfpe.json`` beside this module, each with its source);
these functions apply them. Speeds are m/s, densities persons/m², specific
flows persons/(s·m) of effective width, widths metres.

Examples
--------
Free walking speed in a corridor (k = 1.40) below 0.54 p/m²:

>>> round(speed(1.40, 0.2), 3)
1.199

Flow through a 1.0 m door: effective width 1.0 - 2 x 0.15 = 0.70 m, 1.3 p/s/m:

>>> round(component_capacity("door", 1.0), 2)
0.91
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)


@cache
def data() -> dict[str, Any]:
    """The SFPE figures read from ``sfpe.json`` (cached)."""
    return json.loads(resources.files(__package__).joinpath("sfpe.json").read_text(encoding="utf-8"))


def speed(k: float, density: float) -> float:
    """Walking speed at a crowd density, SFPE: S = k - 0.266·k·D, m/s.

    Parameters
    ----------
    k : float
        The component's speed constant (1.40 for corridors and doors, 1.00-1.23 for stairs).
    density : float
        Persons per m² of the area walked. Below 0.54 the free speed applies;
        near the maximum density (3.8) the speed is floored at 0.05·k, a model
        choice (the relation itself gives no movement there).
    """
    figures = data()["speed"]
    a = figures["a"]
    d = min(max(density, figures["free_density"]), figures["max_density"])
    return k * max(1.0 - a * d, figures["min_speed_fraction"])


def free_speed(k: float) -> float:
    """The speed below 0.54 p/m², m/s (0.856·k)."""
    return speed(k, 0.0)


def specific_flow(k: float, density: float) -> float:
    """Specific flow Fs = (1 - 0.266·D)·k·D, persons/(s·m) of effective width."""
    return speed(k, density) * max(density, 0.0)


@dataclass(frozen=True, slots=True)
class StairRow:
    """One row of the SFPE stair table: riser and going (m), speed constant, max specific flow."""

    riser: float
    going: float
    k: float
    fs_max: float


def stair_rows() -> list[StairRow]:
    return [StairRow(**row) for row in data()["components"]["stair"]["rows"]]


def stair_row(riser: float | None, going: float | None) -> StairRow:
    """The SFPE stair row for a stair's riser and going (metres).

    The nearest row in (riser, going) is taken; a stair steeper than the
    steepest row, or of unknown geometry, gets the steepest row (k = 1.00),
    which is the slowest and so the cautious choice.

    >>> stair_row(0.178, 0.279).k
    1.08
    >>> stair_row(None, None).k
    1.0
    """
    rows = stair_rows()
    if riser is None or going is None or riser <= 0 or going <= 0:
        return rows[0]
    steepest = rows[0]
    if riser / going > steepest.riser / steepest.going:
        return steepest
    return min(rows, key=lambda r: math.hypot((r.riser - riser) / 0.0254, (r.going - going) / 0.0254))


def boundary_layer(component: str) -> float:
    """The boundary layer on each side of a component, metres."""
    return float(data()["components"][component]["boundary_layer"])


def effective_width(component: str, clear_width: float) -> float:
    """Clear width less the component's boundary layer on both sides, metres (never negative)."""
    return max(0.0, clear_width - 2.0 * boundary_layer(component))


def fs_max(component: str, *, riser: float | None = None, going: float | None = None) -> float:
    """Maximum specific flow of a component, persons/(s·m) of effective width."""
    if component in ("stair", "escalator"):
        return stair_row(riser, going).fs_max
    return float(data()["components"][component]["fs_max"])


def k_constant(component: str, *, riser: float | None = None, going: float | None = None) -> float:
    """Speed constant k of a component (1.40 level, stair rows for stairs and escalators)."""
    if component in ("stair", "escalator"):
        return stair_row(riser, going).k
    return float(data()["components"][component]["k"])


def component_capacity(
    component: str, clear_width: float, *, riser: float | None = None, going: float | None = None
) -> float:
    """Calculated flow Fc = Fs,max x effective width, persons/s.

    >>> round(component_capacity("stair", 1.2, riser=0.178, going=0.279), 3)
    0.909
    """
    layer_component = "stair" if component == "escalator" else component
    return fs_max(component, riser=riser, going=going) * effective_width(layer_component, clear_width)
