"""The concert hall's pack read back: pages, text, fonts, markings, metadata, plans drawn where they belong."""

from __future__ import annotations

import re

import numpy as np
import pytest

from models import geometry
from venueplanner.briefing import Section, build_pack
from venueplanner.briefing.style import EXIT_GREEN, USE_FILLS, route_colour

from .conftest import MARKING, hex_rgb, options, page_texts, pdf_fonts, pdf_info, pixel_of, render_page, share_of


def test_the_pack_has_a_cover_site_two_levels_three_route_cards_evacuation_and_log(fr_pack):
    sections = [p.section for p in fr_pack.pages]
    assert sections[0] == Section.COVER
    assert sections.count(Section.LEVELS) == 2  # L0 and L1
    assert sorted({p.record["route"] for p in fr_pack.pages if p.section == Section.ROUTES}) == [0, 1, 2]
    assert Section.EVACUATION in sections and sections[-1] == Section.LOG
    assert int(pdf_info(fr_pack.data)["Pages"]) == len(fr_pack.pages)


def test_every_page_is_numbered_out_of_the_total_and_carries_the_marking_twice(fr_pack):
    texts = page_texts(fr_pack.data)
    total = len(texts)
    for n, text in enumerate(texts, start=1):
        assert f"page {n} / {total}" in text
        assert text.count(MARKING) >= 2, f"page {n}: marking in header and footer"


def test_the_cover_names_the_venue_its_classification_load_author_date_and_model_version(fr_pack, concert):
    from venueplanner.project import model_hash

    cover = page_texts(fr_pack.data)[0]
    assert "Le Zéphyr" in cover
    assert "112, boulevard des Hirondelles, 75011 Paris" in cover
    assert "ERP type L, 1re catégorie" in cover
    # declared load: 1,000 (pit) + 450 seats + 20 (stage) + 94 in the other rooms of the sample = 1,564;
    # French groups thousands with a narrow no-break space, which pdftotext reads as a space
    assert concert.venue.declared_capacity == 1564
    assert "1 564 personnes" in cover
    assert "Cne Martin, SDIS 75" in cover
    assert "1 mars 2025" in cover
    assert model_hash(concert)[:12] in cover


def test_french_names_keep_their_accents_in_the_text_layer(fr_pack):
    text = "\n".join(page_texts(fr_pack.data))
    for name in ("Scène", "Hall d'entrée", "Billetterie", "Régie", "Rez-de-chaussée"):
        assert name in text


def test_every_font_is_an_embedded_truetype_subset_of_dejavu_with_a_unicode_map(fr_pack):
    fonts = pdf_fonts(fr_pack.data)
    assert {f["name"].split("+")[-1] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansCondensed"}
    for f in fonts:
        assert (f["emb"], f["sub"], f["uni"]) == ("yes", "yes", "yes"), f


def test_metadata_hold_the_title_author_marking_and_the_pack_date(fr_pack):
    info = pdf_info(fr_pack.data)
    assert info["Title"] == "Dossier d'intervention — Le Zéphyr"
    assert info["Author"] == "Cne Martin, SDIS 75"
    assert info["Subject"] == MARKING
    assert info["CreationDate"].startswith("2025-03-01T00:00:00")
    assert info["Encrypted"] == "no"


def test_the_english_pack_speaks_english_with_the_same_pages_for_the_same_content(en_pack):
    texts = page_texts(en_pack.data)
    assert "Intervention briefing pack" in texts[0]
    assert "ERP type L, category 1" in texts[0]
    assert "Level plan: L0 Rez-de-chaussée" in "\n".join(texts)
    assert any("Step by step" in t for t in texts)
    assert "Dossier d'intervention" not in "\n".join(texts)


def test_the_contents_list_the_first_page_of_each_section(fr_pack):
    cover = page_texts(fr_pack.data)[0]
    expected, seen = [], set()
    for p in fr_pack.pages[1:]:
        if p.record.get("toc", True) and p.title not in seen:
            seen.add(p.title)
            expected.append(p)
    assert [int(n) for n in re.findall(r"p\. (\d+)", cover)] == [p.number for p in expected]
    for p in expected:
        assert p.title in cover
    # the sections come in their fixed order: site, levels, routes, evacuation, log
    assert [p.section for p in expected][:3] == [Section.SITE, Section.LEVELS, Section.LEVELS]


def test_the_pit_is_painted_in_its_fill_colour_at_its_centroid_on_the_ground_floor_plan(fr_pack, concert, tmp_path):
    page = next(p for p in fr_pack.pages if p.section == Section.LEVELS and p.record["level"] == "L0")
    pit = concert.venue.spaces["pit"]
    centroid = geometry.centroid(pit.footprint)
    x, y = page.record["frame"].to_page(np.array(centroid))
    dpi = 100
    image = render_page(fr_pack.data, page.number, dpi, tmp_path)
    where = pixel_of((x, y), page.size[1], dpi)
    # the label "010 Fosse" sits near the centroid: most of a 15 x 15 px patch (3.8 mm) is still the fill
    assert share_of(image, where, 7, USE_FILLS[pit.use]) > 0.5
    # and the stage (another use, another tint) is not painted there
    assert share_of(image, where, 7, USE_FILLS[concert.venue.spaces["stage"].use]) < 0.05


def test_a_route_card_draws_its_route_in_its_colour_along_each_walk(fr_pack, tmp_path):
    page = next(
        p for p in fr_pack.pages if p.section == Section.ROUTES and p.record.get("route") == 0 and "frames" in p.record
    )
    frame = page.record["frames"]["L0"]
    route = build_route_zero()
    lobby_walk = next(leg for leg in route.legs if leg.kind == "walk" and leg.element == "lobby")
    mid = lobby_walk.geometry[len(lobby_walk.geometry) // 2 - 1 : len(lobby_walk.geometry) // 2 + 1, :2].mean(axis=0)
    x, y = frame.to_page(mid)
    dpi = 150
    image = render_page(fr_pack.data, page.number, dpi, tmp_path)
    assert share_of(image, pixel_of((x, y), page.size[1], dpi), 2, route_colour(0), tolerance=30) > 0.2


def build_route_zero():
    from routing import access_route, build_graph
    from venueplanner.files import open_venue

    from .conftest import CONCERT

    venue = open_venue(CONCERT).venue
    return access_route(build_graph(venue), "STG-1", "REGIE", profile="team")


def test_the_same_inputs_and_date_give_the_same_bytes(concert):
    small = options(routes=("STG-1:REGIE:team",), views_per_route=1, sections=("cover", "levels", "routes", "log"))
    assert build_pack(concert, small) == build_pack(concert, small)


def test_a_levels_option_prints_only_those_levels(concert):
    data = build_pack(concert, options(levels=("L1",), sections=("levels",)))
    texts = page_texts(data)
    assert len(texts) == 1
    assert "Plan du niveau : L1 Balcon (R+1)" in texts[0]


def test_the_update_log_lists_the_newest_edits_first_with_their_author(concert):
    from dataclasses import replace

    from venueplanner.project import EditRecord

    log = (
        EditRecord("2025-02-01T09:30:00Z", "set_capacity", {"space": "pit", "capacity": 900}, "Lt Durand"),
        EditRecord("2025-02-03T16:05:12Z", "set_locked", {"opening": "E5", "locked": True}, "Cne Martin"),
    )
    text = page_texts(build_pack(replace(concert, edit_log=log), options(sections=("log",))))[0]
    newest, oldest = text.index("set_locked: opening=E5, locked=True"), text.index("set_capacity: space=pit")
    assert newest < oldest
    assert "2025-02-03 16:05:12" in text and "Lt Durand" in text
    assert "PC opérationnel" in text and "Commissariat du 11e arrondissement" in text


def test_a3_sheets_are_a3_and_print_the_plans_at_a_larger_scale(concert):
    from models import run_sync
    from venueplanner.briefing import iter_assemble

    a4 = run_sync(iter_assemble(concert, options(sections=("levels",), levels=("L0",))))
    a3 = run_sync(iter_assemble(concert, options(sections=("levels",), levels=("L0",), paper="A3")))
    # ISO 216: A3 is 297 x 420 mm = 841.9 x 1190.6 points, portrait or turned
    assert sorted(a3.pages[0].size) == pytest.approx([841.89, 1190.55], abs=0.01)
    assert a3.pages[0].record["frame"].scale < a4.pages[0].record["frame"].scale  # 1:400 or larger, against 1:500
    assert a4.pages[0].record["frame"].scale == 500.0


def test_plan_up_sheets_keep_the_plan_axes(concert):
    from models import run_sync
    from venueplanner.briefing import iter_assemble

    built = run_sync(iter_assemble(concert, options(sections=("levels",), levels=("L0",), orientation="plan")))
    frame = built.pages[0].record["frame"]
    (x0, y0), (x1, y1) = frame.to_page(np.array([[0.0, 0.0], [0.0, 10.0]]))
    assert x1 == pytest.approx(x0) and y1 > y0  # the plan's +Y runs straight up the page


def test_exit_numbers_of_cells_a_card_does_not_show_stay_off_the_page(fr_pack, tmp_path):
    # card 3 (STG-2 -> plant room) shows only the north of the building: doors 1 to 5 lie outside its frame
    page = next(p for p in fr_pack.pages if p.record.get("route") == 2 and "frames" in p.record)
    frame = page.record["frames"]["L0"]
    dpi = 60
    image = render_page(fr_pack.data, page.number, dpi, tmp_path)
    top_row, _ = pixel_of((0, frame.top - frame.height - 14), page.size[1], dpi)  # under the plan's letters
    green = np.all(np.abs(image[top_row:].astype(int) - hex_rgb(EXIT_GREEN)) <= 10, axis=-1)
    rows = np.flatnonzero(green.any(axis=1))
    # the only green under the plan is the legend's sample disc (about 11 points = 9 pixels high)
    assert len(rows) and rows.max() - rows.min() <= 12
