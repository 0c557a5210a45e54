"""The settings dialog: interface language (applied at the next start) and autosave interval."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from ui.i18n import LANGUAGES
from ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system"), "system")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language is used when Venue Planner is started again."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #6c757d;")
        form.addRow("", note)
        self.autosave = QDoubleSpinBox(self)
        self.autosave.setObjectName("autosave")
        self.autosave.setRange(0, 60)
        self.autosave.setDecimals(1)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setSpecialValueText(self.tr("Never"))
        self.autosave.setValue(settings.autosave_minutes)
        form.addRow(self.tr("Autosave unsaved work every"), self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.autosave_minutes = self.autosave.value()
        self.settings.sync()
        super().accept()
