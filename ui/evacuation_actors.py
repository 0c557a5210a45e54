"""An evacuation result drawn in the 3D view: the time-to-exit heat map on each floor, with its scalar bar, and
the bottlenecks as red spheres sized by their peak queue.

Actors are named ``heat@<level>`` and ``bottlenecks``; they follow the view's explode and hidden levels.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from models import Venue
from routing.evacuation import EvacuationResult, time_field
from ui.view_layer import ViewLayer
from venueplanner.scene_routes import HEAT_CMAP, bottlenecks_mesh, drawn_points, heat_mesh

if TYPE_CHECKING:
    from ui.viewport import Viewport

log = logging.getLogger(__name__)

BOTTLENECK_COLOUR = "#d00000"
#: Grid step of the heat map, metres.
HEAT_SPACING = 1.0


def element_point(venue: Venue, element_id: str, level_id: str) -> tuple[float, float, float] | None:
    """Where a bottleneck (an opening, a connector's landing on `level_id`, a corridor) stands, true metres."""
    z = venue.level(level_id).elevation if level_id in venue.levels else 0.0
    if element_id in venue.openings:
        return (*venue.openings[element_id].position, z)
    if element_id in venue.connectors:
        landings = venue.connectors[element_id].landings
        landing = next((lnd for lnd in landings if lnd.level_id == level_id), landings[0])
        return (*landing.position, venue.level(landing.level_id).elevation)
    if element_id in venue.spaces:
        x, y = np.mean(np.asarray(venue.spaces[element_id].footprint, float), axis=0)
        return (float(x), float(y), z)
    return None


class EvacuationLayer(ViewLayer):
    """Heat map and bottlenecks of one result in one viewport."""

    def __init__(self, view: Viewport) -> None:
        super().__init__(view)
        self.result: EvacuationResult | None = None
        self.venue: Venue | None = None
        self.show_heat = True
        self._fields: dict[str, tuple] = {}

    def set_result(self, result: EvacuationResult | None, venue: Venue | None) -> None:
        self.result, self.venue = result, venue
        self._fields = {}
        if result is not None:
            for level in venue.levels_by_elevation:
                self._fields[level.id] = time_field(result, venue, level.id, spacing=HEAT_SPACING)
        self.redraw()

    def set_heat_visible(self, on: bool) -> None:
        self.show_heat = on
        self.redraw()

    def time_range(self) -> tuple[float, float]:
        values = [v[np.isfinite(v)] for _, _, v in self._fields.values() if v.size]
        values = [v for v in values if v.size]
        if not values:
            return 0.0, 1.0
        return 0.0, max(1.0, math.ceil(float(max(v.max() for v in values)) / 10) * 10)

    def _clear_extra(self) -> None:
        self.result, self.venue, self._fields = None, None, {}

    def redraw(self) -> None:
        view, plotter = self.view, self.view.plotter
        self._remove_actors()
        title = QCoreApplication.translate("EvacuationPanel", "Time to get out (s)")
        for old in [t for t in list(plotter.scalar_bars._scalar_bar_actors) if t == title or t.startswith("seconds")]:
            plotter.remove_scalar_bar(old, render=False)
        if self.result is None or view.venue is None or view.venue is not self.venue:
            view.render()
            return
        venue, options = view.venue, view.options
        clim = self.time_range()
        bar = False
        for level in venue.levels_by_elevation:
            if not self.show_heat or not options.visible(level.id) or level.id not in self._fields:
                continue
            xs, ys, values = self._fields[level.id]
            z = drawn_points(venue, options, np.array([[0.0, 0.0, level.elevation]]))[0, 2]
            mesh = heat_mesh(xs, ys, values, z)
            if not mesh.n_points:
                continue
            name = f"heat@{level.id}"
            plotter.add_mesh(mesh, name=name, scalars="seconds", cmap=HEAT_CMAP, clim=clim, lighting=False,
                             show_scalar_bar=not bar, scalar_bar_args={"title": title, "vertical": True,
                                                                        "position_x": 0.86, "position_y": 0.25,
                                                                        "height": 0.5, "width": 0.05,
                                                                        "title_font_size": 12, "label_font_size": 11},
                             reset_camera=False, render=False)  # fmt: skip
            bar = True
            self._names.append(name)
        points, peaks = [], []
        for b in self.result.bottlenecks:
            point = element_point(venue, b.id, b.level_id)
            if point is not None and options.visible(b.level_id) and b.peak_queue >= 1:
                points.append(point)
                peaks.append(b.peak_queue)
        if points:
            drawn = drawn_points(venue, options, np.array(points), lift=1.2)
            plotter.add_mesh(bottlenecks_mesh(drawn, peaks), name="bottlenecks", color=BOTTLENECK_COLOUR,
                             smooth_shading=True, reset_camera=False, render=False)  # fmt: skip
            self._names.append("bottlenecks")
        view.render()
