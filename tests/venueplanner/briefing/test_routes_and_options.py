"""Route cards' content (steps placed on the grid, times adding up) and the options' checks."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from venueplanner.briefing import PackOptionError, PackOptions, PackRouteError, RouteRequest, Section, build_pack
from venueplanner.briefing.grid import make_grid
from venueplanner.briefing.options import parse_route
from venueplanner.briefing.routes import plan_routes

from .conftest import options, page_texts


@pytest.fixture(scope="module")
def regie(concert):
    venue = concert.venue
    grid = make_grid(venue)
    return grid, plan_routes(venue, grid, [RouteRequest("STG-1", "REGIE", "team")], "fr")[0]


def test_door_steps_sit_at_their_door_and_carry_its_cell(regie, concert):
    grid, plan = regie
    doors = [s for s in plan.steps if s.step.kind == "door"]
    assert [s.step.element for s in doors] == ["D02", "D26", "V1", "D25"]
    for s in doors:
        opening = concert.venue.openings[s.step.element]
        assert s.point[:2] == opening.position
        assert s.ref == grid.ref(opening.position)
        assert s.level == opening.level_id


def test_the_stair_step_is_at_the_foot_of_stair_a(regie, concert):
    _, plan = regie
    stair = next(s for s in plan.steps if s.step.kind == "connector")
    landing = concert.venue.connectors["S-A"].landings[0]
    assert stair.point[:2] == pytest.approx(landing.position)
    assert stair.level == "L0"


def test_times_since_the_start_add_up_to_the_route_time(regie):
    _, plan = regie
    placed = [s for s in plan.steps if s.point is not None]
    assert placed[-1].cumulative == pytest.approx(plan.route.time, abs=1e-6)
    assert all(a.cumulative <= b.cumulative for a, b in itertools.pairwise(placed))


def test_the_start_is_the_staging_point_in_its_cell(regie, concert):
    grid, plan = regie
    first = plan.steps[0]
    assert first.step.kind == "start"
    assert first.point[:2] == concert.venue.markers["STG-1"].position
    assert first.ref == grid.ref((14.0, -8.0))


def test_decision_points_put_the_stair_first_then_the_way_in(regie):
    _, plan = regie
    chosen = plan.decision_points(2)
    assert [s.step.kind for s in chosen] == ["enter", "connector"]  # in route order
    assert plan.decision_points(0) == []


def test_the_step_list_names_the_exterior_door_number(fr_pack):
    text = "\n".join(page_texts(fr_pack.data))
    # STG-1 -> régie enters by E1, exterior door 3 (see test_numbering)
    assert "accès extérieur n° 3" in " ".join(text.split())


def test_route_cards_have_their_steps_and_views(fr_pack):
    cards = [p for p in fr_pack.pages if p.section == Section.ROUTES]
    texts = page_texts(fr_pack.data)
    card_text = " ".join(" ".join(texts[p.number - 1] for p in cards).split())
    assert "Itinéraire pas à pas" in card_text
    assert "Points de décision (vues 3D)" in card_text
    assert "Vues 3D non disponibles" not in card_text


def test_an_unknown_route_end_is_named_in_the_error(concert):
    with pytest.raises(PackRouteError, match=r"STG-1 -> NOWHERE"):
        build_pack(concert, options(routes=("STG-1:NOWHERE",), sections=("routes",)))


def test_an_unknown_profile_is_named_in_the_error(concert):
    with pytest.raises(PackRouteError, match="no movement profile 'jetpack'"):
        build_pack(concert, options(routes=("STG-1:REGIE:jetpack",), sections=("routes",)))


@pytest.mark.parametrize(
    ("changes", "option"),
    [
        ({"language": "de"}, "language"),
        ({"paper": "letter"}, "paper"),
        ({"sections": ("cover", "annexes")}, "sections"),
        ({"orientation": "south"}, "orientation"),
        ({"date": dt.datetime(2025, 3, 1, 12, 0)}, "date"),
        ({"classification": "TWO\nLINES"}, "classification"),
        ({"rules": "martian"}, "rules"),
        ({"views_per_route": 9}, "views_per_route"),
    ],
)
def test_bad_options_are_refused_naming_the_option(changes, option):
    with pytest.raises(PackOptionError) as caught:
        PackOptions(**changes)
    assert caught.value.option == option


def test_options_naming_what_the_venue_lacks_are_refused(concert):
    with pytest.raises(PackOptionError, match="levels 'L7'"):
        build_pack(concert, options(levels=("L7",), sections=("levels",)))
    with pytest.raises(PackOptionError, match="scenario 'fire'"):
        build_pack(concert, options(scenario="fire", sections=("routes",)))
    with pytest.raises(PackOptionError, match="main_entrance 'D05'"):
        build_pack(concert, options(main_entrance="D05", sections=("cover",)))


def test_routes_are_written_from_colon_to_colon_profile():
    assert parse_route("STG-1:REGIE") == RouteRequest("STG-1", "REGIE", "")
    assert parse_route(" 3,4@L0 : stage : stretcher ") == RouteRequest("3,4@L0", "stage", "stretcher")
    for bad in ("STG-1", "A:B:C:D", ":B"):
        with pytest.raises(PackOptionError):
            parse_route(bad)


def test_sections_are_kept_in_print_order_whatever_order_they_are_given():
    assert PackOptions(sections=("log", "cover", "levels")).sections == (Section.COVER, Section.LEVELS, Section.LOG)


def test_a_saved_route_is_printed_with_what_it_avoids_and_in_its_own_scenario(concert):
    # A route kept in the project is computed in the pack exactly as in the routes panel. The plain
    # route to the control room climbs stair A; avoiding stair A, or a scenario where it is blocked,
    # sends the team by stair B (docs/routing.md), the same way both times.
    from models import SavedRoute, Scenario
    from routing import access_route, build_graph

    venue = concert.venue
    plain = access_route(build_graph(venue), "STG-1", "REGIE", profile="team")
    assert "S-A" in plain.connectors
    stair_a_blocked = Scenario("stair-a-blocked", blocked_connectors=frozenset({"S-A"}))
    avoiding = SavedRoute("route-1", "Par l'escalier B", "STG-1", "REGIE", "team", avoid=("S-A",))
    blocked = SavedRoute("route-2", "Escalier A condamné", "STG-1", "REGIE", "team", scenario_id="stair-a-blocked")
    grid = make_grid(venue)
    requests = [RouteRequest.of_saved(avoiding), RouteRequest.of_saved(blocked)]
    by_avoiding, by_scenario = plan_routes(venue, grid, requests, "fr", scenarios={"stair-a-blocked": stair_a_blocked})

    expected = access_route(build_graph(venue), "STG-1", "REGIE", profile="team", avoid=["S-A"])
    assert by_avoiding.title == "Par l'escalier B"
    for plan in (by_avoiding, by_scenario):
        assert "S-A" not in plan.route.connectors and "S-B" in plan.route.connectors
        assert plan.route.length == pytest.approx(expected.length)
        assert plan.route.length > plain.length


def test_a_saved_route_naming_a_scenario_the_project_lacks_is_refused_by_name(concert):
    venue = concert.venue
    request = RouteRequest("STG-1", "REGIE", "team", scenario_id="gone")
    with pytest.raises(PackRouteError, match=r"STG-1 -> REGIE \(team\).*no scenario 'gone'"):
        plan_routes(venue, make_grid(venue), [request], "fr", scenarios={})
