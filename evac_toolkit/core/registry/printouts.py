"""Printouts from the evacuee registry: the needs card a person carries, the kitchen's count of
diets and allergens, and the shift handover sheet.

The privacy rules live here, once, so that every printout follows them:

* the card prints no name, and its QR code holds codes only: no name, no free text;
* a person marked ``do_not_disclose`` appears on the kitchen and handover sheets by card ID only;
* free text (``allergens_other``, ``notes``) is never printed; the kitchen sees only that someone
  has an allergy written in the registry.

Each printout is built whole in memory and then written atomically: an error leaves no file.

The fixed wording is in the message catalogs (context "registry printout", "needs card",
"kitchen sheet", "handover sheet"), in the language of the shelter's staff (Japanese unless the
caller chooses another); the kitchen sheet and the card's headings add a second language.
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
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, catalog, display_name, get_language
from evac_toolkit.core.printing import qr
from evac_toolkit.core.printing.pdf_fonts import paragraph, pdf_font
from evac_toolkit.core.printing.sheets import _overflows
from evac_toolkit.core.printing.two_languages import TwoLanguages
from evac_toolkit.core.punctuation import join_list, with_detail
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.store import Evacuee, Registry

CARD_SIZES = {"A6": A6, "label": (100 * mm, 62 * mm)}
#: Card text is read in the hand: as large as the card allows, up to these sizes (points)...
CARD_TEXT_MAX = {"A6": 14.0, "label": 11.0}
#: ...and never below this: smaller, Burmese and Sinhala marks blur on a laser printer.
CARD_TEXT_MIN = 7.0
BLUE = "#1d4e89"
QR_PREFIX = "EVAC1"
#: Board keys for the registry's kinds of need (religious needs are the "religion" board).
BOARDS = {"diets": "diets", "allergens": "allergens", "religious": "religion"}
#: The language of a printout's fixed wording unless the caller chooses another: the staff's.
STAFF_LANGUAGE = "ja"
#: The kitchen sheet's second language, and the card's for its first heading: for helpers who do
#: not read the first.
SECOND_LANGUAGE = "en"


def staff_language(ui_language: str) -> str:
    """The language of a sheet for the shelter's staff (needs card, hand-over sheet) printed from
    an interface in ``ui_language``: the staff's Japanese under a Japanese or English interface,
    as these sheets have always been; a helper working in another interface language (a
    Vietnamese catalog) gets the sheet's fixed wording in it."""
    return STAFF_LANGUAGE if ui_language in (STAFF_LANGUAGE, SECOND_LANGUAGE) else ui_language


def kitchen_languages(ui_language: str) -> tuple[str, str]:
    """The kitchen sheet's two languages: Japanese, then the interface language when that is
    another one (Japanese and English under a Japanese interface)."""
    return (STAFF_LANGUAGE, SECOND_LANGUAGE if ui_language == STAFF_LANGUAGE else ui_language)


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


def _in(code: str, text: str, size: float, weight: int = fonts.REGULAR, **kwargs):
    """A paragraph in the language ``code`` (its font and shaping)."""
    return _para(text, get_language(code), size, weight, **kwargs)


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


def _drill_band(canvas: Canvas, page_w: float, page_h: float, scale: float = 1.0,
                language: str = STAFF_LANGUAGE) -> None:
    """Mirrors sheets._drill_band (red bands at top and bottom, 訓練 DRILL), scaled so that it
    fits a 100 mm label as well as A4."""
    top, bottom = 8 * mm * scale, 5 * mm * scale
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.1, 0.1)
    canvas.rect(0, page_h - top, page_w, top, stroke=0, fill=1)
    canvas.rect(0, 0, page_w, bottom, stroke=0, fill=1)
    canvas.restoreState()
    # "訓練 DRILL" is the mark of a drill on every screen and printout, in every language.
    drill_only = TwoLanguages(language, SECOND_LANGUAGE, " / ").pgettext("registry printout",
                                                                         "for a drill only")
    para = _in(language, f"訓練 DRILL — {drill_only}", 14 * scale, align=TA_CENTER,
               color="#ffffff")
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


def injury_text(person: Evacuee, language: str = STAFF_LANGUAGE) -> str:
    """Where it hurts and how much, in ``language`` ("右ひざ・左の足首、痛み 7/10"), or ""."""
    t = message_catalog(language)
    parts = t.pgettext("between body parts", ", ").join(
        codes.label("body_parts", code, language) for code in person.body_parts)
    pain = t.pgettext("registry printout", "pain {level}/10").format(level=person.pain_level) \
        if person.pain_level is not None else ""
    return join_list((part for part in (parts, pain) if part), language)


def _medical(person: Evacuee, language: str) -> str:
    """The medical needs, the injury with its detail: "けが・痛み（右ひざ、痛み 7/10）"."""
    detail = injury_text(person, language)
    labels = [with_detail(codes.label("medical", code, language), detail, language)
              if code == "injury" and detail else codes.label("medical", code, language)
              for code in person.medical]
    if detail and "injury" not in person.medical:     # where it hurts, without the need ticked
        labels.append(detail)
    return join_list(labels, language)


def _card_story(person: Evacuee, words: _Words, size: float,
                language: str = STAFF_LANGUAGE) -> list[tuple[Flowable, float]]:
    """(flowable, space before) for everything the card says, at body size ``size``: the needs in
    ``language`` (the staff's) and in the person's own."""
    t = message_catalog(language)
    native = person.primary_language
    # The person's own words, unless they are the staff's already printed (easy Japanese is
    # printed: its words are simpler and carry readings).
    own = get_language(native) if native and native != language else None
    staff = get_language(language)
    small = size * 0.8
    card_no = TwoLanguages(language, SECOND_LANGUAGE).pgettext("needs card", "Card No.")
    story: list[tuple[Flowable, float]] = [
        (_Row(None, [_para(card_no, staff, small, color="#444444")], size), 0),
        (_Row(None, [_en(person.card_id, size * 2.3, fonts.BOLD)], size), 0),
    ]
    for code in person.languages:
        spoken = get_language(code)
        names = [_para(spoken.native, spoken, size, fonts.BOLD)]
        if display_name(spoken, language) != spoken.native:
            names.append(_para(display_name(spoken, language), staff, size))
        story.append((_Row("🗣" if code == person.languages[0] else "", names, size),
                      size * 0.2))
    ability = codes.label("japanese_ability", person.japanese_ability, language)
    story.append((_Row("", [_para(t.pgettext("needs card", "Japanese"), staff, small, fonts.BOLD,
                                  color=BLUE), _para(ability, staff, size)],
                       size), size * 0.2))
    if person.interpreter_needed:
        story.append((_Row("💬", [_para(t.pgettext("needs card", "Needs an interpreter"), staff,
                                        size, fonts.BOLD, color="#b00000")], size),
                      size * 0.2))

    def heading(title: str, kind: str) -> tuple[Flowable, float]:
        parts = [_para(title, staff, small, fonts.BOLD, color=BLUE)]
        if own is not None:
            parts.append(_para(words.title(kind, own.code), own, small, fonts.BOLD,
                               color=BLUE))
        row = _Row(None, parts, size)
        row.keep_with_next = True
        return row, size * 0.6

    for kind, title in (("diets", t.pgettext("needs card", "Diet")),
                        ("allergens", t.pgettext("needs card", "Food allergies"))):
        items = getattr(person, kind)
        if not items:
            continue
        story.append(heading(title, kind))
        for code in items:
            parts = [_para(words.text(kind, code, language), staff, size, fonts.BOLD)]
            if own is not None:
                parts.append(_para(words.text(kind, code, own.code), own, size))
            story.append((_Row(words.pictogram(kind, code), parts, size), size * 0.15))
    if person.medical or person.body_parts or person.pain_level is not None:
        labels = _medical(person, language)
        story.append((_Row("⚕", [_para(t.pgettext("needs card", "Medical"), staff, small,
                                       fonts.BOLD, color=BLUE), _para(labels, staff, size)],
                           size), size * 0.6))
    # Religious needs are whole sentences ("お祈りの時間と場所が必要です。"): no heading needed.
    for code in person.religious:
        story.append((_Row(words.pictogram("religious", code),
                           [_para(words.text("religious", code, language), staff, size)], size),
                      size * 0.3))
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
               drill: bool = False, language: str = STAFF_LANGUAGE) -> Path:
    """One person's needs card: card ID, languages, needs with pictograms in the staff's
    ``language`` (Japanese) and the person's, and a codes-only QR code. No name. Raises
    ``card_too_full`` when it cannot fit at a readable size."""
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
            placed = _flow(_card_story(person, words, text_size, language), boxes)
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
        _drill_band(canvas, page_w, page_h, scale, language)
    qr.draw(canvas, code, right - dark - quiet, top - dark - quiet, dark + 2 * quiet)
    for flowable, x, y in placed:
        flowable.drawOn(canvas, x, y)
    printed = message_catalog(language).pgettext("registry printout", "printed {time}")
    footer = _in(language, f"{printed.format(time=_now())} · evac-toolkit", 5.5,
                 color="#666666")
    footer.wrap(right - left, footer_h)
    footer.drawOn(canvas, left, margin + band_bottom)
    canvas.showPage()
    canvas.save()
    return write_output(buffer.getvalue(), out)


# -- A4 sheets ------------------------------------------------------------------------------------
PAGE_MARGIN = 14 * mm
CONTENT_WIDTH = A4[0] - 2 * PAGE_MARGIN


def _a4(story: list[Flowable], out: Path, title: str, footer: str, drill: bool,
        language: str) -> Path:
    """Lay ``story`` out on as many A4 pages as it needs, each with the footer and page number
    (in ``language``), and the drill band when ``drill``; then write it atomically."""
    numbered = message_catalog(language).pgettext("registry printout", "{footer} · page {page}")

    def decorate(canvas: Canvas, doc) -> None:
        canvas.saveState()
        if drill:
            _drill_band(canvas, *A4, language=language)
        para = _in(language, numbered.format(footer=footer, page=canvas.getPageNumber()), 7.5,
                   color="#444444")
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


def _heading(text: str, language: str, size: float = 13) -> Flowable:
    return _in(language, text, size, fonts.BOLD)


def _section(title: Flowable, header: list[str], rows: list[list], widths: list[float],
             numbers: tuple[int, ...], empty: str, language: str) -> Flowable:
    """A titled, ruled table. The title and column header are its first two rows, so they repeat
    on every page a long list continues on, and never end a page alone (ReportLab does not split
    a table inside its repeated rows)."""
    if not rows:
        return KeepTogether([Spacer(1, 5 * mm), title, Spacer(1, 1.5 * mm),
                             _in(language, empty, 10, color="#444444")])
    labels = [_in(language, text, 8.5, fonts.BOLD,
                  align=TA_RIGHT if index in numbers else TA_LEFT)
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


def _who(person: Evacuee, language: str, size: float = 9.5) -> list[Flowable]:
    """(card ID, name) cells. A protected person is their card ID and (保護), nothing more."""
    t = message_catalog(language)
    card = _en(person.card_id, size, fonts.BOLD)
    if person.do_not_disclose:
        return [card, _in(language, t.pgettext("registry printout", "(protected)"), size)]
    name = person.display_name or person.name_reading
    if person.display_name and person.name_reading:
        name = with_detail(person.display_name, person.name_reading, language)
    if not name:
        return [card, _in(language, t.pgettext("registry printout", "(no name given)"), size,
                          color="#666666")]
    return [card, _para(name, _free_text_language(name, person), size)]


def _count_rows(words: _Words, kind: str, counts: dict[str, int],
                languages: tuple[str, str]) -> list[list]:
    """Pictogram, first language (Japanese), second (English), people: largest counts first (as
    Stats gives them)."""
    first, second = languages
    return [[_Pictogram(words.pictogram(kind, code), 14),
             _in(first, words.text(kind, code, first), 11, fonts.BOLD),
             _in(second, words.text(kind, code, second), 10),
             _en(str(count), 14, fonts.BOLD, align=TA_RIGHT)] for code, count in counts.items()]


def kitchen_sheet(registry: Registry, out: Path, *, meal: str = "", include_names: bool = False,
                  drill: bool = False,
                  languages: tuple[str, str] = (STAFF_LANGUAGE, SECOND_LANGUAGE)) -> Path:
    """A4 for the kitchen in two ``languages`` (Japanese with English): how many present people
    need each diet and avoid each allergen. ``include_names`` adds who, per need (protected
    people by card ID)."""
    first, second = languages
    t, both = message_catalog(first), TwoLanguages(first, second)
    stats = registry.stats()
    words = _Words(registry)
    shelter = registry.shelter().get("name") or ""
    other = [p for p in registry.search(present_only=True) if p.allergens_other]
    printed = both.pgettext("kitchen sheet", "printed")
    info = " · ".join(part for part in (shelter, meal, f"{printed} {_now()}") if part)
    # Translators: {label} is "People present" in the sheet's two languages.
    present = t.npgettext("kitchen sheet", "{label}: {count}", "{label}: {count}", stats.present)
    story: list[Flowable] = [
        _in(first, t.pgettext("kitchen sheet", "Kitchen sheet: diets and food allergies"), 18,
            fonts.BOLD),
        _in(second, message_catalog(second).pgettext(
            "kitchen sheet", "Kitchen sheet: diets and food allergies"), 12),
        Spacer(1, 2 * mm),
        _para(info, _free_text_language(info), 10),
        Spacer(1, 3 * mm),
        _in(first, present.format(label=both.pgettext("kitchen sheet", "People present"),
                                  count=stats.present), 15, fonts.BOLD),
    ]
    header = ["", t.pgettext("kitchen sheet", "Item"),
              message_catalog(second).pgettext("kitchen sheet", "Item"),
              both.pgettext("kitchen sheet", "People")]
    widths = [10 * mm, 70 * mm, 70 * mm, CONTENT_WIDTH - 150 * mm]
    nobody = both.pgettext("kitchen sheet", "None")
    story.append(_section(_heading(both.pgettext("kitchen sheet", "Diets"), first), header,
                          _count_rows(words, "diets", stats.diets, languages), widths, (3,),
                          nobody, first))
    rows = _count_rows(words, "allergens", stats.allergens, languages)
    if other:
        # Their words are free text and stay in the registry: the kitchen learns there is more.
        rows.append([_Pictogram(words.pictogram("allergens", "prompt"), 14),
                     _in(first, t.pgettext("kitchen sheet",
                                           "Other (written in the registry: ask)"), 10,
                         fonts.BOLD),
                     _in(second, message_catalog(second).pgettext(
                         "kitchen sheet", "Other (written in the registry: ask)"), 10),
                     _en(str(len(other)), 14, fonts.BOLD, align=TA_RIGHT)])
    story.append(_section(_heading(both.pgettext("kitchen sheet", "Food allergies"), first),
                          header, rows, widths, (3,), nobody, first))

    if include_names:
        story += [Spacer(1, 4 * mm),
                  _heading(both.pgettext("kitchen sheet", "Who needs what"), first, 14)]
        needs = [("diets", code) for code in stats.diets] + \
                [("allergens", code) for code in stats.allergens]
        who = [both.pgettext("kitchen sheet", "Card"), both.pgettext("kitchen sheet", "Name")]
        nobody_listed = t.pgettext("registry printout", "None")
        for kind, code in needs:
            people = registry.search(need=f"{kind}:{code}", present_only=True)
            title = f"{words.text(kind, code, first)}  {words.text(kind, code, second)}" \
                    f"  ({len(people)})"
            head = _Row(words.pictogram(kind, code), [_in(first, title, 10.5, fonts.BOLD)], 10.5)
            story.append(_section(head, who, [_who(person, first) for person in people],
                                  [30 * mm, 120 * mm], (), nobody_listed, first))
        if other:
            head = _Row(words.pictogram("allergens", "prompt"),
                        [_in(first, both.pgettext("kitchen sheet", "Other allergies"), 10.5,
                             fonts.BOLD)], 10.5)
            story.append(_section(head, who, [_who(person, first) for person in other],
                                  [30 * mm, 120 * mm], (), nobody_listed, first))

    footer = " · ".join(["evac-toolkit", both.pgettext("kitchen sheet", "kitchen"),
                         both.pgettext("kitchen sheet", "personal data") if include_names
                         else both.pgettext("kitchen sheet", "no names")])
    return _a4(story, out, "evac-toolkit kitchen sheet", footer, drill, first)


def handover_sheet(registry: Registry, out: Path, *, drill: bool = False,
                   language: str = STAFF_LANGUAGE) -> Path:
    """A4 in the staff's ``language`` (Japanese) for the next shift: how many, which languages,
    who needs an interpreter, medical flags by card ID, and the open diet, allergy and religious
    needs."""
    t = message_catalog(language)

    def people(count: int) -> str:
        return t.npgettext("handover sheet", "{count} person", "{count} people",
                           count).format(count=count)

    def cell(text: str, size: float = 10, **kwargs) -> Flowable:
        return _in(language, text, size, **kwargs)

    stats = registry.stats()
    words = _Words(registry)
    shelter = registry.shelter()
    name = shelter.get("name") or t.pgettext("handover sheet", "(shelter name not set)")
    capacity = people(stats.capacity) if stats.capacity else t.pgettext("handover sheet",
                                                                       "not set")
    present = t.npgettext("handover sheet", "{count} person present / capacity {capacity}",
                          "{count} people present / capacity {capacity}", stats.present)
    story: list[Flowable] = [
        cell(t.pgettext("handover sheet", "Handover sheet"), 18, weight=fonts.BOLD),
        _para(name, _free_text_language(name), 12, fonts.BOLD),
    ]
    if shelter.get("address"):
        story.append(_para(shelter["address"], _free_text_language(shelter["address"]), 9.5))
    story += [cell(t.pgettext("handover sheet", "made {time}").format(time=_now()), 9.5),
              Spacer(1, 3 * mm),
              cell(present.format(count=stats.present, capacity=capacity), 15,
                   weight=fonts.BOLD)]
    nothing = t.pgettext("registry printout", "None")

    speakers = dict(stats.any_language)
    primary = dict(stats.by_language)
    rows = [[cell(display_name(code, language)),
             cell(people(primary.get(code, 0)), align=TA_RIGHT),
             cell(people(speakers[code]), align=TA_RIGHT)]
            for code in sorted(speakers, key=lambda c: (-primary.get(c, 0), -speakers[c], c))]
    story.append(_section(_heading(t.pgettext("handover sheet", "Languages"), language),
                          [t.pgettext("handover sheet", "Language"),
                           t.pgettext("handover sheet", "First language"),
                           t.pgettext("handover sheet", "Speak it")], rows,
                          [80 * mm, 35 * mm, 35 * mm], (1, 2),
                          t.pgettext("handover sheet", "None registered"), language))
    rows = [[cell(codes.label("japanese_ability", level, language)),
             cell(people(count), align=TA_RIGHT)]
            for level, count in stats.japanese_ability.items() if count]
    story.append(_section(_heading(t.pgettext("handover sheet", "Understanding of Japanese"),
                                   language),
                          ["", t.pgettext("handover sheet", "People")], rows,
                          [80 * mm, 35 * mm], (1,), nothing, language))

    interpreters = registry.search(need="interpreter", present_only=True)
    rows = [[*_who(person, language),
             cell(join_list((display_name(code, language) for code in person.languages),
                            language) or t.pgettext("handover sheet", "not registered"), 9.5)]
            for person in interpreters]
    title = t.npgettext("handover sheet", "Need an interpreter ({count} person)",
                        "Need an interpreter ({count} people)", len(interpreters))
    story.append(_section(_heading(title.format(count=len(interpreters)), language),
                          [t.pgettext("handover sheet", "Card No."),
                           t.pgettext("handover sheet", "Name"),
                           t.pgettext("handover sheet", "Language")], rows,
                          [28 * mm, 82 * mm, CONTENT_WIDTH - 110 * mm], (), nothing, language))

    rows = []
    for code, count in stats.medical.items():
        # The injured with where and how much: the next shift sees who to look at first.
        cards = [with_detail(p.card_id, injury_text(p, language), language)
                 if code == "injury" and injury_text(p, language) else p.card_id
                 for p in registry.search(need=f"medical:{code}", present_only=True)]
        # A table row never splits across pages: a long list goes on in rows of 40 IDs (8
        # with where it hurts, in words).
        injury = code == "injury"
        step = 8 if injury else 40
        for start in range(0, len(cards), step):
            first = start == 0
            listed = "  ".join(cards[start:start + step])
            rows.append([cell(codes.label("medical", code, language) if first else ""),
                         cell(people(count) if first else "", align=TA_RIGHT),
                         cell(listed, 9.5) if injury else _en(listed, 9.5)])
    story.append(_section(_heading(t.pgettext("handover sheet", "Medical and health needs"),
                                   language),
                          [t.pgettext("handover sheet", "Item"),
                           t.pgettext("handover sheet", "People"),
                           t.pgettext("handover sheet", "Card No.")], rows,
                          [45 * mm, 18 * mm, CONTENT_WIDTH - 63 * mm], (1,), nothing, language))

    rows = [[cell(group, 9.5), cell(words.text(kind, code, language)),
             cell(people(count), align=TA_RIGHT)]
            for kind, group in (("diets", t.pgettext("handover sheet", "Diet")),
                                ("allergens", t.pgettext("handover sheet", "Allergies")),
                                ("religious", t.pgettext("handover sheet", "Religion")))
            for code, count in getattr(stats, kind).items()]
    story.append(_section(_heading(t.pgettext("handover sheet",
                                              "Diet, allergy and religious needs"), language),
                          [t.pgettext("handover sheet", "Kind"),
                           t.pgettext("handover sheet", "Item"),
                           t.pgettext("handover sheet", "People")], rows,
                          [28 * mm, 110 * mm, 20 * mm], (2,), nothing, language))

    footer = " · ".join(["evac-toolkit", t.pgettext("handover sheet", "handover"),
                         t.pgettext("handover sheet", "personal data")])
    return _a4(story, out, "evac-toolkit handover", footer, drill, language)
