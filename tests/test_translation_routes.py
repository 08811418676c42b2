"""Routing (issue 22): an Argos pack, a many-to-many model or Argos through English, in the order
of the ``translation_route`` setting; long texts in batches; output in the wrong script flagged.

Models are tiny but real: Argos packs from tests/argos_tiny.py (installed through the real
install, or copied in by hand as a coordinator could), many-to-many models from
tests/m2m_tiny.py copied into the data folder's models folder.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import argos_tiny as tiny
import m2m_tiny as m2m
import pytest

from evac_toolkit.core.content.bank import ContentBank
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.ruby import plain
from evac_toolkit.core.settings import Settings
from evac_toolkit.core.translation import (
    announcement,
    many_to_many,
    packs,
    quality,
    routes,
    service,
)
from evac_toolkit.core.translation.pack_folders import packs_dir

#: Sentences no curated phrase matches (a curated match would skip the machine).
SENTENCES = [f"{word} {n} は どこ ですか。" for n, word in
             enumerate(["river", "stone", "light", "water", "bread", "blanket", "doctor",
                        "help", "where", "toilet", "open", "close", "today", "night",
                        "morning", "family", "child", "quiet", "market", "garden"] * 2)]


def translate(text, source, target, data, **kw) -> service.Result:
    return service.translate(text, source, target, data_dir=data, **kw)


# -- batches ------------------------------------------------------------------------------------
def test_a_long_text_goes_in_batches_and_reads_as_one_sentence_at_a_time(tiny_packs, data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    assert len(SENTENCES) > 2 * routes.BATCH_SENTENCES
    text = "".join(SENTENCES[:10]) + "\n18:00\n" + "".join(SENTENCES[10:])
    reported = []
    whole = translate(text, "ja", "vi", data_home,
                      progress=lambda done, total: reported.append((done, total)))
    alone = [translate(s, "ja", "vi", data_home).text for s in SENTENCES]
    assert whole.text == " ".join(alone[:10]) + "\n18:00\n" + " ".join(alone[10:])
    assert whole.route_kind == "argos_pivot"
    # ceil(40 / 16) = 3 batches, each reported before it runs, then the end.
    assert reported == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_cancel_stops_between_batches(tiny_packs, data_home):
    packs.install(tiny_packs.get("ja", "en"), data_home)
    seen = []

    def cancelled() -> bool:
        return len(seen) >= 2

    with pytest.raises(routes.Cancelled):
        translate("".join(SENTENCES), "ja", "en", data_home,
                  progress=lambda done, total: seen.append(done), cancelled=cancelled)
    assert seen == [0, 1]
    # "Announce to everyone" leaves out the language being translated and stops.
    steps = []
    done = announcement.announce("".join(SENTENCES), "ja", ["en", "vi"], data_dir=data_home,
                                 progress=lambda d, t, code: steps.append((d, t, code)),
                                 cancelled=lambda: len(steps) >= 3)
    assert done.results == ()
    assert steps[:3] == [(0, 200, "en"), (0, 200, "en"), (33, 200, "en")]


def test_announce_reports_each_batch_within_its_language(tiny_packs, data_home):
    packs.install(tiny_packs.get("ja", "en"), data_home)
    steps = []
    done = announcement.announce("".join(SENTENCES), "ja", ["en", "ja-x-easy"],
                                 data_dir=data_home,
                                 progress=lambda d, t, code: steps.append((d, t, code)))
    assert [r.provenance for r in done.results] == ["machine", "unavailable"]
    assert steps == [(0, 200, "en"), (0, 200, "en"), (33, 200, "en"), (66, 200, "en"),
                     (100, 200, "en"), (100, 200, "ja-x-easy"), (200, 200, "")]


# -- wrong script -------------------------------------------------------------------------------
def test_quality_flags_output_in_another_script():
    assert quality.check("水をください", "みず ください", "Latn") == ("mt_wrong_script",)
    assert quality.check("Water, please", "nước, làm ơn", "Latn") == ()
    assert quality.check("Water, please", "ရေ ပေးပါ", "Mymr") == ()
    assert quality.check("Water please", "Water please", "Mymr") == ("mt_identical",)
    assert quality.check("Water please", "Water, a cup please", "Mymr") == ("mt_wrong_script",)
    assert quality.check("Wi-Fi", "Wi-Fi", "Mymr") == ("mt_identical",)       # a name kept
    assert quality.check("Water at 18:00", "18:00", "Jpan") == ()        # no letters at all
    assert quality.check("Wi-Fi password", "Wi-Fiのパスワード", "Jpan") == ()  # a name kept
    assert quality.check("水をください", "water", None) == ()             # not asked to check
    # Traditional Chinese readers get Simplified characters from M2M-100's one "zh".
    assert quality.check("Where is the doctor?", "医生在哪里？", "Hant") == ("mt_wrong_script",)
    assert quality.check("Where is the doctor?", "醫生在哪裡？", "Hant") == ()
    assert quality.check("Where is the doctor?", "医生在哪里？", "Hans") == ()


def test_no_curated_translation_is_in_the_wrong_script():
    """Every prepared translation, as a translation of its English, passes the script check
    into its own language: the check does not cry wolf on a name kept in Latin letters ("Wi-Fi")
    or on a number. (Slots such as {time} are filled with numbers and names: left out.)"""
    bank = ContentBank()
    flagged = []
    for language in catalog():
        for key in bank.entries:
            text, english = bank.text(language.code, key), bank.text("en", key) or ""
            if text and quality.wrong_script(re.sub("{[^}]*}", "", plain(text)),
                                             language.script, english):
                flagged.append((language.code, key, text))
    assert flagged == []


def test_a_mislabelled_pack_copied_in_by_hand_is_flagged(data_home):
    """A pack saying English → Vietnamese that writes Japanese, put in the packs folder by hand
    (the install's probe would have refused it): every translation from it is badged."""
    folder = tiny.build_folder(packs_dir(data_home), "en", "ja", meta=tiny.metadata("en", "vi"))
    assert folder.parent == packs_dir(data_home)
    result = translate("where is the doctor", "en", "vi", data_home)
    assert (result.provenance, result.route_kind) == ("machine", "argos")
    assert result.warnings == ("mt_wrong_script",)
    shutil.rmtree(folder)
    tiny.build_folder(packs_dir(data_home), "en", "vi")
    assert translate("where is the doctor", "en", "vi", data_home).warnings == ()


# -- the setting --------------------------------------------------------------------------------
def test_the_route_setting_is_checked_on_load(data_home):
    assert Settings.load(data_home).translation_route == "auto"
    for value in ("many_to_many", "argos", "auto"):
        Settings(translation_route=value).save(data_home)
        assert Settings.load(data_home).translation_route == value
    data_home.joinpath("settings.json").write_text(
        '{"translation_route": "fastest", "ui_language": "ja"}', encoding="utf-8")
    loaded = Settings.load(data_home)
    assert (loaded.translation_route, loaded.ui_language) == ("auto", "ja")
    data_home.joinpath("settings.json").write_text('{"translation_route": ["argos"]}', "utf-8")
    assert Settings.load(data_home).translation_route == "auto"


def test_every_preference_has_an_order_of_all_three_kinds():
    from evac_toolkit.core.settings import TRANSLATION_ROUTES

    assert tuple(routes.ORDER) == TRANSLATION_ROUTES
    for order in routes.ORDER.values():
        assert sorted(order) == sorted((routes.ARGOS, routes.ARGOS_PIVOT, routes.MANY_TO_MANY))


def test_argos_routes_under_each_setting_without_a_model(tiny_packs, data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    for value in ("auto", "many_to_many", "argos"):
        Settings(translation_route=value).save(data_home)
        direct = translate("水は どこ", "ja", "en", data_home)
        pivot = translate("水は どこ", "ja", "vi", data_home)
        assert (direct.route_kind, direct.provenance, direct.model_name) == (
            "argos", "machine", "")
        assert (pivot.route_kind, pivot.provenance) == ("argos_pivot", "machine_pivot")


# -- many-to-many models ------------------------------------------------------------------------
def install_model(folder: Path, data: Path) -> Path:
    """The model folder copied into the data folder's models folder, as a coordinator could
    (the installer's checks are tested with it, tests/test_many_to_many_install.py)."""
    return Path(shutil.copytree(folder, many_to_many.models_dir(data) / folder.name))


#: Text no curated phrase matches, in each source language's script.
TEXT = {"ja": "かわの いしは どこ", "my": "ရေ ဘယ်မှာ ရှိ", "si": "වතුර කොහෙද තියෙන්නේ",
        "ne": "पानी कहाँ छ भन", "vi": "nước uống ở chỗ nào vậy"}


@pytest.mark.parametrize("other", ["my", "si", "ne", "vi"])
def test_japanese_and_back_go_direct_with_the_right_language_tokens(tiny_m2m, data_home, other):
    install_model(tiny_m2m.get(), data_home)
    for source, target in (("ja", other), (other, "ja")):
        result = translate(TEXT[source], source, target, data_home)
        assert result.text == m2m.expected(TEXT[source], source, target)
        assert (result.provenance, result.route_kind, result.model_name) == (
            "machine", "many_to_many", "M2M-100 418M")
        assert (result.route, result.review, result.warnings) == ((), "machine", ())
    # The words show the tokens used: the target's signature in its script, then the source's
    # marker; another source language (en) gives another marker.
    assert translate(TEXT["ja"], "ja", other, data_home).text != \
        translate(TEXT["ja"], "en", other, data_home).text


def test_nllb_tokens_too(tiny_m2m, data_home):
    install_model(tiny_m2m.get("nllb200"), data_home)
    result = translate(TEXT["ja"], "ja", "my", data_home)
    assert result.text == m2m.expected(TEXT["ja"], "ja", "my", family="nllb200")
    assert (result.route_kind, result.model_name) == ("many_to_many", "NLLB-200 600M")
    hant = translate(TEXT["ja"], "ja", "zh-Hant", data_home)
    assert hant.text == m2m.expected(TEXT["ja"], "ja", "zh-Hant", family="nllb200")
    assert hant.warnings == ()


def test_m2m100s_simplified_chinese_is_converted_for_a_traditional_reader(tiny_m2m, data_home,
                                                                           capsys):
    """M2M-100 has one Chinese and writes it in Simplified characters: into Traditional Chinese
    its output is converted (OpenCC's tables), never shown as if the model wrote it, and never
    flagged as the wrong script once converted. A model writing Traditional itself comes first."""
    from evac_toolkit.cli.main import main as cli
    from evac_toolkit.core.translation.han_convert import to_traditional
    from evac_toolkit.core.translation.han_script import HANT, han_variant

    install_model(tiny_m2m.get(), data_home)
    simplified = m2m.expected(TEXT["ja"], "ja", "zh-Hans")
    result = translate(TEXT["ja"], "ja", "zh-Hant", data_home)
    assert (result.provenance, result.route_kind, result.model_name, result.converted_from) == (
        "machine", "many_to_many", "M2M-100 418M", "zh-Hans")
    assert result.text == to_traditional(simplified) != simplified
    assert result.text.startswith("避難所 廁所 們這")            # 避难所 厕所 们这
    assert han_variant(result.text) == HANT and result.warnings == ()
    assert service.engine_name(result, "ja") == "M2M-100 418M、中国語（簡体字）から変換"
    assert service.engine_name(result, "en") == \
        "M2M-100 418M, converted from Chinese (Simplified)"
    # Simplified Chinese itself is the model's own output, not converted.
    plain_hans = translate(TEXT["ja"], "ja", "zh-Hans", data_home)
    assert (plain_hans.text, plain_hans.converted_from) == (simplified, "")

    assert cli(["--ui-language", "en", "translate", TEXT["ja"], "--from", "ja", "--to",
                "zh-Hant", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["model"], row["converted_from"], row["text"]) == (
        "M2M-100 418M", "zh-Hans", result.text)
    assert cli(["--ui-language", "en", "translate", TEXT["ja"], "--from", "ja", "--to",
                "zh-Hant"]) == 0
    assert "converted from Chinese (Simplified)" in capsys.readouterr().out

    done = announcement.announce(TEXT["ja"], "ja", ["zh-Hant"], data_dir=data_home)
    assert announcement.announcement_sheets(done)[0].extra_footer == (
        "機械翻訳を含みます（M2M-100 418M・直接・中国語（簡体字）から変換） / includes machine "
        "translation (M2M-100 418M direct and converted from Chinese (Simplified))")

    install_model(tiny_m2m.get("nllb200"), data_home)
    native = translate(TEXT["ja"], "ja", "zh-Hant", data_home)
    assert (native.model_name, native.converted_from) == ("NLLB-200 600M", "")
    assert native.text == m2m.expected(TEXT["ja"], "ja", "zh-Hant", family="nllb200")


def test_curated_phrases_still_come_first(tiny_m2m, data_home):
    install_model(tiny_m2m.get(), data_home)
    result = translate("トイレ", "ja", "my", data_home)
    assert (result.provenance, result.curated_key, result.route_kind) == (
        "curated", "facility.toilet", "")


def test_many_sentences_in_batches_read_as_one_by_one_on_a_model(tiny_m2m, data_home):
    install_model(tiny_m2m.get(), data_home)
    # The tiny model takes up to 256 sentences per call (many_to_many.sentences_per_call).
    sentences = [f"{word} は どこ {n}。" for n in range(7) for word in m2m.LATIN_WORDS][:300]
    text = "".join(sentences[:20]) + "\n\n" + "".join(sentences[20:])
    reported = []
    whole = translate(text, "ja", "si", data_home,
                      progress=lambda done, total: reported.append((done, total)))
    one_by_one = [m2m.expected(s, "ja", "si") for s in sentences]
    assert [translate(s, "ja", "si", data_home).text for s in sentences] == one_by_one
    assert whole.text == " ".join(one_by_one[:20]) + "\n\n" + " ".join(one_by_one[20:])
    assert reported == [(0, 2), (1, 2), (2, 2)]
    # Japanese and Chinese targets join their sentences without a space.
    assert translate("River. Stone.", "en", "ja", data_home).text == "".join(
        m2m.expected(s, "en", "ja") for s in ("River.", "Stone."))


@pytest.mark.parametrize(("preference", "kinds"), [
    # ja→en has an Argos pack, ja→vi only two through English, ja→my none at all.
    ("auto", ("argos", "many_to_many", "many_to_many")),
    ("many_to_many", ("many_to_many", "many_to_many", "many_to_many")),
    ("argos", ("argos", "argos_pivot", "many_to_many")),
])
def test_which_route_each_setting_prefers(tiny_packs, tiny_m2m, data_home, preference, kinds):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    install_model(tiny_m2m.get(), data_home)
    Settings(translation_route=preference).save(data_home)
    results = [translate(TEXT["ja"], "ja", target, data_home) for target in ("en", "vi", "my")]
    assert tuple(r.route_kind for r in results) == kinds
    for result in results:
        if result.route_kind == "many_to_many":
            assert result.text == m2m.expected(TEXT["ja"], "ja", result.target)
            assert (result.provenance, result.model_name) == ("machine", "M2M-100 418M")
        elif result.route_kind == "argos":
            assert result.text == tiny.expected(TEXT["ja"], "ja", "en")
            assert (result.provenance, result.model_name) == ("machine", "")
        else:
            assert result.provenance == "machine_pivot" and result.route == (("ja", "en"),
                                                                            ("en", "vi"))
    # A call may ask for another order than the setting's (the CLI's --route).
    assert translate(TEXT["ja"], "ja", "en", data_home,
                     preference="many_to_many").route_kind == "many_to_many"


def test_a_model_lacking_a_language_leaves_it_to_the_packs(tiny_packs, tiny_m2m, data_home):
    install_model(tiny_m2m.get(languages=("ja", "en", "my")), data_home)
    Settings(translation_route="many_to_many").save(data_home)
    missing = translate(TEXT["ja"], "ja", "vi", data_home)
    assert (missing.provenance, missing.reason) == ("unavailable", "mt_packs_missing")
    assert missing.packs_needed == (("ja", "en"), ("en", "vi"))
    assert "many-to-many" in service_message(missing)
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    assert translate(TEXT["ja"], "ja", "vi", data_home).route_kind == "argos_pivot"
    assert translate(TEXT["ja"], "ja", "my", data_home).route_kind == "many_to_many"
    # No model writes Easy Japanese: said as before.
    easy = translate(TEXT["ja"], "ja", "ja-x-easy", data_home)
    assert (easy.provenance, easy.reason) == ("unavailable", "mt_no_model")


def service_message(result) -> str:
    from evac_toolkit.core.messages import gui_message

    return gui_message(result.reason, "en", **result.reason_params)


def test_a_mislabelled_model_is_flagged_not_shown_as_a_translation(tiny_m2m, data_home):
    """A model whose Vietnamese token writes Japanese, copied in by hand (the installer's probe
    would refuse it): its output is badged as in the wrong script."""
    install_model(tiny_m2m.get(mislabel={"vi": "ja"}, name="mislabelled"), data_home)
    result = translate("where is the river", "en", "vi", data_home)
    assert result.text == m2m.expected("where is the river", "en", "vi", mislabel={"vi": "ja"})
    assert result.route_kind == "many_to_many"
    assert result.warnings == ("mt_wrong_script",)
    assert translate("where is the river", "en", "my", data_home).warnings == ()


def test_preload_loads_the_model(tiny_m2m, data_home):
    assert service.preload("ja", "my", data_home) is False
    install_model(tiny_m2m.get(), data_home)
    assert service.preload("ja", "my", data_home) is True
    [model] = many_to_many.list_models(data_home)
    first = many_to_many.loaded(model)
    translate(TEXT["ja"], "ja", "my", data_home)
    assert many_to_many.loaded(model) is first          # loaded once, by the preload


def test_an_install_or_removal_is_seen_at_once(tiny_m2m, data_home):
    """The models are described once (a real vocabulary is megabytes of JSON) and again only
    when the models folder changed."""
    assert translate(TEXT["ja"], "ja", "my", data_home).provenance == "unavailable"
    small = install_model(tiny_m2m.get(languages=("ja", "my")), data_home)
    assert translate(TEXT["ja"], "ja", "my", data_home).route_kind == "many_to_many"
    assert routes.installed_models(data_home) == many_to_many.list_models(data_home)
    assert translate(TEXT["ja"], "ja", "si", data_home).provenance == "unavailable"
    shutil.rmtree(small)
    assert translate(TEXT["ja"], "ja", "my", data_home).provenance == "unavailable"
    install_model(tiny_m2m.get(), data_home)
    assert translate(TEXT["ja"], "ja", "si", data_home).route_kind == "many_to_many"


def test_announcement_sheets_say_how_each_machine_translation_was_made(tiny_packs, tiny_m2m,
                                                                        data_home):
    for pair in (("ja", "en"), ("en", "vi")):
        packs.install(tiny_packs.get(*pair), data_home)
    install_model(tiny_m2m.get(languages=("ja", "en", "my")), data_home)
    done = announcement.announce(TEXT["ja"], "ja", ["my", "vi", "en"], data_dir=data_home)
    assert [r.route_kind for r in done.results] == ["many_to_many", "argos_pivot", "argos"]
    [sheet] = announcement.announcement_sheets(done)
    assert sheet.extra_footer == (
        "機械翻訳を含みます（M2M-100 418M・直接、Argos・英語経由、Argos・直接） / includes machine "
        "translation (M2M-100 418M direct, Argos via English, Argos direct)")
    curated = announcement.announce("トイレ", "ja", ["my"], data_dir=data_home)
    assert announcement.announcement_sheets(curated)[0].extra_footer == ""


def test_each_installed_model_is_described_once_until_its_folder_changes(tiny_m2m, data_home):
    """A real model's description reads megabytes of vocabulary: the window redraws its lists
    often, so a model is described again only when its own folder changed — removing one
    model leaves the other's description as it was, a new folder in place is read anew."""
    first = install_model(tiny_m2m.get("m2m100"), data_home)
    second = install_model(tiny_m2m.get("nllb200"), data_home)
    before = {m.path.name: m for m in routes.installed_models(data_home)}
    assert set(before) == {first.name, second.name}
    again = {m.path.name: m for m in routes.installed_models(data_home)}
    assert all(again[name] is before[name] for name in before)       # not described again
    shutil.rmtree(first)
    [left] = routes.installed_models(data_home)
    assert left is before[second.name]
    shutil.rmtree(second)
    install_model(tiny_m2m.get("nllb200", languages=("ja", "en", "my")), data_home) \
        .rename(second)
    [renewed] = routes.installed_models(data_home)
    assert renewed is not before[second.name] and renewed.sources == {"ja", "en", "my"}
