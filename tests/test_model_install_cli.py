"""``evac-toolkit packs`` with many-to-many models, end to end: install (licence and languages
said by name), the non-commercial licence refused until accepted, list, verify, remove."""

from __future__ import annotations

import json
from pathlib import Path

import m2m_tiny as tiny
import pytest

from evac_toolkit.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def japanese(data_home: Path) -> None:
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")


def test_install_list_verify_remove(capsys, tiny_m2m, data_home, tmp_path):
    m2m = tiny_m2m.get("m2m100")
    code, out, err = run(capsys, "packs", "install", str(m2m))
    assert (code, err) == (0, "")
    assert "Installed the many-to-many model M2M-100" in out and m2m.name in out
    assert "Licence: MIT (as its README.md says)." in out
    assert "Translates between: Japanese, English, Chinese (Simplified)" in out
    assert "Burmese" in out and "Sinhala" in out
    assert ("Into Chinese (Traditional) by converting what it writes in Chinese (Simplified)"
            in out)

    nllb = tiny.zip_model(tiny_m2m.get("nllb200"), tmp_path / "nllb.zip")
    code, out, err = run(capsys, "packs", "install", str(nllb))
    assert code == 2 and out == ""
    assert "CC-BY-NC-4.0" in err and "--accept-licence" in err
    code, out, err = run(capsys, "packs", "install", str(nllb), "--accept-licence")
    assert (code, err) == (0, "")
    assert "This licence allows non-commercial use only." in out

    code, out, _ = run(capsys, "packs", "list", "--json")
    rows = json.loads(out)
    assert [(r["kind"], r["family"], r["licence"]) for r in rows] == [
        ("many_to_many", "m2m100", "MIT"), ("many_to_many", "nllb200", "CC-BY-NC-4.0")]
    assert "zh-Hant" not in rows[0]["targets"] and "zh-Hant" in rows[1]["targets"]
    assert rows[0]["converted"] == {"zh-Hant": "zh-Hans"} and rows[1]["converted"] == {}
    assert all(r["size"] > 0 and Path(r["path"]).is_dir() for r in rows)
    code, out, _ = run(capsys, "packs", "list")
    assert "MIT" in out and "CC-BY-NC-4.0" in out and "Translates between:" in out

    code, out, _ = run(capsys, "packs", "verify")
    assert code == 0 and "All 2 packs are fine." in out
    (Path(rows[0]["path"]) / "config.json").write_text("{}")
    code, out, err = run(capsys, "packs", "verify")
    assert code == 1 and "config.json has changed since it was installed" in err

    name = rows[1]["name"]
    code, out, _ = run(capsys, "packs", "remove", *name.split())     # unquoted, two words
    assert code == 0 and f"Removed the many-to-many model {name}." in out
    code, out, err = run(capsys, "packs", "remove", name)
    assert code == 2 and "packs list" in err


def test_messages_in_japanese(capsys, tiny_m2m, japanese):
    code, out, _ = run(capsys, "packs", "install", str(tiny_m2m.get("m2m100")))
    assert code == 0
    assert "多言語モデル M2M-100" in out and "を入れました" in out
    assert "翻訳できる言語：日本語、英語、中国語（簡体字）" in out
    assert "中国語（繁体字）へは、中国語（簡体字）の訳を Open Chinese Convert の表で変換して訳します" in out
    code, _, err = run(capsys, "packs", "install", str(tiny_m2m.get("m2m100")))
    assert code == 2 and "もう入っているので" in err and "--replace" in err
