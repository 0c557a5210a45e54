"""The 3D view: the scene of :mod:`venueplanner.scene` in a pyvistaqt interactor, with levels, explode and plan views.

The view draws what it is given (a venue, a selection, the blocked elements)
and reports what the user does with the mouse through Qt signals; it never
edits anything itself. Mouse tools (select, measure, place and drag markers)
are in :mod:`ui.viewport_tools`.

VTK takes longer to load than the rest of the window (about 1.5 s), so the
view starts as a light placeholder and makes its interactor in
:meth:`Viewport.load`, which the window calls once it is shown and idle (and
VTK imported on a thread of its own: :data:`VTK_MODULES`). Until then the view
keeps what it is told (venue, selection, options) and draws it all when the
interactor exists. Anything that needs :attr:`Viewport.plotter` sooner gets
it made on the spot.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models import Venue
from models.topology import SpaceIndex
from ui.view_interactor import discard_interactor, make_interactor, observe_camera
from ui.view_projection import camera_ray, pixel_of
from ui.viewport_tools import ViewportTools
from venueplanner.scene_pick import Pick, floor_at, floor_hits, pick
from venueplanner.scene_style import SceneOptions

if TYPE_CHECKING:
    from pyvistaqt import QtInteractor

log = logging.getLogger(__name__)

#: What :meth:`Viewport.load` imports: VTK, pyvista and matplotlib, about 1.5 s.
VTK_MODULES = ("pyvistaqt", "venueplanner.scene")
#: Frames slower than this leave the context geometry out while the camera moves (milliseconds).
FAST_FRAME_MS = 60.0


class ViewClosedError(RuntimeError):
    """The 3D view was asked for its interactor after the window closed."""


class ViewUnavailableError(RuntimeError):
    """The 3D view could not be loaded (VTK missing, no OpenGL); the message says why."""


class Viewport(QWidget):
    """The central 3D view of the main window.

    Signals
    -------
    picked(str)
        The user clicked an element (its id), or empty space ("").
    hovered(object)
        The floor point under the mouse (a :class:`~venueplanner.scene_pick.Pick`) or None.
    floor_clicked(str, float, float)
        In place-marker mode: level id and plan x, y (metres) clicked.
    marker_dropped(str, str, float, float)
        A marker dragged to level id, x, y (metres).
    measured(float)
        A distance measured with two clicks, metres.
    options_changed()
        Explode, visible levels or the plan level changed.
    loaded()
        The interactor exists and shows what the view was told so far.
    """

    picked = Signal(str)
    hovered = Signal(object)
    floor_clicked = Signal(str, float, float)
    marker_dropped = Signal(str, str, float, float)
    measured = Signal(float)
    options_changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Loading the 3D view…"), self)
        self._placeholder.setObjectName("viewport-placeholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)
        self._interactor: QtInteractor | None = None
        self._closed = False
        self.failure: BaseException | None = None  # why the view could not be loaded (see load)
        self.venue: Venue | None = None
        self.options = SceneOptions()
        self.selection: tuple[str, ...] = ()
        self.plan_level: str | None = None
        self.last_frame_ms = 0.0
        self.frames = 0
        self._render_pending = False
        self._cache = None  # scene.MeshCache, made with the interactor
        self._index: SpaceIndex | None = None
        self._user_hidden: frozenset[str] = frozenset()
        self.tools = ViewportTools(self)
        self._moving_hidden: list = []

    # --- the interactor, made late ------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        """Whether the interactor exists (see :meth:`load`)."""
        return self._interactor is not None

    @property
    def plotter(self) -> QtInteractor:
        """The pyvistaqt interactor; made now (which takes a while) if :meth:`load` has not run yet
        (:class:`ViewUnavailableError` if it cannot be: it is not tried again)."""
        if self._interactor is None:
            self.load()
            if self._interactor is None:
                raise ViewUnavailableError(f"the 3D view could not be loaded: {self.failure}")
        return self._interactor

    def load(self) -> bool:
        """Make the interactor (loading VTK) and draw what the view was told so far; once.

        Returns whether the view is loaded. A failure (VTK missing, no OpenGL) is logged, kept in
        :attr:`failure` and shown in the placeholder instead of the view; it is not tried again.
        """
        if self._interactor is not None:
            return True
        if self._closed:
            raise ViewClosedError("the 3D view is closed")
        if self.failure is not None:
            return False
        started = time.perf_counter()
        plotter = None
        try:
            # VTK, pyvista and matplotlib (VTK_MODULES): not at start-up; the window imports them ahead on a thread
            plotter, import_ms = make_interactor(self, self._layout)
            self._cache = _scene().MeshCache()
            self.tools.attach(plotter)
            observe_camera(plotter, self._camera_starts, self._camera_stops)
            self._interactor = plotter  # last: a view half made never counts as loaded
            if self.venue is not None:
                self._draw(frame=True)
        except Exception as error:  # VTK missing or broken, no OpenGL: the window works on without the view
            log.exception("the 3D view could not be loaded")
            self._failed(error, plotter)
            return False
        self._layout.removeWidget(self._placeholder)
        self._placeholder.hide()
        self._placeholder.deleteLater()  # by Qt, its owner: no handing back to Python (see docs/desktop.md)
        self._placeholder = None
        log.info("3D view loaded in %.0f ms (%.0f ms importing VTK)", (time.perf_counter() - started) * 1000, import_ms)
        self.loaded.emit()
        return True

    def _failed(self, error: BaseException, plotter) -> None:
        self.failure = error
        self._interactor = None
        self._cache = None
        if plotter is not None:
            self.tools.detach(plotter)
            discard_interactor(plotter, self._layout)
        reason = str(error) or type(error).__name__
        self._placeholder.setText(self.tr("The 3D view could not be loaded: %1").replace("%1", reason))
        self._placeholder.setWordWrap(True)

    # --- content ------------------------------------------------------------------------

    def set_venue(self, venue: Venue | None, *, blocked: frozenset[str] = frozenset(), frame: bool = False) -> None:
        """Draw `venue` (None: clear); `frame` puts the camera on it (a newly opened file)."""
        new_levels = venue is None or self.venue is None or set(venue.levels) != set(self.venue.levels)
        self.venue = venue
        self._index = None
        if new_levels:
            self._user_hidden = frozenset()
            self.plan_level = None
        self.options = replace(self.options, blocked=frozenset(blocked), hidden_levels=self._hidden())
        if self._interactor is None:
            return  # load() draws it, camera framed
        if venue is None:
            self._interactor.clear_actors()
            self._cache = _scene().MeshCache()
            self.render()
            return
        self._draw(frame=frame or new_levels)

    def set_selection(self, ids: tuple[str, ...]) -> None:
        self.selection = tuple(ids)
        if self.venue is not None and self._interactor is not None:
            _scene().highlight(self._interactor, self.venue, self.selection, self.options)
            self.render()

    def space_index(self) -> SpaceIndex | None:  # built when first needed after a change
        if self._index is None and self.venue is not None:
            self._index = SpaceIndex.of(self.venue)
        return self._index

    def _draw(self, *, frame: bool) -> None:
        scene = _scene()
        scene.populate(self._interactor, self.venue, self.options, cache=self._cache)
        scene.highlight(self._interactor, self.venue, self.selection, self.options)
        if frame:
            self._frame()
        self.render()

    # --- levels, explode, views ---------------------------------------------------------

    explode = property(lambda self: self.options.explode, doc="Extra gap between levels, metres.")

    def set_explode(self, metres: float) -> None:
        """Extra gap between levels, metres (0: true elevations)."""
        self._set_options(explode=max(0.0, float(metres)))

    def set_level_visible(self, level_id: str, visible: bool) -> None:
        hidden = set(self._user_hidden)
        hidden.discard(level_id) if visible else hidden.add(level_id)
        self._user_hidden = frozenset(hidden)
        self._set_options(hidden_levels=self._hidden())

    def isolate_level(self, level_id: str) -> None:
        """Show only `level_id`."""
        if self.venue is not None:
            self._user_hidden = frozenset(set(self.venue.levels) - {level_id})
            self._set_options(hidden_levels=self._hidden())

    def show_all_levels(self) -> None:
        self._user_hidden = frozenset()
        self._set_options(hidden_levels=self._hidden())

    def show_plan(self, level_id: str) -> None:
        """Top-down orthographic view of one level, the others hidden while it lasts."""
        if self.venue is None or level_id not in self.venue.levels:
            return
        self.plan_level = level_id
        self._set_options(hidden_levels=self._hidden(), reframe=False)
        self._frame()
        self.render()

    def show_3d(self) -> None:
        """Back to the perspective view of the visible levels."""
        self.plan_level = None
        self._set_options(hidden_levels=self._hidden(), reframe=False)
        self._frame()
        self.render()

    def set_scene_option(self, *, rebuild: bool = False, **changes) -> None:
        """Change drawing options (space names, context...); `rebuild` when actors come or go."""
        if not rebuild:
            self._set_options(reframe=False, **changes)
            return
        self.options = replace(self.options, **changes)
        if self.venue is not None and self._interactor is not None:
            for name in [n for n in self._interactor.actors if n.startswith("context@")]:
                self._interactor.remove_actor(name, render=False)
            self._draw(frame=False)
        self.options_changed.emit()

    def reset_camera(self) -> None:
        self._frame()
        self.render()

    def _hidden(self) -> frozenset[str]:
        if self.plan_level is not None and self.venue is not None:
            return frozenset(set(self.venue.levels) - {self.plan_level})
        return self._user_hidden

    def _set_options(self, *, reframe: bool = True, **changes) -> None:
        self.options = replace(self.options, **changes)
        self._index = None
        if self.venue is not None and self._interactor is not None:
            scene = _scene()
            scene.arrange(self._interactor, self.venue, self.options)
            scene.highlight(self._interactor, self.venue, self.selection, self.options)
            if reframe and self.plan_level is not None:
                scene.plan_view(self._interactor, self.venue, self.plan_level, self.options)
            self.render()
        self.options_changed.emit()

    def _frame(self) -> None:
        if self.venue is None or self._interactor is None:
            return  # load() frames the camera
        scene = _scene()
        if self.plan_level is not None:
            scene.plan_view(self._interactor, self.venue, self.plan_level, self.options)
        else:
            scene.perspective_view(self._interactor, self.venue, self.options)
            self._interactor.renderer.camera.zoom(1.1)

    # --- rendering and images -----------------------------------------------------------

    def _camera_starts(self, *_) -> None:
        """While the camera moves, leave the context geometry out if full frames are slow."""
        if self.last_frame_ms < FAST_FRAME_MS:
            return
        self._moving_hidden = [
            a for n, a in self.plotter.actors.items() if n.startswith("context@") and a.GetVisibility()
        ]
        for actor in self._moving_hidden:
            actor.SetVisibility(False)

    def _camera_stops(self, *_) -> None:
        for actor in self._moving_hidden:
            actor.SetVisibility(True)
        if self._moving_hidden:
            self._moving_hidden = []
            self.render()

    def render(self) -> None:
        """Draw soon: the changes of one event-loop turn are drawn once (nothing to draw before :meth:`load`)."""
        if not self._render_pending and self._interactor is not None:
            self._render_pending = True
            QTimer.singleShot(0, self, self.render_now)

    def render_now(self) -> None:
        """Draw now (on the GUI thread, making the interactor if need be); the time it took is kept in
        :attr:`last_frame_ms`."""
        self._render_pending = False
        if self._closed or self.failure is not None:
            return
        plotter = self.plotter
        if getattr(plotter, "_closed", True) or not plotter.isVisible():
            return
        start = time.perf_counter()
        plotter.render()
        self.last_frame_ms = (time.perf_counter() - start) * 1000
        self.frames += 1

    def screenshot(self, path: Path) -> Path:
        """Save what the view shows as a PNG image."""
        path = Path(path).with_suffix(".png") if Path(path).suffix.lower() != ".png" else Path(path)
        self.plotter.render()
        self.plotter.screenshot(str(path))
        log.info("screenshot saved to %s", path)
        return path

    # --- screen <-> venue ---------------------------------------------------------------

    def ray_at(self, pos: QPointF) -> tuple[np.ndarray, np.ndarray]:
        """The camera ray through widget position `pos` (logical pixels): origin and direction, metres."""
        return camera_ray(self.plotter, pos)

    def widget_pos(self, xyz) -> QPointF:
        """Widget position (logical pixels) where world point `xyz` is drawn."""
        return pixel_of(self.plotter, xyz)

    def pick_at(self, pos: QPointF) -> Pick | None:
        if self.venue is None:
            return None
        return pick(self.venue, self.options, *self.ray_at(pos), index=self.space_index())

    def floor_at(self, pos: QPointF) -> Pick | None:
        if self.venue is None:
            return None
        return floor_at(self.venue, self.options, *self.ray_at(pos), index=self.space_index())

    def level_point_at(self, pos: QPointF, level_id: str) -> tuple[float, float] | None:
        """Where the ray meets the floor plane of `level_id` (visible or not), or None."""
        if self.venue is None:
            return None
        options = replace(self.options, hidden_levels=frozenset(set(self.venue.levels) - {level_id}))
        hits = floor_hits(self.venue, options, *self.ray_at(pos))
        return hits[0].point if hits else None

    # --- closing ------------------------------------------------------------------------

    def close_plotter(self) -> None:
        """Release the render window, if it was made (call once, when the window closes)."""
        self._closed = True
        if self._interactor is not None:
            self.tools.detach(self._interactor)
            self._interactor.close()
            # pyvistaqt keeps wrappers of its GL context and surface until the context is destroyed, and a
            # QSurface is no QObject: PySide never learns it is gone. A stale wrapper left registered was
            # handed back for a later object at the same address (a new QAction seen as a QSurface).
            forget = getattr(self._interactor, "_forget_context", None)
            if forget is not None:
                forget()

    def closeEvent(self, event) -> None:
        self.close_plotter()
        super().closeEvent(event)


def _scene():
    """:mod:`venueplanner.scene`, imported when first drawing: it loads pyvista (see :meth:`Viewport.load`)."""
    from venueplanner import scene

    return scene
