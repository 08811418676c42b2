"""Printouts from the evacuee registry: the needs card a person carries, the kitchen's count of
diets and allergens, and the shift handover sheet.

The privacy rules live here, once, so that every printout follows them:

* the card prints no name, and its QR code holds codes only: no name, no free text;
* a person marked ``do_not_disclose`` appears on the kitchen and handover sheets by card ID only;
* free text (``allergens_other``, ``notes``) is never printed; the kitchen sees only that someone
  has an allergy written in the registry.

Each printout is built whole in memory and then written atomically: an error leaves no file.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.atomic import write_output
from evac_toolkit.core.content.bank import ContentBank, user_bank
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import Language, catalog, get_language
from evac_toolkit.core.printing import qr
from evac_toolkit.core.printing.pdf_fonts import paragraph, pdf_font
from evac_toolkit.core.printing.sheets import _overflows
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.store import Evacuee, Registry

CARD_SIZES = {"A6": A6, "label": (100 * mm, 62 * mm)}
#: Card text is read in the hand: as large as the card allows, up to these sizes (points)...
CARD_TEXT_MAX = {"A6": 14.0, "label": 11.0}
#: ...and never below this: smaller, Burmese and Sinhala marks blur on a laser printer.
CARD_TEXT_MIN = 7.0
BLUE = "#1d4e89"
QR_PREFIX = "EVAC1"
PROTECTED = "（保護）"
#: Board keys for the registry's kinds of need (religious needs are the "religion" board).
BOARDS = {"diets": "diets", "allergens": "allergens", "religious": "religion"}
DRILL_TEXT = "訓練 DRILL — 訓練用です / for a drill only"


# -- text -----------------------------------------------------------------------------------------
def _para(text: str, language: Language, size: float, weight: int = fonts.REGULAR,
          align: int = TA_LEFT, color: str = "#000000"):
    """A shaped paragraph, with the line height the language's script needs."""
    style = ParagraphStyle(f"printout{size:.2f}", fontSize=size, alignment=align,
                           leading=size * fonts.spec(language.font).leading, textColor=color)
    return paragraph(text, language, style, weight)


def _ja(text: str, size: float, weight: int = fonts.REGULAR, **kwargs):
    return _para(text, get_language("ja"), size, weight, **kwargs)


def _en(text: str, size: float, weight: int = fonts.REGULAR, **kwargs):
    return _para(text, get_language("en"), size, weight, **kwargs)


def _free_text_language(text: str, person: Evacuee | None = None) -> Language:
    """The language to set a name (or the shelter's name) in: names are written in any script,
    so take the first of Japanese, the person's languages, then the catalog whose fonts draw it.
    When none can, Japanese is returned and paragraph() raises ``missing_glyphs``."""
    candidates = [get_language("ja")]
    candidates += [get_language(code) for code in (person.languages if person else [])]
    candidates += list(catalog())
    for language in candidates:
        if not fonts.missing_glyphs(text, language.font):
            return language
    return candidates[0]


class _Pictogram(Flowable):
    """A pictogram glyph in a square."""

    def __init__(self, glyph: str, size: float) -> None:
        super().__init__()
        self.glyph, self.size = glyph, size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        if not self.glyph:
            return
        style = ParagraphStyle("picto", fontSize=self.size * 0.82, leading=self.size,
                               alignment=TA_CENTER)
        para = paragraph(self.glyph, get_language("en"), style)
        para.wrap(self.size * 2, self.size)
        para.drawOn(self.canv, -self.size / 2, 0)


class _Row(Flowable):
    """A pictogram column at the left and paragraphs beside it: on one line, baselines aligned,
    when they fit ("えび  ပုစွန်"), otherwise stacked."""

    def __init__(self, glyph: str | None, paragraphs: list, size: float) -> None:
        """``glyph`` None: no pictogram column; "": an empty one, so text lines up."""
        super().__init__()
        self.picto = _Pictogram(glyph, size * 1.35) if glyph is not None else None
        self.paragraphs = paragraphs
        self.indent = size * 1.6 if glyph is not None else 0.0
        self.overflow = False

    def wrap(self, available_width, available_height):
        text_width = available_width - self.indent
        heights = [p.wrap(text_width, 100_000)[1] for p in self.paragraphs]
        self.overflow = any(_overflows(p, text_width) for p in self.paragraphs)
        widths = [max(p.getActualLineWidths0() or [0]) for p in self.paragraphs]
        sizes = [p.style.fontSize for p in self.paragraphs]
        spacing = max(sizes) * 0.6
        self.inline = all(len(p.blPara.lines) == 1 for p in self.paragraphs) and \
            sum(widths) + spacing * (len(widths) - 1) <= text_width
        if self.inline:
            # A one-line paragraph's baseline is its font size below its top: drop the smaller
            # ones so that every baseline sits where the largest one's does.
            self.drops = [max(sizes) - size for size in sizes]
            self.offsets = [self.indent + sum(widths[:i]) + spacing * i
                            for i in range(len(widths))]
            text_height = max(h + drop for h, drop in zip(heights, self.drops, strict=True))
        else:
            text_height = sum(heights)
        picto_height = self.picto.size if self.picto and self.picto.glyph else 0
        self.width, self.height = available_width, max(text_height, picto_height)
        return self.width, self.height

    def draw(self) -> None:
        if self.picto is not None:
            self.picto.drawOn(self.canv, 0, self.height - self.picto.size)
        top = self.height
        for index, para in enumerate(self.paragraphs):
            if self.inline:
                para.drawOn(self.canv, self.offsets[index],
                            top - self.drops[index] - para.height)
            else:
                top -= para.height
                para.drawOn(self.canv, self.indent, top)


def _drill_band(canvas: Canvas, page_w: float, page_h: float, scale: float = 1.0) -> None:
    """Mirrors sheets._drill_band (red bands at top and bottom, 訓練 DRILL), scaled so that it
    fits a 100 mm label as well as A4."""
    top, bottom = 8 * mm * scale, 5 * mm * scale
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.1, 0.1)
    canvas.rect(0, page_h - top, page_w, top, stroke=0, fill=1)
    canvas.rect(0, 0, page_w, bottom, stroke=0, fill=1)
    canvas.restoreState()
    para = _ja(DRILL_TEXT, 14 * scale, align=TA_CENTER, color="#ffffff")
    para.wrap(page_w, top)
    para.drawOn(canvas, 0, page_h - top + (top - para.height) / 2)


def _now() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


# -- words ----------------------------------------------------------------------------------------
class _Words:
    """Words and pictograms for need codes, from the content bank with the coordinator's reviewed
    strings on top (the registry lives in the data folder that holds them)."""

    def __init__(self, registry: Registry) -> None:
        self.bank: ContentBank = user_bank(registry.path.parent)
        self.pictograms = {item["id"]: item.get("pictogram", "") for item in self.bank.items}

    def text(self, kind: str, code: str, language: str) -> str:
        """A board item's words in ``language``; Japanese when that language lacks them."""
        key = f"{BOARDS[kind]}.{code}"
        found = self.bank.text(language, key) or self.bank.text("ja", key) or code
        return ruby.inline(found) if get_language(language).ruby else found

    def title(self, kind: str, language: str) -> str:
        key = f"board.{BOARDS[kind]}"
        found = self.bank.text(language, key) or self.bank.text("ja", key) or kind
        return ruby.inline(found) if get_language(language).ruby else found

    def pictogram(self, kind: str, code: str) -> str:
        """The item's pictogram, else its board's (⚠ for an allergen that has none)."""
        board = BOARDS[kind]
        return self.pictograms.get(f"{board}.{code}") or self.pictograms.get(f"{board}.prompt", "")


# -- the needs card -------------------------------------------------------------------------------
def card_payload(person: Evacuee) -> str:
    """What the card's QR code holds: codes only. Names and free text never go in, so a lost card
    tells a finder nothing about who carried it. Empty needs are left out."""
    fields = [QR_PREFIX, f"card={person.card_id}"]
    if person.languages:
        fields.append("lang=" + ",".join(person.languages))
    fields.append(f"ja={person.japanese_ability}")
    fields.append(f"interp={1 if person.interpreter_needed else 0}")
    for key, values in (("diet", person.diets), ("allergy", person.allergens),
                        ("med", person.medical), ("body", person.body_parts),
                        ("rel", person.religious)):
        if values:
            fields.append(f"{key}=" + ",".join(values))
    if person.pain_level is not None:
        fields.append(f"pain={person.pain_level}")
    return "|".join(fields)


def injury_ja(person: Evacuee) -> str:
    """Where it hurts and how much, in Japanese ("右ひざ・左の足首、痛み 7/10"), or ""."""
    parts = "・".join(codes.label("body_parts", code, "ja") for code in person.body_parts)
    pain = f"痛み {person.pain_level}/10" if person.pain_level is not None else ""
    return "、".join(part for part in (parts, pain) if part)


def _medical_ja(person: Evacuee) -> str:
    """The medical needs, the injury with its detail: "けが・痛み（右ひざ、痛み 7/10）"."""
    detail = injury_ja(person)
    labels = [codes.label("medical", code, "ja") + (f"（{detail}）" if code == "injury" and
                                                     detail else "")
              for code in person.medical]
    if detail and "injury" not in person.medical:     # where it hurts, without the need ticked
        labels.append(detail)
    return "、".join(labels)


def _card_story(person: Evacuee, words: _Words, size: float) -> list[tuple[Flowable, float]]:
    """(flowable, space before) for everything the card says, at body size ``size``."""
    native = person.primary_language
    # The person's own words, unless they are the Japanese already printed (easy Japanese is
    # printed: its words are simpler and carry readings).
    own = get_language(native) if native and native != "ja" else None
    small = size * 0.8
    story: list[tuple[Flowable, float]] = [
        (_Row(None, [_ja("カード番号 Card No.", small, color="#444444")], size), 0),
        (_Row(None, [_en(person.card_id, size * 2.3, fonts.BOLD)], size), 0),
    ]
    for code in person.languages:
        language = get_language(code)
        names = [_para(language.native, language, size, fonts.BOLD)]
        if language.japanese != language.native:
            names.append(_ja(language.japanese, size))
        story.append((_Row("🗣" if code == person.languages[0] else "", names, size),
                      size * 0.2))
    ability = codes.label("japanese_ability", person.japanese_ability, "ja")
    story.append((_Row("", [_ja("日本語", small, fonts.BOLD, color=BLUE), _ja(ability, size)],
                       size), size * 0.2))
    if person.interpreter_needed:
        story.append((_Row("💬", [_ja("通訳が必要", size, fonts.BOLD, color="#b00000")], size),
                      size * 0.2))

    def heading(text_ja: str, kind: str) -> tuple[Flowable, float]:
        parts = [_ja(text_ja, small, fonts.BOLD, color=BLUE)]
        if own is not None:
            parts.append(_para(words.title(kind, own.code), own, small, fonts.BOLD,
                               color=BLUE))
        row = _Row(None, parts, size)
        row.keep_with_next = True
        return row, size * 0.6

    for kind, title in (("diets", "食事"), ("allergens", "食物アレルギー")):
        items = getattr(person, kind)
        if not items:
            continue
        story.append(heading(title, kind))
        for code in items:
            parts = [_ja(words.text(kind, code, "ja"), size, fonts.BOLD)]
            if own is not None:
                parts.append(_para(words.text(kind, code, own.code), own, size))
            story.append((_Row(words.pictogram(kind, code), parts, size), size * 0.15))
    if person.medical or person.body_parts or person.pain_level is not None:
        labels = _medical_ja(person)
        story.append((_Row("⚕", [_ja("医療", small, fonts.BOLD, color=BLUE), _ja(labels, size)],
                           size), size * 0.6))
    # Religious needs are whole sentences ("お祈りの時間と場所が必要です。"): no heading needed.
    for code in person.religious:
        story.append((_Row(words.pictogram("religious", code),
                           [_ja(words.text("religious", code, "ja"), size)], size), size * 0.3))
    return story


def _flow(story: list[tuple[Flowable, float]], boxes: list[tuple[float, float, float, float]]
          ) -> list[tuple[Flowable, float, float]] | None:
    """Place the story top-down through the boxes (x, y, width, height), in order; (flowable, x, y)
    for each, or None when it does not all fit or a word sticks out."""
    placed = []
    box_index, top = 0, None
    for index, (flowable, before) in enumerate(story):
        while box_index < len(boxes):
            x, y, width, height = boxes[box_index]
            cursor = y + height if top is None else top - before
            _w, h = flowable.wrap(width, height)
            if getattr(flowable, "overflow", False):
                return None
            needed = h
            if getattr(flowable, "keep_with_next", False) and index + 1 < len(story):
                # A heading goes where its first item can follow it.
                following, gap = story[index + 1]
                needed += gap + following.wrap(width, height)[1]
            if cursor - needed >= y - 0.01:
                placed.append((flowable, x, cursor - h))
                top = cursor - h
                break
            box_index, top = box_index + 1, None
        else:
            return None
    return placed


def needs_card(registry: Registry, evacuee_id: str, out: Path, size: str = "A6", *,
               drill: bool = False) -> Path:
    """One person's needs card: card ID, languages, needs with pictograms in Japanese and their
    language, and a codes-only QR code. No name. Raises ``card_too_full`` when it cannot fit at a
    readable size."""
    if size not in CARD_SIZES:
        raise ValueError(f"card size must be one of {sorted(CARD_SIZES)}")
    person = registry.get(evacuee_id)
    words = _Words(registry)
    page_w, page_h = CARD_SIZES[size]
    scale = 0.7 if size == "label" else 1.0
    margin = 3 * mm if size == "label" else 4 * mm
    band_top, band_bottom = (8 * mm * scale, 5 * mm * scale) if drill else (0, 0)
    footer_h = 6
    left, right = margin, page_w - margin
    top, bottom = page_h - margin - band_top, margin + band_bottom + footer_h

    # The QR code as small as its payload allows (modules ≥ 0.9 mm), top right. Its quiet zone
    # may run into the margin: it is white, and only the dark modules need to print.
    code = qr.make(card_payload(person))
    quiet = qr.QUIET_ZONE * qr.MIN_MODULE
    dark = code.size * qr.MIN_MODULE
    if dark > min(top - bottom, (right - left) * 0.6):
        raise UserError("card_too_full", card=person.card_id, size=size)
    beside = (left, top - dark, right - left - dark - 3 * mm, dark)
    below_h = top - dark - 2 * mm - bottom
    half = (right - left - 4 * mm) / 2
    # Under the code: the full width, or two columns when that lets the text be larger.
    layouts = [[beside, (left, bottom, right - left, below_h)],
               [beside, (left, bottom, half, below_h), (left + half + 4 * mm, bottom, half,
                                                        below_h)]]
    text_size, placed = CARD_TEXT_MAX[size], None
    while placed is None:
        for boxes in layouts:
            placed = _flow(_card_story(person, words, text_size), boxes)
            if placed is not None:
                break
        else:
            if text_size <= CARD_TEXT_MIN:
                raise UserError("card_too_full", card=person.card_id, size=size)
            text_size = max(CARD_TEXT_MIN, text_size - 0.5)

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w, page_h), pageCompression=1,
                    initialFontName=pdf_font("Noto Sans"))
    canvas.setTitle(f"evac-toolkit card {person.card_id}")
    canvas.setAuthor("evac-toolkit")
    if drill:
        _drill_band(canvas, page_w, page_h, scale)
    qr.draw(canvas, code, right - dark - quiet, top - dark - quiet, dark + 2 * quiet)
    for flowable, x, y in placed:
        flowable.drawOn(canvas, x, y)
    footer = _ja(f"印刷 {_now()} · evac-toolkit", 5.5, color="#666666")
    footer.wrap(right - left, footer_h)
    footer.drawOn(canvas, left, margin + band_bottom)
    canvas.showPage()
    canvas.save()
    return write_output(buffer.getvalue(), out)


# -- A4 sheets ------------------------------------------------------------------------------------
PAGE_MARGIN = 14 * mm
CONTENT_WIDTH = A4[0] - 2 * PAGE_MARGIN


def _a4(story: list[Flowable], out: Path, title: str, footer: str, drill: bool) -> Path:
    """Lay ``story`` out on as many A4 pages as it needs, each with the footer and page number,
    and the drill band when ``drill``; then write it atomically."""
    def decorate(canvas: Canvas, doc) -> None:
        canvas.saveState()
        if drill:
            _drill_band(canvas, *A4)
        para = _ja(f"{footer} · {canvas.getPageNumber()} ページ", 7.5, color="#444444")
        para.wrap(CONTENT_WIDTH, 10 * mm)
        para.drawOn(canvas, PAGE_MARGIN, 8 * mm)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, author="evac-toolkit",
                            leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN,
                            topMargin=PAGE_MARGIN + 4 * mm, bottomMargin=PAGE_MARGIN + 2 * mm,
                            initialFontName=pdf_font("Noto Sans"))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return write_output(buffer.getvalue(), out)


def _heading(text: str, size: float = 13) -> Flowable:
    return _ja(text, size, fonts.BOLD)


def _section(title: Flowable, header: list[str], rows: list[list], widths: list[float],
             numbers: tuple[int, ...] = (), empty: str = "なし") -> Flowable:
    """A titled, ruled table. The title and column header are its first two rows, so they repeat
    on every page a long list continues on, and never end a page alone (ReportLab does not split
    a table inside its repeated rows)."""
    if not rows:
        return KeepTogether([Spacer(1, 5 * mm), title, Spacer(1, 1.5 * mm),
                             _ja(empty, 10, color="#444444")])
    labels = [_ja(text, 8.5, fonts.BOLD, align=TA_RIGHT if index in numbers else TA_LEFT)
              for index, text in enumerate(header)]
    table = Table([[title] + [""] * (len(header) - 1), labels, *rows], colWidths=widths,
                  repeatRows=2, hAlign="LEFT")
    style = TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 5 * mm),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
    ])
    for column in numbers:
        style.add("ALIGN", (column, 1), (column, -1), "RIGHT")
    table.setStyle(style)
    return table


def _who(person: Evacuee, size: float = 9.5) -> list[Flowable]:
    """(card ID, name) cells. A protected person is their card ID and (保護), nothing more."""
    card = _en(person.card_id, size, fonts.BOLD)
    if person.do_not_disclose:
        return [card, _ja(PROTECTED, size)]
    name = person.display_name or person.name_reading
    if person.display_name and person.name_reading:
        name = f"{person.display_name}（{person.name_reading}）"
    if not name:
        return [card, _ja("（名前未登録）", size, color="#666666")]
    return [card, _para(name, _free_text_language(name, person), size)]


def _count_rows(words: _Words, kind: str, counts: dict[str, int]) -> list[list]:
    """Pictogram, Japanese, English, people: largest counts first (as Stats gives them)."""
    return [[_Pictogram(words.pictogram(kind, code), 14),
             _ja(words.text(kind, code, "ja"), 11, fonts.BOLD),
             _en(words.text(kind, code, "en"), 10),
             _en(str(count), 14, fonts.BOLD, align=TA_RIGHT)] for code, count in counts.items()]


def kitchen_sheet(registry: Registry, out: Path, *, meal: str = "", include_names: bool = False,
                  drill: bool = False) -> Path:
    """A4 for the kitchen, Japanese with English: how many present people need each diet and
    avoid each allergen. ``include_names`` adds who, per need (protected people by card ID)."""
    stats = registry.stats()
    words = _Words(registry)
    shelter = registry.shelter().get("name") or ""
    other = [p for p in registry.search(present_only=True) if p.allergens_other]
    info = " · ".join(part for part in (shelter, meal, f"印刷 printed {_now()}") if part)
    story: list[Flowable] = [
        _ja("食事の配慮・アレルギー集計", 18, fonts.BOLD),
        _en("Kitchen sheet: diets and food allergies", 12),
        Spacer(1, 2 * mm),
        _para(info, _free_text_language(info), 10),
        Spacer(1, 3 * mm),
        _ja(f"在所者 People present: {stats.present} 人", 15, fonts.BOLD),
    ]
    header = ["", "項目", "Item", "人数 People"]
    widths = [10 * mm, 70 * mm, 70 * mm, CONTENT_WIDTH - 150 * mm]
    story.append(_section(_heading("食事の配慮 Diets"), header,
                          _count_rows(words, "diets", stats.diets), widths, (3,),
                          "該当者なし None"))
    rows = _count_rows(words, "allergens", stats.allergens)
    if other:
        # Their words are free text and stay in the registry: the kitchen learns there is more.
        rows.append([_Pictogram(words.pictogram("allergens", "prompt"), 14),
                     _ja("その他（台帳に記入あり・本人に確認）", 10, fonts.BOLD),
                     _en("Other (written in the registry: ask)", 10),
                     _en(str(len(other)), 14, fonts.BOLD, align=TA_RIGHT)])
    story.append(_section(_heading("食物アレルギー Food allergies"), header, rows, widths, (3,),
                          "該当者なし None"))

    if include_names:
        story += [Spacer(1, 4 * mm), _heading("一覧 Who needs what", 14)]
        needs = [("diets", code) for code in stats.diets] + \
                [("allergens", code) for code in stats.allergens]
        for kind, code in needs:
            people = registry.search(need=f"{kind}:{code}", present_only=True)
            title = f"{words.text(kind, code, 'ja')}  {words.text(kind, code, 'en')}" \
                    f"  ({len(people)})"
            head = _Row(words.pictogram(kind, code), [_ja(title, 10.5, fonts.BOLD)], 10.5)
            story.append(_section(head, ["カード番号 Card", "名前 Name"],
                                  [_who(person) for person in people], [30 * mm, 120 * mm]))
        if other:
            head = _Row(words.pictogram("allergens", "prompt"),
                        [_ja("その他のアレルギー Other allergies", 10.5, fonts.BOLD)], 10.5)
            story.append(_section(head, ["カード番号 Card", "名前 Name"],
                                  [_who(person) for person in other], [30 * mm, 120 * mm]))

    footer = "evac-toolkit · 台所用 kitchen" + \
        (" · 個人情報 取扱注意 personal data" if include_names else " · 名前なし no names")
    return _a4(story, out, "evac-toolkit kitchen sheet", footer, drill)


def handover_sheet(registry: Registry, out: Path, *, drill: bool = False) -> Path:
    """A4 in Japanese for the next shift: how many, which languages, who needs an interpreter,
    medical flags by card ID, and the open diet, allergy and religious needs."""
    stats = registry.stats()
    words = _Words(registry)
    shelter = registry.shelter()
    name = shelter.get("name") or "（避難所名 未設定）"
    capacity = f"{stats.capacity} 人" if stats.capacity else "未設定"
    story: list[Flowable] = [
        _ja("引き継ぎシート", 18, fonts.BOLD),
        _para(name, _free_text_language(name), 12, fonts.BOLD),
    ]
    if shelter.get("address"):
        story.append(_para(shelter["address"], _free_text_language(shelter["address"]), 9.5))
    story += [_ja(f"作成 {_now()}", 9.5), Spacer(1, 3 * mm),
              _ja(f"在所者 {stats.present} 人 ／ 定員 {capacity}", 15, fonts.BOLD)]

    speakers = dict(stats.any_language)
    primary = dict(stats.by_language)
    rows = [[_ja(get_language(code).japanese, 10),
             _ja(f"{primary.get(code, 0)} 人", 10, align=TA_RIGHT),
             _ja(f"{speakers[code]} 人", 10, align=TA_RIGHT)]
            for code in sorted(speakers, key=lambda c: (-primary.get(c, 0), -speakers[c], c))]
    story.append(_section(_heading("言語"), ["言語", "第一言語の人", "話せる人"], rows,
                          [80 * mm, 35 * mm, 35 * mm], (1, 2), "登録なし"))
    rows = [[_ja(codes.label("japanese_ability", level, "ja"), 10),
             _ja(f"{count} 人", 10, align=TA_RIGHT)]
            for level, count in stats.japanese_ability.items() if count]
    story.append(_section(_heading("日本語の理解"), ["", "人数"], rows, [80 * mm, 35 * mm],
                          (1,)))

    interpreters = registry.search(need="interpreter", present_only=True)
    rows = [[*_who(person), _ja("、".join(get_language(code).japanese
                                         for code in person.languages) or "未登録", 9.5)]
            for person in interpreters]
    story.append(_section(_heading(f"通訳が必要な人（{len(interpreters)} 人）"),
                          ["カード番号", "名前", "言語"], rows,
                          [28 * mm, 82 * mm, CONTENT_WIDTH - 110 * mm]))

    rows = []
    for code, count in stats.medical.items():
        # The injured with where and how much: the next shift sees who to look at first.
        cards = [f"{p.card_id}（{injury_ja(p)}）" if code == "injury" and injury_ja(p)
                 else p.card_id
                 for p in registry.search(need=f"medical:{code}", present_only=True)]
        # A table row never splits across pages: a long list goes on in rows of 40 IDs (8
        # with where it hurts, in Japanese).
        injury = code == "injury"
        step = 8 if injury else 40
        for start in range(0, len(cards), step):
            first = start == 0
            listed = "  ".join(cards[start:start + step])
            rows.append([_ja(codes.label("medical", code, "ja") if first else "", 10),
                         _ja(f"{count} 人" if first else "", 10, align=TA_RIGHT),
                         _ja(listed, 9.5) if injury else _en(listed, 9.5)])
    story.append(_section(_heading("医療・健康の配慮"), ["項目", "人数", "カード番号"], rows,
                          [45 * mm, 18 * mm, CONTENT_WIDTH - 63 * mm], (1,)))

    rows = [[_ja(group, 9.5), _ja(words.text(kind, code, "ja"), 10),
             _ja(f"{count} 人", 10, align=TA_RIGHT)]
            for kind, group in (("diets", "食事"), ("allergens", "アレルギー"),
                                ("religious", "宗教"))
            for code, count in getattr(stats, kind).items()]
    story.append(_section(_heading("食事・アレルギー・宗教の配慮"), ["区分", "項目", "人数"], rows,
                          [28 * mm, 110 * mm, 20 * mm], (2,)))

    return _a4(story, out, "evac-toolkit handover", "evac-toolkit · 引き継ぎ · 個人情報 取扱注意",
               drill)
