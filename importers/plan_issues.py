"""Problems found in a venue plan: where they are (line, element) and how they are raised.

A plan's problems are collected, sorted by line and raised together as one
:class:`~importers.errors.ImportFailedError`: the first names its line and element,
the next ones follow on their own lines, so a planner can fix several in one pass.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from importers.errors import ImportFailedError
from importers.plan_yaml import LineDict, LineList

#: Top-level lists of the format and the name of one of their elements.
COLLECTIONS = {
    "levels": "level",
    "spaces": "space",
    "openings": "opening",
    "connectors": "connector",
    "markers": "marker",
}

#: How many further problems an error message lists after the first.
MORE_SHOWN = 9


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem of a plan: its line, the element it belongs to ("opening 'D3'") and what is wrong."""

    line: int
    element: str | None
    problem: str

    def text(self) -> str:
        element = f"{self.element}: " if self.element else ""
        return f"line {self.line}: {element}{self.problem}"


def raise_issues(path: Path, issues: Iterable[Issue]) -> None:
    """Raise the issues, earliest line first, as one :class:`ImportFailedError` (nothing if there are none)."""
    unique = sorted(set(issues), key=lambda issue: (issue.line, issue.element or "", issue.problem))
    if not unique:
        return
    first, rest = unique[0], unique[1:]
    problem = first.problem
    if rest:
        shown = rest[:MORE_SHOWN]
        problem += "".join(f"\n  also {issue.text()}" for issue in shown)
        if len(rest) > len(shown):
            problem += f"\n  and {len(rest) - len(shown)} more problem(s)"
    raise ImportFailedError(path, problem, element=first.element, line=first.line)


def line_of(document: Any, path: Sequence[Any]) -> int:
    """The line of the node at `path` (keys and indexes) in a parsed plan; the deepest known line."""
    line = getattr(document, "line", 1)
    node = document
    for step in path:
        if isinstance(node, LineDict) and step in node:
            line = node.key_lines.get(step, line)
        elif isinstance(node, LineList) and isinstance(step, int) and 0 <= step < len(node):
            line = node.item_lines[step]
        else:
            break
        node = node[step]
    return line


def element_at(document: Any, path: Sequence[Any]) -> tuple[str | None, list[Any]]:
    """Split `path` into the element it falls in ("opening 'D3'", "connector 'S1', landing 2") and the rest."""
    path = list(path)
    if not path:
        return None, []
    head = path[0]
    if head == "venue":
        return "venue", path[1:]
    if head not in COLLECTIONS or len(path) < 2 or not isinstance(path[1], int):
        return None, path
    items = document.get(head)
    index = path[1]
    item = items[index] if isinstance(items, list) and index < len(items) else None
    label = element_label(COLLECTIONS[head], item, index)
    rest = path[2:]
    if head == "connectors" and len(rest) >= 2 and rest[0] == "landings" and isinstance(rest[1], int):
        label += f", landing {rest[1] + 1}"
        rest = rest[2:]
    return label, rest


def element_label(kind: str, item: Any, index: int) -> str:
    """``"space 'lobby'"`` when the item has a usable id, else ``"space #3"`` (1-based)."""
    element_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(element_id, str) and element_id.strip():
        return f"{kind} {element_id!r}"
    return f"{kind} #{index + 1}"


def shown(value: Any, limit: int = 60) -> str:
    """A value as a planner wrote it in YAML: ``'text'``, ``-1``, ``[10, 'a']``, ``null``, ``true``."""
    text = _shown(value, depth=0)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _shown(value: Any, depth: int) -> str:
    if depth > 4:
        return "..."
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")  # as YAML writes them
    if isinstance(value, int | float | str):
        return repr(value)
    if isinstance(value, dict):
        inner = ", ".join(f"{k}: {_shown(v, depth + 1)}" for k, v in list(value.items())[:6])
        return "{" + inner + (", ..." if len(value) > 6 else "") + "}"
    if isinstance(value, list | tuple):
        inner = ", ".join(_shown(v, depth + 1) for v in value[:8])
        return "[" + inner + (", ..." if len(value) > 8 else "") + "]"
    return f"{type(value).__name__} {value!s}"


def did_you_mean(value: Any, choices: Iterable[str]) -> str:
    """`` (did you mean 'lobby'?)`` when a choice is close to `value`, else an empty string."""
    if not isinstance(value, str):
        return ""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
