"""Role cards for a drill: what the role player holds, and the trainer's answer key.

The role player's pages are in the persona's language, large enough to read while acting: who
they play, the situation, and each line to say, with the fingerboard card to point at (in their
language and Japanese, as it looks on the board) and the volunteer's question that cues it. The
Japanese under each line is smaller, for the trainer standing beside them. The fixed instructions
come from ``assets/drills/role_card_text.toml`` in every catalog language, so a role player who
reads no Japanese or English can still follow the card.

The answer key is in Japanese with English beneath: the situation, the persona, and the facts a
volunteer should record, worded as the after-action report words them.

Every page carries the red drill band. All text is checked against the installed fonts before
anything is laid out, and the PDF is written atomically (or returned as bytes for a preview).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from gettext import NullTranslations
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from evac_toolkit.core import fonts
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.drills import wording
from evac_toolkit.core.drills.pages import (
    CONTENT_WIDTH,
    build,
    check_glyphs,
    en,
    ja,
    para,
    text_language,
)
from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.languages import Language, get_language
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry import codes

PHRASES_FILE = ("drills", "role_card_text.toml")
PHRASE_KEYS = ("role_card", "playing", "language", "situation", "say", "point", "when",
               "stay_in_role")
#: The line to say is the largest text on the card: read at arm's length while acting.
LINE_SIZE = 18
CARD_SIZE = 15
BLUE = "#1d4e89"
RED = "#b00000"
GREY = "#555555"


@cache
def _phrase_table() -> dict[str, dict[str, str]]:
    raw = tomllib.loads(asset_path(*PHRASES_FILE).read_text(encoding="utf-8"))
    return {code: dict(texts) for code, texts in raw.get("text", {}).items()}


def phrases(code: str) -> dict[str, str]:
    """The card's fixed instructions in ``code``; English for a language added to the catalog
    after the phrase file (a card must still print, and English is the likeliest shared one)."""
    table = _phrase_table()
    return {key: table.get(code, {}).get(key) or table["en"][key] for key in PHRASE_KEYS}


# -- the role player's pages ----------------------------------------------------------------------
class _Beside(Flowable):
    """A one-line heading with a small gloss after it on the same line ("ဤသို့ ပြောပါ  話すこと"),
    baselines aligned; stacked when they do not fit side by side. Beside, the gloss cannot touch
    the tall marks of the Burmese or Sinhala line under the heading."""

    def __init__(self, main: Flowable, gloss: Flowable, rtl: bool) -> None:
        super().__init__()
        self.main, self.gloss, self.rtl = main, gloss, rtl
        self.gap = 3 * mm

    def wrap(self, available_width, available_height):
        _w, main_h = self.main.wrap(available_width, available_height)
        self.main_width = max(self.main.getActualLineWidths0() or [0])
        rest = available_width - self.main_width - self.gap
        self.inline = False
        if len(self.main.blPara.lines) == 1 and rest > 10 * mm:
            _w, gloss_h = self.gloss.wrap(rest, available_height)
            self.inline = len(self.gloss.blPara.lines) == 1
        if self.inline:
            # A one-line paragraph's baseline is its font size below its top.
            self.drop = self.main.style.fontSize - self.gloss.style.fontSize
            self.height = max(main_h, gloss_h + self.drop)
        else:
            _w, gloss_h = self.gloss.wrap(available_width, available_height)
            self.height = main_h + gloss_h
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        self.main.drawOn(self.canv, 0, top - self.main.height)
        if not self.inline:
            self.gloss.drawOn(self.canv, 0, top - self.main.height - self.gloss.height)
            return
        x = 0 if self.rtl else self.main_width + self.gap
        if self.rtl:
            # The gloss paragraph is right-aligned: it ends just left of the heading.
            self.gloss.wrap(self.width - self.main_width - self.gap, self.height)
        self.gloss.drawOn(self.canv, x, top - self.drop - self.gloss.height)


class _Card:
    """Text for one scenario in the persona's language, with the Japanese to go under it."""

    def __init__(self, scenario, bank: ContentBank) -> None:
        self.scenario = scenario
        self.bank = bank
        self.language = get_language(scenario.persona.language)
        self.words = phrases(self.language.code)
        self.words_ja = phrases("ja")
        self.align = TA_RIGHT if self.language.rtl else TA_LEFT

    def board_text(self, item_id: str) -> tuple[str, str]:
        """A fingerboard card as the board shows it: (persona's language, Japanese)."""
        own = self.bank.text(self.language.code, item_id) or self.bank.text("en", item_id) \
            or item_id
        return own, self.bank.text("ja", item_id) or item_id

    def pictogram(self, item_id: str) -> str:
        return next((item.get("pictogram", "") for item in self.bank.items
                     if item["id"] == item_id), "")

    def texts(self) -> list[tuple[str, Language]]:
        """Everything the role player's pages print, for the glyph check."""
        scenario, own, japanese = self.scenario, self.language, get_language("ja")
        found = [(text, own) for text in self.words.values()]
        found += [(text, japanese) for text in self.words_ja.values()]
        found += [(scenario.brief_text, own), (scenario.brief_ja, japanese),
                  (own.native, own)]
        for code in scenario.persona.other_languages:
            found.append((get_language(code).native, get_language(code)))
        for line in scenario.lines:
            found += [(line.text, own), (line.ja, japanese)]
            for item in (line.point, line.when):
                if item:
                    text, text_ja = self.board_text(item)
                    found += [(text, own), (text_ja, japanese)]
        return found

    def own(self, text: str, size: float, weight: int = fonts.REGULAR,
            color: str = "#000000") -> Flowable:
        return para(text, self.language, size, weight, align=self.align, color=color)

    def gloss(self, text: str, size: float, color: str = GREY) -> Flowable:
        """Japanese under the persona's words, on the same side of the page."""
        return ja(text, size, align=self.align, color=color, space_before=size * 0.3)

    def heading(self, key: str, size: float, color: str = BLUE) -> list[Flowable]:
        """A fixed instruction in the persona's language with its Japanese beside it, small."""
        if self.language.code in ("ja", "ja-x-easy"):
            return [self.own(self.words[key], size, fonts.BOLD, color)]
        return [_Beside(self.own(self.words[key], size, fonts.BOLD, color),
                        self.gloss(self.words_ja[key], max(7.0, size * 0.62)),
                        self.language.rtl)]

    def story(self) -> list[Flowable]:
        scenario, persona = self.scenario, self.scenario.persona
        story: list[Flowable] = [
            self.own(self.words["role_card"], 12, color=GREY),
            ja(f"{self.words_ja['role_card']} · {scenario.title_ja} · {scenario.id}", 8,
               color=GREY, align=self.align),
            Spacer(1, 3 * mm),
            *self.heading("playing", 14),
            para(persona.alias, text_language(persona.alias, persona.language), 30, fonts.BOLD,
                 align=self.align),
            Spacer(1, 2 * mm),
            *self.heading("language", 14),
            self.own(self.language.native, 22, fonts.BOLD),
        ]
        for code in persona.other_languages:
            other = get_language(code)
            story.append(para(f"+ {other.native}", other, 14, align=self.align))
        story += [Spacer(1, 4 * mm), self._boxed([self.own(self.words["stay_in_role"], 14,
                                                           fonts.BOLD, RED),
                                                  self.gloss(self.words_ja["stay_in_role"], 8.5)],
                                                 "#fff1f0", RED),
                  Spacer(1, 4 * mm), *self.heading("situation", 15),
                  Spacer(1, 1 * mm), self.own(scenario.brief_text, 14),
                  Spacer(1, 1 * mm), self.gloss(scenario.brief_ja, 9)]
        for number, line in enumerate(scenario.lines, start=1):
            story += [Spacer(1, 4 * mm), self._line(number, line)]
        return story

    def _boxed(self, content: list[Flowable], fill: str, stroke: str) -> Table:
        table = Table([[content]], colWidths=[CONTENT_WIDTH])
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(stroke)),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ]))
        return table

    def _line(self, number: int, line) -> Flowable:
        """One step of the script in a ruled box: the cue, the words, the card to point at."""
        inner = CONTENT_WIDTH - 14 * mm - 6 * mm
        parts: list[Flowable] = []
        if line.when:
            text, text_ja = self.board_text(line.when)
            parts += [*self.heading("when", 11, GREY), self.own(text, 13),
                      self.gloss(text_ja, 9), Spacer(1, 2 * mm)]
        parts += [*self.heading("say", 11), self.own(line.text, LINE_SIZE, fonts.BOLD),
                  self.gloss(line.ja, 10)]
        if line.point:
            parts += [Spacer(1, 2 * mm), self._point(line.point, inner)]
        badge = en(str(number), 20, fonts.BOLD, align=TA_CENTER, color="#ffffff")
        row = [parts, badge] if self.language.rtl else [badge, parts]
        widths = [inner + 6 * mm, 14 * mm] if self.language.rtl else [14 * mm, inner + 6 * mm]
        badge_column = 1 if self.language.rtl else 0
        table = Table([row], colWidths=widths)
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a8f99")),
            ("BACKGROUND", (badge_column, 0), (badge_column, 0), colors.HexColor(BLUE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (badge_column, 0), (badge_column, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ]))
        return table

    def _point(self, item_id: str, width: float) -> Flowable:
        """The card to point at, drawn like a card of the board: pictogram, their words, Japanese."""
        text, text_ja = self.board_text(item_id)
        content = [*self.heading("point", 11, "#6b4f00"),
                   self.own(text, CARD_SIZE, fonts.BOLD), self.gloss(text_ja, 10)]
        glyph = self.pictogram(item_id)
        if glyph:
            picto = para(glyph, get_language("en"), 22, align=TA_CENTER)
            row = [content, picto] if self.language.rtl else [picto, content]
            widths = [width - 14 * mm, 14 * mm] if self.language.rtl else \
                [14 * mm, width - 14 * mm]
        else:
            row, widths = [content], [width]
        table = Table([row], colWidths=widths)
        table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#c9a227")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fffbea")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ]))
        return table


# -- the trainer's answer key ---------------------------------------------------------------------
def _both_texts(text_ja: str, text_en: str, size: float, weight: int = fonts.REGULAR,
                color: str = "#000000") -> list[Flowable]:
    """Japanese, with the English beneath it smaller."""
    return [ja(text_ja, size, weight, color=color),
            en(text_en, size * 0.78, color=GREY)]


def _both(words: Callable[[NullTranslations], str], size: float, weight: int = fonts.REGULAR,
          color: str = "#000000") -> list[Flowable]:
    """Fixed wording (``words``, a function of a catalog) in Japanese over English."""
    return _both_texts(*wording.bilingual(words), size, weight, color)


def _field_labels(field: str) -> tuple[str, str]:
    """A fact's label in Japanese and English, as the report words it."""
    top, below = wording.BILINGUAL
    return wording.field_label(field, top), wording.field_label(field, below)


def _facts_table(rows: list[tuple[str, str, list[Flowable]]], pairs: int = 1) -> Table:
    """Label (Japanese over English) and value, ``pairs`` of them side by side on a row."""
    label_w = 36 * mm
    value_w = CONTENT_WIDTH / pairs - label_w
    cells = [[[ja(label_ja, 9.5, fonts.BOLD), en(label_en, 7.5, color=GREY)], value]
             for label_ja, label_en, value in rows]
    data = []
    for start in range(0, len(cells), pairs):
        row = [part for cell in cells[start:start + pairs] for part in cell]
        data.append(row + [""] * (2 * pairs - len(row)))
    table = Table(data, colWidths=[label_w, value_w] * pairs, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def answer_key_texts(scenario, bank: ContentBank) -> list[tuple[str, Language]]:
    """Everything the answer key prints, for the glyph check."""
    japanese, english = get_language("ja"), get_language("en")
    card = _Card(scenario, bank)
    found = [(scenario.title_ja, japanese), (scenario.title_en, english),
             (scenario.situation_ja, japanese), (scenario.situation_en, english),
             (scenario.brief_ja, japanese)]
    for line in scenario.lines:
        found.append((line.ja, japanese))
        found += [(card.board_text(item)[1], japanese) for item in (line.point, line.when) if item]
    return found


def _answer_key(scenario, bank: ContentBank) -> list[Flowable]:
    persona = scenario.persona
    card = _Card(scenario, bank)
    language = card.language
    top, below = wording.BILINGUAL
    status = " / ".join(
        catalog(code).pgettext("answer key", "persona-language text: {status}").format(
            status=wording.scenario_status(scenario.provenance, code))
        for code in wording.BILINGUAL)
    warning = " ".join(wording.bilingual(
        lambda t: t.pgettext("answer key", "Do not show this page to the role player.")))
    story: list[Flowable] = [
        *_both(lambda t: t.pgettext("answer key", "Answer key (for the trainer)"), 18,
               fonts.BOLD),
        ja(warning, 9.5, fonts.BOLD, color=RED),
        Spacer(1, 3 * mm),
        *_both_texts(scenario.title_ja, scenario.title_en, 14, fonts.BOLD),
        en(f"ID: {scenario.id} · version {scenario.version} · {scenario.source}", 8,
           color=GREY),
        ja(status, 8, color=GREY),
        Spacer(1, 3 * mm),
        *_both(lambda t: t.pgettext("answer key", "Situation"), 11, fonts.BOLD, BLUE),
        Spacer(1, 1 * mm),
        ja(scenario.situation_ja, 10),
        en(scenario.situation_en, 8.5, color=GREY),
        Spacer(1, 3 * mm),
    ]
    languages = [language.code, *persona.other_languages]

    def household(code: str) -> str:
        return catalog(code).npgettext("answer key", "{count} (persona included)",
                                       "{count} (persona included)",
                                       persona.household).format(count=persona.household)

    rows = [
        (*wording.bilingual(lambda t: t.pgettext("answer key", "Alias")),
         [para(persona.alias, text_language(persona.alias, language.code), 11, fonts.BOLD)]),
        (*_field_labels("languages"),
         [ja(wording.join((wording.language_name(c, top) for c in languages), top), 10.5),
          en(wording.join((wording.language_name(c, below) for c in languages), below), 8.5,
             color=GREY)]),
        (*_field_labels("japanese_ability"),
         [ja(codes.label("japanese_ability", persona.japanese_ability, top), 10.5),
          en(codes.label("japanese_ability", persona.japanese_ability, below), 8.5,
             color=GREY)]),
        (*wording.bilingual(lambda t: t.pgettext("answer key", "Household")),
         [ja(household(top), 10.5), en(household(below), 8.5, color=GREY)]),
    ]
    if persona.age:
        rows.append((*wording.bilingual(lambda t: t.pgettext("answer key", "Age")),
                     [para(persona.age, text_language(persona.age), 10.5)]))
    story += [*_both(lambda t: t.pgettext("answer key", "The persona"), 11, fonts.BOLD, BLUE),
              Spacer(1, 1 * mm), _facts_table(rows, pairs=2), Spacer(1, 4 * mm),
              *_both(lambda t: t.pgettext("answer key", "What the volunteers should record"), 11,
                     fonts.BOLD, BLUE)]
    rows = []
    for name, value in scenario.expected.fields():
        rows.append((*_field_labels(name),
                     [ja(wording.expected_values(name, value, top), 10.5, fonts.BOLD),
                      en(wording.expected_values(name, value, below), 8.5, color=GREY)]))
    story += [Spacer(1, 1 * mm), _facts_table(rows, pairs=2), Spacer(1, 4 * mm),
              *_both(lambda t: t.pgettext("answer key", "The script (Japanese)"), 11, fonts.BOLD,
                     BLUE),
              Spacer(1, 1 * mm)]
    # The script is the Japanese translation of the persona's lines, for a Japanese trainer.
    t = catalog(top)
    for number, line in enumerate(scenario.lines, start=1):
        parts = [ja(f"{number}. 「{line.ja}」", 10)]
        # An ideographic space indents the cue and the card under the line.
        if line.when:
            parts.append(ja("\u3000" + t.pgettext("answer key", "Cue question: {card}").format(
                card=card.board_text(line.when)[1]), 8.5, color=GREY))
        if line.point:
            parts.append(ja("\u3000" + t.pgettext("answer key", "Card to point at: {card}")
                            .format(card=card.board_text(line.point)[1]), 8.5, color=GREY))
        story.append(KeepTogether(parts))
    return story


# -- writing --------------------------------------------------------------------------------------
def _check(scenarios: list, bank: ContentBank) -> None:
    texts: list[tuple[str, Language]] = []
    for scenario in scenarios:
        texts += _Card(scenario, bank).texts() + answer_key_texts(scenario, bank)
    check_glyphs(texts)


def write_all_role_cards(scenarios: list, out: Path | None, *,
                         bank: ContentBank | None = None) -> bytes | None:
    """Role cards for a set of scenarios in one PDF: every role player's pages first (each
    scenario from a new page), then every answer key, so the trainer splits one printed stack
    into what to hand out and what to keep. Returns the PDF's bytes when ``out`` is None."""
    bank = bank or ContentBank()
    scenarios = list(scenarios)
    _check(scenarios, bank)
    story: list[Flowable] = []
    for scenario in scenarios:
        if story:
            story.append(PageBreak())
        story += _Card(scenario, bank).story()
    for scenario in scenarios:
        story += [PageBreak(), *_answer_key(scenario, bank)]
    title_ja, title_en = wording.bilingual(lambda t: t.pgettext("drill footer",
                                                                 "drill role cards"))
    title = f"{title_ja} / {title_en}: " + ", ".join(s.id for s in scenarios)
    footer = " ".join(wording.bilingual(lambda t: t.pgettext("drill footer", "drill role card")))
    return build(story, out, title=title, footer=f"evac-toolkit · {footer}")


def write_role_cards(scenario, out: Path | None, *,
                     bank: ContentBank | None = None) -> bytes | None:
    """One scenario's role card (the role player's pages, then the trainer's answer key).

    ``bank`` gives the fingerboard cards' words: ``user_bank(data_dir)`` prints the words the
    shelter's reviewed boards show. Returns the PDF's bytes when ``out`` is None."""
    return write_all_role_cards([scenario], out, bank=bank)
