"""A write from the window while another process writes the registry (an import run beside
it, a second desk's long write): the window's write takes its turn within half a second or says
at once that the registry is busy — it no longer waits on the window's thread for up to 30
seconds with the window frozen. Nothing is half-written, what was typed stays, and once the
other writer is done the same click works.

The other writer is a real process holding the real file's write lock (BEGIN IMMEDIATE)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_instance_lock import CHILD_UNLOCKS, HOLDER, _finish, _start

pytestmark = [pytest.mark.gui, CHILD_UNLOCKS]

BUSY = ("Another window or command is writing the registry right now (an import takes a few "
        "seconds): nothing was saved. Try again in a moment.")
FAMILY = [{"display_name": "Nguyen Van An", "languages": ["vi"]},
          {"display_name": "Nguyen Thi Binh", "languages": ["vi"]}]


def test_a_check_out_during_another_writer_is_said_busy_and_works_after(make_view, registry,
                                                                        qtbot):
    view = make_view(FAMILY)
    view.select_ids([p.id for p in registry.search("Nguyen")])
    holder = _start(HOLDER, str(registry.path), "transaction")
    try:
        view.set_status("left")
        assert view.status.text() == BUSY
        assert {p.status for p in registry.search("Nguyen")} == {"present"}   # none of them
    finally:
        _finish(holder)
    view.select_ids([p.id for p in registry.search("Nguyen")])
    view.set_status("left")
    assert view.status.text().startswith("Checked out:")
    assert {p.status for p in registry.search("Nguyen")} == {"left"}


def test_a_new_person_typed_during_another_writer_stays_in_the_form(make_view, registry, qtbot):
    view = make_view()
    dialog = view.add_person()
    dialog.name.insert("Tran Minh")
    qtbot.mouseClick(dialog.tiles.tiles["vi"], Qt.MouseButton.LeftButton)
    holder = _start(HOLDER, str(registry.path), "transaction")
    try:
        assert not dialog.try_save()
        assert dialog.general_error.text() == BUSY and dialog.isVisible()
        assert dialog.name.text() == "Tran Minh"                       # what was typed stays
        assert registry.search("Tran Minh") == []
    finally:
        _finish(holder)
    assert dialog.try_save()
    assert [p.display_name for p in registry.search("Tran Minh")] == ["Tran Minh"]
