"""Reference cycles are collected on the GUI thread, never on a job's worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from ui.gc_thread import GuiThreadCollector


class Node:
    other: Node


def drop_a_cycle(finalized_on: list[str]) -> None:
    """Make two objects that refer to each other (only the cyclic collector frees them) and drop them."""
    gc.collect()  # the counts start from zero, so nothing is collected before the worker runs
    a, b = Node(), Node()
    a.other, b.other = b, a
    weakref.finalize(a, lambda: finalized_on.append(threading.current_thread().name))


def allocate_on_a_worker() -> None:
    def allocate() -> None:
        # 200,000 containers: hundreds of times Python's first threshold (700 by default)
        kept = [[i] for i in range(200_000)]
        del kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()


def test_a_cycle_dropped_while_a_worker_allocates_is_collected_later_on_the_gui_thread(qtbot):
    collector = GuiThreadCollector(interval_ms=20)
    try:
        finalized_on: list[str] = []
        drop_a_cycle(finalized_on)
        allocate_on_a_worker()
        assert finalized_on == []
        # the GUI thread goes on working: its own allocations pass the threshold, and the timer collects
        kept_by_the_gui = [[i] for i in range(1_000)]
        qtbot.waitUntil(lambda: bool(finalized_on), timeout=5_000)
        del kept_by_the_gui
        # (collected by this collector or the session's, which the desktop tests install: both on this thread)
        assert finalized_on == [threading.main_thread().name]
    finally:
        collector.stop()


def test_without_the_collector_the_worker_thread_collects_the_cycle():
    # What the collector prevents: Python collects on whichever thread crosses the threshold.
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        finalized_on: list[str] = []
        drop_a_cycle(finalized_on)
        allocate_on_a_worker()
        assert finalized_on == ["worker"]
    finally:
        if not was_enabled:
            gc.disable()


def test_stopping_the_collector_gives_collection_back_to_python(qtbot):
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        collector = GuiThreadCollector()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
