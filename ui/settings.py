"""The user's settings (language, recent files, autosave, window layout) and where recovery files go.

Kept with :class:`QSettings` in the user's configuration folder; tests give a
file of their own so they never touch the user's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

log = logging.getLogger(__name__)

ORGANISATION = "venueplanner"
APPLICATION = "Venue Planner"
#: Files listed under File > Open Recent.
RECENT_LIMIT = 10
#: Default minutes between two autosaves of unsaved work.
AUTOSAVE_MINUTES = 2.0
#: "system" follows the operating system's language.
LANGUAGES = ("system", "en", "fr")


class Settings:
    """Typed access to the application's settings.

    Parameters
    ----------
    path : Path, optional
        An INI file to keep them in (tests); default the platform's place for
        the user's settings.
    data_dir : Path, optional
        Folder for recovery files; default the platform's application data folder.
    """

    def __init__(self, path: Path | None = None, *, data_dir: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, "venueplanner")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if data_dir is None:
            location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
            data_dir = Path(location or Path.home()) / ORGANISATION
        self.data_dir = Path(data_dir)

    @property
    def recovery_dir(self) -> Path:
        """Where autosaves of unsaved work go until the work is saved or discarded."""
        return self.data_dir / "recovery"

    # --- language ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        """``"system"``, ``"en"`` or ``"fr"``; takes effect at the next start."""
        value = str(self._qs.value("language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}; known: {', '.join(LANGUAGES)}")
        self._qs.setValue("language", value)

    # --- recent files -----------------------------------------------------------------

    @property
    def recent_files(self) -> list[Path]:
        """Most recent first, only those that still exist."""
        value = self._qs.value("recent_files", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if p and Path(p).exists()]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        kept = [p for p in self.recent_files if p.resolve() != path]
        self._qs.setValue("recent_files", [str(p) for p in [path, *kept][:RECENT_LIMIT]])

    def clear_recent_files(self) -> None:
        self._qs.setValue("recent_files", [])

    # --- autosave -----------------------------------------------------------------------

    @property
    def autosave_minutes(self) -> float:
        """Minutes between autosaves of unsaved work; 0 turns autosave off."""
        try:
            return max(0.0, float(self._qs.value("autosave_minutes", AUTOSAVE_MINUTES)))
        except (TypeError, ValueError):
            return AUTOSAVE_MINUTES

    @autosave_minutes.setter
    def autosave_minutes(self, minutes: float) -> None:
        self._qs.setValue("autosave_minutes", max(0.0, float(minutes)))

    # --- window layout ------------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The saved (geometry, dock state) of the main window, or None."""
        geometry, state = self._qs.value("window/geometry"), self._qs.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

    def sync(self) -> None:
        self._qs.sync()
