"""The application starts as a user starts it: ``venueplanner open FILE`` in its own process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = ROOT / "tests" / "ui" / "startup_probe.py"


def start(file: str, tmp_path) -> subprocess.CompletedProcess:
    """Run the probe on `file` with the user's settings and data folders in `tmp_path`."""
    env = os.environ | {
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C.UTF-8",
        "LANGUAGE": "",
    }
    return subprocess.run(
        [sys.executable, str(PROBE), file], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_venueplanner_open_shows_the_concert_hall_and_exits_cleanly(tmp_path):
    done = start("samples/concert-hall.yaml", tmp_path)
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("READY")]
    assert line.endswith("Le Zéphyr | Le Zéphyr[*] — not saved — Venue Planner")
    assert "Traceback" not in done.stderr
    recent = (tmp_path / "config" / "venueplanner" / "venueplanner.ini").read_text(encoding="utf-8")
    assert "concert-hall.yaml" in recent  # the file went to the recent files of this user's settings
