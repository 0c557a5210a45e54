"""French and English: Qt translation files and choosing the language at start.

The source strings are English. ``venueplanner_fr.ts`` holds the French
translations (edit it with Qt Linguist, ``pyside6-linguist``) and
``venueplanner_fr.qm`` is what the application loads; ``python -m ui.i18n``
refreshes the .ts from the sources and compiles the .qm.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
#: Languages the application ships, code -> name in that language.
LANGUAGES = {"en": "English", "fr": "Français"}


def system_language() -> str:
    """The operating system's language if shipped, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve(language: str) -> str:
    """``"system"`` -> the system's language; an unknown code -> English."""
    if language == "system":
        return system_language()
    return language if language in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the application's and Qt's own translators for `language`; returns them (keep them alive).

    English has a file for its plural forms only. A missing .qm file is logged
    and the application stays in English.
    """
    code = resolve(language)
    QLocale.setDefault(QLocale(code))  # numbers and dates follow the interface's language
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(HERE / f"venueplanner_{code}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation file for %s in %s; the interface stays in English", code, HERE)
    if code == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
