"""What a briefing pack holds and how it looks: :class:`PackOptions` and :class:`RouteRequest`.

Options are a frozen value checked when built, so a bad option is refused
before any page is drawn, with a :class:`~venueplanner.briefing.errors.PackOptionError`
naming the option.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum

from venueplanner.briefing.errors import PackOptionError

__all__ = ["LANGUAGES", "PAPERS", "SECTIONS", "Orientation", "PackOptions", "RouteRequest", "Section", "parse_route"]

#: Languages a pack is written in.
LANGUAGES = ("fr", "en")
#: Paper sizes, portrait, in PostScript points (1/72 inch): ISO 216 A4 (210 x 297 mm) and A3 (297 x 420 mm).
PAPERS = {"A4": (595.2756, 841.8898), "A3": (841.8898, 1190.5512)}


class Section(StrEnum):
    """The parts of a pack, in the order they are printed."""

    COVER = "cover"
    SITE = "site"  # north-up site overview: accesses, staging points
    LEVELS = "levels"  # one gridded plan per level
    ROUTES = "routes"  # one route card per unit
    EVACUATION = "evacuation"
    LOG = "log"  # update log and distribution list


SECTIONS = tuple(Section)


class Orientation(StrEnum):
    """How plans are turned on the page."""

    NORTH = "north"  # true north up (tactical sheets)
    PLAN = "plan"  # the plan's +Y axis up, as drawn by the architect (viewer-oriented posters)


@dataclass(frozen=True, slots=True)
class RouteRequest:
    """One unit's route: from a staging point (or any end) to its target, for a movement profile.

    origin, target : ids or names of markers, spaces, openings or connectors, or ``"x,y@level"``.
    profile : a movement profile name (``routing.profile_names()``); "" for the default.
    name : what the card is titled, e.g. the unit's call sign; "" for "origin -> target".
    avoid : elements the route must not use (openings, connectors, spaces, zone markers).
    via : ends the route passes through, in order.
    scenario_id : the project's scenario the route is computed in; None for the pack's own.
    """

    origin: str
    target: str
    profile: str = ""
    name: str = ""
    avoid: tuple[str, ...] = ()
    via: tuple[str, ...] = ()
    scenario_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "avoid", tuple(self.avoid))
        object.__setattr__(self, "via", tuple(self.via))

    @classmethod
    def of_saved(cls, saved) -> RouteRequest:
        """The request of a route kept in the project (:class:`models.SavedRoute`), with all its options."""
        return cls(saved.origin, saved.target, saved.profile, saved.name, saved.avoid, saved.via, saved.scenario_id)

    def describe(self) -> str:
        """``"STG-1 -> REGIE (team)"``: how errors name the route."""
        return f"{self.origin} -> {self.target}" + (f" ({self.profile})" if self.profile else "")


def parse_route(text: str) -> RouteRequest:
    """Read ``FROM:TO[:PROFILE]`` (the command line's ``--route``).

    >>> parse_route("STG-1:REGIE:team")
    RouteRequest(origin='STG-1', target='REGIE', profile='team', name='')

    Points ``x,y@level`` hold no colon, so the text splits on colons.
    """
    parts = [p.strip() for p in text.split(":")]
    if len(parts) not in (2, 3) or not all(parts):
        raise PackOptionError("--route", text, "write it FROM:TO or FROM:TO:PROFILE, e.g. STG-1:REGIE:team")
    return RouteRequest(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


_LIST_LIMIT = 200


@dataclass(frozen=True, slots=True)
class PackOptions:
    """Everything the user chooses about a pack.

    Attributes
    ----------
    language : "fr" or "en"
    paper : "A4" or "A3" (portrait; plan sheets turn to landscape when the venue is wider than tall)
    levels : level ids to print a plan of; empty for all
    routes : route cards to print (one per unit)
    sections : parts to print, among :data:`SECTIONS`; empty for all
    redacted : leave out the sensitive assets (``models.SENSITIVE_MARKERS``) everywhere
    password : encrypt the file (AES-256) with this password; "" for none
    classification : marking repeated in every page's header and footer ("DIFFUSION RESTREINTE"); "" for none
    author, date : printed on the cover; `date` also dates the file, so a fixed date gives the same bytes
    distribution : who receives a copy, one entry per line of the distribution list
    orientation : north-up (default) or plan-up sheets
    main_entrance : the exit numbered 1 among the exterior doors; "" to let it be chosen (see numbering)
    views_per_route : at most this many 3D views of decision points per route card (0: none)
    scenario : the project scenario (id) routes and evacuation are computed in; "" for the plain venue
    rules : the evacuation rule set (``routing.evacuation.RULESET_NAMES``), for occupant loads and checks
    exit_loss : run the exit-loss sweep (each exit lost in turn) for the evacuation summary
    """

    language: str = "fr"
    paper: str = "A4"
    levels: tuple[str, ...] = ()
    routes: tuple[RouteRequest, ...] = ()
    sections: tuple[Section, ...] = ()
    redacted: bool = False
    password: str = field(default="", repr=False)
    classification: str = ""
    author: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    distribution: tuple[str, ...] = ()
    orientation: Orientation = Orientation.NORTH
    main_entrance: str = ""
    views_per_route: int = 4
    scenario: str = ""
    rules: str = "fr-erp"
    exit_loss: bool = True

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise PackOptionError("language", self.language, f"choose one of {', '.join(LANGUAGES)}")
        paper = str(self.paper).upper()
        if paper not in PAPERS:
            raise PackOptionError("paper", self.paper, f"choose one of {', '.join(PAPERS)}")
        object.__setattr__(self, "paper", paper)
        object.__setattr__(self, "levels", tuple(str(x) for x in self.levels))
        routes = tuple(r if isinstance(r, RouteRequest) else parse_route(str(r)) for r in self.routes)
        object.__setattr__(self, "routes", routes)
        sections = []
        for s in self.sections:
            try:
                sections.append(Section(str(s).strip().lower()))
            except ValueError:
                raise PackOptionError("sections", s, f"choose among {', '.join(SECTIONS)}") from None
        object.__setattr__(self, "sections", tuple(sorted(set(sections), key=SECTIONS.index)))
        try:
            object.__setattr__(self, "orientation", Orientation(self.orientation))
        except ValueError:
            raise PackOptionError("orientation", self.orientation, "choose north or plan") from None
        if isinstance(self.date, dt.datetime) or not isinstance(self.date, dt.date):
            raise PackOptionError("date", self.date, "give a calendar date (datetime.date), e.g. 2025-03-01")
        for name in ("classification", "author"):
            value = getattr(self, name)
            if len(value) > _LIST_LIMIT or re.search(r"[\x00-\x1f]", value):
                raise PackOptionError(name, value, f"one line of at most {_LIST_LIMIT} characters")
        object.__setattr__(self, "distribution", tuple(str(x) for x in self.distribution))
        from routing.evacuation import RULESET_NAMES

        if self.rules not in RULESET_NAMES:
            raise PackOptionError("rules", self.rules, f"choose one of {', '.join(RULESET_NAMES)}")
        if not 0 <= int(self.views_per_route) <= 8:
            raise PackOptionError("views_per_route", self.views_per_route, "between 0 and 8")

    @property
    def page_size(self) -> tuple[float, float]:
        """Portrait (width, height), points."""
        return PAPERS[self.paper]

    def includes(self, section: Section) -> bool:
        """Whether `section` is printed."""
        return not self.sections or section in self.sections
