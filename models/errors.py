"""The root of every error the project raises on purpose.

Each package subclasses :class:`VenuePlannerError` in its own ``errors`` module.
Errors carry fields (which file, which element) as well as a message, so that the
command line and the desktop application can show them without parsing text.
"""

from __future__ import annotations


class VenuePlannerError(Exception):
    """An expected failure that a user can act on (bad input, unknown id, ...).

    The command line prints ``error: <message>`` and exits with status 2; the
    desktop application shows the message in a dialog. Anything that is not a
    ``VenuePlannerError`` is a bug and keeps its traceback.
    """


class UnknownElementError(VenuePlannerError, KeyError):
    """An id names no element of the expected kind in the venue."""

    def __init__(self, element_id: str, kind: str = "element") -> None:
        self.element_id = element_id
        self.kind = kind
        super().__init__(f"no {kind} with id {element_id!r} in the venue")

    def __str__(self) -> str:  # KeyError would quote the whole message again
        return self.args[0]


class DuplicateIdError(VenuePlannerError, ValueError):
    """Two elements of a venue were given the same id."""

    def __init__(self, duplicates: list[str]) -> None:
        self.duplicates = list(duplicates)
        shown = ", ".join(repr(d) for d in self.duplicates[:10])
        more = f" and {len(self.duplicates) - 10} more" if len(self.duplicates) > 10 else ""
        super().__init__(f"ids used more than once: {shown}{more}")


class CancelledError(VenuePlannerError):
    """A long job was cancelled by the user before it finished."""
