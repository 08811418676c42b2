"""What the columns and cells of a coordinator's own list may say, for the registry import.

Column titles and cell words are data (``assets/registry/import_headers.toml`` and
``import_values.toml``; their comments give the format and the matching rules). Language names
are made from the language catalog, so a language added there is read with no change here.
Everything is compared folded (``text_fold.fold``: case, width, katakana = hiragana, spaces).

``csv_io`` reads a list with these; ``choices`` and ``resolve_choice`` are what a coordinator
may choose for a value the file's words do not settle, and ``accepted`` is how a problem lists
them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import Worded
from evac_toolkit.core.language_names import list_separator, name_of
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.list_columns import IMPORT_FIELDS
from evac_toolkit.core.text_fold import fold

HEADERS_FILE = ("registry", "import_headers.toml")
VALUES_FILE = ("registry", "import_values.toml")
#: Fields whose cells are read as words of a vocabulary (lists and single codes).
CODED_FIELDS = ("languages", "japanese_ability", "status", "diets", "allergens", "medical",
                "religious", "body_parts")
FLAG_FIELDS = ("interpreter_needed", "consent_share", "do_not_disclose")

#: Ignored in a title: brackets and the marks offices put around or inside names (※氏名).
_TITLE_MARKS = re.compile(r"[_\-・()\[\]【】「」『』/:,、.。〜~*※＊?!]")
#: A bracketed hint after a title: "備考（アレルギー等）", "Name (kana)".
_BRACKETED = re.compile(r"[（(\[【「『][^）)\]】」』]*[）)\]】」』]")
_WORD = re.compile(r"[0-9a-z]+")
_KATAKANA_NAME = re.compile(r"[ァ-ヶー・]+")


def header_key(text: str) -> str:
    """A title as compared: folded, without brackets and marks."""
    return _TITLE_MARKS.sub("", fold(text))


@lru_cache(maxsize=8192)
def value_key(text: str) -> str:
    """A cell as compared: folded, without a closing full stop."""
    # Cached on its own: the words of list cells are few, but an import of 200,000 names
    # pushes them out of fold()'s cache, and each combination of words asked again.
    return fold(text).rstrip("。.")


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _load(parts: tuple[str, str]) -> dict:
    path = asset_path(*parts)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError("import_vocabulary_invalid", file=str(path), reason=str(exc)) from exc


def _invalid(parts: tuple[str, str], reason: str) -> UserError:
    return UserError("import_vocabulary_invalid", file=str(asset_path(*parts)), reason=reason)


# -- column titles --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Name:
    key: str                       # folded
    field: str | None              # None: a column the registry keeps no field for
    words: tuple[str, ...] = ()    # a Latin name's words ("check in time"): matched as words


@dataclass(frozen=True)
class _Headers:
    exact: dict[str, str | None]
    names: tuple[_Name, ...]
    neutral: tuple[str, ...]


@cache
def _headers() -> _Headers:
    raw = _load(HEADERS_FILE)
    fields = raw.get("fields", {})
    unknown = sorted(set(fields) - set(IMPORT_FIELDS))
    if unknown:
        raise _invalid(HEADERS_FILE, f"no such field: {', '.join(unknown)}")
    spelled = [(name, field) for field in IMPORT_FIELDS
               for name in (field, *fields.get(field, ()))]
    spelled += [(name, None) for name in raw.get("not_fields", {}).get("names", ())]
    exact: dict[str, str | None] = {}
    names = []
    for name, field in spelled:
        key = header_key(name)
        if exact.get(key, field) != field:
            raise _invalid(HEADERS_FILE, f"{name!r} names both {exact[key]} and {field}")
        exact[key] = field
        names.append(_Name(key, field, _words(name) if key.isascii() else ()))
    neutral = tuple(header_key(word) for word in raw.get("neutral", {}).get("words", ()))
    return _Headers(exact, tuple(names), neutral)


def header_field(text: str) -> str | None:
    """The field a column title means, or None when it is unknown or not clear.

    A title that is a known name ("氏名", "Name", "display_name") is that field. Otherwise the
    names it contains count (話せる言語 → languages, "入所時刻 Check-in time" → checked_in_time):
    first in the title without its bracketed hint, then in the whole title. See
    ``import_headers.toml`` for the rules.
    """
    table = _headers()
    key = header_key(text)
    if key in table.exact:
        return table.exact[key]
    main = _BRACKETED.sub("", text)
    if main != text and main.strip():
        if header_key(main) in table.exact:
            return table.exact[header_key(main)]
        found, field = _contained(main, table)
        if found:
            return field
    return _contained(text, table)[1]


def _contained(text: str, table: _Headers) -> tuple[bool, str | None]:
    """(whether any known name is inside ``text``, the field they settle or None).

    Japanese and Latin names are weighed apart (a kanji says more than a letter): in each, the
    longest name found wins; a tie between fields, or a non-field name among the longest, settles
    nothing; and the two must agree.
    """
    key = header_key(text)
    for word in table.neutral:
        key = key.replace(word, "")
    words = _words(text)
    best: dict[bool, tuple[int, set[str | None]]] = {}
    for name in table.names:
        if name.words:
            found = name.key in words or any(
                words[start:start + len(name.words)] == name.words
                for start in range(len(words) - len(name.words) + 1))
        else:
            found = name.key in key
        if not found:
            continue
        latin = bool(name.words)
        length, fields = best.get(latin, (0, set()))
        if len(name.key) > length:
            best[latin] = (len(name.key), {name.field})
        elif len(name.key) == length:
            fields.add(name.field)
    if not best:
        return False, None
    settled = set()
    for _length, fields in best.values():
        if len(fields) != 1 or None in fields:
            return True, None
        settled |= fields
    return True, settled.pop() if len(settled) == 1 else None


# -- cell values ----------------------------------------------------------------------------------
@cache
def total_words() -> frozenset[str]:
    """The words (compared as ``header_key``) that start a totals line under a list."""
    layout = _load(HEADERS_FILE).get("list_layout", {})
    return frozenset(header_key(word) for word in layout.get("total_words", ()))


@dataclass(frozen=True)
class MissingLanguage:
    """A language people write that the catalog has no entry for (広東語)."""

    code: str
    japanese: str
    english: str
    nearest: tuple[str, ...]       # catalog codes offered instead


@cache
def _values() -> dict:
    return _load(VALUES_FILE)


def _labels(field: str) -> dict[str, tuple[str, ...]]:
    """Each code of a field with the names it has anyway: code, Japanese and English label."""
    if field == "languages":
        return {lang.code: (lang.code, lang.native, lang.japanese, lang.english)
                for lang in _catalog()}
    every = {"diets": codes.diets, "allergens": codes.allergens,
             "religious": codes.religious_needs, "body_parts": codes.body_parts,
             "medical": lambda: codes.MEDICAL_FLAGS,
             "japanese_ability": lambda: codes.JAPANESE_ABILITY,
             "status": lambda: codes.STATUSES}[field]()
    return {code: (code, codes.label(field, code, "ja"), codes.label(field, code, "en"))
            for code in every}


def _catalog():
    return catalog()


def _shorter(name: str, japanese: bool) -> list[str]:
    """Shorter forms people write: the name before its bracket ("ハラール（イスラム教の食事）"),
    each half of "A / B"; for a Japanese language name also what is inside the bracket and each
    katakana part without 語 (ミャンマー語（ビルマ語） → ミャンマー語, ミャンマー, ビルマ語, ビルマ)."""
    parts = [re.split(r"[(（]", name)[0].strip(), *name.split(" / ")]
    if japanese:
        parts += re.findall(r"[(（]([^)）]*)[)）]", name)
        parts += [part[:-1] for part in list(parts)
                  if part.endswith("語") and _KATAKANA_NAME.fullmatch(part[:-1])]
    return parts


@cache
def vocabulary(field: str) -> dict[str, str]:
    """Folded word → code for a coded field: codes, labels and their shorter forms, the data's
    words and (languages) the catalog's names and the data's other spellings."""
    labels = _labels(field)
    short: dict[str, set[str]] = {}
    for code, spelled in labels.items():
        for index, name in enumerate(spelled):
            japanese = field == "languages" and index == 2
            for part in _shorter(name, japanese):
                short.setdefault(value_key(part), set()).add(code)
    # A shorter form two codes share ("中国語": simplified or traditional?) is nobody's.
    derived = {key: found.pop() for key, found in short.items() if key and len(found) == 1}
    words: dict[str, str] = {}
    listed = _values()["languages"]["spellings"] if field == "languages" \
        else _values()["words"].get(field, {})
    for code, spelled in listed.items():
        if code not in labels:
            raise _invalid(VALUES_FILE, f"{field}: no such code {code!r}")
        for word in spelled:
            key = value_key(word)
            if words.get(key, code) != code:
                raise _invalid(VALUES_FILE, f"{field}: {word!r} is both {words[key]} and {code}")
            words[key] = code
    exact = {value_key(name): code for code, spelled in labels.items() for name in spelled}
    return {**derived, **words, **exact}


@cache
def missing_languages() -> dict[str, MissingLanguage]:
    """Folded name → a language known not to be in the catalog (its names with and without
    語, English name, other spellings, code). An entry the catalog now has, and names the
    catalog reads, are left out."""
    known = vocabulary("languages")
    catalog_codes = {lang.code for lang in _catalog()}
    found: dict[str, MissingLanguage] = {}
    for code, entry in _values()["languages"].get("not_in_catalog", {}).items():
        if code in catalog_codes:
            continue                    # added to the catalog since: its names are read there
        nearest = tuple(near for near in entry.get("nearest", ()) if near in catalog_codes)
        language = MissingLanguage(code, entry["japanese"], entry["english"], nearest)
        names = [code, language.english, *entry.get("other", ()),
                 *_shorter(language.japanese, japanese=True)]
        for name in names:
            key = value_key(name)
            if key and key not in known:
                found[key] = language
    return found


@cache
def flag_words(field: str) -> dict[str, bool]:
    """Folded word → yes (True) or no (False) for a yes/no field. An empty cell is no."""
    raw = _values().get("flags", {})
    words: dict[str, bool] = {"": False}
    for table in (raw, raw.get(field, {})):
        for answer, meaning in (("yes", True), ("no", False)):
            for word in table.get(answer, ()):
                key = value_key(word)
                if words.get(key, meaning) != meaning:
                    raise _invalid(VALUES_FILE, f"{field}: {word!r} is both yes and no")
                words[key] = meaning
    return words


# -- what a coordinator may choose, and how problems list it --------------------------------------
def choices(field: str) -> tuple[object, ...]:
    """The values a field's cell can be given: codes in their list's order, True/False for a
    yes/no field."""
    if field in FLAG_FIELDS:
        return (True, False)
    return tuple(_labels(field))


def choice_label(field: str, value: object, language: str) -> str:
    """A value as a volunteer reads it, in the interface language ``language``, never a code."""
    if field in FLAG_FIELDS:
        return message("import_choice_yes" if value else "import_choice_no", language)
    if field == "languages":
        found = next((lang for lang in _catalog() if lang.code == value), None)
        if found is None:
            return str(value)
        return name_of(found, language)
    return codes.label(field, str(value), language)


@dataclass(frozen=True)
class ChoiceNames(Worded):
    """A field's values as a volunteer reads them, listed in the sentence's language."""

    field: str
    values: tuple[object, ...]

    def worded(self, language: str) -> str:
        return list_separator(language).join(
            choice_label(self.field, value, language) for value in self.values)


@dataclass(frozen=True)
class MissingLanguageName(Worded):
    """A language the catalog does not list, by the names the import vocabulary gives it: in
    Japanese and English only (data, not a message), so English in any other language."""

    japanese: str
    english: str

    def worded(self, language: str) -> str:
        return self.japanese if language == "ja" else self.english


def resolve_choice(field: str, text: str) -> object:
    """What a coordinator's answer for an unknown value means: a code of ``field`` or any word
    the import reads as one ("zh-Hant", "中国語（繁体字）"), yes/no words for a yes/no field; an
    empty answer is None (leave the value out). ``UserError('import_choice_unknown')`` lists the
    accepted values."""
    key = value_key(text)
    if not key:
        return None
    if field in FLAG_FIELDS:
        found = flag_words(field).get(key)
    elif field in CODED_FIELDS:
        found = vocabulary(field).get(key)
    else:
        raise UserError("import_choice_no_values", field=field)
    if found is None:
        raise UserError("import_choice_unknown", field=field, value=text.strip(),
                        **accepted(field))
    return found


@cache
def accepted(field: str) -> dict[str, object]:
    """The accepted values of a field as problem messages list them: ``accepted`` (their
    names, a :class:`ChoiceNames` listed in the message's language) and ``codes``; for a yes/no
    field ``yes`` and ``no`` (some of the words for each)."""
    if field in FLAG_FIELDS:
        raw = _values().get("flags", {})
        own = raw.get(field, {})
        return {"yes": ", ".join([*raw.get("yes", ())[:7], *own.get("yes", ())[:2]]),
                "no": ", ".join([*raw.get("no", ())[:7], *own.get("no", ())[:2]])}
    every = choices(field)
    return {"accepted": ChoiceNames(field, every), "codes": ", ".join(map(str, every))}


def nearest(language: MissingLanguage) -> dict[str, object]:
    """A missing language's name and its nearest catalog languages, for its problem."""
    return {"language": MissingLanguageName(language.japanese, language.english),
            "nearest": ChoiceNames("languages", language.nearest),
            "nearest_codes": ", ".join(language.nearest)}
