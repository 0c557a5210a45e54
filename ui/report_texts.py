"""The Report panel's texts in the interface's language: validation problems and the import report.

Validation problems (:func:`models.validate`) carry their English message template and the values put in it
(:class:`models.Problem`); the template is translated through Qt (context ``Validation``, one entry per template
below, so that lupdate finds them) and filled with the same values, numbers written the locale's way. A problem
whose template has no translation is shown with its English message. Element ids and names, and the reason GEOS
gives for a broken polygon, are shown as they are.

The import report (:class:`importers.ImportReport`) is shown row by row: its headings and the counts of what was
read are translated; what the importers write in words (what they derived, why they dropped an element, their
warnings) has no structured form and stays in English.
"""

from __future__ import annotations

import logging
import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from importers import ImportReport
from models import MarkerKind, Problem
from ui import labels

log = logging.getLogger(__name__)

#: Every message template of :mod:`models.validate` (a test checks that none is missing).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Validation", "the id is used by {n} elements"),
    QT_TRANSLATE_NOOP("Validation", "an id is blank"),
    QT_TRANSLATE_NOOP("Validation", "the id holds a control or invisible character"),
    QT_TRANSLATE_NOOP("Validation", "its {field} hold a value that is not a finite number"),
    QT_TRANSLATE_NOOP("Validation", "the venue has no level"),
    QT_TRANSLATE_NOOP("Validation", "the venue has no space: nothing can be routed or evacuated"),
    QT_TRANSLATE_NOOP("Validation", "height {height} m is not positive"),
    QT_TRANSLATE_NOOP("Validation", "no space is on this level"),
    QT_TRANSLATE_NOOP("Validation", "its level {level!r} does not exist"),
    QT_TRANSLATE_NOOP("Validation", "its footprint has fewer than 3 corners"),
    QT_TRANSLATE_NOOP("Validation", "its area is {area:.3f} m²"),
    QT_TRANSLATE_NOOP("Validation", "its footprint is not a simple polygon ({reason})"),
    QT_TRANSLATE_NOOP("Validation", "{field} {value} is negative"),
    QT_TRANSLATE_NOOP(
        "Validation", "{occupants} persons on {area:.1f} m² is more than {density:g} p/m² (at most {most})"
    ),
    QT_TRANSLATE_NOOP("Validation", "overlaps space {other!r} by {area:.2f} m² on level {level!r}"),
    QT_TRANSLATE_NOOP("Validation", "clear width {width} m is not positive"),
    QT_TRANSLATE_NOOP("Validation", "it joins no space"),
    QT_TRANSLATE_NOOP("Validation", "it must join one or two spaces, not {spaces}"),
    QT_TRANSLATE_NOOP("Validation", "it joins space {space!r}, which does not exist"),
    QT_TRANSLATE_NOOP("Validation", "it is on level {level!r} but space {space!r} is on {space_level!r}"),
    QT_TRANSLATE_NOOP("Validation", "it is {distance:.2f} m from the outline of space {space!r} (more than {reach} m)"),
    QT_TRANSLATE_NOOP(
        "Validation", "its clear width {width:.2f} m exceeds the {wall:.2f} m wall of space {space!r} it stands in"
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "it runs {past:.2f} m past the end of the {wall:.2f} m wall of space {space!r} it stands in (its centre is {to_end:.2f} m from one end)",  # noqa: E501 (one literal: lupdate reads it)
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "it leads outside from {space!r} but stands on the wall of space {other!r}; if it joins the two, list both spaces",  # noqa: E501 (one literal: lupdate reads it)
    ),
    QT_TRANSLATE_NOOP("Validation", "width {width} m is not positive"),
    QT_TRANSLATE_NOOP("Validation", "it has {n} landing(s), needs at least 2"),
    QT_TRANSLATE_NOOP("Validation", "two of its landings are on the same level"),
    QT_TRANSLATE_NOOP("Validation", "landing {n} is on level {level!r}, which does not exist"),
    QT_TRANSLATE_NOOP("Validation", "landing {n} is in space {space!r}, which does not exist"),
    QT_TRANSLATE_NOOP("Validation", "landing {n} is on level {level!r} but its space {space!r} is on {space_level!r}"),
    QT_TRANSLATE_NOOP("Validation", "landing {n} at {position} is in a hole (column, void) of its space {space!r}"),
    QT_TRANSLATE_NOOP("Validation", "landing {n} at {position} is {distance:.2f} m outside its space {space!r}"),
    QT_TRANSLATE_NOOP("Validation", "{field} {value} m is not positive"),
    QT_TRANSLATE_NOOP("Validation", "riser {riser:.3f} m is above 0.25 m"),
    QT_TRANSLATE_NOOP("Validation", "car capacity {capacity} is not positive"),
    QT_TRANSLATE_NOOP("Validation", "speed {speed} m/s is not positive"),
    QT_TRANSLATE_NOOP("Validation", "radius {radius} m is negative"),
    QT_TRANSLATE_NOOP("Validation", "{kind} at {position} is in no space"),
    QT_TRANSLATE_NOOP("Validation", "a face refers to a vertex that does not exist"),
    QT_TRANSLATE_NOOP("Validation", "a vertex is not a finite number"),
    QT_TRANSLATE_NOOP("Validation", "the venue has no exit (no opening leads outside)"),
    QT_TRANSLATE_NOOP("Validation", "no space of this level can reach an exit"),
    QT_TRANSLATE_NOOP("Validation", "no opening or connector leads out of it"),
    QT_TRANSLATE_NOOP("Validation", "no exit can be reached from it"),
)


def field_names() -> dict[str, str]:
    """The fields some templates name through ``{field}`` (what validate calls them) -> in the interface."""
    return {
        "north_angle": QCoreApplication.translate("Validation", "north angle"),
        "elevation and height": QCoreApplication.translate("Validation", "elevation and height"),
        "footprint": QCoreApplication.translate("Validation", "footprint"),
        "holes": QCoreApplication.translate("Validation", "holes"),
        "position and width": QCoreApplication.translate("Validation", "position and width"),
        "width, riser, going and speed": QCoreApplication.translate("Validation", "width, riser, going and speed"),
        "landings": QCoreApplication.translate("Validation", "landings"),
        "position and radius": QCoreApplication.translate("Validation", "position and radius"),
        "capacity": QCoreApplication.translate("Validation", "capacity"),
        "seats": QCoreApplication.translate("Validation", "seats"),
        "riser": QCoreApplication.translate("Validation", "riser"),
        "going": QCoreApplication.translate("Validation", "going"),
    }


class _LocaleFormatter(string.Formatter):
    """``str.format`` with numbers in the locale's way (``1,80``), marker kinds and field names translated."""

    def __init__(self) -> None:
        super().__init__()
        self.locale = QLocale()
        self.fields: dict[str, str] = {}

    def get_value(self, key, args, kwargs) -> Any:
        value = super().get_value(key, args, kwargs)
        return self.fields.get(value, value) if key == "field" else value

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, MarkerKind):
            return labels.marker_kinds().get(value, str(value))
        if isinstance(value, tuple) and value and all(_is_number(v) for v in value):
            return "(" + " ; ".join(self._number(v, "") for v in value) + ")"
        if _is_number(value):
            return self._number(value, format_spec)
        return super().format_field(value, format_spec)

    def _number(self, value: float, format_spec: str) -> str:
        text = format(value, format_spec)
        return text.replace(".", self.locale.decimalPoint()) if isinstance(value, float) else text


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def problem_text(problem: Problem) -> str:
    """What the report shows for `problem`: its message in the interface's language when translated."""
    if not problem.template:
        return problem.message
    translated = QCoreApplication.translate("Validation", problem.template)
    if translated == problem.template:
        return problem.message
    formatter = _LocaleFormatter()
    formatter.fields = field_names()
    try:
        return formatter.format(translated, **problem.values)
    except (KeyError, IndexError, ValueError) as e:  # a translation that names a field the template has not
        log.warning("translation of %r does not fit its values (%s); shown in English", problem.template, e)
        return problem.message


class ImportReportCounts(QObject):
    """The read counts of an import report with their plural forms (lupdate finds plurals in ``tr`` calls only)."""

    def text(self, kind: str, n: int) -> str | None:
        """``"25 locaux"`` for ``("spaces", 25)``; None for a kind not known here."""
        texts = {
            "levels": lambda: self.tr("%n level(s)", "", n),
            "spaces": lambda: self.tr("%n space(s)", "", n),
            "openings": lambda: self.tr("%n opening(s)", "", n),
            "exits": lambda: self.tr("%n exit(s)", "", n),
            "connectors": lambda: self.tr("%n stair(s), lift(s) or ramp(s)", "", n),
            "markers": lambda: self.tr("%n marker(s)", "", n),
            "context meshes": lambda: self.tr("%n context mesh(es)", "", n),
        }
        return texts[kind]() if kind in texts else None


def read_counts(read: dict[str, int]) -> str:
    """``"2 levels, 25 spaces"`` in the interface's language (a kind not known here: its count and name)."""
    counts = ImportReportCounts()
    return ", ".join(counts.text(kind, n) or f"{n} {kind}" for kind, n in read.items())


def import_rows(report: ImportReport) -> list[str]:
    """The import report as rows, headings translated (the lines of :meth:`ImportReport.lines` but the first)."""
    rows = []
    if report.read:
        rows.append(QCoreApplication.translate("ImportReport", "Read: %1").replace("%1", read_counts(report.read)))
    derived = QCoreApplication.translate("ImportReport", "Derived: %1")
    rows += [derived.replace("%1", d) for d in report.derived]
    if report.skipped:
        skipped = ", ".join(f"{n} {kind}" for kind, n in sorted(report.skipped.items()))
        rows.append(QCoreApplication.translate("ImportReport", "Skipped (not understood): %1").replace("%1", skipped))
    dropped = QCoreApplication.translate("ImportReport", "Dropped: %1: %2")
    rows += [dropped.replace("%1", element).replace("%2", reason) for element, reason in report.dropped]
    warning = QCoreApplication.translate("ImportReport", "Warning: %1")
    rows += [warning.replace("%1", w) for w in report.warnings]
    return rows
