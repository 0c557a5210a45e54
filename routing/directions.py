"""Turn-by-turn directions for a route, in French or English, from the route's geometry and the venue's names.

Sentences come from the catalogue ``directions.json`` (one block per
language); numbers are formatted per language (French: decimal comma and a
narrow no-break space between thousands).

Turns are read from the 2D path: the heading change between the last piece of
path before a point and the first one after it, counter-clockwise positive
(left). Pieces shorter than :data:`MIN_PIECE` (the step from a door in the
middle of a wall into the room) do not set a heading. Thresholds, degrees:

    |change| < 30       straight on (no instruction inside a walk)
    30 <= |change| < 60  bear left / right
    60 <= |change| <= 150 turn left / right
    |change| > 150       turn back

The side of an exit (north, east, south, west) is the compass direction of the
outward normal of the wall it sits in, using the venue's north angle.
Landmarks are the names of the spaces entered. Openings and connectors are
named by kind and id (``door D14``) when the id is short enough to be painted
on site (8 characters, no space), else by their name.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from models import Venue, geometry
from routing.endpoints import _POINT
from routing.profiles import get_profile
from routing.route import Route

__all__ = ["LANGUAGES", "Step", "describe", "directions", "format_distance", "format_duration", "format_number"]

#: Languages the catalogue holds.
LANGUAGES = ("en", "fr")

#: Pieces of path shorter than this set no heading (metres).
MIN_PIECE = 0.5

#: A walk shorter than this before a door or a stair is not mentioned (metres).
MIN_WALK = 0.5


@dataclass(frozen=True, slots=True)
class Step:
    """One instruction.

    Attributes
    ----------
    text : str
        The sentence, in the language asked for.
    kind : str
        ``start``, ``outside``, ``enter``, ``turn``, ``door``, ``leave``, ``connector``, ``arrive``.
    distance : float
        Metres covered since the previous step (slope length on connectors).
    time : float
        Seconds spent since the previous step.
    element : str or None
        The opening or connector id concerned.
    """

    text: str
    kind: str
    distance: float = 0.0
    time: float = 0.0
    element: str | None = None


@cache
def _catalogue() -> dict:
    return json.loads(resources.files("routing").joinpath("directions.json").read_text(encoding="utf-8"))


def _words(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise ValueError(f"no directions in {lang!r}; languages: {', '.join(LANGUAGES)}")
    return _catalogue()[lang]


# --- numbers -----------------------------------------------------------------------------


def format_number(x: float, lang: str = "en", decimals: int = 0) -> str:
    """`x` with the language's decimal mark and thousands separator.

    >>> format_number(1234.5, "en", 1), format_number(1234.5, "fr", 1)
    ('1,234.5', '1\\u202f234,5')
    """
    w = _words(lang)
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", w["decimal"]).replace("\0", w["thousands"])


def format_distance(metres: float, lang: str = "en") -> str:
    """A distance to read: one decimal below 10 m (none when it is whole), whole metres above.

    >>> format_distance(4.46, "fr"), format_distance(4.96, "en"), format_distance(18.4, "en")
    ('4,5 m', '5 m', '18 m')
    """
    w = _words(lang)
    tenths = round(metres, 1)
    if tenths < 10 and tenths != round(tenths):
        return w["metres"].format(format_number(tenths, lang, 1))
    return w["metres"].format(format_number(round(metres), lang))


def format_duration(seconds: float, lang: str = "en") -> str:
    """Whole seconds below a minute, else minutes and seconds.

    >>> format_duration(46.2), format_duration(80), format_duration(120, "fr")
    ('46 s', '1 min 20 s', '2 min')
    """
    w = _words(lang)
    s = round(seconds)
    if s < 60:
        return w["seconds"].format(s)
    m, s = divmod(s, 60)
    return w["minutes"].format(format_number(m, lang), s) if s else w["minutes_only"].format(format_number(m, lang))


# --- geometry ----------------------------------------------------------------------------


def _pieces(xy: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """(start, unit direction, length) of each piece of a 2D polyline."""
    out = []
    for a, b in itertools.pairwise(xy):
        d = b - a
        n = float(np.hypot(*d))
        if n > 1e-9:
            out.append((a, d / n, n))
    return out


def _turn(before: np.ndarray | None, after: np.ndarray | None) -> str:
    """The turn from heading `before` to heading `after` (unit 2D vectors): a key of the ``turns`` catalogue."""
    if before is None or after is None:
        return "straight"
    change = math.degrees(math.atan2(before[0] * after[1] - before[1] * after[0], float(before @ after)))
    size = abs(change)
    if size < 30:
        return "straight"
    if size > 150:
        return "back"
    side = "left" if change > 0 else "right"
    return side if size >= 60 else f"slight_{side}"


def _first_heading(route: Route, start: int) -> np.ndarray | None:
    """The heading of the first long enough piece of path from leg `start` on, within walks."""
    for leg in route.legs[start:]:
        if leg.kind not in ("walk", "outside", "door"):
            return None
        for _, d, n in _pieces(leg.geometry[:, :2]):
            if n >= MIN_PIECE:
                return d
    return None


def _side(venue: Venue, opening_id: str) -> str:
    """north/east/south/west: the compass direction the wall of an exit faces outwards."""
    opening = venue.openings[opening_id]
    ring = venue.spaces[opening.spaces[0]].footprint
    i, _, _ = geometry.nearest_edge(ring, opening.position)
    (x0, y0), (x1, y1) = ring[i], ring[(i + 1) % len(ring)]
    outward = (y1 - y0, -(x1 - x0))  # right of a counter-clockwise edge
    a = math.radians(venue.north_angle)
    north = (-math.sin(a), math.cos(a))
    east = (math.cos(a), math.sin(a))
    bearing = math.degrees(math.atan2(outward[0] * east[0] + outward[1] * east[1],
                                      outward[0] * north[0] + outward[1] * north[1])) % 360  # fmt: skip
    return ("north", "east", "south", "west")[int(((bearing + 45) % 360) // 90)]


# --- names -------------------------------------------------------------------------------


def _quote(w: dict, text: str) -> str:
    return w["quote"].format(text)


def _ident(w: dict, element) -> str:
    short = len(element.id) <= 8 and not any(c.isspace() for c in element.id)
    return element.id if short or not element.name else _quote(w, element.name)


def _opening(venue: Venue, w: dict, opening_id: str) -> str:
    opening = venue.openings[opening_id]
    return w["openings"][opening.kind.value].format(id=_ident(w, opening))


def _connector(venue: Venue, w: dict, connector_id: str) -> str:
    connector = venue.connectors[connector_id]
    return w["connectors"][connector.kind.value].format(id=_ident(w, connector))


def _space(venue: Venue, w: dict, space_id: str) -> str:
    return _quote(w, venue.spaces[space_id].label)


def _level(venue: Venue, w: dict, level_id: str) -> str:
    level = venue.levels[level_id]
    return _quote(w, level.name or level.id)


def _place(venue: Venue, w: dict, text: str, lang: str) -> str:
    if text in venue.markers:
        return _quote(w, venue.markers[text].label or text)
    if text in venue.spaces:
        return _space(venue, w, text)
    if text in venue.openings:
        return _opening(venue, w, text)
    if text in venue.connectors:
        return _connector(venue, w, text)
    match = _POINT.match(text)
    if match:
        x, y = (format_number(float(match.group(i)), lang, 1) for i in (1, 2))
        return w["point"].format(x=x, y=y)
    return _quote(w, text)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- directions --------------------------------------------------------------------------


def directions(route: Route, venue: Venue, *, lang: str = "en") -> list[Step]:
    """The instructions that walk `route` through `venue`, in `lang` (``"en"`` or ``"fr"``).

    The last step is the total distance and time.

    Examples
    --------
    >>> from models.factories import two_room_venue
    >>> from routing import access_route, build_graph
    >>> venue = two_room_venue()
    >>> route = access_route(build_graph(venue), "exit-a", "exit-b", profile="team")
    >>> for step in directions(route, venue):
    ...     print(step.text)
    Enter by exit exit-a (west side) into “Room A”.
    Go 5 m, carry on through door door-ab into “Room B”.
    Go 5 m, carry on and leave by exit exit-b (east side).
    In all 10 m, about 8 s (intervention team with equipment).
    """
    w = _words(lang)
    steps: list[Step] = []
    pending = [0.0, 0.0]  # metres, seconds walked since the last step
    heading: np.ndarray | None = None
    legs = route.legs

    def emit(kind: str, text: str, element: str | None = None) -> None:
        steps.append(Step(_sentence(text), kind, pending[0], pending[1], element))
        pending[0] = pending[1] = 0.0

    first = legs[0] if legs else None
    if first is not None and not (first.kind == "door" and first.start_space is None):
        emit("start", w["start"].format(place=_place(venue, w, route.source, lang)))
    i = 0
    while i < len(legs):
        leg = legs[i]
        if leg.kind in ("walk", "outside"):
            heading = _walk(leg, heading, pending, emit, w, lang)
        elif leg.kind == "door":
            heading = _door(venue, route, i, heading, pending, emit, w, lang)
        else:
            j = i
            while j + 1 < len(legs) and legs[j + 1].element == leg.element and legs[j + 1].kind == leg.kind:
                j += 1
            for ride in legs[i : j + 1]:
                pending[1] += ride.time
            _connector_step(venue, leg, legs[j], pending, emit, w, lang)
            heading = None
            i = j
        i += 1
    place = _place(venue, w, route.target, lang)
    if steps and steps[-1].kind == "leave" and pending[0] < MIN_WALK:
        pass  # leaving by the target exit is arriving
    elif pending[0] >= MIN_WALK:
        emit("arrive", w["arrive_go"].format(distance=format_distance(pending[0], lang), place=place))
    else:
        emit("arrive", w["arrive"].format(place=place))
    total = w["total"].format(
        distance=format_distance(route.length, lang),
        time=format_duration(route.time, lang),
        profile=get_profile(route.profile).title(lang) if route.profile else "",
    )
    steps.append(Step(_sentence(total), "total", route.length, route.time))
    return steps


def describe(route: Route, venue: Venue, *, lang: str = "en") -> str:
    """The directions as numbered lines of text (the total unnumbered, last)."""
    steps = directions(route, venue, lang=lang)
    lines = [f"{n}. {s.text}" for n, s in enumerate(steps[:-1], start=1)]
    return "\n".join([*lines, steps[-1].text])


def _walk(leg, heading, pending, emit, w, lang) -> np.ndarray | None:
    """Walk along a leg; announce each bend of 30 degrees or more. Returns the heading at its end."""
    for _, d, n in _pieces(leg.geometry[:, :2]):
        if n >= MIN_PIECE:
            turn = _turn(heading, d)
            if turn != "straight" and heading is not None and pending[0] >= MIN_WALK and leg.kind == "walk":
                emit("turn", w["go_turn"].format(distance=format_distance(pending[0], lang), turn=w["turns"][turn]))
            heading = d
        pending[0] += n
        pending[1] += leg.time * (n / leg.length) if leg.length > 0 else 0.0
    return heading


def _door(venue, route, i, heading, pending, emit, w, lang) -> np.ndarray | None:
    leg = route.legs[i]
    opening = leg.element
    pending[1] += leg.time
    ref = _opening(venue, w, opening)
    locked = w["locked"].format(time=format_duration(leg.wait, lang)) if leg.wait > 0 else ""
    if leg.start_space is None:
        if pending[0] >= MIN_WALK:
            emit("outside", w["outside"].format(distance=format_distance(pending[0], lang), opening=ref))
        space = venue.openings[opening].spaces[0]
        text = w["enter"].format(opening=ref, side=w["sides"][_side(venue, opening)], space=_space(venue, w, space))
        emit("enter", text + locked, opening)
        return _first_heading(route, i + 1)
    after = _first_heading(route, i + 1)
    turn = w["turns"][_turn(heading, after)]
    walked = pending[0] >= MIN_WALK
    distance = format_distance(pending[0], lang)
    if leg.space is None:
        side = w["sides"][_side(venue, opening)]
        template = w["go_leave"] if walked else w["leave"]
        emit("leave", template.format(distance=distance, turn=turn, opening=ref, side=side) + locked, opening)
    else:
        space = _space(venue, w, leg.space)
        template = w["go_door"] if walked else w["door"]
        emit("door", template.format(distance=distance, turn=turn, opening=ref, space=space) + locked, opening)
    return after if after is not None else heading


def _connector_step(venue, leg, last, pending, emit, w, lang) -> None:
    key = f"{leg.kind}_{leg.direction or 'up'}"
    level = _level(venue, w, last.level)
    ref = _connector(venue, w, leg.element)
    if pending[0] >= MIN_WALK:
        ride = w["ride"][key].format(level=level)
        emit("connector", w["go_connector"].format(distance=format_distance(pending[0], lang), connector=ref,
                                                   ride=ride), leg.element)  # fmt: skip
    else:
        emit("connector", w["connector"].format(ride=w["ride_here"][key].format(connector=ref, level=level)),
             leg.element)  # fmt: skip
