"""Rule sets (French ERP, UK, NFPA 101): occupant densities by space use and egress criteria, read from data.

The tables live in ``rules/*.json``, each figure with its source and whether it
was checked against the text it cites. A rule set is chosen by name:
``"fr-erp"`` (the venue's ERP type picks the variant, L by default),
``"fr-erp-l"``, ``"fr-erp-p"``, ``"fr-erp-x"``, ``"uk"`` or ``"nfpa101"``.

>>> ruleset("fr-erp-l").density("standing")
3.0
>>> round(ruleset("uk").density("standing"), 2)
3.33
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from models.kinds import SpaceUse
from routing.evacuation.errors import UnknownRuleSetError

log = logging.getLogger(__name__)

#: The rule-set names a user may give, and the file each reads.
_FILES = {"fr-erp": "fr-erp", "uk": "uk", "nfpa101": "nfpa101"}
_VARIANTS = {"fr-erp-l": ("fr-erp", "L"), "fr-erp-p": ("fr-erp", "P"), "fr-erp-x": ("fr-erp", "X")}

#: Short names for the command line.
NAMES = ("fr-erp", "fr-erp-l", "fr-erp-p", "fr-erp-x", "uk", "nfpa101")


@dataclass(frozen=True, slots=True)
class DensityRule:
    """How many people a space of one use holds per square metre, and where that figure comes from."""

    use: str
    persons_per_m2: float
    source: str
    verified: bool


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One rule set: its densities by use and its egress criteria (raw, with sources)."""

    id: str
    name: str
    variant: str = ""
    densities: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    egress: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    @property
    def family(self) -> str:
        """``"fr-erp"``, ``"uk"`` or ``"nfpa101"``."""
        return self.id.split(":")[0]

    def rule(self, use: SpaceUse | str) -> DensityRule:
        """The density rule for a space use (``other`` when the use has no row)."""
        return self.densities.get(str(use)) or self.densities["other"]

    def density(self, use: SpaceUse | str) -> float:
        """Persons per m² for a space use under this rule set (0 when it receives no public)."""
        return self.rule(use).persons_per_m2


@cache
def _read(name: str) -> dict[str, Any]:
    text = resources.files("routing.evacuation.rules").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def _density(use: str, row: dict[str, Any]) -> DensityRule:
    if "persons_per_m2" in row:
        value = float(row["persons_per_m2"] or 0.0)
    else:
        m2 = row.get("m2_per_person")
        value = 0.0 if not m2 else 1.0 / float(m2)
    return DensityRule(use, value, str(row.get("source", "")), bool(row.get("verified", False)))


def ruleset(name: str, *, erp_type: str = "") -> RuleSet:
    """The rule set called `name`.

    Parameters
    ----------
    name : str
        One of :data:`NAMES`.
    erp_type : str
        For ``"fr-erp"``: the venue's ERP type (``"L"``, ``"P"``, ``"X"``) picking the variant.

    Raises
    ------
    UnknownRuleSetError
        When `name` is not a shipped rule set.
    """
    key = name.strip().lower()
    if key in _VARIANTS:
        file, variant = _VARIANTS[key]
    elif key in _FILES:
        file, variant = _FILES[key], ""
    else:
        raise UnknownRuleSetError(name, NAMES)
    raw = _read(file)
    rows = dict(raw["occupant_load"])
    if "variants" in raw:
        variant = (variant or erp_type or raw.get("default_variant", "")).upper()
        if variant not in raw["variants"]:
            log.info("ERP type %r has no table here; using type %s", variant, raw["default_variant"])
            variant = raw["default_variant"]
        rows.update(raw["variants"][variant]["occupant_load"])
    densities = {use: _density(use, row) for use, row in rows.items()}
    missing = {u.value for u in SpaceUse} - densities.keys()
    if missing:  # a table that forgets a use would silently count nobody there
        raise ValueError(f"rule set {file}.json has no row for {sorted(missing)}")
    rid = f"{raw['id']}:{variant}" if variant else raw["id"]
    return RuleSet(
        rid, raw["name"], variant, MappingProxyType(densities), MappingProxyType(dict(raw.get("egress", {})))
    )
