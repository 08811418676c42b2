"""Render a view offscreen to a PNG (README pictures and visual checks)."""

from __future__ import annotations

from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.ui.app import create_application, create_main_window


def render_view(data_dir: Path, view: str, out: Path, ui_language: str,
                language: str | None = None, size: tuple[int, int] = (1280, 800)) -> Path:
    app = create_application()
    window = create_main_window(app, data_dir, ui_language=ui_language)
    window.set_evacuee_language(language)
    window.resize(*size)
    window.show_view(view)
    window.show()
    _settle(app)
    image = window.grab()
    window.close()
    with atomic_write(out) as handle:
        data = _png_bytes(image)
        handle.write(data)
    return out


def _settle(app, rounds: int = 40) -> None:
    """Let delayed work finish (a preview timer, its worker thread, the pixmap it sends back)."""
    import time

    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(25)
        time.sleep(0.01)
    app.processEvents()


def _png_bytes(pixmap) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(array.data())
