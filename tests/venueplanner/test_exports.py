"""GeoJSON per level and the GLB of the 3D scene, read back with json and trimesh."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
import trimesh

from routing import access_route, build_graph
from venueplanner.cli import main
from venueplanner.exports import CRS_NOTE, level_collection, scene_glb, write_geojson
from venueplanner.files import open_venue


@pytest.fixture(scope="module")
def venue(sample):
    return open_venue(sample("concert-hall.yaml")).venue


@pytest.fixture(scope="module")
def sample():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "samples"
    return lambda name: root / name


def _by_layer(collection, layer):
    return {f["properties"]["id"]: f for f in collection["features"] if f["properties"]["layer"] == layer}


def test_each_level_gets_its_spaces_openings_connectors_and_markers(venue):
    ground = level_collection(venue, "L0")
    spaces = _by_layer(ground, "space")
    assert set(spaces) == {s.id for s in venue.spaces_on("L0")}
    assert set(_by_layer(ground, "opening")) == {o.id for o in venue.openings_on("L0")}
    assert set(_by_layer(ground, "connector")) == {"S-A", "S-B", "LIFT"}
    assert "REGIE" not in _by_layer(ground, "marker") and "REGIE" in _by_layer(level_collection(venue, "L1"), "marker")


def test_the_pit_polygon_keeps_its_outline_and_its_two_columns(venue):
    pit = _by_layer(level_collection(venue, "L0"), "space")["pit"]
    outer, *holes = pit["geometry"]["coordinates"]
    assert outer[0] == outer[-1] and len(outer) == 7  # six corners, closed
    assert len(holes) == 2
    assert pit["properties"]["area"] == pytest.approx(340.68)  # 350 - 2 x 4.5 - 2 x 0.16, docs/samples.md
    assert pit["properties"]["capacity"] == 1000


def test_exits_carry_their_exterior_door_number(venue):
    openings = _by_layer(level_collection(venue, "L0"), "opening")
    assert openings["E3"]["properties"]["exit_number"] == 1
    assert openings["ES4"]["properties"]["exit_number"] == 9
    assert "exit_number" not in openings["D05"]["properties"]


def test_the_collection_says_its_coordinates_are_a_local_metric_frame(venue):
    ground = level_collection(venue, "L0")
    assert ground["venueplanner"]["crs"] == CRS_NOTE
    assert ground["venueplanner"]["north_angle"] == 25.0
    assert all(f["properties"]["frame"] == "local-metric" for f in ground["features"])


def test_a_route_is_cut_per_level_it_walks_on(venue):
    route = access_route(build_graph(venue), "STG-1", "REGIE", profile="team")
    ground = [f for f in level_collection(venue, "L0", [route])["features"] if f["properties"]["layer"] == "route"]
    upper = [f for f in level_collection(venue, "L1", [route])["features"] if f["properties"]["layer"] == "route"]
    assert ground and upper
    start = ground[0]["geometry"]["coordinates"][0]
    assert start == [14.0, -8.0]  # the staging point STG-1
    assert upper[-1]["geometry"]["coordinates"][-1] == [12.5, 11.5]  # the régie marker
    walked = sum(
        float(np.sum(np.hypot(*np.diff(np.array(f["geometry"]["coordinates"]), axis=0).T))) for f in ground + upper
    )
    stair = sum(leg.length for leg in route.legs if leg.kind == "stair")
    assert walked == pytest.approx(route.length - stair, abs=0.01)


def test_files_are_written_per_level_and_are_the_same_bytes_twice(venue, tmp_path):
    first = [p.read_bytes() for p in write_geojson(tmp_path / "a", venue)]
    second = [p.read_bytes() for p in write_geojson(tmp_path / "b", venue)]
    assert [p.name for p in sorted((tmp_path / "a").iterdir())] == ["L0.geojson", "L1.geojson"]
    assert first == second
    assert json.loads(first[0])["type"] == "FeatureCollection"


def test_the_glb_holds_one_node_per_layer_and_level_y_up(venue):
    data = scene_glb(venue)
    assert data[:4] == b"glTF"
    scene = trimesh.load(io.BytesIO(data), file_type="glb")
    assert {"floor@L0", "floor@L1", "openings@L0", "openings@L1", "connectors"} <= set(scene.geometry)
    (x0, y0, z0), (x1, y1, z1) = scene.bounds
    # venue X stays X (-2.5 m, the staging point on the passage, less its pin, .. 28 m, the party wall);
    # venue Z (up, 0 .. 4.76 m floors plus pins and doors) is glTF Y; venue Y (-25 .. 55 m) is glTF -Z
    assert -3.5 < x0 < -2.5 and x1 == pytest.approx(28.0, abs=0.01)
    assert y0 == pytest.approx(0.0, abs=0.01) and 4.76 < y1 < 10
    assert z1 == pytest.approx(25.45, abs=0.5) and z0 == pytest.approx(-55.15, abs=0.5)
    assert scene_glb(venue) == data


def test_the_glb_floor_faces_have_the_pit_colour(venue):
    from venueplanner.scene import USE_COLOURS

    scene = trimesh.load(io.BytesIO(scene_glb(venue)), file_type="glb")
    colours = {tuple(c[:3]) for c in scene.geometry["floor@L0"].visual.vertex_colors}
    h = USE_COLOURS[venue.spaces["pit"].use].lstrip("#")
    assert tuple(int(h[i : i + 2], 16) for i in (0, 2, 4)) in colours


def test_the_export_command_writes_both(venue, sample, tmp_path, capsys):
    out = tmp_path / "scene.glb"
    code = main(
        [
            "export",
            str(sample("concert-hall.yaml")),
            "--geojson",
            str(tmp_path / "geo"),
            "--gltf",
            str(out),
            "--route",
            "STG-1:REGIE:team",
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "wrote 2 GeoJSON file(s)" in text and f"wrote {out}" in text
    assert out.read_bytes()[:4] == b"glTF"


def test_the_export_command_redacts_the_sensitive_assets(sample, tmp_path):
    assert main(["export", str(sample("concert-hall.yaml")), "--geojson", str(tmp_path), "--redacted"]) == 0
    text = (tmp_path / "L0.geojson").read_text(encoding="utf-8")
    assert "Tableau SSI" not in text and "TGBT, coupure" not in text and '"SEC"' not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "error: export: give --geojson DIR, --gltf FILE.glb or both"),
        (["--gltf", "scene.gltf"], "error: scene.gltf: the 3D scene is written as glTF binary: name it .glb"),
    ],
)
def test_the_export_command_refuses_bad_targets(sample, capsys, args, message):
    assert main(["export", str(sample("concert-hall.yaml")), *args]) == 2
    assert capsys.readouterr().err.startswith(message)
