"""The Qt-free 3D scene: meshes, per-level actors, explode and visibility, plan views, colours and picking."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import pyvista as pv

from models import OpeningKind
from venueplanner import scene
from venueplanner.files import open_venue
from venueplanner.scene_meshes import connectors_mesh, floor_mesh, openings_mesh
from venueplanner.scene_pick import floor_at, pick
from venueplanner.scene_style import (
    BLOCKED_COLOUR,
    LOCKED_COLOUR,
    OPENING_COLOURS,
    OUTSIDE_DOOR_COLOUR,
    USE_COLOURS,
    SceneOptions,
    hex_rgb,
    opening_colour,
)

DOWN = (0.0, 0.0, -1.0)


@pytest.fixture(scope="module")
def hall():
    return open_venue("samples/concert-hall.yaml").venue


@pytest.fixture
def plotter():
    pl = pv.Plotter(off_screen=True, window_size=(640, 480))
    yield pl
    pl.close()


def triangle_areas(mesh: pv.PolyData) -> np.ndarray:
    tri = mesh.points[mesh.regular_faces]
    return 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)


def test_the_floor_mesh_covers_each_footprint_less_its_holes(hall):
    spaces = hall.spaces_on("L0")
    mesh = floor_mesh(spaces, 0.0)
    areas = np.bincount(mesh.cell_data["space"], weights=triangle_areas(mesh), minlength=len(spaces))
    pit = [s.id for s in spaces].index("pit")
    # docs/samples.md: 25 x 14 - 2 x (3 x 3 / 2) - 2 x (0.4 x 0.4) = 340.68 m²
    assert areas[pit] == pytest.approx(340.68)
    assert areas.sum() == pytest.approx(sum(s.area for s in spaces))
    assert tuple(mesh.cell_data["rgb"][mesh.cell_data["space"] == pit][0]) == hex_rgb(USE_COLOURS["standing"])


def test_openings_are_boxes_of_their_width_across_their_wall(hall):
    e1 = hall.opening("E1")  # 1.80 m wide, on the south facade y = 0 (a wall along x)
    mesh = openings_mesh(hall, [e1], 0.0)
    xmin, xmax, ymin, ymax, zmin, zmax = mesh.bounds
    assert (xmax - xmin, ymax - ymin, zmax - zmin) == pytest.approx((1.8, 0.30, 2.10))


def test_an_opening_is_coloured_by_its_state_first_then_its_kind(hall):
    d01 = hall.opening("D01")
    assert opening_colour(d01) == OPENING_COLOURS[OpeningKind.DOOR]
    assert opening_colour(replace(d01, spaces=("lobby",))) == OUTSIDE_DOOR_COLOUR  # a plain door to outside
    assert opening_colour(replace(d01, locked=True)) == LOCKED_COLOUR
    assert opening_colour(replace(d01, locked=True), blocked={"D01"}) == BLOCKED_COLOUR


def test_a_stair_rises_from_its_lower_to_its_upper_landing_lifted_by_explode(hall):
    stair_only = replace(hall, connectors=[hall.connector("S-A")])
    mesh = connectors_mesh(stair_only, SceneOptions(explode=3.0))
    # L0 at 0 m, L1 at 4.76 m + 1 x 3 m explode
    assert (mesh.bounds[4], mesh.bounds[5]) == pytest.approx((0.0, 7.76))
    assert connectors_mesh(stair_only, SceneOptions(hidden_levels=frozenset({"L1"}))).n_points == 0


def test_populate_names_actors_per_level_and_arrange_lifts_and_hides_them(hall, plotter):
    names = scene.populate(plotter, hall, SceneOptions(explode=5.0))
    assert {"floor@L0", "floor@L1", "openings@L0", "markers@L0", "markers@L1", "hazards@L0"} <= set(names)
    assert plotter.actors["floor@L1"].GetPosition() == (0.0, 0.0, 5.0)  # rank 1 x 5 m
    scene.arrange(plotter, hall, SceneOptions(hidden_levels=frozenset({"L0"})))
    assert not plotter.actors["floor@L0"].GetVisibility()
    assert plotter.actors["floor@L1"].GetVisibility()
    assert plotter.actors["floor@L1"].GetPosition() == (0.0, 0.0, 0.0)


def test_a_second_populate_rebuilds_only_the_level_an_edit_touched(hall, plotter):
    cache = scene.MeshCache()
    scene.populate(plotter, hall, cache=cache)
    before = {name: mesh for name, (_, mesh) in cache.entries.items()}
    renamed = hall.with_elements(replace(hall.space("balcony"), name="Grand balcon"))
    scene.populate(plotter, renamed, cache=cache)
    assert cache.entries["floor@L0"][1] is before["floor@L0"]
    assert cache.entries["floor@L1"][1] is not before["floor@L1"]


def test_removed_elements_lose_their_actors(hall, plotter):
    scene.populate(plotter, hall)
    assert "markers@L1" in plotter.actors
    scene.populate(plotter, hall.without("REGIE"))  # the only marker of L1
    assert "markers@L1" not in plotter.actors


@pytest.mark.render
def test_the_plan_view_of_the_ground_floor_shows_the_pit_in_its_use_colour(hall, plotter):
    options = SceneOptions(hidden_levels=frozenset({"L1"}), show_marker_labels=False)
    scene.setup(plotter)
    scene.populate(plotter, hall, options)
    scene.plan_view(plotter, hall, "L0", options)
    image = plotter.screenshot(return_img=True)
    renderer = plotter.renderer
    for space_id, use in (("pit", "standing"), ("stage", "stage"), ("bar", "bar")):
        x, y = hall.space(space_id).footprint[0]  # a corner, moved 1 m inside along the diagonal
        cx, cy = np.mean(hall.space(space_id).footprint, axis=0)
        inside = np.array([x, y]) + (np.array([cx, cy]) - [x, y]) / np.hypot(cx - x, cy - y)
        renderer.SetWorldPoint(*inside, 0.0, 1.0)
        renderer.WorldToDisplay()
        px, py, _ = renderer.GetDisplayPoint()
        row, col = image.shape[0] - 1 - round(py), round(px)
        assert tuple(image[row, col]) == hex_rgb(USE_COLOURS[use]), space_id
    background = image[2, 2]
    assert tuple(background) not in {hex_rgb(c) for c in USE_COLOURS.values()}


def test_a_ray_straight_down_picks_the_space_below_and_hidden_levels_are_seen_through(hall):
    above = (1.5, 15.0, 100.0)  # over the balcony (L1) and the bar (L0)
    assert pick(hall, SceneOptions(), above, DOWN).element_id == "balcony"
    hidden = SceneOptions(hidden_levels=frozenset({"L1"}))
    hit = pick(hall, hidden, above, DOWN)
    assert (hit.element_id, hit.level_id, hit.point) == ("bar", "L0", pytest.approx((1.5, 15.0)))


def test_openings_markers_and_landings_are_picked_before_the_floor_around_them(hall):
    hidden = SceneOptions(hidden_levels=frozenset({"L1"}))
    assert pick(hall, hidden, (9.3, 0.1, 50.0), DOWN).element_id == "E1"  # 0.3 m from the door's centre
    assert pick(hall, hidden, (22.6, 16.1, 50.0), DOWN).element_id == "HZ-CO2"
    assert pick(hall, hidden, (2.5, 5.2, 50.0), DOWN).element_id == "S-A"
    assert pick(hall, hidden, (12.5, 25.0, 50.0), DOWN).element_id == "pit"


def test_an_oblique_ray_picks_the_marker_pin_it_passes_through(hall):
    # The REGIE pin on L1 (4.76 m) has its ball 1.60 m above the floor at (12.5, 11.5):
    # a ray from 10 m west of the ball, level with it, goes through it.
    ball = np.array([12.5, 11.5, 4.76 + 1.6])
    hit = pick(hall, SceneOptions(), ball - (10.0, 0.0, 0.0), (1.0, 0.0, 0.0))
    assert hit.element_id == "REGIE" and hit.distance == pytest.approx(10.0)


def test_floor_at_falls_back_to_the_lowest_level_outside_the_building(hall):
    street = floor_at(hall, SceneOptions(explode=4.0), (14.0, -8.0, 80.0), DOWN)
    assert (street.element_id, street.level_id, street.point) == (None, "L0", pytest.approx((14.0, -8.0)))
    assert floor_at(hall, SceneOptions(), (1.5, 15.0, 80.0), DOWN).element_id == "balcony"
    assert floor_at(hall, SceneOptions(), (0, 0, 10.0), (1.0, 0.0, 0.0)) is None  # a level ray meets no floor


def test_a_ray_needs_a_direction(hall):
    with pytest.raises(ValueError, match="non-zero"):
        pick(hall, SceneOptions(), (0, 0, 10), (0, 0, 0))
