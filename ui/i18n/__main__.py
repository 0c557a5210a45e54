"""``python -m ui.i18n``: refresh the .ts files from the sources, then compile them to .qm.

New strings appear in the .ts files as unfinished; translate them with Qt
Linguist (``pyside6-linguist ui/i18n/venueplanner_fr.ts``) and run this again.
English has a file too, for its plural forms ("1 error", "2 errors").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
UI = HERE.parent
TOOLS = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p) for p in UI.glob("*.py"))
    for code in ("fr", "en"):
        ts = HERE / f"venueplanner_{code}.ts"
        subprocess.run(
            [TOOLS / "pyside6-lupdate", *sources, "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", code, "-ts", ts],
            check=True,
        )  # fmt: skip
        subprocess.run([TOOLS / "pyside6-lrelease", ts, "-qm", ts.with_suffix(".qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
