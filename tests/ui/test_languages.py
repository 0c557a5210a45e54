"""French and English through Qt's translation files: menus, panels, vocabularies, plurals and numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_and_wait
from ui import i18n


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_french_interface_shows_french_menus_panels_and_words(language, make_window, qtbot, sample):
    language("fr")
    window = make_window()
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Affichage", "&Outils", "A&ide"]
    assert window.docks["inspector"].windowTitle() == "Inspecteur"
    open_and_wait(window, qtbot, sample("concert-hall.yaml"))
    tree = window.tree_panel.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Niveaux (2)", "Locaux (25)", "Ouvertures (42)", "Escaliers, ascenseurs et rampes (3)", "Repères (10)",
    ]  # fmt: skip
    assert window.report_panel.summary.text().endswith("0 erreur, 0 avertissement")
    window.session.select("E1")
    form = window.inspector.form
    assert form.kind.currentText() == "Sortie"
    assert form.width.text() == "1,80"  # French numbers
    assert window.tree_panel.item("pit").text(1).startswith("Zone debout · 341 m² · 1000 personnes")
    assert "non enregistré" in window.windowTitle()
    form.width.setText("0")
    form.width.setModified(True)
    form.width.editingFinished.emit()
    assert window.inspector.message.text().startswith("Non modifié : E1")


def test_english_plurals_come_from_the_english_file(language, main_window, qtbot, sample):
    language("en")
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    main_window.report_panel._show()
    assert main_window.report_panel.summary.text().endswith("0 errors, 0 warnings")


def test_the_system_language_is_followed_when_shipped_and_english_otherwise(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert i18n.resolve("system") == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("fr") == "fr" and i18n.resolve("xx") == "en"


def messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it has a finished translation, for every message of a .ts file."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation.get("type") is None and bool(translation.text or list(translation))
            found[name, message.findtext("source")] = done
    return found


def test_every_string_of_the_interface_has_a_french_translation(tmp_path):
    # Extract the strings from the sources now, as `python -m ui.i18n` does, and compare with the shipped file.
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in i18n.HERE.parent.glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", fresh], check=True, capture_output=True)
    shipped = messages(i18n.HERE / "venueplanner_fr.ts")
    missing = [key for key in messages(fresh) if not shipped.get(key)]
    assert not missing, f"not translated to French (run python -m ui.i18n, then translate): {missing}"
    assert QApplication.translate("Labels", "Hall") == "Hall"  # no translator installed here: the source
