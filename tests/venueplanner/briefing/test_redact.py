"""The redacted pack holds none of the sensitive assets: no label, note or symbol, in no page and no property."""

from __future__ import annotations

import pytest

from models import SENSITIVE_MARKERS, Marker, MarkerKind
from venueplanner.briefing import PackRouteError, RedactionError, build_pack
from venueplanner.briefing.draw import Sheet
from venueplanner.briefing.redact import forbidden_texts, redact_project
from venueplanner.project import EditRecord

from .conftest import options, page_texts, pdf_info


def _sensitive(project):
    return [m for m in project.venue.markers.values() if m.kind in SENSITIVE_MARKERS]


def test_the_sample_has_sensitive_assets_to_leave_out(concert):
    # SEC, SSI, DSF, TGBT and GAZ: security post, fire panel, smoke control, power cut-off, gas valve
    assert sorted(m.id for m in _sensitive(concert)) == ["DSF", "GAZ", "SEC", "SSI", "TGBT"]


def test_the_full_pack_shows_them_so_the_check_below_can_fail(fr_pack, concert):
    text = "\n".join(page_texts(fr_pack.data))
    assert "Tableau SSI (centrale incendie)" in text
    assert "Vanne de coupure gaz (office du bar)" in text


def test_no_label_or_note_of_a_sensitive_asset_appears_in_the_redacted_pack(redacted_pack, concert):
    text = " ".join(" ".join(page_texts(redacted_pack.data)).split())  # lines joined: a label cut by wrapping counts
    for marker in _sensitive(concert):
        for words in (marker.label, marker.notes):
            if words:
                assert " ".join(words.split()) not in text, f"{marker.id}: {words!r}"


def test_the_legend_of_the_redacted_pack_has_no_symbol_of_a_sensitive_kind(redacted_pack):
    text = "\n".join(page_texts(redacted_pack.data))
    for legend in ("PC sécurité", "Coupure électrique", "Vanne de coupure gaz", "Commande de désenfumage",
                   "Tableau de signalisation incendie"):  # fmt: skip
        assert legend not in text


def test_the_security_room_and_the_plant_room_of_the_cut_off_are_named_by_their_use_only(redacted_pack):
    text = "\n".join(page_texts(redacted_pack.data))
    assert "PC sécurité" not in text  # the room "005" keeps its number, not its telling name
    assert "005 Local" in " ".join(text.split()) and "Sécurité" not in text  # nor its use in the legend
    assert "TGBT" not in text  # "Local technique (TGBT)" holds the power cut-off: "019 Local technique"
    assert "Office du bar" in text  # the bar's kitchen holds the gas valve but is no technical room


def test_the_redacted_pack_says_so_and_its_properties_hold_nothing_sensitive(redacted_pack, concert):
    assert "VERSION EXPURGÉE" in page_texts(redacted_pack.data)[0]
    properties = " ".join(pdf_info(redacted_pack.data).values())
    for text in forbidden_texts(concert.venue):
        assert text not in properties


def test_a_route_to_a_sensitive_asset_is_refused_in_a_redacted_pack(concert):
    with pytest.raises(PackRouteError, match=r"STG-2 -> TGBT .*sensitive asset"):
        build_pack(concert, options(redacted=True, routes=("STG-2:TGBT:team",), sections=("routes",)))


def test_edits_naming_a_sensitive_marker_are_left_out_of_the_log():
    from venueplanner.files import open_venue

    from .conftest import CONCERT

    project = open_venue(CONCERT).project
    log = (
        EditRecord("2025-02-01T10:00:00Z", "place_marker", {"id": "GAZ", "kind": "gas_valve"}, "A"),
        EditRecord(
            "2025-02-02T10:00:00Z", "set_marker_details", {"id": "X", "notes": "Tableau SSI (centrale incendie)"}
        ),
        EditRecord("2025-02-03T10:00:00Z", "set_capacity", {"space": "pit", "capacity": 900}, "B"),
    )
    from dataclasses import replace

    cleaned = redact_project(replace(project, edit_log=log), {"room": "Local"})
    assert [e.op for e in cleaned.edit_log] == ["set_capacity"]


def test_the_drawing_guard_refuses_sensitive_text_whatever_draws_it(concert):
    from reportlab.pdfgen.canvas import Canvas

    forbidden = forbidden_texts(concert.venue)
    sheet = Sheet(Canvas("unused.pdf"), 595, 842, "fr", forbidden, where="test page")
    sheet.text(10, 10, "Fosse")  # harmless text passes
    with pytest.raises(RedactionError, match="test page"):
        sheet.text(10, 10, "voir la vanne de coupure GAZ (office du bar) au fond")


def test_a_marker_label_of_three_letters_is_not_guarded_as_text():
    from models import Venue

    venue = Venue("v", markers=[Marker("K", MarkerKind.KEY_ASSET, "L0", (0, 0), label="TGV")])
    assert forbidden_texts(venue) == ()
