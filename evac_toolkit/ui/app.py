"""Create the QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from evac_toolkit.core.settings import Settings, effective_ui_language, recover_settings
from evac_toolkit.ui import i18n, module_sources, theme
from evac_toolkit.ui.fonts import register_application_fonts
from evac_toolkit.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    module_sources.install()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("evac-toolkit")
    app.setOrganizationName("evac-toolkit")
    register_application_fonts()
    return app


def create_main_window(app: QApplication, data_dir: Path,
                       ui_language: str | None = None) -> MainWindow:
    """Load settings, install the UI language and theme, and build the window (not shown)."""
    notice = recover_settings(data_dir)
    settings = Settings.load(data_dir)
    language = ui_language or effective_ui_language(settings)
    i18n.install_translators(app, language)
    theme.apply_theme(app, language)
    window = MainWindow(data_dir, settings)
    if notice:
        show_settings_notice(window, notice, language)
    return window


def show_settings_notice(window: MainWindow, notice, language: str) -> QMessageBox:
    """An unusable settings file was set aside: said once, in a dialog that does not block."""
    from evac_toolkit.core.messages import gui_message

    box = QMessageBox(QMessageBox.Icon.Warning, window.windowTitle(),
                      gui_message(notice.code, language, **notice.params),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("settingsNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.settings_notice = box
    box.open()
    return box


def prepare_print_fonts_at_start(window: MainWindow) -> None:
    """A cleared cache: derive the print fonts now, in view, not inside the first preview.

    Looked for a second after the window is shown, so the check never competes with the first
    paint; nobody prints sooner.
    """
    from PySide6.QtCore import QTimer

    from evac_toolkit.ui.print_fonts import prepare_missing_print_fonts

    QTimer.singleShot(1000, window, lambda: prepare_missing_print_fonts(window))


def run_gui(data_dir: Path, remember_data_dir: bool = True, ui_language: str | None = None) -> int:
    """The desktop program; ``ui_language`` overrides Settings for this run (``--ui-language``)."""
    app = create_application()
    data_dir = open_data_folder(app, data_dir, remember_data_dir, ui_language)
    if data_dir is None:
        return 1
    from evac_toolkit.ui.single_window import claim_data_folder

    already_open = claim_data_folder(data_dir)
    if already_open is not None:
        already_open.exec()
        return 1
    window = create_main_window(app, data_dir, ui_language)
    window.fit_to_screen()
    window.show()
    prepare_print_fonts_at_start(window)
    return app.exec()


def open_data_folder(app: QApplication, data_dir: Path, remember: bool,
                     ui_language: str | None = None) -> Path | None:
    """The data folder to use: ``data_dir``, or another the user chose in a dialog (in the UI
    language) because it cannot be written; None when they chose to quit."""
    from evac_toolkit.ui.data_folder import usable_data_dir

    i18n.install_translators(app, ui_language or effective_ui_language(Settings.load(data_dir)))
    return usable_data_dir(data_dir, remember=remember)
