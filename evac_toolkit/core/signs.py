"""Signs and notices as printable sheets: find them, choose languages, fill notice slots.

Shared by the command line and the GUI's Signs view; the drawing is in ``printing/sheets.py``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from evac_toolkit.core import dates, ruby, slot_text
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import Worded
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.languages import Language, catalog, get_language
from evac_toolkit.core.places import place_value
from evac_toolkit.core.printing.qr_payload import QrText, priority
from evac_toolkit.core.printing.sheets import HEADLINED, SIGN, Sheet, SheetText
from evac_toolkit.core.text_fold import fold

MAX_LANGUAGES = 6
CATEGORIES = ("facility", "rule", "promise", "emergency")
NOTICE_CATEGORIES = ("life", "health", "schedule", "safety", "information")
MAX_PLACE = 30
MAX_NUMBER = 99_999


@dataclass(frozen=True)
class SignInfo:
    id: str
    category: str
    pictogram: str
    japanese: str
    english: str
    has_body: bool


def _fold(text: str) -> str:
    return fold(ruby.plain(text))


def list_signs(bank: ContentBank, category: str | None = None,
               query: str | None = None) -> list[SignInfo]:
    """Signs in definition order; ``query`` matches the ID, Japanese (also Easy Japanese, by
    reading or kanji), or English."""
    if category is not None and category not in CATEGORIES:
        raise UserError("unknown_category", name=category, choices=", ".join(CATEGORIES))
    needle = _fold(query.strip()) if query and query.strip() else None
    found = []
    for sign in bank.signs:
        if category and sign["category"] != category:
            continue
        key = sign["id"]
        info = SignInfo(key, sign["category"], sign.get("pictogram", ""),
                        bank.text("ja", key) or "", bank.text("en", key) or "",
                        bool(sign.get("body")))
        if needle:
            easy = bank.text("ja-x-easy", key) or ""
            haystack = [key, info.japanese, info.english, ruby.plain(easy),
                        "".join(s.reading or s.text for s in ruby.segments(easy))]
            if not any(needle in _fold(h) for h in haystack):
                continue
        found.append(info)
    return found


def resolve_languages(codes: list[str] | tuple[str, ...]) -> tuple[Language, ...]:
    """The printed languages: Japanese first (a Japanese shelter's staff read every sign), then the
    chosen ones in order, at most six in all."""
    chosen: list[Language] = []
    for code in codes:
        language = get_language(code.strip())
        if language not in chosen:
            chosen.append(language)
    japanese = get_language("ja")
    if japanese in chosen:
        chosen.remove(japanese)
    chosen.insert(0, japanese)
    if len(chosen) > MAX_LANGUAGES:
        raise UserError("too_many_languages", count=len(chosen), max=MAX_LANGUAGES)
    return tuple(chosen)


def _status(bank: ContentBank, code: str, keys: list[str]) -> str:
    statuses = []
    for key in keys:
        provenance = bank.provenance(code, key)
        statuses.append(provenance.review if provenance else "draft")
    for status in ("draft", "machine"):
        if status in statuses:
            return status
    return "reviewed"


def _qr_shown(language: Language, text: str | None) -> str | None:
    """A text as the QR code carries it: one line, Easy Japanese with its readings inline."""
    if not text:
        return None
    shown = ruby.inline(text) if language.ruby else text
    return " ".join(shown.split())


def _qr_texts(printed: tuple[Language, ...], titles: dict[str, str],
              bodies: dict[str, str] | None = None) -> tuple[QrText, ...]:
    """Every catalog language with a text, those not printed first (``qr_payload.priority``)."""
    texts = tuple(QrText(lang.code, _qr_shown(lang, titles.get(lang.code)) or "",
                         _qr_shown(lang, (bodies or {}).get(lang.code)))
                  for lang in catalog() if titles.get(lang.code))
    return priority(texts, tuple(lang.code for lang in printed))


def sign_sheet(bank: ContentBank, sign_id: str, languages: tuple[Language, ...],
               drill: bool = False) -> Sheet:
    sign = next((s for s in bank.signs if s["id"] == sign_id), None)
    if sign is None:
        raise UserError("unknown_sign", id=sign_id)
    body_key = f"{sign_id}.body" if sign.get("body") else None
    printed = []
    for language in languages:
        title = bank.text(language.code, sign_id)
        if not title:
            raise UserError("no_text_for_language", id=sign_id, language=language.code,
                            **_missing_text_names(bank, sign_id, language))
        body = bank.text(language.code, body_key) if body_key else None
        keys = [sign_id, body_key] if body_key else [sign_id]
        printed.append(SheetText(language, title, body, _status(bank, language.code, keys)))
    titles = {lang.code: bank.text(lang.code, sign_id) or "" for lang in catalog()}
    bodies = {lang.code: bank.text(lang.code, body_key) or "" for lang in catalog()} \
        if body_key else None
    return Sheet(sign_id, sign.get("pictogram", ""), tuple(printed),
                 _qr_texts(languages, titles, bodies), SIGN, drill)


# -- notices --------------------------------------------------------------------------------------


def clean_slot(name: str, kind: str, value: str) -> str:
    """Validate one slot value by its type; returns it as printed."""
    value = unicodedata.normalize("NFKC", value).strip() if kind != "place" else value.strip()
    if not value:
        raise UserError("slot_missing", slot=name)
    if kind == "time":
        time = dates.parse_time(value)
        if time is None:
            raise UserError("slot_bad_value", slot=name, value=value,
                            expected=dates.accepted("time"))
        return f"{time.hour}:{time.minute:02d}"
    if kind == "date":
        # As a person types it: 2026/12/7, 12月7日 (the nearest 7 December), 令和8年12月7日.
        day = dates.parse_date(value)
        if day is None:
            raise UserError("slot_bad_value", slot=name, value=value,
                            expected=dates.accepted("date", typed=True))
        return day.isoformat()
    if kind == "number":
        if not value.isdigit() or int(value) > MAX_NUMBER:
            raise UserError("slot_bad_value", slot=name, value=value,
                            expected=f"0–{MAX_NUMBER}")
        return str(int(value))
    # place: free text, short enough for one line, no markup, no line breaks.
    if len(value) > MAX_PLACE:
        raise UserError("slot_too_long", slot=name, max=MAX_PLACE, length=len(value))
    if any(c in value for c in "{}\n\r\t｜《》"):
        raise UserError("slot_bad_value", slot=name, value=value, expected="plain text")
    return value


def notice_sheet(bank: ContentBank, notice_id: str, values: dict[str, str],
                 languages: tuple[Language, ...], drill: bool = False,
                 readings: dict[str, str] | None = None) -> Sheet:
    """A notice with its slots filled: each language's headline above its sentence.

    ``readings`` gives a typed place's reading in Latin letters, by slot name; a curated place
    (``core/places.py``) needs none.
    """
    notice = next((n for n in bank.notices if n["id"] == notice_id), None)
    if notice is None:
        raise UserError("unknown_notice", id=notice_id)
    slots: dict[str, str] = dict(notice.get("slots", {}))
    readings = readings or {}
    unknown = sorted((set(values) | set(readings)) - set(slots))
    if unknown:
        raise UserError("slot_unknown", slot=", ".join(unknown), expected=", ".join(slots))
    filled = {name: clean_slot(name, kind, values.get(name, "")) for name, kind in slots.items()}
    places = {name: place_value(bank, name, filled[name], readings.get(name, ""))
              for name, kind in slots.items() if kind == "place"}
    texts: dict[str, str] = {}
    for language in catalog():
        template = bank.text(language.code, notice_id)
        if template:
            # Each language writes dates its own way and names a listed place in its own words;
            # numbers pick their words by the language's plural rules ("1 año", "2 años") or
            # counter ("｜1歳《いっさい》").
            shown = {}
            for name, value in filled.items():
                if slots[name] == "date":
                    value = language.format_date(dt.date.fromisoformat(value))
                elif name in places:
                    value = places[name].worded(bank, language)
                shown[name] = value
            texts[language.code] = slot_text.fill(template, shown, language.code,
                                                  ruby=language.ruby)
    headline_key = f"{notice_id}.title"
    headlines = {lang.code: bank.text(lang.code, headline_key) or "" for lang in catalog()}
    printed = []
    for language in languages:
        if language.code not in texts or not headlines.get(language.code):
            raise UserError("no_text_for_language", id=notice_id, language=language.code,
                            **_missing_text_names(bank, notice_id, language))
        printed.append(SheetText(language, headlines[language.code], texts[language.code],
                                 _status(bank, language.code, [headline_key, notice_id])))
    shown = {name: places[name].shown(bank) if name in places else value
             for name, value in filled.items()}
    return Sheet(notice_id, notice.get("pictogram", ""), tuple(printed),
                 _qr_texts(languages, headlines, texts), HEADLINED, drill,
                 meta={"slots": shown})


def notice_slots(bank: ContentBank, notice_id: str) -> dict[str, str]:
    notice = next((n for n in bank.notices if n["id"] == notice_id), None)
    if notice is None:
        raise UserError("unknown_notice", id=notice_id)
    return dict(notice.get("slots", {}))


def slot_label(bank: ContentBank, name: str, ui_language: str) -> str:
    """What the window calls a notice slot ("場所" for {place}); the name itself if unlabelled."""
    labels = bank.slot_labels.get(name, {})
    return labels.get(ui_language) or labels.get("en") or name


def template_with_labels(bank: ContentBank, notice_id: str, code: str, ui_language: str) -> str:
    """A notice template as a person reads it: each {slot} shown as its label in brackets,
    食事は［時刻］に［場所］で配ります。 rather than 食事は{time}に{place}で配ります。"""
    text = bank.text(code, notice_id) or notice_id
    bracketed = message_catalog(ui_language).pgettext("notice slot shown in a template",
                                                      "[{label}]")
    return slot_text.labelled(text, {name: bracketed.format(label=slot_label(bank, name,
                                                                              ui_language))
                                     for name in notice_slots(bank, notice_id)},
                              ruby=get_language(code).ruby)


@dataclass(frozen=True)
class SignText(Worded):
    """A sign or notice named by its own text in the sentence's language (English when it has
    none in that language, its ID when it has no text at all)."""

    key: str
    bank: ContentBank = field(compare=False, repr=False)

    def worded(self, language: str) -> str:
        return self.bank.text(language, self.key) or self.bank.text("en", self.key) or self.key


def _missing_text_names(bank, key: str, language) -> dict[str, Worded]:
    """``no_text_for_language``'s names for the window: the sign or notice by its text, the
    language by its name (the command line shows the ID and code it takes)."""
    return {"sign": SignText(key, bank), "language_name": LanguageName(language.code)}
