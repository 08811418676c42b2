"""``evac-toolkit content check``: everything that would embarrass a sign on a shelter wall."""

from __future__ import annotations

from dataclasses import dataclass, field

from evac_toolkit.core import fonts, ruby, slot_text
from evac_toolkit.core.content.bank import COLLECTIONS, STATUSES, ContentBank
from evac_toolkit.core.content.glossary import check_glossary
from evac_toolkit.core.languages import Language, catalog, get_language

#: A slot, {place} or a number's choices {number|one:…|other:…} (core/slot_text.py).
PLACEHOLDER = slot_text.SLOT
SOURCE = "en"


@dataclass(frozen=True)
class Problem:
    file: str
    key: str
    code: str        # parse_error | no_text_file | missing_string | extra_string | empty_string
                     # | placeholder_mismatch | stray_brace | missing_glyph | ruby_error
                     # | too_long | duplicate_id | bad_status
                     # | choice_syntax | choice_not_number | plural_category_unknown
                     # | plural_other_missing | plural_category_missing | counter_unknown
                     # | counter_fixed_reading (slot_text.py)
                     # | glossary_missing | glossary_other_word | glossary_error (glossary.py)
    detail: str = ""
    #: What the code's message names besides ``detail`` (a glossary term, the words).
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def message_params(self) -> dict[str, str]:
        """Everything to fill the code's message with (``message(code, lang, **...)``)."""
        return {**self.params, "detail": self.detail}


def _placeholders(text: str) -> list[str]:
    return sorted(slot_text.names(text))


def limits_of(bank: ContentBank) -> dict[str, float]:
    """Widths (in em) a string may take, per kind, from the definitions' [limits] tables."""
    import tomllib

    limits: dict[str, float] = {}
    for path in (bank.root / "labels" / "signs.toml", bank.root / "labels" / "places.toml",
                 bank.root / "fingerboards" / "boards.toml"):
        try:
            limits.update(tomllib.loads(path.read_text(encoding="utf-8")).get("limits", {}))
        except (OSError, tomllib.TOMLDecodeError):
            pass
    return limits


def check(bank: ContentBank, languages: tuple[Language, ...] | None = None) -> list[Problem]:
    languages = languages or catalog()
    limits = limits_of(bank)
    found: list[Problem] = []
    for language in languages:
        for collection in COLLECTIONS:
            found += _check_language(bank, language, collection, limits)
    # Text files load lazily, so read errors are known only after the languages were checked.
    problems = [Problem(p.file, p.key, p.code, p.detail) for p in bank.problems]
    problems += [Problem(f, k, "duplicate_id") for f, k in bank.duplicates]
    found += [Problem(g.file, g.key, g.code, g.params.get("detail", ""), g.params)
              for g in check_glossary(bank, languages)]
    return problems + found


def _check_language(bank: ContentBank, language: Language, collection: str,
                    limits: dict[str, float]) -> list[Problem]:
    files = bank.files(collection, language.code)
    if not files:
        return [Problem(f"{collection}/text/{language.code}.toml", "", "no_text_file")]
    out: list[Problem] = []
    expected = bank.keys(collection)
    for text_file in files:
        for key in text_file.texts:
            if key not in bank.entries:
                out.append(Problem(str(text_file.path), key, "extra_string"))
        for key, prov in text_file.overrides.items():
            if prov.status not in STATUSES:
                out.append(Problem(str(text_file.path), key, "bad_status", prov.status))
        if text_file.meta.status not in STATUSES:
            out.append(Problem(str(text_file.path), "[meta]", "bad_status", text_file.meta.status))
    where = str(files[0].path)
    for key in expected:
        text = bank.text(language.code, key)
        if text is None:
            out.append(Problem(where, key, "missing_string"))
            continue
        out += check_string(bank, language, key, text, limits, where)
    return out


def check_string(bank: ContentBank, language: Language, key: str, text: str,
                 limits: dict[str, float] | None = None, where: str = "") -> list[Problem]:
    """Every check one string must pass in one language (also used on review sheets)."""
    limits = limits_of(bank) if limits is None else limits
    if not text.strip():
        return [Problem(where, key, "empty_string")]
    out: list[Problem] = []
    entry = bank.entries[key]
    wanted = sorted(entry.slots) if entry.kind == "notice" else None
    if wanted is None:
        source = bank.text(SOURCE, key)
        wanted = _placeholders(source) if source else []
    if _placeholders(text) != wanted:
        out.append(Problem(where, key, "placeholder_mismatch",
                           f"{_placeholders(text)} != {wanted}"))
    if PLACEHOLDER.sub("", text).count("{") or PLACEHOLDER.sub("", text).count("}"):
        out.append(Problem(where, key, "stray_brace"))
    numbers = ({name for name, kind in entry.slots.items() if kind == "number"}
               if entry.kind == "notice" else set(wanted))
    out += [Problem(where, key, f.code, f.detail, f.params)
            for f in slot_text.problems(text, language.code, numbers, ruby=language.ruby)]
    # Choices and counters are checked as they print: every choice's words and a counter's
    # reading for glyphs and furigana, the "other" words (as a template shows) for the width.
    typical = slot_text.labelled(text, {name: "" for name in wanted})
    text = slot_text.every_choice(text)
    shown = ruby.plain(text) if language.ruby else text
    if language.ruby:
        out += [Problem(where, key, "ruby_error", msg) for msg in ruby.problems(text)]
    missing = fonts.missing_glyphs(PLACEHOLDER.sub("", shown), language.font)
    if missing:
        out.append(Problem(where, key, "missing_glyph", "".join(missing)))
    limit = limits.get(f"{entry.kind}_max_em")
    if limit:
        typical = ruby.plain(typical) if language.ruby else typical
        width = fonts.width_em(PLACEHOLDER.sub("", typical), language.font)
        if width > limit:
            out.append(Problem(where, key, "too_long", f"{width:.0f} em > {limit:.0f} em"))
    return out


def languages_to_check(code: str | None) -> tuple[Language, ...]:
    if code is None:
        return catalog()
    return (get_language(code),)

