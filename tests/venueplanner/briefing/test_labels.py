"""Label placement: the first free candidate wins; with none free the first is used, so no id is lost."""

from __future__ import annotations

import pytest

from venueplanner.briefing.fonts import BOLD, text_width
from venueplanner.briefing.labels import Placer, text_box


def test_the_first_free_candidate_is_taken():
    placer = Placer()
    placer.take((0, 0, 10, 10))
    assert placer.choose([(5, 5, 15, 15), (20, 0, 30, 10), (40, 0, 50, 10)]) == 1
    assert not placer.free((25, 5, 26, 6))  # now taken


def test_boxes_that_only_touch_do_not_collide():
    placer = Placer()
    placer.take((0, 0, 10, 10))
    assert placer.free((10, 0, 20, 10))


def test_with_no_free_place_the_first_candidate_is_used():
    placer = Placer()
    placer.take((0, 0, 100, 100))
    assert placer.choose([(1, 1, 2, 2), (3, 3, 4, 4)]) == 0


def test_a_centred_text_box_is_as_wide_as_the_text():
    x0, y0, x1, y1 = text_box(100, 50, "SSI", BOLD, 10, "c")
    assert x1 - x0 == pytest.approx(text_width("SSI", BOLD, 10))
    assert (x0 + x1) / 2 == pytest.approx(100)
    assert y0 < 50 < y1  # the baseline lies inside: descenders below, capitals above
