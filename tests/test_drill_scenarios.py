"""Drill scenarios: the built-in set is usable in a drill, and trainers' scenarios are checked."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from catalog_entries import untranslated

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.drills.scenarios import (
    EXPECTED_FIELDS,
    Scenario,
    builtin_dir,
    dump_scenario,
    list_scenarios,
    load_scenario,
    new_scenario_id,
    save_scenario,
    scenario_to_dict,
    trainer_dir,
)
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.fingerboards.conversation import (
    FLAG_LABELS_JA,
    Conversation,
    registry_values,
)
from evac_toolkit.core.languages import catalog, get_language
from evac_toolkit.core.messages import MESSAGES, message
from evac_toolkit.core.registry import codes

BANK = ContentBank()
ITEMS = {item["id"]: item for item in BANK.items}
BUILTIN = list_scenarios().scenarios
BY_ID = {scenario.id: scenario for scenario in BUILTIN}

#: The script a persona's lines must be written in (a Unicode character-name prefix).
SCRIPT_NAMES = {"Mymr": ("MYANMAR",), "Sinh": ("SINHALA",), "Deva": ("DEVANAGARI",),
                "Thai": ("THAI",), "Kore": ("HANGUL",), "Hans": ("CJK UNIFIED",),
                "Hant": ("CJK UNIFIED",), "Jpan": ("HIRAGANA", "KATAKANA", "CJK UNIFIED")}


def ids(scenario: Scenario) -> str:
    return scenario.id


# -- the built-in set --------------------------------------------------------------------------

def test_every_builtin_scenario_loads():
    library = list_scenarios()
    assert library.problems == ()
    files = sorted(path.stem for path in builtin_dir().glob("*.toml"))
    assert sorted(s.id for s in library) == files
    assert len(library) >= 12
    assert all(s.source == "builtin" for s in library)


def test_the_set_covers_every_default_language_but_japanese():
    wanted = {lang.code for lang in catalog()} - {"ja"}
    assert wanted <= {s.language for s in BUILTIN}


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_a_builtin_scenario_is_a_usable_role_card(scenario):
    assert 4 <= len(scenario.lines) <= 8
    assert scenario.version >= 1 and scenario.persona.household >= 1
    assert scenario.persona.alias and scenario.title_ja and scenario.title_en
    assert scenario.provenance.status == "draft"
    assert "not yet reviewed" in scenario.provenance.note
    for line in scenario.lines:
        assert line.point is None or line.point in ITEMS
        assert line.when is None or ITEMS[line.when]["board"] == "staff"
        assert len(line.text) <= 120, "a line is read aloud: keep it short"


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_expected_facts_use_registry_codes(scenario):
    expected = scenario.expected
    languages = {lang.code for lang in catalog()}
    assert set(expected.languages) <= languages
    assert expected.japanese_ability in codes.JAPANESE_ABILITY
    assert set(expected.diets) <= set(codes.diets())
    assert set(expected.allergens) <= set(codes.allergens())
    assert set(expected.medical) <= set(codes.MEDICAL_FLAGS)
    assert set(expected.religious) <= set(codes.religious_needs())
    assert set(expected.flags) <= set(FLAG_LABELS_JA)
    assert expected.interpreter_needed == (expected.japanese_ability in ("none", "easy")
                                           or "interpreter" in expected.flags)
    assert [name for name, _ in expected.fields()] == list(EXPECTED_FIELDS)


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_every_string_has_glyphs_in_the_fonts(scenario):
    for where, text, code in scenario.texts():
        assert fonts.missing_glyphs(text, get_language(code).font) == [], where
    persona_font = get_language(scenario.language).font
    for text in scenario.persona_texts():
        assert fonts.missing_glyphs(text, persona_font) == []


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_persona_text_is_written_in_the_persona_script(scenario):
    language = get_language(scenario.language)
    prefixes = SCRIPT_NAMES.get(language.script)
    if prefixes is None:        # Latin: nothing to tell apart by script
        return
    for text in scenario.persona_texts():
        names = [unicodedata.name(char, "") for char in text]
        assert any(name.startswith(prefixes) for name in names), text
    if language.ruby:
        for text in scenario.persona_texts():
            assert ruby.problems(text) == [], text


def _recordable_codes() -> dict[str, set[str]]:
    """Codes some card records when pointed at (or answered "yes" to)."""
    found: dict[str, set[str]] = {"medical": set(), "flag": set()}
    for item in BANK.items:
        for rule in (item.get("records"), item.get("records_if_yes")):
            if rule:
                kind, _, code = rule.partition(":")
                found.setdefault(kind, set()).add(code)
    return found


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_expected_follows_from_pointing_through_the_script(scenario):
    """Replay the script on the boards: what pointing records is expected, and every expected
    fact a card could record is pointed at. Facts no card records, the script says in words."""
    talk = Conversation(BANK)
    talk.choose_language(scenario.language)
    for line in scenario.lines:
        if line.when:
            talk.point(line.when)
        if line.point:
            talk.point(line.point)
    summary = talk.summary()
    values = registry_values(summary)
    expected = scenario.expected
    assert values["languages"] == [expected.languages[0]]
    assert summary.japanese_ability == expected.japanese_ability
    assert summary.interpreter_needed == expected.interpreter_needed
    for name in ("diets", "allergens", "religious"):
        assert set(values[name]) == set(getattr(expected, name)), name
    assert set(summary.flags) == set(expected.flags)
    unrecordable = set(codes.MEDICAL_FLAGS) - _recordable_codes()["medical"]
    assert set(values["medical"]) <= set(expected.medical)
    assert set(expected.medical) - set(values["medical"]) <= unrecordable


def test_the_set_covers_the_drill_topics():
    union = {name: set() for name in EXPECTED_FIELDS if name not in ("japanese_ability",
                                                                     "interpreter_needed")}
    for scenario in BUILTIN:
        for name in union:
            union[name] |= set(getattr(scenario.expected, name))
    assert {"halal", "vegetarian"} <= union["diets"]
    assert union["allergens"]
    assert {"pregnant", "regular_medication", "disability_mobility", "infant", "dialysis",
            "elderly_care", "chronic_illness"} <= union["medical"]
    assert {"fever", "missing_family", "embassy", "injured", "can_help_translate"} <= \
        union["flags"]
    assert "prayer_time_place" in union["religious"]
    abilities = {s.expected.japanese_ability for s in BUILTIN}
    assert {"none", "easy", "conversational"} <= abilities
    assert any(line.point == "evacuee.no_medicine" or line.when == "staff.have_medicine_with_you"
               for s in BUILTIN for line in s.lines), "regular medication lost"


@pytest.mark.parametrize("scenario", BUILTIN, ids=ids)
def test_the_writer_reads_back_every_builtin_scenario(scenario, tmp_path):
    path = tmp_path / f"{scenario.id}.toml"
    path.write_text(dump_scenario(scenario), encoding="utf-8")
    assert load_scenario(path, source="builtin") == scenario


# -- trainers' scenarios -----------------------------------------------------------------------

def _draft(**changes) -> dict:
    """A trainer's scenario as an editor would hand it over: a built-in one, changed."""
    raw = scenario_to_dict(BY_ID["my-pregnant-no-japanese"])
    raw.pop("id")
    for dotted, value in changes.items():
        table, _, key = dotted.partition("__")
        if key:
            raw[table][key] = value
        else:
            raw[table] = value
    return raw


def test_a_trainer_scenario_round_trips_with_awkward_text(tmp_path):
    awkward = 'She says "ဆေး" \\ then\nwaits \\'
    raw = _draft(title__en='Quote "Aye" \\ back\\slash', title__ja="「引用」と\\記号")
    raw["line"][0]["text"] = awkward
    raw["line"][1]["ja"] = "一行目\n二行目"
    raw["brief"]["text"] = "ကိုယ်ဝန် ခုနစ်လ ရှိပါတယ်။ \"quoted\" '\\n' literally"
    path = save_scenario(raw, tmp_path, trainer="山田 花子 (trainer)")
    assert path.parent == trainer_dir(tmp_path)
    assert path.stem == "my-quote-aye-back-slash"
    scenario = load_scenario(path)
    assert scenario.source == "trainer" and scenario.id == path.stem
    assert scenario.lines[0].text == awkward
    assert scenario.lines[1].ja == "一行目\n二行目"
    assert scenario.title_en == 'Quote "Aye" \\ back\\slash'
    assert scenario.brief_text == raw["brief"]["text"]
    assert scenario.provenance.status == "trainer"
    assert scenario.provenance.by == "山田 花子 (trainer)"
    assert scenario.expected == BY_ID["my-pregnant-no-japanese"].expected
    library = list_scenarios(tmp_path)
    assert library.get(scenario.id) == scenario and library.problems == ()
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file left"


def test_saving_again_under_the_same_id_edits_the_scenario(tmp_path):
    first = save_scenario(_draft(title__en="Night shift"), tmp_path)
    edited = scenario_to_dict(load_scenario(first))
    edited["persona"]["household"] = 3
    assert save_scenario(edited, tmp_path) == first
    assert load_scenario(first).persona.household == 3
    second = save_scenario(_draft(title__en="Night shift"), tmp_path)
    assert second.stem == first.stem + "-2"


def test_new_ids_are_free_and_plain():
    assert new_scenario_id("Pregnant, no Japanese!", "my") == "my-pregnant-no-japanese"
    assert new_scenario_id("Pregnant, no Japanese!", "my", {"my-pregnant-no-japanese"}) == \
        "my-pregnant-no-japanese-2"
    assert new_scenario_id("妊娠中の女性", "zh-Hans") == "zh-hans-scenario"
    assert new_scenario_id("Café à Hamamatsu", "pt-BR") == "pt-br-cafe-a-hamamatsu"


BAD = {
    "unknown language": lambda r: r["persona"].update(language="xx"),
    "unknown card": lambda r: r["line"][0].update(point="diets.hala"),
    "answer card as a question": lambda r: r["line"][2].update(when="answers.yes"),
    "unknown medical code": lambda r: r["expected"].update(medical=["pregnancy"]),
    "unknown flag": lambda r: r["expected"].update(flags=["lost"]),
    "bad ability": lambda r: r["persona"].update(japanese_ability="some"),
    "household 0": lambda r: r["persona"].update(household=0),
    "missing text": lambda r: r["title"].pop("ja"),
    "empty line": lambda r: r["line"][3].update(text="  "),
    "unknown key": lambda r: r["persona"].update(nationality="Myanmar"),
    "unknown table": lambda r: r.update(notes={"a": "b"}),
    "no lines": lambda r: r.update(line=[]),
    "interpreter not derived": lambda r: r["expected"].update(interpreter_needed=False),
    "language order": lambda r: r["expected"].update(languages=["en", "my"]),
    "bad id": lambda r: r.update(id="My Scenario"),
    "no glyphs": lambda r: r["line"][0].update(text="ሰላም"),
    "control character": lambda r: r["line"][0].update(text="a\tb"),
    "two-line title": lambda r: r["title"].update(en="one\ntwo"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_an_invalid_trainer_scenario_is_refused_and_nothing_written(name, tmp_path):
    raw = _draft()
    BAD[name](raw)
    with pytest.raises(UserError) as info:
        save_scenario(raw, tmp_path)
    assert info.value.code == "drill_scenario_invalid"
    assert info.value.params["problem"]
    folder = trainer_dir(tmp_path)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_problems_are_all_named_at_once(tmp_path):
    raw = _draft()
    BAD["unknown language"](raw)
    BAD["household 0"](raw)
    BAD["unknown card"](raw)
    with pytest.raises(UserError) as info:
        save_scenario(raw, tmp_path)
    problem = info.value.params["problem"]
    assert "persona.language" in problem and "persona.household" in problem
    assert "line 1.point" in problem and "'diets.hala'" in problem


def test_a_builtin_id_is_refused(tmp_path):
    raw = _draft()
    raw["id"] = "ne-child-fever"
    with pytest.raises(UserError) as info:
        save_scenario(raw, tmp_path)
    assert info.value.code == "drill_scenario_builtin_id"
    assert not trainer_dir(tmp_path).exists()


def test_a_file_whose_id_is_not_its_name_is_refused(tmp_path):
    path = tmp_path / "other-name.toml"
    path.write_text(dump_scenario(BY_ID["ne-child-fever"]), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_scenario(path)
    assert info.value.code == "drill_scenario_invalid"
    assert "differs from the file name" in info.value.params["problem"]


def test_a_damaged_trainer_file_is_reported_and_the_others_load(tmp_path):
    good = save_scenario(_draft(title__en="Good one"), tmp_path)
    folder = trainer_dir(tmp_path)
    (folder / "broken.toml").write_text('id = "broken"\n[title\n', encoding="utf-8")
    (folder / "not-utf8.toml").write_bytes(b"id = \"\xff\"\n")
    (folder / "ne-child-fever.toml").write_text(dump_scenario(BY_ID["ne-child-fever"]),
                                                encoding="utf-8")
    library = list_scenarios(tmp_path)
    assert library.get(good.stem) is not None
    assert len(library) == len(BUILTIN) + 1
    assert library.get("ne-child-fever").source == "builtin"
    problems = {Path(p.file).name: p for p in library.problems}
    assert set(problems) == {"broken.toml", "not-utf8.toml", "ne-child-fever.toml"}
    assert problems["broken.toml"].code == "drill_scenario_invalid"
    assert problems["ne-child-fever.toml"].code == "drill_scenario_builtin_id"
    assert "broken.toml" in problems["broken.toml"].message("ja")
    assert "ne-child-fever" in problems["ne-child-fever.toml"].message("en")


def test_the_message_codes_are_worded_in_both_languages():
    for code in ("drill_scenario_invalid", "drill_scenario_builtin_id"):
        assert MESSAGES[code].gui is None and untranslated(code, "ja") == [], code
    text = message("drill_scenario_invalid", "ja", file="x.toml", problem="id: missing")
    assert "x.toml" in text and "id: missing" in text
