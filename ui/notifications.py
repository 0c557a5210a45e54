"""The one place where an exception becomes something a user sees.

:func:`show_error` maps the exception's type to a message: an expected
failure (:class:`~models.errors.VenuePlannerError`, a refused edit, a file
the system refused) shows its own message; anything else is a bug and gets
the bug dialog, with the details folded away and a way to copy them. The
traceback is logged, never shown raw. :func:`install_excepthook` makes the
bug dialog the backstop for errors that escape a slot.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from importers import MissingDependencyError, UnsupportedFormatError
from models import CancelledError, VenuePlannerError

log = logging.getLogger(__name__)


def describe(error: BaseException) -> tuple[str, str, bool]:
    """(title, message, is_bug) for an exception: what the user is told."""
    if isinstance(error, UnsupportedFormatError):
        formats = ", ".join(error.known)
        return (
            QCoreApplication.translate("Notifications", "Cannot open this file"),
            QCoreApplication.translate("Notifications", "%1 is not a format Venue Planner reads.\nKnown formats: %2")
            .replace("%1", error.path.name)
            .replace("%2", formats),
            False,
        )
    if isinstance(error, MissingDependencyError):
        return QCoreApplication.translate("Notifications", "A component is missing"), str(error), False
    if isinstance(error, VenuePlannerError):
        return QCoreApplication.translate("Notifications", "Venue Planner"), str(error), False
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return (
            QCoreApplication.translate("Notifications", "The system refused"),
            where + (error.strerror or str(error)),
            False,
        )
    return (
        QCoreApplication.translate("Notifications", "Something went wrong"),
        QCoreApplication.translate(
            "Notifications",
            "Venue Planner hit an internal error. Your work is kept: save it under a new name, "
            "and send the details below to the support team.",
        ),
        True,
    )


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox | None:
    """Tell the user about `error` in a window-modal message (does not block); returns it.

    A cancelled job is not an error: nothing is shown (None).
    """
    if isinstance(error, CancelledError):
        log.info("cancelled: %s", error)
        return None
    title, message, is_bug = describe(error)
    if is_bug:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.error("internal error\n%s", details)
        box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Close, parent)
        box.setDetailedText(details)
    else:
        log.warning("%s", message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error-message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def install_excepthook(parent: Callable[[], QWidget | None]) -> Callable:
    """Show the bug dialog for any exception that escapes to ``sys.excepthook``; returns the previous hook.

    `parent` gives the window to attach the dialog to (it may be gone by then).
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        error.__traceback__ = tb
        try:
            show_error(parent(), error)
        except Exception:  # the dialog itself failed: at least keep the log
            log.exception("could not show the error dialog")
            previous(kind, error, tb)

    sys.excepthook = hook
    return previous
