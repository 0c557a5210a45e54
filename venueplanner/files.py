"""Open any file a user hands the tool: a .venue project or anything an importer reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import importers
from importers import ImportOptions, ImportReport
from models import Job, Progress, run_sync
from venueplanner.project import SUFFIX as PROJECT_SUFFIX
from venueplanner.project import Project, load_project


@dataclass(frozen=True, slots=True)
class OpenedVenue:
    """A project, and the import report when it came from a plan, IFC, DXF or mesh file."""

    project: Project
    path: Path
    report: ImportReport | None = None

    @property
    def venue(self):
        return self.project.venue


def readable_suffixes() -> list[str]:
    """Every suffix the tool opens, .venue first."""
    return [PROJECT_SUFFIX, *importers.known_suffixes()]


def iter_open_venue(path: Path | str, *, options: ImportOptions | None = None) -> Job[OpenedVenue]:
    """Open `path` as a job: a .venue project is loaded, any other format imported."""
    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        yield Progress(0.0, f"loading {path.name}")
        return OpenedVenue(load_project(path), path)
    try:
        reader_job = importers.iter_load(path, options=options or importers.DEFAULT_OPTIONS)
        result = yield from reader_job
    except importers.UnsupportedFormatError as e:
        raise importers.UnsupportedFormatError(path, readable_suffixes()) from e
    return OpenedVenue(Project(result.venue), path, result.report)


def open_venue(path: Path | str, *, options: ImportOptions | None = None, on_progress=None) -> OpenedVenue:
    """Open `path` on the calling thread (command line, tests)."""
    return run_sync(iter_open_venue(path, options=options), on_progress)
