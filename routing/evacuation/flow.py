"""The flow model: groups of evacuees walk their routes, queue at doors, corridors and stairs, and leave.

An event-driven form of the SFPE hydraulic model (the model Pathfinder runs in
its "SFPE mode"), on the flow network:

* people walk each link at the SFPE speed S = k - 0.266·k·D of the density D of
  the people walking in the zone the link crosses (those standing in a queue
  there are not walking: the queue's own pace is the flow of the server it
  waits for, so counting them would count their delay twice). D is taken at
  most 1.88 p/m², the density of the largest specific flow: a crowd denser
  than that is a queue, and the hydraulic model lets queues form only in front
  of doors, corridors and stairs. Without this bound a zone fed at its
  capacity slows down, fills and slows further (a jam the model cannot
  resolve), so speeds never drop below 0.5·k (0.70 m/s on the level);
* every door, corridor and stair is a first-in first-out server whose rate is
  its calculated flow Fc = Fs,max x effective width: people who arrive faster
  queue in front of it, in the zone they are leaving, and the queue clears at Fc;
* evacuees move in small groups ("packets") of at most a few persons, so a
  stadium of 80,000 runs in about a second; a packet passes a server in
  size / Fc seconds.

The queue in front of a server is a point queue: it holds as many people as
come, and never spills back through the door behind it. The zone's density
(and so everyone's speed in it) does feel the queue, and a zone whose density
passes :data:`CRUSH_DENSITY` is reported.
"""

from __future__ import annotations

import heapq
import logging
import math
from collections import deque
from dataclasses import dataclass

import numpy as np

from routing.evacuation import sfpe
from routing.evacuation.network import FlowNetwork

log = logging.getLogger(__name__)

#: A zone denser than this (persons/m²) is reported: the SFPE relation stops
#: moving people at about 3.8 p/m², and crowds above 4 p/m² are unstable
#: (shared reference notes: Stockton crowd dynamics guidance).
CRUSH_DENSITY = 4.0


@dataclass(frozen=True, slots=True)
class Route:
    """A way out: the nodes passed (entry node of the source zone first, an exit last) and the links between."""

    nodes: tuple[int, ...]
    links: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Packets:
    """Groups of evacuees: one entry per group, arrays of equal length.

    size : persons; start : time they start walking (pre-movement), s;
    source : index of their source in the network; distance : metres from their
    start point to the first node of their route; route : index into the routes.
    """

    size: np.ndarray
    start: np.ndarray
    source: np.ndarray
    distance: np.ndarray
    route: np.ndarray


@dataclass(slots=True)
class FlowOutput:
    """What one run measured (raw arrays; :mod:`routing.evacuation.results` turns them into values).

    Times in seconds from the alarm, persons, persons/m². Server arrays have
    one entry per node, then one per link server (``n_nodes + len(server_ids)``).
    """

    total_time: float
    packet_exit_time: np.ndarray
    server_persons: np.ndarray
    server_first: np.ndarray
    server_last: np.ndarray
    server_peak_queue: np.ndarray
    server_max_wait: np.ndarray
    server_wait_sum: np.ndarray
    server_time_to_exit: np.ndarray  #: mean time from passing a node to leaving the venue
    zone_clear: np.ndarray  #: last time someone left the zone (nan if nobody was ever in it)
    zone_peak_density: np.ndarray
    zone_occupancy: np.ndarray  #: (bins, z) persons in each zone at 0, bin_seconds, 2 bin_seconds, ...
    exit_bins: dict[int, np.ndarray]  #: exit node -> persons leaving per bin
    bin_seconds: float
    source_exit_mean: np.ndarray
    source_exit_max: np.ndarray


def simulate(
    net: FlowNetwork,
    routes: list[Route],
    packets: Packets,
    *,
    speed_scale: float = 1.0,
    bin_seconds: float = 10.0,
) -> FlowOutput:
    """Run the flow model once, with every packet on its given route.

    Parameters
    ----------
    net : FlowNetwork
    routes : list of Route
        Routes the packets refer to by index.
    packets : Packets
    speed_scale : float
        Multiplies every speed (1.0 = SFPE; a RiMEA test walking at 1.33 m/s
        on the level uses 1.33 / 1.199).
    bin_seconds : float
        Width of the bins of the exits' flow over time, s.
    """
    n_nodes = net.n_nodes
    n_servers = n_nodes + len(net.server_ids)
    speed_figures = sfpe.data()["speed"]
    a, d_free = speed_figures["a"], speed_figures["free_density"]
    d_max = 1.0 / (2.0 * a)  # the density of the largest flow (1.88 p/m²): see the module docstring
    s_min = speed_figures["min_speed_fraction"]

    cap = np.concatenate([net.node_capacity, net.server_capacity]).tolist()
    link_server = [s + n_nodes if s >= 0 else -1 for s in net.link_server.tolist()]
    free_at = [0.0] * n_servers
    waiting: list[deque | None] = [None] * n_servers
    waiting_sum = [0.0] * n_servers
    persons = [0.0] * n_servers
    first = [math.inf] * n_servers
    last = [-math.inf] * n_servers
    peak_queue = [0.0] * n_servers
    max_wait = [0.0] * n_servers
    wait_sum = [0.0] * n_servers
    pass_sum = [0.0] * n_servers
    exit_sum = [0.0] * n_servers

    area = net.zone_area.tolist()
    zone_k = net.zone_k.tolist()
    occupancy = [0.0] * len(area)
    queued = [0.0] * len(area)  # of the occupancy, those standing in a queue
    zone_clear = [math.nan] * len(area)
    zone_peak = [0.0] * len(area)
    link_zone = net.link_zone.tolist()
    link_k = net.link_k.tolist()
    link_length = net.link_length.tolist()

    route_nodes = [r.nodes for r in routes]
    route_links = [r.links for r in routes]
    size = packets.size.tolist()
    p_route = packets.route.tolist()
    p_source = packets.source.tolist()
    n_packets = len(size)
    p_zone = [net.sources[s].zone for s in p_source]
    exit_time = [math.nan] * n_packets
    waited = [False] * n_packets  # the packet stands in a queue until its next event
    exit_bins: dict[int, dict[int, float]] = {}

    def walk_speed(k: float, zone: int) -> float:
        walking = occupancy[zone] - queued[zone]
        d = walking / area[zone] if area[zone] > 0 else d_max
        d = d_free if d < d_free else (d_max if d > d_max else d)
        f = 1.0 - a * d
        return k * (f if f > s_min else s_min) * speed_scale

    for p in range(n_packets):
        occupancy[p_zone[p]] += size[p]
    for z, occ in enumerate(occupancy):
        if occ > 0:
            zone_peak[z] = occ / area[z] if area[z] > 0 else math.inf

    ARRIVE, DEPART = 0, 1
    heap: list[tuple[float, int, int, int, int]] = []
    seq = 0
    for p in range(n_packets):
        zone = p_zone[p]
        t = float(packets.start[p]) + float(packets.distance[p]) / walk_speed(zone_k[zone], zone)
        heap.append((t, seq, p, 0, ARRIVE))
        seq += 1
    heapq.heapify(heap)
    push, pop = heapq.heappush, heapq.heappop

    def serve(server: int, t: float, m: float, zone: int) -> float:
        """Queue `m` persons standing in `zone`, arriving at `t`, at a FIFO server; returns the end of service."""
        c = cap[server]
        if c == math.inf:
            start, end = t, t
        else:
            start = free_at[server]
            if start < t:
                start = t
            end = start + m / c
            free_at[server] = end
            queue = waiting[server]
            if queue is None:
                queue = waiting[server] = deque()
            while queue and queue[0][0] <= t:
                waiting_sum[server] -= queue.popleft()[1]
            if start > t:
                queued[zone] += m
                queue.append((start, m))
                waiting_sum[server] += m
                if waiting_sum[server] > peak_queue[server]:
                    peak_queue[server] = waiting_sum[server]
                w = start - t
                if w > max_wait[server]:
                    max_wait[server] = w
                wait_sum[server] += w * m
        persons[server] += m
        if start < first[server]:
            first[server] = start
        if end > last[server]:
            last[server] = end
        return end

    bin_width = float(bin_seconds)
    ENTER = 2
    snapshots: list[list[float]] = []  # occupancy of every zone at 0, bin, 2 bin, ...
    next_snapshot = 0.0
    while heap:
        t, _, p, pos, kind = pop(heap)
        while t >= next_snapshot:
            snapshots.append(occupancy.copy())
            next_snapshot += bin_width
        m = size[p]
        r = p_route[p]
        nodes = route_nodes[r]
        if kind == ARRIVE:
            node = nodes[pos]
            if cap[node] != math.inf:
                end = serve(node, t, m, p_zone[p])
                waited[p] = end - m / cap[node] > t
                push(heap, (end, seq, p, pos, DEPART))
                seq += 1
                continue
            # a node with no capacity of its own (every node of a navigation graph): pass it now
            serve(node, t, m, p_zone[p])
            kind = DEPART
        if waited[p]:  # out of the queue
            queued[p_zone[p]] -= m
            waited[p] = False
        if kind == DEPART:
            node = nodes[pos]
            pass_sum[node] += m * t
            if pos == len(nodes) - 1:  # through the exit: out of the venue
                zone = p_zone[p]
                occupancy[zone] -= m
                zone_clear[zone] = t
                exit_time[p] = t
                bins = exit_bins.setdefault(node, {})
                b = int(t // bin_width)
                bins[b] = bins.get(b, 0.0) + m
                for n in nodes:
                    exit_sum[n] += m * t
                for link in route_links[r]:
                    if link_server[link] >= 0:
                        exit_sum[link_server[link]] += m * t
                continue
            link = route_links[r][pos]
            if link_server[link] >= 0:  # queue for the door, corridor or stair where they stand
                end = serve(link_server[link], t, m, p_zone[p])
                waited[p] = end - m / cap[link_server[link]] > t
                push(heap, (end, seq, p, pos, ENTER))
                seq += 1
                continue
        else:  # ENTER the link after queuing for it
            link = route_links[r][pos]
        zone = p_zone[p]
        occupancy[zone] -= m
        zone_clear[zone] = t
        if link_server[link] >= 0:
            pass_sum[link_server[link]] += m * t
        zone = link_zone[link]
        p_zone[p] = zone
        occupancy[zone] += m
        if area[zone] > 0:
            density = occupancy[zone] / area[zone]
            if density > zone_peak[zone]:
                zone_peak[zone] = density
        arrive = t + link_length[link] / walk_speed(link_k[link], zone)
        push(heap, (arrive, seq, p, pos + 1, ARRIVE))
        seq += 1

    exit_arr = np.array(exit_time, dtype=float)
    persons_arr = np.array(persons)
    with np.errstate(invalid="ignore", divide="ignore"):
        time_to_exit = np.where(persons_arr > 0, (np.array(exit_sum) - np.array(pass_sum)) / persons_arr, np.nan)
    n_sources = len(net.sources)
    src_sum = np.bincount(packets.source, weights=packets.size * exit_arr, minlength=n_sources)
    src_w = np.bincount(packets.source, weights=packets.size, minlength=n_sources)
    src_max = np.full(n_sources, np.nan)
    if n_packets:
        order = np.argsort(exit_arr)
        src_max[packets.source[order]] = exit_arr[order]
    with np.errstate(invalid="ignore", divide="ignore"):
        src_mean = np.where(src_w > 0, src_sum / src_w, np.nan)
    bins_out = {}
    for node, bins in exit_bins.items():
        arr = np.zeros(max(bins) + 1)
        for b, v in bins.items():
            arr[b] = v
        bins_out[node] = arr
    total = float(np.max(exit_arr)) if n_packets else 0.0
    return FlowOutput(
        total_time=total,
        packet_exit_time=exit_arr,
        server_persons=persons_arr,
        server_first=np.array(first),
        server_last=np.array(last),
        server_peak_queue=np.array(peak_queue),
        server_max_wait=np.array(max_wait),
        server_wait_sum=np.array(wait_sum),
        server_time_to_exit=time_to_exit,
        zone_clear=np.array(zone_clear),
        zone_peak_density=np.array(zone_peak),
        zone_occupancy=np.array(snapshots, dtype=float).reshape(-1, len(area)),
        exit_bins=bins_out,
        bin_seconds=bin_width,
        source_exit_mean=src_mean,
        source_exit_max=src_max,
    )
