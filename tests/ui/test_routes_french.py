"""The routes, rehearsal, evacuation and export panels in French: their words and the directions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute
from ui import i18n


@pytest.fixture
def french(qapp):
    installed = i18n.install_translators(qapp, "fr")
    yield
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.mark.render
def test_the_french_interface_shows_the_result_panels_and_directions_in_french(french, make_window, qtbot, sample):
    window = make_window()
    assert QLocale().language() == QLocale.Language.French
    docks = window.docks
    assert [docks[n].windowTitle() for n in ("routes", "rehearsal", "evacuation")] == [
        "Itinéraires", "Répétition", "Évacuation",
    ]  # fmt: skip
    assert window.results.export_action.text() == "Exporter le &dossier d'intervention…"
    open_and_wait(window, qtbot, sample("concert-hall.yaml"))
    routes = compute(window, qtbot, "STG-1", "REGIE")
    assert routes.compute.text() == "Calculer l'itinéraire"
    assert routes.profile.currentText() == "Équipe d'intervention"
    assert routes.summary.text().startswith("Longueur 42,37 m, durée 0:46")  # French decimal comma
    # docs/routing.md, tested word for word in routing: the first step of the French directions
    assert routes.steps_list.item(0).text() == "1. Départ\xa0: «\xa0Point de mise en place, boulevard\xa0»."
    assert window.results.rehearsal.play_button.text() == "Lecture"
    evacuation = window.results.evacuation
    assert evacuation.run_button.text() == "Lancer l'évacuation"
    assert evacuation.exits.horizontalHeaderItem(3).text() == "Premier sorti"
    dialog = window.results.show_export()
    assert dialog.windowTitle() == "Exporter le dossier d'intervention"
    assert dialog.language.currentData() == "fr"
