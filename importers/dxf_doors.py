"""Doors in a DXF plan: door swings (ARC + leaf lines) and door blocks (INSERT) on door layers.

A door swing is an arc centred on the hinge whose radius is the leaf's width;
one end of the arc touches the wall (the closed leaf), the other the open leaf.
The closed end is the one nearer the walls and farther from the leaf lines. The
door's *chord*, hinge to closed end, spans the opening from jamb to jamb: its
centre is the opening's position and its length the opening's width. Two
swings whose closed ends meet are one double door, hinge to hinge.

A door block without an arc (a sliding door) spans the longer side of its
bounding box.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Point

from importers.dxf_entities import Arc, Drawing, Shape
from importers.dxf_layers import SOLID_ROLES
from models import Opening
from models.tolerances import (
    DXF_CLOSURE_EXTENSION_M,
    DXF_DOOR_LEAF_WIDTH_M,
    DXF_DOOR_PAIR_TOLERANCE,
    DXF_DOOR_SWEEP_DEG,
    DXF_JAMB_IN_LINE_M,
    DXF_JAMB_PROBE_M,
    DXF_SAME_DOOR_M,
)
from models.topology import SpaceIndex, spaces_joined_at

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DoorSymbol:
    """A door found in the drawing: the chord ``a`` -> ``b`` across its opening (metres)."""

    level: str
    a: tuple[float, float]
    b: tuple[float, float]
    handles: tuple[str, ...]
    leaves: int = 1

    @property
    def width(self) -> float:
        return float(np.hypot(self.b[0] - self.a[0], self.b[1] - self.a[1]))

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.a[0] + self.b[0]) / 2, (self.a[1] + self.b[1]) / 2)

    def closure(self) -> LineString:
        """The closed door as a line, a little longer than the opening so that it meets the jambs."""
        a, b = np.array(self.a), np.array(self.b)
        d = (b - a) / max(self.width, 1e-12) * DXF_CLOSURE_EXTENSION_M
        return LineString([a - d, b + d])


def _tree(shapes: Iterable[Shape]) -> tuple[shapely.STRtree | None, list[LineString]]:
    lines = [LineString(s.points) for s in shapes if len(s.points) >= 2]
    return (shapely.STRtree(lines) if lines else None), lines


def _distance(tree: shapely.STRtree | None, lines: Sequence[LineString], point: np.ndarray) -> float:
    if tree is None:
        return np.inf
    p = Point(point)
    i = tree.nearest(p)
    return float(lines[int(i)].distance(p)) if i is not None else np.inf


def _closed_end(arc: Arc, walls, leaves) -> np.ndarray:
    """The end of the arc where the closed leaf meets the wall."""

    def score(end: np.ndarray) -> float:
        near_wall = min(_distance(*walls, end), arc.radius)
        near_leaf = min(_distance(*leaves, end), arc.radius)
        return near_wall - near_leaf

    first, second = arc.ends
    return first if score(first) <= score(second) else second


def _clear_span(a: np.ndarray, b: np.ndarray, swing: np.ndarray, walls) -> tuple[np.ndarray, np.ndarray]:
    """The part of the chord ``a -> b`` between the jambs: a leaf often overlaps its frame.

    The jambs are found on the wall side of the chord (away from `swing`, a point of
    the swing): wall lines crossing a line drawn just inside the wall (the jamb's
    end line), and ends of wall lines in line with the chord (a wall drawn as one
    line). A column or a wall standing beside the door is neither. The chord only
    ever shrinks, and never below half its length.
    """
    tree, lines = walls
    width = float(np.hypot(*(b - a)))
    if tree is None or width <= 0:
        return a, b
    u = (b - a) / width
    n = np.array([-u[1], u[0]])
    if np.dot(swing - a, n) > 0:
        n = -n  # n points into the wall
    reach = shapely.box(*np.concatenate([np.minimum(a, b), np.maximum(a, b)])).buffer(DXF_JAMB_IN_LINE_M)
    ts: list[float] = []
    probe = LineString([a + n * DXF_JAMB_PROBE_M - u * width, b + n * DXF_JAMB_PROBE_M + u * width])
    for i in tree.query(reach):
        line = lines[int(i)]
        pts = np.asarray(line.coords)
        depth = (pts - a) @ n
        ends = pts[[0, -1]][np.abs(depth[[0, -1]]) <= DXF_JAMB_IN_LINE_M]
        ts += list((ends - a) @ u)
        crossing = line.intersection(probe)
        if not crossing.is_empty:
            ts += list((shapely.get_coordinates(crossing) - a) @ u)
    mid = width / 2
    lo = max([t for t in ts if t < mid - DXF_JAMB_PROBE_M], default=0.0)
    hi = min([t for t in ts if t > mid + DXF_JAMB_PROBE_M], default=width)
    lo, hi = max(lo, 0.0), min(hi, width)
    if hi - lo < width / 2:
        return a, b
    return a + u * lo, a + u * hi


def _swings(arcs: Sequence[Arc], walls, leaves, rejected: Counter) -> list[DoorSymbol]:
    """Door symbols from swing arcs, pairing double doors."""
    found = []
    for arc in arcs:
        if not (DXF_DOOR_SWEEP_DEG[0] <= arc.sweep <= DXF_DOOR_SWEEP_DEG[1]):
            rejected[f"arc sweeping {arc.sweep:.0f} degrees"] += 1
            continue
        if not (DXF_DOOR_LEAF_WIDTH_M[0] <= arc.radius <= DXF_DOOR_LEAF_WIDTH_M[1]):
            rejected[f"arc of radius {arc.radius:.2f} m"] += 1
            continue
        found.append((arc, _closed_end(arc, walls, leaves)))
    doors: list[DoorSymbol] = []
    ends = np.array([end for _, end in found]).reshape(-1, 2)
    radii = np.array([arc.radius for arc, _ in found])
    used = np.zeros(len(found), dtype=bool)
    for i, (arc, end) in enumerate(found):
        if used[i]:
            continue
        used[i] = True
        # a double door: another swing of about the same radius whose closed end meets this one's
        mates = np.flatnonzero(
            ~used
            & (np.abs(radii - arc.radius) <= 0.15 * np.maximum(radii, arc.radius))
            & (np.hypot(*(ends - end).T) <= DXF_DOOR_PAIR_TOLERANCE * arc.radius)
        )
        if len(mates):
            j = int(mates[0])
            used[j] = True
            other = found[j][0]
            a, b = _clear_span(arc.center, other.center, _swing_point(arc, end), walls)
            doors.append(DoorSymbol(arc.level, _pt(a), _pt(b), (arc.handle, other.handle), 2))
        else:
            a, b = _clear_span(arc.center, end, _swing_point(arc, end), walls)
            doors.append(DoorSymbol(arc.level, _pt(a), _pt(b), (arc.handle,)))
    return doors


def _swing_point(arc: Arc, closed: np.ndarray) -> np.ndarray:
    """The open end of the swing: it lies on the room side of the door."""
    first, second = arc.ends
    return second if closed is first else first


def _pt(p: np.ndarray) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _block_span(level: str, handle: str, shapes: Sequence[Shape]) -> DoorSymbol | None:
    """A door block without a swing: the chord along the longer side of its bounding box."""
    if not shapes:
        return None
    pts = np.concatenate([s.points for s in shapes])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    mid = (lo + hi) / 2
    if hi[0] - lo[0] >= hi[1] - lo[1]:
        a, b = (lo[0], mid[1]), (hi[0], mid[1])
    else:
        a, b = (mid[0], lo[1]), (mid[0], hi[1])
    symbol = DoorSymbol(level, (float(a[0]), float(a[1])), (float(b[0]), float(b[1])), (handle,))
    return symbol if DXF_DOOR_LEAF_WIDTH_M[0] <= symbol.width <= 2 * DXF_DOOR_LEAF_WIDTH_M[1] else None


def find_doors(drawing: Drawing) -> tuple[list[DoorSymbol], Counter]:
    """Every door symbol of the drawing (metres), and a count of door-layer arcs and blocks not taken as doors."""
    rejected: Counter = Counter()
    doors: list[DoorSymbol] = []
    for level in drawing.levels():
        walls = _tree(s for s in drawing.shapes if s.level == level and s.role in SOLID_ROLES)
        leaves = _tree(s for s in drawing.shapes if s.level == level and s.role == "doors" and s.dxftype != "ARC")
        arcs = [a for a in drawing.arcs if a.level == level]
        doors += _swings(arcs, walls, leaves, rejected)
        for block in (b for b in drawing.door_blocks if b.level == level):
            block_leaves = _tree(s for s in block.shapes if s.dxftype != "ARC")
            swings = _swings(block.arcs, walls, block_leaves, Counter())
            if swings:
                # the block's handle names the door: the arcs inside a block have none
                doors += [DoorSymbol(d.level, d.a, d.b, (block.handle,), d.leaves) for d in swings]
                continue
            span = _block_span(level, block.handle, block.shapes)
            if span is None:
                rejected[f"door block {block.name!r} of no door's size"] += 1
            else:
                doors.append(span)
    return _dedupe(doors), rejected


def _dedupe(doors: list[DoorSymbol]) -> list[DoorSymbol]:
    """Door symbols closer than :data:`~models.tolerances.DXF_SAME_DOOR_M` to one kept on their level are that door."""
    kept: list[DoorSymbol] = []
    centres = np.array([d.centre for d in doors]).reshape(-1, 2)
    levels = np.array([d.level for d in doors])
    keep = np.ones(len(doors), dtype=bool)
    for i, door in enumerate(doors):
        if not keep[i]:
            continue
        kept.append(door)
        close = (levels == door.level) & (np.hypot(*(centres - centres[i]).T) < DXF_SAME_DOOR_M)
        close[: i + 1] = False
        keep &= ~close
    return kept


def openings(
    doors: Iterable[DoorSymbol], index: SpaceIndex, level_ids: dict[str, str]
) -> tuple[list[Opening], list[tuple[str, str]]]:
    """Openings for the door symbols, joined to the spaces on each side; ``(openings, dropped)``.

    An opening that touches one space is an exit; one that touches none is dropped.
    """
    made: list[Opening] = []
    dropped: list[tuple[str, str]] = []
    for door in doors:
        level_id = level_ids[door.level]
        x, y = door.centre
        name = f"door {'+'.join(h for h in door.handles if h) or '(no handle)'}"
        spaces = spaces_joined_at(index, level_id, (x, y))
        if not spaces:
            dropped.append((name, f"at ({x:.2f}, {y:.2f}) m touches no space"))
            continue
        ident = f"door-{door.handles[0]}" if door.handles[0] else f"door-{len(made) + 1}"
        if len(level_ids) > 1:
            ident = f"{level_id}-{ident}"
        made.append(
            Opening(ident, level_id, (x, y), round(door.width, 3), spaces, source_ref=",".join(door.handles) or None)
        )
    return made, dropped
