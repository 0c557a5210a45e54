"""Venues for the evacuation tests: the concert hall and the stadium samples, and small venues built in code."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def load_stadium_module():
    """``samples/stadium.py`` loaded by file path (it is a script, not a package module)."""
    name = "venueplanner_sample_stadium"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SAMPLES / "stadium.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def concert_hall():
    from venueplanner.files import open_venue

    return open_venue(SAMPLES / "concert-hall.yaml").venue


@pytest.fixture(scope="session")
def stadium_20k():
    return load_stadium_module().build_stadium(20_000)
