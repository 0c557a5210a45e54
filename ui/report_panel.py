"""The report: what the import understood, derived, skipped or dropped, and every validation problem.

Validation (:func:`models.validate`) runs as a job after each change, so a
large venue never stalls the window. Clicking a problem selects its element.
Problems and the import report's rows are shown in the interface's language
(:mod:`ui.report_texts`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from importers import ImportReport
from models import Severity, Venue, validate
from ui import notifications
from ui.report_texts import import_rows, problem_text

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
#: Wait this long after the last change before validating again (milliseconds).
VALIDATE_DELAY_MS = 300
SEVERITY_COLOURS = {Severity.ERROR: "#b00020", Severity.WARNING: "#b26a00"}


class ReportPanel(QWidget):
    """Import notes and validation problems.

    Parameters
    ----------
    run_job : callable
        ``run_job(fn, *args, title=..., on_result=...)``, the window's job runner.

    Signals
    -------
    selection_requested(list)
        The user clicked a problem that names an element.
    validated(int, int)
        Errors and warnings found in the latest venue.
    """

    selection_requested = Signal(list)
    validated = Signal(int, int)

    def __init__(self, run_job: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run_job = run_job
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("report-summary")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Element"), self.tr("Message")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 120)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self._report: ImportReport | None = None
        self._problems: list = []
        self._venue: Venue | None = None
        self._generation = 0
        self._pending = False
        self._failure: BaseException | None = None  # what the latest check raised
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self._validate_now)
        self._show()

    def set_report(self, report: ImportReport | None) -> None:
        self._report = report
        self._show()

    def set_venue(self, venue: Venue | None, *, at_once: bool = False) -> None:
        """Validate `venue` soon (the latest of quick successive edits only), or `at_once` (a file just opened)."""
        self._venue = venue
        self._generation += 1
        self._problems = []
        self._pending = venue is not None
        self._failure = None
        self._timer.stop()
        if venue is not None:
            self._timer.start(0 if at_once else VALIDATE_DELAY_MS)
        self._show()

    @property
    def checking(self) -> bool:
        """True from a change of the venue until its check has reported."""
        return self._pending

    def _validate_now(self) -> None:
        generation, venue = self._generation, self._venue
        if venue is None:
            return
        self._run_job(
            validate, venue, title=self.tr("Checking the venue"), dialog=False,
            on_result=lambda problems: self._validated(generation, problems),
            on_error=lambda error: self._check_failed(generation, error),
        )  # fmt: skip

    def _check_failed(self, generation: int, error: BaseException) -> None:
        """The check raised: it is over all the same (the window waits for it), and the error is shown."""
        if generation != self._generation:
            log.warning("the check of a venue since replaced failed: %s", error)
            return
        self._pending = False
        self._failure = error
        self._show()
        notifications.show_error(self.window(), error)

    def _validated(self, generation: int, problems: list) -> None:
        if generation != self._generation:
            return  # a result for a venue already replaced
        self._problems = problems
        self._pending = False
        errors = sum(p.severity == Severity.ERROR for p in problems)
        self._show()
        self.validated.emit(errors, len(problems) - errors)

    @property
    def problems(self) -> list:
        return list(self._problems)

    def _show(self) -> None:
        self.tree.clear()
        for p in self._problems:
            kind = self.tr("Error") if p.severity == Severity.ERROR else self.tr("Warning")
            message = problem_text(p)
            item = QTreeWidgetItem(self.tree, [kind, self._label(p.element_id), message])
            item.setToolTip(1, p.element_id or "")
            item.setForeground(0, QColor(SEVERITY_COLOURS[p.severity]))
            item.setToolTip(2, f"{message} [{p.code}]")
            item.setData(0, ID_ROLE, p.element_id)
        report = self._report
        if report is not None:
            for line in import_rows(report):
                item = QTreeWidgetItem(self.tree, [self.tr("Import"), "", line])
                item.setToolTip(2, line)
        errors = sum(p.severity == Severity.ERROR for p in self._problems)
        warnings = len(self._problems) - errors
        if self._venue is None:
            text = self.tr("No venue open.")
        elif self._pending:
            text = self.tr("Checking the venue…")
        elif self._failure is not None:
            text = self.tr("The venue could not be checked: %1").replace("%1", str(self._failure))
        else:
            text = self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
        if report is not None:
            text = f"{report.path.name} ({report.format}) — " + text
        self.summary.setText(text)

    def _label(self, element_id: str | None) -> str:
        """The element's name when it has one (ids from IFC files are unreadable), else its id."""
        if not element_id or self._venue is None:
            return element_id or ""
        try:
            element = self._venue.get(element_id)
        except KeyError:
            return element_id
        return getattr(element, "label", "") or element_id

    def _activated(self, item: QTreeWidgetItem) -> None:
        element_id = item.data(0, ID_ROLE)
        if element_id:
            self.selection_requested.emit([element_id])
