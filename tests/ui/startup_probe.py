"""Run ``venueplanner open FILE`` with the event loop replaced by a probe (used in a subprocess by the tests).

The probe waits until the window shows the venue and is idle, prints one line
``READY <seconds since this script started> <venue name> | <window title>``,
closes the window and returns 0, so the real start-up path is measured and
checked without anyone clicking.
"""

import time

STARTED = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def probe_exec(*_args) -> int:
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "main-window")
    loop = QEventLoop()

    def check() -> None:
        if window.session.venue is not None and window.jobs.running == 0 and window.viewport.frames > 0:
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(5)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    ready = time.perf_counter() - STARTED
    name = window.session.venue.name if window.session.venue else None
    print(f"READY {ready:.3f} {name} | {window.windowTitle()}", flush=True)
    window.close()
    return 0


QApplication.exec = staticmethod(probe_exec)

from venueplanner.cli import main  # noqa: E402

sys.exit(main(["open", *sys.argv[1:]]))
