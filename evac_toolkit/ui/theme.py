"""Look and feel: large type and touch targets for tired volunteers on old laptops."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from evac_toolkit.ui.fonts import qfont

UI_FAMILY = {"ja": "Noto Sans JP", "en": "Noto Sans"}
BASE_POINT_SIZE = 12
TOUCH_TARGET_PX = 48

STYLE_SHEET = f"""
QToolButton#navButton {{
    min-height: {TOUCH_TARGET_PX + 8}px; padding: 6px 14px; border: none; border-radius: 8px;
    text-align: left; font-size: 14pt;
}}
QToolButton#navButton[compact="true"] {{
    min-height: {TOUCH_TARGET_PX + 8}px; padding: 4px 6px; font-size: 11pt; text-align: center;
}}
QToolButton#navButton:checked {{ background: #1f5fa8; color: white; }}
QToolButton#navButton:hover:!checked {{ background: #dde8f5; }}
QWidget#navBar {{ background: #eef2f7; }}
QWidget#navBarDrill {{ background: #fde3e1; border-right: 6px solid #c62828; }}
QLabel#drillBanner {{
    background: #c62828; color: white; font-size: 16pt; font-weight: 700; padding: 8px 12px;
}}
QLabel#viewTitle {{ font-size: 22pt; }}
QPushButton, QComboBox {{ min-height: {TOUCH_TARGET_PX}px; padding: 0 16px; }}
"""


def apply_theme(app: QApplication, ui_language: str) -> None:
    app.setFont(qfont(UI_FAMILY.get(ui_language, "Noto Sans"), BASE_POINT_SIZE))
    app.setStyleSheet(STYLE_SHEET)
