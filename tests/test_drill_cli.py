"""``evac-toolkit drill`` and ``registry ... --drill``: a drill run from the command line, on real
files in the test's data folder, never touching the shelter's real registry."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium

from evac_toolkit.cli.main import main
from evac_toolkit.core.drills.scenarios import list_scenarios, trainer_dir
from evac_toolkit.core.drills.session import drills_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pages(path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    return ["".join(unicodedata.normalize("NFC", page.get_textpage().get_text_range()).split())
            for page in doc]


def scenario_id(language: str) -> str:
    return next(s.id for s in list_scenarios() if s.language == language)


MY, SI = scenario_id("my"), scenario_id("si")


def test_scenarios_lists_builtin_ones_and_reports_damaged_trainer_files(capsys, data_home):
    folder = trainer_dir(data_home)
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("id = [unclosed", encoding="utf-8")
    code, out, err = run(capsys, "drill", "scenarios", "--json")
    assert code == 0
    listing = json.loads(out)
    rows = {row["id"]: row for row in listing["scenarios"]}
    assert rows[MY]["language"] == "my" and rows[MY]["source"] == "builtin"
    assert rows[MY]["persona"] and rows[MY]["title_ja"]
    [problem] = listing["problems"]
    assert problem["file"].endswith("broken.toml") and problem["code"] == \
        "drill_scenario_invalid"
    assert "broken.toml" in err
    code, out, _ = run(capsys, "drill", "scenarios")
    assert code == 0 and MY in out and SI in out


def test_cards_print_every_chosen_scenario(capsys, tmp_path):
    out = tmp_path / "cards.pdf"
    code, stdout, _ = run(capsys, "drill", "cards", "--scenario", MY, "--scenario", SI,
                          "--out", str(out))
    assert code == 0 and str(out) in stdout
    texts = pages(out)
    assert all("訓練" in page for page in texts)
    joined = "".join(texts)
    for language in ("my", "si"):
        scenario = next(s for s in list_scenarios() if s.language == language)
        assert "".join(scenario.lines[0].text.split()) in joined
    assert joined.count("答え合わせ") == 2


def test_unknown_scenario_is_refused_and_nothing_is_written(capsys, tmp_path, data_home):
    out = tmp_path / "cards.pdf"
    code, _, err = run(capsys, "drill", "cards", "--scenario", "no-such", "--out", str(out))
    assert code == 2 and "no-such" in err and not out.exists()
    code, _, err = run(capsys, "drill", "start", "--scenario", MY, "--scenario", "no-such")
    assert code == 2 and "no-such" in err
    assert not drills_dir(data_home).exists()


def test_a_drill_round_trip_never_touches_the_real_registry(capsys, tmp_path, data_home):
    code, out, _ = run(capsys, "drill", "start", "--scenario", MY, "--scenario", SI,
                       "--title", "CLI 訓練", "--trainer", "佐藤")
    assert code == 0
    drill_id = out.strip()
    assert drill_id.startswith("drill-") and "\n" not in drill_id
    code, out, _ = run(capsys, "drill", "arrive", "--drill", drill_id, "--scenario", MY)
    assert code == 0 and MY in out

    aye = next(s for s in list_scenarios() if s.id == MY)
    code, out, _ = run(capsys, "registry", "add", "--drill", drill_id, "--name",
                       aye.persona.alias, "--languages", "my", "--japanese", "none",
                       "--interpreter", "--allergens", "egg", "--json")
    assert code == 0
    person = json.loads(out)
    code, out, _ = run(capsys, "registry", "list", "--drill", drill_id, "--json")
    assert [p["card_id"] for p in json.loads(out)] == [person["card_id"]]

    card = tmp_path / "card.pdf"
    code, _, _ = run(capsys, "registry", "card", "--drill", drill_id, "--id", person["id"],
                     "--out", str(card))
    assert code == 0 and all("訓練" in page and "DRILL" in page for page in pages(card))
    handover = tmp_path / "handover.pdf"
    code, _, _ = run(capsys, "registry", "handover", "--drill", drill_id, "--out",
                     str(handover))
    assert code == 0 and all("訓練" in page for page in pages(handover))

    code, out, _ = run(capsys, "drill", "end", "--drill", drill_id)
    assert code == 0 and drill_id in out
    code, out, _ = run(capsys, "drill", "list", "--json")
    [info] = json.loads(out)
    assert info["id"] == drill_id and info["ended_at"] and info["personas"] == 2
    assert info["title"] == "CLI 訓練"

    report_pdf = tmp_path / "report.pdf"
    code, out, err = run(capsys, "drill", "report", "--drill", drill_id, "--json", "--out",
                         str(report_pdf))
    assert code == 0 and str(report_pdf) in err
    report = json.loads(out)
    assert report["drill_id"] == drill_id and report["title"] == "CLI 訓練"
    assert report["summary"]["personas"] == 2 and report["summary"]["registered"] == 1
    first, second = report["personas"]
    assert first["scenario_id"] == MY and first["card_id"] == person["card_id"]
    assert first["registered_after"] is not None and second["registered_after"] is None
    statuses = {(c["field"], c["code"]): c["status"] for c in first["checks"]}
    assert statuses[("languages", "my")] == "captured"
    assert statuses[("interpreter_needed", "yes")] == "captured"
    if "egg" not in aye.expected.allergens:
        assert statuses[("allergens", "egg")] == "wrong"
    assert {c["status"] for c in second["checks"]} == {"missed"}
    codes = [s["code"] for s in report["suggestions"]]
    assert "drill_suggest_not_registered" in codes and "drill_suggest_signs" in codes

    texts = pages(report_pdf)
    assert all("訓練" in page for page in texts)
    joined = "".join(texts)
    assert drill_id in joined and person["card_id"] in joined and "CLI訓練" in joined

    code, out, _ = run(capsys, "drill", "report", "--drill", drill_id)
    assert code == 0 and drill_id in out and person["card_id"] in out

    # Everything lived in the drill's own folder; the real registry was never created.
    assert not (data_home / "registry.sqlite").exists()
    assert (drills_dir(data_home) / drill_id / "drill.sqlite").is_file()

    code, _, err = run(capsys, "drill", "arrive", "--drill", drill_id, "--scenario", SI)
    assert code == 2 and drill_id in err


def test_errors_are_worded_in_the_users_language(capsys, data_home: Path):
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "settings.json").write_text('{"ui_language": "ja"}', encoding="utf-8")
    code, _, err = run(capsys, "drill", "report", "--drill", "drill-20990101-000000")
    assert code == 2 and "訓練「drill-20990101-000000」はこのパソコンにありません" in err
    code, _, err = run(capsys, "registry", "add", "--drill", "nonsense", "--name", "X")
    assert code == 2 and "訓練「nonsense」" in err
    assert not (data_home / "registry.sqlite").exists()
    assert not drills_dir(data_home).exists()
    code, out, _ = run(capsys, "drill", "list")
    assert code == 0 and "まだ訓練をしていません" in out
