"""The registry's vocabularies. Diets, allergens and religious needs come from the fingerboards'
content (so what a volunteer points at on a board is what the registry stores); the rest are the
registry's own short lists, worded in the message catalog for people.
"""

from __future__ import annotations

from functools import cache

from evac_toolkit.core.i18n import catalog

#: "unknown": nobody asked (the language-check board was not answered), which is not "none".
JAPANESE_ABILITY = ("none", "easy", "conversational", "fluent", "unknown")
STATUSES = ("present", "left", "transferred")
MEDICAL_FLAGS = ("pregnant", "chronic_illness", "regular_medication", "dialysis",
                 "disability_mobility", "infant", "elderly_care", "injury")
#: A pain level is 0 (no pain) to 10 (the worst), as on the fingerboard's pain scale.
PAIN_LEVELS = range(11)



@cache
def _labels(kind: str, ui_language: str) -> dict[str, str]:
    """The registry's own short lists, worded in ``ui_language``'s catalog (context: the list)."""
    t = catalog(ui_language)
    if kind == "japanese_ability":
        return {"none": t.pgettext("Japanese ability", "No Japanese"),
                "easy": t.pgettext("Japanese ability", "Easy Japanese"),
                "conversational": t.pgettext("Japanese ability", "Conversational"),
                "fluent": t.pgettext("Japanese ability", "Fluent"),
                "unknown": t.pgettext("Japanese ability", "Unknown")}
    if kind == "medical":
        return {"pregnant": t.pgettext("medical need", "Pregnant"),
                "chronic_illness": t.pgettext("medical need", "Chronic illness"),
                "regular_medication": t.pgettext("medical need", "Regular medication"),
                "dialysis": t.pgettext("medical need", "Dialysis"),
                "disability_mobility": t.pgettext("medical need", "Disability / mobility"),
                "infant": t.pgettext("medical need", "Infant or small child"),
                "elderly_care": t.pgettext("medical need", "Elderly, needs care"),
                # Where and how much is in body_parts and pain_level.
                "injury": t.pgettext("medical need", "Injury or pain")}
    return {"present": t.pgettext("evacuee status", "Present"),
            "left": t.pgettext("evacuee status", "Left"),
            "transferred": t.pgettext("evacuee status", "Transferred")}


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
    """A code's name for the volunteer in ``ui_language``: board items from the content (the
    interface language's words, else English), the rest from the message catalog."""
    if kind in ("japanese_ability", "medical", "status"):
        return _labels(kind, ui_language).get(code, code)
    board = {"diets": "diets", "allergens": "allergens", "religious": "religion",
             "body_parts": "body"}[kind]
    key = f"{board}.{code}"
    return _bank().text(ui_language, key) or _bank().text("en", key) or code


@cache
def _bank():
    # Here, not at the top: the first window shows no content and does not load the bank.
    from evac_toolkit.core.content.bank import ContentBank

    return ContentBank()
