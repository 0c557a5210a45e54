"""Autosave of unsaved work to a recovery folder, and the offer to restore it after a crash.

Every few minutes, if the project has changed since it was last saved or
autosaved, a snapshot is written (on a worker, atomically) to
``<data dir>/recovery/<instance>.venue`` with a small JSON note beside it (the
venue's name, the file it came from, when). Each running window holds a lock
file for its instance; at start, recovery files whose lock is free belong to
an instance that ended without cleaning up (a crash), and are offered back.
Saving or discarding the work removes the window's recovery files.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer

from venueplanner.project import Project, save_project

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """Work left by an instance that did not end cleanly."""

    path: Path  #: the .venue snapshot
    name: str  #: the venue's name
    source: str  #: the file it was opened from ("" for none)
    time: str  #: ISO date and time of the snapshot (local time)

    @property
    def files(self) -> list[Path]:
        return [self.path, self.path.with_suffix(".json"), self.path.with_suffix(".lock")]


class Autosave(QObject):
    """Autosaves one window's session while it has unsaved changes."""

    def __init__(self, window: MainWindow, *, interval_minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.folder = window.settings.recovery_dir
        self.instance = uuid.uuid4().hex[:12]
        self.path = self.folder / f"{self.instance}.venue"
        self._lock: QLockFile | None = None
        self._last: Project | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.autosave_now)
        minutes = window.settings.autosave_minutes if interval_minutes is None else interval_minutes
        self.set_interval(minutes)

    def set_interval(self, minutes: float) -> None:
        """Autosave every `minutes` (0: never)."""
        self._timer.stop()
        if minutes > 0:
            self._timer.start(round(minutes * 60_000))

    def autosave_now(self) -> int | None:
        """Write a recovery snapshot now if there is unsaved work not yet autosaved; returns the job id."""
        session = self.window.session
        project = session.project
        if project is None or not session.is_modified or project is self._last:
            return None
        self._hold_lock()
        note = {
            "name": project.venue.name,
            "source": str(session.source_path or ""),
            "time": datetime.now().isoformat(timespec="seconds"),
        }
        return self.window.jobs.start(
            save_project, project, self.path, backup=False, title=self.tr("Autosaving"), dialog=False,
            on_result=lambda _: self._written(project, note),
            on_error=lambda e: log.warning("autosave to %s failed: %s", self.path, e),
        )  # fmt: skip

    def _written(self, project: Project, note: dict) -> None:
        self._last = project
        self.path.with_suffix(".json").write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        log.info("autosaved to %s", self.path)

    def _hold_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self.path.with_suffix(".lock")))
            self._lock.setStaleLockTime(0)
            if not self._lock.tryLock(100):
                log.warning("cannot lock %s: recovery may be offered while this window runs", self._lock)

    def discard(self) -> None:
        """Forget this window's recovery snapshot (the work was saved, or the user gave it up)."""
        self._last = None
        for path in (self.path, self.path.with_suffix(".json")):
            path.unlink(missing_ok=True)

    def stop(self) -> None:
        """On close: stop the timer, remove this window's files and release the lock."""
        self._timer.stop()
        self.discard()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def adopt(self, recovery: Recovery) -> None:
        """Take over a restored snapshot: its files become this window's."""
        self._hold_lock()
        recovery.path.replace(self.path)
        for path in recovery.files[1:]:
            path.unlink(missing_ok=True)


def find_recoveries(folder: Path) -> list[Recovery]:
    """Snapshots in `folder` left by instances no longer running, newest first."""
    found = []
    for note_path in sorted(Path(folder).glob("*.json")):
        snapshot = note_path.with_suffix(".venue")
        if not snapshot.exists():
            continue
        lock = QLockFile(str(note_path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its window is still open
        lock.unlock()
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            log.warning("unreadable recovery note %s: %s", note_path, e)
            note = {}
        found.append(
            Recovery(snapshot, str(note.get("name", "")), str(note.get("source", "")), str(note.get("time", "")))
        )
    return sorted(found, key=lambda r: r.time, reverse=True)


def discard_recovery(recovery: Recovery) -> None:
    for path in recovery.files:
        path.unlink(missing_ok=True)
