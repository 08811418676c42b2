"""The language catalog, read from ``assets/languages/catalog.toml`` (data, not code)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from evac_toolkit.core.errors import UserError
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

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


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
        known = {k: v for k, v in entry.items() if k in Language.__dataclass_fields__}
        languages.append(Language(**known))
    return tuple(languages)


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
