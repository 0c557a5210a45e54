"""What the window loads after it shows: VTK and the 3D view's interactor, then the result panels.

Start-up (issue 6): the window shows the venue's tree, inspector and report
before any of VTK is loaded (it alone takes about 1.5 s to import). Then:

1. once the window shows a venue (or is settled without one), VTK is imported
   on a thread of its own (:func:`ui.jobs.import_ahead`), so the window keeps
   responding;
2. once the window is settled (see :meth:`ViewLoading.settled`) and VTK is
   imported, :meth:`ui.viewport.Viewport.load` makes the interactor on the GUI
   thread and draws what the view was told meanwhile;
3. then the result panels' modules (routing, networkx, reportlab) are imported
   on a thread, and once the window is settled again the panels are made
   (:attr:`ui.main_window.MainWindow.results`) into the docks that wait for them.

Each GUI-thread step holds the window for a few hundred milliseconds, so none
runs while a file is being opened, however long that takes. Otherwise the
window waits for nothing longer than :data:`SETTLE_CEILING_S` (a check or a
job that never ends): then the step runs anyway. If the view cannot be loaded
(VTK missing, no OpenGL), its placeholder says why and nothing more is loaded.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.jobs import import_ahead
from ui.viewport import VTK_MODULES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often the window looks whether it is ready for the next step, milliseconds.
POLL_MS = 20
#: The longest a step waits for the window to settle, seconds (counted once no file is being opened).
SETTLE_CEILING_S = 5.0
#: What the result panels import besides Qt (networkx, reportlab).
RESULT_PANEL_MODULES = ("routing", "routing.evacuation", "venueplanner.scene_routes", "venueplanner.briefing")


class ViewLoading(QObject):
    """Loads one window's 3D view and result panels after it first shows (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.imports: list[threading.Thread] = []  # modules imported ahead, on threads
        self._started = False
        self._stopped = False
        self._waiting_since: float | None = None  # since when a step waits for the window to settle
        window.viewport.loaded.connect(self._view_loaded)

    def start(self) -> None:
        """The window was shown: begin (once; again if it was hidden before the first look)."""
        if not self._started:
            self._started = True
            self._waiting_since = None
            QTimer.singleShot(0, self, self._load_view_when_ready)

    def stop(self) -> None:
        """The window is closing: load nothing more, and wait for the imports under way."""
        self._stopped = True
        for thread in self.imports:
            thread.join(timeout=60)  # the process does not exit in the middle of loading a library

    def settled(self) -> bool:
        """The window is on screen, the file being opened is shown and checked, and no job runs."""
        w = self.window
        handle = w.windowHandle()
        return not (
            handle is None
            or not handle.isExposed()
            or w.files.opening_job is not None
            or w.jobs.running > 0
            or w.report_panel.checking  # the venue's check is due (it starts after a short delay)
        )

    def ready(self) -> bool:
        """:meth:`settled`, or waited for :data:`SETTLE_CEILING_S` since no file was being opened."""
        if self.settled():
            self._waiting_since = None
            return True
        now = time.monotonic()
        if self.window.files.opening_job is not None or self._waiting_since is None:
            self._waiting_since = now  # never while a file is opened: the ceiling counts from its end
            return False
        if now - self._waiting_since < SETTLE_CEILING_S:
            return False
        log.warning("the window did not settle within %.0f s: loading the next step anyway", SETTLE_CEILING_S)
        self._waiting_since = None
        return True

    def _load_view_when_ready(self) -> None:
        w = self.window
        if self._stopped or w.viewport.is_loaded or w.viewport.failure is not None:
            return
        if not w.isVisible():
            self._started = False  # hidden before the first look: the next showEvent starts again
            return
        if not self.imports and (w.session.venue is not None or self.ready()):
            self.imports.append(import_ahead(VTK_MODULES))
        if not self.imports or self.imports[0].is_alive() or not self.ready():
            QTimer.singleShot(POLL_MS, self, self._load_view_when_ready)
            return
        w.viewport.load()  # a failure is shown in the view's placeholder, and loading stops there

    def _view_loaded(self) -> None:
        if not self._stopped:
            self.imports.append(import_ahead(RESULT_PANEL_MODULES))
            self._waiting_since = None
            QTimer.singleShot(POLL_MS, self, self._make_results_when_ready)

    def _make_results_when_ready(self) -> None:
        if self._stopped or self.window.has_results:
            return
        if self.imports[-1].is_alive() or not self.ready():
            QTimer.singleShot(POLL_MS, self, self._make_results_when_ready)
            return
        _ = self.window.results  # made on first use
