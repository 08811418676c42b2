"""The glossary: one wording per key term and language, kept on every sign, notice and board.

A reader who sees "shelter" worded one way on the wall and another way on the staff's board may
think they are two places. ``assets/glossary/terms.toml`` names the terms (stable IDs) and which
strings use each, found by a pattern on the English source text; ``assets/glossary/<code>.toml``
gives a language's approved wording, the forms that count as it (inflections, the short form
inside a sentence) and other words for the same concept that must not be used. ``content check``
reports a string that leaves the approved wording out or uses another word.

Matching is by substring, so it works the same for scripts written without spaces (Thai, Burmese,
Chinese, Japanese); Easy Japanese is compared without its furigana readings.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from evac_toolkit.core import ruby, slot_text
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.languages import Language

#: The language whose text decides which strings use a term.
SOURCE = "en"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Term:
    id: str
    english: str
    japanese: str
    #: A regular expression on the English text: the strings that use the term.
    source: re.Pattern[str]
    #: Strings that use the concept although their English does not say it.
    keys: tuple[str, ...] = ()
    #: Strings whose English matches the pattern but mean something else.
    not_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Wording:
    """One language's wording of one term."""

    word: str
    #: What counts as the approved wording inside a string (``word`` is always one of them).
    forms: tuple[str, ...]
    #: Other words for the same concept: a string using one names the term two ways.
    other: tuple[str, ...] = ()
    #: Strings in scope that word the concept otherwise on purpose: key → why.
    exceptions: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Finding:
    """A string that words a glossary term differently from the glossary."""

    file: str
    key: str
    code: str          # glossary_missing | glossary_other_word | glossary_error
    params: dict[str, str] = field(default_factory=dict, compare=False)


def glossary_dir(root: Path) -> Path:
    return root / "glossary"


def _read(path: Path, findings: list[Finding]) -> dict | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        findings.append(Finding(str(path), "", "glossary_error", {"detail": str(exc)}))
        return None


def load_terms(root: Path, findings: list[Finding]) -> list[Term]:
    path = glossary_dir(root) / "terms.toml"
    if not path.is_file():
        return []
    raw = _read(path, findings) or {}
    terms: list[Term] = []
    for item in raw.get("term", []):
        try:
            terms.append(Term(str(item["id"]), str(item.get("english", "")),
                              str(item.get("japanese", "")), re.compile(item["source"]),
                              tuple(item.get("keys", ())), tuple(item.get("not_keys", ()))))
        except (KeyError, TypeError, re.error) as exc:
            findings.append(Finding(str(path), str(item.get("id", "")), "glossary_error",
                                    {"detail": f"{type(exc).__name__}: {exc}"}))
    return terms


def load_wordings(root: Path, code: str, findings: list[Finding]) -> dict[str, Wording]:
    """A language's wordings by term ID; empty when the language has no glossary yet."""
    path = glossary_dir(root) / f"{code}.toml"
    if not path.is_file():
        return {}
    raw = _read(path, findings) or {}
    wordings: dict[str, Wording] = {}
    for term_id, item in raw.get("term", {}).items():
        item = item if isinstance(item, dict) else {}
        word, forms, other = item.get("word"), item.get("forms", []), item.get("other", [])
        # A form given as one string instead of a list would make each letter a form and let
        # every string pass: refuse it.
        wrong = [name for name, value in (("word", [word]), ("forms", forms), ("other", other))
                 if not isinstance(value, list)
                 or not all(isinstance(v, str) and v.strip() for v in value)]
        if wrong or not isinstance(item.get("except", {}), dict):
            findings.append(Finding(str(path), term_id, "glossary_error",
                                    {"detail": f"[term.{term_id}] {', '.join(wrong) or 'except'}"}))
            continue
        wordings[term_id] = Wording(word, tuple(dict.fromkeys([word, *forms])), tuple(other),
                                    dict(item.get("except", {})))
    return wordings


def _normal(text: str, language: Language) -> str:
    """What a string says, for comparing words: no readings, no slots (a number's choices
    keep their words), one Unicode form."""
    text = slot_text.every_choice(text)
    if language.ruby:
        text = ruby.plain(text)
    text = _PLACEHOLDER.sub(" ", text)
    return unicodedata.normalize("NFC", text).casefold()


def in_scope(bank: ContentBank, term: Term) -> list[str]:
    """The keys whose English uses ``term``, in definition order."""
    keys = []
    for key in bank.entries:
        english = bank.text(SOURCE, key) or ""
        if key in term.keys or (term.source.search(english) and key not in term.not_keys):
            keys.append(key)
    return keys


def check_glossary(bank: ContentBank, languages: tuple[Language, ...]) -> list[Finding]:
    findings: list[Finding] = []
    terms = load_terms(bank.root, findings)
    scopes = {term.id: in_scope(bank, term) for term in terms}
    for language in languages:
        wordings = load_wordings(bank.root, language.code, findings)
        where = str(glossary_dir(bank.root) / f"{language.code}.toml")
        for term_id in wordings.keys() - {term.id for term in terms}:
            findings.append(Finding(where, term_id, "glossary_error", {"detail": "unknown term"}))
        # Every string of the language once, as compared (a missing one is content check's own
        # finding).
        texts = {key: _normal(text, language) for key in bank.entries
                 if (text := bank.text(language.code, key)) is not None}
        for term in terms:
            wording = wordings.get(term.id)
            if wording is not None:
                findings += _check_term(bank, language, term, wording, scopes[term.id], texts)
    return findings


def _check_term(bank: ContentBank, language: Language, term: Term, wording: Wording,
                scope: list[str], texts: dict[str, str]) -> list[Finding]:
    forms = [_normal(form, language) for form in wording.forms]
    others = [(other, _normal(other, language)) for other in wording.other]
    found: list[Finding] = []
    for key, said in texts.items():
        approved = _spans(said, forms)
        others_found = [shown for shown, other in others
                        if any(not _inside(span, approved) for span in _spans(said, [other]))]
        # A string that uses another word is reported for that alone: one finding, one fix.
        missing = (key in scope and key not in wording.exceptions and not others_found
                   and not approved)
        if not (others_found or missing):
            continue
        where = _file_of(bank, language.code, key)
        params = {"term": term.id, "concept": term.japanese, "expected": wording.word}
        found += [Finding(where, key, "glossary_other_word", {**params, "found": shown})
                  for shown in others_found]
        if missing:
            found.append(Finding(where, key, "glossary_missing", params))
    return found


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each of ``words`` occurs in ``text`` (overlapping occurrences too)."""
    spans = []
    for word in words:
        start = text.find(word) if word else -1
        while start >= 0:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """An other word that is only part of an approved one is not a finding (a misspelling that is
    the approved word's beginning); an approved short form inside an other word does not excuse
    it (Sinhala මධ්‍යස්ථාන inside ආරක්ෂක මධ්‍යස්ථාන)."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _file_of(bank: ContentBank, code: str, key: str) -> str:
    """The file a string comes from (the overlay when a coordinator's string overrides it)."""
    entry = bank.entries[key]
    for text_file in reversed(bank.files(entry.collection, code)):
        if key in text_file.texts:
            return str(text_file.path)
    return str(bank.root / entry.collection / "text" / f"{code}.toml")
