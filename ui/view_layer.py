"""What every layer of actors drawn over the viewport shares: redraw after the view changes, and letting go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ui.viewport import Viewport


class ViewLayer:
    """Actors of one kind (routes, heat map) drawn over a viewport; subclasses draw in :meth:`redraw`."""

    def __init__(self, view: Viewport) -> None:
        self.view = view
        self._names: list[str] = []
        self._pending = False
        self._attached = True
        view.options_changed.connect(self.redraw_soon)

    def redraw(self) -> None:
        raise NotImplementedError

    def _clear_extra(self) -> None:
        """Forget what the layer shows beyond its named actors (subclasses)."""

    def redraw_soon(self) -> None:
        """Redraw once the change of the view's options is done (after the view's own actors are arranged)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.view, self._deferred)

    def detach(self) -> None:
        """The window closes: remove the actors and let go of the view (no cycle keeps VTK objects alive).

        A second call does nothing (a window closed twice, e.g. by the user during an import and then by its owner).
        """
        if not self._attached:
            return
        self._attached = False
        self.view.options_changed.disconnect(self.redraw_soon)
        self._remove_actors()
        self._clear_extra()

    def _remove_actors(self) -> None:
        for name in self._names:
            self.view.plotter.remove_actor(name, render=False)
        self._names = []

    def _deferred(self) -> None:
        self._pending = False
        if not getattr(self.view.plotter, "_closed", True):
            self.redraw()
