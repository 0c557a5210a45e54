"""Run ``venueplanner open FILE`` with the event loop replaced by a probe (used in a subprocess by the tests).

The real start-up path runs (the command line, the window, the file opened on
a worker, the 3D view loaded after the window shows); the probe only watches,
with a timer that ticks every :data:`TICK_MS`, and prints times in seconds
since this script started (the interpreter's own start excluded):

``SHOWN <vtk> <s>``
    The first time the window's tree showed the venue (right after the window
    filled it); `<vtk>` is whether VTK (``vtkmodules``) was loaded by then.
``USABLE <s> <venue name> | <window title>``
    The first tick at which the window is usable: it is shown and exposed,
    its tree holds every level and space of the venue, no job runs and the
    report has checked the venue, and the event loop is turning (this tick
    came at most :data:`RESPONSIVE_MS` after the previous one, so a click or
    a key would be handled now).
``FIRST_FRAME <s>``
    The end of the first frame the 3D view drew (VTK's render window's
    ``EndEvent``), the venue in it.
``LOADED <s>``
    The first tick after the result panels (routes, rehearsal, evacuation),
    made after the first frame, are in their docks: everything is loaded.
``LONGEST_WAIT <s>``
    The longest time the event loop did not turn (gap between two ticks) from
    USABLE to LOADED: how long the window could not react while the 3D view
    and the panels loaded.
``VIEW <frames> <actor names>``
    How many frames the 3D view drew, and the names of its actors (comma-separated).
``READY <s> <venue name> | <window title>``
    Last (at LOADED): the probe closes the window and returns 0.
"""

import time
from itertools import pairwise

STARTED = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator  # noqa: E402

#: How often the probe's timer ticks (milliseconds).
TICK_MS = 5
#: A tick this soon after the previous one means that the event loop is turning (milliseconds).
RESPONSIVE_MS = 50


def since_start() -> float:
    return time.perf_counter() - STARTED


def tree_shows(window, venue) -> bool:
    from ui.tree_panel import ID_ROLE

    shown = set()
    iterator = QTreeWidgetItemIterator(window.tree_panel.tree)
    while iterator.value() is not None:
        shown.add(iterator.value().data(0, ID_ROLE))
        iterator += 1
    return set(venue.levels) | set(venue.spaces) <= shown


def usable(window) -> bool:
    venue = window.session.venue
    handle = window.windowHandle()
    return (
        venue is not None
        and window.isVisible()
        and handle is not None
        and handle.isExposed()
        and tree_shows(window, venue)
        and window.jobs.running == 0
        and not window.report_panel.checking
    )


def probe_exec(*_args) -> int:
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "main-window")
    loop = QEventLoop()
    times: dict[str, float] = {}
    ticks: list[float] = []

    def project_changed(*_) -> None:  # connected after the window's own slot: the tree is filled
        venue = window.session.venue
        if "shown" not in times and venue is not None and tree_shows(window, venue):
            times["shown"] = since_start()
            print(f"SHOWN {'vtkmodules' in sys.modules} {times['shown']:.3f}", flush=True)

    def frame_drawn(*_) -> None:
        times.setdefault("frame", since_start())

    def view_loaded() -> None:
        window.viewport.plotter.render_window.AddObserver("EndEvent", frame_drawn)

    def tick() -> None:
        now = since_start()
        turning = bool(ticks) and now - ticks[-1] <= RESPONSIVE_MS / 1000
        ticks.append(now)
        if "usable" not in times and turning and usable(window):
            times["usable"] = now
        if "usable" in times and "frame" in times and window.has_results:
            times["loaded"] = now
            loop.quit()

    window.session.project_changed.connect(project_changed)
    if window.viewport.is_loaded:
        view_loaded()
    else:
        window.viewport.loaded.connect(view_loaded)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    timer.stop()
    name = window.session.venue.name if window.session.venue else None
    title = window.windowTitle()
    nan = float("nan")
    usable_at, frame_at, loaded_at = (times.get(k, nan) for k in ("usable", "frame", "loaded"))
    waits = [b - a for a, b in pairwise(ticks) if usable_at <= a and b <= loaded_at]
    print(f"USABLE {usable_at:.3f} {name} | {title}", flush=True)
    print(f"FIRST_FRAME {frame_at:.3f}", flush=True)
    print(f"LOADED {loaded_at:.3f}", flush=True)
    print(f"LONGEST_WAIT {max(waits, default=nan):.3f}", flush=True)
    view = window.viewport
    actors = ",".join(sorted(view.plotter.actors)) if view.is_loaded else ""
    print(f"VIEW {view.frames} {actors}", flush=True)
    print(f"READY {loaded_at:.3f} {name} | {title}", flush=True)
    window.close()
    return 0


QApplication.exec = staticmethod(probe_exec)

from venueplanner.cli import main  # noqa: E402

sys.exit(main(["open", *sys.argv[1:]]))
