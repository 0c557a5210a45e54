"""Generate a stadium venue of a given size: the large venue the project's speed targets are measured on.

The bowl is a rounded rectangle around a 124 x 84 m pitch enclosure. Every
outline is drawn from one family of parallel curves: the curve of "radius" r is
the rectangle [-50, 50] x [-30, 30] m swollen by r (straights, then quarter
circles of radius r about the corners (±50, ±30)). A point
is named by a station t in [0, 8) (0 east straight, 1 north-east corner,
2 north straight, ... 7 south-east corner; the fraction runs along the part) and
a radius, so neighbours that share an edge are built from the same stations and
share exact vertices.

- L0 (ground, 0 m): the pitch, the lower tier (sectors 101..., entered through
  vomitories from the ground concourse behind it), the players' tunnel, the
  ground concourse ring, rooms behind it (toilets, security post, first aid,
  stewards, plant room), lift lobbies, and the gates to the outside.
- L1 (upper concourse, +10 m): the upper tier (sectors 201..., overhanging the
  back third of the lower tier), the upper concourse ring behind it, its rooms
  (toilets, first aid, control room); stairs and lifts join it to L0.

Sizes follow the Green Guide (8 minutes' egress at 82 p/m/min on the level and
66 on steps); ``docs/stadium-generator.md`` gives the figures and the hand
calculation for 20,000 and 80,000 places.

Run ``python samples/stadium.py --places 80000 -o stadium-80k.venue``.
"""

from __future__ import annotations

import argparse
import logging
import math
import operator
import sys
from pathlib import Path
from typing import NamedTuple

from models import (
    Connector,
    ConnectorKind,
    Landing,
    Level,
    Marker,
    MarkerKind,
    Opening,
    OpeningKind,
    Space,
    SpaceUse,
    Venue,
    VenuePlannerError,
)

log = logging.getLogger(__name__)

# --- the figures (metres, persons, minutes); docs/stadium-generator.md names their sources ---
HALF_X, HALF_Y = 50.0, 30.0  # corner centres of every curve: straights of 100 m (north, south) and 60 m (ends)
PITCH_RADIUS = 12.0  # pitch enclosure 124 x 84 m: a 105 x 68 m pitch with its run-offs
ROW_DEPTH = 0.80  # seat row depth (Green Guide recommends 0.80)
AREA_PER_SEAT = 0.50  # gross: 0.50 m seat x 0.80 m row = 0.40 m², plus aisles, vomitory mouths, barriers
LOWER_SHARE = (2, 5)  # the lower tier holds 2/5 of the places, the upper tier the rest
SECTOR_SEATS, MIN_SECTORS, MAX_SECTORS = 750, 12, 32  # sectors per tier: one per 750 seats, within these bounds
EGRESS_MINUTES = 8  # Green Guide egress time
FLOW_LEVEL, FLOW_STEPPED = 82, 66  # persons per metre of width per minute (Green Guide)
VOMITORY_WIDTH, GATE_WIDTH, STAIR_WIDTH, LIFT_WIDTH = 2.2, 6.0, 3.0, 1.1
CONCOURSE_WIDTH = {"L0": 10.0, "L1": 8.0}
ROOM_DEPTH, ROOM_LENGTH, LOBBY_WIDTH, TUNNEL_WIDTH = 8.0, 5.0, 4.0, 6.0  # rooms 5 m wide along the concourse
UPPER_ELEVATION, RISERS, GOING = 10.0, 59, 0.28  # 59 risers of 169.5 mm climb the 10 m
LIFTS, LIFT_CAR, LIFT_SPEED = 4, 21, 1.0  # 1,600 kg cars (21 persons) at 1 m/s
STAGING_DISTANCE = 15.0  # staging points stand this far outside the outermost wall
MIN_PLACES, MAX_PLACES = 5_000, 100_000
CORNER_STEPS = 9  # corner arcs are drawn as 10° chords
MIN_EDGE = 0.5  # no wall shorter than this is drawn next to a boundary or an opening

VOMITORY_SEATS = VOMITORY_WIDTH * FLOW_STEPPED * EGRESS_MINUTES  # 1,161.6 persons in 8 minutes
GATE_PLACES = GATE_WIDTH * FLOW_LEVEL * EGRESS_MINUTES  # 3,936 persons in 8 minutes
STAIR_SEATS = STAIR_WIDTH * FLOW_STEPPED * EGRESS_MINUTES  # 1,584 persons in 8 minutes


class StadiumSizeError(VenuePlannerError, ValueError):
    """The number of places asked for is outside what the generator lays out."""

    def __init__(self, places: int) -> None:
        self.places = places
        asked = f"{places:,}" if isinstance(places, int) else repr(places)
        super().__init__(f"a stadium of {asked} places: the generator makes {MIN_PLACES:,} to {MAX_PLACES:,}")


class Tier(NamedTuple):
    """One tier of the bowl: seats, rows and sectors, from radius `front` to `back` (metres).

    (A named tuple, not a dataclass: dataclasses need their module registered in
    ``sys.modules``, and this file is loaded by path.)
    """

    seats: int
    rows: int
    sectors: int
    front: float

    @property
    def back(self) -> float:
        return self.front + self.rows * ROW_DEPTH


def _rows_for(seats: int, front: float) -> int:
    """Rows of ROW_DEPTH holding `seats` at AREA_PER_SEAT in the ring starting at radius `front`."""
    # ring area of depth d: (4(HALF_X + HALF_Y) + 2 pi front) d + pi d²
    p = 4 * (HALF_X + HALF_Y) + 2 * math.pi * front
    depth = (-p + math.sqrt(p * p + 4 * math.pi * seats * AREA_PER_SEAT)) / (2 * math.pi)
    return math.ceil(depth / ROW_DEPTH - 1e-9)


def layout(places: int) -> tuple[Tier, Tier, int]:
    """The lower tier, the upper tier and the number of gates for `places`."""
    try:
        places = operator.index(places)
    except TypeError:
        raise StadiumSizeError(places) from None
    if not MIN_PLACES <= places <= MAX_PLACES:
        raise StadiumSizeError(places)
    lower_seats = places * LOWER_SHARE[0] // LOWER_SHARE[1]

    def sectors(seats: int) -> int:
        return min(MAX_SECTORS, max(MIN_SECTORS, math.ceil(seats / SECTOR_SEATS)))

    lower = Tier(lower_seats, _rows_for(lower_seats, PITCH_RADIUS), sectors(lower_seats), PITCH_RADIUS)
    upper_front = lower.back - (lower.rows // 3) * ROW_DEPTH  # overhangs the back third of the lower tier
    upper_seats = places - lower_seats
    upper = Tier(upper_seats, _rows_for(upper_seats, upper_front), sectors(upper_seats), upper_front)
    gates = 4 * math.ceil(places / (4 * GATE_PLACES))  # a multiple of 4, one quarter per side
    return lower, upper, gates


# --- the curve family -------------------------------------------------------------------


def _lengths(r: float) -> tuple[float, ...]:
    quarter = math.pi * r / 2
    return (2 * HALF_Y, quarter, 2 * HALF_X, quarter, 2 * HALF_Y, quarter, 2 * HALF_X, quarter)


def _point(t: float, r: float) -> tuple[float, float]:
    """The point at station `t` on the curve of radius `r`, to the micrometre.

    Rounding makes the venue the same on every platform: cos and sin may differ
    in their last bit from one maths library to another.
    """
    x, y = _exact_point(t, r)
    return (round(x, 6), round(y, 6))


def _exact_point(t: float, r: float) -> tuple[float, float]:
    k, u = int(t), t - int(t)
    if k % 2:  # a corner: quarter circle about its centre
        cx = HALF_X if k in (1, 7) else -HALF_X
        cy = HALF_Y if k in (1, 3) else -HALF_Y
        angle = math.pi / 2 * ((k - 1) // 2 + u)
        return (cx + r * math.cos(angle), cy + r * math.sin(angle))
    if k == 0:
        return (HALF_X + r, -HALF_Y + 2 * HALF_Y * u)
    if k == 2:
        return (HALF_X - 2 * HALF_X * u, HALF_Y + r)
    if k == 4:
        return (-HALF_X - r, HALF_Y - 2 * HALF_Y * u)
    return (-HALF_X + 2 * HALF_X * u, -HALF_Y - r)


def _arc(t: float, r: float) -> float:
    """Length along the curve of radius `r` from station 0 to `t` (metres)."""
    lengths = _lengths(r)
    k = int(t)
    return sum(lengths[:k]) + (t - k) * lengths[k]


def _station(s: float, r: float) -> float:
    """The station at length `s` along the curve of radius `r` (the inverse of :func:`_arc`)."""
    lengths = _lengths(r)
    s %= sum(lengths)
    for k, length in enumerate(lengths):
        if s < length:
            return (k + s / length) % 8.0
        s -= length
    return 0.0


def _within(t: float, a: float, b: float) -> bool:
    """Whether station `t` lies on the way from `a` to `b` (counter-clockwise, ends included)."""
    return (t - a) % 8.0 <= (b - a) % 8.0


class _Curve:
    """One curve on one level: every wall drawn along it uses its stations, so neighbours share vertices.

    Stations are the ends of the ranges drawn along it (marked), the ends of the
    clear stretches kept for openings (reserved), and the chords of the corners
    wherever they do not come closer than MIN_EDGE to those.
    """

    def __init__(self, r: float) -> None:
        self.r = r
        self.perimeter = sum(_lengths(r))
        self._marked: set[float] = set()
        self._clear: list[tuple[float, float]] = []
        self._stations: list[float] | None = None

    def mark(self, *stations: float) -> None:
        assert self._stations is None, "a curve cannot change once drawn"
        self._marked.update(stations)

    def reserve(self, t: float, width: float, margin: float) -> tuple[float, float]:
        """Keep a straight wall of `width` + 2 `margin` centred on `t`; return the middle of that wall."""
        s, half = _arc(t, self.r), width / 2 + margin
        lo, hi = _station(s - half, self.r), _station(s + half, self.r)
        self.mark(lo, hi)
        self._clear.append((lo, hi))
        (x0, y0), (x1, y1) = _point(lo, self.r), _point(hi, self.r)
        return ((x0 + x1) / 2, (y0 + y1) / 2)

    def stations(self) -> list[float]:
        if self._stations is None:
            marked = sorted(self._marked)
            for lo, hi in self._clear:
                inside = [t for t in marked if 1e-12 < (t - lo) % 8.0 < (hi - lo) % 8.0 - 1e-12]
                if inside:
                    raise RuntimeError(f"stadium layout: station {inside[0]} falls in the opening {lo}..{hi}")
            at = [_arc(t, self.r) for t in marked]
            chords = [float(k) for k in range(8)]
            chords += [k + j / CORNER_STEPS for k in (1, 3, 5, 7) for j in range(1, CORNER_STEPS)]
            kept = [
                t
                for t in chords
                if not any(_within(t, lo, hi) for lo, hi in self._clear)
                and all(self._gap(_arc(t, self.r), s) >= MIN_EDGE for s in at)
            ]
            self._stations = sorted(set(marked) | set(kept))
        return self._stations

    def _gap(self, s0: float, s1: float) -> float:
        d = abs(s0 - s1) % self.perimeter
        return min(d, self.perimeter - d)

    def points(self, a: float, b: float) -> list[tuple[float, float]]:
        """The wall from station `a` to `b`, counter-clockwise, ends included."""
        chosen = sorted((t for t in self.stations() if _within(t, a, b)), key=lambda t: (t - a) % 8.0)
        return [_point(t, self.r) for t in chosen]


def _along(a: float, b: float, r: float, fraction: float) -> float:
    """The station `fraction` of the way from `a` to `b` along the curve of radius `r`."""
    s0, s1 = _arc(a, r), _arc(b, r)
    length = (s1 - s0) % sum(_lengths(r)) or sum(_lengths(r))
    return _station(s0 + fraction * length, r)


def _cuts(start: float, end: float, tier: Tier) -> list[float]:
    """Stations cutting the tier from `start` to `end` into sectors of equal area (equal length at mid-depth)."""
    mid = (tier.front + tier.back) / 2
    inner = [_along(start, end, mid, k / tier.sectors) for k in range(1, tier.sectors)]
    return [start, *inner, end]


def _seats(tier: Tier, k: int) -> int:
    q, rest = divmod(tier.seats, tier.sectors)
    return q + (k < rest)


class _Builder:
    """Collects a venue's elements; spaces are drawn last, once every curve knows all its stations."""

    def __init__(self) -> None:
        self.curves: dict[tuple[str, float], _Curve] = {}
        self.bands: list[tuple[str, str, float, float | None, float, float, dict]] = []
        self.openings: list[Opening] = []
        self.connectors: list[Connector] = []
        self.markers: list[Marker] = []

    def curve(self, level: str, r: float) -> _Curve:
        return self.curves.setdefault((level, r), _Curve(r))

    def band(self, sid: str, level: str, r0: float, r1: float | None, a: float, b: float, **fields) -> str:
        """A space between radii `r0` and `r1` from station `a` to `b` (`r1` None: the disc inside `r0`)."""
        self.curve(level, r0).mark(a, b)
        if r1 is not None:
            self.curve(level, r1).mark(a, b)
        self.bands.append((sid, level, r0, r1, a, b, fields))
        return sid

    def door(self, oid: str, level: str, r: float, t: float, width: float, spaces, kind, margin=0.25, **f) -> None:
        """An opening of `width` in the wall along radius `r`, centred on station `t`."""
        position = self.curve(level, r).reserve(t, width, margin)
        self.openings.append(Opening(oid, level, position, width, tuple(spaces), kind, **f))

    def pack(self, level: str, r: float, a: float, b: float, lengths: list[float]) -> list[tuple[float, float]]:
        """Spread walls of these lengths evenly along radius `r` from `a` to `b`: their (start, end) stations."""
        s = _arc(a, r)
        gap = ((_arc(b, r) - s) % sum(_lengths(r)) - sum(lengths)) / (len(lengths) + 1)
        if gap < 0.75:
            raise RuntimeError(f"stadium layout: walls of {lengths} m do not fit at radius {r:.1f} m")
        ends = []
        for length in lengths:
            s += gap
            ends.append((_station(s, r), _station(s + length, r)))
            s += length
        return ends

    def spaces(self) -> list[Space]:
        drawn = []
        for sid, level, r0, r1, a, b, fields in self.bands:
            inner = self.curve(level, r0)
            if r1 is None:
                ring = [_point(t, r0) for t in inner.stations()]
            else:
                ring = inner.points(a, b) + self.curve(level, r1).points(a, b)[::-1]
            drawn.append(Space(sid, level, ring, **fields))
        return drawn


def _segment_at(t: float, ranges: list[tuple[str, float, float]]) -> str:
    return next(sid for sid, a, b in ranges if _within(t, a, b))


#: Rooms that are not toilets, by level and by segment of its concourse (n segments): id, name, use, door width.
def _rooms(level: str, n: int) -> dict[int, tuple[str, str, SpaceUse, float]]:
    if level == "L1":
        return {
            0: ("control-room", "Stadium control room", SpaceUse.SECURITY, 1.2),
            n // 2: ("first-aid-upper", "First aid (upper)", SpaceUse.FIRST_AID, 1.2),
        }
    return {
        0: ("security-post", "Security post", SpaceUse.SECURITY, 1.2),
        1: ("stewards-room", "Stewards' briefing room", SpaceUse.OFFICE, 1.2),
        n // 4: ("first-aid-1", "First aid 1", SpaceUse.FIRST_AID, 1.2),
        n // 2: ("plant-room", "Plant room", SpaceUse.TECHNICAL, 1.5),
        3 * n // 4: ("first-aid-2", "First aid 2", SpaceUse.FIRST_AID, 1.2),
    }


def _tier(b: _Builder, level: str, tier: Tier, cuts: list[float], ring: list[tuple[str, float, float]]) -> None:
    """The sectors of a tier, their vomitories onto the concourse behind, its segments and passages."""
    first, width = (101 if level == "L0" else 201), CONCOURSE_WIDTH[level]
    for k in range(tier.sectors):
        a, e, number, seats = cuts[k], cuts[k + 1], first + k, _seats(tier, k)
        sid = f"sector-{number}"
        fields = {"name": f"Sector {number}", "number": str(number), "use": SpaceUse.SEATING, "seats": seats}
        b.band(sid, level, tier.front, tier.back, a, e, **fields)
        count = math.ceil(seats / VOMITORY_SEATS)
        for j in range(count):
            t = _along(a, e, tier.back, (j + 0.5) / count)
            spaces, label = (sid, _segment_at(t, ring)), f"Vomitory {number}{'ABCDEFGH'[j]}"
            b.door(
                f"vom-{number}-{j + 1}", level, tier.back, t, VOMITORY_WIDTH, spaces, OpeningKind.PASSAGE, name=label
            )
    for n, (sid, a, e) in enumerate(ring):
        b.band(
            sid, level, tier.back, tier.back + width, a, e, name=f"Concourse {level}.{n + 1}", use=SpaceUse.CONCOURSE
        )
        position = _point(a, tier.back + width / 2)
        b.openings.append(
            Opening(f"pass-{sid}", level, position, width - 1.0, (ring[n - 1][0], sid), OpeningKind.PASSAGE)
        )


def _behind(b: _Builder, level: str, r: float, ring, items: dict[int, list[str]], lobby_outer: float):
    """Rooms, gates and lift lobbies behind a concourse at radius `r`: one room per segment, then `items`.

    Returns the stations of the gates and the (station, space) where each lift stands.
    """
    size = {"room": ROOM_LENGTH, "gate": GATE_WIDTH + 0.5, "lift": LOBBY_WIDTH}
    special, gates, lifts = _rooms(level, len(ring)), [], []
    for k, (seg, a, e) in enumerate(ring):
        kinds = ["room", *items.get(k, ())]
        for kind, (lo, hi) in zip(kinds, b.pack(level, r, a, e, [size[i] for i in kinds]), strict=True):
            t = _along(lo, hi, r, 0.5)
            if kind == "room":
                toilets = (f"toilets-{level[1]}-{k + 1:02d}", "Toilets", SpaceUse.TOILETS, 1.8)
                rid, name, use, door = special.get(k, toilets)
                b.band(rid, level, r, r + ROOM_DEPTH, lo, hi, name=name, use=use)
                b.door(f"door-{rid}", level, r, t, door, (seg, rid), OpeningKind.DOOR)
            elif kind == "gate":
                gates.append(t)
                number = len(gates)
                b.door(f"gate-{number:02d}", level, r, t, GATE_WIDTH, (seg,), OpeningKind.GATE, name=f"Gate {number}")
            else:
                lobby = f"lift-lobby-{len(lifts) + 1}"
                b.band(lobby, level, r, lobby_outer, lo, hi, name=f"Lift lobby {len(lifts) + 1}", use=SpaceUse.LOBBY)
                b.door(f"door-{lobby}", level, r, t, 2.0, (seg, lobby), OpeningKind.DOOR)
                lifts.append((t, lobby))
    return gates, lifts


def build_stadium(places: int = 20_000, *, name: str | None = None) -> Venue:
    """A stadium of exactly `places` seats, laid out as the module docstring says.

    Parameters
    ----------
    places : int
        Seats, from MIN_PLACES to MAX_PLACES; the lower tier holds 2/5 of them.
    name : str, optional
        The venue's name; by default "Stadium (20,000 places)".

    Returns
    -------
    Venue
        The same venue for the same arguments.

    Raises
    ------
    StadiumSizeError
        `places` is not a whole number in range.
    """
    lower, upper, gates = layout(places)
    b = _Builder()
    c0, c1 = lower.back, lower.back + CONCOURSE_WIDTH["L0"]  # ground concourse: inner and outer radius
    u1, u2 = upper.back, upper.back + CONCOURSE_WIDTH["L1"]  # upper concourse

    # L0: the players' tunnel in the middle of the south straight, the lower tier round from its east side
    half = TUNNEL_WIDTH / 2 / (2 * HALF_X)
    west, east = 6.5 - half, 6.5 + half
    cuts = _cuts(east, west, lower)
    ground = [(f"concourse-0-{k + 1:02d}", west if k == 0 else cuts[k], cuts[k + 1]) for k in range(lower.sectors)]
    b.band("pitch", "L0", PITCH_RADIUS, None, 0.0, 0.0, name="Pitch", use=SpaceUse.OUTDOOR)
    b.band("tunnel", "L0", PITCH_RADIUS, c0, west, east, name="Players' tunnel", use=SpaceUse.CORRIDOR)
    b.door("tunnel-pitch", "L0", PITCH_RADIUS, 6.5, 5.0, ("pitch", "tunnel"), OpeningKind.PASSAGE)
    b.door("tunnel-concourse", "L0", c0, 6.5, 3.0, ("tunnel", ground[0][0]), OpeningKind.DOOR)
    _tier(b, "L0", lower, cuts, ground)

    # L1: the upper tier, cut from the middle of the main (south) stand
    cuts = _cuts(6.5, 6.5, upper)
    ring = [(f"concourse-1-{k + 1:02d}", cuts[k], cuts[k + 1]) for k in range(upper.sectors)]
    _tier(b, "L1", upper, cuts, ring)

    # gates spread evenly over the ground segments; lifts over the segments left without a gate. A lift
    # rises where the two concourses overlap in plan, else from a lobby under the upper concourse.
    n = lower.sectors
    items = {(2 * g + 1) * n // (2 * gates): ["gate"] for g in range(gates)}
    free = [k for k in range(n) if k not in items]
    lift_segments = [free[(2 * j + 1) * len(free) // (2 * LIFTS)] for j in range(LIFTS)]
    overlap = (max(c0, u1), min(c1, u2))
    lift_r = sum(overlap) / 2 if overlap[1] - overlap[0] >= 2.0 else (u1 + u2) / 2
    lobby_outer = max(c1 + ROOM_DEPTH, lift_r + 3.0)
    if lift_r > c1:
        items |= {k: ["lift"] for k in lift_segments}
    gate_stations, lifts = _behind(b, "L0", c1, ground, items, lobby_outer)
    if lift_r <= c1:
        lifts = [(_along(ground[k][1], ground[k][2], c1, 0.5), ground[k][0]) for k in lift_segments]
    _behind(b, "L1", u2, ring, {}, lobby_outer)

    # stairs from each upper concourse segment down to the ground concourse, sized for its sector's seats
    mid0, mid1 = (c0 + c1) / 2, (u1 + u2) / 2
    for k, (seg, a, e) in enumerate(ring):
        count = math.ceil(_seats(upper, k) / STAIR_SEATS)
        for j in range(count):
            t, number = _along(a, e, mid1, (j + 0.5) / count), len(b.connectors) + 1
            ends = (Landing("L0", _point(t, mid0), _segment_at(t, ground)), Landing("L1", _point(t, mid1), seg))
            step = {"riser": UPPER_ELEVATION / RISERS, "going": GOING, "name": f"Stair {number}"}
            b.connectors.append(Connector(f"stair-{number:02d}", ConnectorKind.STAIR, STAIR_WIDTH, ends, **step))
    for j, (t, space) in enumerate(lifts, start=1):
        ends = (Landing("L0", _point(t, lift_r), space), Landing("L1", _point(t, lift_r), _segment_at(t, ring)))
        car = {"speed": LIFT_SPEED, "capacity": LIFT_CAR, "name": f"Lift {j}"}
        b.connectors.append(Connector(f"lift-{j}", ConnectorKind.LIFT, LIFT_WIDTH, ends, **car))

    _markers(b, gate_stations, c1, u2, max(lobby_outer, u2 + ROOM_DEPTH))
    log.debug("stadium of %d places: %s, %s, %d gates", places, lower, upper, gates)
    return Venue(
        name=name or f"Stadium ({places:,} places)",
        levels=[
            Level("L0", "Ground concourse", 0.0, UPPER_ELEVATION),
            Level("L1", "Upper concourse", UPPER_ELEVATION, 4.0),
        ],
        spaces=b.spaces(),
        openings=b.openings,
        connectors=b.connectors,
        markers=b.markers,
        erp_type="PA",  # French ERP type for open-air venues
        erp_category=1,
    )


def _markers(b: _Builder, gates: list[float], c1: float, u2: float, outermost: float) -> None:
    """Staging points outside the gates nearest the middle of each side, and the key assets."""
    bands = {sid: (a, e) for sid, _, _, _, a, e, _ in b.bands}
    taken: list[float] = []
    for side, middle in (("east", 0.5), ("north", 2.5), ("west", 4.5), ("south", 6.5)):
        t = min((g for g in gates if g not in taken), key=lambda g: min((g - middle) % 8.0, (middle - g) % 8.0))
        taken.append(t)
        where = _point(t, outermost + STAGING_DISTANCE)
        label = f"Staging point {side}"
        b.markers.append(Marker(f"staging-{side}", MarkerKind.STAGING_POINT, "L0", where, radius=10.0, label=label))
    for mid, kind, level, room, r, label in (
        ("security-post", MarkerKind.SECURITY_POST, "L0", "security-post", c1 + 2.0, "Security post"),
        ("fire-panel", MarkerKind.FIRE_PANEL, "L0", "security-post", c1 + 4.0, "Fire alarm panel"),
        ("power-cutoff", MarkerKind.POWER_CUTOFF, "L0", "plant-room", c1 + 3.0, "Main LV switchboard"),
        ("control-room", MarkerKind.TARGET, "L1", "control-room", u2 + 3.0, "Stadium control room"),
    ):
        a, e = bands[room]
        b.markers.append(Marker(f"marker-{mid}", kind, level, _point(_along(a, e, r, 0.5), r), label=label))


def main(argv: list[str] | None = None) -> int:
    """``python samples/stadium.py [--places N] [--name NAME] -o OUT.venue``: write the stadium as a project file."""
    parser = argparse.ArgumentParser(description="Generate a stadium venue and save it as a .venue project.")
    parser.add_argument("--places", type=int, default=20_000, help="number of seats (default 20000)")
    parser.add_argument("--name", default=None, help="the venue's name")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .venue file to write")
    args = parser.parse_args(argv)
    from venueplanner.project import Project, save_project

    try:
        venue = build_stadium(args.places, name=args.name)
        save_project(Project(venue), args.output)
    except VenuePlannerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    seats = sum(s.seats or 0 for s in venue.spaces.values())
    print(f"{args.output}: {venue.name}, {seats:,} seats, {len(venue.spaces)} spaces, {len(venue.openings)} openings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
