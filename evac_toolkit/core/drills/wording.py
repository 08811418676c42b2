"""How a drill's codes read on paper and on screen: the names of the facts a volunteer records,
their values, the tools used, times and suggestions, in Japanese or English.

The role cards' answer key, the after-action report (PDF and text) and the GUI word the same
fact the same way, so a trainer comparing the answer key with the report reads identical words.
Values come from the registry's own vocabulary (``codes.label``), the conversation flags
(``FLAG_LABELS_JA``) and the language catalog; only the few labels no other module has live here.
"""

from __future__ import annotations

import datetime as dt

from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import message
from evac_toolkit.core.registry import codes

#: (Japanese, English) for each fact of a scenario's ``expected`` table, in debrief order.
FIELD_LABELS = {
    "languages": ("言語", "Languages"),
    "japanese_ability": ("日本語の理解", "Japanese"),
    "interpreter_needed": ("通訳", "Interpreter"),
    "diets": ("食事", "Diet"),
    "allergens": ("食物アレルギー", "Food allergies"),
    "medical": ("医療・健康", "Medical"),
    "religious": ("宗教上の配慮", "Religious needs"),
    "flags": ("会話で分かったこと", "From the conversation"),
}
#: English for the conversation flags (the Japanese is ``FLAG_LABELS_JA``).
FLAG_LABELS_EN = {
    "injured": "Injured", "unwell": "Feels unwell", "doctor": "Wants to see a doctor",
    "fever": "Has a fever", "missing_family": "Family member missing",
    "interpreter": "Needs an interpreter", "embassy": "Wants the embassy or consulate contacted",
    "can_help_translate": "Can help translate", "can_help_run_shelter": "Can help run the shelter",
}
TOOL_LABELS = {
    "fingerboards": ("指さしボード", "Fingerboards"), "signs": ("掲示物", "Signs"),
    "booklet": ("指さし冊子", "Booklet"), "card": ("ニーズカード", "Needs card"),
    "translation": ("翻訳", "Translation"), "registry": ("台帳", "Registry"),
}
#: The marks Japanese forms use: ○ done, × not done, △ partly / not right.
STATUS_MARKS = {"captured": "○", "missed": "×", "wrong": "△"}
STATUS_LABELS = {"captured": ("記録できた", "captured"), "missed": ("漏れ", "missed"),
                 "wrong": ("違う", "wrong")}
#: How far a scenario's persona-language text was checked (a reviewed one names its reviewer).
SCENARIO_STATUS = {"draft": ("下書き（AI 支援、ネイティブ未確認）", "draft (AI-assisted, not reviewed)"),
                   "trainer": ("トレーナー作成（未確認）", "written by a trainer, not reviewed")}
INTERPRETER = ("通訳が必要", "Needs an interpreter")
NO_INTERPRETER = ("通訳は不要", "No interpreter needed")
NONE = ("なし", "none")


def pick(pair: tuple[str, str], ui_language: str) -> str:
    return pair[0] if ui_language == "ja" else pair[1]


def scenario_status(provenance, ui_language: str) -> str:
    """The scenario's persona-language text as the answer key and the Drills view word it:
    "reviewed" only with the reviewer's name and date, else what it honestly is."""
    if provenance.status == "reviewed" and provenance.by.strip():
        when = provenance.date or "?"
        return (f"確認済み：{provenance.by}、{when}" if ui_language == "ja"
                else f"reviewed by {provenance.by}, {when}")
    return pick(SCENARIO_STATUS.get(provenance.status, SCENARIO_STATUS["draft"]), ui_language)


def language_name(code: str, ui_language: str) -> str:
    """The catalog's Japanese or English name of a language; the code for one it lacks."""
    for language in catalog():
        if language.code == code:
            return language.japanese if ui_language == "ja" else language.english
    return code


def field_label(field: str, ui_language: str) -> str:
    return pick(FIELD_LABELS.get(field, (field, field)), ui_language)


def fact_label(field: str, code: str, ui_language: str) -> str:
    """One recorded or expected value, worded: "halal" → "ハラール", "my" → "ミャンマー語"."""
    if field == "languages":
        return language_name(code, ui_language)
    if field == "interpreter_needed":
        return pick(INTERPRETER, ui_language)
    if field == "flags":
        return FLAG_LABELS_JA.get(code, code) if ui_language == "ja" else \
            FLAG_LABELS_EN.get(code, code)
    if field in ("japanese_ability", "medical", "diets", "allergens", "religious"):
        return codes.label(field, code, ui_language)
    return code


def expected_values(field: str, value: object, ui_language: str) -> str:
    """A whole expected fact (a list, a code or a yes/no) as one line of words."""
    if field == "interpreter_needed":
        return pick(INTERPRETER if value else NO_INTERPRETER, ui_language)
    items = [value] if isinstance(value, str) else list(value or [])
    if not items:
        return pick(NONE, ui_language)
    return ("、" if ui_language == "ja" else ", ").join(fact_label(field, str(code), ui_language)
                                                       for code in items)


def tool_names(tools: tuple[str, ...] | list[str], ui_language: str) -> str:
    if not tools:
        return pick(NONE, ui_language)
    return ("、" if ui_language == "ja" else ", ").join(
        pick(TOOL_LABELS.get(tool, (tool, tool)), ui_language) for tool in tools)


def duration(seconds: float | None, ui_language: str, never: tuple[str, str] = ("—", "—")
             ) -> str:
    """3 min 05 s as "3分05秒" / "3 min 05 s"; under a minute in seconds; None as ``never``."""
    if seconds is None:
        return pick(never, ui_language)
    total = int(round(seconds))
    minutes, rest = divmod(total, 60)
    if ui_language == "ja":
        return f"{minutes}分{rest:02d}秒" if minutes else f"{rest}秒"
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def clock(iso: str | None, ui_language: str) -> str:
    """A stored ISO time as "2026-11-22 14:03" (local to where the drill was run)."""
    if not iso:
        return pick(("実施中", "still running"), ui_language)
    return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")


def suggestion_text(suggestion, ui_language: str) -> str:
    """A report suggestion as a sentence. Its ``fields`` (a list of fact names) is worded and
    joined here, so every message takes plain strings."""
    params = dict(suggestion.params)
    if "fields" in params:
        params["fields"] = ("、" if ui_language == "ja" else ", ").join(
            field_label(name, ui_language) for name in params["fields"])
    return message(suggestion.code, ui_language, **params)


def check_text(check, ui_language: str) -> str:
    """What a need check says beside its mark: the fact, and for a wrong one what was recorded.

    A wrong language or Japanese level carries the value recorded instead; a wrong list entry
    (or interpreter) is one recorded that the scenario does not have.
    """
    ja = ui_language == "ja"
    label = fact_label(check.field, check.code, ui_language)
    if check.status != "wrong":
        return label
    if check.recorded:
        recorded = fact_label(check.field, check.recorded, ui_language)
        return f"{label}（記録：{recorded}）" if ja else f"{label} (recorded: {recorded})"
    return f"{label}（シナリオにない記録）" if ja else f"{label} (recorded, not in the scenario)"
