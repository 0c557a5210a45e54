"""Directions read correctly in English and French, with turns from the geometry and numbers per language."""

from __future__ import annotations

import numpy as np
import pytest

import importers
from models.factories import two_room_venue
from routing import access_route, build_graph
from routing.directions import _turn, describe, directions, format_distance, format_duration, format_number
from tests.routing.venues import l_corridor_venue


@pytest.fixture(scope="module")
def hall():
    from tests.conftest import SAMPLES

    venue = importers.load(SAMPLES / "concert-hall.yaml").venue
    return venue, build_graph(venue)


# The team's route from the boulevard staging point STG-1 (14, -8) to the sound desk REGIE (12.5, 11.5) on L1:
#   in the open to E1 (9, 0): sqrt(5^2 + 8^2) = 9.43 m
#   lobby: E1 (9, 0) -> D02 (5, 7): sqrt(4^2 + 7^2) = 8.06 m, heading north-west then west into stair hall A: left
#   stair hall A: D02 (5, 7) -> landing (2.5, 5): sqrt(2.5^2 + 2^2) = 3.20 m
#   stair A: 4.76 / 0.17 = 28 risers, run 28 x 0.28 = 7.84 m, slope sqrt(7.84^2 + 4.76^2) = 9.17 m at 0.5 m/s
#   stair hall A (L1): landing (2.5, 9) -> D26 (2.5, 10): 1 m north, then east along the balcony: right
#   balcony: D26 (2.5, 10) -> V1 (7.5, 10): 5 m; foyer: V1 -> D25 (12.5, 10): 5 m, then north into the desk: left
#   regie: D25 (12.5, 10) -> REGIE (12.5, 11.5): 1.5 m
#   length 9.43 + 8.06 + 3.20 + 9.17 + 1 + 5 + 5 + 1.5 = 42.37 m -> "42 m"
#   time (42.37 - 9.17) / 1.2 + 9.17 / 0.5 = 27.67 + 18.35 = 46.0 s
HALL_EN = """\
1. Start at “Point de mise en place, boulevard”.
2. Walk 9.4 m in the open to exit E1.
3. Enter by exit E1 (south side) into “Hall d'entrée”.
4. Go 8.1 m, turn left through door D02 into “Cage d'escalier A”.
5. Go 3.2 m to stair S-A and take it up to “Balcon (R+1)”.
6. Go 1 m, turn right through door D26 into “Balcon”.
7. Go 5 m, carry on through passage V1 into “Foyer du balcon”.
8. Go 5 m, turn left through door D25 into “Régie”.
9. Go 1.5 m to “Régie son et lumière”: you have arrived.
In all 42 m, about 46 s (intervention team with equipment)."""

HALL_FR = """\
1. Départ\u00a0: «\u00a0Point de mise en place, boulevard\u00a0».
2. Marcher 9,4 m à l'extérieur jusqu'à l'issue E1.
3. Entrer par l'issue E1 (côté sud) dans «\u00a0Hall d'entrée\u00a0».
4. Avancer de 8,1 m, tourner à gauche et franchir la porte D02 vers «\u00a0Cage d'escalier A\u00a0».
5. Avancer de 3,2 m jusqu'à l'escalier S-A et monter jusqu'à «\u00a0Balcon (R+1)\u00a0».
6. Avancer de 1 m, tourner à droite et franchir la porte D26 vers «\u00a0Balcon\u00a0».
7. Avancer de 5 m, continuer tout droit et franchir le passage V1 vers «\u00a0Foyer du balcon\u00a0».
8. Avancer de 5 m, tourner à gauche et franchir la porte D25 vers «\u00a0Régie\u00a0».
9. Avancer de 1,5 m jusqu'à «\u00a0Régie son et lumière\u00a0»\u00a0: vous êtes arrivés.
Au total 42 m, environ 46 s (équipe d'intervention équipée)."""


def test_directions_through_the_concert_hall_read_correctly_in_english(hall):
    venue, G = hall
    route = access_route(G, "STG-1", "REGIE", profile="team")
    assert route.length == pytest.approx(42.37, abs=0.01)
    assert describe(route, venue, lang="en") == HALL_EN


def test_directions_through_the_concert_hall_read_correctly_in_french(hall):
    venue, G = hall
    route = access_route(G, "STG-1", "REGIE", profile="team")
    assert describe(route, venue, lang="fr") == HALL_FR


def test_a_wheelchair_route_in_the_hall_takes_the_lift_and_says_so(hall):
    venue, G = hall
    route = access_route(G, "STG-1", "REGIE", profile="wheelchair")
    texts = [s.text for s in directions(route, venue, lang="fr")]
    assert "l'ascenseur LIFT et le prendre jusqu'à «\u00a0Balcon (R+1)\u00a0»" in texts[3]
    texts = [s.text for s in directions(route, venue, lang="en")]
    assert texts[3] == "Go 9.3 m to lift LIFT and take it up to “Balcon (R+1)”."


def test_the_steps_add_up_to_the_route(hall):
    venue, G = hall
    route = access_route(G, "STG-1", "REGIE", profile="team")
    steps = directions(route, venue)
    assert sum(s.time for s in steps[:-1]) == pytest.approx(route.time, abs=1e-9)
    assert steps[-1].distance == pytest.approx(route.length)


def test_a_bend_in_a_corridor_is_a_turn_instruction():
    # west door (0, 1) -> bend (8.3, 1.7) -> north door (9, 10): heading east, then north: a left turn
    # after sqrt(69.38) = 8.33 m; then 8.33 m to the north door
    venue = l_corridor_venue()
    route = access_route(build_graph(venue), "west", "north", profile="team")
    assert [s.text for s in directions(route, venue)] == [
        "Enter by exit west (west side) into “Corridor”.",
        "Go 8.3 m, then turn left.",
        "Go 8.3 m, carry on and leave by exit north (north side).",
        "In all 17 m, about 14 s (intervention team with equipment).",
    ]


@pytest.mark.parametrize(
    ("degrees", "turn"),
    [(0, "straight"), (29, "straight"), (31, "slight_left"), (-45, "slight_right"), (61, "left"), (-90, "right"),
     (150, "left"), (151, "back"), (-179, "back")],
)  # fmt: skip
def test_turns_follow_the_documented_thresholds(degrees, turn):
    after = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
    assert _turn(np.array([1.0, 0.0]), after) == turn


def test_numbers_follow_the_language():
    assert format_number(12345.67, "en", 2) == "12,345.67"
    assert format_number(12345.67, "fr", 2) == "12\u202f345,67"
    assert format_distance(1234.4, "fr") == "1\u202f234 m"
    assert format_distance(0.96, "en") == "1 m"
    assert format_duration(59.6, "en") == "1 min"
    assert format_duration(125, "fr") == "2 min 5 s"


def test_an_unknown_language_is_refused():
    venue = two_room_venue()
    route = access_route(build_graph(venue), "exit-a", "exit-b")
    with pytest.raises(ValueError, match="languages: en, fr"):
        directions(route, venue, lang="de")
