"""The registry's vocabularies. Diets, allergens and religious needs come from the fingerboards'
content (so what a volunteer points at on a board is what the registry stores); the rest are the
registry's own short lists, worded in ``messages`` for people.
"""

from __future__ import annotations

from functools import cache

#: "unknown": nobody asked (the language-check board was not answered), which is not "none".
JAPANESE_ABILITY = ("none", "easy", "conversational", "fluent", "unknown")
STATUSES = ("present", "left", "transferred")
MEDICAL_FLAGS = ("pregnant", "chronic_illness", "regular_medication", "dialysis",
                 "disability_mobility", "infant", "elderly_care", "injury")
#: A pain level is 0 (no pain) to 10 (the worst), as on the fingerboard's pain scale.
PAIN_LEVELS = range(11)

JAPANESE_ABILITY_LABELS = {
    "none": ("日本語はわからない", "No Japanese"),
    "easy": ("やさしい日本語ならわかる", "Easy Japanese"),
    "conversational": ("日常会話ができる", "Conversational"),
    "fluent": ("日本語で問題ない", "Fluent"),
    "unknown": ("不明", "Unknown"),
}
MEDICAL_LABELS = {
    "pregnant": ("妊娠中", "Pregnant"),
    "chronic_illness": ("持病", "Chronic illness"),
    "regular_medication": ("常用薬", "Regular medication"),
    "dialysis": ("人工透析", "Dialysis"),
    "disability_mobility": ("障害・移動の支援", "Disability / mobility"),
    "infant": ("乳幼児", "Infant or small child"),
    "elderly_care": ("要介護の高齢者", "Elderly, needs care"),
    # Where and how much is in body_parts and pain_level.
    "injury": ("けが・痛み", "Injury or pain"),
}
STATUS_LABELS = {"present": ("在所", "Present"), "left": ("退所", "Left"),
                 "transferred": ("移送", "Transferred")}


@cache
def board_codes(board: str) -> tuple[str, ...]:
    """Item codes of a fingerboard ("allergens" → ("shrimp", "crab", ...)), prompts excluded."""
    return tuple(item["id"].split(".", 1)[1] for item in _bank().items
                 if item["board"] == board and item.get("group") != "prompt"
                 and not item["id"].endswith(".prompt"))


def diets() -> tuple[str, ...]:
    return board_codes("diets")


def allergens() -> tuple[str, ...]:
    return board_codes("allergens")


def religious_needs() -> tuple[str, ...]:
    return board_codes("religion")


def body_parts() -> tuple[str, ...]:
    """Body-map item codes ("knee_right"), in the board's order: what the body map can point at."""
    return board_codes("body_map")


def label(kind: str, code: str, ui_language: str) -> str:
    """A code's name for the volunteer: board items from the content, the rest from the tables."""
    tables = {"japanese_ability": JAPANESE_ABILITY_LABELS, "medical": MEDICAL_LABELS,
              "status": STATUS_LABELS}
    if kind in tables:
        ja, en = tables[kind].get(code, (code, code))
        return ja if ui_language == "ja" else en
    board = {"diets": "diets", "allergens": "allergens", "religious": "religion",
             "body_parts": "body"}[kind]
    return _bank().text("ja" if ui_language == "ja" else "en", f"{board}.{code}") or code


@cache
def _bank():
    # Here, not at the top: the first window shows no content and does not load the bank.
    from evac_toolkit.core.content.bank import ContentBank

    return ContentBank()
