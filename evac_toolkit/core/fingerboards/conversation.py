"""What was pointed at during one conversation, and the summary it gives the volunteer.

The volunteer and the evacuee point; every card pointed at is an event. A staff question followed
by an answer card ("yes", "no"...) is a question answered. The summary reads those events through
rules that are data (``records`` / ``records_if_yes`` on items in boards.toml), so a new question
that should record something is a content change, not a code change.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.i18n import catalog
from evac_toolkit.core.languages import catalog as languages
from evac_toolkit.core.languages import display_name
from evac_toolkit.core.punctuation import join_list
from evac_toolkit.core.registry import codes

#: Language-check items → the registry's Japanese-ability codes.
JAPANESE_ABILITY = {
    "language_check.understand_japanese": "fluent",
    "language_check.understand_a_little_japanese": "conversational",
    "language_check.understand_easy_japanese": "easy",
    "language_check.read_hiragana": "easy",
    "language_check.no_japanese": "none",
}
YES = "answers.yes"

#: The Japanese the drills use for the flags; the summary words them with ``flag_label``.
FLAG_LABELS_JA = {
    "injured": "けがをしている", "unwell": "体調が悪い", "doctor": "医師の診察を希望",
    "fever": "熱がある", "missing_family": "行方の分からない家族がいる", "interpreter": "通訳が必要",
    "embassy": "大使館・領事館への連絡を希望", "can_help_translate": "通訳を手伝える",
    "can_help_run_shelter": "避難所の運営を手伝える",
}
#: The language of the summary the volunteer reads and the registry note keeps: the staff's.
SUMMARY_LANGUAGE = "ja"


def flag_label(flag: str, language: str) -> str:
    """What the conversation found ("injured"), worded in ``language``; the flag itself when
    it is none the catalog words."""
    t = catalog(language)
    return {"injured": t.pgettext("conversation flag", "Injured"),
            "unwell": t.pgettext("conversation flag", "Feels unwell"),
            "doctor": t.pgettext("conversation flag", "Wants to see a doctor"),
            "fever": t.pgettext("conversation flag", "Has a fever"),
            "missing_family": t.pgettext("conversation flag", "Family member missing"),
            "interpreter": t.pgettext("conversation flag", "Needs an interpreter"),
            "embassy": t.pgettext("conversation flag",
                                  "Wants the embassy or consulate contacted"),
            "can_help_translate": t.pgettext("conversation flag", "Can help translate"),
            "can_help_run_shelter": t.pgettext("conversation flag",
                                               "Can help run the shelter")}.get(flag, flag)


@dataclass(frozen=True)
class Event:
    item: str
    at: float
    answer: str | None = None      # for a question: the answer item that followed it


@dataclass
class Summary:
    language: str | None = None
    japanese_ability: str | None = None
    flags: list[str] = field(default_factory=list)
    medical: list[str] = field(default_factory=list)
    diets: list[str] = field(default_factory=list)
    allergens: list[str] = field(default_factory=list)
    religious: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)          # body-map item codes ("knee_left")
    pain: int | None = None
    needs: list[str] = field(default_factory=list)         # other evacuee items pointed at
    answers: list[tuple[str, str]] = field(default_factory=list)   # (question, answer) items

    @property
    def interpreter_needed(self) -> bool:
        return "interpreter" in self.flags or self.japanese_ability in ("none", "easy")


class Conversation:
    """One conversation's events, in order. Not personal data until saved to a record."""

    def __init__(self, bank: ContentBank | None = None) -> None:
        self.bank = bank or ContentBank()
        self.items = {item["id"]: item for item in self.bank.items}
        self.language: str | None = None
        self.events: list[Event] = []

    def choose_language(self, code: str) -> None:
        self.language = code

    def point(self, item_id: str) -> None:
        """The evacuee or the volunteer pointed at a card. An answer card answers the last
        question pointed at, if it has not been answered yet."""
        if item_id not in self.items:
            raise KeyError(item_id)
        now = time.monotonic()
        if self.items[item_id]["board"] == "answers" and self.events:
            last = self.events[-1]
            if last.answer is None and self._is_question(last.item):
                self.events[-1] = Event(last.item, last.at, item_id)
                return
        self.events.append(Event(item_id, now))

    def retract(self, item_id: str) -> None:
        """Take back every pointing at ``item_id`` (a checklist card or a body part toggled off).
        Questions it answered lose that answer with it."""
        self.events = [event for event in self.events if event.item != item_id]
        self.events = [Event(event.item, event.at) if event.answer == item_id else event
                       for event in self.events]

    def undo(self) -> None:
        if self.events:
            last = self.events.pop()
            if last.answer is not None:
                self.events.append(Event(last.item, last.at))

    def _is_question(self, item_id: str) -> bool:
        return self.items[item_id]["board"] == "staff"

    def summary(self) -> Summary:
        result = Summary(language=self.language)

        def record(rule: str) -> None:
            kind, _, code = rule.partition(":")
            target = {"medical": result.medical, "diets": result.diets,
                      "religious": result.religious, "flag": result.flags}.get(kind)
            if target is not None and code not in target:
                target.append(code)

        for event in self.events:
            item = self.items[event.item]
            board = item["board"]
            code = event.item.split(".", 1)[1]
            if event.item in JAPANESE_ABILITY:
                result.japanese_ability = JAPANESE_ABILITY[event.item]
            elif board == "allergens" and item.get("group") != "prompt" and \
                    code != "prompt" and code not in result.allergens:
                result.allergens.append(code)
            elif board == "diets" and code != "prompt":
                record(f"diets:{code}")
            elif board == "religion" and code != "prompt":
                record(f"religious:{code}")
            elif board == "body_map" and code not in result.body:
                result.body.append(code)
            elif board == "pain_scale" and "value" in item:
                result.pain = int(item["value"])
            if item.get("records"):
                record(item["records"])
            elif board == "evacuee" and event.item not in result.needs:
                result.needs.append(event.item)
            if event.answer is not None:
                result.answers.append((event.item, event.answer))
                if event.answer == YES and item.get("records_if_yes"):
                    record(item["records_if_yes"])
        return result


def summary_lines(summary: Summary, bank: ContentBank,
                  language: str = SUMMARY_LANGUAGE) -> list[str]:
    """The summary for the volunteer, in ``language`` (Japanese), one fact per line."""
    t = catalog(language)

    def words(key: str) -> str:
        return bank.text(language, key) or bank.text("en", key) or key

    def listed(items) -> str:
        return join_list(items, language)

    lines: list[str] = []
    if summary.language:
        lang = {found.code: found for found in languages()}.get(summary.language)
        lines.append(t.pgettext("conversation summary", "Language: {name} ({native})").format(
            name=display_name(lang, language), native=lang.native) if lang else
            t.pgettext("conversation summary", "Language: {name}").format(name=summary.language))
    if summary.japanese_ability:
        lines.append(t.pgettext("conversation summary", "Japanese: {ability}").format(
            ability=codes.label("japanese_ability", summary.japanese_ability, language)))
    if summary.interpreter_needed:
        lines.append(t.pgettext("conversation summary", "Interpreter: needed"))
    for flag in summary.flags:
        if flag != "interpreter":
            lines.append(t.pgettext("conversation summary", "- {flag}").format(
                flag=flag_label(flag, language)))
    if summary.medical:
        lines.append(t.pgettext("conversation summary", "Medical: {needs}").format(
            needs=listed(codes.label("medical", c, language) for c in summary.medical)))
    if summary.allergens:
        lines.append(t.pgettext("conversation summary", "Allergies: {items}").format(
            items=listed(words(f"allergens.{c}") for c in summary.allergens)))
    if summary.diets:
        lines.append(t.pgettext("conversation summary", "Diet: {items}").format(
            items=listed(words(f"diets.{c}") for c in summary.diets)))
    if summary.religious:
        lines.append(t.pgettext("conversation summary", "Religion: {items}").format(
            items=listed(words(f"religion.{c}") for c in summary.religious)))
    if summary.body:
        lines.append(t.pgettext("conversation summary", "Where it hurts: {places}").format(
            places=listed(words(f"body.{c}") for c in summary.body)))
    if summary.pain is not None:
        lines.append(t.pgettext("conversation summary", "Pain: {level} / 10 ({words})").format(
            level=summary.pain, words=words(f"pain.{summary.pain}")))
    if summary.needs:
        lines.append(t.pgettext("conversation summary", "Pointed at: {items}").format(
            items=listed(words(key) for key in summary.needs)))
    for question, answer in summary.answers:
        lines.append(t.pgettext("conversation summary",
                                "Question “{question}” → {answer}").format(
            question=words(question), answer=words(answer)))
    return lines


def summary_lines_ja(summary: Summary, bank: ContentBank) -> list[str]:
    """The summary in Japanese, as the volunteer's panel and the registry note show it."""
    return summary_lines(summary, bank, "ja")


def injured(summary: Summary) -> bool:
    """Whether the conversation found an injury or pain: "are you injured?" answered yes, a
    body part pointed at, or a pain level above 0. The registry's medical need "injury" (けが・
    痛み) then counts the person, with where and how much in its own fields."""
    return "injured" in summary.flags or bool(summary.body) or bool(summary.pain)


def registry_values(summary: Summary) -> dict:
    """What the summary adds to an evacuee's record (lists are merged by the caller). Only what
    was pointed at: Japanese ability only when the language-check board was answered (a record
    left without it says "unknown", never "none")."""
    values: dict = {}
    if summary.language:
        values["languages"] = [summary.language]
    if summary.japanese_ability:
        values["japanese_ability"] = summary.japanese_ability
    if summary.interpreter_needed:
        values["interpreter_needed"] = True
    values["diets"] = [c for c in summary.diets if c in codes.diets()]
    values["allergens"] = [c for c in summary.allergens if c in codes.allergens()]
    values["medical"] = [c for c in summary.medical if c in codes.MEDICAL_FLAGS]
    if injured(summary) and "injury" not in values["medical"]:
        values["medical"].append("injury")
    values["religious"] = [c for c in summary.religious if c in codes.religious_needs()]
    values["body_parts"] = [c for c in summary.body if c in codes.body_parts()]
    if summary.pain is not None and summary.pain in codes.PAIN_LEVELS:
        values["pain_level"] = summary.pain
    return values


def save_to_record(registry, summary: Summary, bank: ContentBank,
                   evacuee_id: str | None = None):
    """Add the summary to an existing record (lists merged, a dated note appended) or register a
    new person from it. Returns the Evacuee."""
    import datetime as dt

    values = registry_values(summary)
    stamp = catalog(SUMMARY_LANGUAGE).pgettext("conversation summary", "[fingerboards {time}]")
    note = stamp.format(time=f"{dt.datetime.now():%Y-%m-%d %H:%M}") + " " + " / ".join(
        summary_lines(summary, bank))
    if evacuee_id is None:
        values["notes"] = note[:2000]
        return registry.add(values)
    person = registry.get(evacuee_id)
    merged = {}
    for name in ("languages", "diets", "allergens", "medical", "religious", "body_parts"):
        if name in values:
            current = list(getattr(person, name))
            merged[name] = current + [c for c in values[name] if c not in current]
    # The latest pain level is the one that counts (pain changes; the notes keep the history).
    for name in ("japanese_ability", "interpreter_needed", "pain_level"):
        if name in values:
            merged[name] = values[name]
    merged["notes"] = ((person.notes + "\n") if person.notes else "") + note
    merged["notes"] = merged["notes"][-2000:]
    return registry.update(person.id, merged)
