"""Words shown for the domain's vocabularies (space uses, kinds) and edits, in the user's language.

Each function translates at call time, so they follow the installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models import ConnectorKind, MarkerKind, OpeningKind, SpaceUse
from venueplanner.project import EditRecord


def space_uses() -> dict[SpaceUse, str]:
    return {
        SpaceUse.HALL: QCoreApplication.translate("Labels", "Hall"),
        SpaceUse.STANDING: QCoreApplication.translate("Labels", "Standing area"),
        SpaceUse.SEATING: QCoreApplication.translate("Labels", "Seating"),
        SpaceUse.STAGE: QCoreApplication.translate("Labels", "Stage"),
        SpaceUse.BACKSTAGE: QCoreApplication.translate("Labels", "Backstage"),
        SpaceUse.DRESSING_ROOM: QCoreApplication.translate("Labels", "Dressing room"),
        SpaceUse.FOYER: QCoreApplication.translate("Labels", "Foyer"),
        SpaceUse.LOBBY: QCoreApplication.translate("Labels", "Lobby"),
        SpaceUse.BAR: QCoreApplication.translate("Labels", "Bar"),
        SpaceUse.RESTAURANT: QCoreApplication.translate("Labels", "Restaurant"),
        SpaceUse.TICKETING: QCoreApplication.translate("Labels", "Ticket office"),
        SpaceUse.CONCOURSE: QCoreApplication.translate("Labels", "Concourse"),
        SpaceUse.CORRIDOR: QCoreApplication.translate("Labels", "Corridor"),
        SpaceUse.STAIR_HALL: QCoreApplication.translate("Labels", "Stair hall"),
        SpaceUse.TOILETS: QCoreApplication.translate("Labels", "Toilets"),
        SpaceUse.TECHNICAL: QCoreApplication.translate("Labels", "Technical room"),
        SpaceUse.STORAGE: QCoreApplication.translate("Labels", "Storage"),
        SpaceUse.OFFICE: QCoreApplication.translate("Labels", "Office"),
        SpaceUse.MEETING: QCoreApplication.translate("Labels", "Meeting room"),
        SpaceUse.SECURITY: QCoreApplication.translate("Labels", "Security post"),
        SpaceUse.FIRST_AID: QCoreApplication.translate("Labels", "First aid"),
        SpaceUse.KITCHEN: QCoreApplication.translate("Labels", "Kitchen"),
        SpaceUse.OUTDOOR: QCoreApplication.translate("Labels", "Outdoor"),
        SpaceUse.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def opening_kinds() -> dict[OpeningKind, str]:
    return {
        OpeningKind.DOOR: QCoreApplication.translate("Labels", "Door"),
        OpeningKind.EXIT: QCoreApplication.translate("Labels", "Exit"),
        OpeningKind.EMERGENCY_EXIT: QCoreApplication.translate("Labels", "Emergency exit"),
        OpeningKind.PASSAGE: QCoreApplication.translate("Labels", "Open passage"),
        OpeningKind.GATE: QCoreApplication.translate("Labels", "Gate"),
    }


def connector_kinds() -> dict[ConnectorKind, str]:
    return {
        ConnectorKind.STAIR: QCoreApplication.translate("Labels", "Stair"),
        ConnectorKind.RAMP: QCoreApplication.translate("Labels", "Ramp"),
        ConnectorKind.ESCALATOR: QCoreApplication.translate("Labels", "Escalator"),
        ConnectorKind.LIFT: QCoreApplication.translate("Labels", "Lift"),
    }


def marker_kinds() -> dict[MarkerKind, str]:
    return {
        MarkerKind.STAGING_POINT: QCoreApplication.translate("Labels", "Staging point"),
        MarkerKind.TARGET: QCoreApplication.translate("Labels", "Target"),
        MarkerKind.HAZARD_ZONE: QCoreApplication.translate("Labels", "Hazard zone"),
        MarkerKind.RALLY_POINT: QCoreApplication.translate("Labels", "Rally point"),
        MarkerKind.FIRE_PANEL: QCoreApplication.translate("Labels", "Fire alarm panel"),
        MarkerKind.SECURITY_POST: QCoreApplication.translate("Labels", "Security post"),
        MarkerKind.POWER_CUTOFF: QCoreApplication.translate("Labels", "Power cut-off"),
        MarkerKind.GAS_VALVE: QCoreApplication.translate("Labels", "Gas valve"),
        MarkerKind.WATER_VALVE: QCoreApplication.translate("Labels", "Water valve"),
        MarkerKind.SMOKE_CONTROL: QCoreApplication.translate("Labels", "Smoke control"),
        MarkerKind.KEY_ASSET: QCoreApplication.translate("Labels", "Key asset"),
    }


def edit_title(record: EditRecord | None) -> str:
    """A short description of an edit for the Undo and Redo menu items ("Rename D01")."""
    if record is None:
        return ""
    element = str(record.params.get("element_id") or record.params.get("marker_id") or "")
    if record.op in {"save_route", "rename_route", "delete_route"}:
        element = str(record.params.get("name") or record.params.get("route_id") or "")
    titles = {
        "rename_element": QCoreApplication.translate("Labels", "Rename %1"),
        "set_capacity": QCoreApplication.translate("Labels", "Set capacity of %1"),
        "set_use": QCoreApplication.translate("Labels", "Set use of %1"),
        "set_opening_width": QCoreApplication.translate("Labels", "Set width of %1"),
        "set_opening_kind": QCoreApplication.translate("Labels", "Set kind of %1"),
        "set_locked": QCoreApplication.translate("Labels", "Lock or unlock %1"),
        "block": QCoreApplication.translate("Labels", "Block %1"),
        "unblock": QCoreApplication.translate("Labels", "Unblock %1"),
        "place_marker": QCoreApplication.translate("Labels", "Place marker %1"),
        "move_marker": QCoreApplication.translate("Labels", "Move marker %1"),
        "delete_marker": QCoreApplication.translate("Labels", "Delete marker %1"),
        "set_marker_details": QCoreApplication.translate("Labels", "Edit marker %1"),
        "save_route": QCoreApplication.translate("Labels", "Save route %1"),
        "rename_route": QCoreApplication.translate("Labels", "Rename route to %1"),
        "delete_route": QCoreApplication.translate("Labels", "Delete route %1"),
    }
    return titles.get(record.op, record.op + " %1").replace("%1", element).strip()


def metres(value: float, decimals: int = 2) -> str:
    """A length in the user's locale: ``"1,80 m"`` in French, ``"1.80 m"`` in English."""
    return QLocale().toString(float(value), "f", decimals) + " m"
