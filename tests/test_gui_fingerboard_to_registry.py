"""A fingerboard conversation saved to the registry, end to end on real widgets and a real
registry file: what was pointed at must show in the registry's list and on its dashboard, not
only in the notes, and what nobody asked must stay unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_actions import tap
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui import i18n, theme
from evac_toolkit.ui.app import create_application
from evac_toolkit.ui.fingerboards.view import FingerboardView
from evac_toolkit.ui.registry.model import EvacueeModel
from evac_toolkit.ui.registry.view import RegistryView

pytestmark = pytest.mark.gui


@pytest.fixture
def shelter(qtbot, data_home: Path):
    """The data folder's registry, and the UI in Japanese (as in a Japanese shelter)."""
    app = create_application()
    i18n.install_translators(app, "ja")
    theme.apply_theme(app, "ja")
    opened = Registry.open(data_home)
    yield opened
    opened.close()
    i18n.install_translators(app, "en")
    theme.apply_theme(app, "en")


def injured_right_knee_pain_7(qtbot, view: FingerboardView) -> None:
    """Sinhala; "Are you injured?" → yes; the right knee on the body map; pain 7. The
    language-check board is never answered."""
    tap(qtbot, view.language_tile("si"))
    tap(qtbot, view.card("staff.are_you_injured"))
    tap(qtbot, view.answer_bar.buttons["answers.yes"])
    tap(qtbot, view.board_buttons["body_map"])
    body = view.body_map()
    for _tap in range(3):       # a knee smaller than a fingertip opens larger first
        tap(qtbot, body, body.point_for("body.knee_right", "front").toPoint())
        if body.selected:
            break
    tap(qtbot, view.board_buttons["pain_scale"])
    tap(qtbot, view.card("pain.7"))


def group_rows(layout) -> dict[str, str]:
    """A dashboard group's rows: label → count."""
    rows = {}
    for row in range(layout.rowCount()):
        label, count = layout.itemAtPosition(row, 0), layout.itemAtPosition(row, 1)
        if label and count and isinstance(count.widget(), QLabel):
            rows[label.widget().text()] = count.widget().text()
    return rows


def test_an_injury_pointed_at_shows_in_the_list_and_on_the_dashboard(qtbot, data_home, shelter):
    board = FingerboardView(data_home, lambda: shelter)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    qtbot.waitExposed(board)
    injured_right_knee_pain_7(qtbot, board)
    tap(qtbot, board.summary_panel.save_button)
    tap(qtbot, board.save_dialog.new_button)
    [person] = shelter.search()
    assert person.card_id in board.summary_panel.status.text()
    assert (person.medical, person.body_parts, person.pain_level) == (["injury"],
                                                                      ["knee_right"], 7)
    assert person.japanese_ability == "unknown"           # nobody asked

    view = RegistryView(shelter)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.idle() and view.model.rowCount() == 1, timeout=10_000)
    needs = view.model.index(0, EvacueeModel.NEEDS)
    assert needs.data() == "けが・痛み（右ひざ・7/10）"
    assert view.model.index(0, EvacueeModel.ABILITY).data() == "不明"
    assert view.model.index(0, EvacueeModel.ABILITY).data(Qt.ItemDataRole.ToolTipRole) == "不明"

    dashboard = view.dashboard
    assert dashboard.stats.medical == {"injury": 1}
    assert group_rows(dashboard.groups["medical"]) == {"けが・痛み": "1"}
    ability = group_rows(dashboard.groups["ability"])
    assert ability["不明"] == "1"
    assert ability["日本語はわからない"] == "0"                # not counted as "no Japanese"
