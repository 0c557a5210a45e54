"""The Evacuation panel: the venue evacuated off the GUI thread (progress, cancel), its total time, the time-to-exit
heat map and the bottlenecks in 3D, the exits and bottlenecks listed; block the selected exit (an undoable
scenario edit) and compare with the plain venue.

When the active scenario blocks something, one run evacuates both the scenario and the plain venue (the same
scenario with nothing blocked), so the two totals and their difference are shown side by side.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import Progress
from models.numbering import exterior_door_numbers
from routing.evacuation import RULESET_NAMES, iter_evacuate
from ui.evacuation_actors import EvacuationLayer
from ui.panel_common import active_scenario, duration, seconds
from venueplanner import ops

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _scaled(job, low: float, high: float):
    """Run `job`, its progress mapped into [low, high]; returns its result."""
    try:
        step = next(job)
        while True:
            fraction = step.fraction if math.isnan(step.fraction) else low + (high - low) * step.fraction
            yield Progress(fraction, step.message)
            step = next(job)
    except StopIteration as stop:
        return stop.value
    finally:
        job.close()


def evacuate_and_compare(venue, scenario, rules: str):
    """Job: (result, plain result or None). The plain venue is run too when the scenario blocks something."""
    blocks = scenario is not None and bool(scenario.blocked_openings or scenario.blocked_connectors)
    result = yield from _scaled(iter_evacuate(venue, scenario, rules=rules), 0.0, 0.5 if blocks else 1.0)
    plain = None
    if blocks:
        open_scenario = replace(scenario, blocked_openings=frozenset(), blocked_connectors=frozenset())
        plain = yield from _scaled(iter_evacuate(venue, open_scenario, rules=rules), 0.5, 1.0)
    return result, plain


class EvacuationPanel(QWidget):
    """Run, show and compare evacuations of the session's venue in its active scenario."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.layer = EvacuationLayer(window.viewport)
        self.result = None
        self.plain = None
        self._job = 0
        self.rules = QComboBox(self)
        self.rules.setObjectName("evacuation-rules")
        self.rules.addItems(list(RULESET_NAMES))
        self.run_button = QPushButton(self.tr("Run Evacuation"), self)
        self.run_button.setObjectName("evacuation-run")
        self.run_button.clicked.connect(self.run)
        self.heat = QCheckBox(self.tr("Heat map"), self)
        self.heat.setChecked(True)
        self.heat.toggled.connect(self.layer.set_heat_visible)
        self.block_button = QPushButton(self.tr("Block"), self)
        self.block_button.setObjectName("evacuation-block")
        self.block_button.setToolTip(self.tr("Block the selected exit (undoable)"))
        self.block_button.clicked.connect(lambda: self._block(True))
        self.unblock_button = QPushButton(self.tr("Unblock"), self)
        self.unblock_button.clicked.connect(lambda: self._block(False))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rules"), self))
        top.addWidget(self.rules)
        top.addWidget(self.run_button, 1)
        second = QHBoxLayout()
        second.addWidget(self.heat)
        second.addStretch(1)
        second.addWidget(self.block_button)
        second.addWidget(self.unblock_button)
        self.total = QLabel(self.tr("Run the evacuation to see the time to get out."), self)
        self.total.setObjectName("evacuation-total")
        self.total.setStyleSheet("font-weight: 600;")
        self.total.setWordWrap(True)
        self.compare = QLabel(self)
        self.compare.setObjectName("evacuation-compare")
        self.compare.setWordWrap(True)
        exit_headers = [self.tr("No."), self.tr("Exit"), self.tr("Persons"), self.tr("First out"), self.tr("Last out")]
        self.exits = self._table("evacuation-exits", exit_headers)
        queue_headers = [self.tr("Bottleneck"), self.tr("Persons"), self.tr("Peak queue"), self.tr("Longest wait")]
        self.bottlenecks = self._table("evacuation-bottlenecks", queue_headers)
        self.bottlenecks.cellClicked.connect(self._bottleneck_clicked)
        tabs = QTabWidget(self)
        tabs.addTab(self.exits, self.tr("Exits"))
        tabs.addTab(self.bottlenecks, self.tr("Bottlenecks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.total)
        layout.addWidget(self.compare)
        layout.addWidget(tabs, 1)

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- running ------------------------------------------------------------------------

    def run(self) -> None:
        venue = self.main.session.venue
        if venue is None or self._job:
            return
        self.run_button.setEnabled(False)
        self._running_on = venue
        self._job = self.main.jobs.start(
            evacuate_and_compare, venue, active_scenario(self.main.session), self.rules.currentText(),
            title=self.tr("Running the evacuation"), on_result=self._done, on_end=self._ended,
        )  # fmt: skip

    def _ended(self, job_id: int) -> None:
        if job_id == self._job:
            self._job = 0
            self.run_button.setEnabled(True)

    def _done(self, results) -> None:
        self.result, self.plain = results
        venue = self._running_on
        result = self.result
        self.total.setText(
            self.tr("Total time: %1 (%2), %3 persons")
            .replace("%1", seconds(result.total_time))
            .replace("%2", duration(result.total_time))
            .replace("%3", f"{result.persons:.0f}")
        )
        if self.plain is None:
            self.compare.setText(self.tr("Nothing is blocked: this is the plain venue."))
        else:
            difference = result.total_time - self.plain.total_time
            self.compare.setText(
                self.tr("Plain venue: %1 · this scenario: %2 · difference: %3")
                .replace("%1", seconds(self.plain.total_time))
                .replace("%2", seconds(result.total_time))
                .replace("%3", ("+" if difference >= 0 else "−") + seconds(abs(difference)))
            )
        numbers = exterior_door_numbers(venue)
        rows = sorted(result.exits, key=lambda e: (numbers.get(e.id, 10**6), e.id))
        self._fill(self.exits, [[str(numbers.get(e.id, "")), e.label or e.id, f"{e.persons:.0f}",
                                 seconds(e.first), seconds(e.last)] for e in rows])  # fmt: skip
        self._fill(self.bottlenecks, [[b.label or b.id, f"{b.persons:.0f}", f"{b.peak_queue:.0f}",
                                       seconds(b.longest_wait)] for b in result.bottlenecks])  # fmt: skip
        self.layer.set_result(result, venue)

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))

    def _bottleneck_clicked(self, row: int, _column: int) -> None:
        if self.result is not None and row < len(self.result.bottlenecks):
            self.main.session.select(self.result.bottlenecks[row].id)

    # --- blocking -----------------------------------------------------------------------

    def _block(self, on: bool) -> None:
        venue = self.main.session.venue
        chosen = [i for i in self.main.session.selection if venue is not None and venue.get(i) is not None]
        chosen = [i for i in chosen if i in venue.openings or i in venue.connectors]
        if not chosen:
            self.main.statusBar().showMessage(self.tr("Select an opening or a stair to block."), 6000)
            return
        for element_id in chosen:
            self.main.apply(ops.block if on else ops.unblock, element_id)
        if self.result is not None:
            self.run()

    def venue_shown(self) -> None:
        """The session's venue changed: an edited venue keeps the last result drawn; another venue clears it."""
        venue = self.main.session.venue
        if self.result is None or venue is self.layer.venue:
            return
        if venue is not None and set(venue.levels) == set(self.layer.venue.levels):
            self.layer.venue = venue
            self.layer.redraw()
            return
        self.layer.set_result(None, None)
        self.result = self.plain = None
        self.total.setText(self.tr("The venue changed: run the evacuation again."))
        self.compare.setText("")
        self._fill(self.exits, [])
        self._fill(self.bottlenecks, [])
