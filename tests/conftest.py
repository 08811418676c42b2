"""Test set-up: offscreen Qt, no network, and never the user's real folders.

Sockets are blocked for every test by pytest-socket (``--disable-socket`` in pyproject.toml), so
any network attempt anywhere in the program fails the test that made it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

#: Fixtures shared by several test modules: the Registry view's registry and view builder, and
#: the session's tiny real Argos packs (tiny_packs) and many-to-many models (tiny_m2m).
pytest_plugins = ["registry_view_fixtures", "argos_tiny", "m2m_tiny", "shelter_key_fixtures",
                  "packs_view_fixtures", "postgres_server"]

ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Static font instances are slow to derive (CJK: ~10 s each) and safe to share between runs, so
# they live in the checkout's ignored .cache/ rather than a per-test folder or the user's cache.
os.environ["EVAC_TOOLKIT_CACHE"] = str(ROOT / ".cache")
# A fixed locale: tests that care about the system language set it themselves.
for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(var, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data folder."""
    home = tmp_path / "data"
    monkeypatch.setenv("EVAC_TOOLKIT_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def print_fonts_ready():
    """Derive the static print fonts once, in parallel processes, before any test needs them.

    On a fresh clone each CJK instance takes ~11 s; left to the tests, one test would derive them
    one by one inside another test's time limit or a GUI worker.
    """
    import shutil

    from platformdirs import user_cache_path

    from evac_toolkit.core import fonts, paths

    # The README's install command has already derived them into the user's cache (same file
    # names: the name carries the source font's size and date). Copy rather than derive them a
    # second time, minutes of CPU on a fresh clone; that cache is only read, never written.
    installed = user_cache_path(paths.APP_NAME, appauthor=False) / "fonts"
    for _source, _weight, target in fonts.missing_instances():
        if (installed / target.name).is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(installed / target.name, target.with_suffix(".part"))
            target.with_suffix(".part").replace(target)
    fonts.prepare()


@pytest.fixture(autouse=True)
def drain_workers():
    """Jobs a test started in Qt's global thread pool finish before the next test begins."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def window(qtbot, data_home: Path):
    """The whole program's main window in Japanese, shown offscreen on an empty data folder."""
    from evac_toolkit.ui.app import create_application, create_main_window

    built = create_main_window(create_application(), data_home, ui_language="ja")
    qtbot.addWidget(built)
    built.resize(1280, 800)
    built.show()
    qtbot.waitExposed(built)
    return built
