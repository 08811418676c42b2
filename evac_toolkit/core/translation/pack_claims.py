"""Is a translation pack what its metadata.json says it is?

Metadata is written by whoever made the archive. A pack labelled English → Vietnamese that holds
an English → Japanese model would install, and a volunteer who cannot read either would hand out
kana to a Vietnamese family. So before a pack is put in place:

* both of its languages must be in the language catalog (the program cannot name, show or print
  a language it does not list);
* the freshly extracted model translates the source language's sample sentence (the catalog's
  ``sample``), and most letters of its output must be in the target language's script
  (``assets/languages/scripts.toml``).

Where source and target share a script (English → Vietnamese), the probe only catches gross
mislabelling, such as kana for Vietnamese: that is what it is for. Telling Vietnamese from
Spanish would need a language identifier, which a pack on a USB stick does not justify.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.translation.installed import argos_language

#: The share of the probe's letters that must be in the target's script. A real model's output
#: is nearly all in it (a name left untranslated is the exception); a mislabelled one has none.
MIN_SCRIPT_SHARE = 0.5


@cache
def script_words() -> dict[str, frozenset[str]]:
    """ISO 15924 code → the Unicode character-name words of its letters (data, read once)."""
    raw = tomllib.loads(asset_path("languages", "scripts.toml").read_text(encoding="utf-8"))
    return {code: frozenset(words) for code, words in raw.get("scripts", {}).items()}


def _name_words(char: str) -> set[str]:
    # "KATAKANA-HIRAGANA PROLONGED SOUND MARK" counts as both.
    return set(unicodedata.name(char, "").replace("-", " ").split())


def script_share(text: str, script: str) -> float | None:
    """The share of ``text``'s letters written in ``script``; None when the script is not in
    the table (not checked) — and 0.0 when the text has no letters at all."""
    words = script_words().get(script)
    if words is None:
        return None
    # Each distinct character is looked up once: every machine translation is checked, and a
    # notice of forty sentences repeats a few dozen characters thousands of times.
    letters = in_script = 0
    for char, count in Counter(unicodedata.normalize("NFC", text)).items():
        if unicodedata.category(char)[0] in "LM" and \
                not unicodedata.name(char, "").startswith("COMBINING"):
            letters += count
            if _name_words(char) & words:
                in_script += count
    return in_script / letters if letters else 0.0


def catalog_language(file: str, argos_code: str, name: str = ""):
    """The catalog language of one side of a pack; ``UserError('pack_language_unknown')``
    naming it by the pack's own name for it (``name``), else its code."""
    language = argos_language(argos_code)
    if language is None:
        raise UserError("pack_language_unknown", file=file, language=name or argos_code)
    return language


def check_languages(file: str, meta: dict) -> None:
    """Both sides of the pack (its checked metadata.json) are languages the catalog lists."""
    catalog_language(file, meta["from_code"], str(meta.get("from_name", "")))
    catalog_language(file, meta["to_code"], str(meta.get("to_name", "")))


def check_output(file: str, from_code: str, to_code: str,
                 translate: Callable[[Sequence[str]], list[str]]) -> None:
    """Translate the source language's sample with the pack; refuse it when the output is not
    mostly in the target language's script (``UserError('pack_wrong_language')``)."""
    source = catalog_language(file, from_code)
    target = catalog_language(file, to_code)
    if not source.sample or script_words().get(target.script) is None:
        return
    [output] = translate([source.sample])
    share = script_share(output, target.script)
    if share is not None and share < MIN_SCRIPT_SHARE:
        raise UserError("pack_wrong_language", file=file, sample=source.sample,
                        output=output[:80], source=LanguageName(source.code),
                        target=LanguageName(target.code))
