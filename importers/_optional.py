"""Import optional libraries only when a reader needs them, with an install hint when missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from importers.errors import MissingDependencyError


def require(module: str, *, extra: str) -> ModuleType:
    """Import `module`, or raise :class:`MissingDependencyError` naming the pip extra."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module, extra) from None
