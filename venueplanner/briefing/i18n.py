"""The pack's words in French and English, from ``catalogue.json``, and numbers, lengths, times and dates to read.

Numbers, distances and durations use the routing package's formatting (French:
decimal comma, narrow no-break space between thousands), so the step lists and
the rest of the pack read the same.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import Any

from routing.directions import format_distance, format_duration, format_number

__all__ = [
    "format_date",
    "format_distance",
    "format_duration",
    "format_number",
    "format_persons",
    "format_width",
    "tr",
    "words",
]


@cache
def _catalogue() -> dict[str, Any]:
    return json.loads(resources.files("venueplanner.briefing").joinpath("catalogue.json").read_text(encoding="utf-8"))


def words(lang: str) -> dict[str, Any]:
    """The catalogue block of `lang` (``"fr"`` or ``"en"``)."""
    try:
        return _catalogue()[lang]
    except KeyError:
        raise ValueError(f"no briefing-pack strings in {lang!r}; languages: fr, en") from None


def tr(lang: str, key: str, **values: Any) -> str:
    """The string at dotted `key` in `lang`, with `values` filled in.

    >>> tr("fr", "page", n=3, total=12), tr("en", "sections.level", name="L1")
    ('page 3 / 12', 'Level plan: L1')
    """
    node: Any = words(lang)
    for part in key.split("."):
        node = node[part]
    return node.format(**values) if values else node


def format_date(day: dt.date, lang: str) -> str:
    """``1 mars 2025`` / ``1 March 2025``.

    >>> format_date(dt.date(2025, 3, 1), "fr"), format_date(dt.date(2025, 3, 1), "en")
    ('1 mars 2025', '1 March 2025')
    """
    w = words(lang)
    return w["date_format"].format(day=day.day, month=w["months"][day.month - 1], year=day.year)


def format_width(metres: float, lang: str) -> str:
    """A clear width to two decimals: ``1,80 m`` / ``1.80 m``."""
    return f"{format_number(metres, lang, 2)} m"


def format_persons(n: float, lang: str) -> str:
    """Whole persons with the language's thousands separator."""
    return format_number(round(n), lang)
