"""The translation service: curated first, then packs directly or through English, quality flags,
the offline sentence splitter, and proof that nothing is ever downloaded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import threading
import tomllib
import zipfile
from pathlib import Path

import argos_tiny as tiny
import pytest

from evac_toolkit.core.content.bank import ContentBank, user_bank
from evac_toolkit.core.content.review_import import apply_import, plan_import
from evac_toolkit.core.content.review_sheet import read_sheet, write_sheet
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.paths import asset_path
from evac_toolkit.core.ruby import plain
from evac_toolkit.core.translation import engine, packs, quality, service, splitter

ROOT = Path(__file__).resolve().parent.parent


def labels(code: str) -> dict[str, str]:
    return tomllib.loads(asset_path("labels", "text", f"{code}.toml").read_text("utf-8"))["text"]


def translate(text: str, source: str, target: str, data: Path, **kw) -> service.Result:
    return service.translate(text, source, target, data_dir=data, **kw)


# -- curated first ------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["トイレ", "ﾄｲﾚ", "  トイレ  ", "トイレ。", "といれ", "トイレ！"])
def test_a_curated_string_returns_the_prepared_translation(typed, data_home):
    ja, vi = labels("ja"), labels("vi")
    assert ja["facility.toilet"] == "トイレ"
    result = translate(typed, "ja", "vi", data_home)
    assert result == service.Result(vi["facility.toilet"], "curated", "ja", "vi",
                                    curated_key="facility.toilet", review="draft")
    assert not (data_home / "packs").exists()      # no packs at all


def test_curated_matching_ignores_width_and_spaces_in_sentences(data_home):
    ja, vi = labels("ja"), labels("vi")
    body = ja["facility.hot_water.body"]                       # 熱いので、やけどに…
    spaced = " ".join(body)                                    # every character apart
    assert translate(spaced, "ja", "vi", data_home).text == vi["facility.hot_water.body"]
    wide = "Ｗｉ－Ｆｉ"                                          # full-width "Wi-Fi"
    result = translate(wide, "ja", "en", data_home)
    assert (result.provenance, result.curated_key) == ("curated", "facility.wifi")


def test_fingerboard_strings_are_curated_too(data_home):
    bank = ContentBank()
    key = next(k for k, e in bank.entries.items() if e.collection == "fingerboards"
               and bank.text("ja", k) and bank.text("my", k)
               and service.curated_index(bank, "ja").keys[service._match_key(bank.text("ja", k))]
               == [k])
    result = translate(bank.text("ja", key), "ja", "my", data_home, bank=bank)
    assert (result.text, result.provenance, result.curated_key) == (bank.text("my", key),
                                                                    "curated", key)


def test_easy_japanese_curated_strings_match_without_their_furigana(data_home):
    bank = ContentBank()
    key = next(k for k in bank.entries if "《" in (bank.text("ja-x-easy", k) or "")
               and bank.text("en", k))
    typed = plain(bank.text("ja-x-easy", key))
    result = translate(typed, "ja-x-easy", "en", data_home, bank=bank)
    assert result.provenance == "curated" and result.text == bank.text("en", key)


def test_reviewed_strings_of_the_data_folder_are_used_at_once(data_home):
    assert translate("トイレ", "ja", "vi", data_home).text == labels("vi")["facility.toilet"]
    overlay = data_home / "content"
    overlay.mkdir(parents=True)
    (overlay / "vi.toml").write_text(
        '[meta]\nlanguage = "vi"\nstatus = "machine"\n\n[text]\n"facility.toilet" = "WC"\n',
        encoding="utf-8")
    result = translate("トイレ", "ja", "vi", data_home)
    assert (result.text, result.warnings) == ("WC", ("curated_machine",))
    assert (result.review, result.reviewer) == ("machine", "")


# -- how far to trust a result -----------------------------------------------------------------
def _review_in_sheet(data: Path, tmp_path: Path, code: str, keys: list[str], reviewer: str,
                     day: dt.date) -> None:
    """What a coordinator does: export the language's real review sheet, mark ``keys`` as
    checked (as an interpreter types it in Excel), load it back through the real import."""
    bank = user_bank(data)
    sheet = tmp_path / f"{code}.csv"
    write_sheet(bank, code, sheet)
    rows = list(csv.reader(io.StringIO(sheet.read_text("utf-8-sig"), newline="")))
    for row in rows[1:]:
        if row[0] in keys:
            row[4] = "確認済み"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    plan = plan_import(bank, read_sheet(sheet), reviewer, today=day)
    assert plan.problems == [] and plan.count("confirmed") == len(keys)
    apply_import(bank, plan)


def test_a_prepared_string_is_a_draft_until_a_named_reviewer_approves_it(data_home, tmp_path):
    draft = translate("トイレ", "ja", "my", data_home)
    assert (draft.provenance, draft.review, draft.reviewer, draft.reviewed_at) == \
        ("curated", "draft", "", "")
    assert translate("トイレ", "ja", "en", data_home).review == "draft"   # the project's too

    _review_in_sheet(data_home, tmp_path, "my", ["facility.toilet"], "Aung Aung",
                     dt.date(2026, 12, 5))
    reviewed = translate("トイレ", "ja", "my", data_home)     # read again at once
    assert (reviewed.text, reviewed.curated_key) == (draft.text, "facility.toilet")
    assert (reviewed.review, reviewed.reviewer, reviewed.reviewed_at) == \
        ("reviewed", "Aung Aung", "2026-12-05")
    # Only the string the reviewer confirmed, and only in that language.
    assert translate("トイレ", "ja", "vi", data_home).review == "draft"
    other = ContentBank().text("ja", "facility.reception")
    assert translate(other, "ja", "my", data_home).review == "draft"


def test_reviewed_with_nobody_named_is_still_a_draft(data_home):
    overlay = data_home / "content"
    overlay.mkdir(parents=True)
    (overlay / "vi.toml").write_text(
        '[meta]\nlanguage = "vi"\nstatus = "reviewed"\n\n[text]\n"facility.toilet" = "WC"\n',
        encoding="utf-8")
    result = translate("トイレ", "ja", "vi", data_home)
    assert (result.text, result.review, result.reviewer) == ("WC", "draft", "")
    assert user_bank(data_home).coverage("vi").reviewed == 0


def test_the_prepared_phrase_in_japanese_is_its_original_wording(data_home):
    english = ContentBank().text("en", "facility.toilet")
    result = translate(english, "en", "ja", data_home)
    assert result.provenance == "curated" and result.is_content_source
    assert not translate("トイレ", "ja", "en", data_home).is_content_source


# -- machine ------------------------------------------------------------------------------------
def test_direct_and_pivot_machine_translation(tiny_packs, data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    sentences = ["トイレはどこですか。", "水をください！"]
    pivot = translate("".join(sentences), "ja", "vi", data_home)
    assert pivot.provenance == "machine_pivot"
    assert pivot.route == (("ja", "en"), ("en", "vi"))
    # Each sentence went through the ja→en model, then its English through the en→vi model,
    # which echoes the first English word before its own signature.
    assert pivot.text == " ".join(tiny.expected(tiny.expected(s, "ja", "en"), "en", "vi")
                                  for s in sentences)
    assert pivot.text.split()[0] == tiny.signature_text("ja", "en").split()[0]
    assert (pivot.review, pivot.reviewer) == ("machine", "")

    packs.install(tiny_packs.get("ja", "vi"), data_home)
    direct = translate("".join(sentences), "ja", "vi", data_home)
    assert direct.provenance == "machine" and direct.route == (("ja", "vi"),)
    assert direct.review == "machine"
    assert direct.text == " ".join(tiny.expected(s, "ja", "vi") for s in sentences)
    assert direct.text != pivot.text

    english = translate("where is it? help me.", "en", "vi", data_home)
    assert english.text == (f"where {tiny.signature_text('en', 'vi')} "
                            f"help {tiny.signature_text('en', 'vi')}")


def test_lines_numbers_and_japanese_spacing_are_kept(tiny_packs, data_home):
    packs.install(tiny_packs.get("en", "ja"), data_home)
    result = translate("where is it?\n18:00\n\nhelp me! open it.", "en", "ja", data_home)
    sig = tiny.signature_text("en", "ja")
    lines = result.text.split("\n")
    assert lines[0] == f"where {sig}" and lines[1:3] == ["18:00", ""]
    assert lines[3] == f"help {sig}open {sig}"    # no space between Japanese sentences


def test_unavailable_says_which_packs_are_needed(tiny_packs, data_home):
    text = "この文は定型文にありません"
    result = translate(text, "ja", "vi", data_home)
    assert (result.provenance, result.text, result.reason) == ("unavailable", "",
                                                               "mt_packs_missing")
    assert result.packs_needed == (("ja", "en"), ("en", "vi"))
    assert result.reason_params["packs"] == "ja → en, en → vi"
    names = result.reason_params["pack_names"]
    assert names.worded("en") == "Japanese → English, English → Vietnamese"
    assert names.worded("ja") == "日本語 → 英語、英語 → ベトナム語"
    assert result.review == ""                      # nothing to trust or distrust
    packs.install(tiny_packs.get("ja", "en"), data_home)
    assert translate(text, "ja", "vi", data_home).packs_needed == (("en", "vi"),)
    assert translate(text, "ja", "zh-Hant", data_home).packs_needed == (("en", "zt"),)
    assert translate("not curated at all", "en", "my", data_home).packs_needed == (("en", "my"),)
    easy = translate(text, "ja", "ja-x-easy", data_home)
    assert (easy.provenance, easy.reason, easy.packs_needed) == ("unavailable", "mt_no_model", ())
    assert str(easy.reason_params["language"]) == "Easy Japanese"


def test_bad_requests_are_user_errors(data_home):
    for args, code in ((("hello", "en", "en"), "translate_same_language"),
                       (("  ", "ja", "vi"), "translate_empty"),
                       (("hello", "xx", "vi"), "unknown_language")):
        with pytest.raises(UserError) as raised:
            translate(*args, data_home)
        assert raised.value.code == code


def test_machine_output_is_checked(tiny_packs, data_home):
    packs.install(tiny_packs.get("ja", "en"), data_home)
    long = ("避難所の受付で、名前と住所と電話番号と、家族の人数と、必要な食事と、飲んでいる薬に"
            "ついて、この紙に書いてください")                          # one long sentence
    result = translate(long, "ja", "en", data_home)
    assert result.provenance == "machine" and result.warnings == ("mt_length_ratio",)
    assert translate("水をください", "ja", "en", data_home).warnings == ()


def test_preload_loads_once_and_threads_share_the_model(tiny_packs, data_home):
    assert service.preload("ja", "vi", data_home) is False
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    assert service.preload("ja", "vi", data_home) is True
    assert service.preload("ja", "ja-x-easy", data_home) is False
    route = engine.find_route("ja", "vi", data_home)
    models = [engine.loaded(pack) for pack in route.packs]
    results: list[str] = []

    def work():
        for _ in range(5):
            results.append(translate("トイレはどこ。水。", "ja", "vi", data_home).text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 20 and len(set(results)) == 1
    assert [engine.loaded(pack) for pack in route.packs] == models   # same objects, not reloaded


def test_the_model_cache_is_bounded(tiny_packs, data_home, monkeypatch):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    monkeypatch.setattr(engine._LOADED, "limit", 1)
    engine.clear_cache()
    assert translate("水", "ja", "vi", data_home).provenance == "machine_pivot"
    assert [folder.name for folder in engine._LOADED.folders()] == ["translate-en_vi"]


def test_every_translation_message_reads_in_both_languages():
    from catalog_entries import untranslated

    from evac_toolkit.core.messages import MESSAGES, gui_message, message

    codes = [c for c in MESSAGES if c.startswith(("pack", "mt_", "translate_", "provenance_"))]
    assert len(codes) > 30
    params = {"path": "P", "file": "F", "reason": "R", "member": "M", "limit": 5000, "needed": "N",
              "free": "F", "name": "N", "from_code": "ja", "to_code": "en", "from_name": "J",
              "to_name": "E", "version": "1", "what": "W", "language": "L", "packs": "P",
              "pack_names": "P", "key": "K", "route": "R", "source": "S", "target": "T",
              "other": "O",
              "reviewer": "R", "date": "D", "installed": 1, "failed": 0, "count": 1,
              "margin": "64 MB", "depth": 2000, "folder": "F", "output": "O",
              "sample": "S", "engine": "E"}
    for code in codes:
        assert untranslated(code, "ja") == [], code
        for language in ("ja", "en"):
            assert "{" not in message(code, language, **params), (code, language)
            assert "{" not in gui_message(code, language, **params), (code, language)


# -- quality ------------------------------------------------------------------------------------
def test_quality_flags():
    assert quality.check("水をください", "") == ("mt_empty",)
    assert quality.check("水をください", "   ") == ("mt_empty",)
    assert quality.check("Hello there", "hello  there") == ("mt_identical",)
    assert quality.check("12:00", "12:00") == ()                       # nothing to translate
    assert quality.check("where " * 10, "ok") == ("mt_length_ratio",)
    assert quality.check("ok", "fine, thank you very much for asking me") == ()   # too short
    assert quality.check("How are you today, my friend?", "word " * 40) == (
        "mt_length_ratio", "mt_repeated")
    assert quality.check("ありがとう", "cảm ơn cảm ơn cảm ơn cảm ơn") == ("mt_repeated",)
    assert quality.check("ありがとう", "xin xin xin xin") == ("mt_repeated",)
    assert quality.check("ありがとう", "ありがとうありがとうありがとうありがとう") == (
        "mt_repeated",)
    assert quality.check("はいはいはいはい", "yes yes yes yes") == ()   # the source repeats too
    # Dense scripts weigh more: a Japanese sentence and its much longer English are in balance.
    assert quality.check("避難所の受付はどこですか", "Where is the reception desk of the "
                         "evacuation center?") == ()


def test_no_curated_translation_would_be_flagged():
    """The thresholds are generous enough for every prepared translation in the content bank."""
    bank = ContentBank()
    codes = [language.code for language in catalog()]
    flagged = []
    for source in ("ja", "en", "vi"):
        for target in codes:
            for key in bank.entries:
                a, b = bank.text(source, key), bank.text(target, key)
                if a and b and target != source:
                    flags = set(quality.check(plain(a), plain(b))) - {"mt_identical"}
                    if flags:
                        flagged.append((source, target, key, flags))
    assert flagged == []


# -- splitting ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "sentences"), [
    ("こんにちは。トイレはどこですか？ありがとう！", ["こんにちは。", "トイレはどこですか？", "ありがとう！"]),
    ("「はい。」と言った。次です。", ["「はい。」と言った。", "次です。"]),
    ("「トイレはどこ。ありがとう。", ["「トイレはどこ。", "ありがとう。"]),   # a stray bracket
    ("本当!はい", ["本当!", "はい"]),
    ("你好。厕所在哪里？谢谢！", ["你好。", "厕所在哪里？", "谢谢！"]),
    ("ห้องน้ำอยู่ที่ไหน ขอบคุณครับ ใช้ Wi-Fi ได้", ["ห้องน้ำอยู่ที่ไหน", "ขอบคุณครับ", "ใช้ Wi-Fi ได้"]),
    ("ไปกรุงเทพฯ พรุ่งนี้", ["ไปกรุงเทพฯ พรุ่งนี้"]),                     # ฯ abbreviates
    ("အိမ်သာ ဘယ်မှာလဲ။ ကျေးဇူးတင်ပါတယ်။", ["အိမ်သာ ဘယ်မှာလဲ။", "ကျေးဇူးတင်ပါတယ်။"]),
    ("ရေ၊ ထမင်း", ["ရေ၊ ထမင်း"]),                                           # ၊ is a comma
    ("मेरो नाम राम हो। तपाईं कहाँ हुनुहुन्छ॥ ठीक छ?",
     ["मेरो नाम राम हो।", "तपाईं कहाँ हुनुहुन्छ॥", "ठीक छ?"]),
    ("මගේ නම කමල්. ඔබට කොහොමද? ෴ හරි", ["මගේ නම කමල්.", "ඔබට කොහොමද?", "෴", "හරි"]),
    ("أين الحمام؟ شكرا. نعم", ["أين الحمام؟", "شكرا.", "نعم"]),
    ("یہ کیا ہے۔ ٹھیک ہے", ["یہ کیا ہے۔", "ٹھیک ہے"]),
    ("Привет. Как дела? Хорошо!", ["Привет.", "Как дела?", "Хорошо!"]),
    ("Xin chào. Nhà vệ sinh ở đâu? Cảm ơn!", ["Xin chào.", "Nhà vệ sinh ở đâu?", "Cảm ơn!"]),
    ("Dr. Smith is in room No. 3. It costs 3.5 yen, e.g. today. Wait... what? J. Lee came.",
     ["Dr. Smith is in room No. 3.", "It costs 3.5 yen, e.g. today.", "Wait... what?",
      "J. Lee came."]),
    ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
    # A letter alone is an initial only in scripts that abbreviate names (issue 22): Korean 네
    # ("yes") and Sinhala ට ("to") are words, Cyrillic А. is an initial.
    ("네. 알겠습니다.", ["네.", "알겠습니다."]),
    ("වතුර ට. කරුණාකර එන්න.", ["වතුර ට.", "කරුණාකර එන්න."]),
    ("ටි. කරුණාකර", ["ටි.", "කරුණාකර"]),                  # a letter with its vowel sign
    ("А. Пушкин пришёл. Да.", ["А. Пушкин пришёл.", "Да."]),
    ("one\ntwo。three\n\n", ["one", "two。", "three"]),
    ("", []),
])
def test_splitter(text, sentences):
    assert splitter.split(text) == sentences


def test_splitter_cuts_overlong_sentences_at_commas_then_spaces():
    long = "、".join(["あいうえおかきくけこ"] * 40) + "。"
    pieces = splitter.split(long, max_chars=100)
    assert all(len(p) <= 100 for p in pieces) and "".join(pieces) == long
    assert all(p.endswith(("、", "。")) for p in pieces)
    words = " ".join(["word"] * 100)
    assert all(len(p) <= 60 for p in splitter.split(words, max_chars=60))
    assert " ".join(splitter.split(words, max_chars=60)) == words


# -- offline ------------------------------------------------------------------------------------
def test_translating_never_downloads_nor_touches_the_home_folder(tiny_packs, tmp_path):
    """A pack without any sentence-splitter model translates in a process where MiniSBD and
    onnxruntime cannot even be imported and every socket fails; Argos's folders go to our cache,
    never the home folder, and the environment is given back as it was."""
    archive = tiny_packs.get("ja", "en")
    with zipfile.ZipFile(archive) as zf:
        assert not [n for n in zf.namelist() if "/stanza" in n or "/minisbd" in n]
    home = tmp_path / "home"
    home.mkdir()
    code = f"""
import json, os, socket, sys
sys.modules["minisbd"] = None
sys.modules["onnxruntime"] = None
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from pathlib import Path
from evac_toolkit.core.translation import packs, service
data = Path({str(tmp_path / "data")!r})
packs.install_file(Path({str(archive)!r}), data)
result = service.translate("トイレはどこですか。ありがとう", "ja", "en", data_dir=data)
print(json.dumps([result.provenance, result.text, os.environ.get("XDG_DATA_HOME"),
                  sorted(name for name, module in sys.modules.items() if module is not None
                         and name.startswith(("minisbd", "onnx", "stanza", "argostranslate.sbd")))
                  ]))
"""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), EVAC_TOOLKIT_CACHE=str(tmp_path / "cache"),
               EVAC_TOOLKIT_HOME=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    provenance, text, xdg, loaded = json.loads(run.stdout.strip().splitlines()[-1])
    assert provenance == "machine" and text == " ".join(
        tiny.expected(s, "ja", "en") for s in ("トイレはどこですか。", "ありがとう"))
    assert xdg is None and loaded == []
    assert list(home.rglob("*")) == []
    assert (tmp_path / "cache" / "argos").is_dir()
