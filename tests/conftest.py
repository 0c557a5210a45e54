"""Fixtures shared by every test package: paths to the project's samples and to the shared real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
#: Real building files written by other people; CI has ../shared beside the checkout.
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture
def sample():
    """``sample("office.yaml")`` -> path of a file the project ships under samples/."""

    def find(name: str) -> Path:
        path = SAMPLES / name
        assert path.exists(), f"missing project sample {path}"
        return path

    return find


@pytest.fixture
def shared_sample():
    """``shared_sample("ifc/AC20-FZK-Haus.ifc")`` -> path under ../shared/samples (never copied here)."""

    def find(name: str) -> Path:
        path = SHARED_SAMPLES / name
        assert path.exists(), f"missing shared sample {path}: ../shared must sit beside the checkout"
        return path

    return find
