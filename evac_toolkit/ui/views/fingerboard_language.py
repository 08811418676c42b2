"""The language check board: "point to your language" in every language, one tile per language
in its own script, then how much Japanese the person understands."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from evac_toolkit.core.languages import catalog
from evac_toolkit.ui.views.fingerboard_cards import (
    CardGrid,
    ChooserButton,
    LanguageTile,
    PhraseCard,
)
from evac_toolkit.ui.views.fingerboard_style import (
    JAPANESE,
    BoardContext,
    draw_text,
    language_info,
    text_height,
)
from evac_toolkit.ui.views.fingerboard_tools import BoardPage, BoardState


class TextBlock(QWidget):
    """One string in its language's font and leading, wrapped; not a button."""

    def __init__(self, context: BoardContext, text: str, code: str, role: str = "note",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.text, self.code, self.role = context, text, code, role
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        context.changed.connect(self.updateGeometry)

    def font_(self) -> QFont:
        return self.context.font(self.code, self.role)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int(text_height(self.text, self.font_(), width, self.code) + 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        draw_text(painter, QRectF(self.rect()), self.text, self.font_(),
                  self.context.colors.q("subtle"), self.code)
        painter.end()


class LanguageButton(ChooserButton):
    """The chooser's first button: the chosen language's own name, or "Language"."""

    def titles(self) -> tuple[str, str, str | None]:
        language = language_info(self.context.language)
        if language is None:
            return super().titles()
        short = language.japanese.split("（")[0]       # ミャンマー語（ビルマ語）→ ミャンマー語
        return language.native, language.code, (short if language.code != JAPANESE else None)


class LanguagePage(BoardPage):
    """The language check: "point to your language" in every language, one tile per language,
    then how much Japanese the person understands (in Easy Japanese and Japanese)."""

    chosen = Signal(str)

    def __init__(self, context: BoardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "language_check", parent)
        prompt = PhraseCard(context, "language_check.prompt", roles=("header", "secondary"),
                            code="en")
        prompt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        prompt.setEnabled(False)
        self.body.addWidget(prompt)
        self.tiles: dict[str, LanguageTile] = {}
        grid = CardGrid(context, 170)
        for language in catalog():
            tile = LanguageTile(context, language)
            tile.chosen.connect(self.chosen)
            self.tiles[language.code] = grid.add(tile)
        self.body.addWidget(grid)
        self.abilities: dict[str, PhraseCard] = {}
        abilities = CardGrid(context, 260)
        for item in self.items("language_check"):
            if item.get("group") == "prompt":
                continue
            card = PhraseCard(context, item["id"], code="ja-x-easy")
            card.activated.connect(self.pointed)
            self.abilities[item["id"]] = abilities.add(card)
        self.body.addWidget(abilities)
        self.body.addStretch(1)

    def sync(self, state: BoardState) -> None:
        for code, tile in self.tiles.items():
            tile.set_marked(code == self.context.language)
        last = state.last_on(self.context, "language_check")
        for item_id, card in self.abilities.items():
            card.set_marked(item_id == last)
