"""Load the UI translation (Qt Linguist .qm) and Qt's own qtbase translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evac_toolkit.core.paths import translations_dir

_installed: list[QTranslator] = []
_current = "en"


def current_ui_language() -> str:
    """The UI language last installed: core messages (error codes) are worded in it too."""
    return _current


def install_translators(app: QCoreApplication, ui_language: str) -> bool:
    """Replace the installed translators with ``ui_language``'s; True if ours was found.

    English is the source language, so an English UI needs only Qt's own file.
    """
    global _current
    _current = ui_language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours_loaded = ui_language == "en"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{ui_language}", qt_dir),
                  (f"evac_toolkit_{ui_language}", str(translations_dir()))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            ours_loaded = ours_loaded or name.startswith("evac_toolkit")
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if ui_language == "ja"
                               else QLocale.Language.English))
    return ours_loaded
