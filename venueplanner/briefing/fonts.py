"""The TrueType fonts every pack embeds: DejaVu Sans (regular, bold, condensed), which has the accents of French.

The package ships the three files under ``briefing/fonts/`` (DejaVu 2.37,
Bitstream Vera licence with public-domain changes: ``LICENSE-DejaVu.txt``), so
a pack made on any machine embeds the same glyphs and the same inputs give the
same bytes. If the shipped files are missing (a trimmed install), the fonts of
Debian's ``fonts-dejavu-core`` or matplotlib's copy are used instead, and the
bytes then depend on that copy. Fonts are always embedded (subset), never
referenced, so the PDF reads the same on a tablet without the fonts.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from venueplanner.briefing.errors import PackError

log = logging.getLogger(__name__)

__all__ = ["BOLD", "CONDENSED", "REGULAR", "font_files", "register_fonts", "text_width"]

#: reportlab names of the fonts, as the pages use them.
REGULAR = "VP-DejaVuSans"
BOLD = "VP-DejaVuSans-Bold"
CONDENSED = "VP-DejaVuSansCondensed"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CONDENSED: "DejaVuSansCondensed.ttf"}
_SYSTEM_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu: fonts-dejavu-core
    Path("/usr/share/fonts/dejavu"),  # Fedora, Arch
    Path("/usr/local/share/fonts/dejavu"),
)


def _candidate_folders() -> list[Path]:
    folders = [Path(str(resources.files("venueplanner.briefing").joinpath("fonts")))]
    folders += _SYSTEM_FOLDERS
    try:  # matplotlib ships DejaVu; it comes with pyvista
        import matplotlib

        folders.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:
        pass
    return folders


@cache
def font_files() -> dict[str, Path]:
    """The file used for each font name, from the first folder that holds all three.

    Raises
    ------
    PackError
        No folder holds DejaVu Sans: the pack cannot print accents without it.
    """
    for folder in _candidate_folders():
        paths = {name: folder / file for name, file in _FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    raise PackError(
        "no DejaVu Sans font found (needed to print accented text): reinstall venueplanner, "
        "or install the fonts-dejavu-core package"
    )


@cache
def register_fonts() -> tuple[str, str, str]:
    """Register the fonts with reportlab once; returns (regular, bold, condensed) names."""
    for name, path in font_files().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
        log.debug("font %s from %s", name, path)
    return REGULAR, BOLD, CONDENSED


def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` set in `font` at `size`, points."""
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)
