"""The flow network that evacuation runs on: nodes with a flow capacity, links with a length, a zone and a capacity.

It is built from the navigation graph (:mod:`routing.evacuation.navgraph`) or,
for tests and hand calculations, with :class:`NetworkBuilder`. Capacities are
SFPE calculated flows (persons/s) = maximum specific flow x effective width.

* A **node** is a point people pass: a door or passage (its capacity is the
  door's), an exit (a node that leads outside), a connector landing or a marker.
* A **link** joins two nodes through a **zone** (a space, or a stair's flight):
  its walking length (metres, along the slope for stairs), its SFPE speed
  constant ``k`` and a capacity (a corridor's or a stair's calculated flow;
  ``inf`` for a room, whose doors are the limit).
* A **zone** has an area; its crowd density (persons / area) sets the walking
  speed on its links.
* A **source** is a zone with people: sample points spread over its floor and,
  for each point, the walking distance to each node it can leave by.

Blocking an opening or connector (:meth:`FlowNetwork.without`) switches off the
nodes and links of that element; indices never change, so results of two
scenarios line up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from routing.evacuation import sfpe

INF = math.inf


@dataclass(frozen=True, slots=True)
class Source:
    """People in one zone at the start.

    zone : int
        Index of the zone they stand in.
    persons : float
        How many.
    points : (P, 2) float
        Sample points spread over the floor, metres (each holds persons / P).
    entries : tuple of int
        Nodes the zone can be left by.
    distances : (P, E) float
        Walking distance from each point to each entry node, metres.
    """

    zone: int
    persons: float
    points: np.ndarray = field(repr=False)
    entries: tuple[int, ...]
    distances: np.ndarray = field(repr=False)


@dataclass(frozen=True, slots=True, eq=False)
class FlowNetwork:
    """Arrays describing nodes, links, zones and sources (see the module docstring).

    Node arrays have length n, link arrays length m, zone arrays length z.
    ``node_enabled`` and ``link_enabled`` say what a scenario left usable.
    """

    node_ids: tuple[str, ...]
    node_element: tuple[str, ...]
    node_kind: tuple[str, ...]  #: "door" | "exit" | "landing" | "point"
    node_level: tuple[str, ...]
    node_label: tuple[str, ...]
    node_xy: np.ndarray  #: (n, 2) metres
    node_capacity: np.ndarray  #: (n,) persons/s, inf when no limit
    node_width: np.ndarray  #: (n,) clear width, metres (nan when none)
    link_u: np.ndarray  #: (m,) int
    link_v: np.ndarray  #: (m,) int
    link_length: np.ndarray  #: (m,) metres
    link_kind: tuple[str, ...]  #: "walk" | "corridor" | "stair" | "ramp" | "escalator"
    link_zone: np.ndarray  #: (m,) int
    link_k: np.ndarray  #: (m,) SFPE speed constant
    link_capacity: np.ndarray  #: (m,) persons/s of its server, inf when no limit
    link_element: tuple[str, ...]
    link_server: np.ndarray  #: (m,) int index into the link servers, -1 when none
    server_ids: tuple[str, ...]  #: link servers: one per door, corridor or flight (shared by its links)
    server_kind: tuple[str, ...]
    server_element: tuple[str, ...]
    server_level: tuple[str, ...]
    server_capacity: np.ndarray  #: persons/s
    zone_ids: tuple[str, ...]
    zone_kind: tuple[str, ...]  #: "space" | "connector"
    zone_level: tuple[str, ...]
    zone_area: np.ndarray  #: (z,) m²
    zone_k: np.ndarray  #: (z,) speed constant for walking to the first door
    sources: tuple[Source, ...]
    node_enabled: np.ndarray = None  # type: ignore[assignment]
    link_enabled: np.ndarray = None  # type: ignore[assignment]
    blocked: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.node_enabled is None:
            object.__setattr__(self, "node_enabled", np.ones(len(self.node_ids), dtype=bool))
        if self.link_enabled is None:
            object.__setattr__(self, "link_enabled", np.ones(len(self.link_u), dtype=bool))

    # --- sizes and lookups --------------------------------------------------------

    @property
    def n_nodes(self) -> int:
        return len(self.node_ids)

    @property
    def n_links(self) -> int:
        return len(self.link_u)

    @property
    def exits(self) -> np.ndarray:
        """Indices of the usable exit nodes."""
        return np.array(
            [i for i, kind in enumerate(self.node_kind) if kind == "exit" and self.node_enabled[i]], dtype=np.int64
        )

    def node_index(self, node_id: str) -> int:
        return self.node_ids.index(node_id)

    def zone_index(self, zone_id: str) -> int:
        return self.zone_ids.index(zone_id)

    @property
    def persons(self) -> float:
        """Everyone in the sources, persons."""
        return float(sum(s.persons for s in self.sources))

    def elements(self) -> set[str]:
        """Ids of the openings and connectors that nodes and links stand for."""
        return {e for e in self.node_element if e} | {
            e for e, k in zip(self.link_element, self.link_kind, strict=True) if k != "walk"
        }

    def without(self, element_ids: Iterable[str]) -> FlowNetwork:
        """A copy where the nodes and links of these openings and connectors cannot be used."""
        drop = frozenset(element_ids)
        if not drop:
            return self
        nodes = self.node_enabled & ~np.isin(np.array(self.node_element, dtype=object), list(drop))
        links = self.link_enabled & ~np.isin(np.array(self.link_element, dtype=object), list(drop))
        links &= nodes[self.link_u] & nodes[self.link_v]
        return replace(self, node_enabled=nodes, link_enabled=links, blocked=self.blocked | drop)


class NetworkBuilder:
    """Build a :class:`FlowNetwork` element by element (tests, hand calculations, graph adapters).

    Examples
    --------
    A 10 x 10 m room with 100 persons and one 1.0 m exit 5 m from every point:

    >>> b = NetworkBuilder()
    >>> room = b.zone("room", area=100.0)
    >>> b.node("exit", kind="exit", width=1.0)
    0
    >>> b.source("room", 100, {"exit": 5.0})
    >>> net = b.build()
    >>> round(float(net.node_capacity[0]), 2)  # 1.3 p/s/m x (1.0 - 2 x 0.15) m
    0.91
    """

    def __init__(self) -> None:
        self._nodes: list[dict] = []
        self._node_index: dict[str, int] = {}
        self._links: list[dict] = []
        self._zones: list[dict] = []
        self._zone_index: dict[str, int] = {}
        self._sources: list[Source] = []
        self._servers: list[dict] = []
        self._server_index: dict[str, int] = {}

    def zone(self, zone_id: str, *, area: float, kind: str = "space", level: str = "", k: float = 1.40) -> int:
        """Add a zone (a space or a stair flight) of `area` m²; returns its index."""
        if zone_id in self._zone_index:
            return self._zone_index[zone_id]
        self._zone_index[zone_id] = len(self._zones)
        self._zones.append({"id": zone_id, "area": float(area), "kind": kind, "level": level, "k": float(k)})
        return self._zone_index[zone_id]

    def node(
        self,
        node_id: str,
        *,
        kind: str = "door",
        width: float | None = None,
        capacity: float | None = None,
        element: str = "",
        level: str = "",
        xy: Sequence[float] = (math.nan, math.nan),
        label: str = "",
    ) -> int:
        """Add a node; a door or exit of clear `width` gets the SFPE door capacity unless `capacity` is given."""
        if node_id in self._node_index:
            return self._node_index[node_id]
        if capacity is None:
            capacity = sfpe.component_capacity("door", width) if width is not None and kind in ("door", "exit") else INF
        self._node_index[node_id] = len(self._nodes)
        self._nodes.append(
            {
                "id": node_id,
                "kind": kind,
                "width": math.nan if width is None else float(width),
                "capacity": float(capacity),
                "element": element or node_id,
                "level": level,
                "xy": (float(xy[0]), float(xy[1])),
                "label": label or element or node_id,
            }
        )
        return self._node_index[node_id]

    def link(
        self,
        u: str,
        v: str,
        *,
        length: float,
        zone: str,
        kind: str = "walk",
        k: float | None = None,
        width: float | None = None,
        capacity: float | None = None,
        element: str = "",
        both_ways: bool = True,
        riser: float | None = None,
        going: float | None = None,
        server: str | None = None,
    ) -> None:
        """Add a link (both directions unless `both_ways` is False).

        The capacity defaults to the SFPE calculated flow of the component
        (``door``, ``corridor``, ``stair``, ``ramp``, ``escalator``) for its
        `width`; a plain ``walk`` inside a room has none. Links given the same
        `server` name share one queue and one capacity (a corridor walked
        between several doors, a stair in both directions); by default the
        two directions of one call share theirs.
        """
        component = None if kind == "walk" else kind
        if k is None:
            k = sfpe.k_constant(component or "corridor", riser=riser, going=going)
        if capacity is None:
            capacity = (
                sfpe.component_capacity(component, width, riser=riser, going=going)
                if component is not None and width is not None
                else INF
            )
        zone_index = self._zone_index[zone]
        server_index = -1
        if math.isfinite(capacity):
            name = server or f"{element or zone}:{'|'.join(sorted((u, v)))}"
            if name not in self._server_index:
                self._server_index[name] = len(self._servers)
                self._servers.append(
                    {"id": name, "kind": kind, "element": element or zone, "capacity": float(capacity),
                     "level": self._nodes[self._node_index[u]]["level"]}
                )  # fmt: skip
            server_index = self._server_index[name]
        pairs = [(u, v), (v, u)] if both_ways else [(u, v)]
        for a, b in pairs:
            self._links.append(
                {
                    "u": self._node_index[a],
                    "v": self._node_index[b],
                    "length": float(length),
                    "kind": kind,
                    "zone": zone_index,
                    "k": float(k),
                    "capacity": float(capacity),
                    "element": element or zone,
                    "server": server_index,
                }
            )

    def source(
        self,
        zone: str,
        persons: float,
        entries: dict[str, float | Sequence[float]],
        points: np.ndarray | None = None,
    ) -> None:
        """People in `zone`: `entries` maps each node they can leave by to the walking distance
        from each sample point (one number when there is one point)."""
        if persons <= 0:
            return
        names = list(entries)
        if points is None:
            count = max([np.size(entries[n]) for n in names], default=1)
            points = np.full((count, 2), math.nan)
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        dist = np.array([np.broadcast_to(np.asarray(entries[n], dtype=float), (len(points),)) for n in names])
        dist = dist.T.reshape(len(points), len(names))  # (P, E)
        self._sources.append(
            Source(
                self._zone_index[zone],
                float(persons),
                points,
                tuple(self._node_index[n] for n in names),
                dist,
            )
        )

    def build(self) -> FlowNetwork:
        n, m, z, srv = self._nodes, self._links, self._zones, self._servers
        return FlowNetwork(
            node_ids=tuple(d["id"] for d in n),
            node_element=tuple(d["element"] for d in n),
            node_kind=tuple(d["kind"] for d in n),
            node_level=tuple(d["level"] for d in n),
            node_label=tuple(d["label"] for d in n),
            node_xy=np.array([d["xy"] for d in n], dtype=float).reshape(-1, 2),
            node_capacity=np.array([d["capacity"] for d in n], dtype=float),
            node_width=np.array([d["width"] for d in n], dtype=float),
            link_u=np.array([d["u"] for d in m], dtype=np.int64),
            link_v=np.array([d["v"] for d in m], dtype=np.int64),
            link_length=np.array([d["length"] for d in m], dtype=float),
            link_kind=tuple(d["kind"] for d in m),
            link_zone=np.array([d["zone"] for d in m], dtype=np.int64),
            link_k=np.array([d["k"] for d in m], dtype=float),
            link_capacity=np.array([d["capacity"] for d in m], dtype=float),
            link_element=tuple(d["element"] for d in m),
            link_server=np.array([d["server"] for d in m], dtype=np.int64),
            server_ids=tuple(d["id"] for d in srv),
            server_kind=tuple(d["kind"] for d in srv),
            server_element=tuple(d["element"] for d in srv),
            server_level=tuple(d["level"] for d in srv),
            server_capacity=np.array([d["capacity"] for d in srv], dtype=float),
            zone_ids=tuple(d["id"] for d in z),
            zone_kind=tuple(d["kind"] for d in z),
            zone_level=tuple(d["level"] for d in z),
            zone_area=np.array([d["area"] for d in z], dtype=float),
            zone_k=np.array([d["k"] for d in z], dtype=float),
            sources=tuple(self._sources),
        )
