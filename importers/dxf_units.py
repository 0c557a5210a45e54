"""DXF drawing units: ``$INSUNITS`` to metres, with a plausibility check on the drawing's size.

Drawings often declare the wrong unit (a template's inches kept for a plan drawn
in metres). When the declared unit would make the building absurdly small or
large, the first unit of :data:`CANDIDATES` that gives a building-sized drawing
is used instead, and the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.tolerances import PLAUSIBLE_DOOR_SWING_M, PLAUSIBLE_VENUE_SIZE_M

#: Metres per drawing unit, by ``$INSUNITS`` code (0 = unitless is absent).
METRES_PER_UNIT: dict[int, float] = {
    1: 0.0254,  # inches
    2: 0.3048,  # feet
    3: 1609.344,  # miles
    4: 0.001,  # millimetres
    5: 0.01,  # centimetres
    6: 1.0,  # metres
    7: 1000.0,  # kilometres
    8: 2.54e-8,  # microinches
    9: 2.54e-5,  # mils
    10: 0.9144,  # yards
    11: 1e-10,  # angstroms
    12: 1e-9,  # nanometres
    13: 1e-6,  # microns
    14: 0.1,  # decimetres
    15: 10.0,  # decametres
    16: 100.0,  # hectometres
    17: 1e9,  # gigametres
    18: 149_597_870_700.0,  # astronomical units
    19: 9.4607e15,  # light years
    20: 3.0857e16,  # parsecs
    21: 1200 / 3937,  # US survey feet
    22: 100 / 3937,  # US survey inches
    23: 3600 / 3937,  # US survey yards
    24: 6_336_000 / 3937,  # US survey miles
}

UNIT_NAMES: dict[int, str] = {
    0: "unitless",
    1: "inches",
    2: "feet",
    3: "miles",
    4: "millimetres",
    5: "centimetres",
    6: "metres",
    7: "kilometres",
    8: "microinches",
    9: "mils",
    10: "yards",
    11: "angstroms",
    12: "nanometres",
    13: "microns",
    14: "decimetres",
    15: "decametres",
    16: "hectometres",
    17: "gigametres",
    18: "astronomical units",
    19: "light years",
    20: "parsecs",
    21: "US survey feet",
    22: "US survey inches",
    23: "US survey yards",
    24: "US survey miles",
}


#: Units tried, in this order, when the declared one is implausible: metres, millimetres,
#: centimetres, feet, inches (the units plans are drawn in, most common first).
CANDIDATES = (6, 4, 5, 2, 1)


@dataclass(frozen=True, slots=True)
class UnitChoice:
    """The scale applied and why.

    scale : metres per drawing unit.
    unit : a name for it ("metres", "user scale").
    warning : what the user should know, or None.
    """

    scale: float
    unit: str
    warning: str | None = None


def plausible(size_m: float, door_m: float | None = None) -> bool:
    """Whether a drawing whose largest side is `size_m` metres, with door swings of radius `door_m`, is a venue.

    >>> plausible(52.0), plausible(52 * 0.0254), plausible(52_000.0), plausible(52.0, door_m=0.025)
    (True, False, False, False)
    """
    ok = PLAUSIBLE_VENUE_SIZE_M[0] <= size_m <= PLAUSIBLE_VENUE_SIZE_M[1]
    return ok and (door_m is None or PLAUSIBLE_DOOR_SWING_M[0] <= door_m <= PLAUSIBLE_DOOR_SWING_M[1])


def choose_scale(
    insunits: int | None, size: float | None, *, door: float | None = None, override: float | None = None
) -> UnitChoice:
    """Metres per drawing unit for a drawing whose largest side is `size` drawing units.

    Parameters
    ----------
    insunits : the ``$INSUNITS`` code, None when the header has none.
    size : the largest side of the drawing's extent, in drawing units (None when empty).
    door : the median radius of the door swings, in drawing units (None when there are none).
    override : metres per unit set by the user; wins over everything.

    Examples
    --------
    A plan drawn in metres whose header says inches:

    >>> c = choose_scale(1, 52.0)
    >>> c.scale, c.unit
    (1.0, 'metres')
    >>> c.warning.split(":")[0]
    'the header says inches ($INSUNITS 1), but the drawing would then measure 1.32 m across'
    >>> choose_scale(5, 1000.0)
    UnitChoice(scale=0.01, unit='centimetres', warning=None)
    """
    if override is not None:
        return UnitChoice(float(override), "user scale")
    code = int(insunits) if insunits is not None else 0
    declared = METRES_PER_UNIT.get(code)
    name = UNIT_NAMES.get(code, f"unit code {code}")
    if declared is not None and (size is None or size <= 0 or plausible(size * declared, _times(door, declared))):
        return UnitChoice(declared, name)
    if size is None or size <= 0:
        return UnitChoice(1.0, "metres", f"no unit in the file ($INSUNITS {code}, {name}): read as metres")
    for candidate in CANDIDATES:
        factor = METRES_PER_UNIT[candidate]
        if plausible(size * factor, _times(door, factor)):
            chosen = UNIT_NAMES[candidate]
            if declared is None:
                why = f"the header gives no unit ($INSUNITS {code}, {name})"
            else:
                why = (
                    f"the header says {name} ($INSUNITS {code}), "
                    f"but the drawing would then measure {size * declared:.3g} m across"
                    + (f" with doors {door * declared:.3g} m wide" if door else "")
                )
            warning = (
                f"{why}: read as {chosen}, which makes it {size * factor:.3g} m across; "
                "set the unit scale (metres per unit) to override"
            )
            return UnitChoice(factor, chosen, warning)
    fallback = declared if declared is not None else 1.0
    return UnitChoice(
        fallback,
        name if declared is not None else "metres",
        f"the drawing measures {size * fallback:.3g} m across in {name if declared is not None else 'metres'}, "
        "which is no building's size in any usual unit; check the unit scale",
    )


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor
