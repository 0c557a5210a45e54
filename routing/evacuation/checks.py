"""Rule checks with figures: French ERP (CO 38, CO 36, CO 43, CO 49), UK (Green Guide, Approved Document B), NFPA 101.

Each check names the clause, the element, what is required and what the venue
provides, and says pass or fail and by how much (`margin`: provided less
required, or limit less measured; negative fails). Figures come from the rule
set's ``egress`` table (``rules/*.json``), where each has its source.

A "level's ways out" are its exits when it has any (the ground floor), else
the stairs and ramps that leave it. Travel distances are measured along the
navigation graph from points spread over each occupied space to the nearest
exit (or, on a level without exits, the nearest stair landing).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from models.kinds import ConnectorKind
from models.venue import Venue
from routing.evacuation.loads import SpaceLoad
from routing.evacuation.network import FlowNetwork
from routing.evacuation.rulesets import RuleSet


@dataclass(frozen=True, slots=True)
class Check:
    """One rule check and its figures."""

    rules: str
    clause: str
    subject: str  #: "venue", a level id or a space / opening id
    what: str
    required: float
    provided: float
    unit: str
    passed: bool
    margin: float  #: provided - required (or limit - measured); negative means it fails by that much
    note: str = ""


def _check(rules, clause, subject, what, required, provided, unit, *, at_most=False, note="") -> Check:
    margin = (required - provided) if at_most else (provided - required)
    return Check(rules, clause, subject, what, float(required), float(provided), unit, margin >= -1e-9, margin, note)


# --- France: unités de passage and dégagements ------------------------------------------------


def up_of_width(width: float, egress: Mapping) -> int:
    """Unités de passage a clear width counts for (CO 36, with the CO 44 door tolerance).

    >>> from routing.evacuation.rulesets import ruleset
    >>> e = ruleset("fr-erp").egress
    >>> [up_of_width(w, e) for w in (0.80, 0.90, 1.40, 1.60, 1.80, 2.40)]
    [0, 1, 2, 2, 3, 4]
    """
    tol = 1.0 - float(egress["door_tolerance"])
    n = 0
    while True:
        k = n + 1
        nominal = egress["one_up_width"] if k == 1 else egress["two_up_width"] if k == 2 else k * egress["up_width"]
        if width + 1e-9 < nominal * tol:
            return n
        n = k


def co38_required(effectif: float, egress: Mapping) -> tuple[int, int]:
    """Dégagements and unités de passage CO 38 asks for an effectif.

    >>> from routing.evacuation.rulesets import ruleset
    >>> co38_required(1550, ruleset("fr-erp").egress)  # the worked example: 5 dégagements, 16 UP
    (5, 16)
    """
    n = math.ceil(effectif - 1e-9)
    for row in egress["exits_table"]:
        if n <= row["up_to"]:
            up = row["up"] if "up" in row else math.ceil(n / row["up_per"])
            return row["exits"], up
    above = egress["above_500"]
    exits = above["exits_base"] + math.ceil((n - 500) / above["exits_per"])
    return exits, math.ceil(n / above["up_per"])


def _groups(openings, merge: float) -> list[list]:
    """Openings grouped when their leaves are closer than `merge` metres (CO 43 §3: one dégagement)."""
    groups: list[list] = []
    for o in sorted(openings, key=lambda o: o.id):
        if not hasattr(o, "position"):  # a stair is a dégagement of its own
            groups.append([o])
            continue
        for g in groups:
            if any(
                hasattr(p, "position")
                and p.level_id == o.level_id
                and math.dist(p.position, o.position) - (p.width + o.width) / 2 < merge
                for p in g
            ):
                g.append(o)
                break
        else:
            groups.append([o])
    return groups


# --- ways out and travel distances ----------------------------------------------------------


def _ways_out(venue: Venue, level_id: str) -> tuple[str, list]:
    exits = [o for o in venue.exits if o.level_id == level_id]
    if exits:
        return "exits", exits
    stairs = [
        c
        for c in venue.connectors.values()
        if c.kind in (ConnectorKind.STAIR, ConnectorKind.RAMP, ConnectorKind.ESCALATOR) and level_id in c.level_ids
    ]
    return "stairs", stairs


def travel_distances(net: FlowNetwork, venue: Venue) -> dict[str, tuple[float, int]]:
    """Longest walk from a point of each occupied space to its level's nearest way out, and how many are reachable.

    Returns
    -------
    dict
        space id -> (metres, number of ways out reachable on the level).
    """
    out: dict[str, tuple[float, int]] = {}
    level_of = {z: net.zone_level[z] for z in range(len(net.zone_ids))}
    for level_id in venue.levels:
        kind, ways = _ways_out(venue, level_id)
        ids = {w.id for w in ways}
        targets = [
            i
            for i in range(net.n_nodes)
            if net.node_enabled[i]
            and net.node_level[i] == level_id
            and net.node_element[i] in ids
            and net.node_kind[i] in (("door",) if kind == "exits" else ("landing",))
        ]
        if not targets:
            continue
        dist, reach = _level_distances(net, level_id, targets)
        for src in net.sources:
            if level_of[src.zone] != level_id:
                continue
            entries = np.array(src.entries, dtype=np.int64)
            if len(entries) == 0:
                continue
            total = src.distances + dist[entries][None, :]
            worst = float(np.max(np.min(total, axis=1)))
            ways_reached = len({net.node_element[t] for e in entries.tolist() for t in reach[e]})
            out[net.zone_ids[src.zone]] = (worst, ways_reached)
    return out


def _level_distances(net: FlowNetwork, level_id: str, targets: list[int]):
    """Walking distance to the nearest target on one level, and which targets each node reaches."""
    incoming = defaultdict(list)
    for link in np.flatnonzero(net.link_enabled).tolist():
        u, v = int(net.link_u[link]), int(net.link_v[link])
        if net.link_kind[link] in ("stair", "ramp", "escalator") or net.node_kind[v] == "exit":
            continue
        if net.node_level[u] == level_id and net.node_level[v] == level_id:
            incoming[v].append((u, float(net.link_length[link])))
    dist = np.full(net.n_nodes, math.inf)
    heap = []
    for t in targets:
        dist[t] = 0.0
        heap.append((0.0, t))
    heapq.heapify(heap)
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        for u, length in incoming[v]:
            if d + length < dist[u]:
                dist[u] = d + length
                heapq.heappush(heap, (d + length, u))
    # which targets each node can reach at all (for "a choice of exits")
    reach: dict[int, set[int]] = defaultdict(set)
    for t in targets:
        seen, stack = {t}, [t]
        while stack:
            v = stack.pop()
            for u, _ in incoming[v]:
                if u not in seen:
                    seen.add(u)
                    stack.append(u)
        for node in seen:
            reach[node].add(t)
    return dist, reach


# --- the rule sets ---------------------------------------------------------------------------


def check(venue: Venue, loads: Mapping[str, SpaceLoad], rules: RuleSet, net: FlowNetwork) -> list[Check]:
    """Every check of `rules` on `venue` with these occupant loads (`net`: its flow network, for distances)."""
    family = rules.family
    if family == "fr-erp":
        return check_fr_erp(venue, loads, rules, net)
    if family == "uk":
        return check_uk(venue, loads, rules, net)
    if family == "nfpa101":
        return check_nfpa101(venue, loads, rules, net)
    raise ValueError(f"no checks for rule set {rules.id}")


def _level_loads(venue: Venue, loads: Mapping[str, SpaceLoad]) -> dict[str, float]:
    by_level: dict[str, float] = defaultdict(float)
    for sid, load in loads.items():
        by_level[venue.spaces[sid].level_id] += load.persons
    return by_level


def check_fr_erp(venue: Venue, loads, rules: RuleSet, net: FlowNetwork) -> list[Check]:
    e, rid, out = rules.egress, rules.id, []
    total = sum(x.persons for x in loads.values())

    def dégagements(subject, effectif, openings, what):
        need_n, need_up = co38_required(effectif, e)
        groups = _groups(openings, e["merge_distance"])
        have_up = sum(up_of_width(o.width, e) for o in openings)
        note = "; ".join("+".join(o.id for o in g) for g in groups if len(g) > 1)
        note = f"counted as one dégagement (< {e['merge_distance']:g} m apart): {note}" if note else ""
        out.append(_check(rid, "CO 38", subject, f"{what}: dégagements for {effectif:,.0f} p", need_n, len(groups),
                          "dégagements", note=note))  # fmt: skip
        out.append(_check(rid, "CO 38 / CO 36", subject, f"{what}: unités de passage for {effectif:,.0f} p", need_up,
                          have_up, "UP"))  # fmt: skip

    dégagements("venue", total, venue.exits, "exits to the outside")
    for level_id, effectif in sorted(_level_loads(venue, loads).items()):
        kind, ways = _ways_out(venue, level_id)
        if effectif <= 0 or kind == "exits":
            continue
        dégagements(level_id, effectif, ways, f"stairs from level {level_id}")
    for sid, load in sorted(loads.items()):
        if load.persons < e["small_effectif"]:
            continue
        space_openings = [o for o in venue.openings.values() if sid in o.spaces]
        dégagements(sid, load.persons, space_openings, f"space {sid}")
        if load.persons > e["funnel_threshold"]:
            min_width = e["two_up_width"] * (1 - e["door_tolerance"])
            for o in space_openings:
                what = f"dégagement of {sid} ({load.persons:,.0f} p) at least 2 UP"
                out.append(_check(rid, "CO 36 (> 200 p)", o.id, what, min_width, o.width, "m"))
    for sid, (metres, choices) in sorted(travel_distances(net, venue).items()):
        level = venue.spaces[sid].level_id
        ground = _ways_out(venue, level)[0] == "exits"
        if ground:
            limit = e["travel_ground_choice"] if choices >= 2 else e["travel_ground_single"]
            clause, target = "CO 43 §2", "an exit"
        else:
            limit = e["travel_upper_choice"] if choices >= 2 else e["travel_upper_single"]
            clause, target = "CO 49 §2", "a stair"
        out.append(_check(rid, clause, sid, f"longest walk to {target} ({choices} reachable)", limit, metres, "m",
                          at_most=True))  # fmt: skip
    return out


def green_guide_time(persons: float, widths: list[float], rate: float) -> float:
    """Egress time at a Green Guide rate of passage, seconds: persons / (total width x rate per metre per minute).

    >>> round(green_guide_time(1000, [1.2, 1.2], 82))  # 1000 / (2.4 m x 82 p/m/min) = 5.08 min
    305
    """
    width = sum(widths)
    return math.inf if width <= 0 else 60.0 * persons / (width * rate)


def check_uk(venue: Venue, loads, rules: RuleSet, net: FlowNetwork) -> list[Check]:
    e, rid, out = rules.egress, rules.id, []
    total = sum(x.persons for x in loads.values())
    exit_widths = sorted((o.width for o in venue.exits), reverse=True)
    limit = e["egress_time"]
    out.append(_check(rid, "Green Guide 10.7", "venue", f"egress time of {total:,.0f} p at {e['level_rate']:g} p/m/min",
                      limit, green_guide_time(total, exit_widths, e["level_rate"]), "s", at_most=True))  # fmt: skip
    if e["discount_largest"] and len(exit_widths) > 1:
        out.append(_check(rid, "ADB (discount largest)", "venue",
                          f"egress time with the largest exit ({exit_widths[0]:g} m) lost", limit,
                          green_guide_time(total, exit_widths[1:], e["level_rate"]), "s", at_most=True))  # fmt: skip
    for level_id, persons in sorted(_level_loads(venue, loads).items()):
        kind, ways = _ways_out(venue, level_id)
        if persons <= 0 or kind == "exits":
            continue
        widths = [c.width for c in ways]
        out.append(_check(rid, "Green Guide 10.7", level_id, f"stair egress time of {persons:,.0f} p at "
                          f"{e['stair_rate']:g} p/m/min", limit, green_guide_time(persons, widths, e["stair_rate"]),
                          "s", at_most=True))  # fmt: skip
    for subject, persons, ways in _rooms_and_venue(venue, loads):
        need = next(r["exits"] for r in e["exits_table"] if r["up_to"] is None or persons <= r["up_to"])
        out.append(_check(rid, "ADB exits", subject, f"exits for {persons:,.0f} p", need, len(ways), "exits"))
        widths = sorted((w.width for w in ways), reverse=True)
        storey = subject == "venue"  # ADB discounts the largest storey exit, not a room's
        usable = widths[1:] if storey and e["discount_largest"] and len(widths) > 1 else widths
        row = next((r for r in e["widths_table"] if persons <= r["up_to"]), None)
        required = row["width"] if row else persons * e["width_per_person"]
        what = "total exit width, largest discounted" if storey and len(widths) > 1 else "total exit width"
        out.append(_check(rid, "ADB widths", subject, f"{what} for {persons:,.0f} p", required, sum(usable), "m"))
    for sid, (metres, choices) in sorted(travel_distances(net, venue).items()):
        lim = e["travel_more_than_one"] if choices >= 2 else e["travel_one_direction"]
        out.append(_check(rid, "ADB travel", sid, f"longest walk to a storey exit ({choices} reachable)", lim, metres,
                          "m", at_most=True))  # fmt: skip
    return out


def _rooms_and_venue(venue: Venue, loads):
    total = sum(x.persons for x in loads.values())
    yield "venue", total, venue.exits
    for sid, load in sorted(loads.items()):
        if load.persons > 60:
            yield sid, load.persons, [o for o in venue.openings.values() if sid in o.spaces]


def check_nfpa101(venue: Venue, loads, rules: RuleSet, net: FlowNetwork) -> list[Check]:
    e, rid, out = rules.egress, rules.id, []
    total = sum(x.persons for x in loads.values())
    out.append(_check(rid, "7.3.3.1", "venue", f"exit width for {total:,.0f} p at {e['level_factor'] * 1000:.2f} mm/p",
                      total * e["level_factor"], sum(o.width for o in venue.exits), "m"))  # fmt: skip
    for level_id, persons in sorted(_level_loads(venue, loads).items()):
        kind, ways = _ways_out(venue, level_id)
        if persons <= 0:
            continue
        need = next(r["exits"] for r in e["exits_table"] if r["up_to"] is None or persons <= r["up_to"])
        out.append(_check(rid, "7.4.1.2", level_id, f"means of egress for {persons:,.0f} p", need, len(ways), kind))
        if kind == "stairs":
            out.append(_check(rid, "7.3.3.1", level_id, f"stair width for {persons:,.0f} p at "
                              f"{e['stair_factor'] * 1000:.2f} mm/p", persons * e["stair_factor"],
                              sum(c.width for c in ways), "m"))  # fmt: skip
    for sid, load in sorted(loads.items()):
        space = venue.spaces[sid]
        if load.basis == "seats" or load.persons <= 0 or space.area <= 0:
            continue
        most = e["max_density_small"] if space.area <= e["large_area"] else e["max_density_large"]
        out.append(_check(rid, "12.1.7", sid, f"occupant density ({load.basis})", most, load.persons / space.area,
                          "p/m²", at_most=True))  # fmt: skip
    for sid, (metres, choices) in sorted(travel_distances(net, venue).items()):
        out.append(_check(rid, "12.2.6 (mem)", sid, f"longest walk to an exit or stair ({choices} reachable)",
                          e["travel"], metres, "m", at_most=True))  # fmt: skip
    return out
