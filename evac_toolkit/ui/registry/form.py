"""The registry's forms: a person (with the language tiles) and the shelter's settings.

A person may refuse to give a name, but something must tell them apart: a name, a reading or a
language (the core's ``identity_problem``). Everything typed is checked with the core's
``validate`` as it is typed, and problems are shown next to their fields, worded by the core's
messages in the UI language. Nothing is saved while a problem remains, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core import sqlite_open
from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, pgettext
from evac_toolkit.core.languages import Language
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.desk_duplicates import DeskDuplicate
from evac_toolkit.core.registry.field_labels import field_label
from evac_toolkit.core.registry.health import explained
from evac_toolkit.core.registry.store import Evacuee, identity_problem, validate
from evac_toolkit.ui.fonts import qfont
from evac_toolkit.ui.registry.model import Labels, font_family_for
from evac_toolkit.ui.screen_fit import fit_dialog
from evac_toolkit.ui.theme import TOUCH_TARGET_PX

ERROR_STYLE = "color: #b42318; font-weight: 600;"
TILE_COLUMNS = 4


class LanguageTile(QAbstractButton):
    """A large tile: the language's name in its own script and font, the order it was chosen."""

    def __init__(self, language: Language, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.caption = caption
        self.order = 0
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{language.native} {caption}".strip())
        self.setToolTip(f"{language.native} — {caption or language.english} ({language.code})")
        self.setText(language.native)
        self._native_font = qfont(language.font, 14)
        self._caption_font = QFont(self.font())
        self._caption_font.setPointSizeF(max(8.0, self.font().pointSizeF() - 2))
        native_height = QFontMetrics(self._native_font).height()
        self.setMinimumHeight(max(TOUCH_TARGET_PX + 12, native_height + 26))
        self.setMinimumWidth(150)

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self._native_font).horizontalAdvance(self.language.native) + 56
        return QSize(max(170, width), self.minimumHeight())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        chosen = self.isChecked()
        border = QColor("#1f5fa8") if chosen or self.hasFocus() else QColor("#9aa7b8")
        painter.setPen(QPen(border, 3 if self.hasFocus() else 2))
        painter.setBrush(QColor("#1f5fa8") if chosen else
                         QColor("#eef4fb") if self.underMouse() else QColor("white"))
        painter.drawRoundedRect(rect, 10, 10)
        text_color = QColor("white") if chosen else QColor("#111827")
        caption_height = QFontMetrics(self._caption_font).height()
        name_rect = rect.adjusted(6, 1, -6, -caption_height - 2 if self.caption else -1)
        # Shrink a long name until it fits rather than cut it.
        font = QFont(self._native_font)
        while font.pointSizeF() > 9 and \
                QFontMetrics(font).horizontalAdvance(self.language.native) > name_rect.width():
            font.setPointSizeF(font.pointSizeF() - 1)
        painter.setFont(font)
        painter.setPen(text_color)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, self.language.native)
        painter.setFont(self._caption_font)
        painter.setPen(QColor("#dbe7f5") if chosen else QColor("#4b5563"))
        # The order number sits in the caption line, so the name keeps the tile's full width.
        side = 30.0 if self.order else 6.0
        caption_rect = QRectF(rect.left() + side, rect.bottom() - caption_height - 4,
                              rect.width() - 2 * side, caption_height)
        caption = QFontMetrics(self._caption_font).elidedText(
            self.caption, Qt.TextElideMode.ElideRight, int(caption_rect.width()))
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, caption)
        if self.order:
            badge = QRectF(rect.left() + 5, rect.bottom() - 25, 22, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffd23f"))
            painter.drawEllipse(badge)
            painter.setPen(QColor("#111827"))
            number = QFont(self.font())
            number.setBold(True)
            painter.setFont(number)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.order))
        painter.end()


class LanguageTiles(QWidget):
    """Every catalog language as a tile; the click order is the person's language order."""

    changed = Signal()

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.order: list[str] = []
        self.tiles: dict[str, LanguageTile] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for number, language in enumerate(labels.languages.values()):
            name = labels.language_name(language.code, brief=True)
            tile = LanguageTile(language, "" if name == language.native else name)
            tile.clicked.connect(lambda _checked=False, code=language.code: self.toggle(code))
            grid.addWidget(tile, number // TILE_COLUMNS, number % TILE_COLUMNS)
            self.tiles[language.code] = tile

    def toggle(self, code: str) -> None:
        if code in self.order:
            self.order.remove(code)
        elif code in self.tiles:
            self.order.append(code)
        self._show()
        self.changed.emit()

    def set_order(self, languages: list[str]) -> None:
        self.order = [code for code in languages if code in self.tiles]
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        for code, tile in self.tiles.items():
            tile.order = self.order.index(code) + 1 if code in self.order else 0
            tile.setChecked(bool(tile.order))
            tile.update()

    def summary(self) -> str:
        return "  ".join(f"{n}. {self.labels.language_name(code, brief=True)}"
                         for n, code in enumerate(self.order, start=1))


class CodeList(QListWidget):
    """Checkable codes of one kind, each as its Japanese label and its English one."""

    def __init__(self, kind: str, labels: Labels, items: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        # Every item starts in Japanese: measured with a Latin font, a two-line item was cut to
        # one line because the Japanese fallback font's lines are taller.
        self.setFont(qfont("Noto Sans JP", self.font().pointSizeF() or 12))
        for code in items:
            # Religious needs are sentences: one line each for Japanese and English.
            text = labels.both(kind, code, compact=kind != "religious")
            item = QListWidgetItem(text.replace("  —  ", "\n") if kind == "religious" else text)
            item.setToolTip(labels.both(kind, code).replace("  —  ", "\n"))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Unchecked)
            # Toggled by a tap anywhere on the row (below), not only on the small box.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if kind != "religious":
                item.setSizeHint(QSize(0, 38))       # rows big enough for a finger
            self.addItem(item)
        # Items keep one line per language (word wrap in a checkable list mis-measures rows);
        # the full explanation is in each item's tooltip.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        if kind == "religious":                   # two-line items, laid out once shown
            self.setWordWrap(True)
            self.setTextElideMode(Qt.TextElideMode.ElideNone)
            self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self.toggle)

    def sizeHint(self) -> QSize:
        # Small preferred height: the form's scroll area sizes by preferred heights, and the
        # list takes whatever room is left anyway.
        return QSize(300, 140)

    def toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem():
            self.toggle(self.currentItem())
            return
        super().keyPressEvent(event)

    def items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def checked(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, chosen: list[str]) -> None:
        for item in self.items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in chosen else Qt.CheckState.Unchecked)
        # The first chosen in sight (the right knee is the 21st body part).
        first = next((item for item in self.items()
                      if item.checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop)


class EvacueeDialog(QDialog):
    """Add or edit one person. ``save(values)`` stores them (raising UserError) or the dialog
    stays open; nothing is stored while the form shows a problem."""

    def __init__(self, labels: Labels, save: Callable[[dict], None],
                 evacuee: Evacuee | None = None,
                 duplicate: Callable[[dict], DeskDuplicate | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.ui_language = labels.ui_language
        self._save = save
        self._duplicate = duplicate
        self._confirmed_duplicate: str | None = None
        self.evacuee = evacuee
        self.setWindowTitle(_("Edit person (card %1)").replace("%1", evacuee.card_id)
                            if evacuee else _("Add a person"))
        fit_dialog(self, 1100, 720)
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setSpacing(16)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # -- left: who, and which languages ------------------------------------------------------
        left = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(placeholderText=_("Name or what they want to be called"))
        self.reading = QLineEdit(placeholderText=_("Reading in kana, e.g. やまだ はなこ"))
        self.nationality = QLineEdit()
        for edit in (self.name, self.reading):
            edit.textChanged.connect(self._name_font)
        form.addRow(_("Name / alias:"), self._with_error("display_name", self.name))
        form.addRow(_("Reading (kana):"), self._with_error("name_reading", self.reading))
        form.addRow(_("Nationality:"), self._with_error("nationality", self.nationality))
        left.addLayout(form)
        languages_row = QHBoxLayout()
        languages_row.addWidget(QLabel(_("Languages: tap the first language first")), 1)
        self.language_order = QLabel(styleSheet="font-weight: 600;", wordWrap=True)
        self.language_order.setAlignment(Qt.AlignmentFlag.AlignRight |
                                         Qt.AlignmentFlag.AlignVCenter)
        languages_row.addWidget(self.language_order)
        left.addLayout(languages_row)
        self.tiles = LanguageTiles(labels)
        left.addWidget(self.tiles)
        left.addWidget(self._error_label("languages"))
        ability_row = QHBoxLayout()
        ability_row.addWidget(QLabel(_("Japanese:")))
        self.ability = QComboBox()
        for code in codes.JAPANESE_ABILITY:
            self.ability.addItem(labels.label("japanese_ability", code), code)
        ability_row.addWidget(self._with_error("japanese_ability", self.ability), 1)
        self.interpreter = QCheckBox(_("Needs an interpreter"))
        self.interpreter.setMinimumHeight(TOUCH_TARGET_PX)
        ability_row.addWidget(self.interpreter)
        left.addLayout(ability_row)
        left.addStretch(1)
        columns.addLayout(left, 3)

        # -- right: needs, place, privacy ---------------------------------------------------------
        right = QVBoxLayout()
        self.needs = QTabWidget()
        # Five tabs share the right column: short titles, so that on a 1024-pixel screen at most
        # the last is behind the tab bar's arrows (elided titles read "Di…", "Me…").
        self.lists: dict[str, CodeList] = {}
        titles = {"diets": _("Diet"), "allergens": _("Allergies"),
                  "medical": pgettext("short tab title", "Medical"),
                  "religious": _("Religion")}
        for kind in Labels.KINDS:
            self.lists[kind] = CodeList(kind, labels, labels.codes[kind])
            self.lists[kind].itemChanged.connect(self._revalidate)
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(self.lists[kind], 1)
            page_layout.addWidget(self._error_label(kind))
            if kind == "allergens":
                self.allergens_other = QLineEdit(
                    placeholderText=_("Other allergies (free text)"))
                page_layout.addWidget(self._with_error("allergens_other", self.allergens_other))
            self.needs.addTab(page, titles[kind])
            if kind == "medical":
                self.needs.addTab(self._injury_page(labels), _("Injury"))
        right.addWidget(self.needs, 1)
        area_row = QHBoxLayout()
        area_row.addWidget(QLabel(_("Area / room:")))
        self.area = QLineEdit(placeholderText=_("e.g. 体育館 B-3"))
        area_row.addWidget(self._with_error("area", self.area), 1)
        right.addLayout(area_row)
        self.consent = QCheckBox(_("Agrees to share with support services"))
        self.do_not_disclose = QCheckBox(_("Do not disclose"))
        self.do_not_disclose.setStyleSheet("font-weight: 600;")
        for box in (self.consent, self.do_not_disclose):
            box.setMinimumHeight(36)
            right.addWidget(box)
        explain = QLabel(_("Never tell anyone who asks that this person is here. Their "
                                 "name is shown only in their own row and this form."),
                         wordWrap=True, styleSheet="color: #4b5563; margin-left: 26px;")
        right.addWidget(explain)
        right.addWidget(QLabel(_("Notes:")))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)
        right.addWidget(self._with_error("notes", self.notes))
        columns.addLayout(right, 2)

        # -- bottom ---------------------------------------------------------------------------------
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.general_error.setVisible(False)
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_("Cancel"))
        self.save_button = QPushButton(_("Save"))
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.try_save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        if evacuee:
            self._fill(evacuee)
        else:                                   # nobody has asked yet
            self.ability.setCurrentIndex(self.ability.findData("unknown"))
        self.tiles.changed.connect(self._show_order)
        for edit in (self.name, self.reading, self.nationality, self.allergens_other, self.area):
            edit.textChanged.connect(self._revalidate)
        self.notes.textChanged.connect(self._revalidate)
        self._show_order()

    # -- building -----------------------------------------------------------------------------------
    def _injury_page(self, labels: Labels) -> QWidget:
        """Where it hurts (the body map's parts) and how much, as a fingerboard records them."""
        page = QWidget()
        layout = QVBoxLayout(page)
        pain_row = QHBoxLayout()
        pain_row.addWidget(QLabel(_("Pain (0–10):")))
        self.pain = QSpinBox()
        self.pain.setObjectName("painLevel")
        self.pain.setRange(-1, 10)
        self.pain.setSpecialValueText(_("Not asked"))
        self.pain.setValue(-1)
        self.pain.setMinimumHeight(TOUCH_TARGET_PX)
        self.pain.valueChanged.connect(self._revalidate)
        pain_row.addWidget(self._with_error("pain_level", self.pain), 1)
        layout.addLayout(pain_row)
        layout.addWidget(QLabel(_("Where it hurts:")))
        self.body_parts = CodeList("body_parts", labels, labels.codes["body_parts"])
        self.body_parts.setObjectName("bodyParts")
        self.body_parts.itemChanged.connect(self._revalidate)
        layout.addWidget(self.body_parts, 1)
        layout.addWidget(self._error_label("body_parts"))
        return page

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        label.setVisible(False)
        label.setObjectName(f"error_{field}")
        self.errors[field] = label
        return label

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self._error_label(field))
        return box

    def _fill(self, person: Evacuee) -> None:
        self.name.setText(person.display_name)
        self.reading.setText(person.name_reading)
        self.nationality.setText(person.nationality)
        self.tiles.set_order(person.languages)
        self.ability.setCurrentIndex(max(0, self.ability.findData(person.japanese_ability)))
        self.interpreter.setChecked(person.interpreter_needed)
        for kind, widget in self.lists.items():
            widget.set_checked(getattr(person, kind))
        self.body_parts.set_checked(person.body_parts)
        self.pain.setValue(-1 if person.pain_level is None else person.pain_level)
        self.allergens_other.setText(person.allergens_other)
        self.area.setText(person.area)
        self.consent.setChecked(person.consent_share)
        self.do_not_disclose.setChecked(person.do_not_disclose)
        self.notes.setPlainText(person.notes)

    def field_names(self) -> dict[str, str]:
        return {name: field_label(name, self.ui_language, short=True)
                for name in ("display_name", "name_reading", "nationality", "languages",
                             "japanese_ability", "diets", "allergens", "allergens_other",
                             "medical", "religious", "body_parts", "pain_level", "area",
                             "notes")}

    # -- values -------------------------------------------------------------------------------------
    def values(self) -> dict:
        return {
            "display_name": self.name.text(), "name_reading": self.reading.text(),
            "nationality": self.nationality.text(), "languages": list(self.tiles.order),
            "japanese_ability": self.ability.currentData(),
            "interpreter_needed": self.interpreter.isChecked(),
            **{kind: widget.checked() for kind, widget in self.lists.items()},
            "body_parts": self.body_parts.checked(),
            "pain_level": None if self.pain.value() < 0 else self.pain.value(),
            "allergens_other": self.allergens_other.text(), "area": self.area.text(),
            "consent_share": self.consent.isChecked(),
            "do_not_disclose": self.do_not_disclose.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def problems(self) -> list[tuple[str, str, dict]]:
        return validate(self.values())

    def _revalidate(self, *_args) -> bool:
        """Show every problem next to its field; True when there is none."""
        names = self.field_names()
        found: dict[str, list[str]] = {}
        for field, code, params in self.problems():
            params = {**params, "field": names.get(field, field)}
            found.setdefault(field, []).append(gui_message(code, self.ui_language, **params))
        for field, label in self.errors.items():
            label.setText("\n".join(found.get(field, [])))
            label.setVisible(field in found)
        for kind, widget in self.lists.items():
            index = self.needs.indexOf(widget.parentWidget())
            self.needs.tabBar().setTabTextColor(index, QColor("#b42318") if kind in found
                                                else self.palette().text().color())
        return not found

    def _show_order(self) -> None:
        summary = self.tiles.summary()
        self.language_order.setText(_("Order: %1").replace("%1", summary) if summary
                                    else _("No language chosen yet"))
        self._revalidate()

    def _name_font(self) -> None:
        """A Burmese or Sinhala name is drawn in its script's font, marks and all."""
        for edit in (self.name, self.reading):
            family = font_family_for(edit.text())
            edit.setFont(qfont(family, 12) if family else QFont())

    def try_save(self) -> bool:
        """Store the values if they are valid; the dialog closes only when they were stored."""
        self.general_error.setVisible(False)
        if not self._revalidate():
            self.general_error.setText(_("Nothing was saved: correct the fields marked "
                                               "in red."))
            self.general_error.setVisible(True)
            return False
        values = self.values()
        # Someone to find again: a name, a reading or a language (the card we give them does
        # not count). Said once, under the form; what was typed stays.
        problem = identity_problem({**values, "card_id": ""})
        if problem:
            self.general_error.setText(gui_message(problem[1], self.ui_language, **problem[2]))
            self.general_error.setVisible(True)
            return False
        if self._duplicate and self.evacuee is None:
            # Said once per registered person, with the reason; a second Save adds anyway.
            found = self._duplicate(values)
            if found and found.card_id != self._confirmed_duplicate:
                self._confirmed_duplicate = found.card_id
                self.general_error.setText(_(
                    "Check before adding: %1. Press Save again to add this person anyway.")
                    .replace("%1", found.describe(self.ui_language, gui_message)))
                self.general_error.setVisible(True)
                return False
        try:
            self._save(values)
        except UserError as error:
            self.general_error.setText(gui_message(error.code, self.ui_language, **error.params))
            self.general_error.setVisible(True)
            return False
        except (*sqlite_open.Error, OSError) as error:
            # A full disk or damage found while writing: said in the form, which stays open
            # with what was typed (nothing was saved).
            if not explained(error):
                raise
            self.general_error.setText(gui_problem(error, self.ui_language))
            self.general_error.setVisible(True)
            return False
        self.accept()
        return True


class ShelterDialog(QDialog):
    """The shelter's name, address and capacity (the dashboard's "present / capacity")."""

    def __init__(self, shelter: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Shelter settings"))
        layout = QVBoxLayout(self)
        group = QGroupBox(_("Shelter"))
        form = QFormLayout(group)
        self.name = QLineEdit(shelter.get("name") or "")
        self.name.setMaxLength(120)
        self.address = QLineEdit(shelter.get("address") or "")
        self.address.setMaxLength(200)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSingleStep(10)
        self.capacity.setSpecialValueText(_("Not set"))
        self.capacity.setValue(shelter.get("capacity") or 0)
        self.capacity.setMinimumHeight(TOUCH_TARGET_PX)
        form.addRow(_("Name:"), self.name)
        form.addRow(_("Address:"), self.address)
        form.addRow(_("Capacity (people):"), self.capacity)
        layout.addWidget(group)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(_("Cancel"))
        self.save_button = QPushButton(_("Save"))
        self.save_button.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.resize(520, 0)

    def values(self) -> dict:
        # 0 ("Not set") is stored as 0: set_shelter reads None as "leave unchanged".
        return {"name": self.name.text().strip(), "address": self.address.text().strip(),
                "capacity": self.capacity.value()}
