"""Small helpers the routes, rehearsal, evacuation and export panels share (no widgets of their own)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from models import Scenario
from venueplanner.session import Session


def ui_language() -> str:
    """ "fr" when the interface speaks French, else "en" (for routing's directions and the pack's default)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def active_scenario(session: Session) -> Scenario | None:
    """The session's active scenario (the first one if none is chosen), or None for the plain venue."""
    project = session.project
    if project is None or not project.scenarios:
        return None
    return project.scenarios.get(session.scenario_id or "") or next(iter(project.scenarios.values()))


def duration(seconds: float) -> str:
    """``"1:05"`` (minutes:seconds, rounded down to the second); "—" when not a number."""
    if seconds is None or not math.isfinite(seconds):
        return "—"
    whole = int(max(seconds, 0.0))
    return f"{whole // 60}:{whole % 60:02d}"


def seconds(value: float) -> str:
    """A time in seconds in the user's locale: ``"182 s"``."""
    if value is None or not math.isfinite(value):
        return "—"
    return QLocale().toString(float(value), "f", 0) + " s"


def profile_names() -> dict[str, str]:
    """Movement profiles (routing's names) -> their names in the interface."""
    return {
        "team": QCoreApplication.translate("Profiles", "Intervention team"),
        "evacuee": QCoreApplication.translate("Profiles", "Evacuee"),
        "stretcher": QCoreApplication.translate("Profiles", "Stretcher"),
        "wheelchair": QCoreApplication.translate("Profiles", "Wheelchair"),
    }


def centre_camera_on(plotter, point) -> None:
    """Move the camera so that it looks at `point` (drawn coordinates) from where it looked before."""
    camera = plotter.renderer.camera
    offset = np.subtract(camera.position, camera.focal_point)
    camera.focal_point = tuple(map(float, point))
    camera.position = tuple(map(float, np.add(point, offset)))
    plotter.renderer.ResetCameraClippingRange()
