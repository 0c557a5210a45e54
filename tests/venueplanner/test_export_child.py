"""The export's child process (``python -m ui.export_child``): the same pack as in-process, errors as messages, no Qt.

Here, not in tests/ui: the child imports no Qt, and the in-process reference
build renders VTK views, which stay out of the desktop tests' process.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

from routing import access_route, build_graph
from tests.conftest import ROOT, SAMPLES
from ui.export_child import options_from_dict, options_to_dict, request_dict
from venueplanner.briefing import Orientation, PackOptions, RouteRequest, build_pack
from venueplanner.files import open_venue
from venueplanner.project import save_project

DATE = dt.date(2025, 3, 1)  # a fixed date: the same project, options and date give the same bytes


@pytest.fixture(scope="module")
def hall():
    return open_venue(SAMPLES / "concert-hall.yaml").project


def run_child(tmp_path, project, options, routes=(), *, password_line: str = "") -> tuple[list[dict], int]:
    """Run the child as the dialog does; returns its messages and exit status."""
    save_project(project, tmp_path / "hall.venue", backup=False)
    (tmp_path / "request.json").write_text(json.dumps(request_dict(options, routes)), encoding="utf-8")
    args = ["ui.export_child", str(tmp_path / "hall.venue"), str(tmp_path / "request.json"), str(tmp_path / "out.pdf")]
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, input=password_line, capture_output=True, text=True, timeout=300
    )
    return [json.loads(line) for line in done.stdout.splitlines()], done.returncode


@pytest.mark.render
def test_the_child_writes_the_very_pack_that_build_pack_makes_in_process(hall, tmp_path):
    route = access_route(build_graph(hall.venue), "STG-1", "REGIE", profile="team")  # as the routes panel shows it
    options = PackOptions(language="en", date=DATE, classification="DIFFUSION RESTREINTE", author="SDIS 75")
    messages, status = run_child(tmp_path, hall, options, [route])
    assert status == 0
    *progress, done = messages
    assert progress and all("progress" in m for m in progress)
    assert progress[-1] == {"progress": [None, "writing out.pdf"]}
    expected = build_pack(hall, options, routes=[route])
    written = (tmp_path / "out.pdf").read_bytes()
    pages = len(PdfReader(io.BytesIO(expected)).pages)
    assert done == {"done": {"pages": pages, "size": len(expected)}}
    assert len(PdfReader(tmp_path / "out.pdf").pages) == pages
    # byte for byte: the saved project, the options and the computed route all reached the child unchanged
    assert written == expected
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    # the card of the computed route: STG-1 (the boulevard staging point) to the sound desk, 42 m, 46 s
    assert "Point de mise en place, boulevard" in text and "In all 42 m, about 46 s" in text


def test_every_option_but_the_password_goes_through_the_request_unchanged():
    options = PackOptions(
        language="en", paper="A3", levels=("L1", "L0"),
        routes=(RouteRequest("STG-1", "REGIE", "team", "VSAV 1", avoid=("S-A",), via=("FOY",), scenario_id="smoke"),),
        sections=("routes", "cover"), redacted=True, password="correct horse", classification="CONFIDENTIEL",
        author="SDIS 75", date=DATE, distribution=("PC", "CODIS"), orientation=Orientation.PLAN,
        main_entrance="EXT-2", views_per_route=2, scenario="smoke", rules="fr-erp", exit_loss=False,
    )  # fmt: skip
    written = json.loads(json.dumps(options_to_dict(options)))
    assert "password" not in written and "correct horse" not in json.dumps(written)
    assert written["date"] == "2025-03-01" and written["sections"] == ["cover", "routes"]
    assert options_from_dict(written, "correct horse") == options


def test_a_refused_option_comes_back_as_an_expected_error_and_nothing_is_written(hall, tmp_path):
    options = PackOptions(language="en", sections=("cover",), date=DATE, password="abc")
    messages, status = run_child(tmp_path, hall, options, password_line=json.dumps({"password": "abc"}) + "\n")
    assert status == 1
    error = messages[-1]["error"]
    assert error["expected"] is True and error["type"] == "PackOptionError"
    # the password itself is not repeated: three characters, shown as three stars
    assert error["message"] == "password '***': use at least 8 characters on one line"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hall.venue", "request.json"]


def test_a_folder_that_refuses_the_file_is_an_expected_error_naming_the_problem(hall, tmp_path):
    options = PackOptions(language="en", sections=("cover",), date=DATE)
    save_project(hall, tmp_path / "hall.venue", backup=False)
    (tmp_path / "request.json").write_text(json.dumps(request_dict(options)), encoding="utf-8")
    missing = tmp_path / "no such folder" / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "ui.export_child", str(tmp_path / "hall.venue"), str(tmp_path / "request.json"),
         str(missing)],
        cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    error = json.loads(done.stdout.splitlines()[-1])["error"]
    assert (done.returncode, error["expected"], error["type"]) == (1, True, "PackExportError")
    assert error["message"] == "cannot be written (No such file or directory)"


def test_the_child_imports_no_qt():
    # A None entry in sys.modules makes any import of that name fail (as in tests/test_architecture.py).
    code = 'import sys; sys.modules.update(dict.fromkeys(["PySide6", "pyvistaqt", "superqt"])); import ui.export_child'
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
