"""Fixtures of the fingerboard GUI tests: the data folder's registry and a view on it.

Imported by the test modules that use them (they override the Registry view's fixtures of the
same names for those modules only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui import i18n, theme
from evac_toolkit.ui.app import create_application
from evac_toolkit.ui.fingerboards.view import FingerboardView


@pytest.fixture
def registry(data_home: Path):
    opened = Registry.open(data_home)
    yield opened
    opened.close()


@pytest.fixture
def make_view(qtbot, data_home: Path, registry):
    """``make_view(ui_language, provider)``: the boards shown at 1280×800, focused, with the UI
    language and theme installed; ``provider`` gives the registry (default: ``registry``)."""
    def build(ui_language: str = "ja", provider=None) -> FingerboardView:
        app = create_application()
        i18n.install_translators(app, ui_language)
        theme.apply_theme(app, ui_language)
        view = FingerboardView(data_home, provider or (lambda: registry))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        return view
    return build
