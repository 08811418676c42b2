"""The Registry view: add through the form, search as you type, filter, check in and out, households,
the dashboard, and people who must not be disclosed. A real registry file in tmp_path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from evac_toolkit.core.messages import message
from evac_toolkit.core.registry.backup import list_backups
from evac_toolkit.core.registry.store import MAX_TEXT
from evac_toolkit.ui.registry.model import EvacueeModel
from evac_toolkit.ui.registry.view import RegistryView

pytestmark = pytest.mark.gui

PEOPLE = [
    {"display_name": "李 明", "name_reading": "り めい", "languages": ["zh-Hans", "ja"],
     "japanese_ability": "conversational", "diets": ["vegetarian"]},
    {"display_name": "山田 花子", "name_reading": "やまだ はなこ", "languages": ["ja"],
     "japanese_ability": "fluent"},
    {"display_name": "山田 太郎", "name_reading": "やまだ たろう", "languages": ["ja"],
     "japanese_ability": "fluent", "allergens": ["egg"]},
    {"display_name": "မောင်မောင်", "name_reading": "マウンマウン", "languages": ["my", "en"],
     "interpreter_needed": True, "diets": ["halal"], "allergens": ["egg", "milk"]},
    {"display_name": "සුනිල් පෙරේරා", "name_reading": "スニル ペレラ", "languages": ["si"],
     "medical": ["dialysis"], "diets": ["halal"]},
    {"display_name": "Nguyễn Thị Lan", "languages": ["vi"], "interpreter_needed": True},
]



def shown_names(view: RegistryView) -> list[str]:
    return [view.model.evacuee(row).display_name for row in range(view.model.rowCount())]


def type_search(qtbot, view: RegistryView, text: str) -> list[str]:
    """Replace the search text the way an input method commits it, then wait for the
    debounced search to come back."""
    view.search.clear()
    view.search.insert(text)
    assert not view.idle()                      # debounced: nothing searched yet
    qtbot.waitUntil(view.idle, timeout=10_000)
    return shown_names(view)


def click_row(qtbot, view: RegistryView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, EvacueeModel.CARD))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of_name(view: RegistryView, name: str) -> int:
    return shown_names(view).index(name)


def test_add_a_person_through_the_form_with_burmese_then_english(make_view, registry, qtbot):
    view = make_view()
    assert view.model.rowCount() == 0
    dialog = view.add_person()
    assert dialog.isVisible()
    dialog.name.insert("မောင်မောင်")
    dialog.reading.insert("マウンマウン")
    qtbot.mouseClick(dialog.tiles.tiles["my"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.tiles.tiles["en"], Qt.MouseButton.LeftButton)
    assert dialog.tiles.order == ["my", "en"]
    assert (dialog.tiles.tiles["my"].order, dialog.tiles.tiles["en"].order) == (1, 2)
    assert dialog.language_order.text().startswith("Order: 1. Burmese")
    halal = next(item for item in dialog.lists["diets"].items()
                 if item.data(Qt.ItemDataRole.UserRole) == "halal")
    dialog.lists["diets"].toggle(halal)
    dialog.interpreter.setChecked(True)
    dialog.area.insert("体育館 B-3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [person] = registry.search("")
    assert person.languages == ["my", "en"]
    assert person.display_name == "မောင်မောင်" and person.name_reading == "マウンマウン"
    assert person.diets == ["halal"] and person.interpreter_needed and person.status == "present"
    qtbot.waitUntil(lambda: view.idle() and view.model.rowCount() == 1, timeout=10_000)
    model = view.model
    assert "မောင်မောင်" in model.index(0, EvacueeModel.NAME).data()
    assert model.index(0, EvacueeModel.LANGUAGE).data().startswith("မြန်မာဘာသာ")
    assert model.index(0, EvacueeModel.NEEDS).data() == "Halal"
    assert view.selected_ids() == [person.id]           # the new person is selected
    assert view.dashboard.present_label.text() == "Present: 1"
    assert person.card_id in view.status.text()


def test_clicking_a_tile_again_removes_it_and_renumbers(make_view, qtbot):
    view = make_view()
    dialog = view.add_person()
    for code in ("si", "my", "en"):
        qtbot.mouseClick(dialog.tiles.tiles[code], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.tiles.tiles["si"], Qt.MouseButton.LeftButton)
    assert dialog.tiles.order == ["my", "en"]
    assert dialog.tiles.tiles["my"].order == 1 and not dialog.tiles.tiles["si"].isChecked()


def test_search_as_you_type_finds_short_japanese_names(make_view, qtbot):
    view = make_view(PEOPLE)
    assert view.model.rowCount() == len(PEOPLE)
    assert type_search(qtbot, view, "李") == ["李 明"]
    assert sorted(type_search(qtbot, view, "山田")) == ["山田 太郎", "山田 花子"]
    assert sorted(type_search(qtbot, view, "やまだ")) == ["山田 太郎", "山田 花子"]
    assert sorted(type_search(qtbot, view, "ヤマダ")) == ["山田 太郎", "山田 花子"]
    assert type_search(qtbot, view, "はなこ") == ["山田 花子"]
    assert type_search(qtbot, view, "Nguyễn") == ["Nguyễn Thị Lan"]
    assert type_search(qtbot, view, "සුනිල්") == ["සුනිල් පෙරේරා"]
    assert len(type_search(qtbot, view, "")) == len(PEOPLE)


def test_search_finds_variant_kanji_as_typed_either_way(make_view, qtbot):
    """A register's 髙橋 and 山﨑 are found by the 高橋 and 山崎 an input method gives, and the
    other way round; 佐佐木 finds 佐々木."""
    view = make_view([{"display_name": "髙橋 一郎", "languages": ["ja"]},
                      {"display_name": "山崎 花", "languages": ["ja"]},
                      {"display_name": "佐々木 ゆい", "languages": ["ja"]}])
    assert type_search(qtbot, view, "高橋") == ["髙橋 一郎"]
    assert type_search(qtbot, view, "高橋一郎") == ["髙橋 一郎"]
    assert type_search(qtbot, view, "山﨑") == ["山崎 花"]
    assert type_search(qtbot, view, "佐佐木") == ["佐々木 ゆい"]


def test_search_by_card_id(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    card = registry.search("李")[0].card_id
    assert type_search(qtbot, view, card.lower()) == ["李 明"]


def test_filters_by_need_language_and_presence(make_view, registry, qtbot):
    view = make_view(PEOPLE)

    def choose(combo, data) -> list[str]:
        combo.setCurrentIndex(combo.findData(data))
        qtbot.waitUntil(view.idle, timeout=10_000)
        return sorted(shown_names(view))

    assert choose(view.need_filter, "diets:halal") == ["සුනිල් පෙරේරා", "မောင်မောင်"]
    assert choose(view.need_filter, "allergens:egg") == ["မောင်မောင်", "山田 太郎"]
    assert choose(view.need_filter, "medical:dialysis") == ["සුනිල් පෙරේරා"]
    assert choose(view.need_filter, "interpreter") == ["Nguyễn Thị Lan", "မောင်မောင်"]
    assert view.need_filter.currentText() == "Interpreter needed"
    assert choose(view.need_filter, None) == sorted(p["display_name"] for p in PEOPLE)
    assert choose(view.language_filter, "ja") == sorted(["李 明", "山田 太郎", "山田 花子"])
    registry.check_out(registry.search("李")[0].id)
    view.present_only.setChecked(True)
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert sorted(shown_names(view)) == ["山田 太郎", "山田 花子"]
    # Filters combine with the search text.
    assert type_search(qtbot, view, "はなこ") == ["山田 花子"]


def test_check_out_in_two_clicks_and_back_in(make_view, registry, qtbot):
    view = make_view(PEOPLE[:3])
    assert view.dashboard.present_label.text() == "Present: 3"
    row = row_of_name(view, "山田 花子")
    click_row(qtbot, view, row)                                      # 1: select
    assert view.check_button.text() == "Check out" and view.check_button.isEnabled()
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)   # 2: check out
    person = registry.search("はなこ")[0]
    assert person.status == "left" and person.checked_out_at
    assert view.model.index(row, EvacueeModel.STATUS).data() == "Left"   # shown at once
    qtbot.waitUntil(lambda: view.dashboard.present_label.text() == "Present: 2",
                    timeout=10_000)
    assert view.check_button.text() == "Check in"
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert registry.search("はなこ")[0].status == "present"
    qtbot.waitUntil(lambda: view.dashboard.present_label.text() == "Present: 3",
                    timeout=10_000)
    # Transferred to another shelter: the status combo.
    view.status_combo.activated.emit(view.status_combo.findData("transferred"))
    assert registry.search("はなこ")[0].status == "transferred"
    qtbot.waitUntil(lambda: view.dashboard.present_label.text() == "Present: 2",
                    timeout=10_000)
    assert person.card_id in view.status.text()


def test_invalid_input_shows_the_problem_and_saves_nothing(make_view, registry, qtbot):
    view = make_view(ui_language="ja")
    dialog = view.add_person()
    too_long = "あ" * (MAX_TEXT["display_name"] + 20)
    dialog.name.insert(too_long)
    error = dialog.errors["display_name"]
    assert error.isVisible()
    assert "100 文字" in error.text() and "80 文字まで" in error.text()   # the UI language
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.general_error.isVisible()
    assert registry.count() == 0
    dialog.notes.setPlainText("x" * (MAX_TEXT["notes"] + 1))
    assert dialog.errors["notes"].isVisible()
    # Corrected, it saves.
    dialog.name.clear()
    dialog.name.insert("あ" * MAX_TEXT["display_name"])
    dialog.notes.setPlainText("")
    assert not error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert registry.count() == 1


@pytest.mark.parametrize("ui_language", ["ja", "en"])
def test_a_person_with_nothing_to_find_them_by_is_refused(make_view, registry, qtbot,
                                                          ui_language):
    """Save with nothing filled in: one clear line in the UI language, nothing stored, and what
    was typed stays. A language alone is enough (a person may refuse to give a name)."""
    view = make_view(ui_language=ui_language)
    dialog = view.add_person()
    dialog.area.insert("体育館 B-2")
    dialog.lists["diets"].set_checked(["halal"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and registry.count() == 0
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == message("registry_empty_record", ui_language)
    assert dialog.area.text() == "体育館 B-2" and dialog.lists["diets"].checked() == ["halal"]
    qtbot.mouseClick(dialog.tiles.tiles["vi"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [person] = registry.search("")
    assert (person.display_name, person.languages, person.area, person.diets) == (
        "", ["vi"], "体育館 B-2", ["halal"])
    assert person.japanese_ability == "unknown"            # nobody asked
    qtbot.waitUntil(lambda: view.idle() and view.model.rowCount() == 1, timeout=10_000)
    assert view.model.index(0, EvacueeModel.NAME).data() == (
        "（名前なし）" if ui_language == "ja" else "(no name given)")


def test_the_form_records_where_it_hurts_and_how_much(make_view, registry, qtbot):
    view = make_view([{"display_name": "Nimal", "languages": ["si"], "medical": ["injury"],
                       "body_parts": ["knee_right"], "pain_level": 7}])
    dialog = view.edit_person(registry.search("Nimal")[0].id)
    assert dialog.body_parts.checked() == ["knee_right"] and dialog.pain.value() == 7
    assert dialog.ability.currentData() == "unknown"
    dialog.body_parts.set_checked(["knee_right", "ankle_left"])
    dialog.pain.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    person = registry.search("Nimal")[0]
    assert (person.body_parts, person.pain_level) == (["knee_right", "ankle_left"], 4)
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert view.model.index(0, EvacueeModel.NEEDS).data() == \
        "Injury or pain (Right knee, Left ankle, 4/10)"
    dialog = view.add_person()
    assert dialog.pain.value() == -1 and dialog.pain.text() == "Not asked"
    assert dialog.ability.currentData() == "unknown"


def test_a_second_registration_of_the_same_person_asks_first(make_view, registry, qtbot):
    view = make_view(PEOPLE[:1])
    dialog = view.add_person()
    dialog.name.insert("李 明")
    dialog.reading.insert("り めい")
    for code in ("zh-Hans", "ja"):
        qtbot.mouseClick(dialog.tiles.tiles[code], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and registry.count() == 1
    assert registry.search("李")[0].card_id in dialog.general_error.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)   # "add anyway"
    assert not dialog.isVisible() and registry.count() == 2


def test_edit_a_person(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    click_row(qtbot, view, row_of_name(view, "Nguyễn Thị Lan"))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)          # or a double-click
    dialog = view.dialog
    assert dialog.isVisible() and dialog.evacuee.display_name == "Nguyễn Thị Lan"
    assert dialog.name.text() == "Nguyễn Thị Lan" and dialog.tiles.order == ["vi"]
    assert dialog.interpreter.isChecked()
    dialog.area.insert("B-4")
    qtbot.mouseClick(dialog.tiles.tiles["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    person = registry.search("Nguyễn")[0]
    assert person.area == "B-4" and person.languages == ["vi", "en"]
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert view.model.index(row_of_name(view, "Nguyễn Thị Lan"), EvacueeModel.AREA).data() \
        == "B-4"


def test_print_signs_emits_the_languages_present(make_view, registry, qtbot):
    view = make_view([
        {"display_name": "A", "languages": ["my", "en"]},
        {"display_name": "B", "languages": ["my"]},
        {"display_name": "C", "languages": ["vi"]},
    ])
    registry.check_out(registry.search("C")[0].id)
    view.tabs.setCurrentWidget(view.dashboard)
    with qtbot.waitSignal(view.print_signs_requested, timeout=5_000) as signal:
        qtbot.mouseClick(view.dashboard.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [["my", "en"]]
    assert signal.args[0] == registry.languages_present()


def test_dashboard_counts_largest_first_and_capacity(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    stats = view.dashboard.stats
    assert stats.present == len(PEOPLE) and stats.interpreter_needed == 2
    layout = view.dashboard.groups["allergens"]
    first = layout.itemAtPosition(0, 0).widget().text()
    assert first == "Egg" and layout.itemAtPosition(0, 1).widget().text() == "2"
    languages = view.dashboard.groups["languages"]
    natives = [languages.itemAtPosition(row, 0).widget() for row in range(languages.rowCount())
               if languages.itemAtPosition(row, 0)]
    assert natives[0].text() == "日本語"                      # two speak Japanese first
    burmese = next(label for label in natives if label.text() == "မြန်မာဘာသာ")
    assert burmese.font().family() == "Noto Sans Myanmar"
    dialog = view.edit_shelter()
    dialog.capacity.setValue(50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert registry.shelter()["capacity"] == 50
    qtbot.waitUntil(lambda: view.dashboard.present_label.text()
                    == f"Present: {len(PEOPLE)} / capacity 50", timeout=10_000)
    assert view.dashboard.capacity_bar.isVisibleTo(view.dashboard)
    # "Not set" clears it again.
    dialog = view.edit_shelter()
    dialog.capacity.setValue(0)
    assert dialog.capacity.text() == "Not set"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dashboard.present_label.text() == f"Present: {len(PEOPLE)}",
                    timeout=10_000)
    assert not view.dashboard.capacity_bar.isVisibleTo(view.dashboard)


def test_people_without_a_language_are_counted_on_the_dashboard(make_view):
    view = make_view([{"display_name": "A", "languages": ["vi"]}, {"display_name": "B"}])
    texts = view.dashboard.texts()
    assert "No language recorded" in texts
    assert view.dashboard.stats.present == 2


def test_households(make_view, registry, qtbot):
    view = make_view(PEOPLE)
    hanako, taro = (row_of_name(view, n) for n in ("山田 花子", "山田 太郎"))
    view.select_ids([view.model.evacuee(hanako).id, view.model.evacuee(taro).id])
    household = view.create_household()
    assert household
    assert {p.display_name for p in registry.household_members(household)} == \
        {"山田 花子", "山田 太郎"}
    assert "山田 太郎" in view.household_members.text()
    # Li joins by the card ID of a member.
    qtbot.waitUntil(view.idle, timeout=10_000)
    click_row(qtbot, view, row_of_name(view, "李 明"))
    dialog = view.join_household_clicked()
    dialog.card.insert(registry.search("はなこ")[0].card_id.lower())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(registry.household_members(household)) == 3
    assert "李 明" in view.household_members.text()
    view.leave_household([registry.search("李")[0].id])
    assert len(registry.household_members(household)) == 2


def test_do_not_disclose_is_marked_and_never_named_elsewhere(make_view, registry, qtbot):
    secret = "Hidden Person"
    view = make_view([*PEOPLE, {"display_name": secret, "name_reading": "ひでん",
                                "languages": ["tl"], "do_not_disclose": True,
                                "diets": ["halal"], "allergens": ["egg"]}])
    assert registry.search("Hidden") == []                   # no name finds them
    hidden = next(person for person in registry.search() if person.do_not_disclose)
    taro = registry.search("たろう")[0]
    household = registry.add_household()
    registry.update(hidden.id, {"household_id": household})
    registry.update(taro.id, {"household_id": household})
    view.refresh()
    qtbot.waitUntil(view.idle, timeout=10_000)
    # Their row is marked and shows no name: their own record does (opened from it).
    row = view.model.row_of(hidden.id)
    cell = view.model.index(row, EvacueeModel.NAME)
    assert cell.data() == "🔒 Protected"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Do not disclose" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.select_ids([hidden.id])
    dialog = view.edit_selected()
    assert dialog.name.text() == secret
    dialog.reject()
    # Taro's household does not list them at all (that would tie them to his family).
    view.select_ids([taro.id])
    assert hidden.card_id not in view.household_members.text()
    assert secret not in view.household_members.text()
    # Checking them out names the card, not the person.
    view.select_ids([hidden.id])
    view.toggle_presence()
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert hidden.card_id in view.status.text()
    view.select_ids([hidden.id])
    view.toggle_presence()
    qtbot.waitUntil(view.idle, timeout=10_000)
    view.tabs.setCurrentWidget(view.dashboard)
    texts = view.dashboard.texts() + [view.summary.text(), view.status.text(),
                                      view.household_members.text()]
    texts += [label.text() for label in view.dashboard.findChildren(QLabel)]
    assert texts and not any(secret in text or "ひでん" in text for text in texts)
    assert view.dashboard.stats.present == len(PEOPLE) + 1     # still counted


def test_a_change_takes_a_periodic_backup(make_view, registry, qtbot):
    view = make_view()
    assert list_backups(registry.path) == []
    dialog = view.add_person()
    dialog.name.insert("A")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.last_backup is not None, timeout=20_000)
    assert [b.reason for b in list_backups(registry.path)] == ["periodic"]
    # Another change inside the period does not take another.
    view.select_ids([registry.search("")[0].id])
    view.toggle_presence()
    qtbot.waitUntil(lambda: view._backup_job is None, timeout=20_000)
    assert len(list_backups(registry.path)) == 1


def test_two_thousand_people_stay_responsive(make_view, registry, qtbot):
    surnames = ["李", "山田", "田中", "Nguyen", "Perera", "Silva", "မောင်", "王"]
    records = [{"display_name": f"{surnames[i % len(surnames)]} {i}",
                "name_reading": f"なまえ{i}",
                "languages": [["my"], ["vi", "en"], ["zh-Hans"], ["si"], ["ne"]][i % 5],
                "diets": ["halal"] if i % 7 == 0 else [],
                "interpreter_needed": i % 3 == 0} for i in range(2000)]
    registry.add_many(records)
    view = make_view()
    from evac_toolkit.ui.registry.model import SEARCH_LIMIT

    assert view.model.rowCount() == SEARCH_LIMIT < 2000        # a long list asks to narrow
    assert "narrow" in view.shown.text()
    assert len(type_search(qtbot, view, "李")) == min(250, SEARCH_LIMIT)
    assert sorted(type_search(qtbot, view, "山田 8")) == sorted(
        f"山田 {i}" for i in range(2000) if i % 8 == 1 and str(i).startswith("8"))
    assert len(type_search(qtbot, view, "なまえ19")) == 111     # 19, 190-199, 1900-1999
    view.need_filter.setCurrentIndex(view.need_filter.findData("diets:halal"))
    qtbot.waitUntil(view.idle, timeout=10_000)
    assert sorted(shown_names(view)) == sorted(
        records[i]["display_name"] for i in range(2000)
        if i % 7 == 0 and (i == 19 or 190 <= i <= 199 or 1900 <= i <= 1999))
    type_search(qtbot, view, "")
    assert view.model.rowCount() == min(SEARCH_LIMIT, len([i for i in range(2000) if i % 7 == 0]))
    # Scrolling to the end and sorting by a column work on the whole list.
    view.table.scrollToBottom()
    view.table.horizontalHeader().setSortIndicator(EvacueeModel.CARD,
                                                   Qt.SortOrder.AscendingOrder)
    cards = [view.model.evacuee(r).card_id for r in range(view.model.rowCount())]
    assert cards == sorted(cards)
    # A new search keeps the chosen order.
    type_search(qtbot, view, "李")
    cards = [view.model.evacuee(r).card_id for r in range(view.model.rowCount())]
    assert cards == sorted(cards) and len(cards) == len(
        [i for i in range(2000) if i % 7 == 0 and i % 8 == 0])
