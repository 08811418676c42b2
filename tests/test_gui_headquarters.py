"""Issue 20 in the window: this laptop set up as headquarters from Settings, the shelters'
sealed reports (made with the core, from real registries) imported from a folder standing in
for a USB stick, and the Headquarters table's numbers; a shelter laptop has no such section."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hq_fixtures import MUNICIPALITY
from hq_gui_fixtures import shelter_report, three_reports
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from test_gui_layout import DECORATION_PX, MIN_TOUCH_PX, SCREENS, hidden_part, settle

from evac_toolkit.core.hq.city_key import new_key, write_key
from evac_toolkit.core.hq.database import open_hq
from evac_toolkit.core.hq.identity import HQ_KEY_FILE, SHELTER_FILE
from evac_toolkit.core.hq.status import add_counts
from evac_toolkit.core.registry.codes import label
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui.app import create_application, create_main_window

pytestmark = pytest.mark.gui


def make_headquarters(qtbot, window, key_file: Path):
    """Settings › Shelter and headquarters: the city key made and saved; the window gains its
    Headquarters section."""
    window.show_view("shelter")
    tab = window.views["settings"].shelter
    tab.hq_municipality.setText(MUNICIPALITY)
    assert tab.make_city_key(key_file)
    qtbot.waitUntil(lambda: "headquarters" in window.nav_buttons, timeout=5_000)
    window.show_view("headquarters")
    return window.views["headquarters"]


def run(qtbot, view, start):
    with qtbot.waitSignal(view.done, timeout=120_000):
        start()
    return view.outcome.text()


def database_rows(data_dir: Path) -> list[tuple]:
    conn = open_hq(data_dir, readonly=True)
    try:
        return conn.execute("SELECT * FROM reports ORDER BY shelter_id, sequence").fetchall()
    finally:
        conn.close()


@pytest.fixture
def city(qtbot, window, tmp_path, data_home):
    """Headquarters set up in the window, and three shelters' reports on a stick."""
    key_file = tmp_path / "city.key"
    view = make_headquarters(qtbot, window, key_file)
    reports = three_reports(tmp_path / "shelters", key_file, tmp_path / "stick")
    return view, reports, tmp_path / "stick"


def test_set_up_as_headquarters_in_settings(qtbot, window, tmp_path, data_home):
    assert "headquarters" not in window.nav_buttons
    view = make_headquarters(qtbot, window, tmp_path / "city.key")
    assert (data_home / HQ_KEY_FILE).is_file() and (tmp_path / "city.key").is_file()
    assert window.nav_buttons["headquarters"].isChecked()
    assert window.stack.currentWidget() is view
    assert MUNICIPALITY in view.title.text()
    assert view.table.rowCount() == 0
    # A second key is refused in one line, in Japanese, and the first is kept.
    window.show_view("shelter")
    tab = window.views["settings"].shelter
    assert "131016" in tab.identity.text() and "本部" in tab.identity.text()
    assert not tab.keygen_button.isEnabled()
    before = (data_home / HQ_KEY_FILE).read_bytes()
    assert not tab.make_city_key(tmp_path / "other.key")
    assert tab.problem.text() == ("このパソコンはすでに団体コード 131016 の市の鍵を持っています。"
                                  "鍵は市に一つです。何も作っていません。")
    assert (data_home / HQ_KEY_FILE).read_bytes() == before
    assert not (tmp_path / "other.key").exists()


def test_imported_reports_fill_the_table_with_their_sums(qtbot, city):
    view, reports, stick = city
    said = run(qtbot, view, lambda: view.import_folder(stick))
    assert said == "取り込み 3件、取り込み済み 0件、拒否 0件"
    rows = view.row_texts()
    assert [row[0] for row in rows[:3]] == ["S001 第1小学校", "S002 第2小学校", "S003 第3小学校"]
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    total = {}
    for report in reports:
        add_counts(total, report.counts)
    totals = rows[-1]
    assert totals[0] == "合計"
    assert totals[2] == str(sum(r.counts["present"] for r in reports)) == str(total["present"])
    assert totals[4] == str(total["interpreter_needed"])
    # A column per first language: people, and how many of them need an interpreter.
    vietnamese = headers.index("ベトナム語")
    assert totals[vietnamese].startswith(str(total["languages"]["vi"]))
    assert str(total["interpreter_by_language"]["vi"]) in totals[vietnamese]
    assert "通訳" in totals[vietnamese]
    assert rows[0][vietnamese].startswith("2")
    # Meals and allergens, named in Japanese, summed over the shelters.
    assert total["diets"]["halal"] == 2 and total["allergens"]["egg"] == 2
    assert f"{label('diets', 'halal', 'ja')} 2" in totals[-2].split("、")
    assert f"{label('allergens', 'egg', 'ja')} 2" in totals[-1].split("、")
    assert "ハラール" in totals[-2]
    # S003 has not reported for 13 hours: marked, and said why.
    stale = [row for row in view.row_texts() if "12時間以上報告なし" in row[1]]
    assert [row[0] for row in stale] == ["S003 第3小学校"]
    assert view.table.item(2, 0).background().color().name() == "#fde2c4"
    assert view.table.item(0, 0).background().style() == Qt.BrushStyle.NoBrush   # not stale
    assert view.title.text() == ("市区町村 131016 の本部、報告のあった避難所 3か所、"
                                 "うち12時間以上報告なし 1か所")


def test_a_tampered_report_is_refused_and_nothing_changes(qtbot, city, tmp_path, data_home):
    view, _reports, stick = city
    run(qtbot, view, lambda: view.import_folder(stick))
    shown, held = view.row_texts(), database_rows(data_home)
    # The same stick again: nothing new.
    said = run(qtbot, view, lambda: view.import_folder(stick))
    assert said == "取り込み 0件、取り込み済み 3件、拒否 0件"
    # A flipped byte in a copy of S001's report, alone on another stick.
    other = tmp_path / "other stick"
    other.mkdir()
    original = sorted(stick.glob("*S001*"))[0]
    tampered = other / original.name
    shutil.copyfile(original, tampered)
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    said = run(qtbot, view, lambda: view.import_folder(other))
    first, why = said.splitlines()[0], said.splitlines()[1:]
    assert first == "取り込み 0件、取り込み済み 0件、拒否 1件"
    assert len(why) == 1 and tampered.name in why[0] and "何も読み込んでいません" in why[0]
    assert "Traceback" not in said and "--" not in said
    assert view.row_texts() == shown and database_rows(data_home) == held


def test_drill_reports_are_kept_out_of_the_table(qtbot, city, tmp_path):
    view, reports, stick = city
    drill = shelter_report(tmp_path / "shelters", "S009", tmp_path / "city.key", stick,
                           drill=True)
    assert drill.drill and drill.counts["present"] == 2
    said = run(qtbot, view, lambda: view.import_folder(stick))
    assert said == "取り込み 4件、取り込み済み 0件、拒否 0件"
    rows = view.row_texts()
    assert [row[0] for row in rows] == ["S001 第1小学校", "S002 第2小学校", "S003 第3小学校", "合計"]
    assert rows[-1][2] == str(sum(report.counts["present"] for report in reports))
    assert view.drills.isVisible()
    assert view.drills.text() == "訓練の報告（1か所）は別に保管し、この数には含めていません。"


def test_a_shelter_laptop_has_no_headquarters_section(qtbot, window, tmp_path, data_home):
    key_file = write_key(tmp_path / "city.key", new_key(MUNICIPALITY))
    window.show_view("shelter")
    tab = window.views["settings"].shelter
    tab.municipality.setText(MUNICIPALITY)
    tab.shelter_id.setText("S007")
    tab.shelter_name.setText("第7小学校")
    tab.key_file.setText(str(key_file))
    assert tab.set_up_shelter()
    assert (data_home / SHELTER_FILE).is_file()
    assert "S007" in tab.identity.text()
    assert "headquarters" not in window.nav_buttons
    window.show_view("headquarters")                   # its name opens the tab that sets it up
    assert window.stack.currentWidget() is window.views["settings"]
    # The status report, to a folder standing in for the stick, with its sheet.
    window.registry().add({"display_name": "Nguyen Van An", "languages": ["vi"],
                           "interpreter_needed": True})
    stick = tmp_path / "stick"
    stick.mkdir()
    tab.with_sheet.setChecked(True)
    assert tab.send_report(stick) is not None
    qtbot.waitUntil(lambda: tab.report_button.isEnabled(), timeout=60_000)
    files = sorted(path.name for path in stick.iterdir())
    assert files == [f"{MUNICIPALITY}-S007-00001.evacreport", f"{MUNICIPALITY}-S007-00001.pdf"]
    assert tab.last_report.text().startswith("前回の報告：第1報")
    assert len(pdfium.PdfDocument(str(stick / files[1]))) == 1


def test_a_bad_municipality_code_is_one_line_in_the_interface_language(window, tmp_path):
    window.show_view("shelter")
    tab = window.views["settings"].shelter
    tab.hq_municipality.setText("12")
    assert not tab.make_city_key(tmp_path / "city.key")
    text = tab.problem.text()
    assert text == "市区町村コードは6桁の地方公共団体コード（例：131016）です。「12」は使えません。"
    assert "--" not in text
    assert not (tmp_path / "city.key").exists()


def test_dispatch_and_a_shelters_signs_from_the_table(qtbot, city, tmp_path):
    view, _reports, stick = city
    run(qtbot, view, lambda: view.import_folder(stick))
    listing = tmp_path / "interpreters.csv"
    listing.write_text("名前,言語\nLinh,ベトナム語\n", encoding="utf-8-sig")
    out = tmp_path / "dispatch.pdf"
    said = run(qtbot, view, lambda: view.dispatch(listing, out))
    assert out.is_file() and str(out) in said
    # Linh covers S001's two Vietnamese; S002's and S003's needs are left and named.
    assert "S002" in said.splitlines()[-1] and "S003" in said.splitlines()[-1]
    assert not view.signs_button.isEnabled()
    view.select_shelter("S002")
    assert view.selected_shelter() == "S002" and view.signs_button.isEnabled()
    signs = tmp_path / "signs.pdf"
    said = run(qtbot, view, lambda: view.print_signs("S002", signs))
    assert signs.is_file() and "S002" in said
    assert len(pdfium.PdfDocument(str(signs))) > 1


@pytest.mark.parametrize("ui_language", ["ja", "en", "vi"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_headquarters_view_fits_small_screens(qtbot, tmp_path, data_home, screen,
                                                  ui_language):
    from evac_toolkit.core.hq.identity import hq_key
    from evac_toolkit.core.hq.importing import import_reports, report_files
    from evac_toolkit.core.hq.laptop import set_up_headquarters

    set_up_headquarters(data_home, MUNICIPALITY, tmp_path / "city.key")
    three_reports(tmp_path / "shelters", tmp_path / "city.key", tmp_path / "stick")
    conn = open_hq(data_home)
    import_reports(conn, hq_key(data_home), report_files([tmp_path / "stick"]))
    conn.close()
    width, height = SCREENS[screen]
    inside = (width, height - DECORATION_PX)
    window = create_main_window(create_application(), data_home, ui_language=ui_language)
    qtbot.addWidget(window)
    window.resize(*inside)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for view in ("headquarters", "shelter"):
        window.show_view(view)
        settle(window)
        needed = window.size().expandedTo(window.minimumSizeHint())
        if (needed.width(), needed.height()) != inside:
            problems.append(f"{view}: needs {needed.width()}×{needed.height()}")
    window.show_view("headquarters")
    settle(window)
    page = window.views["headquarters"]
    assert page.table.rowCount() == 4
    for name in ("importReportsButton", "dispatchButton", "shelterSignsButton", "hqTable"):
        why = hidden_part(page.findChild(QWidget, name), window)
        if why:
            problems.append(f"{name} {why}")
    problems += [f"{button.text()!r} {button.height()} px"
                 for button in page.findChildren(QPushButton)
                 if button.isVisible() and button.height() < MIN_TOUCH_PX]
    window.close()
    assert not problems, "\n".join(problems)


def test_a_replaced_shelter_laptop_is_told_what_to_do_and_numbers_after_it(
        qtbot, city, tmp_path, data_home):
    """S001's laptop was replaced: the new one's first report is another report 1. Headquarters
    does not take it as already held (its counts would be lost without a word), says what the
    shelter should do in the window's words, and the new laptop, told the number in its own
    Settings, sends a report headquarters takes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from evac_toolkit.ui.settings.shelter import ShelterSettings

    view, _reports, stick = city
    run(qtbot, view, lambda: view.import_folder(stick))
    new_laptop = tmp_path / "new laptop"
    other_stick = tmp_path / "second stick"
    other_stick.mkdir()
    shelter_report(new_laptop, "S001", tmp_path / "city.key", other_stick, hours_ago=0.5)
    said = run(qtbot, view, lambda: view.import_folder(other_stick))
    lines = said.splitlines()
    assert lines[0] == "取り込み 0件、取り込み済み 0件、拒否 1件"
    assert "第1報と内容が違うため取り込みませんでした" in lines[1]
    assert lines[2] == ("避難所 S001 のパソコンを取り替えたか設定し直した場合は、報告を第1報の次から"
                        "番号付けする必要があります。そのパソコンで「設定」›「避難所と本部」の「報告番号"
                        "を指定…」を選び、1 と入力してから、もう一度報告を送ってください。")
    assert "--" not in said

    registry = Registry.open(new_laptop / "S001")
    tab = ShelterSettings(new_laptop / "S001", registry=lambda: registry)
    qtbot.addWidget(tab)
    try:
        assert tab.number_after_button.text() == "報告番号を指定…"

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QInputDialog)
            dialog.setIntValue(1)
            dialog.accept()

        QTimer.singleShot(200, answer)
        tab.ask_number_after()
        assert "本部はこの避難所の第1報まで受け取っています。次の報告は第2報です。" in \
            tab.last_report.text()
        for report in other_stick.iterdir():
            report.unlink()
        assert tab.send_report(other_stick) is not None
        qtbot.waitUntil(lambda: tab._job is None, timeout=30_000)
        assert tab.problem.text() == ""
    finally:
        registry.close()
    said = run(qtbot, view, lambda: view.import_folder(other_stick))
    assert said == "取り込み 1件、取り込み済み 0件、拒否 0件"
    assert [row[:2] for row in database_rows(data_home) if row[0] == "S001"] == [
        ("S001", 1), ("S001", 2)]
