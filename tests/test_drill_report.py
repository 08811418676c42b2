"""Drill role cards and the after-action report, read back from real drill databases and real PDFs.

A scripted drill runs on a fake clock (the drill's and the registry's), so every time in the report
is exact; the records are written through the drill's own Registry, as the GUI writes them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import tomllib
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pypdfium2 as pdfium
import pytest
from catalog_entries import untranslated

from evac_toolkit.core import fonts, ruby
from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.drills import role_cards, wording
from evac_toolkit.core.drills import session as session_module
from evac_toolkit.core.drills.report import build_report
from evac_toolkit.core.drills.report_pdf import report_data, report_text, write_report_pdf
from evac_toolkit.core.drills.role_cards import (
    PHRASE_KEYS,
    phrases,
    write_all_role_cards,
    write_role_cards,
)
from evac_toolkit.core.drills.scenarios import list_scenarios, save_scenario
from evac_toolkit.core.drills.session import open_drill, start_drill
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.fingerboards.conversation import FLAG_LABELS_JA
from evac_toolkit.core.language_names import LanguageName
from evac_toolkit.core.languages import Language, catalog, get_language
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.registry import codes, store

BANK = ContentBank()
JST = dt.timezone(dt.timedelta(hours=9))


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pages(source) -> list[str]:
    """Each page's text (the /ActualText of shaped runs), NFC, without whitespace."""
    doc = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    return [squeeze(page.get_textpage().get_text_range()) for page in doc]


def builtin(language: str):
    return next(s for s in list_scenarios() if s.language == language)


# -- the role card's fixed phrases ----------------------------------------------------------------
def test_phrases_exist_in_every_catalog_language_and_draw():
    raw = tomllib.loads(asset_path("drills", "role_card_text.toml").read_text("utf-8"))
    assert raw["meta"]["status"] == "draft" and "AI" in raw["meta"]["note"]
    for language in catalog():
        table = raw["text"][language.code]
        assert set(table) == set(PHRASE_KEYS), language.code
        for text in table.values():
            assert text.strip() and not fonts.missing_glyphs(text, language.font), text
    # Every language speaks for itself (no English left in, say, the Thai card).
    english = raw["text"]["en"]
    for language in catalog():
        if language.code != "en":
            assert raw["text"][language.code]["say"] != english["say"], language.code


def test_a_language_added_later_gets_english_phrases():
    assert phrases("xx-none") == phrases("en")


# -- role cards -----------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["my", "si"])
def test_role_card_in_the_persona_script_with_japanese(language, tmp_path):
    scenario = builtin(language)
    out = tmp_path / f"{language}.pdf"
    assert write_role_cards(scenario, out) is None
    texts = pages(out)
    assert len(texts) >= 2
    assert all("訓練" in page and "DRILL" in page for page in texts)
    *player, key = texts
    player_text = "".join(player)
    own = phrases(language)
    for phrase in ("role_card", "playing", "language", "situation", "say", "point",
                   "stay_in_role"):
        assert squeeze(own[phrase]) in player_text, phrase
    assert squeeze(get_language(language).native) in player_text
    assert squeeze(scenario.persona.alias) in player_text
    assert squeeze(scenario.brief_text) in player_text
    for line in scenario.lines:
        assert squeeze(line.text) in player_text
        assert squeeze(line.ja) in player_text
        if line.point:
            assert squeeze(BANK.text(language, line.point)) in player_text
            assert squeeze(BANK.text("ja", line.point)) in player_text
        if line.when:
            assert squeeze(own["when"]) in player_text
            assert squeeze(BANK.text(language, line.when)) in player_text
    # The answer key: Japanese with English, the facts worded as the report words them.
    assert "答え合わせ" in key and "Answerkey" in key
    assert squeeze(scenario.title_ja) in key and squeeze(scenario.title_en) in key
    assert squeeze(scenario.situation_ja) in key
    for name, value in scenario.expected.fields():
        assert squeeze(wording.expected_values(name, value, "ja")) in key, name
        assert squeeze(wording.expected_values(name, value, "en")) in key, name
    assert squeeze(codes.label("japanese_ability", scenario.persona.japanese_ability, "ja")) \
        in key


def test_the_answer_key_says_how_far_the_persona_lines_were_reviewed():
    scenario = builtin("my")
    key = pages(write_role_cards(scenario, None))[-1]
    assert squeeze("下書き（AI 支援、ネイティブ未確認）") in key and "確認済み" not in key
    reviewed = dataclasses.replace(scenario, provenance=dataclasses.replace(
        scenario.provenance, status="reviewed", by="Ko Ko", date="2026-12-01"))
    key = pages(write_role_cards(reviewed, None))[-1]
    assert squeeze("確認済み：Ko Ko、2026-12-01") in key
    assert squeeze("reviewed by Ko Ko, 2026-12-01") in key
    assert wording.scenario_status(reviewed.provenance, "en") == "reviewed by Ko Ko, 2026-12-01"


@pytest.mark.parametrize("scenario", list_scenarios().scenarios, ids=lambda s: s.id)
def test_every_builtin_scenario_prints(scenario):
    data = write_role_cards(scenario, None)
    texts = pages(data)
    assert all("訓練" in page for page in texts)
    line = scenario.lines[0].text
    # Easy Japanese prints its furigana inline, in parentheses.
    shown = ruby.inline(line) if get_language(scenario.language).ruby else line
    assert any(squeeze(shown) in page for page in texts)


def test_a_set_prints_role_players_first_then_answer_keys(tmp_path):
    chosen = [builtin("my"), builtin("si")]
    out = tmp_path / "set.pdf"
    write_all_role_cards(chosen, out, bank=ContentBank())
    texts = pages(out)
    first_key = next(i for i, page in enumerate(texts) if "答え合わせ" in page)
    assert all("答え合わせ" in page for page in texts[first_key:] if "Answerkey" in page)
    assert sum("答え合わせ" in page for page in texts) >= 2
    assert squeeze(chosen[1].lines[0].text) in "".join(texts[:first_key])


def test_a_missing_glyph_is_refused_before_anything_is_written(tmp_path):
    scenario = builtin("my")
    broken = dataclasses.replace(scenario, lines=(
        dataclasses.replace(scenario.lines[0], text=scenario.lines[0].text + "\ue000"),
        *scenario.lines[1:]))
    out = tmp_path / "broken.pdf"
    with pytest.raises(UserError) as error:
        write_role_cards(broken, out)
    assert error.value.code == "missing_glyphs"
    assert list(tmp_path.iterdir()) == []


def test_right_to_left_role_card_reads_from_the_right(monkeypatch):
    """No default language is right to left, but one may be added as data (the Arabic font
    ships): the role player's lines are right-aligned and read from the right."""
    from evac_toolkit.core import languages

    arabic = Language(code="ar", native="العربية", japanese="アラビア語", english="Arabic",
                      script="Arab", direction="rtl", font="Noto Sans Arabic")
    monkeypatch.setattr(languages, "catalog", lambda: (*catalog(), arabic))
    table = {**role_cards._phrase_table(),
             "ar": {"role_card": "بطاقة الدور", "playing": "أنت تمثل:", "language": "لغتك:",
                    "situation": "وضعك", "say": "قل هذا", "point": "أشر إلى هذه البطاقة",
                    "when": "عندما يسأل المتطوع:", "stay_in_role": "تكلم بلغتك فقط."}}
    monkeypatch.setattr(role_cards, "_phrase_table", lambda: table)
    scenario = builtin("my")
    persona = dataclasses.replace(scenario.persona, language="ar", other_languages=(),
                                  alias="Layla")
    line = dataclasses.replace(scenario.lines[0], text="مرحبا بكم في المأوى", point=None,
                               when=None)
    rtl = dataclasses.replace(scenario, persona=persona, brief_text="أنت ليلى", lines=(line,))
    page = pdfium.PdfDocument(write_role_cards(rtl, None))[0]
    textpage = page.get_textpage()
    boxes = {}
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if char in "حكف":            # one letter in each word: مرحبا (ح) بكم (ك) في (ف)
            left, _bottom, right, top = textpage.get_charbox(index)
            boxes.setdefault(char, []).append((top, left, right))
    line_top = min(top for found in boxes.values() for top, _l, _r in found)
    at = {char: next(left for top, left, _r in found if abs(top - line_top) < 5)
          for char, found in boxes.items()}
    assert at["ح"] > at["ك"] > at["ف"]
    width = page.get_width()
    assert at["ح"] > width / 2                 # right-aligned, not starting at the left margin


# -- a scripted drill -----------------------------------------------------------------------------
class Clock:
    """The drill's wall clock, its monotonic clock and the registry's timestamps, moved by hand."""

    def __init__(self) -> None:
        self.t = 0.0
        self.base = dt.datetime(2026, 9, 1, 10, 0, tzinfo=JST)

    def now(self) -> dt.datetime:
        return self.base + dt.timedelta(seconds=self.t)

    def monotonic(self) -> float:
        return 10_000.0 + self.t


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(session_module, "_now", fake.now)
    monkeypatch.setattr(session_module, "time", SimpleNamespace(monotonic=fake.monotonic))
    monkeypatch.setattr(store, "now", lambda: fake.now().isoformat(timespec="seconds"))
    return fake


def _scenario(data_home: Path, scenario_id: str, language: str, alias: str, *,
              other: list[str], ability: str, expected: dict) -> object:
    base = builtin(language)
    line = {"text": base.lines[0].text, "ja": base.lines[0].ja, "point": "answers.yes",
            "when": "staff.allergies"}
    save_scenario({
        "id": scenario_id, "version": 1,
        "title": {"ja": f"テスト {alias}", "en": f"Test {alias}"},
        "persona": {"alias": alias, "language": language, "other_languages": other,
                    "japanese_ability": ability, "household": 1, "age": "30s"},
        "situation": {"ja": "テストの状況です。", "en": "A test situation."},
        "brief": {"text": base.brief_text, "ja": base.brief_ja},
        "line": [line],
        "expected": {"languages": [language, *other], "japanese_ability": ability,
                     "interpreter_needed": True, **expected},
    }, data_home, trainer="テスト")
    return list_scenarios(data_home).get(scenario_id)


@pytest.fixture
def scripted(clock, data_home):
    """Three personas: Aye (Burmese) registered with one need missed and one wrong, Kasun
    (Sinhala) registered late with the wrong language and Japanese level, Ploy (Thai) never
    found. Signs were printed in Burmese only."""
    aye = _scenario(data_home, "test-aye", "my", "Aye", other=[], ability="none",
                    expected={"allergens": ["egg"], "medical": ["pregnant"],
                              "flags": ["interpreter", "missing_family"]})
    kasun = _scenario(data_home, "test-kasun", "si", "Kasun", other=["en"], ability="easy",
                      expected={"allergens": ["shrimp"], "flags": ["unwell"]})
    ploy = _scenario(data_home, "test-ploy", "th", "Ploy", other=[], ability="none",
                     expected={"allergens": ["crab"]})
    drill = start_drill(data_home, [aye, kasun, ploy], title="第1回 外国人対応訓練",
                        trainer="佐藤")
    clock.t = 60
    drill.persona_arrived("test-aye")
    clock.t = 120
    drill.log("language_identified", language="my")
    drill.log("signs_printed", languages=["my"])
    clock.t = 300
    first = drill.registry.add({
        "display_name": "Aye", "languages": ["my"], "japanese_ability": "none",
        "interpreter_needed": True, "medical": ["pregnant"], "diets": ["halal"],
        "notes": f"[指さし 2026-09-01 10:05] {FLAG_LABELS_JA['missing_family']}"})
    drill.log("card_printed", evacuee_id=first.id)
    clock.t = 400
    drill.persona_arrived("test-kasun")
    clock.t = 700
    drill.log("language_identified", language="si")
    clock.t = 1200
    second = drill.registry.add({
        "display_name": "Kasun Perera", "languages": ["en"], "japanese_ability": "fluent",
        "allergens": ["shrimp"]})
    drill.log("conversation_saved", evacuee_id=second.id, flags=["unwell"])
    clock.t = 1300
    drill.persona_arrived("test-ploy")
    clock.t = 1800
    drill.end()
    drill_id = drill.id
    drill.close()
    reopened = open_drill(data_home, drill_id)
    report = build_report(reopened)
    reopened.close()
    return SimpleNamespace(report=report, aye=first, kasun=second, id=drill_id)


def _checks(persona) -> list[tuple[str, str, str, str]]:
    return [(c.field, c.code, c.status, c.recorded) for c in persona.checks]


def test_the_report_is_exactly_what_was_scripted(scripted, data_home):
    report = scripted.report
    assert report.drill_id == scripted.id and report.title == "第1回 外国人対応訓練"
    assert report.duration == 1800
    assert (report.registered, report.identified) == (2, 2)
    assert report.median("identified_after") == 180          # 60 s and 300 s
    assert report.median("registered_after") == 520          # 240 s and 800 s
    assert [report.total(s) for s in ("captured", "missed", "wrong")] == [8, 6, 3]
    assert report.signs_languages == ("my",)

    aye, kasun, ploy = report.personas
    assert (aye.arrived_after, aye.identified_after, aye.registered_after) == (60, 60, 240)
    assert aye.card_id == scripted.aye.card_id
    assert aye.tools == ("fingerboards", "signs", "card", "registry")
    assert _checks(aye) == [
        ("languages", "my", "captured", ""), ("japanese_ability", "none", "captured", ""),
        ("interpreter_needed", "yes", "captured", ""), ("diets", "halal", "wrong", ""),
        ("allergens", "egg", "missed", ""), ("medical", "pregnant", "captured", ""),
        ("flags", "missing_family", "captured", "")]
    assert (kasun.identified_after, kasun.registered_after) == (300, 800)
    assert kasun.tools == ("fingerboards", "registry")
    assert _checks(kasun) == [
        ("languages", "si", "wrong", "en"), ("languages", "en", "captured", ""),
        ("japanese_ability", "easy", "wrong", "fluent"),
        ("interpreter_needed", "yes", "missed", ""), ("allergens", "shrimp", "captured", ""),
        ("flags", "unwell", "captured", "")]
    assert (ploy.identified_after, ploy.registered_after, ploy.card_id) == (None, None, None)
    assert ploy.tools == ()
    assert {c.status for c in ploy.checks} == {"missed"} and len(ploy.checks) == 4

    def who(alias, code):
        lang = get_language(code)
        return {"alias": alias, "language": LanguageName(lang.code)}

    assert [(s.code, s.params) for s in report.suggestions] == [
        ("drill_suggest_signs", {"code": "si", "language": LanguageName("si")}),
        ("drill_suggest_signs", {"code": "th", "language": LanguageName("th")}),
        ("drill_suggest_missed", {**who("Aye", "my"), "fields": ["allergens"]}),
        ("drill_suggest_confirm", who("Aye", "my")),
        ("drill_suggest_identify_faster", {**who("Kasun", "si"), "minutes": 5}),
        ("drill_suggest_register_faster", {**who("Kasun", "si"), "minutes": 13}),
        ("drill_suggest_interpreter", who("Kasun", "si")),
        ("drill_suggest_confirm", who("Kasun", "si")),
        ("drill_suggest_not_registered", who("Ploy", "th")),
        ("drill_suggest_language_board", who("Ploy", "th")),
    ]
    # The drill never opened, let alone wrote, the shelter's real registry.
    assert not (data_home / "registry.sqlite").exists()


def test_the_report_pdf_says_it_in_japanese(scripted, tmp_path):
    out = tmp_path / "report.pdf"
    assert write_report_pdf(scripted.report, out) is None
    texts = pages(out)
    assert all("訓練" in page and "DRILL" in page for page in texts)
    text = "".join(texts)
    for expected in ("訓練の振り返り報告", scripted.id, "第1回外国人対応訓練", "2026-09-0110:00",
                     "2026-09-0110:30", "30分00秒", "登録できた人2/3人", "言語が分かった人2/3人",
                     "3分00秒", "8分40秒", "○8·×6·△3", "ミャンマー語（ビルマ語）",
                     scripted.aye.card_id, scripted.kasun.card_id, "分からず", "未登録",
                     "指さしボード、掲示物、ニーズカード、台帳",
                     "△日本語の理解：やさしい日本語ならわかる（記録：日本語で問題ない）",
                     "△言語：シンハラ語（記録：英語）",
                     f"△食事：{codes.label('diets', 'halal', 'ja')}（シナリオにない記録）",
                     f"×食物アレルギー：{codes.label('allergens', 'egg', 'ja')}",
                     f"○会話で分かったこと：{FLAG_LABELS_JA['missing_family']}",
                     f"×食物アレルギー：{codes.label('allergens', 'crab', 'ja')}"):
        assert squeeze(expected) in text, expected
    for suggestion in scripted.report.suggestions:
        assert squeeze(wording.suggestion_text(suggestion, "ja")) in text, suggestion.code
    assert squeeze("タイ語の掲示物が1枚も印刷されませんでした") in text
    assert squeeze("Ayeさんの聞き漏れ：食物アレルギー") in text


def test_the_report_in_english(scripted):
    text = "".join(pages(write_report_pdf(scripted.report, None, "en")))
    for expected in ("Drill after-action report", "Registered", "2 of 3", "30 min 00 s",
                     "not found", "not registered", "Fingerboards, Signs, Needs card, Registry",
                     "No sign was printed in Thai", "Sinhala (recorded: English)",
                     f"{codes.label('allergens', 'egg', 'en')}"):
        assert squeeze(expected) in text, expected
    assert "振り返り報告" not in text and "次の訓練に向けて" not in text


def test_report_text_and_data_match_the_pdf(scripted):
    lines = report_text(scripted.report, "ja")
    assert lines[0] == "訓練の振り返り報告"
    assert "登録できた人：2 / 3 人" in lines
    assert any(line.startswith("・シンハラ語の掲示物") for line in lines)
    assert f"  × 食物アレルギー：{codes.label('allergens', 'egg', 'ja')}" in lines
    data = report_data(scripted.report, "en")
    json.dumps(data)
    assert data["summary"] == {"personas": 3, "registered": 2, "identified": 2,
                               "median_identify_seconds": 180, "median_register_seconds": 520,
                               "captured": 8, "missed": 6, "wrong": 3}
    assert [p["registered_after"] for p in data["personas"]] == [240, 800, None]
    assert data["suggestions"][0]["text"].startswith("No sign was printed in Sinhala")


@pytest.fixture
def third_language(tmp_path, monkeypatch):
    """A Vietnamese catalog with a few of the report's messages, compiled as the build compiles
    ``translations/vi.po``: a language the drills code never names."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from evac_toolkit.core import i18n

    po = Catalog(locale="vi")
    po.add("Drill after-action report", "Báo cáo sau buổi diễn tập", context="drill report")
    po.add("Registered", "Đã đăng ký", context="drill report")
    po.add(("{count} of {total}", "{count} of {total}"), ("{count}/{total} người",),
           context="drill report")
    po.add("Food allergies", "Dị ứng thực phẩm", context="drill fact")
    po.add("Sinhala", "Tiếng Sinhala", context="language name")
    po.add("{minutes} min {seconds:02d} s", "{minutes} phút {seconds:02d} giây",
           context="duration")
    po.add(": ", " — ", context="label separator")
    # The program's own catalogs stay (Japanese marks every drill sheet), Vietnamese beside.
    shutil.copytree(i18n.locale_dir(), tmp_path / "locale")
    out = tmp_path / "locale" / "vi" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        write_mo(handle, po)
    monkeypatch.setattr(i18n, "locale_dir", lambda: tmp_path / "locale")
    i18n.catalog.cache_clear()
    yield "vi"
    i18n.catalog.cache_clear()


def test_a_third_language_words_the_report_from_its_catalog_alone(scripted, third_language):
    lines = report_text(scripted.report, third_language)
    assert lines[0] == "Báo cáo sau buổi diễn tập"
    assert "Đã đăng ký — 2/3 người" in lines
    assert "Duration — 30 phút 00 giây" in lines               # untranslated: English
    # The value is the content's own Vietnamese word for egg (board content, not a message).
    egg = ContentBank().text("vi", "allergens.egg")
    assert egg and f"  × Dị ứng thực phẩm — {egg}" in lines
    assert any(line.startswith("Kasun · Tiếng Sinhala — Test Kasun") for line in lines)
    text = "".join(pages(write_report_pdf(scripted.report, None, third_language)))
    assert squeeze("Báo cáo sau buổi diễn tập") in text and "振り返り報告" not in text
    # Marked as a drill in Japanese and English whatever the report's language.
    assert "訓練の振り返り" in text and "drillreport" in text
    # A language without a catalog is worded in Japanese, as before.
    text = "".join(pages(write_report_pdf(scripted.report, None, "fr")))
    assert "訓練の振り返り報告" in text

def test_every_drill_message_is_worded_in_both_languages():
    params = {"drill": "drill-20260901-100000", "scenario": "x", "alias": "Aye",
              "language": LanguageName("ne"), "code": "ne", "minutes": 4,
              "fields": "食事", "path": "p"}
    for code in ("drill_unknown", "drill_no_scenarios", "drill_unknown_scenario",
                 "drill_already_ended", "drill_none", "drill_arrived", "drill_end_done",
                 "drill_suggest_signs", "drill_suggest_not_registered",
                 "drill_suggest_language_board", "drill_suggest_identify_faster",
                 "drill_suggest_register_faster", "drill_suggest_interpreter",
                 "drill_suggest_missed", "drill_suggest_confirm", "drill_suggest_well_done"):
        assert untranslated(code, "ja") == [], code
        for language in ("ja", "en"):
            # Every placeholder is one of the parameters given: none is left unfilled.
            assert "{" not in message(code, language, **params), (code, language)
            assert "{" not in gui_message(code, language, **params), (code, language)


def test_a_perfect_drill_is_told_so(clock, data_home):
    scenario = builtin("my")
    drill = start_drill(data_home, [scenario])
    drill.persona_arrived(scenario.id)
    expected = scenario.expected
    clock.t = 90
    drill.log("signs_printed", languages=[scenario.language])
    notes = " ".join(FLAG_LABELS_JA[flag] for flag in expected.flags)
    drill.registry.add({"display_name": scenario.persona.alias,
                        "languages": list(expected.languages),
                        "japanese_ability": expected.japanese_ability,
                        "interpreter_needed": expected.interpreter_needed,
                        "diets": list(expected.diets), "allergens": list(expected.allergens),
                        "medical": list(expected.medical),
                        "religious": list(expected.religious), "notes": notes})
    drill.end()
    report = build_report(drill)
    drill.close()
    assert [s.code for s in report.suggestions] == ["drill_suggest_well_done"]
    assert report.total("missed") == report.total("wrong") == 0
    text = "".join(pages(write_report_pdf(report, None)))
    assert squeeze(message("drill_suggest_well_done", "ja")) in text


def test_japanese_nobody_asked_about_is_missed_not_wrong():
    """A record whose Japanese ability is "unknown" (the language check was never answered)
    missed the fact; one that says "fluent" for someone with none got it wrong."""
    from evac_toolkit.core.drills.report import _checks as checks_of
    from evac_toolkit.core.registry.store import Evacuee

    plan = SimpleNamespace(expected={"japanese_ability": "none"})
    found = {}
    for recorded in ("none", "unknown", "fluent"):
        person = Evacuee(id="x", card_id="K7M2QX", languages=["my"], japanese_ability=recorded)
        [check] = checks_of(plan, person, set())
        found[recorded] = (check.status, check.recorded)
    assert found == {"none": ("captured", ""), "unknown": ("missed", ""),
                     "fluent": ("wrong", "fluent")}
