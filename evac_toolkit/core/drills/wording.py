"""How a drill's codes read on paper and on screen: the names of the facts a volunteer records,
their values, the tools used, times and suggestions, in the interface language asked for.

The role cards' answer key, the after-action report (PDF and text) and the GUI word the same
fact the same way, so a trainer comparing the answer key with the report reads identical words.
Every word is an English message translated by the gettext catalogs (``core.i18n.catalog``), so
another interface language is a catalog file, not code. Values come from the registry's own
vocabulary (``codes.label``), the conversation flags and the language catalog; only the few labels
no other module has live here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from gettext import NullTranslations

from evac_toolkit.core import language_names
from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.messages import message
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.core.registry import codes

#: The marks Japanese forms use: ○ done, × not done, △ partly / not right. The same in every
#: language: the legend under the report's table says what they mean.
STATUS_MARKS = {"captured": "○", "missed": "×", "wrong": "△"}
#: Sheets that must never be taken for a real one are marked in Japanese and English whatever
#: their language (the red band, the footer), and the answer key is Japanese over English.
BILINGUAL = ("ja", "en")


def _field_labels(t: NullTranslations) -> dict[str, str]:
    """The facts of a scenario's ``expected`` table, in debrief order."""
    return {
        "languages": t.pgettext("drill fact", "Languages"),
        "japanese_ability": t.pgettext("drill fact", "Japanese"),
        "interpreter_needed": t.pgettext("drill fact", "Interpreter"),
        "diets": t.pgettext("drill fact", "Diet"),
        "allergens": t.pgettext("drill fact", "Food allergies"),
        "medical": t.pgettext("drill fact", "Medical"),
        "religious": t.pgettext("drill fact", "Religious needs"),
        "flags": t.pgettext("drill fact", "From the conversation"),
    }


def _flag_labels(t: NullTranslations) -> dict[str, str]:
    """The conversation flags. The Japanese must stay ``conversation.FLAG_LABELS_JA``, the words
    the fingerboards write into a record's notes (tests/test_drill_report.py checks it)."""
    return {
        "injured": t.pgettext("conversation flag", "Injured"),
        "unwell": t.pgettext("conversation flag", "Feels unwell"),
        "doctor": t.pgettext("conversation flag", "Wants to see a doctor"),
        "fever": t.pgettext("conversation flag", "Has a fever"),
        "missing_family": t.pgettext("conversation flag", "Family member missing"),
        "interpreter": t.pgettext("conversation flag", "Needs an interpreter"),
        "embassy": t.pgettext("conversation flag", "Wants the embassy or consulate contacted"),
        "can_help_translate": t.pgettext("conversation flag", "Can help translate"),
        "can_help_run_shelter": t.pgettext("conversation flag", "Can help run the shelter"),
    }


def _tool_labels(t: NullTranslations) -> dict[str, str]:
    """What the volunteers used for a persona (``report.PersonaResult.tools``)."""
    return {
        "fingerboards": t.pgettext("drill tool", "Fingerboards"),
        "signs": t.pgettext("drill tool", "Signs"),
        "booklet": t.pgettext("drill tool", "Booklet"),
        "card": t.pgettext("drill tool", "Needs card"),
        "translation": t.pgettext("drill tool", "Translation"),
        "registry": t.pgettext("drill tool", "Registry"),
    }


def _scenario_statuses(t: NullTranslations) -> dict[str, str]:
    """How far a scenario's persona-language text was checked (a reviewed one names its
    reviewer: :func:`scenario_status`)."""
    return {
        "draft": t.pgettext("scenario text status", "draft (AI-assisted, not reviewed)"),
        "trainer": t.pgettext("scenario text status", "written by a trainer, not reviewed"),
    }


def none(ui_language: str) -> str:
    """An empty list of values or tools."""
    return catalog(ui_language).pgettext("drill value", "none")


def join(items: Iterable[str], ui_language: str) -> str:
    """Words in a list, with the language's own separator ("、" in Japanese)."""
    return join_list(items, ui_language)


def label_separator(ui_language: str) -> str:
    """What goes between a label and its value ("：" in Japanese)."""
    return catalog(ui_language).pgettext("label separator", ": ")


def bilingual(words: Callable[[NullTranslations], str]) -> tuple[str, str]:
    """``words`` (a function of a catalog) in Japanese and in English, for the fixed wording of
    sheets printed in both (:data:`BILINGUAL`)."""
    first, second = BILINGUAL
    return words(catalog(first)), words(catalog(second))


def authored(text_ja: str, text_en: str, ui_language: str) -> str:
    """A scenario's own text (its title, its situation), written by its author in Japanese and
    English only: authored data, not a message, so no catalog has it. Japanese for a Japanese
    interface, English for every other."""
    return text_ja if ui_language == "ja" else text_en


def scenario_status(provenance, ui_language: str) -> str:
    """The scenario's persona-language text as the answer key and the Drills view word it:
    "reviewed" only with the reviewer's name and date, else what it honestly is."""
    t = catalog(ui_language)
    if provenance.status == "reviewed" and provenance.by.strip():
        return t.pgettext("scenario text status", "reviewed by {name}, {date}").format(
            name=provenance.by, date=provenance.date or "?")
    statuses = _scenario_statuses(t)
    return statuses.get(provenance.status, statuses["draft"])


def language_name(code: str, ui_language: str) -> str:
    """A language's name in ``ui_language``; the code for a language the catalog lacks."""
    return language_names.language_name(code, ui_language)


def field_label(field: str, ui_language: str) -> str:
    return _field_labels(catalog(ui_language)).get(field, field)


def fact_label(field: str, code: str, ui_language: str) -> str:
    """One recorded or expected value, worded: "halal" → "ハラール", "my" → "ミャンマー語"."""
    if field == "languages":
        return language_name(code, ui_language)
    if field == "interpreter_needed":
        return catalog(ui_language).pgettext("drill value", "Needs an interpreter")
    if field == "flags":
        return _flag_labels(catalog(ui_language)).get(code, code)
    if field in ("japanese_ability", "medical", "diets", "allergens", "religious"):
        return codes.label(field, code, ui_language)
    return code


def expected_values(field: str, value: object, ui_language: str) -> str:
    """A whole expected fact (a list, a code or a yes/no) as one line of words."""
    if field == "interpreter_needed":
        t = catalog(ui_language)
        return t.pgettext("drill value", "Needs an interpreter") if value else \
            t.pgettext("drill value", "No interpreter needed")
    items = [value] if isinstance(value, str) else list(value or [])
    if not items:
        return none(ui_language)
    return join((fact_label(field, str(code), ui_language) for code in items), ui_language)


def tool_names(tools: tuple[str, ...] | list[str], ui_language: str) -> str:
    if not tools:
        return none(ui_language)
    labels = _tool_labels(catalog(ui_language))
    return join((labels.get(tool, tool) for tool in tools), ui_language)


def duration(seconds: float | None, ui_language: str, never: str = "—") -> str:
    """3 min 05 s as "3分05秒" / "3 min 05 s"; under a minute in seconds; None as ``never``
    (already worded by the caller)."""
    if seconds is None:
        return never
    t = catalog(ui_language)
    minutes, rest = divmod(int(round(seconds)), 60)
    if minutes:
        # Translators: a time taken, e.g. "3 min 05 s"; keep {seconds:02d} (two digits).
        return t.pgettext("duration", "{minutes} min {seconds:02d} s").format(
            minutes=minutes, seconds=rest)
    return t.pgettext("duration", "{seconds} s").format(seconds=rest)


def clock(iso: str | None, ui_language: str) -> str:
    """A stored ISO time as "2026-11-22 14:03" (local to where the drill was run)."""
    if not iso:
        return catalog(ui_language).pgettext("drill end time", "still running")
    return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")


def suggestion_text(suggestion, ui_language: str) -> str:
    """A report suggestion as a sentence. Its ``fields`` (a list of fact names) is worded and
    joined here, so every message takes plain strings."""
    params = dict(suggestion.params)
    if "fields" in params:
        params["fields"] = join((field_label(name, ui_language) for name in params["fields"]),
                                ui_language)
    return message(suggestion.code, ui_language, **params)


def check_text(check, ui_language: str) -> str:
    """What a need check says beside its mark: the fact, and for a wrong one what was recorded.

    A wrong language or Japanese level carries the value recorded instead; a wrong list entry
    (or interpreter) is one recorded that the scenario does not have.
    """
    label = fact_label(check.field, check.code, ui_language)
    if check.status != "wrong":
        return label
    t = catalog(ui_language)
    if check.recorded:
        recorded = fact_label(check.field, check.recorded, ui_language)
        return t.pgettext("drill check", "{label} (recorded: {recorded})").format(
            label=label, recorded=recorded)
    return t.pgettext("drill check", "{label} (recorded, not in the scenario)").format(
        label=label)
