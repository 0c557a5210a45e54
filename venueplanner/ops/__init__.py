"""User operations: one per module, each the single path for an edit, its validation, undo and log.

Every operation takes the :class:`~venueplanner.session.Session` first, checks
its arguments (an :class:`EditError` names the element, the field and what is
wrong, and nothing changes), commits a new project to the session (which keeps
the previous one for undo) and records an
:class:`~venueplanner.project.EditRecord` in the project's edit log. They
return the new venue (block and unblock: the scenario; the saved-route
operations: the saved route, or None for a deletion).
"""

from venueplanner.ops._edit import EditError
from venueplanner.ops.block import block
from venueplanner.ops.delete_marker import delete_marker
from venueplanner.ops.delete_route import delete_route
from venueplanner.ops.move_marker import move_marker
from venueplanner.ops.place_marker import place_marker
from venueplanner.ops.rename_element import rename_element
from venueplanner.ops.rename_route import rename_route
from venueplanner.ops.save_route import save_route
from venueplanner.ops.set_capacity import set_capacity
from venueplanner.ops.set_locked import set_locked
from venueplanner.ops.set_marker_details import set_marker_details
from venueplanner.ops.set_opening_kind import set_opening_kind
from venueplanner.ops.set_opening_width import set_opening_width
from venueplanner.ops.set_use import set_use
from venueplanner.ops.unblock import unblock

__all__ = [
    "EditError",
    "block",
    "delete_marker",
    "delete_route",
    "move_marker",
    "place_marker",
    "rename_element",
    "rename_route",
    "save_route",
    "set_capacity",
    "set_locked",
    "set_marker_details",
    "set_opening_kind",
    "set_opening_width",
    "set_use",
    "unblock",
]
