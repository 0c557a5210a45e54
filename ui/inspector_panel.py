"""The inspector: edits the selected element through its form, and says why a value was refused.

Every edit is a :mod:`venueplanner.ops` call on the session; a refused value
(an :class:`~models.errors.VenuePlannerError`) is shown under the form, in
red, and nothing changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from models import VenuePlannerError
from ui.inspector_forms import ElementForm, form_for
from venueplanner.session import Session

log = logging.getLogger(__name__)


def blocked_ids(session: Session) -> frozenset[str]:
    """Openings and connectors blocked in the session's active scenario (the first one if none is chosen)."""
    project = session.project
    if project is None or not project.scenarios:
        return frozenset()
    scenario = project.scenarios.get(session.scenario_id or "") or next(iter(project.scenarios.values()))
    return scenario.blocked_openings | scenario.blocked_connectors


class InspectorPanel(QWidget):
    """Shows one form for the selected element (the first, when several are selected)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form: ElementForm | None = None
        self.title = QLabel(self)
        self.title.setObjectName("inspector-title")
        self.title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("inspector-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll area keeps one holder for its whole life and forms come and go inside it: handing
        # widgets in and out of a QScrollArea (takeWidget, setParent) moves their ownership between Python
        # and Qt, and one such move left a label's Python wrapper freed under a live widget (a crash when
        # the window was deleted).
        self.holder = QWidget(self.scroll)
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Select an element in the view or the tree."), self.holder)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6c757d;")
        self.holder_layout.addWidget(self.empty)
        self.holder_layout.addStretch(1)
        self.scroll.setWidget(self.holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        """Show the session's selected element as it is now (after a selection change or an edit)."""
        venue, selection = self.session.venue, self.session.selection
        element = venue.get(selection[0]) if venue is not None and selection else None
        if element is None:
            self._replace(None)
            self.title.setText(self.tr("Inspector"))
            return
        blocked = blocked_ids(self.session)
        if self.form is not None and type(self.form.element) is type(element) and self.form.element.id == element.id:
            self.form.show_element(venue, element, blocked)
        else:
            self.clear_message()
            self._replace(form_for(type(element))(self.apply, venue, element, blocked))
        more = len(selection) - 1
        suffix = self.tr(" (+%n more)", "", more) if more > 0 else ""
        self.title.setText(f"{getattr(element, 'label', '') or element.id}{suffix}")

    def _replace(self, form: ElementForm | None) -> None:
        self.release()
        if self.form is not None:
            self.form.hide()
            self.form.deleteLater()  # Qt takes it out of the holder's layout when it is deleted
        self.form = form
        if form is not None:
            self.holder_layout.insertWidget(0, form)
        self.empty.setVisible(form is None)

    def release(self) -> None:
        """Silence the current form before it goes (a focused field would report an edit while being destroyed)."""
        if self.form is not None:
            for child in self.form.findChildren(QWidget):
                child.blockSignals(True)

    def apply(self, op: Callable, *args, **kwargs) -> bool:
        """Run ``op(session, *args, **kwargs)``; False, with the reason shown, when it is refused."""
        try:
            op(self.session, *args, **kwargs)
        except VenuePlannerError as e:
            self.message.setText(self.tr("Not changed: %1").replace("%1", str(e)))
            self.message.show()
            log.info("edit refused: %s", e)
            return False
        self.clear_message()
        return True

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
