"""The 3D view's pyvistaqt interactor, made and set up; VTK is imported here, late (:meth:`ui.viewport.Viewport.load`).

Nothing of VTK is imported with this module: :func:`make_interactor` imports it when called, so that the window
starts without it (tests/ui/test_startup.py checks this).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLayout, QWidget

if TYPE_CHECKING:
    from pyvistaqt import QtInteractor


def make_interactor(parent: QWidget, layout: QLayout) -> tuple[QtInteractor, float]:
    """A new interactor in `layout` of `parent`, shown, with the scene's lights and the axes.

    VTK, pyvista and matplotlib (:data:`ui.viewport.VTK_MODULES`) are imported now. The interactor has no
    multisampling (with software OpenGL, Mesa llvmpipe, it costs 5 times the frame), takes no dropped files (they
    go to the window) and has none of VTK's key bindings ('q' to quit, 'w' for wireframe, ...).

    Returns
    -------
    plotter : QtInteractor
        The interactor.
    import_ms : float
        How long importing VTK took, milliseconds.

    Raises
    ------
    Exception
        Whatever VTK raises (missing, broken, no OpenGL); an interactor made before the failure is taken out of
        `layout`, closed and deleted first.
    """
    started = time.perf_counter()
    from pyvistaqt import QtInteractor

    from venueplanner import scene

    import_ms = (time.perf_counter() - started) * 1000
    plotter = QtInteractor(parent, auto_update=False, multi_samples=0)
    try:
        plotter.setAcceptDrops(False)
        if plotter.iren is not None:
            plotter.iren.clear_key_event_callbacks()
        layout.addWidget(plotter)
        plotter.show()  # now, not when the layout gets round to it: the first frame is drawn by the caller
        scene.setup(plotter)
        plotter.add_axes(interactive=False, line_width=2, labels_off=False)
    except Exception:
        discard_interactor(plotter, layout)
        raise
    return plotter, import_ms


def observe_camera(plotter: QtInteractor, starts: Callable[..., None], stops: Callable[..., None]) -> None:
    """Call `starts` and `stops` when the user starts and stops moving the camera (told by the interactor style)."""
    if plotter.iren is not None:
        style = plotter.iren.interactor.GetInteractorStyle()
        style.AddObserver("StartInteractionEvent", starts)
        style.AddObserver("EndInteractionEvent", stops)


def discard_interactor(plotter: QtInteractor, layout: QLayout) -> None:
    """Take a broken interactor out of `layout`, close it and have Qt delete it."""
    layout.removeWidget(plotter)
    with contextlib.suppress(Exception):  # already broken: what matters is that it is gone
        plotter.close()
    plotter.deleteLater()
