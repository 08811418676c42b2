"""The after-action report: for each persona, how long the volunteers took to find the language
and to register the person, which needs they captured, missed or got wrong, and which tools they
used; then an overall summary with suggestions for the next drill.

Everything is read from the drill's own database: its registry (records and their creation
times), its log (language chosen on the fingerboards, printouts, translations) and the copy of
each scenario's expected facts taken when the drill started.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from evac_toolkit.core.drills.session import DrillSession, PersonaPlan
from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.registry.store import Evacuee
from evac_toolkit.core.text_fold import fold

LIST_NEEDS = ("diets", "allergens", "medical", "religious")
#: Finding the language should take a minute or two; slower is worth a suggestion.
SLOW_IDENTIFY_SECONDS = 180
SLOW_REGISTER_SECONDS = 600


@dataclass(frozen=True)
class NeedCheck:
    field: str             # registry field, or "flags"
    code: str              # the code expected or recorded ("halal", "pregnant", "vi", "none")
    status: str            # "captured" | "missed" | "wrong"
    recorded: str = ""     # for "wrong" on single values: what was recorded instead


@dataclass(frozen=True)
class PersonaResult:
    plan: PersonaPlan
    arrived_after: float                  # seconds after the drill started
    identified_after: float | None        # seconds after arriving; None: never
    registered_after: float | None
    card_id: str | None
    checks: tuple[NeedCheck, ...]
    tools: tuple[str, ...]                # "fingerboards", "signs", "booklet", "card", ...

    def count(self, status: str) -> int:
        return sum(1 for check in self.checks if check.status == status)


@dataclass(frozen=True)
class Suggestion:
    code: str                             # a message code (messages.py), e.g. "drill_suggest_signs"
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DrillReport:
    drill_id: str
    title: str
    started_at: str
    ended_at: str | None
    duration: float
    personas: tuple[PersonaResult, ...]
    suggestions: tuple[Suggestion, ...]
    signs_languages: tuple[str, ...]      # every language a sign was printed in

    @property
    def registered(self) -> int:
        return sum(1 for p in self.personas if p.registered_after is not None)

    @property
    def identified(self) -> int:
        return sum(1 for p in self.personas if p.identified_after is not None)

    def median(self, name: str) -> float | None:
        values = [getattr(p, name) for p in self.personas if getattr(p, name) is not None]
        return statistics.median(values) if values else None

    def total(self, status: str) -> int:
        return sum(p.count(status) for p in self.personas)


def _match_records(plans: list[PersonaPlan], people: list[Evacuee]) -> dict[str, Evacuee]:
    """Which record is which persona: the alias in the name first (role cards give it), then
    the first unclaimed person registered with the persona's primary language."""
    claimed: set[str] = set()
    found: dict[str, Evacuee] = {}
    people = sorted(people, key=lambda p: p.created_at)
    for plan in plans:
        alias = fold(plan.alias)
        for person in people:
            # The alias as a whole word of the name ("Aye", "Aye Aye Mon"), not inside another
            # word ("Mayela").
            words = {fold(word) for word in person.display_name.split()}
            if alias and person.id not in claimed and \
                    (alias in words or alias == fold(person.display_name)):
                found[plan.scenario_id] = person
                claimed.add(person.id)
                break
    for plan in plans:
        if plan.scenario_id in found:
            continue
        for person in people:
            if person.id not in claimed and person.primary_language == plan.language:
                found[plan.scenario_id] = person
                claimed.add(person.id)
                break
    return found


def _checks(plan: PersonaPlan, person: Evacuee | None, flags_saved: set[str]
            ) -> list[NeedCheck]:
    expected = plan.expected
    checks: list[NeedCheck] = []
    if person is None:
        for language in expected.get("languages", []):
            checks.append(NeedCheck("languages", language, "missed"))
        if expected.get("japanese_ability"):
            checks.append(NeedCheck("japanese_ability", expected["japanese_ability"], "missed"))
        if expected.get("interpreter_needed"):
            checks.append(NeedCheck("interpreter_needed", "yes", "missed"))
        for name in (*LIST_NEEDS, "flags"):
            checks += [NeedCheck(name, code, "missed") for code in expected.get(name, [])]
        return checks
    languages = expected.get("languages", [])
    for position, language in enumerate(languages):
        if position == 0 and person.primary_language not in (None, language):
            checks.append(NeedCheck("languages", language, "wrong", person.primary_language))
        else:
            checks.append(NeedCheck("languages", language,
                                    "captured" if language in person.languages else "missed"))
    ability = expected.get("japanese_ability")
    if ability:
        recorded = person.japanese_ability
        # "unknown": nobody asked, which is missing the fact, not getting it wrong.
        checks.append(NeedCheck("japanese_ability", ability,
                                "captured" if recorded == ability else
                                "missed" if recorded == "unknown" else "wrong",
                                "" if recorded in (ability, "unknown") else recorded))
    wanted = bool(expected.get("interpreter_needed"))
    if wanted or person.interpreter_needed:
        status = "captured" if wanted == person.interpreter_needed else \
            ("missed" if wanted else "wrong")
        checks.append(NeedCheck("interpreter_needed", "yes", status))
    for name in LIST_NEEDS:
        wanted_codes = expected.get(name, [])
        recorded = getattr(person, name)
        checks += [NeedCheck(name, code, "captured" if code in recorded else "missed")
                   for code in wanted_codes]
        checks += [NeedCheck(name, code, "wrong") for code in recorded
                   if code not in wanted_codes]
    for flag in expected.get("flags", []):
        if flag == "interpreter":
            continue                  # checked as interpreter_needed above
        noted = FLAG_LABELS_JA.get(flag, "\0") in person.notes
        checks.append(NeedCheck("flags", flag,
                                "captured" if noted or flag in flags_saved else "missed"))
    return checks


def build_report(session: DrillSession) -> DrillReport:
    events = session.events()
    plans = session.plans
    people = session.registry.search("")
    records = _match_records(plans, people)
    started = session.started_at
    arrivals: dict[str, float] = {}
    for event in events:              # the first arrival counts: a second press is a slip
        if event.kind == "persona_arrived":
            arrivals.setdefault(event.scenario_id, event.elapsed)
    signs_languages: list[str] = []
    for event in events:
        if event.kind == "signs_printed":
            signs_languages += [c for c in event.detail.get("languages", [])
                                if c not in signs_languages]
    results = []
    for plan in plans:
        arrived = arrivals.get(plan.scenario_id, 0.0)
        person = records.get(plan.scenario_id)
        registered = None
        if person is not None:
            created = dt.datetime.fromisoformat(person.created_at)
            registered = max(0.0, (created - started).total_seconds() - arrived)
        identified_at = [e.elapsed for e in events if e.kind == "language_identified"
                         and e.language == plan.language and e.elapsed >= arrived]
        identified = (min(identified_at) - arrived) if identified_at else None
        if person is not None and plan.language in person.languages:
            # Typed straight into the form without the fingerboards: registering identified it.
            identified = registered if identified is None else min(identified, registered)
        saved = [e for e in events if e.kind == "conversation_saved" and person is not None
                 and e.evacuee_id == person.id]
        flags_saved = {flag for e in saved for flag in e.detail.get("flags", [])}
        tools = []
        if identified_at or saved or (person is not None and "[指さし" in person.notes):
            tools.append("fingerboards")
        if plan.language in signs_languages:
            tools.append("signs")
        if any(e.kind == "booklet_printed" and e.language == plan.language for e in events):
            tools.append("booklet")
        if person is not None and any(e.kind == "card_printed" and e.evacuee_id == person.id
                                      for e in events):
            tools.append("card")
        if any(e.kind == "translated" and plan.language in e.detail.get("targets", [])
               for e in events):
            tools.append("translation")
        if person is not None:
            tools.append("registry")
        results.append(PersonaResult(plan, arrived, identified, registered,
                                     person.card_id if person else None,
                                     tuple(_checks(plan, person, flags_saved)), tuple(tools)))
    report = DrillReport(session.id, session.title, started.isoformat(timespec="seconds"),
                         session.ended_at.isoformat(timespec="seconds")
                         if session.ended_at else None,
                         round(session.elapsed(), 1), tuple(results), (),
                         tuple(signs_languages))
    return DrillReport(**{**report.__dict__, "suggestions": tuple(_suggestions(report))})


def _suggestions(report: DrillReport) -> list[Suggestion]:
    def name(code: str) -> dict:
        return {"language": LanguageName(code)}

    found: list[Suggestion] = []
    for code in dict.fromkeys(p.plan.language for p in report.personas):
        if code not in report.signs_languages:
            found.append(Suggestion("drill_suggest_signs", {"code": code, **name(code)}))
    for persona in report.personas:
        who = {"alias": persona.plan.alias, **name(persona.plan.language)}
        if persona.registered_after is None:
            found.append(Suggestion("drill_suggest_not_registered", who))
        if persona.identified_after is None:
            found.append(Suggestion("drill_suggest_language_board", who))
        elif persona.identified_after > SLOW_IDENTIFY_SECONDS:
            found.append(Suggestion("drill_suggest_identify_faster",
                                    {**who, "minutes": round(persona.identified_after / 60)}))
        if persona.registered_after is not None and \
                persona.registered_after > SLOW_REGISTER_SECONDS:
            found.append(Suggestion("drill_suggest_register_faster",
                                    {**who, "minutes": round(persona.registered_after / 60)}))
        if persona.registered_after is None:
            continue
        missed = [c for c in persona.checks if c.status == "missed"]
        if any(c.field == "interpreter_needed" for c in missed):
            found.append(Suggestion("drill_suggest_interpreter", who))
        fields = sorted({c.field for c in missed if c.field != "interpreter_needed"})
        if fields:
            found.append(Suggestion("drill_suggest_missed", {**who, "fields": fields}))
        if any(c.status == "wrong" for c in persona.checks):
            found.append(Suggestion("drill_suggest_confirm", who))
    if not found:
        found.append(Suggestion("drill_suggest_well_done"))
    return found
