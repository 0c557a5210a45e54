"""Packs of the concert hall sample built once per test session, and helpers to read them back.

Reading back uses poppler's tools (``pdftotext``, ``pdfinfo``, ``pdffonts``,
``pdftoppm`` for pages as pictures), which scripts/system-deps.sh installs,
never the code under test.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from models import run_sync
from venueplanner.briefing import PackOptions, iter_assemble
from venueplanner.files import open_venue

ROOT = Path(__file__).resolve().parents[3]
CONCERT = ROOT / "samples" / "concert-hall.yaml"
DATE = dt.date(2025, 3, 1)
MARKING = "DIFFUSION RESTREINTE"
#: The three units of the acceptance pack: staging points to the régie, the stage and the plant room.
ROUTES = ("STG-1:REGIE:team", "STG-2:stage:stretcher", "STG-2:tech:team")


def options(**changes) -> PackOptions:
    base = dict(
        language="fr",
        routes=ROUTES,
        classification=MARKING,
        author="Cne Martin, SDIS 75",
        date=DATE,
        distribution=("PC opérationnel", "Commissariat du 11e arrondissement"),
        exit_loss=False,
    )
    return PackOptions(**(base | changes))


@pytest.fixture(scope="session")
def concert():
    """The concert hall sample as a project."""
    return open_venue(CONCERT).project


@pytest.fixture(scope="session")
def fr_pack(concert):
    """The full French pack with three route cards and the exit-loss sweep."""
    return run_sync(iter_assemble(concert, options(exit_loss=True)))


@pytest.fixture(scope="session")
def en_pack(concert):
    """The English pack, same routes, without the exit-loss sweep."""
    return run_sync(iter_assemble(concert, options(language="en")))


@pytest.fixture(scope="session")
def redacted_pack(concert):
    """The redacted French pack (every section, one 3D view per route)."""
    return run_sync(iter_assemble(concert, options(redacted=True, views_per_route=1)))


def _poppler(tool: str, data: bytes, *args: str, tmp: Path | None = None) -> str:
    """Run a poppler tool (pdftotext, pdffonts, pdfinfo) on `data`; its standard output."""
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} (poppler-utils) is needed; scripts/system-deps.sh installs it")
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "pack.pdf"
        pdf.write_bytes(data)
        done = subprocess.run([tool, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])], capture_output=True,
                              text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        raise PdfReadError(done.stderr.strip())
    return done.stdout


class PdfReadError(Exception):
    """poppler refused the file (e.g. a wrong password)."""


def page_texts(data: bytes, password: str | None = None) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    args = ["-upw", password] if password is not None else []
    return _poppler("pdftotext", data, "-enc", "UTF-8", *args).split("\f")[:-1]


def pdf_info(data: bytes, password: str | None = None) -> dict[str, str]:
    """pdfinfo's fields (Title, Author, Subject, CreationDate, Pages, Encrypted, ...)."""
    args = ["-upw", password] if password is not None else []
    out = _poppler("pdfinfo", data, "-isodates", *args)
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}


def pdf_fonts(data: bytes) -> list[dict[str, str]]:
    """One row per font: name, type, embedded ("yes"/"no"), subset, unicode map."""
    lines = _poppler("pdffonts", data).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        rows.append(
            {"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3], "type": " ".join(parts[1:-6])}
        )
    return rows


def render_page(data: bytes, number: int, dpi: int, tmp_path: Path) -> np.ndarray:
    """Page `number` (1-based) as an (h, w, 3) uint8 array, drawn by pdftoppm at `dpi`."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed; scripts/system-deps.sh installs it")
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(data)
    out = tmp_path / f"page{number}"
    subprocess.run(["pdftoppm", "-f", str(number), "-l", str(number), "-r", str(dpi), "-png", "-singlefile",
                    str(pdf), str(out)], check=True)  # fmt: skip
    return np.asarray(Image.open(f"{out}.png").convert("RGB"))


def pixel_of(point_pt: tuple[float, float], page_height_pt: float, dpi: int) -> tuple[int, int]:
    """(row, column) of the pixel at a page point (points, origin bottom-left)."""
    scale = dpi / 72.0
    return round((page_height_pt - point_pt[1]) * scale), round(point_pt[0] * scale)


def hex_rgb(colour: str) -> np.ndarray:
    h = colour.lstrip("#")
    return np.array([int(h[i : i + 2], 16) for i in (0, 2, 4)])


def share_of(image: np.ndarray, centre: tuple[int, int], half: int, colour: str, tolerance: int = 8) -> float:
    """Share of the pixels of the square of half-side `half` round `centre` that have `colour` (± tolerance)."""
    r, c = centre
    patch = image[r - half : r + half + 1, c - half : c + half + 1].astype(int)
    close = np.all(np.abs(patch - hex_rgb(colour)) <= tolerance, axis=-1)
    return float(close.mean())
