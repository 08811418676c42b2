"""Set the interface language: our gettext catalog for every word of ours, Qt's own qtbase
translation for Qt's dialogs, and our catalog again for the few Qt strings Qt's file lacks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evac_toolkit.core import i18n as catalogs

_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Qt's own strings that ``qtbase_*.qm`` lacks, from our catalog under Qt's context
    (``evac_toolkit/ui/qt_strings.py``); anything else is left to the next translator."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalogs.catalog(language)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's API
        # None is Qt's null string, "not mine": Qt then asks the next translator (qtbase_*.qm).
        # An empty string would be taken as the translation and blank the label.
        if not context or not source:
            return None
        text = self._catalog.pgettext(context, source)
        return None if text == source else text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def current_ui_language() -> str:
    """The interface language last set: core messages (error codes) are worded in it too."""
    return catalogs.current_language()


def install_translators(app: QCoreApplication, ui_language: str) -> bool:
    """Make ``ui_language`` the interface language; True if its catalog was found.

    English is the source language, so an English UI needs only Qt's own file.
    """
    catalogs.set_language(ui_language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours_found = ui_language in catalogs.available_languages()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{ui_language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if ui_language != catalogs.SOURCE_LANGUAGE:
        ours = CatalogTranslator(ui_language, app)
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(QLocale(ui_language))
    return ours_found
