"""The language check board: "point to your language" in every language, one tile per language
in its own script, then how much Japanese the person understands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from evac_toolkit.core.languages import catalog
from evac_toolkit.ui.fingerboards.cards import (
    CardGrid,
    ChooserButton,
    LanguageTile,
    PhraseCard,
)
from evac_toolkit.ui.fingerboards.style import (
    JAPANESE,
    BoardContext,
    language_info,
)
from evac_toolkit.ui.fingerboards.tools import BoardPage, BoardState


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
