"""Shared state of the fingerboards on screen: the evacuee's language, the text size, the theme.

Every card, tile and tool reads its words, fonts and colours from one :class:`BoardContext`, so
choosing a language, pressing A+ or switching to high contrast repaints everything at once. Text is
laid out here too, line by line with each script's own leading: Burmese and Sinhala stack marks far
above and below the line, and Qt's default line height clips them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QTextLayout,
    QTextOption,
)

from evac_toolkit.core import fonts, ruby, slot_text
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, catalog
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.i18n import current_ui_language

if TYPE_CHECKING:     # the bank is loaded when the boards are first built, not at start-up
    from evac_toolkit.core.content.bank import ContentBank


def missing_note(language: str) -> str:
    """Shown on a card whose phrase the evacuee's language does not have yet, in Japanese and
    English above the Japanese phrase: the volunteer knows why, and the evacuee is not left with
    an empty card."""
    return message_catalog(language).pgettext("board card",
                                              "Not yet translated into this language")


EMOJI_FAMILY = "Noto Emoji"
JAPANESE = "ja"
SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)

#: Base type sizes in points at 100 %; everything on the boards is a multiple of these.
SIZES = {
    "primary": 19.0, "secondary": 13.0, "pictogram": 28.0, "note": 11.0, "tile": 22.0,
    "chooser": 13.0, "chooser_small": 10.5, "answer": 17.0, "answer_small": 12.0,
    "pad": 30.0, "display": 54.0, "header": 20.0,
}

CHROME_ROLES = ("chooser", "chooser_small", "answer", "answer_small")
#: Navigation and answers on a short screen (1024×600, 1366×768): the cards keep the room.
COMPACT_CHROME = 0.9


@dataclass(frozen=True)
class Colors:
    background: str
    card: str
    border: str
    text: str
    subtle: str
    accent: str
    selected: str
    selected_text: str
    focus: str
    note: str
    note_text: str
    yes: str
    no: str

    def q(self, name: str) -> QColor:
        return QColor(getattr(self, name))


NORMAL = Colors(background="#eef2f7", card="#ffffff", border="#b8c4d2", text="#111418",
                subtle="#3d4a57", accent="#1f5fa8", selected="#ffe38a", selected_text="#111418",
                focus="#1f5fa8", note="#fff3c4", note_text="#5a4500", yes="#1d7a3a",
                no="#b3261e")
CONTRAST = Colors(background="#000000", card="#000000", border="#ffff00", text="#ffff00",
                  subtle="#ffffff", accent="#ffff00", selected="#ffff00", selected_text="#000000",
                  focus="#00ffff", note="#000000", note_text="#ffffff", yes="#ffff00",
                  no="#ffff00")


@dataclass(frozen=True)
class Phrase:
    """What one card says: the evacuee's language first, Japanese below."""

    key: str
    primary: str
    primary_code: str
    secondary: str | None
    missing: bool = False
    pictogram: str = ""


@cache
def _languages() -> dict[str, Language]:
    return {language.code: language for language in catalog()}


def language_info(code: str | None) -> Language | None:
    return _languages().get(code) if code else None


def font_families(code: str | None) -> list[str]:
    """The language's own font first, then the bundled fallbacks (digits, brackets, emoji)."""
    language = language_info(code)
    chain = [language.font] if language else []
    for family in (*fonts.fallback_families(), EMOJI_FAMILY):
        if family not in chain:
            chain.append(family)
    return chain


def leading(code: str | None) -> float:
    language = language_info(code)
    try:
        return fonts.font_specs()[language.font].leading if language else 1.22
    except KeyError:
        return 1.22


def make_font(code: str | None, point_size: float, weight: int = fonts.REGULAR) -> QFont:
    families = font_families(code)
    font = qfont(families[0], point_size, weight)
    font.setFamilies(families)
    return font


def emoji_font(point_size: float) -> QFont:
    font = qfont(EMOJI_FAMILY, point_size)
    font.setFamilies([EMOJI_FAMILY, *fonts.fallback_families()])
    return font


def ui_font(point_size: float, weight: int = fonts.REGULAR) -> QFont:
    """The volunteer's UI font (the interface language's), with the same fallbacks."""
    return make_font(current_ui_language(), point_size, weight)


class BoardContext(QObject):
    """The evacuee's language, text scale and theme, shared by every widget of the view."""

    changed = Signal()

    def __init__(self, bank: ContentBank, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.language: str | None = None
        self.scale = 1.0
        self.high_contrast = False
        self.compact = False            # a short screen: navigation and answers do not grow
        self.version = 0
        self._items = {item["id"]: item for item in bank.items}

    # -- settings ---------------------------------------------------------------------------------
    def _touch(self) -> None:
        self.version += 1
        self.changed.emit()

    def set_language(self, code: str | None) -> None:
        if code != self.language:
            self.language = code
            self._touch()

    def set_scale(self, scale: float) -> None:
        if scale != self.scale:
            self.scale = scale
            self._touch()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self._touch()

    def set_compact(self, on: bool) -> None:
        if on != self.compact:
            self.compact = on
            self._touch()

    @property
    def colors(self) -> Colors:
        return CONTRAST if self.high_contrast else NORMAL

    # -- words ------------------------------------------------------------------------------------
    def item(self, item_id: str) -> dict:
        return self._items[item_id]

    def text(self, code: str, key: str, number: str | None = None) -> str | None:
        """The string as it can be shown: furigana inline in brackets, slots filled."""
        value = self.bank.text(code, key)
        if value is None:
            return None
        language = language_info(code)
        furigana = language is not None and language.ruby
        # The number picks its words by the language's plural rules and counters (core).
        value = slot_text.fill(value, {"number": number or None}, code, ruby=furigana)
        if furigana:
            value = ruby.inline(value)
        return value

    def phrase(self, key: str, code: str | None = None, number: str | None = None) -> Phrase:
        """The card for ``key`` in ``code`` (default: the evacuee's language) and Japanese."""
        code = code or self.language or JAPANESE
        item = self._items.get(key, {})
        pictogram = item.get("pictogram", "").replace("\ufe0f", "")
        japanese = self.text(JAPANESE, key, number) or key
        if code == JAPANESE:
            return Phrase(key, japanese, JAPANESE, None, False, pictogram)
        shown = self.text(code, key, number)
        if shown is None:
            return Phrase(key, japanese, JAPANESE, None, True, pictogram)
        return Phrase(key, shown, code, japanese, False, pictogram)

    def board_title(self, keys: tuple[str, ...], code: str) -> str | None:
        parts = [self.text(code, key) for key in keys]
        if any(part is None for part in parts):
            return None
        return "・".join(parts) if code.startswith(JAPANESE) else " · ".join(parts)

    # -- fonts ------------------------------------------------------------------------------------
    @property
    def chrome_scale(self) -> float:
        """Navigation and the answer bar grow half as fast as the cards, so that at the largest
        text the boards still have room; on a short screen they are a tenth smaller and do not
        grow at all (they can still shrink)."""
        if self.compact:
            return min(COMPACT_CHROME, self.scale)
        return 1.0 + (self.scale - 1.0) * 0.5

    def scale_for(self, role: str) -> float:
        return self.chrome_scale if role in CHROME_ROLES else self.scale

    def font(self, code: str | None, role: str, weight: int = fonts.REGULAR) -> QFont:
        return make_font(code, SIZES[role] * self.scale_for(role), weight)

    def emoji(self, role: str = "pictogram") -> QFont:
        return emoji_font(SIZES[role] * self.scale_for(role))


# -- text layout ----------------------------------------------------------------------------------
def line_step(font: QFont, lead: float) -> float:
    """The distance between lines: the font's own height, or its leading if that is taller."""
    pixels = QFontInfo(font).pixelSize() or QFontMetricsF(font).height()
    return max(QFontMetricsF(font).height(), pixels * lead)


#: Where a Burmese syllable starts: before a consonant or independent vowel that is not stacked
#: (after U+1039) and not a syllable's killed final (followed by asat, virama or dot below).
_MYANMAR_SYLLABLE = re.compile(
    "(?<!\u1039)(?=[\u1000-\u102A\u103F\u104C-\u104F]"
    "(?![\u103B\u103E]?[\u1037\u1039\u103A]))")


def syllables(word: str) -> list[str]:
    """A Burmese word cut into syllables (the places a line may break inside it)."""
    cuts = [match.start() for match in _MYANMAR_SYLLABLE.finditer(word) if match.start() > 0]
    return [word[start:end] for start, end in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def break_at_spaces(text: str, font: QFont, width: float) -> str:
    """Lines broken at spaces, and inside a word too wide for a line only between syllables,
    joined by LINE SEPARATOR. For Burmese: Qt breaks it between grapheme clusters, which can
    put a syllable's killed final consonant (သ|ည့်) at the start of the next line."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for paragraph in text.split("\u2028"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line and metrics.horizontalAdvance(word) <= width:
                lines.append(line)
                line = word
                continue
            # The word does not fit a line of its own: fill lines syllable by syllable.
            joiner = " " if line else ""
            for syllable in syllables(word):
                candidate = f"{line}{joiner}{syllable}"
                if line and metrics.horizontalAdvance(candidate) > width:
                    lines.append(line)
                    line = syllable
                else:
                    line = candidate
                joiner = ""
        lines.append(line)
    return "\u2028".join(lines)


def _layout(text: str, font: QFont, width: float, code: str | None,
            align: Qt.AlignmentFlag, anywhere: bool = True) -> tuple[QTextLayout, float]:
    language = language_info(code)
    option = QTextOption(align)
    if needs_spaces(code):
        text = break_at_spaces(text, font, width)
        option.setWrapMode(QTextOption.WrapMode.ManualWrap)
    else:
        # Breaking "anywhere" can split a word of a script that needs no spaces only as a last
        # resort (CJK and Thai lines break between characters anyway).
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if anywhere
                           else QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if language and language.rtl
                            else Qt.LayoutDirection.LeftToRight)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    step = line_step(font, leading(code))
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        # Half a pixel of slack, as fits() allows: a line fitted to the pixel is not wrapped
        # again when drawn (a Sinhala title wrapped its last syllable onto the Japanese).
        line.setLineWidth(max(1.0, width + 0.5))
        line.setPosition(QPointF(0.0, y + (step - line.height()) / 2))
        y += step
    layout.endLayout()
    return layout, y


def text_height(text: str, font: QFont, width: float, code: str | None = None) -> float:
    if not text:
        return 0.0
    return _layout(text, font, width, code, Qt.AlignmentFlag.AlignLeft)[1]


def widest_line(text: str, font: QFont, width: float, code: str | None = None) -> float:
    """The widest line when wrapping only between words (wider than ``width`` when a word does
    not fit)."""
    layout, _ = _layout(text, font, width, code, Qt.AlignmentFlag.AlignLeft, anywhere=False)
    return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
               default=0.0)


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
              code: str | None = None,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
              valign: str = "top") -> float:
    """Wrap ``text`` into ``rect`` in its language's leading; returns the height used."""
    if not text:
        return 0.0
    layout, height = _layout(text, font, rect.width(), code, align)
    top = rect.top()
    if valign == "center":
        top += max(0.0, (rect.height() - height) / 2)
    elif valign == "bottom":
        top += max(0.0, rect.height() - height)
    painter.save()
    painter.setPen(color)
    layout.draw(painter, QPointF(rect.left(), top))
    painter.restore()
    return height


#: Scripts whose lines may only break at spaces: Qt breaks Burmese between grapheme clusters,
#: which can leave a syllable's killed final consonant (သ|ည့်) alone at the start of a line.
SPACE_BREAK_SCRIPTS = {"Mymr"}


def needs_spaces(code: str | None) -> bool:
    language = language_info(code)
    return bool(language and language.script in SPACE_BREAK_SCRIPTS)


def fits(text: str, font: QFont, width: float, height: float, code: str | None = None) -> bool:
    """True when ``text`` wraps between words (never inside one) within width × height."""
    layout, used = _layout(text, font, width, code, Qt.AlignmentFlag.AlignLeft, anywhere=False)
    widest = max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
                 default=0.0)
    return used <= height + 0.5 and widest <= width + 0.5


def fit_words(text: str, font: QFont, width: float, code: str | None,
              minimum: float = 0.45) -> QFont:
    """``font``, or smaller for scripts that must break at spaces, until no word is split."""
    if not needs_spaces(code) or fits(text, font, width, 1e9, code):
        return font
    return fit_font(text, font, width, 1e9, code, font.pointSizeF() * minimum)


#: Sizes already fitted: (text, font, box, language, minimum) → point size. Every tile and card
#: asks again at each layout pass and each paint, and the answer does not change.
_FITTED: dict[tuple, float] = {}
_FITTED_MAX = 20000


def fit_font(text: str, font: QFont, width: float, height: float, code: str | None = None,
             minimum: float = 9.0) -> QFont:
    """``font`` made smaller, if needed, until ``text`` fits ``width`` × ``height``."""
    key = (text, font.key(), round(width, 1), round(height, 1), code, round(minimum, 3))
    size = _FITTED.get(key)
    if size is None:
        size = _fitted_size(text, font, width, height, code, minimum)
        if len(_FITTED) >= _FITTED_MAX:
            _FITTED.clear()
        _FITTED[key] = size
    fitted = QFont(font)
    fitted.setPointSizeF(size)
    return fitted


def _fitted_size(text: str, font: QFont, width: float, height: float, code: str | None,
                 minimum: float) -> float:
    fitted = QFont(font)
    size = font.pointSizeF()
    if fits(text, fitted, width, height, code):
        return size
    if "\u2028" not in text and height < 2 * line_step(font, leading(code)):
        # Room for one line only: width shrinks in proportion to size, so start where it
        # would just fit instead of stepping down from the top (a layout per step).
        natural = QFontMetricsF(font).horizontalAdvance(text)
        if natural > width > 0:
            size = min(size, size * width / natural * 1.02)
    while size > minimum:
        fitted.setPointSizeF(size)
        if fits(text, fitted, width, height, code):
            return size
        size *= 0.92
    return minimum


def balanced_break(text: str) -> str:
    """``text`` as two lines, split at the space (or before a full-width bracket) nearest its
    middle: "やさしい にほんご", "Tagalog / Filipino", "タガログ語（フィリピン語）". Qt would
    otherwise break Japanese between any two kana and leave one alone on the second line."""
    candidates = [i for i, char in enumerate(text) if char in " （" and 0 < i < len(text) - 1]
    if not candidates:
        return text
    middle = len(text) / 2
    cut = min(candidates, key=lambda i: abs(i - middle))
    return text[:cut] + "\u2028" + text[cut + (text[cut] == " "):]


def fit_name(text: str, font: QFont, width: float, code: str | None,
             one_line_minimum: float = 0.8, two_line_minimum: float = 0.65) -> tuple[str, QFont]:
    """A short name (a language, a board): on one line if a little shrinking allows it, else on
    two balanced lines. Returns the text to draw (with its line break) and its font."""
    size = font.pointSizeF()
    step = line_step(font, leading(code))
    single = fit_font(text, font, width, step * 1.05, code, size * one_line_minimum)
    if fits(text, single, width, step * 1.05, code):
        return text, single
    split = balanced_break(text)
    return split, fit_font(split, font, width, step * 2.1, code, size * two_line_minimum)


def style_sheet(colors: Colors, root: str) -> str:
    """Backgrounds and plain Qt widgets of the boards (cards paint themselves)."""
    return f"""
#{root}, #{root} QScrollArea, #{root} QScrollArea > QWidget > QWidget#fbContent,
#{root} QStackedWidget, #{root} QWidget#fbContent {{ background: {colors.background}; }}
#{root} QPushButton {{
    background: {colors.card}; color: {colors.text}; border: 2px solid {colors.border};
    border-radius: 8px; min-height: 48px; padding: 0 14px;
}}
#{root} QPushButton[compact="true"] {{ padding: 0 8px; }}
#{root} QLineEdit {{ background: {colors.card}; color: {colors.text};
    border: 2px solid {colors.border}; border-radius: 8px; padding: 0 6px; }}
#{root} QLineEdit:focus {{ border: 3px solid {colors.focus}; }}
#{root} QPushButton:checked {{ background: {colors.selected}; color: {colors.selected_text};
    border-color: {colors.accent}; }}
#{root} QPushButton:focus {{ border: 3px solid {colors.focus}; }}
#{root} QPushButton:disabled {{ color: {colors.border}; }}
#{root} QFrame#fbSummary {{ background: {colors.card}; border: 2px solid {colors.border};
    border-radius: 10px; }}
#{root} QFrame#fbSummary QScrollArea, #{root} QWidget#fbSummaryBody {{
    background: transparent; }}
#{root} QFrame#fbSummary QLabel {{ color: {colors.text}; background: transparent; border: none; }}
#{root} QLabel#fbStatus, #{root} QLabel#searchHeading {{ color: {colors.text}; }}
#{root} QFrame#answerBar {{ background: {colors.background};
    border-top: 2px solid {colors.border}; }}
#{root} QScrollBar:vertical {{ background: {colors.background}; width: 16px; margin: 0; }}
#{root} QScrollBar::handle:vertical {{ background: {colors.border}; min-height: 48px;
    border-radius: 7px; margin: 1px; }}
#{root} QScrollBar::add-line:vertical, #{root} QScrollBar::sub-line:vertical {{ height: 0; }}
#{root} QScrollBar::add-page:vertical, #{root} QScrollBar::sub-page:vertical {{
    background: none; }}
"""
