"""The language catalog, read from ``assets/languages/catalog.toml`` (data, not code)."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.paths import asset_path


@dataclass(frozen=True)
class Language:
    code: str
    native: str
    japanese: str
    english: str
    script: str
    direction: str
    font: str
    argos: str | None = None
    ruby: bool = False
    sample: str = ""
    date_format: str = ""                 # "{weekday} {day} {month}"; empty: ISO 8601
    months: tuple[str, ...] = ()          # January first; empty: month numbers
    weekdays: tuple[str, ...] = ()        # Monday first

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def format_date(self, day: dt.date) -> str:
        """A date as this language's notices write it ("11月22日（日）", "Sunday 22 November")."""
        if not self.date_format:
            return day.isoformat()
        return self.date_format.format(
            day=day.day, month=self.months[day.month - 1] if self.months else day.month,
            weekday=self.weekdays[day.weekday()] if self.weekdays else "")


_REQUIRED = ("code", "native", "japanese", "english", "script", "direction", "font")


def load_catalog(path: Path | None = None) -> tuple[Language, ...]:
    """Parse a catalog file; malformed entries raise ``UserError('catalog_invalid')``."""
    path = path or asset_path("languages", "catalog.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError("catalog_invalid", file=str(path), reason=str(exc)) from exc
    languages: list[Language] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw.get("language", []), start=1):
        missing = [key for key in _REQUIRED if not entry.get(key)]
        if missing:
            raise UserError("catalog_invalid", file=str(path),
                            reason=f"entry {index}: missing {', '.join(missing)}")
        if entry["direction"] not in ("ltr", "rtl"):
            raise UserError("catalog_invalid", file=str(path),
                            reason=f"{entry['code']}: direction must be ltr or rtl")
        if entry["code"] in seen:
            raise UserError("catalog_invalid", file=str(path),
                            reason=f"duplicate code {entry['code']}")
        seen.add(entry["code"])
        known = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()
                 if k in Language.__dataclass_fields__}
        problem = _date_problem(known)
        if problem:
            raise UserError("catalog_invalid", file=str(path),
                            reason=f"{entry['code']}: {problem}")
        languages.append(Language(**known))
    return tuple(languages)


def _date_problem(entry: dict) -> str | None:
    """Why a language's date fields cannot format a date, or None."""
    if entry.get("months") and len(entry["months"]) != 12:
        return "months must name all 12 months"
    if entry.get("weekdays") and len(entry["weekdays"]) != 7:
        return "weekdays must name all 7 days, Monday first"
    form = entry.get("date_format", "")
    if not form:
        return None
    try:
        form.format(day=1, month=1, weekday="")
    except (KeyError, IndexError, ValueError) as exc:
        return f"date_format {form!r}: {exc}"
    if "{weekday}" in form and not entry.get("weekdays"):
        return "date_format uses {weekday} but weekdays are missing"
    return None


@cache
def catalog() -> tuple[Language, ...]:
    """The installed catalog, read once."""
    return load_catalog()


def get_language(code: str, languages: tuple[Language, ...] | None = None) -> Language:
    """The catalog entry for ``code`` (case-insensitive); ``UserError('unknown_language')``."""
    for language in languages or catalog():
        if language.code.lower() == code.lower():
            return language
    raise UserError("unknown_language", code=code)


def display_name(language: Language | str, ui_language: str) -> str:
    """A language's name in the interface language ("ミャンマー語", "Burmese"): Japanese from the
    catalog's own ``japanese`` field, any other interface language from its message catalog
    (context "language name"), which falls back to the English name. A code the catalog does not
    know is shown as it is."""
    if isinstance(language, str):
        try:
            language = get_language(language)
        except UserError:
            return language
    if ui_language == "ja":
        return language.japanese
    return message_catalog(ui_language).pgettext("language name", language.english)
