"""Drill scenarios: a persona, a script for the role player, and the facts a volunteer should capture.

Built-in scenarios ship in ``assets/drills/scenarios``; trainers write their own into the data
folder (``<data>/drills/scenarios``). Both use one TOML format (``assets/drills/README.md``) and pass
the same checks, because a role card that names a card the boards do not have, or a fact the
registry cannot store, fails in the middle of a drill, in front of the volunteers being trained.

A trainer's scenario never shadows a built-in one: a trainer file whose ID is a built-in ID is
reported and left out, so every participant of a drill reads the same script for the same ID.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.content.toml_text import quote
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.messages import message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry import codes

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
STATUSES = ("draft", "reviewed", "trainer")
SOURCES = ("builtin", "trainer")
#: Limits that keep a role card printable and a line short enough to read aloud.
MAX_ID = 60
MAX_TITLE = 80
MAX_LINE = 300
MAX_TEXT = 1200
MAX_LINES = 20
MAX_HOUSEHOLD = 30

_TOP_KEYS = ("id", "version", "meta", "title", "persona", "situation", "brief", "line", "expected")
TRAINER_NOTE = "Written by a trainer in evac-toolkit; not reviewed by a native speaker."


@dataclass(frozen=True)
class Provenance:
    """Who wrote the persona-language text, and whether a native speaker has checked it."""

    status: str
    by: str = ""
    date: str = ""
    note: str = ""


@dataclass(frozen=True)
class Persona:
    alias: str                            # a fictional first name, for the drill only
    language: str                         # catalog code the role player speaks
    other_languages: tuple[str, ...]
    japanese_ability: str                 # registry code: none | easy | conversational | fluent
    household: int                        # people arriving together, persona included
    age: str = ""


@dataclass(frozen=True)
class Line:
    """One step of the script: what the role player says (and the Japanese for the trainer)."""

    text: str
    ja: str
    point: str | None = None              # fingerboard card the role player points at
    when: str | None = None               # the staff question card this line answers


#: The facts of :class:`Expected`, in the order a debrief lists them.
EXPECTED_FIELDS = ("languages", "japanese_ability", "interpreter_needed", "diets", "allergens",
                   "medical", "religious", "flags")


@dataclass(frozen=True)
class Expected:
    """What the volunteer should have recorded, in the registry's own vocabulary."""

    languages: tuple[str, ...]
    japanese_ability: str
    interpreter_needed: bool
    diets: tuple[str, ...] = ()
    allergens: tuple[str, ...] = ()
    medical: tuple[str, ...] = ()
    religious: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()           # conversation flags: missing_family, embassy, fever...

    def fields(self) -> list[tuple[str, object]]:
        """(name, value) pairs in debrief order, so a report compares fact by fact."""
        return [(name, getattr(self, name)) for name in EXPECTED_FIELDS]


@dataclass(frozen=True)
class Scenario:
    id: str
    version: int
    title_ja: str
    title_en: str
    persona: Persona
    situation_ja: str
    situation_en: str
    brief_text: str                       # in the persona's language
    brief_ja: str
    lines: tuple[Line, ...]
    expected: Expected
    provenance: Provenance
    source: str                           # builtin | trainer
    path: Path | None = field(default=None, compare=False)

    @property
    def language(self) -> str:
        return self.persona.language

    def texts(self) -> Iterator[tuple[str, str, str]]:
        """Every string with where it is and its language code (for font and length checks)."""
        yield "title.ja", self.title_ja, "ja"
        yield "title.en", self.title_en, "en"
        yield "situation.ja", self.situation_ja, "ja"
        yield "situation.en", self.situation_en, "en"
        yield "brief.text", self.brief_text, self.persona.language
        yield "brief.ja", self.brief_ja, "ja"
        for number, line in enumerate(self.lines, start=1):
            yield f"line {number}.text", line.text, self.persona.language
            yield f"line {number}.ja", line.ja, "ja"

    def persona_texts(self) -> list[str]:
        """The strings the role player reads, in the persona's language."""
        return [self.brief_text, *(line.text for line in self.lines)]


@dataclass(frozen=True)
class ScenarioProblem:
    """A scenario file that was left out of the library, and why (a ``messages`` code)."""

    file: str
    code: str
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def message(self, language: str) -> str:
        return message(self.code, language, **self.params)


@dataclass(frozen=True)
class ScenarioLibrary:
    """Every usable scenario (built-in first, then the trainer's), and the files left out."""

    scenarios: tuple[Scenario, ...]
    problems: tuple[ScenarioProblem, ...] = ()

    def __iter__(self) -> Iterator[Scenario]:
        return iter(self.scenarios)

    def __len__(self) -> int:
        return len(self.scenarios)

    def get(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


# -- vocabulary ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Vocabulary:
    languages: frozenset[str]
    ruby_languages: frozenset[str]
    cards: frozenset[str]
    questions: frozenset[str]
    abilities: frozenset[str]
    diets: frozenset[str]
    allergens: frozenset[str]
    medical: frozenset[str]
    religious: frozenset[str]
    flags: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    """The codes a scenario may use: the catalog's, the boards' and the registry's (read once)."""
    items = ContentBank().items
    return _Vocabulary(
        languages=frozenset(lang.code for lang in catalog()),
        ruby_languages=frozenset(lang.code for lang in catalog() if lang.ruby),
        cards=frozenset(item["id"] for item in items),
        questions=frozenset(item["id"] for item in items if item["board"] == "staff"),
        abilities=frozenset(codes.JAPANESE_ABILITY) - {"unknown"},   # a persona knows
        diets=frozenset(codes.diets()), allergens=frozenset(codes.allergens()),
        medical=frozenset(codes.MEDICAL_FLAGS), religious=frozenset(codes.religious_needs()),
        flags=frozenset(FLAG_LABELS_JA))


# -- reading and checking -----------------------------------------------------------------------

class _Table:
    """Reads one table of a scenario, noting every problem instead of stopping at the first, so a
    trainer fixes a file in one pass."""

    def __init__(self, raw: object, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = problems
        if not isinstance(raw, dict):
            problems.append(f"[{where}] is missing or is not a table" if raw is None else
                            f"{where} must be a table")
            raw = {}
        self.raw = raw
        self.used: set[str] = set()

    def problem(self, key: str, text: str) -> None:
        self.problems.append(f"{self.where + '.' if self.where else ''}{key}: {text}")

    def get(self, key: str) -> object:
        self.used.add(key)
        return self.raw.get(key)

    def _string(self, key: str, required: bool) -> str | None:
        """The value as a string, or None after saying why it is missing or not text."""
        value = self.get(key)
        if value is None:
            if required:
                self.problem(key, "missing")
            return None
        if not isinstance(value, str):
            self.problem(key, "must be text in quotes")
            return None
        return value

    def text(self, key: str, *, required: bool = True, one_line: bool = False,
             limit: int = MAX_TEXT) -> str:
        value = self._string(key, required)
        if value is None:
            return ""
        if required and not value.strip():
            self.problem(key, "is empty")
        if one_line and "\n" in value:
            self.problem(key, "must be a single line")
        if len(value) > limit:
            self.problem(key, f"is {len(value)} characters long; at most {limit}")
        if any(unicodedata.category(char) == "Cc" and char != "\n" for char in value):
            self.problem(key, "contains a control character")
        return value

    def integer(self, key: str, minimum: int, maximum: int) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(key, "missing" if value is None else "must be a whole number")
            return minimum
        if not minimum <= value <= maximum:
            self.problem(key, f"{value} is not between {minimum} and {maximum}")
        return value

    def boolean(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            self.problem(key, "missing" if value is None else "must be true or false")
            return False
        return value

    def choice(self, key: str, allowed: Iterable[str], what: str, *,
               required: bool = True) -> str:
        value = self._string(key, required)
        if value is None:
            return ""
        if value not in allowed:
            self.problem(key, f"unknown {what} {value!r}")
        return value

    def choices(self, key: str, allowed: Iterable[str], what: str, *,
                required: bool = False) -> tuple[str, ...]:
        value = self.get(key)
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "must be a list of codes in quotes, e.g. [\"a\", \"b\"]")
            return ()
        if required and not value:
            self.problem(key, "must name at least one code")
        unknown = [v for v in value if v not in allowed]
        if unknown:
            self.problem(key, f"unknown {what} {', '.join(map(repr, unknown))}")
        repeated = sorted({v for v in value if value.count(v) > 1})
        if repeated:
            self.problem(key, f"{', '.join(map(repr, repeated))} listed twice")
        return tuple(value)

    def finish(self) -> None:
        unknown = sorted(set(self.raw) - self.used)
        if unknown:
            self.problems.append(f"{'[' + self.where + '] ' if self.where else ''}unknown "
                                 f"key{'s' if len(unknown) > 1 else ''} "
                                 f"{', '.join(map(repr, unknown))}")


def _check_expected(persona: Persona, expected: Expected, problems: list[str]) -> None:
    """The facts must describe this persona, and say what the program itself derives."""
    spoken = (persona.language, *persona.other_languages)
    if expected.languages and persona.language and expected.languages[0] != persona.language:
        problems.append(f"expected.languages: the persona's language {persona.language!r} "
                        "comes first")
    stray = [code for code in expected.languages if code not in spoken]
    if stray and persona.language:
        problems.append(f"expected.languages: {', '.join(map(repr, stray))} is not among the "
                        "persona's language and other_languages")
    if persona.japanese_ability and expected.japanese_ability and \
            persona.japanese_ability != expected.japanese_ability:
        problems.append("expected.japanese_ability: differs from persona.japanese_ability")
    derived = expected.japanese_ability in ("none", "easy") or "interpreter" in expected.flags
    if derived and not expected.interpreter_needed:
        problems.append("expected.interpreter_needed: must be true when japanese_ability is none "
                        "or easy, or the interpreter flag is set (the program derives it)")


def _build(raw: dict, path: Path, source: str) -> Scenario:
    """Check a parsed scenario and build it; ``UserError('drill_scenario_invalid')`` lists every
    problem found."""
    vocab = _vocabulary()
    problems: list[str] = []
    top = _Table(raw, "", problems)
    scenario_id = top.text("id", one_line=True, limit=MAX_ID)
    if scenario_id and not ID_PATTERN.fullmatch(scenario_id):
        top.problem("id", f"{scenario_id!r} must be lowercase letters, digits and single hyphens")
    elif scenario_id and scenario_id != path.stem:
        top.problem("id", f"{scenario_id!r} differs from the file name {path.name!r}")
    version = top.integer("version", 1, 10_000)

    meta = _Table(top.get("meta"), "meta", problems)
    provenance = Provenance(
        status=meta.choice("status", STATUSES, "status (draft, reviewed or trainer)"),
        by=meta.text("by", required=False, one_line=True, limit=MAX_TITLE),
        date=meta.text("date", required=False, one_line=True, limit=MAX_ID),
        note=meta.text("note", required=False))
    if provenance.status == "reviewed" and not (provenance.by and provenance.date):
        problems.append("meta: a reviewed scenario says who reviewed it (by) and when (date)")
    meta.finish()

    title = _Table(top.get("title"), "title", problems)
    title_ja = title.text("ja", one_line=True, limit=MAX_TITLE)
    title_en = title.text("en", one_line=True, limit=MAX_TITLE)
    title.finish()

    table = _Table(top.get("persona"), "persona", problems)
    persona = Persona(
        alias=table.text("alias", one_line=True, limit=40),
        language=table.choice("language", vocab.languages, "language code"),
        other_languages=table.choices("other_languages", vocab.languages, "language code"),
        japanese_ability=table.choice("japanese_ability", vocab.abilities,
                                      "Japanese ability (none, easy, conversational, fluent)"),
        household=table.integer("household", 1, MAX_HOUSEHOLD),
        age=table.text("age", required=False, one_line=True, limit=40))
    if persona.language and persona.language in persona.other_languages:
        table.problem("other_languages", "repeats the persona's own language")
    table.finish()

    situation = _Table(top.get("situation"), "situation", problems)
    situation_ja, situation_en = situation.text("ja"), situation.text("en")
    situation.finish()
    brief = _Table(top.get("brief"), "brief", problems)
    brief_text, brief_ja = brief.text("text"), brief.text("ja")
    brief.finish()

    lines = _read_lines(top.get("line"), vocab, problems)

    table = _Table(top.get("expected"), "expected", problems)
    expected = Expected(
        languages=table.choices("languages", vocab.languages, "language code", required=True),
        japanese_ability=table.choice("japanese_ability", vocab.abilities, "Japanese ability"),
        interpreter_needed=table.boolean("interpreter_needed"),
        diets=table.choices("diets", vocab.diets, "diet code"),
        allergens=table.choices("allergens", vocab.allergens, "allergen code"),
        medical=table.choices("medical", vocab.medical, "medical code"),
        religious=table.choices("religious", vocab.religious, "religious code"),
        flags=table.choices("flags", vocab.flags, "flag"))
    table.finish()
    _check_expected(persona, expected, problems)

    if persona.language in vocab.ruby_languages:
        texts = [("brief.text", brief_text)] + [(f"line {n}.text", line.text)
                                                for n, line in enumerate(lines, start=1)]
        problems += [f"{where}: {found}" for where, text in texts for found in ruby.problems(text)]
    top.finish()
    if problems:
        raise UserError("drill_scenario_invalid", file=str(path), problem="; ".join(problems))
    return Scenario(id=scenario_id, version=version, title_ja=title_ja, title_en=title_en,
                    persona=persona, situation_ja=situation_ja, situation_en=situation_en,
                    brief_text=brief_text, brief_ja=brief_ja, lines=tuple(lines),
                    expected=expected, provenance=provenance, source=source, path=path)


def _read_lines(raw: object, vocab: _Vocabulary, problems: list[str]) -> list[Line]:
    if not isinstance(raw, list) or not raw:
        problems.append("the script needs at least one [[line]]")
        return []
    if len(raw) > MAX_LINES:
        problems.append(f"the script has {len(raw)} lines; at most {MAX_LINES}")
    lines = []
    for number, raw_line in enumerate(raw, start=1):
        table = _Table(raw_line, f"line {number}", problems)
        lines.append(Line(
            text=table.text("text", limit=MAX_LINE), ja=table.text("ja", limit=MAX_LINE),
            point=table.choice("point", vocab.cards, "fingerboard card", required=False) or None,
            when=table.choice("when", vocab.questions, "staff question card",
                              required=False) or None))
        table.finish()
    return lines


def builtin_dir() -> Path:
    """The scenarios installed with the program (read-only)."""
    return asset_path("drills", "scenarios")


def trainer_dir(data_dir: Path) -> Path:
    """Where a trainer's own scenarios live inside the data folder."""
    return Path(data_dir) / "drills" / "scenarios"


def load_scenario(path: str | Path, *, source: str | None = None) -> Scenario:
    """Read and check one scenario file; ``UserError('drill_scenario_invalid')`` if it is unusable.

    ``source`` defaults to "builtin" for files in :func:`builtin_dir`, else "trainer".
    """
    path = Path(path)
    if source is None:
        source = "builtin" if path.resolve().parent == builtin_dir().resolve() else "trainer"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("drill_scenario_invalid", file=str(path),
                        problem=f"cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError("drill_scenario_invalid", file=str(path),
                        problem=f"not valid TOML ({exc})") from exc
    return _build(raw, path, source)


def _scenario_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file() and not p.name.startswith("."))


def list_scenarios(data_dir: Path | None = None) -> ScenarioLibrary:
    """Built-in scenarios, then the trainer's. A damaged file is reported in ``problems`` and the
    others still load; a trainer file reusing a built-in ID is reported and left out."""
    scenarios: list[Scenario] = []
    problems: list[ScenarioProblem] = []
    folders = [(builtin_dir(), "builtin")]
    if data_dir is not None:
        folders.append((trainer_dir(data_dir), "trainer"))
    builtin_ids: set[str] = set()
    for folder, source in folders:
        for path in _scenario_files(folder):
            if source == "trainer" and path.stem in builtin_ids:
                problems.append(ScenarioProblem(str(path), "drill_scenario_builtin_id",
                                                {"file": str(path), "id": path.stem}))
                continue
            try:
                scenario = load_scenario(path, source=source)
            except UserError as exc:
                problems.append(ScenarioProblem(str(path), exc.code, dict(exc.params)))
                continue
            scenarios.append(scenario)
            if source == "builtin":
                builtin_ids.add(scenario.id)
    return ScenarioLibrary(tuple(scenarios), tuple(problems))


# -- writing ------------------------------------------------------------------------------------

def new_scenario_id(title: str, language: str, taken: Iterable[str] = ()) -> str:
    """A free ID from the language and the title's ASCII letters ("vi-injured-trainee"); a title
    with none (Japanese) gives "<language>-scenario". ``-2``, ``-3``... avoid the IDs in ``taken``."""
    def slug(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")

    base = "-".join(part for part in (slug(language), slug(title)[:40].strip("-") or "scenario")
                    if part)
    taken = set(taken)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def scenario_to_dict(scenario: Scenario) -> dict:
    """The scenario in the file's shape (for an editor, or to save a copy as a trainer's)."""
    persona = scenario.persona
    return {
        "id": scenario.id, "version": scenario.version,
        "meta": {"status": scenario.provenance.status, "by": scenario.provenance.by,
                 "date": scenario.provenance.date, "note": scenario.provenance.note},
        "title": {"ja": scenario.title_ja, "en": scenario.title_en},
        "persona": {"alias": persona.alias, "language": persona.language,
                    "other_languages": list(persona.other_languages),
                    "japanese_ability": persona.japanese_ability,
                    "household": persona.household, "age": persona.age},
        "situation": {"ja": scenario.situation_ja, "en": scenario.situation_en},
        "brief": {"text": scenario.brief_text, "ja": scenario.brief_ja},
        "line": [{key: value for key, value in (("text", line.text), ("ja", line.ja),
                                                ("point", line.point), ("when", line.when))
                  if value is not None} for line in scenario.lines],
        "expected": {name: list(value) if isinstance(value, tuple) else value
                     for name, value in scenario.expected.fields()},
    }


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(quote(str(item)) for item in value) + "]"
    return quote(str(value))


def dump_scenario(scenario: Scenario) -> str:
    """The scenario as TOML text that :func:`load_scenario` reads back to the same scenario."""
    data = scenario_to_dict(scenario)
    out = ["# A drill scenario. Format: assets/drills/README.md", "",
           f"id = {_value(data['id'])}", f"version = {_value(data['version'])}"]
    for table in ("meta", "title", "persona", "situation", "brief"):
        out += ["", f"[{table}]"]
        out += [f"{key} = {_value(value)}" for key, value in data[table].items()]
    for line in data["line"]:
        out += ["", "[[line]]"] + [f"{key} = {_value(value)}" for key, value in line.items()]
    out += ["", "[expected]"] + [f"{key} = {_value(value)}"
                                 for key, value in data["expected"].items()]
    return "\n".join(out) + "\n"


def glyph_problems(scenario: Scenario) -> list[str]:
    """Strings with characters no installed font can draw: a role card with boxes on it is found
    when the trainer saves, not when the card comes out of the printer."""
    found = []
    for where, text, code in scenario.texts():
        missing = fonts.missing_glyphs(text, get_language(code).font)
        if missing:
            found.append(f"{where}: no installed font can draw {''.join(missing)!r}")
    return found


def save_scenario(scenario: Scenario | Mapping, data_dir: Path, *, trainer: str = "",
                  today: dt.date | None = None) -> Path:
    """Write a trainer's scenario into :func:`trainer_dir` and return its path.

    ``scenario`` is a :class:`Scenario` or a dict in the file's shape; without an ``id`` one is
    made from the title and language. The provenance becomes ``status = "trainer"``, ``by`` the
    trainer's name. The text is checked, written to a temporary file, read back and compared
    before it replaces anything, so an invalid scenario writes nothing and a power cut leaves the
    old file or the new one. Saving under an existing trainer ID replaces that scenario (an edit);
    a built-in ID is refused.
    """
    raw = scenario_to_dict(scenario) if isinstance(scenario, Scenario) else \
        copy.deepcopy(dict(scenario))
    folder = trainer_dir(data_dir)
    builtin_ids = {path.stem for path in _scenario_files(builtin_dir())}
    scenario_id = raw.get("id")
    if scenario_id in (None, ""):
        title = raw.get("title") if isinstance(raw.get("title"), dict) else {}
        persona = raw.get("persona") if isinstance(raw.get("persona"), dict) else {}
        name = next((t for t in (title.get("en"), title.get("ja")) if isinstance(t, str) and t),
                    "")
        language = persona.get("language") if isinstance(persona.get("language"), str) else ""
        taken = builtin_ids | {path.stem for path in _scenario_files(folder)}
        scenario_id = raw["id"] = new_scenario_id(name, language, taken)
    if not isinstance(scenario_id, str) or not ID_PATTERN.fullmatch(scenario_id):
        raise UserError("drill_scenario_invalid", file=str(folder),
                        problem=f"id: {scenario_id!r} must be lowercase letters, digits and "
                                "single hyphens")
    target = folder / f"{scenario_id}.toml"
    if scenario_id in builtin_ids:
        raise UserError("drill_scenario_builtin_id", file=str(target), id=scenario_id)
    old_meta = raw.get("meta") if isinstance(raw.get("meta"), dict) else {}
    raw["meta"] = {"status": "trainer", "by": trainer or str(old_meta.get("by") or ""),
                   "date": (today or dt.date.today()).isoformat(), "note": TRAINER_NOTE}
    raw.setdefault("version", 1)

    checked = _build(raw, target, "trainer")
    glyphs = glyph_problems(checked)
    if glyphs:
        raise UserError("drill_scenario_invalid", file=str(target), problem="; ".join(glyphs))
    text = dump_scenario(checked)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_write(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            if _build(tomllib.loads(text), target, "trainer") != checked:
                raise UserError("drill_scenario_invalid", file=str(target),
                                problem="the written text does not read back the same")
    except OSError as exc:
        raise UserError("output_unwritable", path=str(target),
                        reason=exc.strerror or str(exc)) from exc
    return target
