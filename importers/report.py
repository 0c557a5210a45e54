"""What an import understood, derived, skipped and dropped: shown to the user after every import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models import Venue


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What a user can tell a reader.

    unit_scale : metres per file unit, overriding what the file says (a DXF whose
        header says inches while it is drawn in metres needs 1.0).
    layers : DXF layer name -> role ("walls", "doors", "rooms", "stairs", "labels",
        "ignore"), merged over the reader's defaults.
    context : also read the context geometry (walls, slabs) for the 3D view.
    max_bytes : refuse files larger than this.
    """

    unit_scale: float | None = None
    layers: Mapping[str, str] = field(default_factory=dict)
    context: bool = True
    max_bytes: int = 2 * 1024**3
    extra: Mapping[str, Any] = field(default_factory=dict)


DEFAULT_OPTIONS = ImportOptions()


@dataclass(slots=True)
class ImportReport:
    """Counts and notes of one import, filled in by the reader.

    read : element kind -> number turned into venue elements.
    skipped : source entity type -> number not understood (counted, never silent).
    derived : what the reader made up from geometry ("12 spaces derived from walls").
    dropped : (element, reason) pairs for things read but left out.
    warnings : anything else the user should know.
    """

    path: Path
    format: str
    unit_scale: float = 1.0
    read: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    derived: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def drop(self, element: str, reason: str) -> None:
        self.dropped.append((element, reason))

    def lines(self) -> list[str]:
        """The report as short lines for a terminal or a dialog."""
        out = [f"{self.path.name} ({self.format}, {self.unit_scale:g} m per unit)"]
        if self.read:
            out.append("read: " + ", ".join(f"{n} {k}" for k, n in self.read.items()))
        out += [f"derived: {d}" for d in self.derived]
        if self.skipped:
            out.append("skipped: " + ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items())))
        out += [f"dropped: {element}: {reason}" for element, reason in self.dropped]
        out += [f"warning: {w}" for w in self.warnings]
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "format": self.format,
            "unit_scale": self.unit_scale,
            "read": dict(self.read),
            "skipped": dict(self.skipped),
            "derived": list(self.derived),
            "dropped": [{"element": e, "reason": r} for e, r in self.dropped],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class ImportResult:
    venue: Venue
    report: ImportReport
