"""Register the bundled fonts with Qt so every language renders on a machine with no fonts."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from evac_toolkit.core import fonts

_WGHT = QFont.Tag.fromString("wght")


@cache
def register_application_fonts() -> tuple[str, ...]:
    """Add every configured font file to Qt's database once; returns the families Qt reports.

    The variable files are registered directly: Qt applies the weight axis itself (see qfont), so
    start-up does not wait for the static instances that printing needs. The desktop bundle
    ships CJK families as static regular and bold files only (fonts.screen_files).
    """
    families: list[str] = []
    for family in fonts.font_specs():
        for file in fonts.screen_files(family):
            if file.is_file():
                font_id = QFontDatabase.addApplicationFont(str(file))
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def qfont(family: str, point_size: float, weight: int = fonts.REGULAR) -> QFont:
    """A QFont of ``family`` at ``weight`` on the variable weight axis.

    Noto Sans CJK's default instance is Thin; setting the axis gives real regular and bold outlines.
    We do not call setWeight(Bold): with only a Thin named instance Qt would also embolden
    synthetically, smearing CJK strokes. A family drawn from static files (the bundle's CJK) has
    a real face per weight, chosen by setWeight.
    """
    font = QFont(family)
    font.setPointSizeF(point_size)
    if fonts.static_on_screen(family):
        font.setWeight(QFont.Weight(weight))
    font.setVariableAxis(_WGHT, float(weight))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
