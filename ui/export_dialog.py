"""File > Export Briefing Pack: the pack's options, built in a child process with progress and cancel, written
atomically, and page 1 previewed (rendered by poppler's ``pdftoppm``; PySide6-Essentials has no QtPdf).

The pack renders 3D views off-screen with VTK: a second OpenGL context, which
must not live on a worker thread of the Qt process. :func:`iter_export` saves the
project as it is in memory (unsaved edits included) to a temporary folder and
runs :mod:`ui.export_child` on it, the way :mod:`ui.import_process` runs imports.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from models import Job, Progress, VenuePlannerError
from routing import Route
from ui.child_process import ChildError, iter_child
from ui.export_child import PackExportError, request_dict
from ui.panel_common import profile_names, ui_language
from venueplanner.briefing import PAPERS, SECTIONS, PackOptions, RouteRequest
from venueplanner.project import Project, save_project

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Resolution of the preview of page 1, dots per inch (an A4 page: 330 x 470 pixels).
PREVIEW_DPI = 40


def iter_export(project: Project, options: PackOptions, routes: Sequence[Route], path: Path) -> Job[tuple]:
    """Job: build the pack in a child process, which writes `path` atomically.

    Returns (path, page count, preview PNG bytes or b""). Closing the job (a
    cancel) kills the child and removes what it left; the temporary folder
    (project copy, request) is always removed.

    Raises
    ------
    PackExportError
        The child refused an option or a route, or could not write `path` (the message names the file).
    RuntimeError
        The child failed unexpectedly; the message holds its traceback or its last error output.
    """
    path = Path(path)
    folder = Path(tempfile.mkdtemp(prefix="venueplanner-export-"))
    started = time.time()
    try:
        yield Progress(0.0, "preparing the pack")
        save_project(project, folder / "project.venue", backup=False)
        request = folder / "request.json"
        request.write_text(json.dumps(request_dict(options, routes)), encoding="utf-8")
        password = json.dumps({"password": options.password}) + "\n" if options.password else ""
        try:
            done = yield from iter_child(
                "ui.export_child", [str(folder / "project.venue"), str(request), str(path)],
                what=f"the briefing pack {path.name}", stdin=password, first=Progress(0.0, "building the pack"),
                scale=0.95, on_killed=lambda: _remove_leftovers(path, started),
            )  # fmt: skip
        except ChildError as e:
            raise PackExportError(path, str(e)) from None
        yield Progress(0.97, "preview of page 1")
        return path, int(done["pages"]), preview_png(path.read_bytes(), options.password)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_leftovers(path: Path, since: float) -> None:
    """Remove the temporary files a killed child's atomic write may have left beside `path`."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if tmp.stat().st_mtime >= since - 1:
                tmp.unlink()
                log.info("removed %s, left by a stopped export", tmp)
        except OSError:
            continue


def preview_png(data: bytes, password: str = "") -> bytes:
    """Page 1 of a PDF as PNG bytes, rendered by pdftoppm; b"" when poppler is not installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        log.warning("no preview: pdftoppm (poppler-utils) is not installed")
        return b""
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "pack.pdf"
        pdf.write_bytes(data)
        args = [tool, "-png", "-r", str(PREVIEW_DPI), "-f", "1", "-l", "1", "-singlefile"]
        if password:
            args += ["-upw", password]
        subprocess.run([*args, str(pdf), str(Path(folder) / "page")], check=True, capture_output=True, timeout=60)
        return (Path(folder) / "page.png").read_bytes()


class ExportDialog(QDialog):
    """Choose what the pack holds, then export it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export Briefing Pack"))
        self.written: Path | None = None
        self.pages = 0
        self._job = 0
        project = window.session.project
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.levels = self._checklist([(lv.id, lv.name or lv.id) for lv in project.venue.levels_by_elevation])
        names = {
            "cover": self.tr("Cover"),
            "site": self.tr("Site"),
            "levels": self.tr("Plans of the levels"),
            "routes": self.tr("Route cards"),
            "evacuation": self.tr("Evacuation"),
            "log": self.tr("Update log"),
        }
        self.sections = self._checklist([(s.value, names[s.value]) for s in SECTIONS])
        profiles = profile_names()
        computed = window.results.routes.routes
        self.computed = computed
        route_items = [(f"saved:{r.id}", r.name or f"{r.origin} → {r.target}") for r in project.routes.values()]
        for i, r in enumerate(computed):
            what = f"{r.source} → {r.target}, {profiles.get(r.profile, r.profile)}"
            route_items.append(
                (f"computed:{i}", self.tr("Route %1 (%2)").replace("%1", str(i + 1)).replace("%2", what))
            )
        self.routes = self._checklist(route_items)
        self.redacted = QCheckBox(self.tr("Redacted (leave out sensitive assets)"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: not encrypted"))
        self.classification = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Sections"), self.sections)
        form.addRow(self.tr("Levels"), self.levels)
        form.addRow(self.tr("Routes"), self.routes)
        form.addRow("", self.redacted)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Classification"), self.classification)
        self.preview = QLabel(self.tr("Preview"), self)
        self.preview.setObjectName("export-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(340, 480)
        self.preview.setStyleSheet("background: #e9ecef;")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.ask_and_export)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 1)
        layout.addWidget(self.preview)

    def _checklist(self, items: list[tuple[str, str]]) -> QListWidget:
        box = QListWidget(self)
        for key, text in items:
            item = QListWidgetItem(text, box)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked)
        box.setMaximumHeight(max(30, min(6, len(items)) * 20 + 8))
        return box

    @staticmethod
    def checked(box: QListWidget) -> list[str]:
        return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def set_checked(self, box: QListWidget, keys) -> None:
        for i in range(box.count()):
            on = box.item(i).data(Qt.ItemDataRole.UserRole) in keys
            box.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def options(self) -> tuple:
        """(project, PackOptions, computed routes) for what the dialog shows."""
        project = self.main.session.project
        chosen = self.checked(self.routes)
        saved = [project.routes[k.split(":", 1)[1]] for k in chosen if k.startswith("saved:")]
        computed = [self.computed[int(k.split(":", 1)[1])] for k in chosen if k.startswith("computed:")]
        if not saved and project.routes:  # an empty request list means "the saved routes": leave them out
            project = dataclasses.replace(project, routes={})
        options = PackOptions(
            language=self.language.currentData(), paper=self.paper.currentText(),
            levels=tuple(self.checked(self.levels)),
            sections=tuple(self.checked(self.sections)), redacted=self.redacted.isChecked(),
            password=self.password.text(), classification=self.classification.text().strip(),
            routes=tuple(RouteRequest.of_saved(r) for r in saved),
        )  # fmt: skip
        return project, options, computed

    def ask_and_export(self) -> None:
        venue = self.main.session.venue
        start = (self.main.session.path or Path.home() / venue.name).with_suffix(".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Briefing Pack"), str(start), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_to(Path(path))

    @property
    def busy(self) -> bool:
        """Whether a pack is being built for this dialog (its result comes back to it)."""
        return bool(self._job)

    def export_to(self, path: Path) -> None:
        """Build the pack in a child process (see :func:`iter_export`) and write it to `path`."""
        if self._job:
            return
        try:
            project, options, computed = self.options()
        except VenuePlannerError as error:  # a refused option: say which
            self.main.show_error(error)
            return
        self.export_button.setEnabled(False)
        title = self.tr("Building the briefing pack")
        self._job = self.main.jobs.start(iter_export, project, options, computed, path, title=title,
                                         on_result=self._written, on_end=self._ended)  # fmt: skip

    def _ended(self, job_id: int) -> None:
        if job_id == self._job:
            self._job = 0
            self.export_button.setEnabled(True)

    def _written(self, result) -> None:
        self.written, self.pages, png = result
        self.status.setText(
            self.tr("Saved %1 (%2 pages)").replace("%1", self.written.name).replace("%2", str(self.pages))
        )
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.preview.setPixmap(pixmap)
            self.preview.setToolTip(self.tr("Preview of page 1 (%1 pages)").replace("%1", str(self.pages)))
