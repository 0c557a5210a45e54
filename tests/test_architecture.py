"""The layers stay one-way and the core runs without Qt (headless servers, CI, scripts)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CORE_PACKAGES = ("models", "importers", "routing", "venueplanner")


def test_core_packages_and_headless_commands_import_without_qt():
    # A None entry in sys.modules makes any import of that name fail, so the
    # subprocess proves that no core module needs Qt, even indirectly.
    code = f"""
import importlib, pkgutil, sys
sys.modules.update(dict.fromkeys(["PySide6", "pyvistaqt", "superqt", "ui"]))
for name in {CORE_PACKAGES!r}:
    package = importlib.import_module(name)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        if not module.name.endswith("__main__"):  # running it would start the command line
            importlib.import_module(module.name)
from venueplanner.cli import main
assert main(["--help"]) == 0
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([lint_imports, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
