"""Collect a DXF model space into plain arrays by layer role: lines, closed outlines, door arcs, door blocks, texts.

Nothing of ezdxf leaves this module: every entity becomes numpy points in the
file's units (the caller scales them to metres) tagged with its level key, its
role and its DXF handle. Entities of a type no handler understands are counted
by type; entities on ignored or unmapped layers are counted by layer.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from importers.dxf_layers import LayerMap, layer_role
from models import Progress
from models.tolerances import DXF_FLATTEN_FRACTION

log = logging.getLogger(__name__)

#: INSERTs nest at most this deep (guards against cyclic blocks).
_MAX_DEPTH = 8
_TEXTS_AND_BLOCKS = ("TEXT", "MTEXT", "ATTRIB", "INSERT")
#: Roles whose linework the reader does not use: stairs are not derived from a plan, labels are texts.
_UNUSED_ROLES = ("stairs", "labels")


@dataclass(slots=True)
class Shape:
    """A polyline of one role: ``points`` (n, 2) float in file units, closed or open."""

    level: str
    role: str
    points: np.ndarray
    closed: bool
    handle: str
    dxftype: str


@dataclass(slots=True)
class Arc:
    """An arc drawn on a door layer: a candidate door swing (file units, WCS)."""

    level: str
    center: np.ndarray
    radius: float
    ends: tuple[np.ndarray, np.ndarray]
    sweep: float  #: degrees
    handle: str


@dataclass(slots=True)
class Label:
    level: str
    role: str | None
    text: str
    position: np.ndarray
    height: float


@dataclass(slots=True)
class DoorBlock:
    """An INSERT on a door layer, exploded: its lines and arcs in WCS."""

    level: str
    handle: str
    name: str
    shapes: list[Shape]
    arcs: list[Arc]


@dataclass(slots=True)
class Drawing:
    """Everything read from a model space, in file units until :meth:`scale` is applied."""

    shapes: list[Shape] = field(default_factory=list)
    arcs: list[Arc] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    door_blocks: list[DoorBlock] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)  #: entity type -> count not understood
    unmapped: Counter = field(default_factory=Counter)  #: layer -> entities on a layer with no role
    ignored: Counter = field(default_factory=Counter)  #: layer -> entities on an ignored layer
    unused: Counter = field(default_factory=Counter)  #: layer -> linework on a stairs or labels layer
    roles: dict[str, str | None] = field(default_factory=dict)  #: layer -> role
    bounds_other: list[np.ndarray] = field(default_factory=list)  #: (2, 2) boxes of unmapped entities

    def scale(self, factor: float) -> None:
        """Multiply every coordinate by `factor` (file units -> metres)."""
        for shape in self.all_shapes():
            shape.points = shape.points * factor
        for arc in self.all_arcs():
            arc.center, arc.radius = arc.center * factor, arc.radius * factor
            arc.ends = (arc.ends[0] * factor, arc.ends[1] * factor)
        for label in self.labels:
            label.position, label.height = label.position * factor, label.height * factor
        self.bounds_other = [b * factor for b in self.bounds_other]

    def all_shapes(self) -> Iterator[Shape]:
        yield from self.shapes
        for block in self.door_blocks:
            yield from block.shapes

    def all_arcs(self) -> Iterator[Arc]:
        yield from self.arcs
        for block in self.door_blocks:
            yield from block.arcs

    def levels(self) -> list[str]:
        keys = {s.level for s in self.shapes} | {a.level for a in self.arcs} | {b.level for b in self.door_blocks}
        return sorted(keys | {lb.level for lb in self.labels})

    def extent(self, roles: tuple[str, ...] | None = None) -> tuple[np.ndarray, np.ndarray] | None:
        """``(min, max)`` corners of the shapes of these roles (all roles when None), or None."""
        pts = [s.points for s in self.all_shapes() if roles is None or s.role in roles]
        pts += [np.array([a.center - a.radius, a.center + a.radius]) for a in self.all_arcs()]
        if not pts:
            return None
        allpts = np.concatenate(pts)
        return allpts.min(axis=0), allpts.max(axis=0)


def _xy(v) -> np.ndarray:
    return np.array((float(v[0]), float(v[1])))


def _flatten(entity, tolerance: float) -> list[tuple[np.ndarray, bool]]:
    """Polylines ``(points, closed)`` of a curve entity, via ezdxf's path module."""
    from ezdxf import path as ezpath

    if entity.dxftype() == "HATCH" or entity.dxftype() == "MPOLYGON":
        paths = list(ezpath.from_hatch(entity))
    else:
        paths = [ezpath.make_path(entity)]
    out = []
    for p in paths:
        if len(p) == 0 and p.start == p.end:
            continue
        pts = np.array([(v.x, v.y) for v in p.flattening(tolerance)])
        if len(pts) < 2:
            continue
        closed = bool(p.is_closed) or bool(np.allclose(pts[0], pts[-1]))
        if entity.dxftype() in ("LWPOLYLINE", "POLYLINE") and getattr(entity, "is_closed", False):
            closed = True
        out.append((pts, closed))
    return out


class _Collector:
    """Walks entities, dispatching on ``dxftype()``."""

    def __init__(self, layers: LayerMap, by_prefix: bool, extent_hint: float) -> None:
        self.layers = layers
        self.by_prefix = by_prefix
        self.tol = max(extent_hint, 1e-9) * DXF_FLATTEN_FRACTION  # in file units
        self.drawing = Drawing()
        self._roles: dict[str, tuple[str, str | None]] = {}
        self.handlers: dict[str, Callable] = {
            **dict.fromkeys(("LINE", "LWPOLYLINE", "POLYLINE", "SPLINE", "ELLIPSE", "CIRCLE"), self._curve),
            "ARC": self._arc,
            "HATCH": self._hatch,
            "MPOLYGON": self._hatch,
            "TEXT": self._text,
            "MTEXT": self._text,
            "ATTRIB": self._text,
            "INSERT": self._insert,
        }

    def role_of(self, layer: str) -> tuple[str, str | None]:
        found = self._roles.get(layer)
        if found is None:
            found = self._roles[layer] = layer_role(self.layers, layer, by_prefix=self.by_prefix)
            self.drawing.roles[layer] = found[1]
        return found

    def visit(self, entity, layer: str | None = None, depth: int = 0) -> None:
        own = entity.dxf.get("layer", "0")
        # inside a block, entities on layer 0 take the layer of their INSERT
        layer = layer if layer is not None and own == "0" else own
        level, role = self.role_of(layer)
        kind = entity.dxftype()
        if role == "ignore":
            self.drawing.ignored[layer] += 1
            return
        handler = self.handlers.get(kind)
        if handler is None:
            self.drawing.skipped[kind] += 1
            return
        if role is None and kind not in _TEXTS_AND_BLOCKS:
            self.drawing.unmapped[layer] += 1
            self._remember_bounds(entity)
            return
        if role in _UNUSED_ROLES and kind not in _TEXTS_AND_BLOCKS:
            self.drawing.unused[layer] += 1
            self._remember_bounds(entity)
            return
        try:
            handler(entity, level, role, layer, depth)
        except Exception as exc:  # one malformed entity must not sink the import
            log.debug("entity %s %s not read: %s", kind, entity.dxf.get("handle", "?"), exc)
            self.drawing.skipped[f"{kind} (malformed)"] += 1

    def _remember_bounds(self, entity) -> None:
        from ezdxf import bbox

        try:
            box = bbox.extents([entity], fast=True)
        except Exception:  # pragma: no cover - ezdxf raises little here, but a bound is only a hint
            return
        if box.has_data:
            self.drawing.bounds_other.append(np.array([_xy(box.extmin), _xy(box.extmax)]))

    def _curve(self, entity, level, role, layer, depth) -> None:
        for pts, closed in _flatten(entity, self.tol):
            self.drawing.shapes.append(Shape(level, role, pts, closed, entity.dxf.handle or "", entity.dxftype()))

    def _arc(self, entity, level, role, layer, depth) -> None:
        if role == "doors":
            ocs = entity.ocs()
            sweep = (entity.dxf.end_angle - entity.dxf.start_angle) % 360.0 or 360.0
            self.drawing.arcs.append(
                Arc(
                    level,
                    _xy(ocs.to_wcs(entity.dxf.center)),
                    float(entity.dxf.radius),
                    (_xy(entity.start_point), _xy(entity.end_point)),
                    sweep,
                    entity.dxf.handle or "",
                )
            )
        self._curve(entity, level, role, layer, depth)

    def _hatch(self, entity, level, role, layer, depth) -> None:
        # a hatch counts as outlines only on room layers; elsewhere it is fill and needs no boundary
        if role == "rooms":
            self._curve(entity, level, role, layer, depth)
        else:
            self.drawing.ignored[f"{layer} (hatch fill)"] += 1

    def _text(self, entity, level, role, layer, depth) -> None:
        if entity.dxftype() == "MTEXT":
            # one label per line: a room's name and its number are often two lines of one MTEXT
            lines, pos, height = entity.plain_text(split=True), entity.dxf.insert, entity.dxf.get("char_height", 0.0)
        else:
            _, p1, p2 = entity.get_placement()
            pos = p1 if p2 is None else (p1 + p2) / 2
            lines, height = [entity.plain_text()], entity.dxf.get("height", 0.0)
        for line in lines:
            text = " ".join(str(line).split())
            if text:
                self.drawing.labels.append(Label(level, role, text, _xy(pos), float(height or 0.0)))

    def _insert(self, entity, level, role, layer, depth) -> None:
        if depth >= _MAX_DEPTH:
            self.drawing.skipped["INSERT (nested too deep)"] += 1
            return
        if role == "doors":
            sub = _Collector(LayerMap({"*": "doors"}), False, 0.0)
            sub.tol = self.tol
            for child in entity.virtual_entities():
                sub.visit(child, layer, depth + 1)
            shapes = [Shape(level, "doors", s.points, s.closed, s.handle, s.dxftype) for s in sub.drawing.shapes]
            arcs = [Arc(level, a.center, a.radius, a.ends, a.sweep, a.handle) for a in sub.drawing.arcs]
            name = entity.dxf.get("name", "")
            self.drawing.door_blocks.append(DoorBlock(level, entity.dxf.handle or "", name, shapes, arcs))
            return
        for child in entity.virtual_entities():
            self.visit(child, layer, depth + 1)
        for attrib in entity.attribs:
            self.visit(attrib, layer, depth + 1)


def collect(msp, layers: LayerMap, *, by_prefix: bool = False, extent_hint: float = 1.0):
    """Read a model space into a :class:`Drawing`, as a job that yields progress.

    Parameters
    ----------
    msp : ezdxf model space (any iterable of DXF entities)
    layers : the layer -> role mapping
    by_prefix : one level per layer prefix (``L0-``, ``R+1``) instead of one per file
    extent_hint : the drawing's size in file units, to set the flattening tolerance
    """
    collector = _Collector(layers, by_prefix, extent_hint)
    entities = list(msp)
    step = max(1, len(entities) // 20)
    for i, entity in enumerate(entities):
        collector.visit(entity)
        if i % step == 0:
            yield Progress(0.1 + 0.4 * i / max(1, len(entities)), f"DXF entities {i}/{len(entities)}")
    return collector.drawing
