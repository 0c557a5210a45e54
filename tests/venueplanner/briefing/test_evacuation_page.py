"""The evacuation summary prints routing.evacuation's figures: load, time, exits, bottlenecks, worst loss, checks."""

from __future__ import annotations

from routing.directions import format_duration
from venueplanner.briefing import Section

from .conftest import page_texts


def _text(pack) -> str:
    texts = page_texts(pack.data)
    pages = [p.number for p in pack.pages if p.section == Section.EVACUATION]
    return " ".join(" ".join(texts[n - 1] for n in pages).split())


def test_the_load_and_time_printed_are_the_run_s(fr_pack):
    result = fr_pack.evacuation.result
    text = _text(fr_pack)
    persons = f"{round(result.persons):,}".replace(",", " ")  # French thousands, read back as a space
    assert f"Effectif pris en compte : {persons}" in text
    assert f"Durée d'évacuation : {format_duration(result.total_time, 'fr')}" in text


def test_every_exit_is_listed_with_its_number_and_persons(fr_pack, concert):
    text = _text(fr_pack)
    for e in fr_pack.evacuation.result.exits:
        assert f"{e.id} {concert.venue.openings[e.id].name}" in text
    assert len(fr_pack.evacuation.result.exits) == 9


def test_the_worst_exit_loss_is_named_with_its_time(fr_pack):
    sweep = fr_pack.evacuation.sweep
    worst = sweep.worst
    assert worst.blocked and worst.result is not None
    text = _text(fr_pack)
    assert f"({worst.blocked[0]} " in text
    assert f"évacuation en {format_duration(worst.total_time, 'fr')}" in text
    assert len(sweep.cases) == 9  # one case per exit of the concert hall


def test_failed_checks_are_marked_and_counted(fr_pack):
    checks = fr_pack.evacuation.checks
    failed = [c for c in checks if not c.passed]
    text = _text(fr_pack)
    assert f"{len(checks) - len(failed)} vérifications conformes sur {len(checks)}" in text
    assert text.count("NON CONFORME") == len(failed)


def test_without_the_sweep_the_page_says_the_loss_was_not_computed(en_pack):
    assert en_pack.evacuation.sweep is None
    assert "Exit loss not computed." in _text(en_pack)
