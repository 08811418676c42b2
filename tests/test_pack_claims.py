"""Packs are checked against what they claim, and never silently replace another pack.

Real tiny Argos packs (tests/argos_tiny.py) whose models write their target's script; a
mislabelled one is a model built for one pair with the metadata of another.
"""

from __future__ import annotations

from pathlib import Path

import argos_tiny as tiny
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.languages import catalog
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.translation import pack_claims, packs, service


def test_every_catalog_script_is_in_the_script_table():
    table = pack_claims.script_words()
    assert {language.script for language in catalog()} <= set(table)


@pytest.mark.parametrize(("text", "script", "share"), [
    ("Nơi sơ tán này mở cửa miễn phí cho tất cả mọi người.", "Latn", 1.0),
    ("この避難所は、誰でも無料で利用できます。", "Jpan", 1.0),
    ("コーヒー", "Jpan", 1.0),                     # ー is KATAKANA-HIRAGANA
    ("この避難所は、誰でも無料で利用できます。", "Latn", 0.0),
    ("ဤဘေးလွတ်ရာစခန်းကို လူတိုင်း", "Mymr", 1.0),   # vowel signs and virama count too
    ("WiFi は 2 階", "Jpan", 2 / 6),               # digits are no letters
    ("12:00 !!", "Latn", 0.0),                       # no letters: nothing in the script
])
def test_script_share(text, script, share):
    assert pack_claims.script_share(text, script) == pytest.approx(share, abs=0.01)
    assert pack_claims.script_share(text, "Zzzz") is None


def test_a_mislabelled_pack_is_refused_in_one_line(data_home, tmp_path):
    """Claims English → Vietnamese, translates into kana: refused, nothing installed."""
    fake = tiny.mislabelled(tmp_path, claims=("en", "vi"), holds=("en", "ja"))
    [outcome] = packs.install(fake, data_home)
    assert outcome.error.code == "pack_wrong_language"
    assert not (data_home / "packs" / "translate-en_vi").exists()
    assert not [p for p in (data_home / "packs").iterdir() if not p.name.startswith(".bundled")]
    line = message("pack_wrong_language", "ja", **outcome.error.params)
    assert "\n" not in line and fake.name in line
    assert "英語 → ベトナム語" in line and "ベトナム語の文字で書かれていません" in line
    assert any(word in line for word in tiny.SCRIPT_WORDS["Jpan"])   # what it wrote instead
    english = gui_message("pack_wrong_language", "en", **outcome.error.params)
    assert "English → Vietnamese" in english and "not written in Vietnamese" in english


def test_a_mislabelled_pack_does_not_replace_the_real_one(tiny_packs, data_home, tmp_path):
    packs.install(tiny_packs.get("en", "vi"), data_home)
    fake = tiny.mislabelled(tmp_path, claims=("en", "vi"), holds=("en", "my"))
    [outcome] = packs.install(fake, data_home, replace=True)
    assert outcome.error.code == "pack_wrong_language"
    result = service.translate("where is the toilet", "en", "vi", data_dir=data_home)
    assert result.text == tiny.expected("where is the toilet", "en", "vi")


def test_right_packs_into_every_script_pass_the_probe(tiny_packs, data_home):
    for pair in (("en", "ja"), ("en", "my"), ("en", "th"), ("ja", "en"), ("en", "zt"),
                 ("en", "ko"), ("en", "si"), ("en", "ne"), ("en", "zh")):
        [outcome] = packs.install(tiny_packs.get(*pair), data_home)
        assert outcome.ok, (pair, outcome.error)


def test_a_language_outside_the_catalog_is_refused(data_home, tmp_path):
    for claims, shown in ((("en", "fr"), "French"), (("xx", "en"), "xx")):
        meta = tiny.metadata(*claims)
        meta["to_name" if claims[1] == "fr" else "from_name"] = shown if shown != "xx" else ""
        archive = tiny.build_pack(tmp_path / shown, "en", "vi", meta=meta)
        [outcome] = packs.install(archive, data_home)
        assert outcome.error.code == "pack_language_unknown"
        assert outcome.error.params["language"] == shown
    assert packs.list_packs(data_home) == []


def test_installing_an_installed_pair_again_asks_to_replace(tiny_packs, data_home):
    packs.install(tiny_packs.get("en", "vi", "1.0"), data_home)
    newer = tiny_packs.get("en", "vi", "1.1")
    assert [(r.file, r.installed.package_version, r.version)
            for r in packs.replacements(newer, data_home)] == [(newer, "1.0", "1.1")]
    assert packs.replacements(tiny_packs.get("ja", "en"), data_home) == []
    [outcome] = packs.install(newer, data_home)
    assert outcome.error.code == "pack_exists"
    assert outcome.error.params["installed"] == "1.0"
    assert "--replace" in message("pack_exists", "en", **outcome.error.params)
    window = gui_message("pack_exists", "ja", **outcome.error.params)
    assert "英語 → ベトナム語" in window and "そのままにしました" in window
    assert "--" not in window
    assert packs.list_packs(data_home)[0].package_version == "1.0"
    [outcome] = packs.install(newer, data_home, replace=True)
    assert outcome.ok and outcome.replaced.package_version == "1.0"


def test_a_pack_never_replaces_a_folder_holding_another_pair(tiny_packs, data_home, tmp_path):
    """A hand-copied ja → en pack in a folder named translate-en_vi stays, even with replace."""
    (data_home / "packs").mkdir(parents=True)
    folder = tiny.build_folder(tmp_path / "hand", "ja", "en")
    folder.rename(data_home / "packs" / "translate-en_vi")
    for replace in (False, True):
        [outcome] = packs.install(tiny_packs.get("en", "vi"), data_home, replace=replace)
        assert outcome.error.code == "pack_folder_taken"
        error = outcome.error
        assert "別の言語の組み合わせのパック（日本語 → 英語）" in gui_message(error.code, "ja",
                                                                   **error.params)
        assert "another pair's pack (Japanese → English)" in message(error.code, "en",
                                                                     **error.params)
    assert [p.pair for p in packs.list_packs(data_home)] == [("ja", "en")]


def test_the_command_line_refuses_a_replacement_without_replace(tiny_packs, data_home, capsys):
    assert main(["packs", "install", str(tiny_packs.get("en", "vi", "1.0"))]) == 0
    capsys.readouterr()
    assert main(["packs", "install", str(tiny_packs.get("en", "vi", "1.1"))]) == 2
    err = capsys.readouterr().err
    assert "--replace" in err and "Traceback" not in err
    assert main(["packs", "install", "--replace", str(tiny_packs.get("en", "vi", "1.1"))]) == 0
    assert "1.0" in capsys.readouterr().out      # "It replaces version 1.0."
    assert packs.list_packs(data_home)[0].package_version == "1.1"


def test_the_free_space_refusal_names_its_margin(tiny_packs, data_home, monkeypatch):
    usage = packs.shutil.disk_usage(data_home.parent)
    monkeypatch.setattr(packs.shutil, "disk_usage",
                        lambda path: usage._replace(free=packs.SPACE_MARGIN))
    [outcome] = packs.install(tiny_packs.get("en", "vi"), data_home)
    assert outcome.error.code == "pack_no_space"
    for language in ("en", "ja"):
        assert "64 MB" in message("pack_no_space", language, **outcome.error.params)


def test_install_file_raises_the_refusal(tiny_packs, data_home, tmp_path):
    fake = tiny.mislabelled(tmp_path, claims=("en", "vi"), holds=("en", "ja"))
    with pytest.raises(UserError) as raised:
        packs.install_file(fake, data_home)
    assert raised.value.code == "pack_wrong_language"
    assert Path(fake).is_file()
