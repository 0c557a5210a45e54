"""The Session: the single source of truth of a running application (no Qt).

It holds the current :class:`~venueplanner.project.Project` (venue, scenarios,
saved routes, edit log), the file it came from, the import report, the
selection and the undo history. Projects are immutable values, so undo is a
stack of projects: an edit pushes the project it replaces.

Views subscribe to its signals (plain callbacks, emitted on the thread that
changed the session, which in the desktop application is always the GUI
thread). Signal names are past-tense verbs:

- ``project_changed(project | None)`` after any change of the project;
- ``venue_changed(venue | None)`` when the venue itself is another value;
- ``selection_changed(ids: tuple[str, ...])``;
- ``path_changed(path | None)``, ``modified_changed(bool)``;
- ``history_changed()`` when undo or redo become (un)available;
- ``report_changed(report | None)`` when a file was opened.

Edits are made by the functions of :mod:`venueplanner.ops`, never by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from importers import ImportReport
from models import Venue
from venueplanner.project import EditRecord, Project

log = logging.getLogger(__name__)

#: Undo steps kept. Venues share their unchanged elements, so a step costs little.
UNDO_LIMIT = 500


class Signal:
    """A minimal Qt-free signal: ``connect`` callables, ``emit`` calls them in order.

    A slot that raises does not stop the others: the error is logged and the
    first one is raised again once every slot has run, so a broken view cannot
    leave the others out of date.
    """

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> Callable[..., Any]:
        """Call `slot` on every emit (once, however often it is connected); returns it."""
        if slot not in self._slots:
            self._slots.append(slot)
        return slot

    def disconnect(self, slot: Callable[..., Any] | None = None) -> None:
        """Stop calling `slot` (every slot when None); an unknown slot is ignored."""
        if slot is None:
            self._slots.clear()
        elif slot in self._slots:
            self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        first_error: BaseException | None = None
        for slot in list(self._slots):
            try:
                slot(*args)
            except Exception as e:
                log.exception("slot %r failed", slot)
                first_error = first_error or e
        if first_error is not None:
            raise first_error

    def __len__(self) -> int:
        return len(self._slots)


class Session:
    """The project being worked on, its file, selection and undo history.

    Parameters
    ----------
    author : str
        Written into every :class:`~venueplanner.project.EditRecord`.
    """

    def __init__(self, *, author: str = "") -> None:
        self.author = author
        self.project_changed = Signal()
        self.venue_changed = Signal()
        self.selection_changed = Signal()
        self.path_changed = Signal()
        self.modified_changed = Signal()
        self.history_changed = Signal()
        self.report_changed = Signal()
        self._project: Project | None = None
        self._saved: Project | None = None
        self._path: Path | None = None
        self._report: ImportReport | None = None
        self._selection: tuple[str, ...] = ()
        self._undo: list[tuple[Project, EditRecord]] = []
        self._redo: list[tuple[Project, EditRecord]] = []
        #: the scenario that block/unblock edit (None: the first one, made when needed)
        self.scenario_id: str | None = None

    # --- state ------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self._project

    @property
    def venue(self) -> Venue | None:
        return None if self._project is None else self._project.venue

    @property
    def path(self) -> Path | None:
        """The .venue file the project is saved to, or None (new, or imported from another format)."""
        return self._path

    @property
    def source_path(self) -> Path | None:
        """The file the venue was opened or imported from, when known."""
        return self._path or (self._report.path if self._report else None)

    @property
    def report(self) -> ImportReport | None:
        return self._report

    @property
    def selection(self) -> tuple[str, ...]:
        return self._selection

    @property
    def is_modified(self) -> bool:
        """Whether the project differs from what was last opened or saved."""
        return self._project is not None and self._project is not self._saved

    # --- whole projects -----------------------------------------------------------------

    def load(
        self,
        project: Project,
        *,
        path: Path | None = None,
        report: ImportReport | None = None,
        unsaved: bool = False,
    ) -> None:
        """Start working on `project` (opened or imported): clears history and selection.

        `path` is the .venue file it is saved to (None for an import, which must be
        saved under a new name). `unsaved` marks it as modified from the start
        (work recovered after a crash: no file holds it yet).
        """
        was_modified = self.is_modified
        old_venue = self.venue
        self._project = project
        self._saved = None if unsaved else project
        self._path = Path(path) if path is not None else None
        self._report = report
        self._undo.clear()
        self._redo.clear()
        self.scenario_id = next(iter(project.scenarios), None)
        self._selection = ()
        log.info("session: loaded %s", project.venue.name)
        self.report_changed.emit(report)
        self.path_changed.emit(self._path)
        self._emit_changes(old_venue, was_modified)
        self.selection_changed.emit(self._selection)

    def close(self) -> None:
        """Forget the project (the caller has asked about unsaved changes first)."""
        was_modified = self.is_modified
        old_venue = self.venue
        self._project = self._saved = None
        self._path = self._report = None
        self._undo.clear()
        self._redo.clear()
        self._selection = ()
        self.report_changed.emit(None)
        self.path_changed.emit(None)
        self._emit_changes(old_venue, was_modified)
        self.selection_changed.emit(())

    def mark_saved(self, path: Path, saved: Project | None = None) -> None:
        """Record that `saved` (default: the current project) is what `path` now holds."""
        was_modified = self.is_modified
        self._saved = self._project if saved is None else saved
        if self._path != Path(path):
            self._path = Path(path)
            self.path_changed.emit(self._path)
        if was_modified != self.is_modified:
            self.modified_changed.emit(self.is_modified)

    # --- edits --------------------------------------------------------------------------

    def commit(self, project: Project, record: EditRecord) -> None:
        """Make `project` current after the edit `record`; the previous one goes on the undo stack.

        `project` must not carry `record` yet: it is appended to the edit log here.
        """
        if self._project is None:
            raise RuntimeError("no project is open")
        was_modified = self.is_modified
        old_venue = self.venue
        if record.author == "" and self.author:
            record = EditRecord(record.time, record.op, record.params, self.author)
        project = replace(project, edit_log=(*project.edit_log, record))
        self._undo.append((self._project, record))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._project = project
        log.info("edit: %s %s", record.op, dict(record.params))
        self._emit_changes(old_venue, was_modified)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_record(self) -> EditRecord | None:
        """The edit that :meth:`undo` would revert."""
        return self._undo[-1][1] if self._undo else None

    @property
    def redo_record(self) -> EditRecord | None:
        return self._redo[-1][1] if self._redo else None

    def undo(self) -> EditRecord | None:
        """Go back to the project before the last edit; returns that edit (None when nothing to undo)."""
        if not self._undo:
            return None
        previous, record = self._undo.pop()
        self._redo.append((self._project, record))
        self._swap(previous)
        return record

    def redo(self) -> EditRecord | None:
        """Make again the last undone edit; returns it (None when nothing to redo)."""
        if not self._redo:
            return None
        following, record = self._redo.pop()
        self._undo.append((self._project, record))
        self._swap(following)
        return record

    def _swap(self, project: Project) -> None:
        was_modified = self.is_modified
        old_venue = self.venue
        self._project = project
        self._emit_changes(old_venue, was_modified)

    def _emit_changes(self, old_venue: Venue | None, was_modified: bool) -> None:
        venue = self.venue
        self._keep_known_selection(venue)
        self.project_changed.emit(self._project)
        if venue is not old_venue:
            self.venue_changed.emit(venue)
        if was_modified != self.is_modified:
            self.modified_changed.emit(self.is_modified)
        self.history_changed.emit()

    # --- selection ----------------------------------------------------------------------

    def select(self, ids: Iterable[str] | str | None) -> None:
        """Select these element ids (unknown ids are dropped); emits only when it changes."""
        if ids is None:
            ids = ()
        elif isinstance(ids, str):
            ids = (ids,)
        venue = self.venue
        known = set(venue.all_ids()) if venue is not None else set()
        selection = tuple(dict.fromkeys(i for i in ids if i in known))
        if selection != self._selection:
            self._selection = selection
            self.selection_changed.emit(selection)

    def _keep_known_selection(self, venue: Venue | None) -> None:
        if not self._selection:
            return
        known = set(venue.all_ids()) if venue is not None else set()
        kept = tuple(i for i in self._selection if i in known)
        if kept != self._selection:
            self._selection = kept
            self.selection_changed.emit(kept)
