"""One form per element type for the inspector; each edit goes through a :mod:`venueplanner.ops` function.

A form shows an element's values; when the user leaves a field (or picks in a
list) it calls ``apply(op, *args)``, which runs the operation and returns
False when the value was refused. A refused value is put back as it was.
Forms are found by type through :data:`FORMS` (an MRO walk, see
:func:`form_for`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from models import Connector, ConnectorKind, ContextMesh, Level, Marker, Opening, Space, Venue
from ui import labels
from venueplanner import ops

Apply = Callable[..., bool]


def parse_number(text: str) -> float | str:
    """A number typed in the user's locale or with a dot; the text itself when it is none (the op refuses it)."""
    text = text.strip().replace("\u202f", "").replace("\xa0", "")
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def _number_text(value: float | None, decimals: int = 2) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", decimals)


class ElementForm(QWidget):
    """Fields of one element; subclasses add theirs in :meth:`build` and fill them in :meth:`show_element`."""

    def __init__(self, apply: Apply, venue: Venue, element, blocked: frozenset[str], parent=None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.element = element
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.id_label = QLabel(self)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Id"), self.id_label)
        self.name = self.line("name", self.tr("Name"), self._rename)
        self.build()
        self.show_element(venue, element, blocked)

    def build(self) -> None:
        """Add the fields of this element type."""

    def show_element(self, venue: Venue, element, blocked: frozenset[str]) -> None:
        """Fill the fields with `element`'s values (after any edit, and when selected)."""
        self.element = element
        self.id_label.setText(element.id)
        self.name.setText(element.label if isinstance(element, Marker) else element.name)

    # --- field helpers ------------------------------------------------------------------

    def line(self, name: str, title: str, on_done: Callable[[str], object]) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.editingFinished.connect(lambda: edit.isModified() and self._done(edit, on_done))
        self.form.addRow(title, edit)
        return edit

    def combo(self, name: str, title: str, choices: dict, on_pick: Callable[[object], object]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for value, text in sorted(choices.items(), key=lambda kv: kv[1].casefold()):
            box.addItem(text, value)
        box.activated.connect(lambda i: on_pick(box.itemData(i)))
        self.form.addRow(title, box)
        return box

    def check(self, name: str, title: str, on_toggle: Callable[[bool], object]) -> QCheckBox:
        box = QCheckBox(title, self)
        box.setObjectName(name)
        box.clicked.connect(on_toggle)
        self.form.addRow("", box)
        return box

    def info(self, title: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(title, label)
        return label

    def _done(self, edit: QLineEdit, on_done: Callable[[str], object]) -> None:
        edit.setModified(False)
        on_done(edit.text())

    @staticmethod
    def select(box: QComboBox, value) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    def _rename(self, text: str) -> None:
        if not self.apply(ops.rename_element, self.element.id, text):
            self.name.setText(self.element.label if isinstance(self.element, Marker) else self.element.name)


class LevelForm(ElementForm):
    def build(self) -> None:
        self.elevation = self.info(self.tr("Elevation"))
        self.height = self.info(self.tr("Height"))

    def show_element(self, venue, element: Level, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.elevation.setText(labels.metres(element.elevation))
        self.height.setText(labels.metres(element.height))


class SpaceForm(ElementForm):
    def build(self) -> None:
        self.use = self.combo(
            "use", self.tr("Use"), labels.space_uses(), lambda u: self.apply(ops.set_use, self.element.id, u)
        )
        self.capacity = self.line("capacity", self.tr("Capacity (persons)"), self._set_capacity)
        self.capacity.setPlaceholderText(self.tr("unknown"))
        self.level = self.info(self.tr("Level"))
        self.area = self.info(self.tr("Area"))
        self.seats = self.info(self.tr("Seats"))

    def show_element(self, venue, element: Space, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.select(self.use, element.use)
        self.capacity.setText("" if element.capacity is None else str(element.capacity))
        self.level.setText(venue.level(element.level_id).name or element.level_id)
        self.area.setText(QLocale().toString(element.area, "f", 1) + " m²")
        self.seats.setText("—" if element.seats is None else str(element.seats))

    def _set_capacity(self, text: str) -> None:
        value = None if not text.strip() else parse_number(text)
        if not self.apply(ops.set_capacity, self.element.id, value):
            self.capacity.setText("" if self.element.capacity is None else str(self.element.capacity))


class OpeningForm(ElementForm):
    def build(self) -> None:
        self.kind = self.combo(
            "kind",
            self.tr("Kind"),
            labels.opening_kinds(),
            lambda k: self.apply(ops.set_opening_kind, self.element.id, k),
        )
        self.width = self.line("width", self.tr("Clear width (m)"), self._set_width)
        self.locked = self.check(
            "locked", self.tr("Locked"), lambda on: self.apply(ops.set_locked, self.element.id, on)
        )
        self.blocked = self.check("blocked", self.tr("Blocked (scenario)"), self._set_blocked)
        self.locked.setToolTip(self.tr("Locked in the building: never part of a route"))
        self.blocked.setToolTip(self.tr("Closed in the active scenario only: the building is unchanged"))
        self.joins = self.info(self.tr("Joins"))

    def show_element(self, venue, element: Opening, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.select(self.kind, element.kind)
        self.width.setText(_number_text(element.width))
        self.locked.setChecked(element.locked)
        self.blocked.setChecked(element.id in blocked)
        names = [venue.spaces[s].label if s in venue.spaces else s for s in element.spaces]
        self.joins.setText(" ↔ ".join(names) + ("" if len(names) > 1 else " → " + self.tr("outside")))

    def _set_width(self, text: str) -> None:
        if not self.apply(ops.set_opening_width, self.element.id, parse_number(text)):
            self.width.setText(_number_text(self.element.width))

    def _set_blocked(self, on: bool) -> None:
        if not self.apply(ops.block if on else ops.unblock, self.element.id):
            self.blocked.setChecked(not on)


class ConnectorForm(ElementForm):
    def build(self) -> None:
        self.kind = self.info(self.tr("Kind"))
        self.width = self.info(self.tr("Width"))
        self.levels = self.info(self.tr("Levels"))
        self.capacity = self.line("capacity", self.tr("Persons per car"), self._set_capacity)
        self.blocked = self.check("blocked", self.tr("Blocked (scenario)"), self._set_blocked)

    def show_element(self, venue, element: Connector, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.kind.setText(labels.connector_kinds()[element.kind])
        self.width.setText(labels.metres(element.width))
        self.levels.setText(
            " – ".join(venue.levels[i].name or i if i in venue.levels else i for i in element.level_ids)
        )
        self.capacity.setEnabled(element.kind == ConnectorKind.LIFT)
        self.capacity.setText("" if element.capacity is None else str(element.capacity))
        self.blocked.setChecked(element.id in blocked)

    def _set_capacity(self, text: str) -> None:
        value = None if not text.strip() else parse_number(text)
        if not self.apply(ops.set_capacity, self.element.id, value):
            self.capacity.setText("" if self.element.capacity is None else str(self.element.capacity))

    def _set_blocked(self, on: bool) -> None:
        if not self.apply(ops.block if on else ops.unblock, self.element.id):
            self.blocked.setChecked(not on)


class MarkerForm(ElementForm):
    def build(self) -> None:
        self.form.labelForField(self.name).setText(self.tr("Label"))
        self.kind = self.combo(
            "kind",
            self.tr("Kind"),
            labels.marker_kinds(),
            lambda k: self.apply(ops.set_marker_details, self.element.id, kind=k),
        )
        self.x = self.line("x", self.tr("X (m)"), lambda t: self._move(t, None))
        self.y = self.line("y", self.tr("Y (m)"), lambda t: self._move(None, t))
        self.radius = self.line("radius", self.tr("Radius (m)"), self._set_radius)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(80)
        self.notes.installEventFilter(self)  # saved when the user leaves the box
        self.form.addRow(self.tr("Notes"), self.notes)

    def show_element(self, venue, element: Marker, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.select(self.kind, element.kind)
        self.x.setText(_number_text(element.position[0]))
        self.y.setText(_number_text(element.position[1]))
        self.radius.setText(_number_text(element.radius))
        if self.notes.toPlainText() != element.notes:
            self.notes.setPlainText(element.notes)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return False

    def save_notes(self) -> None:
        if self.notes.toPlainText().strip() != self.element.notes:
            self.apply(ops.set_marker_details, self.element.id, notes=self.notes.toPlainText())

    def _move(self, x_text: str | None, y_text: str | None) -> None:
        x = parse_number(x_text) if x_text is not None else self.element.position[0]
        y = parse_number(y_text) if y_text is not None else self.element.position[1]
        if not self.apply(ops.move_marker, self.element.id, (x, y)):
            self.x.setText(_number_text(self.element.position[0]))
            self.y.setText(_number_text(self.element.position[1]))

    def _set_radius(self, text: str) -> None:
        if not self.apply(ops.set_marker_details, self.element.id, radius=parse_number(text)):
            self.radius.setText(_number_text(self.element.radius))


class ContextForm(ElementForm):
    def build(self) -> None:
        self.category = self.info(self.tr("Category"))
        self.size = self.info(self.tr("Triangles"))

    def show_element(self, venue, element: ContextMesh, blocked) -> None:
        super().show_element(venue, element, blocked)
        self.category.setText(element.category or "—")
        self.size.setText(str(len(element.faces)))


#: The form of each element type.
FORMS: dict[type, type[ElementForm]] = {
    Level: LevelForm,
    Space: SpaceForm,
    Opening: OpeningForm,
    Connector: ConnectorForm,
    Marker: MarkerForm,
    ContextMesh: ContextForm,
}


def form_for(element_type: type) -> type[ElementForm]:
    """The form class of `element_type`, walking its MRO; TypeError when there is none."""
    for cls in element_type.__mro__:
        if cls in FORMS:
            return FORMS[cls]
    raise TypeError(f"no inspector form for {element_type.__name__}")
