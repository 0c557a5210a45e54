"""Opening, saving and recent files of the main window, and the question before losing unsaved work.

Files are read by :func:`venueplanner.files.iter_open_venue` on a worker (an
import can take seconds and can be cancelled); projects are written with
:func:`venueplanner.project.save_project` (atomic: a failed save leaves the
previous file as it was) from an immutable snapshot, so the user may go on
working while it is written.
"""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui.import_process import iter_open
from venueplanner.files import PROJECT_SUFFIX, OpenedVenue, readable_suffixes
from venueplanner.project import Project, save_project

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class FileController(QObject):
    """File > Open, Save, Save As and Open Recent for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.opening_job: int | None = None
        self.saving_jobs: set[int] = set()
        window.jobs.finished.connect(self.saving_jobs.discard)

    # --- opening ------------------------------------------------------------------------

    def file_filter(self) -> str:
        patterns = " ".join(f"*{s}" for s in readable_suffixes())
        return ";;".join(
            [
                self.tr("Venues and plans (%1)").replace("%1", patterns),
                self.tr("Venue projects (*%1)").replace("%1", PROJECT_SUFFIX),
                self.tr("All files (*)"),
            ]
        )

    def open_dialog(self) -> None:
        start = str(self.session.source_path.parent) if self.session.source_path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a venue"), start, self.file_filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path | str) -> int | None:
        """Open or import `path` on a worker (after asking about unsaved work); returns the job id."""
        path = Path(path)
        if not self.maybe_save():
            return None
        if self.opening_job is not None:
            self.window.jobs.cancel(self.opening_job)
        self.opening_job = self.window.jobs.start(
            iter_open, path, title=self.tr("Opening %1").replace("%1", path.name),
            on_result=self._opened, on_error=self._open_failed,
        )  # fmt: skip
        self.window.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path.name))
        return self.opening_job

    def _opened(self, opened: OpenedVenue) -> None:
        self.opening_job = None
        is_project = opened.path.suffix.lower() == PROJECT_SUFFIX
        self.window.frame_next_venue()
        self.session.load(opened.project, path=opened.path if is_project else None, report=opened.report)
        self.window.settings.add_recent_file(opened.path)
        self.refresh_recent_files()
        self.window.autosave.discard()
        venue = opened.venue
        self.window.statusBar().showMessage(
            self.tr("Opened %1: %2 levels, %3 spaces, %4 openings")
            .replace("%1", opened.path.name).replace("%2", str(len(venue.levels)))
            .replace("%3", str(len(venue.spaces))).replace("%4", str(len(venue.openings))),
            8000,
        )  # fmt: skip

    def _open_failed(self, error: BaseException) -> None:
        self.opening_job = None
        self.window.statusBar().clearMessage()
        self.window.show_error(error)

    # --- recent files, drops ---

    def refresh_recent_files(self) -> None:
        menu = self.window.actions.recent_menu
        menu.clear()
        for path in self.window.settings.recent_files:
            menu.addAction(path.name, lambda _=False, p=path: self.open_path(p)).setToolTip(str(path))
        menu.addSeparator()
        menu.addAction(
            self.tr("Clear the List"), lambda: (self.window.settings.clear_recent_files(), self.refresh_recent_files())
        )
        menu.setEnabled(bool(self.window.settings.recent_files))

    def dropped_path(self, mime) -> Path | None:
        """The first file of a drag that the tool reads, or None."""
        suffixes = set(readable_suffixes())
        for url in mime.urls() if mime.hasUrls() else []:
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in suffixes | {PROJECT_SUFFIX}:
                return path
        return None

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the project's file, or ask for one; True when a save was started."""
        if self.session.project is None:
            return False
        if self.session.path is None:
            return self.save_as()
        self.save_to(self.session.path)
        return True

    def save_as(self) -> bool:
        if self.session.project is None:
            return False
        source = self.session.source_path
        suggested = str(source.with_suffix(PROJECT_SUFFIX)) if source else ""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the venue as"), suggested,
            self.tr("Venue projects (*%1)").replace("%1", PROJECT_SUFFIX),
        )  # fmt: skip
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        self.save_to(path)
        return True

    def save_to(self, path: Path) -> int:
        """Write the current project to `path` on a worker; the session is marked saved when it succeeds."""
        project = self.session.project
        job = self.window.jobs.start(
            save_project, project, path, title=self.tr("Saving %1").replace("%1", path.name),
            on_result=lambda _: self._saved(path, project), dialog=True,
        )  # fmt: skip
        self.saving_jobs.add(job)
        return job

    def save_now(self, path: Path) -> bool:
        """Write the current project on this thread (when the window is closing); False if it failed."""
        project = self.session.project
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_project(project, path)
        except Exception as e:
            self.window.show_error(e)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._saved(path, project)
        return True

    def _saved(self, path: Path, project: Project) -> None:
        self.session.mark_saved(path, project)
        self.window.settings.add_recent_file(path)
        self.refresh_recent_files()
        if not self.session.is_modified:
            self.window.autosave.discard()
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)

    # --- unsaved work -------------------------------------------------------------------

    def ask_save_changes(self) -> Answer:
        """Ask whether to save the unsaved changes (a modal question)."""
        name = self.session.venue.name if self.session.venue else ""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
            self.tr("Save the changes made to %1?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.window,
        )  # fmt: skip
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        choice = box.exec()
        return {
            QMessageBox.StandardButton.Save: Answer.SAVE,
            QMessageBox.StandardButton.Discard: Answer.DISCARD,
        }.get(QMessageBox.StandardButton(choice), Answer.CANCEL)

    def ask_save_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the venue as"), "", self.tr("Venue projects (*%1)").replace("%1", PROJECT_SUFFIX)
        )
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)

    def maybe_save(self) -> bool:
        """True when the current work may be replaced: nothing unsaved, saved now, or the user discards it."""
        if not self.session.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == Answer.CANCEL:
            return False
        if answer == Answer.DISCARD:
            return True
        path = self.session.path or self.ask_save_path()
        return path is not None and self.save_now(path)
