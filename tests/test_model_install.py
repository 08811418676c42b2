"""Many-to-many models through the real install path (tiny real CTranslate2 models from
tests/m2m_tiny.py): install from a folder and a zip, refuse damaged, hostile, oversized and
mislabelled ones leaving nothing behind, licences shown and accepted once, replace, remove,
verify."""

from __future__ import annotations

import json
import os
import stat
import time
import zipfile
from pathlib import Path

import m2m_tiny as tiny
import pytest

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.translation import many_to_many, model_install, pack_sources, packs
from evac_toolkit.core.translation.model_install import install_model
from evac_toolkit.core.translation.safe_archive import SPACE_MARGIN, STAGING, STALE_SECONDS


def tree(folder: Path) -> list[str]:
    """Everything under ``folder``, hidden entries included."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def models(data: Path) -> Path:
    return many_to_many.models_dir(data)


def refused(source: Path, data: Path, **options) -> UserError:
    """Install must refuse ``source`` and leave the models folder exactly as it was."""
    before = tree(models(data))
    with pytest.raises(UserError) as raised:
        install_model(source, data, **options)
    assert tree(models(data)) == before
    return raised.value


def test_install_from_a_folder_records_and_translates(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100")
    calls = []
    outcome = install_model(source, data_home, progress=lambda *a: calls.append(a))
    assert outcome.ok and not outcome.replaced
    model = outcome.model
    assert model.path == models(data_home) / source.name
    assert model.family == "m2m100" and model.name.startswith("M2M-100")
    # M2M-100's one "zh" writes Simplified: Traditional Chinese is a source only.
    assert outcome.source_only == ("zh-Hant",)
    assert "zh-Hant" in model.sources and "zh-Hant" not in model.targets
    assert {"ja", "my", "si", "ne", "vi", "zh-Hans"} <= model.targets
    assert (outcome.licence.name, outcome.licence.stated_in) == ("MIT", "README.md")
    record = json.loads((model.path / model_install.RECORD).read_text("utf-8"))
    assert record["targets"] == sorted(model.targets) and record["source_only"] == ["zh-Hant"]
    assert (record["licence"], record["licence_accepted"]) == ("MIT", False)
    for name, entry in record["files"].items():
        assert entry["size"] == (source / name).stat().st_size
        assert len(entry["sha256"]) == 64
    assert set(record["files"]) == {p.name for p in source.iterdir()}
    assert [p.name for p in models(data_home).iterdir()] == [source.name]   # no staging left
    done = [call[0] for call in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] > 0
    # The installed model translates ja → my directly, with the right tokens.
    assert many_to_many.list_models(data_home) == [model]
    [text] = many_to_many.loaded(model).translate(["水をください"], "ja", "my")
    assert text == tiny.expected("水をください", "ja", "my")


def test_install_from_a_zip_and_a_stick_with_packs_and_models(tiny_m2m, tiny_packs,
                                                              data_home, tmp_path):
    stick = tmp_path / "USB"
    (stick / "models").mkdir(parents=True)
    tiny.zip_model(tiny_m2m.get("m2m100"), stick / "models" / "m2m.zip")
    tiny.copy_model(tiny_m2m.get("nllb200"), stick / "models" / "nllb")
    archive = tiny_packs.get("en", "vi")
    (stick / archive.name).write_bytes(archive.read_bytes())
    with zipfile.ZipFile(stick / "photos.zip", "w") as zf:     # not ours: left alone
        zf.writestr("photos/a.jpg", b"\xff\xd8")
    found = pack_sources.find(stick)
    assert [p.name for p in found.archives] == [archive.name]
    assert sorted(p.name for p in found.models) == ["m2m.zip", "nllb"]
    outcomes = pack_sources.install(stick, data_home, accept_licence=True)
    assert [(o.file.name, o.ok) for o in outcomes] == [
        (archive.name, True), ("m2m.zip", True), ("nllb", True)]
    assert {m.path.name for m in many_to_many.list_models(data_home)} == {
        tiny.FAMILIES["m2m100"]["folder"], "nllb"}
    assert [p.pair for p in packs.list_packs(data_home)] == [("en", "vi")]
    # A single zip is a model too.
    zipped = tiny.zip_model(tiny_m2m.get("m2m100", name="other"), tmp_path / "other.zip")
    [outcome] = pack_sources.install(zipped, data_home)
    assert outcome.ok and outcome.model.path.name == "other"


def test_nllb_keeps_traditional_chinese_and_needs_the_licence_accepted(tiny_m2m, data_home):
    source = tiny_m2m.get("nllb200")
    error = refused(source, data_home)
    assert error.code == "model_licence_non_commercial"
    assert error.params["licence"] == "CC-BY-NC-4.0"
    assert not models(data_home).exists() or tree(models(data_home)) == []
    outcome = install_model(source, data_home, accept_licence=True)
    assert outcome.licence.non_commercial and "zh-Hant" in outcome.model.targets
    record = json.loads((outcome.model.path / model_install.RECORD).read_text("utf-8"))
    assert record["licence_accepted"] is True and record["licence_accepted_at"]
    # Asked once: re-installing the same model does not ask again, and keeps the date.
    again = install_model(source, data_home, replace=True)
    assert again.replaced
    second = json.loads((again.model.path / model_install.RECORD).read_text("utf-8"))
    assert second["licence_accepted_at"] == record["licence_accepted_at"]


def test_a_folder_naming_no_licence_asks_once(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100", licence=None, name="nameless")
    offer = pack_sources.offers(source, data_home)[0]
    assert offer.needs_acceptance and offer.source.licence.name == "MIT"   # the family's
    assert not offer.source.licence.stated_in
    assert refused(source, data_home).code == "model_licence_unknown"
    assert install_model(source, data_home, accept_licence=True).ok
    assert not pack_sources.offers(source, data_home)[0].needs_acceptance
    assert install_model(source, data_home, replace=True).ok


@pytest.mark.parametrize("name, text, licence, asks", [
    ("LICENSE", "MIT License\n\nPermission is hereby granted, free of charge", "MIT", False),
    ("LICENSE.md", "Attribution-NonCommercial 4.0 International", "CC-BY-NC-4.0", True),
    ("LICENCE.txt", "You may use this on Tuesdays.", "", True),
])
def test_a_licence_file_names_the_licence_when_the_card_does_not(
        tiny_m2m, data_home, tmp_path, name, text, licence, asks):
    folder = tiny.copy_model(tiny_m2m.get("m2m100", licence=None, name="nameless"),
                             tmp_path / "model")
    (folder / name).write_text(text)
    found = model_install.read_source(folder)
    assert (found.licence.name, found.licence.stated_in) == (licence, name)
    assert found.licence.text == text and found.licence.needs_acceptance is asks
    # The same from a zip, before anything is copied.
    zipped = model_install.read_source(tiny.zip_model(folder, tmp_path / "model.zip"))
    assert zipped.licence == found.licence


def test_installing_again_needs_replace(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100")
    install_model(source, data_home)
    before = tree(models(data_home))
    error = refused(source, data_home)
    assert (error.code, error.params["name"]) == ("model_exists", source.name)
    outcome = install_model(source, data_home, replace=True)
    assert outcome.replaced and tree(models(data_home)) == before


@pytest.mark.parametrize("damage, code", [
    (tiny.truncate_model_bin, "model_damaged"),       # model.bin cut short: its index says so
    (tiny.drop_vocabulary, "model_layout"),
])
def test_damaged_folders_are_refused(tiny_m2m, data_home, tmp_path, damage, code):
    source = damage(tiny.copy_model(tiny_m2m.get("m2m100"), tmp_path / "model"))
    error = refused(source, data_home)
    assert error.code == code and error.params.get("name", error.params.get("file")) == "model"


def test_a_vocabulary_without_language_tokens_is_refused(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100", language_tokens=False, name="no-tokens")
    error = refused(source, data_home)
    assert (error.code, error.params["name"]) == ("model_not_many_to_many", "no-tokens")


def test_a_mislabelled_model_is_refused(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100", mislabel={"vi": "ja"}, name="mislabelled")
    error = refused(source, data_home)
    assert error.code == "model_wrong_language"
    assert error.params["target"].code == "vi"
    assert error.params["output"] == tiny.expected(
        get_sample("ja"), "ja", "vi", mislabel={"vi": "ja"})


def get_sample(code: str) -> str:
    from evac_toolkit.core.languages import get_language

    return get_language(code).sample


def test_hostile_zips_and_symlinks_are_refused(tiny_m2m, data_home, tmp_path):
    source = tiny_m2m.get("m2m100")
    escaping = tmp_path / "escaping.zip"
    with zipfile.ZipFile(escaping, "w") as zf:
        for path in source.iterdir():
            zf.write(path, f"m2m/{path.name}")
        zf.writestr("m2m/../../evil.txt", "x")
    assert refused(escaping, data_home).code == "pack_unsafe"
    linked = tmp_path / "linked.zip"
    with zipfile.ZipFile(linked, "w") as zf:
        for path in source.iterdir():
            zf.write(path, f"m2m/{path.name}")
        link = zipfile.ZipInfo("m2m/LICENSE")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    assert refused(linked, data_home).code == "pack_unsafe"
    folder = tiny.copy_model(source, tmp_path / "folder")
    (folder / "README.md").unlink()
    (folder / "README.md").symlink_to("/etc/passwd")
    error = refused(folder, data_home)
    assert (error.code, error.params["member"]) == ("pack_unsafe", "README.md")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_other_files_are_ignored_not_copied(tiny_m2m, data_home, tmp_path):
    folder = tiny.copy_model(tiny_m2m.get("m2m100"), tmp_path / "download")
    (folder / ".git" / "objects").mkdir(parents=True)
    (folder / ".git" / "objects" / "pack").write_bytes(b"history")
    (folder / "vocab.json").write_text("{}")
    (folder / "run-me.sh").write_text("#!/bin/sh\n")
    outcome = install_model(folder, data_home)
    assert outcome.ignored == (".git", "run-me.sh", "vocab.json")
    assert not {".git", "run-me.sh", "vocab.json"} & {p.name for p in outcome.model.path.iterdir()}


def test_size_cap_and_disk_space_are_checked_before_copying(tiny_m2m, data_home, monkeypatch):
    source = tiny_m2m.get("m2m100")
    assert refused(source, data_home, max_bytes=100_000).code == "model_too_large"
    usage = packs.shutil.disk_usage(data_home.parent)
    monkeypatch.setattr(packs.shutil, "disk_usage",
                        lambda path: usage._replace(free=SPACE_MARGIN))
    error = refused(source, data_home)
    assert error.code == "pack_no_space"


def test_a_failed_swap_keeps_the_installed_model(tiny_m2m, data_home, monkeypatch):
    source = tiny_m2m.get("m2m100")
    install_model(source, data_home)
    before = tree(models(data_home))
    real_replace = os.replace

    def replace(src, dst):
        # The new copy's rename into place (the old one, moved aside first, goes back).
        src = Path(src)
        if src.parent.name == "new" and src.parent.parent.name.startswith(STAGING):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(UserError) as raised:
        install_model(source, data_home, replace=True)
    monkeypatch.undo()
    assert raised.value.code == "pack_write_failed"
    assert tree(models(data_home)) == before


def test_a_crashed_replacement_is_put_back(tiny_m2m, data_home):
    source = tiny_m2m.get("m2m100")
    model = install_model(source, data_home).model
    crashed = models(data_home) / f"{STAGING}crashed"
    crashed.mkdir()
    os.replace(model.path, crashed / f"old-{model.path.name}")
    old = time.time() - 2 * STALE_SECONDS
    os.utime(crashed, (old, old))
    assert install_model(tiny_m2m.get("m2m100", name="second"), data_home).ok
    assert sorted(p.name for p in models(data_home).iterdir()) == [model.path.name, "second"]


def test_remove_and_verify(tiny_m2m, data_home):
    model = install_model(tiny_m2m.get("m2m100"), data_home).model
    [check] = model_install.verify(data_home)
    assert check.ok and check.name == model.name
    with (model.path / "config.json").open("a") as handle:
        handle.write(" ")
    (model.path / "special_tokens_map.json").unlink()
    [check] = model_install.verify(data_home)
    assert sorted((p.code, p.params["path"]) for p in check.problems) == [
        ("pack_file_changed", "config.json"), ("pack_file_missing", "special_tokens_map.json")]
    assert model_install.remove_model(data_home, model.name.upper()) == model.name
    assert tree(models(data_home)) == []
    with pytest.raises(UserError) as raised:
        model_install.remove_model(data_home, model.name)
    assert raised.value.code == "model_not_installed"


def test_a_folder_with_a_model_but_no_vocabulary_is_named_as_damaged(tiny_m2m, data_home,
                                                                      tmp_path):
    stick = tmp_path / "USB"
    tiny.drop_vocabulary(tiny.copy_model(tiny_m2m.get("m2m100"), stick / "m2m"))
    for source in (stick, stick / "m2m"):
        [outcome] = pack_sources.install(source, data_home)
        assert outcome.error.code == "model_layout"
        assert "shared_vocabulary.json" in outcome.error.params["missing"]


def test_nothing_to_install(data_home, tmp_path):
    (tmp_path / "empty").mkdir()
    for path, code in ((tmp_path / "missing", "pack_source_missing"),
                       (tmp_path / "empty", "install_nothing_in_folder")):
        with pytest.raises(UserError) as raised:
            pack_sources.install(path, data_home)
        assert raised.value.code == code
    not_a_model = tmp_path / "notes.zip"
    with zipfile.ZipFile(not_a_model, "w") as zf:
        zf.writestr("notes/a.txt", "x")
    [outcome] = pack_sources.install(not_a_model, data_home)
    assert outcome.error.code == "model_layout"


def test_argos_packs_install_as_before(tiny_packs, data_home):
    [outcome] = pack_sources.install(tiny_packs.get("ja", "en"), data_home)
    assert outcome.ok and outcome.pack.pair == ("ja", "en")
    assert many_to_many.list_models(data_home) == []
