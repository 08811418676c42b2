"""The Settings → Language packs view in Japanese, on a real data folder (pytest plugin)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.ui import i18n
from evac_toolkit.ui.settings.packs import PacksView


@pytest.fixture
def packs_view(qapp, qtbot, data_home: Path):
    i18n.install_translators(qapp, "ja")
    view = PacksView(data_home)
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    qtbot.waitExposed(view)
    yield view
    i18n.install_translators(qapp, "en")
