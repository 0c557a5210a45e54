"""Reader of the hand-written venue plan format (YAML): ``format: venueplanner-plan/1``.

The format is specified for users in ``docs/plan-format.md`` and published as a JSON
Schema in ``importers/schemas/plan.schema.json``. Reading goes in four steps, each
failing with an :class:`~importers.errors.ImportFailedError` that names the file,
the line and the element:

1. safe YAML parsing that keeps line numbers (:mod:`importers.plan_yaml`);
2. the format version, then the JSON Schema (:mod:`importers.plan_schema`);
3. references: unique ids, known levels and spaces, one outline per space of at
   least 3 distinct corners;
4. building the :class:`~models.Venue`, deriving omitted spaces of openings and
   landings from geometry and scaling lengths to metres (:mod:`importers.plan_build`).

Whether the venue makes sense (overlaps, exits, widths) is :func:`models.validate`'s job.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from pathlib import Path

from importers.errors import ImportFailedError
from importers.plan_build import build_venue, reference_issues
from importers.plan_issues import raise_issues
from importers.plan_schema import schema_issues
from importers.plan_yaml import LineDict, load_document
from importers.report import DEFAULT_OPTIONS, ImportOptions, ImportReport, ImportResult
from importers.source import read_bytes
from models import Job, Progress, run_sync

log = logging.getLogger(__name__)

#: The version of the format this reader reads.
FORMAT_NAME = "venueplanner-plan"
FORMAT_VERSION = 1
FORMAT = f"{FORMAT_NAME}/{FORMAT_VERSION}"

#: Metres per file unit, by the value of the ``units`` key.
UNIT_SCALES = {"m": 1.0, "cm": 0.01, "mm": 0.001}


def iter_read_plan(path: Path | str, *, options: ImportOptions = DEFAULT_OPTIONS) -> Job[ImportResult]:
    """Read a venue plan file as a job that yields progress and returns an :class:`ImportResult`.

    Parameters
    ----------
    path : a ``.yaml`` or ``.yml`` file in the venueplanner-plan/1 format.
    options : ``unit_scale`` (metres per file unit) overrides the file's ``units``;
        ``max_bytes`` refuses larger files.

    Raises
    ------
    ImportFailedError
        For anything wrong with the file, naming its line and element.
    """
    path = Path(path)
    yield Progress(0.0, f"reading {path.name}")
    data = read_bytes(path, options)
    document = load_document(path, data)
    yield Progress(0.2, "checking the plan against its schema")
    check_format(path, document)
    raise_issues(path, schema_issues(document))
    yield Progress(0.4, "checking ids and references")
    scale = _unit_scale(path, document, options)
    raise_issues(path, reference_issues(document, scale))
    report = ImportReport(path, "plan", unit_scale=scale)
    venue = yield from build_venue(path, document, scale, report, hashlib.sha256(data).hexdigest())
    log.info("read %s: %s", path.name, dict(report.read))
    yield Progress(1.0, f"read {path.name}")
    return ImportResult(venue, report)


def read_plan(path: Path | str, **kw) -> ImportResult:
    """Read a venue plan file on the calling thread (see :func:`iter_read_plan`)."""
    return run_sync(iter_read_plan(path, **kw))


def check_format(path: Path, document: LineDict) -> None:
    """Refuse a document that does not say it is a venueplanner-plan/1, with a message per case."""
    if "format" not in document:
        raise ImportFailedError(
            path, f"the plan does not say its format: add 'format: {FORMAT}' at the top", line=document.line
        )
    value = document["format"]
    line = document.key_lines.get("format", document.line)
    if not isinstance(value, str):
        raise ImportFailedError(path, f"format must be text such as {FORMAT}, got {value!r}", line=line)
    match = re.fullmatch(rf"{FORMAT_NAME}/(\d+)", value.strip())
    if match is None:
        raise ImportFailedError(
            path, f"format {value!r} is not a venue plan format; this version reads {FORMAT}", line=line
        )
    version = int(match[1])
    if version > FORMAT_VERSION:
        raise ImportFailedError(
            path, f"written by a newer venueplanner (format {value.strip()}); this version reads {FORMAT}", line=line
        )
    if version < FORMAT_VERSION:
        raise ImportFailedError(
            path, f"format {value.strip()} was never published; this version reads {FORMAT}", line=line
        )


def _unit_scale(path: Path, document: LineDict, options: ImportOptions) -> float:
    if options.unit_scale is None:
        return UNIT_SCALES[document.get("units", "m")]
    scale = options.unit_scale
    if not (isinstance(scale, int | float) and math.isfinite(scale) and scale > 0):
        raise ImportFailedError(path, f"the unit scale {scale!r} must be a positive number of metres per unit")
    return float(scale)


READERS = {".yaml": iter_read_plan, ".yml": iter_read_plan}
