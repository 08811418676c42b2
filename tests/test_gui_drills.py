"""A whole drill driven through the real window: scenarios chosen, the drill started, a Burmese
persona helped with the real fingerboards, signs printed, the drill ended, the report read.
Nothing of it may reach the real registry, and the banner must show on every view."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.drills.session import list_drills
from evac_toolkit.ui.app import create_application, create_main_window
from evac_toolkit.ui.sections import VIEWS

pytestmark = pytest.mark.gui

BURMESE = "my-pregnant-no-japanese"
SPANISH = "es-family-missing-son-grandmother"


def _click(qtbot, button) -> None:
    # A table's cell widgets appear with the table's first layout pass.
    qtbot.waitUntil(button.isVisible, timeout=5_000)
    assert button.isEnabled(), button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _start(qtbot, window, scenario_ids: list[str], title: str = "秋の訓練"):
    window.show_view("drills")
    view = window.views["drills"]
    view.set_checked(scenario_ids)
    view.title_edit.setText(title)
    _click(qtbot, view.start_button)
    assert window.drill is not None
    return window.views["drills"]          # rebuilt for the drill


def test_a_scripted_drill_produces_the_expected_report(window, qtbot, data_home, tmp_path):
    real_registry = data_home / "registry.sqlite"
    # Someone real is registered before the drill: the drill must not see or touch them.
    window.registry().add({"display_name": "本物 太郎", "languages": ["ja"]})
    running = _start(qtbot, window, [BURMESE, SPANISH])
    assert running.pages.currentWidget() is running.running_page
    assert window.registry().search("") == []          # the drill's own, empty registry

    # The Burmese role player comes in; a volunteer uses the fingerboards.
    _click(qtbot, running.arrive_buttons[BURMESE])
    window.show_view("fingerboards")
    board = window.views["fingerboards"]
    board.ensure_built()
    board.choose_language("my")
    board.point("language_check.no_japanese")
    board.point("staff.are_you_pregnant")
    board.answer("answers.yes")
    person = board.save_to(window.registry(), None)
    assert person is not None and person.medical == ["pregnant"]

    # Signs are printed for Burmese only (none for Spanish), marked as a drill.
    window.show_view("signs")
    signs = window.views["signs"]
    signs.choose_languages(["my"])
    out = tmp_path / "signs.pdf"
    signs.check_signs(["facility.reception", "facility.toilet"])
    with qtbot.waitSignal(signs.printed, timeout=60_000) as printed:
        signs.save_pdf(out)
    assert printed.args[0] == ["ja", "my"]
    assert "訓練" in PdfReader(out).pages[0].extract_text()

    window.show_view("drills")
    window.views["drills"].refresh_status()
    table = window.views["drills"].persona_table
    burmese_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("Aye")
    assert table.item(burmese_row, 4).text().startswith(person.card_id)

    _click(qtbot, window.views["drills"].end_button)
    assert window.drill is None
    view = window.views["drills"]
    report = view.report
    assert view.pages.currentWidget() is view.report_page
    by_id = {p.plan.scenario_id: p for p in report.personas}
    burmese, spanish = by_id[BURMESE], by_id[SPANISH]
    assert burmese.identified_after is not None and burmese.registered_after is not None
    assert burmese.card_id == person.card_id
    assert {(c.field, c.code) for c in burmese.checks if c.status == "captured"} >= {
        ("languages", "my"), ("japanese_ability", "none"), ("interpreter_needed", "yes"),
        ("medical", "pregnant")}
    assert "fingerboards" in burmese.tools and "signs" in burmese.tools
    assert spanish.registered_after is None and spanish.count("captured") == 0
    codes = {(s.code, s.params.get("code") or s.params.get("alias")) for s in report.suggestions}
    assert ("drill_suggest_signs", "es") in codes
    assert ("drill_suggest_signs", "my") not in codes
    assert any(code == "drill_suggest_not_registered" for code, _ in codes)
    shown = view.report_text.toPlainText()
    assert "Aye" in shown and person.card_id in shown

    pdf = tmp_path / "report.pdf"
    view.save_report(pdf)
    qtbot.waitUntil(lambda: view.job is None, timeout=60_000)
    assert "訓練" in PdfReader(pdf).pages[0].extract_text()

    # Nothing from the drill reached the real registry: still only the real person.
    with sqlite_open.connect(real_registry) as conn:
        names = [row[0] for row in conn.execute("SELECT display_name FROM evacuees")]
    assert names == ["本物 太郎"]
    assert window.registry().search("")[0].display_name == "本物 太郎"
    assert [d.id for d in list_drills(data_home)] == [report.drill_id]


def test_the_banner_shows_on_every_view_while_a_drill_runs(window, qtbot):
    assert not window.drill_banner.isVisible()
    _start(qtbot, window, [BURMESE])
    for name in VIEWS:
        window.show_view(name)
        qtbot.waitUntil(window.drill_banner.isVisible, timeout=5_000)
        assert window.drill_banner.text().startswith("訓練 DRILL")
        assert window.drill_banner.geometry().bottom() <= window.stack.geometry().top()
    assert window.findChild(type(window.centralWidget()), "navBarDrill") is not None
    window.show_view("drills")
    _click(qtbot, window.views["drills"].end_button)
    for name in VIEWS:
        window.show_view(name)
        assert not window.drill_banner.isVisible()


def test_a_trainer_writes_a_scenario_in_the_form(window, qtbot, data_home):
    window.show_view("drills")
    view = window.views["drills"]
    dialog = view.new_scenario()
    dialog.trainer.setText("佐藤")
    dialog.title_ja.setText("ベトナム語の学生、卵アレルギー")
    dialog.title_en.setText("Vietnamese student, egg allergy")
    dialog.alias.setText("Lan")
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.ability.setCurrentIndex(dialog.ability.findData("easy"))
    assert dialog.interpreter.isChecked() and not dialog.interpreter.isEnabled()
    dialog.situation_ja.setPlainText("留学生。卵のアレルギーがある。")
    dialog.situation_en.setPlainText("A student with an egg allergy.")
    dialog.brief_text.setPlainText("Bạn là sinh viên. Bạn bị dị ứng trứng.")
    dialog.brief_ja.setPlainText("あなたは留学生です。卵アレルギーがあります。")
    dialog.set_line(0, text="Tôi bị dị ứng trứng.", ja="卵アレルギーがあります。",
                    point="allergens.egg", when="staff.allergies")
    dialog.check("allergens", "egg")
    path = dialog.save()
    assert path is not None and path.parent == data_home / "drills" / "scenarios", \
        dialog.problem.text()
    ids = [view.scenario_list.item(r).data(Qt.ItemDataRole.UserRole)
           for r in range(view.scenario_list.count())]
    assert path.stem in ids
    # Its persona lines are said to be a trainer's, unreviewed; the built-in ones drafts.
    detail = view.scenario_html(view.library.get(path.stem))
    assert "トレーナー作成（未確認）" in detail and "確認済み" not in detail
    detail = view.scenario_html(view.library.get(BURMESE))
    assert "下書き（AI 支援、ネイティブ未確認）" in detail and "draft ·" not in detail


def test_the_form_refuses_a_card_the_boards_do_not_have(window, qtbot, data_home):
    window.show_view("drills")
    dialog = window.views["drills"].new_scenario()
    dialog.title_ja.setText("テスト")
    dialog.title_en.setText("Test")
    dialog.alias.setText("Ana")
    dialog.situation_ja.setPlainText("状況")
    dialog.situation_en.setPlainText("Situation")
    dialog.brief_text.setPlainText("Brief")
    dialog.brief_ja.setPlainText("説明")
    dialog.set_line(0, text="Hola", ja="こんにちは", point="diets.no_such_card")
    assert dialog.save() is None
    assert "diets.no_such_card" in dialog.problem.text()
    assert not (data_home / "drills" / "scenarios").exists() or \
        not list((data_home / "drills" / "scenarios").iterdir())


def test_a_drill_left_running_is_resumed_after_a_restart(window, qtbot, data_home):
    running = _start(qtbot, window, [BURMESE], title="停電")
    _click(qtbot, running.arrive_buttons[BURMESE])
    drill_id = window.drill.id
    window.close()                                   # the laptop is shut down mid-drill
    again = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(again)
    again.show()
    assert again.drill is None
    again.show_view("drills")
    view = again.views["drills"]
    view.past_list.setCurrentRow(0)
    assert "終了していません" in view.past_list.item(0).text()
    _click(qtbot, view.resume_button)
    assert again.drill is not None and again.drill.id == drill_id
    assert again.drill.elapsed() >= 0
    resumed = again.views["drills"]
    qtbot.waitUntil(lambda: not resumed.arrive_buttons[BURMESE].isEnabled(), timeout=5_000)
    _click(qtbot, resumed.end_button)
    assert again.views["drills"].report.drill_id == drill_id


def test_printouts_made_during_a_drill_carry_the_drill_band(window, qtbot, tmp_path):
    _start(qtbot, window, [BURMESE])
    person = window.registry().add({"display_name": "Aye", "languages": ["my"]})
    window.show_view("registry")
    registry_view = window.views["registry"]
    assert registry_view.drill
    printed = []
    registry_view.printed.connect(lambda kind, evacuee: printed.append((kind, evacuee)))
    card = tmp_path / "card.pdf"
    assert registry_view.files.print_card(card, "A6", person.id)
    qtbot.waitUntil(lambda: card.exists() and bool(printed), timeout=60_000)
    assert "訓練" in PdfReader(card).pages[0].extract_text()
    assert printed == [("card", person.id)]
    booklet = tmp_path / "booklet.pdf"
    window.write_booklet("my", booklet)
    assert all("訓練" in page.extract_text() for page in PdfReader(booklet).pages)
    kinds = [e.kind for e in window.drill.events()]
    assert "card_printed" in kinds


def test_an_earlier_drill_report_opens_from_the_list(window, qtbot):
    _start(qtbot, window, [BURMESE], title="春の訓練")
    drill_id = window.drill.id
    _click(qtbot, window.views["drills"].end_button)
    view = window.views["drills"]
    view.show_library()
    assert "春の訓練" in view.past_list.item(0).text()
    assert not view.resume_button.isEnabled() or view.past_list.currentItem() is None
    view.past_list.setCurrentRow(0)
    assert not view.resume_button.isEnabled()          # it ended: nothing to resume
    view.report = None
    _click(qtbot, view.past_button)
    assert view.report.drill_id == drill_id
    assert view.pages.currentWidget() is view.report_page
    assert drill_id in view.report_text.toPlainText()


def test_a_locked_registry_is_one_click_from_its_unlock_page(window, qtbot, data_home,
                                                             monkeypatch):
    """A drill's database is encrypted with the shelter's key: while it is locked the drill
    cannot start, and the Drills view takes the trainer to the Registry's unlock page rather
    than only saying so; once unlocked there, the drill starts."""
    from evac_toolkit.core import key_setup, shelter_key
    from evac_toolkit.ui.registry.unlock import RegistryUnlock

    key_setup.create(data_home, "our shelter 2026")
    shelter_key.lock()
    monkeypatch.delenv(shelter_key.ENV_PASSPHRASE)
    window.show_view("drills")
    view = window.views["drills"]
    view.set_checked([BURMESE])
    _click(qtbot, view.start_button)
    assert window.drill is None
    assert view.status.text() == "名簿はロックされています。避難所のパスフレーズで開いてください。"
    assert view.unlock_button.isVisible() and view.unlock_button.text() == "避難所のパスフレーズで開く…"
    _click(qtbot, view.unlock_button)
    page = window.views["registry"]
    assert window.stack.currentWidget() is page and isinstance(page, RegistryUnlock)
    page.passphrase.setText("our shelter 2026")
    _click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: shelter_key.current() is not None, timeout=10_000)
    running = _start(qtbot, window, [BURMESE])
    assert running.pages.currentWidget() is running.running_page
