"""Words shown for the domain's vocabularies (space uses, kinds) and edits, in the user's language.

Each function translates at call time, so they follow the installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse
from venueplanner.project import EditRecord


def space_uses() -> dict[SpaceUse, str]:
    tr = QCoreApplication.translate
    return {
        SpaceUse.HALL: tr("Labels", "Hall"),
        SpaceUse.STANDING: tr("Labels", "Standing area"),
        SpaceUse.SEATING: tr("Labels", "Seating"),
        SpaceUse.STAGE: tr("Labels", "Stage"),
        SpaceUse.BACKSTAGE: tr("Labels", "Backstage"),
        SpaceUse.DRESSING_ROOM: tr("Labels", "Dressing room"),
        SpaceUse.FOYER: tr("Labels", "Foyer"),
        SpaceUse.LOBBY: tr("Labels", "Lobby"),
        SpaceUse.BAR: tr("Labels", "Bar"),
        SpaceUse.RESTAURANT: tr("Labels", "Restaurant"),
        SpaceUse.TICKETING: tr("Labels", "Ticket office"),
        SpaceUse.CONCOURSE: tr("Labels", "Concourse"),
        SpaceUse.CORRIDOR: tr("Labels", "Corridor"),
        SpaceUse.STAIR_HALL: tr("Labels", "Stair hall"),
        SpaceUse.TOILETS: tr("Labels", "Toilets"),
        SpaceUse.TECHNICAL: tr("Labels", "Technical room"),
        SpaceUse.STORAGE: tr("Labels", "Storage"),
        SpaceUse.OFFICE: tr("Labels", "Office"),
        SpaceUse.MEETING: tr("Labels", "Meeting room"),
        SpaceUse.SECURITY: tr("Labels", "Security post"),
        SpaceUse.FIRST_AID: tr("Labels", "First aid"),
        SpaceUse.KITCHEN: tr("Labels", "Kitchen"),
        SpaceUse.OUTDOOR: tr("Labels", "Outdoor"),
        SpaceUse.OTHER: tr("Labels", "Other"),
    }


def opening_kinds() -> dict[OpeningKind, str]:
    tr = QCoreApplication.translate
    return {
        OpeningKind.DOOR: tr("Labels", "Door"),
        OpeningKind.EXIT: tr("Labels", "Exit"),
        OpeningKind.EMERGENCY_EXIT: tr("Labels", "Emergency exit"),
        OpeningKind.PASSAGE: tr("Labels", "Open passage"),
        OpeningKind.GATE: tr("Labels", "Gate"),
    }


def connector_kinds() -> dict[ConnectorKind, str]:
    tr = QCoreApplication.translate
    return {
        ConnectorKind.STAIR: tr("Labels", "Stair"),
        ConnectorKind.RAMP: tr("Labels", "Ramp"),
        ConnectorKind.ESCALATOR: tr("Labels", "Escalator"),
        ConnectorKind.LIFT: tr("Labels", "Lift"),
    }


def marker_kinds() -> dict[MarkerKind, str]:
    tr = QCoreApplication.translate
    return {
        MarkerKind.STAGING_POINT: tr("Labels", "Staging point"),
        MarkerKind.TARGET: tr("Labels", "Target"),
        MarkerKind.HAZARD_ZONE: tr("Labels", "Hazard zone"),
        MarkerKind.RALLY_POINT: tr("Labels", "Rally point"),
        MarkerKind.FIRE_PANEL: tr("Labels", "Fire alarm panel"),
        MarkerKind.SECURITY_POST: tr("Labels", "Security post"),
        MarkerKind.POWER_CUTOFF: tr("Labels", "Power cut-off"),
        MarkerKind.GAS_VALVE: tr("Labels", "Gas valve"),
        MarkerKind.WATER_VALVE: tr("Labels", "Water valve"),
        MarkerKind.SMOKE_CONTROL: tr("Labels", "Smoke control"),
        MarkerKind.KEY_ASSET: tr("Labels", "Key asset"),
    }


def edit_title(record: EditRecord | None) -> str:
    """A short description of an edit for the Undo and Redo menu items ("Rename D01")."""
    if record is None:
        return ""
    tr = QCoreApplication.translate
    element = str(record.params.get("element_id") or record.params.get("marker_id") or "")
    titles = {
        "rename_element": tr("Labels", "Rename %1"),
        "set_capacity": tr("Labels", "Set capacity of %1"),
        "set_use": tr("Labels", "Set use of %1"),
        "set_opening_width": tr("Labels", "Set width of %1"),
        "set_opening_kind": tr("Labels", "Set kind of %1"),
        "set_locked": tr("Labels", "Lock or unlock %1"),
        "block": tr("Labels", "Block %1"),
        "unblock": tr("Labels", "Unblock %1"),
        "place_marker": tr("Labels", "Place marker %1"),
        "move_marker": tr("Labels", "Move marker %1"),
        "delete_marker": tr("Labels", "Delete marker %1"),
        "set_marker_details": tr("Labels", "Edit marker %1"),
    }
    return titles.get(record.op, record.op + " %1").replace("%1", element).strip()


def metres(value: float, decimals: int = 2) -> str:
    """A length in the user's locale: ``"1,80 m"`` in French, ``"1.80 m"`` in English."""
    return QLocale().toString(float(value), "f", decimals) + " m"
