"""Mouse tools of the 3D view: select by clicking, measure with two clicks, place and drag markers.

An event filter on the interactor sees the mouse before VTK does. A click
(press and release within a few pixels) is handled by the active tool; a drag
rotates the camera as usual, except a drag that starts on the selected marker,
which moves it (drawn as it moves, committed once on release). Keys other
than Escape are kept from VTK, whose own keys (wireframe, quit, ...) would
surprise users; the window's shortcuts still work.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent

from models import Marker, MarkerKind
from ui.labels import metres
from venueplanner.scene_style import SELECTION_COLOUR, drawn_z

if TYPE_CHECKING:
    from ui.viewport import Viewport

log = logging.getLogger(__name__)

#: A press and release closer than this are a click, not a drag (logical pixels).
CLICK_SLOP = 5


class Tool(Enum):
    SELECT = "select"
    MEASURE = "measure"
    PLACE = "place"


class ViewportTools(QObject):
    """The active mouse tool of one viewport, and its state."""

    tool_changed = Signal(object)  # Tool

    def __init__(self, view: Viewport) -> None:
        super().__init__(view)
        self.view = view
        self.tool = Tool.SELECT
        self.marker_kind = MarkerKind.STAGING_POINT
        self.measure_points: list[tuple[str, tuple[float, float]]] = []
        self._press: QPointF | None = None
        self._dragging: Marker | None = None
        self._drag_to: tuple[float, float] | None = None

    def attach(self, plotter) -> None:
        """Watch the interactor's events and show the active tool's cursor (the view calls this once it has
        made its interactor)."""
        plotter.installEventFilter(self)
        plotter.setCursor(self._cursor())

    def detach(self, plotter) -> None:
        plotter.removeEventFilter(self)

    def set_tool(self, tool: Tool, marker_kind: MarkerKind | None = None) -> None:
        """Make `tool` the active one; before the view is loaded it is only kept (see :meth:`attach`), so that
        choosing a tool never loads VTK on the GUI thread."""
        self.tool = tool
        if marker_kind is not None:
            self.marker_kind = MarkerKind(marker_kind)
        self.clear_measure()
        if self.view.is_loaded:
            self.view.plotter.setCursor(self._cursor())
        self.tool_changed.emit(tool)

    def _cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.ArrowCursor if self.tool == Tool.SELECT else Qt.CursorShape.CrossCursor

    # --- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.set_tool(Tool.SELECT)
            return True
        if not isinstance(event, QMouseEvent):
            return False
        left = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress and left:
            self._press = event.position()
            return self._start_drag(event.position())
        if kind == QEvent.Type.MouseMove:
            if self._dragging is not None:
                self._drag(event.position())
                return True
            if not event.buttons():
                self.view.hovered.emit(self.view.floor_at(event.position()))
            return False
        if kind == QEvent.Type.MouseButtonRelease and left:
            press, self._press = self._press, None
            if self._dragging is not None:
                self._drop()
                return True
            if press is not None and (event.position() - press).manhattanLength() <= CLICK_SLOP:
                self.click(event.position())
        return False

    def click(self, pos: QPointF) -> None:
        """What a left click at widget position `pos` does with the active tool."""
        view = self.view
        if view.venue is None:
            return
        if self.tool == Tool.SELECT:
            hit = view.pick_at(pos)
            view.picked.emit(hit.element_id if hit is not None and hit.element_id else "")
        elif self.tool == Tool.PLACE:
            hit = view.floor_at(pos)
            if hit is not None:
                view.floor_clicked.emit(hit.level_id, *hit.point)
        elif self.tool == Tool.MEASURE:
            hit = view.floor_at(pos)
            if hit is not None:
                self._add_measure_point(hit.level_id, hit.point)

    # --- measuring ----------------------------------------------------------------------

    def _add_measure_point(self, level_id: str, point: tuple[float, float]) -> None:
        if len(self.measure_points) == 2:
            self.clear_measure()
        self.measure_points.append((level_id, point))
        import pyvista as pv  # loaded with the 3D view, not at start-up

        venue, plotter = self.view.venue, self.view.plotter
        drawn = [(*p, drawn_z(venue, lid, self.view.options) + 0.1) for lid, p in self.measure_points]
        plotter.add_mesh(pv.PolyData(np.array(drawn)), name="measure-points", color="#212529", point_size=12,
                         render_points_as_spheres=True, reset_camera=False, render=False)  # fmt: skip
        if len(drawn) == 2:
            (la, pa), (lb, pb) = self.measure_points
            za, zb = venue.level(la).elevation, venue.level(lb).elevation  # true heights, not exploded
            distance = math.dist((*pa, za), (*pb, zb))
            plotter.add_mesh(pv.Line(drawn[0], drawn[1]), name="measure-line", color="#212529", line_width=3,
                             reset_camera=False, render=False)  # fmt: skip
            middle = (np.array(drawn[0]) + drawn[1]) / 2 + (0, 0, 0.5)
            plotter.add_point_labels([middle], [metres(distance)], name="measure-label", font_size=14,
                                     shape_color=SELECTION_COLOUR, show_points=False, always_visible=True,
                                     reset_camera=False, render=False)  # fmt: skip
            self.view.measured.emit(distance)
        self.view.render()

    def clear_measure(self) -> None:
        self.measure_points = []
        if not self.view.is_loaded:
            return  # nothing drawn yet
        for name in ("measure-points", "measure-line", "measure-label-labels"):
            self.view.plotter.remove_actor(name, render=False)
        self.view.render()

    # --- dragging markers ---------------------------------------------------------------

    def _start_drag(self, pos: QPointF) -> bool:
        view = self.view
        if self.tool != Tool.SELECT or view.venue is None:
            return False
        hit = view.pick_at(pos)
        if hit is None or hit.element_id not in view.selection or hit.element_id not in view.venue.markers:
            return False
        self._dragging = view.venue.markers[hit.element_id]
        self._drag_to = None
        view.plotter.setCursor(Qt.CursorShape.ClosedHandCursor)
        return True  # the camera stays still

    def _drag(self, pos: QPointF) -> None:
        from venueplanner import scene  # pyvista: loaded with the 3D view, not at start-up
        from venueplanner.scene_meshes import markers_mesh

        marker, view = self._dragging, self.view
        point = view.level_point_at(pos, marker.level_id)
        if point is None:
            return
        self._drag_to = point
        moved = replace(marker, position=point)
        z = view.venue.level(marker.level_id).elevation
        others = [m for m in view.venue.markers.values() if m.level_id == marker.level_id and m.id != marker.id]
        mesh = markers_mesh([*others, moved], z)
        name = f"markers@{marker.level_id}"
        view.plotter.add_mesh(mesh, name=name, scalars="rgb", rgb=True, show_scalar_bar=False, smooth_shading=True,
                              reset_camera=False, render=False)  # fmt: skip
        offset = scene.level_offsets(view.venue, view.options.explode)[marker.level_id]
        view.plotter.actors[name].SetPosition(0.0, 0.0, offset)
        view.render()

    def _drop(self) -> None:
        marker, target = self._dragging, self._drag_to
        self._dragging = self._drag_to = None
        self.view.plotter.setCursor(Qt.CursorShape.ArrowCursor)
        if target is not None and target != marker.position:
            self.view.marker_dropped.emit(marker.id, marker.level_id, *target)
