"""The application starts as a user starts it: ``venueplanner open FILE`` in its own process."""

from __future__ import annotations

from tests.ui.conftest import run_startup_probe


def test_venueplanner_open_shows_the_concert_hall_and_exits_cleanly(tmp_path):
    done = run_startup_probe("samples/concert-hall.yaml", tmp_path)
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("READY")]
    assert line.endswith("Le Zéphyr | Le Zéphyr[*] — not saved — Venue Planner")
    assert "Traceback" not in done.stderr
    recent = (tmp_path / "config" / "venueplanner" / "venueplanner.ini").read_text(encoding="utf-8")
    assert "concert-hall.yaml" in recent  # the file went to the recent files of this user's settings
