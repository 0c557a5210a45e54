"""The Evacuation panel: run on a worker, heat map over the floors, bottlenecks, exits; block an exit and compare."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from routing.evacuation import evacuate
from tests.ui.conftest import open_and_wait
from tests.ui.test_rendering import near, pixel
from ui.panel_common import seconds
from venueplanner.scene_style import USE_COLOURS


@pytest.fixture
def hall_window(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    return main_window


def run(window, qtbot):
    panel = window.results.evacuation
    before = panel.result
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.result is not before and panel.run_button.isEnabled(), timeout=60_000)
    return panel


@pytest.mark.render
def test_the_evacuation_shows_its_total_time_heat_map_bottlenecks_and_exits(hall_window, qtbot, tmp_path):
    view = hall_window.viewport
    view.show_plan("L0")
    view.render_now()
    pit = (12.5, 25.0, 0.0)  # in the pit, away from its doors and pillars
    image = QImage(str(view.screenshot(tmp_path / "before.png")))
    assert near(pixel(image, hall_window, pit), USE_COLOURS["standing"])  # the pit's use colour before
    panel = run(hall_window, qtbot)
    expected = evacuate(hall_window.session.venue)  # docs/evacuation.md: 182 s for the concert hall
    assert panel.result.total_time == pytest.approx(expected.total_time, rel=0.01)
    assert panel.total.text().startswith("Total time: " + seconds(panel.result.total_time))
    assert "Nothing is blocked" in panel.compare.text()
    actors = view.plotter.actors
    assert {"heat@L0", "bottlenecks"} <= set(actors) and "heat@L1" not in actors  # the plan of L0 hides L1
    assert view.plotter.scalar_bars  # the colour scale of the heat map
    view.render_now()
    image = QImage(str(view.screenshot(tmp_path / "heat.png")))
    colour = pixel(image, hall_window, pit)
    assert not near(colour, USE_COLOURS["standing"], 12)
    # the colour is the heat map's colour for the time at that point
    lut = actors["heat@L0"].mapper.lookup_table
    mesh = actors["heat@L0"].mapper.dataset
    cell = mesh.find_closest_cell((12.5, 25.0, 0.0))
    rgb = np.array(lut.map_value(float(mesh.cell_data["seconds"][cell]))[:3]) * 255
    assert np.all(np.abs(np.subtract(colour, rgb)) <= 6), (colour, rgb)
    # exits by their exterior door numbers, the main entrance first (docs/briefing-packs.md: E3, E2, E1 are 1, 2, 3)
    assert [panel.exits.item(r, 0).text() for r in range(3)] == ["1", "2", "3"]
    assert panel.exits.rowCount() == len(panel.result.exits)
    assert panel.bottlenecks.item(0, 0).text() == panel.result.bottlenecks[0].label  # the pit's ES1 in the docs


@pytest.mark.render
def test_blocking_an_exit_changes_the_total_time_and_compares_with_the_plain_venue(hall_window, qtbot):
    panel = run(hall_window, qtbot)
    plain_total = panel.result.total_time
    hall_window.session.select("E3")  # the main entrance's first door: docs/evacuation.md, losing it costs ~9 s
    panel.block_button.click()
    assert "E3" in hall_window.blocked()
    qtbot.waitUntil(lambda: panel.plain is not None and panel.run_button.isEnabled(), timeout=60_000)
    blocked_total = panel.result.total_time
    assert blocked_total != plain_total
    assert panel.plain.total_time == pytest.approx(plain_total, rel=1e-9)
    text = panel.compare.text()
    assert seconds(plain_total) in text and seconds(blocked_total) in text
    difference = blocked_total - plain_total
    assert (("+" if difference >= 0 else "−") + seconds(abs(difference))) in text
    hall_window.undo()  # the block is an edit like any other
    assert "E3" not in hall_window.blocked()
