"""What validation finds: a problem of a venue, its severity, and its message kept with the values put in it.

:func:`models.validate` makes them; this module only says what one is. A
problem keeps its English message template and the values put in it
(``message == template.format(**values)``), so an interface can show the same
problem in another language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NoReturn

__all__ = ["Problem", "Severity", "Values", "error", "warning"]


class Severity(StrEnum):
    ERROR = "error"  # routes or evacuation would be wrong
    WARNING = "warning"  # probably a mistake; results are still computed


class Values(dict):
    """The values put in a problem's message: a dict that refuses changes.

    A dict underneath (not a ``MappingProxyType``), so a problem can be pickled (handed between processes),
    deep-copied and turned into plain data by :func:`dataclasses.asdict` or ``json.dumps``.
    """

    __slots__ = ()

    def _refuse(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        raise TypeError("the values of a problem's message cannot be changed")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[type[Values], tuple[dict[str, Any]]]:
        # the default for a dict subclass sets the items one by one, which this class refuses
        return type(self), (dict(self),)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a venue.

    template, values : the message before its values were put in: ``message ==
        template.format(**values)`` (English, ``str.format`` fields such as
        ``{area:.1f}``), so an interface can show it in another language with the
        same values. Empty for a problem made with a message only. Not part of
        equality (the message is). `values` is read-only (:class:`Values`).
    """

    severity: Severity
    code: str  #: stable identifier, e.g. ``"overlapping-spaces"``
    element_id: str | None
    message: str
    template: str = field(default="", compare=False)
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", Values(self.values))

    def __str__(self) -> str:
        where = f"{self.element_id}: " if self.element_id else ""
        return f"{self.severity}: {where}{self.message} [{self.code}]"


def error(code: str, element_id: str | None, template: str, **values: Any) -> Problem:
    """An error whose message is `template` (``str.format`` fields) filled with `values`."""
    return Problem(Severity.ERROR, code, element_id, template.format(**values), template, values)


def warning(code: str, element_id: str | None, template: str, **values: Any) -> Problem:
    """A warning whose message is `template` (``str.format`` fields) filled with `values`."""
    return Problem(Severity.WARNING, code, element_id, template.format(**values), template, values)
