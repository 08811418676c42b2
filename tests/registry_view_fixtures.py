"""Fixtures shared by the Registry view's tests: a real registry file and a view built on it."""

from __future__ import annotations

import pytest

from evac_toolkit.core.registry.store import Registry
from evac_toolkit.ui import i18n, theme
from evac_toolkit.ui.app import create_application
from evac_toolkit.ui.registry.view import RegistryView


@pytest.fixture
def registry(tmp_path, qtbot):
    reg = Registry(tmp_path / "registry.sqlite")
    yield reg
    reg.close()


@pytest.fixture
def make_view(qtbot, registry):
    app = create_application()

    def build(people=(), ui_language: str = "en") -> RegistryView:
        i18n.install_translators(app, ui_language)
        theme.apply_theme(app, ui_language)
        for values in people:
            registry.add(values)
        view = RegistryView(registry)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
        qtbot.waitUntil(view.idle, timeout=10_000)
        return view

    yield build
    i18n.install_translators(app, "en")
    theme.apply_theme(app, "en")
