"""Opening the concert hall: the tree, the view, the report and the title say what the venue holds."""

from __future__ import annotations

from tests.ui.conftest import open_and_wait


def test_opening_the_concert_hall_lists_every_element_in_the_tree(main_window, qtbot, sample):
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    venue = main_window.session.venue
    tree = main_window.tree_panel
    # samples/README.md: 2 levels, 25 spaces, 42 openings, 3 connectors, 10 markers
    counts = {c: tree.category_count(c) for c in ("levels", "spaces", "openings", "connectors", "markers")}
    assert counts == {"levels": 2, "spaces": 25, "openings": 42, "connectors": 3, "markers": 10}
    assert counts["spaces"] == len(venue.spaces) and counts["openings"] == len(venue.openings)
    assert tree.tree.topLevelItem(2).text(0) == "Openings (42)"
    assert main_window.windowTitle().startswith("Le Zéphyr")
    assert "not saved" in main_window.windowTitle()  # an import must be saved under a new name
    assert main_window.report_panel.summary.text() == "concert-hall.yaml (plan) — 0 error(s), 0 warning(s)"
    assert {"floor@L0", "floor@L1", "openings@L0", "connectors"} <= set(main_window.viewport.plotter.actors)
    assert main_window.viewport.frames >= 1


def test_a_window_shut_down_twice_stops_its_work_once(main_window, qtbot, sample):
    # Seen in a run: a window closed by the user during an import got a second close event from its
    # owner, and shutting down again disconnected the route layer twice (a RuntimeWarning, an error here).
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    assert main_window.results.routes.layer is not None
    main_window.shut_down()
    main_window.shut_down()
    assert main_window.close()
    assert not main_window.isVisible()


def test_closing_the_window_lets_go_of_the_views_gl_context_and_surface(main_window, qtbot, sample):
    # A QSurface is no QObject, so PySide never learns that it is destroyed: a wrapper kept after the
    # window is gone was once handed back for a new QAction at the same address (an AttributeError in a
    # later test). pyvistaqt's own attributes are checked, as nothing public says what it holds.
    open_and_wait(main_window, qtbot, sample("concert-hall.yaml"))
    interactor = main_window.viewport.plotter
    assert interactor._ctx is not None and interactor._surface is not None
    assert main_window.close()
    assert interactor._ctx is None and interactor._surface is None
