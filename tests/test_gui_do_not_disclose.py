"""Do not disclose in the window: the registry table and its search, the household line, the
form's duplicate warning, the import preview and the fingerboard's save dialog, with a protected
person and a named relative in one household (tests/protected_people.py). Only the card ID they
hold finds them; only their own record, opened from their row, shows who they are."""

from __future__ import annotations

import pytest
from protected_people import NAME_QUERIES, PROTECTED, SECRETS, Household, populate
from PySide6.QtCore import Qt

from evac_toolkit.ui.registry.model import EvacueeModel
from evac_toolkit.ui.registry.view import RegistryView

pytestmark = pytest.mark.gui

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def table_text(view: RegistryView) -> str:
    """Everything the table shows or says on hover."""
    model = view.model
    return "\n".join(str(model.index(row, column).data(role) or "")
                     for row in range(model.rowCount()) for column in range(model.columnCount())
                     for role in ROLES)


def search(qtbot, view: RegistryView, text: str) -> list[str]:
    view.search.setText(text)
    view.refresh(with_stats=False)
    qtbot.waitUntil(view.idle, timeout=10_000)
    return [view.model.evacuee(row).id for row in range(view.model.rowCount())]


@pytest.fixture
def shelter(registry) -> Household:
    return populate(registry)


@pytest.mark.parametrize("ui_language", ["en", "ja"])
def test_the_table_shows_their_needs_and_nothing_that_names_or_links_them(
        make_view, shelter, qtbot, ui_language):
    view = make_view(ui_language=ui_language)
    text = table_text(view)
    for secret in SECRETS:
        assert secret not in text, secret
    row = view.model.row_of(shelter.protected.id)
    name = view.model.index(row, EvacueeModel.NAME).data()
    assert name == {"en": "🔒 Protected", "ja": "🔒 非開示（保護）"}[ui_language]
    assert view.model.index(row, EvacueeModel.AREA).data() == ""
    needs = view.model.index(row, EvacueeModel.NEEDS).data()
    assert needs == {"en": "Halal, Egg, Pregnant", "ja": "ハラール、卵、妊娠中"}[ui_language]
    assert "髙橋 太郎兵衛" in text                      # the relative, as ever
    # Last, not placed among the others by how their name reads.
    assert row == view.model.rowCount() - 1
    # The relative's household line does not list them; theirs shows nothing.
    view.select_ids([shelter.relative.id])
    assert "髙橋 太郎兵衛" in view.household_members.text()
    assert shelter.protected.card_id not in view.household_members.text()
    view.select_ids([shelter.protected.id])
    assert view.household_members.text() == "—"


def test_a_name_never_finds_them_their_card_does(make_view, shelter, qtbot):
    view = make_view()
    for query in NAME_QUERIES:
        found = search(qtbot, view, query)
        assert shelter.protected.id not in found, query
    assert shelter.relative.id in search(qtbot, view, "高橋")       # 高 finds 髙, as ever
    for typed in (shelter.protected.card_id, shelter.protected.card_id.lower()):
        assert search(qtbot, view, typed) == [shelter.protected.id]
    text = table_text(view)
    assert not any(secret in text for secret in SECRETS)
    # Their own record, opened from the row the card found, shows everything.
    view.select_ids([shelter.protected.id])
    dialog = view.edit_selected()
    assert (dialog.name.text(), dialog.reading.text()) == (PROTECTED["display_name"],
                                                           PROTECTED["name_reading"])
    assert dialog.notes.toPlainText() == PROTECTED["notes"]
    dialog.reject()


def test_the_form_does_not_warn_of_them_as_a_duplicate(make_view, shelter, qtbot, registry):
    """"Someone with the same name is already registered (card …)" would confirm to whoever
    gave the name that they are here: the form says nothing (the new record is another one)."""
    view = make_view()
    dialog = view.add_person()
    dialog.name.insert(PROTECTED["display_name"])
    dialog.reading.insert(PROTECTED["name_reading"])
    qtbot.mouseClick(dialog.tiles.tiles["my"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert shelter.protected.card_id not in view.status.text()
    assert registry.count() == 4

    # The relative is a duplicate as before, named by card.
    dialog = view.add_person()
    dialog.name.insert("髙橋 太郎兵衛")
    dialog.reading.insert("たかはし たろべえ")
    qtbot.mouseClick(dialog.tiles.tiles["my"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and shelter.relative.card_id in dialog.general_error.text()
    dialog.reject()


def test_the_import_preview_counts_their_row_but_never_lists_it(make_view, shelter, qtbot,
                                                                tmp_path):
    view = make_view()
    path = tmp_path / "city-list.csv"
    path.write_text("氏名,ふりがな,言語\n髙橋 紫苑之介,たかはし しおんのすけ,ミャンマー語\n"
                    "髙橋 太郎兵衛,たかはし たろべえ,ミャンマー語\n", encoding="utf-8")
    dialog = view.files.import_csv(path)
    qtbot.waitUntil(dialog.idle, timeout=10_000)
    assert dialog.summary.text().startswith("0 new, 2 already registered")
    listed = [dialog.duplicates_table.item(row, column).text()
              for row in range(dialog.duplicates_table.rowCount()) for column in range(2)]
    assert listed == ["line 3", f"already registered as card {shelter.relative.card_id} "
                                "(same name and reading, same first language)"]
    dialog.close()


def test_the_fingerboard_save_dialog_finds_them_by_card_only(shelter, registry, qtbot):
    from evac_toolkit.ui.fingerboards.save import SaveDialog

    dialog = SaveDialog(registry, "my")
    qtbot.addWidget(dialog)

    def shown(text: str) -> list[str]:
        dialog.search.setText(text)                  # searches as it changes
        return [dialog.results.item(row).text() for row in range(dialog.results.count())]

    for query in ("紫苑之介", "しおん", "高橋"):
        assert not any(shelter.protected.card_id in line for line in shown(query)), query
    (line,) = shown(shelter.protected.card_id.lower())
    assert line.startswith(f"{shelter.protected.card_id}   🔒 Protected")
    everything = "\n".join(shown(""))
    assert not any(secret in everything for secret in SECRETS)
