"""Python's cyclic garbage collector runs on the GUI thread only, from a timer.

Left automatic, the collector runs on whichever thread happens to allocate when
a threshold is crossed: often a job's worker thread. A reference cycle that
holds a Qt wrapper (a closed window's widget, a VTK render window's Qt
context) is then destroyed on that worker, and Qt objects destroyed off their
own thread corrupt Qt's state or abort the process much later, far from the
cause. The same guard is used by Qt applications written in Python for the
same reason (pyqtgraph's ``GarbageCollector``).

Objects freed by reference counting are not affected: only cycles wait for
the timer, at most :data:`INTERVAL_MS`.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

#: How often the GUI thread checks whether a collection is due (milliseconds).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turn off automatic collection and collect on the GUI thread when the usual thresholds are crossed.

    Create it on the GUI thread, once; :meth:`stop` gives collection back to Python.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (what Python itself would do)."""
        counts = gc.get_count()
        generation = -1
        for i, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                generation = i
            else:
                break
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1

    def stop(self) -> None:
        """Stop the timer, collect once here, and let Python collect automatically again (if it did before)."""
        self._timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()
