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
    start-up does not wait for the static instances that printing needs.
    """
    families: list[str] = []
    for spec in fonts.font_specs().values():
        if spec.file.is_file():
            font_id = QFontDatabase.addApplicationFont(str(spec.file))
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(families)


def qfont(family: str, point_size: float, weight: int = fonts.REGULAR) -> QFont:
    """A QFont of ``family`` at ``weight`` on the variable weight axis.

    Noto Sans CJK's default instance is Thin; setting the axis gives real regular and bold outlines.
    We do not call setWeight(Bold): with only a Thin named instance Qt would also embolden
    synthetically, smearing CJK strokes.
    """
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setVariableAxis(_WGHT, float(weight))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
