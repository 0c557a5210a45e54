"""File > Export Briefing Pack: options, built on a worker, written atomically, page 1 previewed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.ui.conftest import open_and_wait
from tests.ui.test_routes import compute


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


@pytest.mark.render
def test_exporting_the_cover_and_level_plans_writes_a_pdf_with_one_page_each_and_a_preview(
    hall_window, qtbot, tmp_path
):
    dialog = hall_window.results.show_export()
    assert dialog.language.currentData() == "en"  # the interface's language
    dialog.set_checked(dialog.sections, {"cover", "levels"})
    dialog.set_checked(dialog.levels, {"L0", "L1"})
    dialog.classification.setText("DIFFUSION RESTREINTE")
    target = tmp_path / "hall.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(target)
    # cover (1 page) + one plan per level (2 levels) = 3 pages
    assert len(reader.pages) == 3 == dialog.pages
    assert "DIFFUSION RESTREINTE" in reader.pages[0].extract_text()
    assert dialog.status.text() == "Saved hall.pdf (3 pages)"
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # page 1, portrait A4
    assert not list(tmp_path.glob("*.tmp*"))  # nothing left beside the file


@pytest.mark.render
def test_a_computed_route_becomes_a_route_card(hall_window, qtbot, tmp_path):
    compute(hall_window, qtbot, "STG-1", "REGIE")
    dialog = hall_window.results.show_export()
    assert dialog.routes.count() == 1 + len(hall_window.session.project.routes)
    dialog.set_checked(dialog.sections, {"routes"})
    dialog.set_checked(dialog.routes, {"computed:0"})
    dialog.export_to(tmp_path / "route.pdf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=120_000)
    text = PdfReader(tmp_path / "route.pdf").pages[0].extract_text()
    # the card of the route computed in the panel: STG-1 (the boulevard staging point) to the sound desk, 42 m, 46 s
    assert "Route card 1: Point de mise en place, boulevard" in text
    assert "In all 42 m, about 46 s" in text
