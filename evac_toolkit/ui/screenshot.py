"""Render a view offscreen to a PNG (README pictures and visual checks).

The picture is exactly the size asked for: the offscreen platform is given a screen of that size
and the window is fitted to it as on a real laptop. A view that needs more room than that is an
error, not a silently larger picture.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from evac_toolkit.core.atomic import atomic_write
from evac_toolkit.core.errors import UserError


def offscreen_screen(width: int, height: int, folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value for an offscreen screen of ``width`` × ``height`` pixels at
    96 dpi, with no window frame (the picture is the window's inside)."""
    config = {"windowFrameMargins": False,
              "screens": [{"name": f"{width}x{height}", "x": 0, "y": 0, "width": width,
                           "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                           "dpr": 1}]}
    path = folder / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return f"offscreen:configfile={path}"


def render_view(data_dir: Path, view: str, out: Path, ui_language: str,
                language: str | None = None, size: tuple[int, int] = (1280, 800)) -> Path:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    width, height = size
    with tempfile.TemporaryDirectory(prefix="evac-screen-") as folder:
        fitted = QApplication.instance() is None and \
            os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
        if fitted:
            os.environ["QT_QPA_PLATFORM"] = offscreen_screen(width, height, Path(folder))
        from evac_toolkit.ui.app import create_application, create_main_window

        app = create_application()
    window = create_main_window(app, data_dir, ui_language=ui_language)
    window.set_evacuee_language(language)
    if fitted:
        window.fit_to_screen()      # maximized on the screen of this size, as on a laptop
    else:
        window.resize(width, height)   # an application already running (tests): its screen
    window.show_view(view)
    window.show()
    _settle(app)
    # A maximized window can be squeezed below what its layout needs, which clips the view:
    # what it needs counts, not only the size it was given.
    needed = window.size().expandedTo(window.minimumSizeHint())
    got = (needed.width(), needed.height())
    image = window.grab()
    window.close()
    QThreadPool.globalInstance().waitForDone()   # a preview still rendering lands first
    if got != (width, height):
        raise UserError("screenshot_does_not_fit", view=view, size=f"{width}x{height}",
                        needed=f"{got[0]}x{got[1]}")
    with atomic_write(out) as handle:
        data = _png_bytes(image)
        handle.write(data)
    return out


def _settle(app, rounds: int = 40, longest_s: float = 60.0) -> None:
    """Let delayed work finish (a preview timer, its worker thread, the pixmap it sends back):
    a few turns of the event loop, then on until no worker has run for several turns."""
    import time

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + longest_s
    quiet = 0
    turn = 0
    while (turn < rounds or quiet < 10) and time.monotonic() < deadline:
        app.processEvents()
        pool.waitForDone(25)
        time.sleep(0.01)
        quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0
        turn += 1
    app.processEvents()


def _png_bytes(pixmap) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(array.data())
