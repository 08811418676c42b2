"""``registry import --map/--value/--profile``: an office's list mapped once on the command line,
remembered as a named profile in the data folder, and the next list imported in one step — on
real files and a real registry."""

from __future__ import annotations

import json
from pathlib import Path

from evac_toolkit.cli.main import main
from evac_toolkit.core.registry.store import Registry

HEADER = "氏名,ふりがな,ことばの種類,日本語,通訳,居る所,血液型\r\n"
FIRST = HEADER + ("テイン・ミン,ていん みん,広東語,ぼちぼち,たぶん,体育館 A,O\r\n"
                  "リー・ウェイ,りー うぇい,台湾華語,ぼちぼち,はい,体育館 B,A\r\n")
# The next list from the same office: other people, the same headers and the same words.
SECOND = HEADER + ("チャン・タイマン,ちゃん たいまん,広東語,ぼちぼち,たぶん,和室 1,B\r\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("cp932"))
    return path


def test_map_once_save_as_profile_then_import_the_next_list_in_one_step(capsys, tmp_path,
                                                                       data_home: Path):
    first = _write(tmp_path / "first.csv", FIRST)
    code, _out, err = run(capsys, "registry", "import", str(first))
    assert code == 1
    assert "居る所" in err and "血液型" in err                      # unknown columns
    assert "広東語 (Cantonese) is not in the program's language list" in err
    assert "Easy Japanese" in err and "Yes:" in err                # accepted values listed
    assert "--value" in err and "--profile" in err                 # how to map them once

    code, out, err = run(
        capsys, "registry", "import", str(first), "--profile", "港区 第一小学校",
        "--map", "居る所=場所", "--map", "血液型=",
        "--value", "languages:広東語=中国語（繁体字）", "--value", "日本語:ぼちぼち=easy",
        "--value", "interpreter_needed:たぶん=yes")
    assert (code, err) == (0, "")
    assert "Saved the import profile '港区 第一小学校'" in out and "Imported 2" in out
    saved = json.loads((data_home / "import_profiles" / "港区 第一小学校.json")
                       .read_text(encoding="utf-8"))
    assert saved["columns"] == {"居る所": "area", "血液型": None}
    assert saved["values"] == {"languages": {"広東語": "zh-Hant"},
                               "japanese_ability": {"ぼちぼち": "easy"},
                               "interpreter_needed": {"たぶん": True}}

    second = _write(tmp_path / "second.csv", SECOND)
    code, out, err = run(capsys, "registry", "import", str(second), "--profile", "港区 第一小学校")
    assert (code, err) == (0, "")
    assert "Using the import profile" in out and "Imported 1" in out
    registry = Registry.open(data_home)
    try:
        chan = registry.search("ちゃん")[0]
        assert (chan.languages, chan.japanese_ability, chan.interpreter_needed, chan.area) == (
            ["zh-Hant"], "easy", True, "和室 1")
        assert registry.count() == 3
    finally:
        registry.close()

    code, out, _err = run(capsys, "registry", "import-profiles")
    assert (code, out.strip()) == (0, "港区 第一小学校: 2 columns, 3 values")


def test_choices_given_later_are_added_to_the_profile(capsys, tmp_path, data_home: Path):
    first = _write(tmp_path / "first.csv", FIRST)
    run(capsys, "registry", "import", str(first), "--profile", "office", "--map", "血液型=",
        "--dry-run")
    code, _out, err = run(capsys, "registry", "import", str(first), "--profile", "office",
                          "--dry-run")
    assert code == 1 and "血液型" not in err and "居る所" in err
    code, out, _err = run(capsys, "registry", "import", str(first), "--profile", "office",
                          "--map", "居る所=area", "--value", "languages:広東語=zh-Hant",
                          "--value", "japanese_ability:ぼちぼち=", "--value",
                          "interpreter_needed:たぶん=no", "--dry-run")
    assert code == 0 and "2 new" in out
    saved = json.loads((data_home / "import_profiles" / "office.json").read_text("utf-8"))
    assert saved["columns"] == {"血液型": None, "居る所": "area"}
    assert saved["values"]["japanese_ability"] == {"ぼちぼち": None}


def test_bad_choices_names_and_damaged_profiles_are_one_line_and_exit_2(capsys, tmp_path,
                                                                        data_home: Path):
    first = _write(tmp_path / "first.csv", FIRST)
    cases = [
        (("--map", "血液型"), "TITLE=FIELD"),
        (("--map", "血液型=blood"), "is no registry field"),
        (("--value", "languages=広東語"), "FIELD:WORD=VALUE"),
        (("--value", "languages:広東語=Cantonese"), "Accepted: Japanese"),
        (("--profile", "../../etc"), "cannot be an import profile's name"),
    ]
    for options, said in cases:
        code, out, err = run(capsys, "registry", "import", str(first), *options)
        assert code == 2 and said in err and len(err.strip().splitlines()) == 1, options
    folder = data_home / "import_profiles"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("broken", "{not json"), ("wrong", '{"format": 1, "columns": []}'),
                       ("bad code", '{"format": 1, "values": {"diets": {"x": "unicorn"}}}')):
        (folder / f"{name}.json").write_text(text, encoding="utf-8")
        code, _out, err = run(capsys, "registry", "import", str(first), "--profile", name)
        assert code == 2 and "cannot be used" in err and len(err.strip().splitlines()) == 1
        assert "Traceback" not in err
    registry = Registry.open(data_home)
    try:
        assert registry.count() == 0
    finally:
        registry.close()
    code, _out, err = run(capsys, "registry", "import-profiles")
    assert code == 2 and err.count("cannot be used") == 3
