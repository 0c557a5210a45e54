"""The Report panel in French: validation problems and the import report's rows in the interface's language."""

from __future__ import annotations

import ast
import importlib
import inspect
import string
from xml.etree import ElementTree

from importers import ImportReport
from models import MarkerKind, Problem, Severity
from models.problems import warning
from tests.ui.conftest import open_and_wait
from ui import i18n
from ui.report_texts import TEMPLATES, import_rows, problem_text
from venueplanner import ops


def rows(panel) -> list[tuple[str, str, str]]:
    tree = panel.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def test_the_french_report_shows_a_problem_and_the_import_in_french(language, make_window, qtbot, sample):
    language("fr")
    window = make_window()
    open_and_wait(window, qtbot, sample("concert-hall.yaml"))
    panel = window.report_panel
    # the plan reader read 2 levels, 25 spaces, 42 openings, 3 connectors and 10 markers (the English report's counts)
    assert rows(panel) == [
        ("Import", "", "Lu : 2 niveaux, 25 locaux, 42 ouvertures, 3 escaliers, ascenseurs ou rampes, 10 repères")
    ]
    assert window.apply(ops.set_opening_width, "E1", 20.0)  # the lobby's south wall runs x 5..23: 18 m
    qtbot.waitUntil(lambda: not panel.checking and bool(panel.problems), timeout=30_000)
    (problem,) = panel.problems
    assert problem.message == "its clear width 20.00 m exceeds the 18.00 m wall of space 'lobby' it stands in"
    assert rows(panel)[0] == (
        "Erreur",
        "Entrée principale, porte 1",
        "sa largeur de passage de 20,00 m dépasse le mur de 18,00 m du local 'lobby' où elle se trouve",
    )
    assert panel.summary.text().endswith("1 erreur, 0 avertissement")


def test_numbers_marker_kinds_and_field_names_are_written_the_french_way(language):
    language("fr")
    outside = warning(
        "marker-outside-spaces", "FP", "{kind} at {position} is in no space",
        kind=MarkerKind.FIRE_PANEL, position=(-5.5, 2.0),
    )  # fmt: skip
    assert problem_text(outside) == "Tableau SSI en (-5,5 ; 2,0) n'est dans aucun local"
    stair = warning("bad-stair", "S", "{field} {value} m is not positive", field="going", value=-0.3)
    assert problem_text(stair) == "giron : la valeur -0,3 m n'est pas positive"
    plain = Problem(Severity.ERROR, "no-exit", None, "made without a template")
    assert problem_text(plain) == "made without a template"
    report = ImportReport(__file__, "dxf", skipped={"HATCH": 3}, dropped=[("door 12", "touches no room")])
    report.warnings.append("units guessed")
    assert import_rows(report) == [
        "Ignoré (non compris) : 3 HATCH", "Écarté : door 12 : touches no room", "Avertissement : units guessed",
    ]  # fmt: skip


def test_english_shows_the_messages_of_validate_unchanged(language):
    language("en")
    problem = warning("steep-stair", "S", "riser {riser:.3f} m is above 0.25 m", riser=0.2612)
    assert problem_text(problem) == problem.message == "riser 0.261 m is above 0.25 m"


def validate_templates() -> set[str]:
    """The message templates that models.validate passes to _error and _warning."""
    checks = importlib.import_module("models.validate")  # `models.validate` itself is the function
    calls = [n for n in ast.walk(ast.parse(inspect.getsource(checks))) if isinstance(n, ast.Call)]
    return {c.args[2].value for c in calls if getattr(c.func, "id", "") in ("_error", "_warning")}


def french_validation_texts() -> dict[str, str]:
    """Source -> finished French translation, for the context Validation of the shipped .ts file."""
    found = {}
    for context in ElementTree.parse(i18n.HERE / "venueplanner_fr.ts").getroot().iter("context"):
        if context.findtext("name") == "Validation":
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") is None and translation.text:
                    found[message.findtext("source")] = translation.text
    return found


def test_every_template_of_validate_has_a_french_translation_naming_the_same_values():
    assert set(TEMPLATES) == validate_templates()
    french = french_validation_texts()
    fields = lambda text: sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)  # noqa: E731
    for template in TEMPLATES:
        assert template in french, f"no French for {template!r}"
        assert fields(french[template]) == fields(template), template
