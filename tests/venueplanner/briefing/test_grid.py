"""The grid, scale and north of the plans, against figures worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from models import Space, Venue
from models import geometry as geo
from venueplanner.briefing.grid import POINTS_PER_METRE, PlanFrame, column_label, fit_scale, make_grid, window
from venueplanner.briefing.options import Orientation


def _venue(north: float = 0.0) -> Venue:
    return Venue("v", spaces=[Space("s", "L0", geo.rectangle(0, 0, 40, 20))], north_angle=north)


def test_columns_are_letters_and_go_on_past_z():
    assert [column_label(i) for i in (0, 7, 25, 26, 51, 52)] == ["A", "H", "Z", "AA", "AZ", "BA"]


def test_a_plan_up_grid_covers_the_site_with_a_margin_in_whole_cells():
    g = make_grid(_venue(), Orientation.PLAN)
    # 40 x 20 m plus 2 m on each side = 44 x 24 m; 5 m cells keep the 44 m side to 9 <= 12 cells
    assert g.cell == 5.0
    assert (g.west, g.north) == (-5.0, 25.0)  # floor(-2 / 5) x 5, ceil(22 / 5) x 5
    # columns: ceil((42 - -5) / 5) = ceil(9.4) = 10; rows: ceil((25 - -2) / 5) = ceil(5.4) = 6
    assert (g.columns, g.rows) == (10, 6)


def test_cell_references_read_column_letter_then_row_number_from_the_north_west():
    g = make_grid(_venue(), Orientation.PLAN)
    assert g.ref((-4.9, 24.9)) == "A1"
    assert g.ref((0.1, 19.9)) == "B2"  # x in [0, 5) is column B, y in (15, 20] is row 2
    assert g.ref((39.9, 0.1)) == "I5"
    assert g.ref((500, 500)) == "-"


def test_north_up_turns_the_plan_so_that_true_north_points_up():
    g = make_grid(_venue(north=30.0), Orientation.NORTH)
    assert g.north_on_sheet == pytest.approx((0.0, 1.0), abs=1e-12)
    # true north is the plan's +Y turned 30 degrees counter-clockwise: (-sin 30, cos 30)
    n = (-math.sin(math.radians(30)), math.cos(math.radians(30)))
    assert g.to_sheet(n) == pytest.approx([0.0, 1.0])


def test_plan_up_keeps_the_plan_and_the_arrow_shows_north():
    g = make_grid(_venue(north=30.0), Orientation.PLAN)
    assert g.north_on_sheet == pytest.approx((-0.5, math.sqrt(3) / 2))


def test_one_metre_at_1_to_500_is_two_millimetres_of_paper():
    g = make_grid(_venue(), Orientation.PLAN)
    frame = PlanFrame(g, 500.0, 100.0, 700.0)
    a, b = frame.to_page(np.array([[0.0, 0.0], [10.0, 0.0]]))
    # 10 m / 500 = 20 mm = 20 / 25.4 x 72 = 56.69 points
    assert b[0] - a[0] == pytest.approx(56.6929, abs=1e-3)
    assert frame.k == pytest.approx(POINTS_PER_METRE / 500)


def test_the_largest_standard_scale_that_fits_is_chosen():
    g = make_grid(_venue(), Orientation.PLAN)
    # 10 cells of 5 m = 50 m wide: at 1:250 that is 200 mm = 566.9 points, at 1:300 it is 166.7 mm = 472.4 points
    assert fit_scale(g, 500.0, 800.0) == 300.0
    assert fit_scale(g, 570.0, 800.0) == 250.0


def test_a_window_holds_only_the_cells_of_the_points_given():
    g = make_grid(_venue(), Orientation.PLAN)
    w = window(g, np.array([[1.0, 1.0], [12.0, 6.0]]))
    # x 1 -> column 1 (B), x 12 -> column 3 (D); y 6 -> row 3, y 1 -> row 4 (rows from the north edge at 25)
    assert (w.col0, w.row0, w.columns, w.rows) == (1, 3, 3, 2)
    frame = PlanFrame(g, 500.0, 0.0, 100.0, w)
    x, y = frame.to_page(np.array([0.0, 10.0]))  # the window's top-left corner: x = 0 (B's west edge), y = 10
    assert (x, y) == pytest.approx((0.0, 100.0))
