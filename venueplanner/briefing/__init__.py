"""Briefing packs: the printable PDF an intervention unit takes along, and the numbers it shares with other views.

>>> from venueplanner.briefing import PackOptions, build_pack  # doctest: +SKIP
>>> data = build_pack(project, PackOptions(language="fr", routes=("STG-1:REGIE:team",)))  # doctest: +SKIP

See ``docs/briefing-packs.md``. The API is Qt-free: the desktop application's
export dialog runs :func:`iter_assemble` in a child process (``ui.export_child``)
and shows the :class:`models.Progress` it reports.
"""

from models.numbering import exterior_door_numbers, main_entrance
from venueplanner.briefing.errors import PackError, PackOptionError, PackRouteError, RedactionError
from venueplanner.briefing.evacuation_page import EvacuationSummary
from venueplanner.briefing.options import LANGUAGES, PAPERS, SECTIONS, Orientation, PackOptions, RouteRequest, Section
from venueplanner.briefing.pack import BuiltPack, PageInfo, build_pack, iter_assemble, iter_build_pack, write_pack

__all__ = [
    "LANGUAGES",
    "PAPERS",
    "SECTIONS",
    "BuiltPack",
    "EvacuationSummary",
    "Orientation",
    "PackError",
    "PackOptionError",
    "PackOptions",
    "PackRouteError",
    "PageInfo",
    "RedactionError",
    "RouteRequest",
    "Section",
    "build_pack",
    "exterior_door_numbers",
    "iter_assemble",
    "iter_build_pack",
    "main_entrance",
    "write_pack",
]
