"""Translation packs through the real install path: install, list, remove, verify, and refuse
damaged or hostile archives leaving nothing behind."""

from __future__ import annotations

import hashlib
import json
import os
import time
import zipfile
from pathlib import Path

import argos_tiny as tiny
import pytest

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.translation import engine, packs, service
from evac_toolkit.core.translation.installed import installed_pairs


def tree(folder: Path) -> list[str]:
    """Everything under ``folder``, hidden entries included."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def translate(text: str, source: str, target: str, data: Path) -> service.Result:
    return service.translate(text, source, target, data_dir=data)


def test_install_list_translate_remove(tiny_packs, data_home: Path):
    archive = tiny_packs.get("en", "vi")
    [outcome] = packs.install(archive, data_home)
    assert outcome.ok and outcome.error is None and outcome.replaced is None
    pack = outcome.pack
    assert (pack.name, pack.pair, pack.package_version) == ("translate-en_vi", ("en", "vi"), "1.0")
    assert pack.path == data_home / "packs" / "translate-en_vi"
    assert packs.list_packs(data_home) == [pack]
    assert installed_pairs(data_home) == {("en", "vi")}   # the languages view sees it too

    record = json.loads((pack.path / packs.RECORD).read_text(encoding="utf-8"))
    assert record["sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest() == pack.sha256
    assert record["source"] == archive.name and record["installed_at"]
    assert set(record["files"]) >= {"metadata.json", "sentencepiece.model", "model/model.bin"}

    # Translates at once, in this process, with no restart.
    result = translate("where is the toilet", "en", "vi", data_home)
    assert result.provenance == "machine" and result.route == (("en", "vi"),)
    assert result.text == tiny.expected("where is the toilet", "en", "vi")
    assert result.text == "where " + tiny.signature_text("en", "vi")

    removed = packs.remove(data_home, "en", "vi")
    assert removed.pair == ("en", "vi")
    assert tree(data_home / "packs") == []
    after = translate("where is the toilet", "en", "vi", data_home)
    assert after.provenance == "unavailable" and after.packs_needed == (("en", "vi"),)


def test_reinstalling_a_pair_replaces_it_and_the_loaded_model(tiny_packs, data_home):
    packs.install(tiny_packs.get("en", "vi", "1.0"), data_home)
    assert translate("help me", "en", "vi", data_home).text.endswith(
        tiny.signature_text("en", "vi", "1.0"))
    [outcome] = packs.install(tiny_packs.get("en", "vi", "1.1"), data_home, replace=True)
    assert outcome.ok and outcome.replaced.package_version == "1.0"
    assert [(p.name, p.package_version) for p in packs.list_packs(data_home)] == [
        ("translate-en_vi", "1.1")]
    assert not [p for p in (data_home / "packs").iterdir() if p.name.startswith(".")]
    assert translate("help me", "en", "vi", data_home).text.endswith(
        tiny.signature_text("en", "vi", "1.1"))


def test_a_hand_copied_folder_of_the_same_pair_is_replaced_too(tiny_packs, data_home, tmp_path):
    folder = tiny.build_folder(tmp_path / "hand", "en", "vi", "0.9")
    (data_home / "packs").mkdir(parents=True)
    folder.rename(data_home / "packs" / folder.name)            # e.g. argospm's layout
    [outcome] = packs.install(tiny_packs.get("en", "vi"), data_home, replace=True)
    assert outcome.replaced.package_version == "0.9"
    assert [p.name for p in packs.list_packs(data_home)] == ["translate-en_vi"]


# -- damaged and hostile archives ---------------------------------------------------------------
def _bad_metadata(meta: dict, **changes) -> dict:
    meta = dict(meta)
    for key, value in changes.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    return meta


def _text_file(out: Path) -> Path:
    out.write_text("hello", encoding="utf-8")
    return out


GOOD_META = tiny.metadata("en", "vi", "1.1")

DAMAGED = {
    "truncated": (lambda good, out: tiny.truncated(good, out), "pack_damaged"),
    "bad CRC": (lambda good, out: tiny.bad_crc(good, out), "pack_damaged"),
    "not a zip": (lambda good, out: _text_file(out), "pack_damaged"),
    "parent traversal": (lambda g, o: tiny.with_member(g, o, "../evil"), "pack_unsafe"),
    "nested traversal": (lambda g, o: tiny.with_member(g, o, "translate-en_vi-1_1/../../evil"),
                         "pack_unsafe"),
    "absolute path": (lambda g, o: tiny.with_member(g, o, "/abs/evil"), "pack_unsafe"),
    "drive letter": (lambda g, o: tiny.with_member(g, o, "C:\\x"), "pack_unsafe"),
    "drive letter slash": (lambda g, o: tiny.with_member(g, o, "C:/x/evil"), "pack_unsafe"),
    "drive relative": (lambda g, o: tiny.with_member(g, o, "C:evil"), "pack_unsafe"),
    "backslash traversal": (lambda g, o: tiny.with_member(
        g, o, "translate-en_vi-1_1\\..\\..\\evil"), "pack_unsafe"),
    "symlink": (lambda g, o: tiny.with_member(g, o, "translate-en_vi-1_1/link", b"/etc/passwd",
                                              symlink=True), "pack_unsafe"),
    "same name twice": (lambda g, o: tiny.with_member(g, o, "translate-en_vi-1_1/README.MD"),
                        "pack_unsafe"),
    "two top folders": (lambda g, o: tiny.two_top_folders(g, o), "pack_layout"),
    "file at top": (lambda g, o: tiny.with_member(g, o, "loose.txt"), "pack_layout"),
    "no metadata": (lambda g, o: tiny.with_metadata(g, o, None), "pack_layout"),
    "no model": (lambda g, o: tiny.without(g, o, "model/model.bin"), "pack_layout"),
    "no sentencepiece": (lambda g, o: tiny.without(g, o, "sentencepiece.model"), "pack_layout"),
    "metadata not JSON": (lambda g, o: tiny.with_metadata(g, o, b"{oops"), "pack_metadata"),
    "metadata a list": (lambda g, o: tiny.with_metadata(g, o, b"[]"), "pack_metadata"),
    "no from_code": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(GOOD_META,
                                                                         from_code=None)),
                     "pack_metadata"),
    "long to_code": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(
        GOOD_META, to_code="vietnamese")), "pack_metadata"),
    "path in code": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(
        GOOD_META, to_code="../vi")), "pack_metadata"),
    "same codes": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(GOOD_META, to_code="en")),
                   "pack_metadata"),
    "no package_version": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(
        GOOD_META, package_version=None)), "pack_metadata"),
    "bad argos_version": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(
        GOOD_META, argos_version="latest")), "pack_metadata"),
    "sbd type": (lambda g, o: tiny.with_metadata(g, o, _bad_metadata(GOOD_META, type="sbd")),
                 "pack_metadata"),
    "model not loadable": (lambda g, o: tiny.rezip(o, {
        n: (b"not a model" if n.endswith("model.bin") else d)
        for n, d in tiny.members(g).items()}), "pack_unusable"),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_pack_is_refused_and_leaves_nothing_behind(kind, tiny_packs, data_home,
                                                             tmp_path):
    packs.install(tiny_packs.get("en", "vi", "1.0"), data_home)    # an older good pack
    before = tree(data_home / "packs")
    make, code = DAMAGED[kind]
    bad = make(tiny_packs.get("en", "vi", "1.1"), tmp_path / "bad.argosmodel")
    [outcome] = packs.install(bad, data_home, replace=True)
    assert not outcome.ok and outcome.error.code == code, outcome.error
    assert tree(data_home / "packs") == before
    assert not (data_home / "evil").exists() and not (tmp_path / "evil").exists()
    # The installed pack is untouched and still translates.
    result = translate("help", "en", "vi", data_home)
    assert result.text.endswith(tiny.signature_text("en", "vi", "1.0"))
    with pytest.raises(UserError) as raised:
        packs.install_file(bad, data_home, replace=True)
    assert raised.value.code == code


def test_size_caps_count_declared_and_actual_bytes(tiny_packs, data_home, tmp_path,
                                                   monkeypatch):
    good = tiny_packs.get("en", "vi")
    bomb = tiny.padded(good, tmp_path / "bomb.argosmodel", 8 * 1024**2)
    assert bomb.stat().st_size < 200_000          # 8 MB of zeros compress to almost nothing
    monkeypatch.setattr(packs, "MAX_UNPACKED_BYTES", 4 * 1024**2)
    [outcome] = packs.install(bomb, data_home)
    assert outcome.error.code == "pack_too_large"
    # Sizes forged in both headers pass the declared check; the bytes themselves do not.
    # (Python's zipfile stops at the declared size, so the CRC check catches it first.)
    forged = tiny.forged_size(good, tmp_path / "forged.argosmodel", 8 * 1024**2)
    [outcome] = packs.install(forged, data_home)
    assert outcome.error.code in ("pack_too_large", "pack_damaged")
    [outcome] = packs.install(good, data_home, max_unpacked=10_000)
    assert outcome.error.code == "pack_too_large"
    assert tree(data_home / "packs") == []


def test_a_usb_stick_folder_installs_the_good_packs_and_reports_the_bad(tiny_packs, data_home,
                                                                        tmp_path):
    stick = tmp_path / "USB"
    (stick / "packs" / "more").mkdir(parents=True)
    for archive in (tiny_packs.get("ja", "en"), tiny_packs.get("en", "vi")):
        (stick / "packs" / archive.name).write_bytes(archive.read_bytes())
    tiny.truncated(tiny_packs.get("en", "my"), stick / "packs" / "more" / "en_my.ARGOSMODEL")
    (stick / "packs" / "._translate-ja_en-1_0.argosmodel").write_bytes(b"\0\5\26\7")  # macOS
    (stick / "notes.txt").write_text("not a pack")
    calls = []
    outcomes = packs.install(stick, data_home, progress=lambda *a: calls.append(a))
    assert sorted((o.file.name, o.ok) for o in outcomes) == [
        ("en_my.ARGOSMODEL", False), ("translate-en_vi-1_0.argosmodel", True),
        ("translate-ja_en-1_0.argosmodel", True)]
    assert next(o for o in outcomes if not o.ok).error.code == "pack_damaged"
    assert {p.pair for p in packs.list_packs(data_home)} == {("ja", "en"), ("en", "vi")}
    assert not [p for p in (data_home / "packs").iterdir() if p.name.startswith(".")]
    done = [c[0] for c in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] > 0
    # Both packs work together at once: Japanese to Vietnamese through English.
    result = translate("水をください", "ja", "vi", data_home)
    assert result.provenance == "machine_pivot"


def test_a_failed_swap_puts_the_old_pack_back(tiny_packs, data_home, monkeypatch):
    packs.install(tiny_packs.get("en", "vi", "1.0"), data_home)
    before = tree(data_home / "packs")
    real_replace = os.replace

    def replace(src, dst):
        if Path(src).name == "new":                 # the new pack's rename into place
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    [outcome] = packs.install(tiny_packs.get("en", "vi", "1.1"), data_home, replace=True)
    monkeypatch.undo()
    assert outcome.error.code == "pack_write_failed"
    assert outcome.error.params["reason"] == "No space left on device"
    assert tree(data_home / "packs") == before
    assert translate("help", "en", "vi", data_home).text.endswith(
        tiny.signature_text("en", "vi", "1.0"))


def test_too_little_disk_space_is_said_before_extracting(tiny_packs, data_home,
                                                          monkeypatch):
    usage = packs.shutil.disk_usage(data_home.parent)
    monkeypatch.setattr(packs.shutil, "disk_usage",
                        lambda path: usage._replace(free=packs.SPACE_MARGIN))
    [outcome] = packs.install(tiny_packs.get("en", "vi"), data_home)
    assert outcome.error.code == "pack_no_space"
    assert tree(data_home / "packs") == []


def test_nothing_to_install(data_home, tmp_path):
    with pytest.raises(UserError) as raised:
        packs.install(tmp_path / "missing", data_home)
    assert raised.value.code == "pack_source_missing"
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError) as raised:
        packs.install(tmp_path / "empty", data_home)
    assert raised.value.code == "pack_none_in_folder"


def test_remove_takes_catalog_or_argos_codes(tiny_packs, data_home, tmp_path):
    packs.install(tiny.build_pack(tmp_path, "en", "zt"), data_home)
    assert packs.remove(data_home, "en", "zh-Hant").pair == ("en", "zt")
    with pytest.raises(UserError) as raised:
        packs.remove(data_home, "en", "zt")
    assert raised.value.code == "pack_not_installed"
    with pytest.raises(UserError) as raised:
        packs.remove(data_home, "ja-x-easy", "en")
    assert raised.value.code == "mt_no_model"


# -- verify -------------------------------------------------------------------------------------
def test_verify_finds_changed_missing_unrecorded_and_broken_packs(tiny_packs, data_home,
                                                                  tmp_path):
    for pair in (("ja", "en"), ("en", "vi"), ("en", "es")):
        packs.install(tiny_packs.get(*pair), data_home)
    folder = data_home / "packs"
    assert all(check.ok for check in packs.verify(data_home))
    model = folder / "translate-ja_en" / "sentencepiece.model"
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    (folder / "translate-en_vi" / "model" / "config.json").unlink()
    (folder / "translate-en_es" / packs.RECORD).unlink()
    (folder / "broken").mkdir()
    (folder / "broken" / "metadata.json").write_text("{")
    found = {check.name: [p.code for p in check.problems] for check in packs.verify(data_home)}
    assert found["translate-ja_en"][0] == "pack_file_changed"
    assert found["translate-en_vi"][0] == "pack_file_missing"
    assert found["translate-en_es"] == ["pack_unrecorded"]
    assert found["broken"] == ["pack_metadata"]


# -- crashes and Argos's own caches -------------------------------------------------------------
def test_a_crash_between_the_two_renames_is_repaired(tiny_packs, data_home, tmp_path):
    """A replaced pack left in a stale staging folder goes back in place; stale leftovers go."""
    folder = data_home / "packs"
    folder.mkdir(parents=True)
    staging = folder / f"{packs.STAGING}crashed"
    staging.mkdir()
    tiny.build_folder(tmp_path, "en", "vi").rename(staging / "old-0")
    removing = folder / f"{packs.REMOVING}crashed"
    (removing / "pack").mkdir(parents=True)
    old = time.time() - 2 * packs.STALE_SECONDS
    for path in (staging, removing):
        os.utime(path, (old, old))
    fresh = folder / f"{packs.STAGING}running-elsewhere"
    fresh.mkdir()
    packs.install(tiny_packs.get("ja", "en"), data_home)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [fresh.name, "translate-en_vi", "translate-ja_en"])
    assert translate("help", "en", "vi", data_home).provenance == "machine"


def test_argos_is_pointed_at_our_packs_and_its_caches_follow(tiny_packs, data_home):
    """Argos's own API lists our packs, sees an install and a removal at once, and its MiniSBD
    path (which would download a model) is blocked."""
    packs.install(tiny_packs.get("ja", "en"), data_home)
    engine.argos(data_home)
    from argostranslate import translate as argos_translate

    def codes():
        return sorted(language.code for language in argos_translate.get_installed_languages())

    assert codes() == ["en", "ja"]
    packs.install(tiny_packs.get("en", "vi"), data_home)
    assert codes() == ["en", "ja", "vi"]
    translation = argos_translate.get_translation_from_codes("ja", "en")
    with pytest.raises(UserError) as raised:
        translation.translate("こんにちは")
    assert raised.value.code == "mt_offline"
    packs.remove(data_home, "en", "vi")
    assert codes() == ["en", "ja"]


def test_argos_downloaders_are_disabled(data_home):
    package = engine.argos(data_home)
    from argostranslate import networking

    for call in (lambda: networking.get("https://example.com/"), package.update_package_index,
                 lambda: networking.get_from(["https://example.com/"])):
        with pytest.raises(UserError) as raised:
            call()
        assert raised.value.code == "mt_offline"


def test_an_archive_without_folder_entries_installs(tiny_packs, data_home, tmp_path):
    """Zip tools differ: some write no entry for the folders themselves."""
    entries = {n: d for n, d in tiny.members(tiny_packs.get("en", "vi")).items()
               if not n.endswith("/")}
    plain = tiny.rezip(tmp_path / "plain.argosmodel", entries)
    with zipfile.ZipFile(plain) as zf:
        assert zf.testzip() is None and not any(i.is_dir() for i in zf.infolist())
    assert packs.install_file(plain, data_home).pair == ("en", "vi")
