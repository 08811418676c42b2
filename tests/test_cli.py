import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evac_toolkit import __version__
from evac_toolkit.cli.main import main
from evac_toolkit.core.languages import catalog


def run(*args, env=None):
    """The real installed entry point, as a user runs it."""
    exe = Path(sys.executable).parent / "evac-toolkit"
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"evac-toolkit {__version__}"


def test_languages_lists_every_language(capsys):
    assert main(["languages"]) == 0
    out = capsys.readouterr().out
    for language in catalog():
        assert language.code in out and language.native in out


def test_languages_json_reports_content_and_translation(capsys):
    assert main(["languages", "--json"]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(rows) == {lang.code for lang in catalog()}
    assert rows["ja"]["curated_strings"] > 0
    assert rows["ja-x-easy"]["argos_code"] is None
    assert rows["ja"]["mt_installed_with"] == []


def test_languages_shows_an_installed_pack(data_home: Path, capsys):
    pack = data_home / "packs" / "translate-en_ja-1_1"
    pack.mkdir(parents=True)
    (pack / "metadata.json").write_text('{"from_code": "en", "to_code": "ja"}', "utf-8")
    assert main(["languages", "--json"]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["ja"]["mt_installed_with"] == ["en"]
    assert rows["vi"]["mt_installed_with"] == []


def test_unknown_language_is_one_line_in_japanese_exit_2(tmp_path: Path):
    out = tmp_path / "x.png"
    result = run("screenshot", "--view", "signs", "--language", "xx", "--out", str(out),
                 env={"LANG": "ja_JP.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "言語コード「xx」はありません。「evac-toolkit languages」でコードを確認してください。")
    assert not out.exists()


def test_unknown_view_is_explained_in_english_exit_2(tmp_path: Path):
    out = tmp_path / "x.png"
    result = run("screenshot", "--view", "kitchen", "--out", str(out), env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.startswith("Unknown view: kitchen. Choose one of: fingerboards")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_unwritable_data_folder_is_refused_and_nothing_written(tmp_path: Path):
    """The command line names its own option; the window offers a folder dialog instead
    (tests/test_gui_data_folder.py)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("--data-dir", str(blocker / "data"), "registry", "add", "--name", "An",
                 env={"LANG": "en_US.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"Cannot write to the data folder {blocker / 'data'} (a file stands where a "
        "folder should be). Choose another with --data-dir.")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_data_dir_option_beats_the_environment(tmp_path: Path, capsys, data_home: Path):
    chosen = tmp_path / "chosen"
    pack = chosen / "packs" / "p"
    pack.mkdir(parents=True)
    (pack / "metadata.json").write_text('{"from_code": "ko", "to_code": "en"}', "utf-8")
    assert main(["--data-dir", str(chosen), "languages", "--json"]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["ko"]["mt_installed_with"] == ["en"]


def test_output_into_a_missing_folder_is_refused(tmp_path: Path, capsys):
    assert main(["fonts", "sample", "--out", str(tmp_path / "no" / "such.pdf")]) == 2
    assert "Nothing was written" in capsys.readouterr().err


@pytest.mark.gui
def test_screenshot_writes_a_png_of_the_view(tmp_path: Path, qapp):
    out = tmp_path / "languages.png"
    assert main(["screenshot", "--view", "languages", "--ui-language", "ja", "--language", "my",
                 "--out", str(out)]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
