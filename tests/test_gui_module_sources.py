"""PySide6 looks into every module imported after it; the program keeps none of their sources."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

from evac_toolkit.ui import module_sources
from evac_toolkit.ui.app import create_application

pytestmark = pytest.mark.gui


def test_modules_imported_after_the_app_leave_no_source_in_memory(qtbot, tmp_path, monkeypatch):
    create_application()
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / "evac_probe_qt.py").write_text("import PySide6\nVALUE = 1\n", encoding="utf-8")
    (folder / "evac_probe_plain.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    for name in ("evac_probe_qt", "evac_probe_plain"):
        # An import statement: PySide6 watches builtins.__import__, not importlib.
        namespace: dict = {}
        exec(f"import {name}", namespace)   # noqa: S102 - a fixed module name
        module = namespace[name]
        monkeypatch.delitem(sys.modules, name)
        assert module.__file__ not in linecache.cache
    # The check PySide6 asks still answers as its own did.
    assert module_sources._uses_pyside(importlib.import_module("evac_toolkit.ui.app"))
    assert not module_sources._uses_pyside(importlib.import_module("evac_toolkit.core.fonts"))
    assert not module_sources._uses_pyside(sys)
    assert Path(module_sources.__file__).is_file()
