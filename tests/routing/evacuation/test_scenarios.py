"""Scenarios: blocking elements, the exit-loss sweep on both cores, and two results side by side."""

from __future__ import annotations

import math

import pytest

from models.scenario import Scenario
from routing.evacuation import FlowParams, evacuate, prepare
from routing.evacuation.scenarios import blocking, compare, exit_loss_sweep


def test_blocking_the_pits_emergency_exits_sends_their_people_to_the_main_doors(concert_hall):
    base = evacuate(concert_hall)
    fire = evacuate(concert_hall, blocking(Scenario("fire"), "ES1", "ES2", venue=concert_hall))
    assert fire.blocked == ("ES1", "ES2")
    assert {"ES1", "ES2"}.isdisjoint(e.id for e in fire.exits)  # a blocked exit is not an exit of the run
    assert sum(e.persons for e in fire.exits) == pytest.approx(base.persons)
    main = ("E1", "E2", "E3")
    assert sum(fire.exit(e).persons for e in main) > sum(base.exit(e).persons for e in main) + 200
    # the balcony and its stairs, not the pit, set the hall's time: it stays within the assignment's noise
    assert fire.total_time == pytest.approx(base.total_time, rel=0.04)


def test_losing_stair_a_slows_the_balcony(concert_hall):
    base = evacuate(concert_hall)
    smoke = evacuate(concert_hall, blocking(Scenario("smoke"), "S-A", venue=concert_hall))
    # the 450 balcony seats then go down stair B alone (1.8 m: 1.01 x 1.5 = 1.52 p/s): at least 450 / 1.52 = 296 s
    assert smoke.levels["L1"] > 296
    assert smoke.total_time > 1.4 * base.total_time


def test_blocking_a_connector_keeps_its_people_off_it(concert_hall):
    result = evacuate(concert_hall, blocking(Scenario("smoke"), "S-B", venue=concert_hall))
    assert "S-B" not in {b.id for b in result.bottlenecks}


def test_the_exit_loss_sweep_loses_every_exit_once_on_two_cores_and_reports_the_worst(concert_hall):
    prepared = prepare(concert_hall, open_graph=True)
    sweep = exit_loss_sweep(prepared, FlowParams(), workers=2)
    exits = {o.id for o in concert_hall.exits}
    assert {c.blocked[0] for c in sweep.cases} == exits
    assert sweep.largest_exit == "E5"  # the 2.40 m loading-dock door is the widest
    worst = sweep.worst
    assert worst.total_time == max(c.total_time for c in sweep.cases)
    assert worst.total_time >= 0.97 * sweep.base.total_time  # a heuristic: within a few % of the base at least
    # each case starts from the open case's routes, so losing an exit never looks quicker than the open venue
    assert min(c.total_time for c in sweep.cases) >= sweep.base.total_time - 1e-9
    # the worker processes change nothing
    here = exit_loss_sweep(prepared, FlowParams(), workers=1)
    assert [c.total_time for c in here.cases] == pytest.approx([c.total_time for c in sweep.cases], rel=1e-9)


def test_a_sweep_case_that_traps_people_is_reported_as_the_worst_not_raised():
    from models.factories import two_room_venue

    # lose exit-a: room-a still leaves through door-ab and exit-b; both are lost only together, so every
    # case evacuates here; a venue with a room whose only exit is lost is trapped in that case
    venue = two_room_venue().without("door-ab")
    sweep = exit_loss_sweep(prepare(venue, rules="uk", open_graph=True), workers=1)
    assert all(c.result is None and "cannot reach any exit" in c.error for c in sweep.cases)
    assert math.isinf(sweep.worst.total_time)


def test_two_results_side_by_side_show_what_changed(concert_hall):
    base = evacuate(concert_hall)
    fire = evacuate(concert_hall, blocking(Scenario("fire"), "ES2", venue=concert_hall))
    rows = {r.what: r for r in compare(base, fire)}
    assert rows["total time (s)"].change == pytest.approx(fire.total_time - base.total_time)
    assert rows["exit ES2 persons"].b == 0  # blocked: absent from the second run, counted as nobody
    assert rows["exit ES2 persons"].change == pytest.approx(-base.exit("ES2").persons)
