"""Start-up: the window shows the venue before VTK is loaded; the 3D view comes after and draws what it was told."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.conftest import ROOT
from tests.ui.conftest import run_startup_probe
from ui.viewport import Viewport
from venueplanner.files import open_venue


def probe(file: str, tmp_path) -> dict[str, str]:
    """Run ``venueplanner open FILE`` under the start-up probe; its output lines by their first word."""
    done = run_startup_probe(file, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return {line.split(" ", 1)[0]: line.split(" ", 1)[1] for line in done.stdout.splitlines() if " " in line}


@pytest.mark.slow
def test_the_window_shows_the_venue_in_its_tree_before_vtk_is_loaded_then_the_view_draws_the_hall(tmp_path):
    lines = probe("samples/concert-hall.yaml", tmp_path)
    vtk_loaded, shown = lines["SHOWN"].split()
    assert vtk_loaded == "False"  # vtkmodules was not in sys.modules when the tree first showed the venue
    usable, first_frame = float(lines["USABLE"].split()[0]), float(lines["FIRST_FRAME"])
    assert math.isfinite(usable) and math.isfinite(first_frame)
    assert float(shown) <= usable < first_frame  # the window is usable before the view has drawn anything
    frames, actors = lines["VIEW"].split()
    assert int(frames) > 0
    # samples/concert-hall.yaml: two levels, L0 and L1, with spaces and openings on each
    assert {"floor@L0", "floor@L1", "openings@L0", "openings@L1", "connectors"} <= set(actors.split(","))


def test_the_window_modules_load_neither_vtk_nor_the_routing_and_export_code():
    # What the window imports before it shows; the 3D view and the result panels import the rest later.
    code = "import sys, ui.main_window; print(sorted(m for m in {MODULES} if m in sys.modules))"
    heavy = ("vtkmodules", "pyvista", "pyvistaqt", "matplotlib", "networkx", "routing", "reportlab", "superqt")
    done = subprocess.run(
        [sys.executable, "-c", code.replace("{MODULES}", repr(heavy))],
        cwd=ROOT, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.fixture
def view(qtbot):
    """A Viewport in a window of its own, shown, whose interactor is not made yet."""
    host = QWidget()
    host.resize(800, 600)
    viewport = Viewport(host)
    QVBoxLayout(host).addWidget(viewport)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield viewport
    viewport.close_plotter()


def test_what_the_view_is_told_before_its_interactor_exists_is_drawn_once_it_does(view, sample):
    venue = open_venue(sample("concert-hall.yaml")).project.venue
    space = next(s for s in venue.spaces.values() if s.level_id == "L1")
    door = next(iter(venue.openings))
    view.set_venue(venue, blocked=frozenset({door}), frame=True)
    view.set_selection((space.id,))
    view.set_explode(6.0)
    view.set_level_visible("L0", False)
    assert not view.is_loaded
    assert view.findChild(QLabel, "viewport-placeholder").text() == "Loading the 3D view…"

    view.load()
    actors = view.plotter.actors
    placeholder = view.findChild(QLabel, "viewport-placeholder")
    assert placeholder is None or placeholder.isHidden()  # hidden, and deleted by Qt on its next turn
    assert not actors["floor@L0"].GetVisibility() and actors["floor@L1"].GetVisibility()
    # L1 is the second level from the bottom: lifted by 1 x the 6 m explode gap
    assert actors["floor@L1"].GetPosition() == pytest.approx((0.0, 0.0, 6.0))
    assert "selection" in actors
    assert view.options.blocked == frozenset({door})
    view.render_now()
    assert view.frames == 1


def test_a_plan_view_asked_for_before_the_interactor_exists_is_the_view_it_starts_with(view, sample):
    venue = open_venue(sample("concert-hall.yaml")).project.venue
    view.set_venue(venue, frame=True)
    view.show_plan("L1")
    assert not view.is_loaded

    camera = view.plotter.renderer.camera  # made on first use
    assert view.is_loaded
    assert camera.parallel_projection  # plan views look straight down, orthographic
    assert camera.position[2] > camera.focal_point[2]
    assert not view.plotter.actors["floor@L0"].GetVisibility()


def test_the_result_panels_fill_the_docks_that_waited_for_them(main_window):
    docks = main_window.docks
    results = main_window.results  # made now if the window had not made them yet
    assert docks["routes"].widget() is results.routes
    assert docks["rehearsal"].widget() is results.rehearsal
    assert docks["evacuation"].widget() is results.evacuation
    toggles = [a.text() for a in main_window.actions.panels_menu.actions()]
    assert len(toggles) == len(set(toggles)) == len(docks)  # one toggle per dock under View > Panels
