"""Hostile translation packs, as they may arrive on a USB stick from unknown hands: each is
refused with one clear line, through the library and the command line, and leaves the packs
folder exactly as it was (an installed pack untouched and still translating).

Real tiny Argos packs (tests/argos_tiny.py) damaged or forged at test time
(tests/hostile/hostile_archives.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import argos_tiny as tiny
import hostile_archives as hostile
import pytest

from evac_toolkit.cli.main import main
from evac_toolkit.core.messages import gui_message, message
from evac_toolkit.core.translation import packs, service

TOP = "translate-en_vi-1_1"


def _meta(**changes) -> dict:
    meta = tiny.metadata("en", "vi", "1.1")
    meta.update(changes)
    return {k: v for k, v in meta.items() if v is not None}


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


#: name → (how to make it from a good en→vi 1.1 pack and a folder, the refusal's code)
HOSTILE = {
    "parent traversal": (lambda g, d: tiny.with_member(g, d / "x", "../../evil"), "pack_unsafe"),
    "traversal inside": (lambda g, d: tiny.with_member(g, d / "x", f"{TOP}/model/../../../evil"),
                         "pack_unsafe"),
    "absolute path": (lambda g, d: tiny.with_member(g, d / "x", "/tmp/evil"), "pack_unsafe"),
    "windows drive": (lambda g, d: tiny.with_member(g, d / "x", "C:\\Windows\\evil"),
                      "pack_unsafe"),
    "symlink out": (lambda g, d: tiny.with_member(g, d / "x", f"{TOP}/model/link", b"/etc",
                                                  symlink=True), "pack_unsafe"),
    "symlinked metadata": (lambda g, d: tiny.rezip(d / "x", {
        **{n: b for n, b in tiny.members(g).items() if not n.endswith("metadata.json")},
        f"{TOP}/metadata.json": b"/etc/passwd"}, symlinks=(f"{TOP}/metadata.json",)),
        "pack_unsafe"),
    "zip bomb": (lambda g, d: tiny.padded(g, d / "x", 40 * 1024**2), "pack_too_large"),
    "forged sizes": (lambda g, d: tiny.forged_size(g, d / "x", 40 * 1024**2),
                     ("pack_too_large", "pack_damaged")),
    "2,000 folders deep": (lambda g, d: hostile.deep_member(g, d / "x"), "pack_too_deep"),
    "nested metadata": (lambda g, d: hostile.nested_metadata(g, d / "x"), "pack_too_deep"),
    "huge metadata": (lambda g, d: tiny.with_metadata(g, d / "x", b" " * 70_000 + b"{}"),
                      "pack_metadata"),
    "metadata not UTF-8": (lambda g, d: tiny.with_metadata(g, d / "x", b"\xff\xfe{\x00}\x00"),
                           "pack_metadata"),
    "code as a path": (lambda g, d: tiny.with_metadata(g, d / "x", _meta(to_code="../vi")),
                       "pack_metadata"),
    "code a number": (lambda g, d: tiny.with_metadata(g, d / "x", _meta(from_code=12)),
                      "pack_metadata"),
    "code outside the catalog": (lambda g, d: tiny.with_metadata(g, d / "x",
                                                                 _meta(to_code="fr")),
                                 "pack_language_unknown"),
    "version a list": (lambda g, d: tiny.with_metadata(g, d / "x",
                                                       _meta(package_version=[1, 0])),
                       "pack_metadata"),
    "names not text": (lambda g, d: tiny.with_metadata(g, d / "x", _meta(to_name={"a": 1})),
                       "pack_metadata"),
    "mislabelled: kana for Vietnamese": (
        lambda g, d: tiny.mislabelled(d, claims=("en", "vi"), holds=("en", "ja")),
        "pack_wrong_language"),
    "mislabelled: Burmese for Vietnamese": (
        lambda g, d: tiny.mislabelled(d, claims=("en", "vi"), holds=("en", "my")),
        "pack_wrong_language"),
    "mislabelled: English for Japanese": (
        lambda g, d: tiny.mislabelled(d, claims=("en", "ja"), holds=("en", "es")),
        "pack_wrong_language"),
    "model is text": (lambda g, d: tiny.rezip(d / "x", {
        n: (b"not a model" if n.endswith("model.bin") else b)
        for n, b in tiny.members(g).items()}), "pack_unusable"),
    "sentencepiece is text": (lambda g, d: tiny.rezip(d / "x", {
        n: (b"not a model" if n.endswith("sentencepiece.model") else b)
        for n, b in tiny.members(g).items()}), "pack_unusable"),
    "half a pack": (lambda g, d: tiny.truncated(g, d / "x"), "pack_damaged"),
    "empty file": (lambda g, d: _empty(d / "x"), "pack_damaged"),
}


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() \
        else []


@pytest.fixture(scope="session")
def installed_template(tiny_packs, tmp_path_factory) -> Path:
    """A data folder with the good en→vi 1.0 pack installed, copied for each test (installing
    it afresh each time would load and probe its model again)."""
    folder = tmp_path_factory.mktemp("installed")
    packs.install(tiny_packs.get("en", "vi", "1.0"), folder)
    return folder


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_pack_is_refused_in_one_line_and_changes_nothing(
        kind, tiny_packs, installed_template, data_home, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(packs, "MAX_UNPACKED_BYTES", 16 * 1024**2)   # 2 GB for real packs
    shutil.copytree(installed_template, data_home)
    before = tree(data_home / "packs")
    make, codes = HOSTILE[kind]
    work = tmp_path / "made"
    work.mkdir()
    made = make(tiny_packs.get("en", "vi", "1.1"), work)
    bad = made.rename(tmp_path / "bad.argosmodel")
    # replace=True: the refusal is for what the pack is, not for its pair being installed.
    [outcome] = packs.install(bad, data_home, replace=True)
    assert not outcome.ok
    assert outcome.error.code in ((codes,) if isinstance(codes, str) else codes), outcome.error
    for language in ("en", "ja"):
        for worded in (message, gui_message):
            line = worded(outcome.error.code, language, **outcome.error.params)
            assert "\n" not in line and "{" not in line and len(line) < 600, line
    assert tree(data_home / "packs") == before
    assert not (data_home / "evil").exists() and not (tmp_path / "evil").exists()
    assert [check.ok for check in packs.verify(data_home)] == [True]    # untouched

    capsys.readouterr()
    assert main(["packs", "install", "--replace", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert tree(data_home / "packs") == before


def test_the_many_files_pack_is_refused_from_its_index(tmp_path, data_home):
    """The count and the declared total are read from the zip's index: refused before any
    member is written, and the message says how many files there are."""
    archive = hostile.many_files(tmp_path / "many.argosmodel")
    assert archive.stat().st_size < 20 * 1024**2
    [outcome] = packs.install(archive, data_home)
    assert outcome.error.code == "pack_too_many_files"
    assert outcome.error.params["count"] == 100_008
    assert "100,008" in message("pack_too_many_files", "ja", **outcome.error.params)
    assert tree(data_home / "packs") == []


def test_a_usb_stick_of_hostile_packs_installs_only_the_good_one(tiny_packs, data_home,
                                                                 tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    good = tiny_packs.get("ja", "en")
    (stick / good.name).write_bytes(good.read_bytes())
    base = tiny_packs.get("en", "vi", "1.1")
    for index, kind in enumerate(("2,000 folders deep", "nested metadata", "symlink out",
                                  "mislabelled: kana for Vietnamese")):
        work = tmp_path / f"w{index}"
        work.mkdir()
        HOSTILE[kind][0](base, work).rename(stick / f"{index}.argosmodel")
    outcomes = packs.install(stick, data_home)
    assert sorted((o.file.name, o.ok) for o in outcomes)[-1] == (good.name, True)
    assert sum(o.ok for o in outcomes) == 1
    assert [p.pair for p in packs.list_packs(data_home)] == [("ja", "en")]
    assert not [p for p in (data_home / "packs").iterdir() if p.name.startswith(".staging")]
    assert service.translate("help", "ja", "en", data_dir=data_home).text.endswith(
        tiny.signature_text("ja", "en"))


def test_deeply_nested_metadata_in_an_installed_folder_is_reported(data_home, tmp_path):
    """A hand-copied folder whose metadata.json is nested thousands deep: verify and list
    report it instead of crashing."""
    folder = tiny.build_folder(tmp_path, "en", "vi")
    (folder / "metadata.json").write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")
    (data_home / "packs").mkdir(parents=True)
    folder.rename(data_home / "packs" / "translate-en_vi")
    assert packs.list_packs(data_home) == []
    [check] = packs.verify(data_home)
    assert [p.code for p in check.problems] == ["pack_metadata"]
    json.dumps([p.params for p in check.problems])
