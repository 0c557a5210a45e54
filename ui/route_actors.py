"""Derived results drawn in the 3D view: routes and their alternatives, the rehearsal walker, exit numbers.

The layer owns its actors (names starting with ``route`` / ``walker`` / ``exit-numbers``) in the viewport's
plotter and redraws them when the view's options (explode, hidden levels) or the venue change. The meshes come
from :mod:`venueplanner.scene_routes`, Qt-free.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np

from models.numbering import exterior_door_numbers
from routing import Route
from ui.view_layer import ViewLayer
from venueplanner.scene_routes import (
    ROUTE_LIFT,
    drawn_points,
    exit_label_points,
    route_arrows_mesh,
    route_colour,
    route_tube_mesh,
    walker_mesh,
)

if TYPE_CHECKING:
    from ui.viewport import Viewport

log = logging.getLogger(__name__)

#: Colour of the exterior door numbers' boxes (the exits' green) and of the walker.
EXIT_NUMBER_COLOUR = "#2b9348"
WALKER_COLOUR = "#ffd60a"


class RouteLayer(ViewLayer):
    """Routes (the chosen one first, alternatives after it, each in its colour) and the walker of one viewport."""

    def __init__(self, view: Viewport) -> None:
        super().__init__(view)
        self.routes: list[Route] = []
        self.chosen = 0
        self._walker: tuple[np.ndarray, float] | None = None
        self._numbers: dict[str, int] = {}
        self._numbered_venue = None

    def set_routes(self, routes: list[Route], chosen: int = 0) -> None:
        """Draw `routes`; the `chosen` one is thicker and drawn in the first route colour."""
        self.routes = list(routes)
        self.chosen = chosen if 0 <= chosen < len(self.routes) else 0
        self.redraw()

    def set_walker(self, position: np.ndarray | None, heading: float = 0.0) -> None:
        """The rehearsal walker at true position `position` (None: no walker)."""
        self._walker = None if position is None else (np.asarray(position, float), float(heading))
        self._draw_walker()
        self.view.render()

    def drawn(self, position) -> np.ndarray:
        """Where a true (x, y, z) position is drawn with the view's explode, route height included."""
        return drawn_points(self.view.venue, self.view.options, np.asarray(position, float), lift=ROUTE_LIFT)[0]

    def _clear_extra(self) -> None:
        for name in ("walker", "exit-numbers-labels"):
            self.view.plotter.remove_actor(name, render=False)
        self.routes, self._walker, self._numbered_venue = [], None, None

    def redraw(self) -> None:
        view = self.view
        self._remove_actors()
        if view.venue is None:
            return
        order = [self.chosen] + [i for i in range(len(self.routes)) if i != self.chosen] if self.routes else []
        for rank, index in enumerate(order):
            route = self.routes[index]
            points = drawn_points(view.venue, view.options, route.geometry, lift=ROUTE_LIFT)
            colour = route_colour(rank)
            radius = 0.25 if rank == 0 else 0.15
            self._add(f"route-{rank}", route_tube_mesh(points, radius), colour)
            self._add(f"route-{rank}-arrows", route_arrows_mesh(points, size=1.0 if rank == 0 else 0.7), colour)
        self._draw_numbers()
        self._draw_walker()
        view.render()

    def _add(self, name: str, mesh, colour: str) -> None:
        if mesh.n_points:
            self.view.plotter.add_mesh(
                mesh, name=name, color=colour, smooth_shading=True, reset_camera=False, render=False
            )
            self._names.append(name)

    def _draw_walker(self) -> None:
        plotter = self.view.plotter
        if self._walker is None or self.view.venue is None:
            plotter.remove_actor("walker", render=False)
            return
        position, heading = self._walker
        plotter.add_mesh(walker_mesh(self.drawn(position), heading), name="walker", color=WALKER_COLOUR,
                         smooth_shading=True, reset_camera=False, render=False)  # fmt: skip

    def _draw_numbers(self) -> None:
        """The exterior door numbers of the briefing pack, above each exit."""
        view, plotter = self.view, self.view.plotter
        if view.venue is not self._numbered_venue:
            self._numbered_venue = view.venue
            self._numbers = exterior_door_numbers(view.venue) if view.venue is not None else {}
        plotter.remove_actor("exit-numbers-labels", render=False)  # replaced, not updated in place (as scene does)
        points, texts = exit_label_points(view.venue, view.options, self._numbers)
        if not texts:
            return
        plotter.add_point_labels(points, texts, name="exit-numbers", font_size=13, bold=True, text_color="white",
                                 shape_color=EXIT_NUMBER_COLOUR, shape_opacity=0.9, show_points=False,
                                 always_visible=True, reset_camera=False, render=False)  # fmt: skip
