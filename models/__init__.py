"""The venue domain: plain immutable values and geometry helpers. Imports nothing of ours.

The types are re-exported here; algorithms stay in their modules
(:mod:`models.validate`, :mod:`models.topology`, :mod:`models.geometry`).
"""

from models.elements import Connector, ContextMesh, Element, Landing, Level, Marker, Opening, Space
from models.errors import CancelledError, DuplicateIdError, UnknownElementError, VenuePlannerError
from models.kinds import (
    SENSITIVE_MARKERS,
    ConnectorKind,
    MarkerKind,
    OpeningKind,
    SpaceUse,
    TravelDirection,
)
from models.progress import Job, Progress, run_sync
from models.scenario import SavedRoute, Scenario
from models.validate import Problem, Severity, validate
from models.venue import Provenance, Venue

__all__ = [
    "SENSITIVE_MARKERS",
    "CancelledError",
    "Connector",
    "ConnectorKind",
    "ContextMesh",
    "DuplicateIdError",
    "Element",
    "Job",
    "Landing",
    "Level",
    "Marker",
    "MarkerKind",
    "Opening",
    "OpeningKind",
    "Problem",
    "Progress",
    "Provenance",
    "SavedRoute",
    "Scenario",
    "Severity",
    "Space",
    "SpaceUse",
    "TravelDirection",
    "UnknownElementError",
    "Venue",
    "VenuePlannerError",
    "run_sync",
    "validate",
]
