"""Create the QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from evac_toolkit.core.settings import Settings, effective_ui_language
from evac_toolkit.ui import i18n, theme
from evac_toolkit.ui.fonts import register_application_fonts
from evac_toolkit.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("evac-toolkit")
    app.setOrganizationName("evac-toolkit")
    register_application_fonts()
    return app


def create_main_window(app: QApplication, data_dir: Path,
                       ui_language: str | None = None) -> MainWindow:
    """Load settings, install the UI language and theme, and build the window (not shown)."""
    settings = Settings.load(data_dir)
    language = ui_language or effective_ui_language(settings)
    i18n.install_translators(app, language)
    theme.apply_theme(app, language)
    return MainWindow(data_dir, settings)


def prepare_print_fonts_at_start(window: MainWindow) -> None:
    """A cleared cache: derive the print fonts now, in view, not inside the first preview.

    Looked for a second after the window is shown, so the check never competes with the first
    paint; nobody prints sooner.
    """
    from PySide6.QtCore import QTimer

    from evac_toolkit.ui.print_fonts import prepare_missing_print_fonts

    QTimer.singleShot(1000, window, lambda: prepare_missing_print_fonts(window))


def run_gui(data_dir: Path) -> int:
    app = create_application()
    window = create_main_window(app, data_dir)
    window.fit_to_screen()
    window.show()
    prepare_print_fonts_at_start(window)
    return app.exec()
