"""What each DXF layer holds: the role of a layer from its name, and the level a layer prefix names.

Roles
-----
``walls``     wall lines: solid, rooms are derived from them, extruded for the 3D view
``windows``   glazing and windows: solid like walls (nobody walks through a window)
``columns``   columns and posts: solid, they become holes in the spaces
``doors``     door symbols: swing arcs and leaf lines, or door blocks (INSERT)
``rooms``     closed room outlines (polylines, circles, hatches): each becomes a space
``stairs``    stair drawings: kept as context only
``labels``    TEXT / MTEXT naming the rooms they sit in
``ignore``    read and left out on purpose (furniture, hatching, dimensions, roof, ...)

A layer's name is matched case- and accent-insensitively: the name is cut into
words (at spaces, punctuation and camelCase) and a role applies when one of its
patterns starts a word (``"mur"`` matches ``MURS_EXT`` and ``A-MUR``) or, for a
pattern holding a dash, appears in the name (``"a-area"`` matches ``A-AREA-IDEN``).
The first role in :data:`DEFAULT_PATTERNS` that matches wins. A user's mapping
(``ImportOptions.layers``: layer name or glob such as ``"A-*"`` -> role) is
consulted first.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

ROLES = ("walls", "windows", "columns", "doors", "rooms", "stairs", "labels", "ignore")

#: Roles whose lines nobody walks through.
SOLID_ROLES = ("walls", "windows", "columns")

#: Default name patterns per role, English and French, in the order they are tried.
DEFAULT_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (role, tuple(words.split()))
    for role, words in (
        ("doors", "porte-fenetre portefenetre"),  # a French window is a door
        ("ignore", "furn mobil equip hatch hachur dim cot projection roof toit cancel defpoints cartouche titleblock"),
        ("walls", "wall mur cloison partition a-wall"),
        ("windows", "window fenetre glaz glass vitr verre crystal cristal a-glaz"),
        ("doors", "door porte a-door"),
        ("columns", "column colonne poteau pilier pillar a-cols"),
        ("stairs", "stair escalier step marche a-flor-strs"),
        ("rooms", "room local locaux piece espace space area zone a-area"),
        ("labels", "text label texte nom name a-anno"),
    )
)


def _fold(text: str) -> str:
    """Lower case without accents: ``"Pièces"`` -> ``"pieces"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _words(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)  # camelCase -> camel Case
    return [w for w in re.split(r"[^0-9a-z]+", _fold(spaced)) if w]


def default_role(name: str) -> str | None:
    """The role the default patterns give a layer name, or None when none matches.

    >>> default_role("Walls"), default_role("A-DOOR"), default_role("Pièces"), default_role("Flooring")
    ('walls', 'doors', 'rooms', None)
    >>> default_role("MURS_PORTEURS"), default_role("Porte-fenêtre"), default_role("Mobilier")
    ('walls', 'doors', 'ignore')
    """
    words = _words(name)
    dashed = "-".join(words)
    for role, patterns in DEFAULT_PATTERNS:
        for pattern in patterns:
            if "-" in pattern:
                if pattern in dashed or pattern.replace("-", "") in "".join(words):
                    return role
            elif any(w.startswith(pattern) for w in words):
                return role
    return None


@dataclass(frozen=True, slots=True)
class LayerMap:
    """Resolve layer names to roles: the user's mapping first, then the defaults.

    user : layer name or glob (``*``, ``?``) -> role; matched case-insensitively.
    """

    user: Mapping[str, str]

    def __post_init__(self) -> None:
        bad = {k: v for k, v in self.user.items() if v not in ROLES}
        if bad:
            name, role = next(iter(bad.items()))
            raise ValueError(f"layer {name!r}: unknown role {role!r}; roles are {', '.join(ROLES)}")

    def user_role(self, name: str) -> str | None:
        """The role the user's mapping gives `name` (exact names before globs), or None."""
        folded = _fold(name)
        for pattern, role in self.user.items():
            if _fold(pattern) == folded:
                return role
        for pattern, role in self.user.items():
            if any(c in pattern for c in "*?[") and fnmatch.fnmatchcase(folded, _fold(pattern)):
                return role
        return None

    def role(self, name: str) -> str | None:
        """The role of a layer: the user's mapping, else the default patterns, else None."""
        role = self.user_role(name)
        return role if role is not None else default_role(name)


# --- levels from layer prefixes -------------------------------------------------------------------------------

_LEVEL_PREFIXES = (
    (re.compile(r"^(?:RDC|GF|GROUND)(?=$|[-_ .])", re.I), lambda m: 0),
    (re.compile(r"^R\+(\d+)(?=$|[-_ .])", re.I), lambda m: int(m.group(1))),
    (re.compile(r"^(?:R-|SS|B)(\d+)(?=$|[-_ .])", re.I), lambda m: -int(m.group(1))),
    (
        re.compile(r"^(?:L|LEVEL|N|NIV|NIVEAU|E|ETAGE|F|FLOOR)[_ ]?(-?\d+)(?=$|[-_ .])", re.I),
        lambda m: int(m.group(1)),
    ),
)


@dataclass(frozen=True, slots=True)
class LevelPrefix:
    """A level named by a layer prefix: ``R+1-Murs`` -> prefix ``R+1``, storey 1, rest ``Murs``."""

    prefix: str
    storey: int
    rest: str


def level_prefix(name: str) -> LevelPrefix | None:
    """The level prefix of a layer name, or None when it has none.

    Recognised: ``L0-``, ``L1_``, ``LEVEL 2``, ``N-1``, ``E3``, ``F2`` (storey numbers; a dash
    right after the letter is a minus sign: ``N-1`` is the first basement),
    ``RDC`` / ``GF`` (ground floor, 0), ``R+1`` (first floor), ``R-1``, ``SS1``, ``B1``
    (basements, -1).

    >>> level_prefix("L1-Walls")
    LevelPrefix(prefix='L1', storey=1, rest='Walls')
    >>> level_prefix("R+2_Murs").storey, level_prefix("RDC-Portes").storey, level_prefix("SS1 murs").storey
    (2, 0, -1)
    >>> level_prefix("Walls") is None, level_prefix("Layer1") is None
    (True, True)
    """
    for pattern, storey in _LEVEL_PREFIXES:
        m = pattern.match(name)
        if m:
            rest = name[m.end() :].lstrip("-_ .")
            return LevelPrefix(m.group(0), storey(m), rest)
    return None


def layer_role(layers: LayerMap, name: str, *, by_prefix: bool) -> tuple[str, str | None]:
    """``(level key, role)`` of a layer: the key is the upper-cased level prefix, ``""`` for one level per file.

    >>> layer_role(LayerMap({}), "R+1-Murs", by_prefix=True), layer_role(LayerMap({}), "R+1-Murs", by_prefix=False)
    (('R+1', 'walls'), ('', 'walls'))
    """
    found = level_prefix(name) if by_prefix else None
    if found is None:
        return "", layers.role(name)
    role = layers.user_role(name)
    return found.prefix.upper(), role if role is not None else layers.role(found.rest or name)
