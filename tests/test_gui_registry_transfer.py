"""The Registry view's transfer actions on real widgets and real registries: the selected
person's household goes with them, the protected box appears only for a protected person, and
the receiving laptop shows what was added and kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from evac_toolkit.core.hq.city_key import CityKey, write_key
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui.registry.transfer_dialogs import ReceiveDialog, TransferDialog


def _key(tmp_path: Path) -> Path:
    key = tmp_path / "city.key"
    if not key.exists():
        write_key(key, CityKey("131016", bytes(range(32))))
    return key


def test_transfer_and_receive_from_the_file_menu(make_view, registry, qtbot, tmp_path):
    household = registry.add_household("Tran")
    view = make_view([
        {"display_name": "Tran Thi Mai", "languages": ["vi"], "household_id": household},
        {"display_name": "Tran Van Nam", "languages": ["vi"], "household_id": household},
        {"display_name": "Hidden Person", "languages": ["my"], "do_not_disclose": True}])
    mai = next(p for p in registry.search("Mai"))
    view.select_ids([mai.id])
    assert {"transfer", "receive"} <= set(view.file_actions)
    menu = view.file_button.menu()
    menu.aboutToShow.emit()
    assert view.file_actions["transfer"].isEnabled()
    assert menu.sizeHint().height() <= 600                       # the menu fits the screen
    view.file_actions["transfer"].trigger()
    dialog = view.dialog
    assert isinstance(dialog, TransferDialog)
    assert not dialog.include_protected.isVisibleTo(dialog)     # nobody protected chosen
    assert "2 people go" in dialog.message.text()                # her household goes too
    dialog.destination.setText("S002")
    dialog.own_id.setText("S001")
    dialog.key.edit.setText(str(_key(tmp_path)))
    out = tmp_path / "to-s002.evactransfer"
    assert dialog.save_to(out)
    assert out.exists()
    assert {p.status for p in registry.search("Tran")} == {"transferred"}
    qtbot.waitUntil(lambda: "transferred to S002" in view.status.text(), timeout=5_000)

    # Another laptop receives it.
    other = Registry(tmp_path / "other" / "registry.sqlite")
    try:
        from evac_toolkit.ui.registry.view import RegistryView

        there = RegistryView(other)
        qtbot.addWidget(there)
        there.show()
        qtbot.waitUntil(there.idle, timeout=10_000)
        receive = there.transfers.receive(out)
        assert isinstance(receive, ReceiveDialog)
        receive.key.edit.setText(str(_key(tmp_path)))
        qtbot.mouseClick(receive.receive_button, Qt.MouseButton.LeftButton)
        assert "From S001: 2 people registered." in receive.message.text()
        assert other.count() == 2
        second = there.transfers.receive(out)
        second.key.edit.setText(str(_key(tmp_path)))
        assert second.receive()
        assert "already registered here" in second.message.text() and other.count() == 2
    finally:
        other.close()


def test_the_protected_box_shows_only_for_a_protected_person(make_view, registry, tmp_path):
    view = make_view([{"display_name": "Hidden Person", "languages": ["my"],
                       "do_not_disclose": True}])
    (hidden,) = registry.search()
    view.file_button.menu().aboutToShow.emit()
    assert not view.file_actions["transfer"].isEnabled()          # nobody selected
    view.select_ids([hidden.id])
    dialog = view.transfers.choose_transfer()
    assert dialog.include_protected.isVisibleTo(dialog)
    dialog.destination.setText("S002")
    dialog.own_id.setText("S001")
    dialog.key.edit.setText(str(_key(tmp_path)))
    out = tmp_path / "t.evactransfer"
    assert not dialog.save_to(out)                  # not confirmed: refused, nothing written
    assert hidden.card_id in dialog.message.text() and not out.exists()
    assert registry.get(hidden.id).status == "present"
    dialog.include_protected.setChecked(True)
    assert dialog.save_to(out)
    assert registry.get(hidden.id).status == "transferred"


def test_a_set_up_shelter_needs_no_key_file(make_view, registry, qtbot, tmp_path):
    """On a laptop set up with its shelter identity the dialog asks only where to: its own ID is
    shown, read-only, and the stored city key seals the file."""
    from evac_toolkit.core.hq.identity import set_up_shelter

    set_up_shelter(Path(registry.path).parent, "131016", "S001", "第1小学校", _key(tmp_path))
    view = make_view([{"display_name": "Ana Souza", "languages": ["pt-BR"]}])
    ana = next(p for p in registry.search("Ana"))
    view.select_ids([ana.id])
    view.file_actions["transfer"].trigger()
    dialog = view.dialog
    assert dialog.own_id.text() == "S001" and dialog.own_id.isReadOnly()
    assert not dialog.key.isVisibleTo(dialog)
    dialog.destination.setText("S002")
    assert dialog.save_to(tmp_path / "to-s002.evactransfer")
    assert next(p for p in registry.search("Ana")).status == "transferred"
