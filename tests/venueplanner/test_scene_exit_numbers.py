"""The exterior door numbers of the 3D view follow SceneOptions.show_exit_numbers."""

from __future__ import annotations

from models.numbering import exterior_door_numbers
from venueplanner.files import open_venue
from venueplanner.scene_routes import exit_label_points
from venueplanner.scene_style import SceneOptions


def test_no_exit_number_is_placed_when_the_option_is_off(sample):
    venue = open_venue(sample("concert-hall.yaml")).venue
    numbers = exterior_door_numbers(venue)
    points, texts = exit_label_points(venue, SceneOptions(), numbers)
    assert len(texts) == len(numbers) > 0 and points.shape == (len(numbers), 3)
    points, texts = exit_label_points(venue, SceneOptions(show_exit_numbers=False), numbers)
    assert texts == [] and points.shape == (0, 3)
