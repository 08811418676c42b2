"""The core never imports Qt or the UI layer; start-up never imports heavy modules."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "evac_toolkit" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "evac_toolkit.ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("module", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_qt(module: Path):
    bad = [name for name in _imports(module)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]
    assert not bad, f"{module} imports {bad}"


def test_import_linter_contract_holds():
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_runs_with_qt_unimportable():
    """The core works on a machine where Qt is broken: block PySide6 and use the core."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from evac_toolkit.core.languages import catalog\n"
        "from evac_toolkit.core import fonts\n"
        "assert all(not fonts.missing_glyphs(l.sample, l.font) for l in catalog())\n"
        "print(len(catalog()))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "15"


def test_cli_start_does_not_import_heavy_modules():
    code = (
        "import sys, json\n"
        "from evac_toolkit.cli.main import build_parser\n"
        "build_parser()\n"
        "print(json.dumps([m for m in ('PySide6', 'reportlab', 'argostranslate', 'ctranslate2',"
        " 'fontTools', 'sqlite_utils') if m in sys.modules]))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_first_window_does_not_load_printing_or_content(tmp_path):
    """Signs and Settings are built when first opened, and the print fonts' process pool when
    fonts are derived; the first window stays quick."""
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from evac_toolkit.ui.app import create_application, create_main_window\n"
        f"window = create_main_window(create_application(), Path({str(tmp_path)!r}))\n"
        "window.show()\n"
        "print(json.dumps([m for m in ('reportlab', 'qrcode', 'uharfbuzz', 'openpyxl',"
        " 'evac_toolkit.core.content.bank', 'multiprocessing', 'concurrent.futures.process')"
        " if m in sys.modules]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
