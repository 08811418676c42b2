"""The registry's table: a model over search results, labels for codes, and the search worker.

Search runs in Qt's thread pool on its own SQLite connection (the registry is in WAL mode, so a
reader never blocks the UI's writes), and 50,000 rows are turned into records there, not on the
UI thread. The model only formats the rows the table actually draws.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from evac_toolkit.core import fonts
from evac_toolkit.core.i18n import _
from evac_toolkit.core.i18n import catalog as message_catalog
from evac_toolkit.core.languages import Language, catalog, display_name
from evac_toolkit.core.punctuation import join_list, with_detail
from evac_toolkit.core.registry import codes
from evac_toolkit.core.registry.disclosure import listed, listed_all, with_card_holder
from evac_toolkit.core.registry.field_labels import field_label
from evac_toolkit.core.registry.store import Evacuee, Stats
from evac_toolkit.core.registry.warm_readers import warm_reader
from evac_toolkit.core.text_fold import fold
from evac_toolkit.ui.fonts import qfont

#: Custom item data roles.
ID_ROLE = Qt.ItemDataRole.UserRole
LANGUAGES_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_HEIGHT = 48          # one touch target per row; Burmese and Sinhala marks fit
DND_BACKGROUND = QColor("#fde2e2")
DND_MARK = "🔒"


def short(text: str) -> str:
    """A label without its explanation: "ハラール（イスラム教の食事）" → "ハラール"."""
    for mark in ("（", " ("):
        if mark in text:
            head = text.split(mark, 1)[0].strip()
            if head:
                return head
    return text


class Labels:
    """Every code's label in the UI language, looked up once."""

    KINDS = ("diets", "allergens", "medical", "religious")

    def __init__(self, ui_language: str) -> None:
        self.ui_language = ui_language
        self.languages: dict[str, Language] = {lang.code: lang for lang in catalog()}
        self.codes: dict[str, tuple[str, ...]] = {
            "diets": codes.diets(), "allergens": codes.allergens(),
            "medical": codes.MEDICAL_FLAGS, "religious": codes.religious_needs(),
            "japanese_ability": codes.JAPANESE_ABILITY, "status": codes.STATUSES,
            "body_parts": codes.body_parts(),
        }
        self._label = {(kind, code): codes.label(kind, code, ui_language)
                       for kind, items in self.codes.items() for code in items}
        self._short = {key: short(text) for key, text in self._label.items()}
        # "ミャンマー語（ビルマ語）" → "ミャンマー語", but both Chinese stay "中国語（簡体字）"...
        full = {code: self.language_name(code) for code in self.languages}
        brief = {code: short(name) for code, name in full.items()}
        taken = list(brief.values())
        self._brief = {code: name if taken.count(name) == 1 else full[code]
                       for code, name in brief.items()}

    def label(self, kind: str, code: str) -> str:
        return self._label.get((kind, code), code)

    def short(self, kind: str, code: str) -> str:
        return self._short.get((kind, code), code)

    def both(self, kind: str, code: str, compact: bool = False) -> str:
        """Japanese label and English one, for the form (a foreign helper can read it too);
        ``compact``: without the explanations in brackets."""
        ja = codes.label(kind, code, "ja")
        en = codes.label(kind, code, "en")
        if compact:
            ja, en = short(ja), short(en)
        return ja if ja == en else f"{ja}  —  {en}"

    def injury(self, person: Evacuee) -> str:
        """Where it hurts and how much, in the UI language: "右ひざ・7/10", or ""."""
        between = message_catalog(self.ui_language).pgettext("between body parts", ", ")
        parts = between.join(self.label("body_parts", code) for code in person.body_parts)
        pain = f"{person.pain_level}/10" if person.pain_level is not None else ""
        return between.join(part for part in (parts, pain) if part)

    def language_name(self, code: str, brief: bool = False) -> str:
        """The name a volunteer reads, in the UI language; ``brief``: without the explanation
        in brackets ("ミャンマー語")."""
        language = self.languages.get(code)
        if language is None:
            return code
        name = display_name(language, self.ui_language)
        return self._brief.get(code, name) if brief else name


@cache
def _coverage(family: str) -> frozenset[int]:
    try:
        return fonts.cmap(family)
    except Exception:   # a missing font file: Qt's own fallback will have to do
        return frozenset()


@cache
def font_family_for(text: str) -> str | None:
    """The catalog font for a name written in a script the UI fonts lack (Burmese, Sinhala...).

    Qt's fallback finds a font for such names too, but draws them with the UI font's line
    metrics; the script's own font keeps stacked marks inside the cell.
    """
    ui = _coverage("Noto Sans JP") | _coverage("Noto Sans")
    for char in text:
        if ord(char) < 0x0370 or ord(char) in ui or unicodedata.category(char)[0] in "ZC":
            continue
        for family in dict.fromkeys(lang.font for lang in catalog()):
            if ord(char) in _coverage(family):
                return family
        return None
    return None


# -- searching off the UI thread --------------------------------------------------------------------
@dataclass(frozen=True)
class Query:
    text: str = ""
    language: str | None = None
    need: str | None = None
    present_only: bool = False


#: Rows a search shows. Nobody scrolls through thousands of people; a longer list says to narrow
#: the search, and turning 50,000 rows into objects took over a second.
SEARCH_LIMIT = 200


def run_search(path: Path, query: Query, with_stats: bool) -> tuple[list[Evacuee], Stats | None]:
    with warm_reader(path) as reader:
        rows = reader.search(query.text, language=query.language, need=query.need,
                             present_only=query.present_only, limit=SEARCH_LIMIT + 1)
        # No name finds a protected person; the card ID they hold does. Either way the table
        # shows them without name, household or free text (their own form shows everything).
        rows = listed_all(with_card_holder(reader, query.text, rows))
        return rows, reader.stats() if with_stats else None


# -- the table --------------------------------------------------------------------------------------
class EvacueeModel(QAbstractTableModel):
    CARD, NAME, LANGUAGE, ABILITY, INTERPRETER, NEEDS, AREA, STATUS = range(8)

    def __init__(self, labels: Labels, parent=None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.rows: list[Evacuee] = []
        self._index: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._font_cache: dict[str, QFont] = {}
        # The column is narrow; the full sentence ("やさしい日本語ならわかる") is the tooltip.
        self.ability_short = {"none": _("None"), "easy": _("Easy Japanese"),
                              "conversational": _("Conversation"),
                              "fluent": _("Fluent"),
                              # Nobody asked: not the same as "None".
                              "unknown": _("Unknown")}
        ui = labels.ui_language
        self.headers = [_("Card"), _("Name (reading)"), _("Language"),
                        field_label("japanese_ability", ui), _("Interpreter"), _("Needs"),
                        field_label("area", ui), field_label("status", ui)]

    # -- contents ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[Evacuee]) -> None:
        self.beginResetModel()
        self.rows = listed_all(rows)
        if self._sort:
            self._sort_rows(*self._sort)
        self._reindex()
        self.endResetModel()

    def replace(self, evacuee: Evacuee) -> None:
        """Show a changed record at once (the next search may move or drop it)."""
        row = self._index.get(evacuee.id)
        if row is None:
            return
        self.rows[row] = listed(evacuee)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, evacuee_id: str) -> int | None:
        return self._index.get(evacuee_id)

    def evacuee(self, row: int) -> Evacuee:
        return self.rows[row]

    def _reindex(self) -> None:
        self._index = {evacuee.id: row for row, evacuee in enumerate(self.rows)}

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(person, column)
        if role == ID_ROLE:
            return person.id
        if role == LANGUAGES_ROLE and column == self.LANGUAGE:
            return person.languages
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if role == Qt.ItemDataRole.BackgroundRole and person.do_not_disclose:
            return DND_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and person.status != "present":
            return QColor("#6b7280")
        if role == Qt.ItemDataRole.FontRole and column == self.NAME:
            family = font_family_for(person.display_name + person.name_reading)
            if family:
                if family not in self._font_cache:
                    self._font_cache[family] = qfont(family, 12)
                return self._font_cache[family]
        return None

    def text(self, person: Evacuee, column: int) -> str:
        labels = self.labels
        if column == self.CARD:
            return person.card_id
        if column == self.NAME:
            return self.name_text(person)
        if column == self.LANGUAGE:
            if not person.languages:
                return ""
            language = labels.languages.get(person.languages[0])
            native = language.native if language else person.languages[0]
            extra = f" +{len(person.languages) - 1}" if len(person.languages) > 1 else ""
            name = labels.language_name(person.languages[0], brief=True)
            return f"{native} {name}{extra}" if name != native else f"{native}{extra}"
        if column == self.ABILITY:
            return self.ability_short.get(person.japanese_ability, person.japanese_ability)
        if column == self.INTERPRETER:
            return _("Needed") if person.interpreter_needed else ""
        if column == self.NEEDS:
            return self.needs_text(person)
        if column == self.AREA:
            return person.area
        if column == self.STATUS:
            return labels.label("status", person.status)
        return ""

    def name_text(self, person: Evacuee) -> str:
        if person.do_not_disclose:
            return DND_MARK + " " + _("Protected")
        name = person.display_name
        if person.name_reading and person.name_reading != name:
            name = f"{name}（{person.name_reading}）" if name else person.name_reading
        if not name:
            name = _("(no name given)")
        return name

    def needs_text(self, person: Evacuee) -> str:
        parts = [self._need(person, kind, code) for kind in ("diets", "allergens", "medical")
                 for code in getattr(person, kind)]
        if person.allergens_other:
            parts.append(person.allergens_other)
        return join_list(parts, self.labels.ui_language)

    def _need(self, person: Evacuee, kind: str, code: str, full: bool = False) -> str:
        """A need's label; the injury with where and how much: "けが・痛み（右ひざ・7/10）"."""
        text = self.labels.label(kind, code) if full else self.labels.short(kind, code)
        if kind == "medical" and code == "injury" and (detail := self.labels.injury(person)):
            text = with_detail(text, detail, self.labels.ui_language)
        return text

    def _tooltip(self, person: Evacuee, column: int) -> str | None:
        if column == self.NAME and person.do_not_disclose:
            return _("Do not disclose: never tell anyone who asks that this person is "
                           "here. Their name is shown only in their own record: search for the "
                           "card ID they hold and open it.")
        if column == self.NEEDS:
            lines = [self._need(person, kind, code, full=True) for kind in Labels.KINDS
                     for code in getattr(person, kind)]
            if person.allergens_other:
                lines.append(person.allergens_other)
            return "\n".join(lines) or None
        if column == self.ABILITY:
            return self.labels.label("japanese_ability", person.japanese_ability)
        if column == self.LANGUAGE and person.languages:
            return "\n".join(f"{n}. {self.labels.language_name(code)}"
                             for n, code in enumerate(person.languages, start=1))
        return None

    # -- sorting (in Python: a proxy model would call data() millions of times) ------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self._reindex()
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        keys = {
            self.CARD: lambda p: p.card_id,
            self.NAME: lambda p: (fold(p.name_reading or p.display_name) == "",
                                  fold(p.name_reading or p.display_name)),
            self.LANGUAGE: lambda p: p.languages[:1],
            self.ABILITY: lambda p: codes.JAPANESE_ABILITY.index(p.japanese_ability),
            self.INTERPRETER: lambda p: not p.interpreter_needed,
            self.NEEDS: lambda p: -(len(p.diets) + len(p.allergens) + len(p.medical)),
            self.AREA: lambda p: (p.area == "", fold(p.area)),
            self.STATUS: lambda p: codes.STATUSES.index(p.status),
        }
        self.rows.sort(key=keys.get(column, lambda p: 0),
                       reverse=order == Qt.SortOrder.DescendingOrder)


class LanguageDelegate(QStyledItemDelegate):
    """The primary language's native name in its own font, then the volunteer's name for it."""

    def __init__(self, labels: Labels, parent=None) -> None:
        super().__init__(parent)
        self.labels = labels
        self._fonts: dict[str, QFont] = {}

    def _font(self, family: str, size: float) -> QFont:
        key = f"{family}|{size}"
        if key not in self._fonts:
            self._fonts[key] = qfont(family, size)
        return self._fonts[key]

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        languages = index.data(LANGUAGES_ROLE) or []
        if not languages:
            return
        code = languages[0]
        language = self.labels.languages.get(code)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.highlightedText().color() if selected else \
            (index.data(Qt.ItemDataRole.ForegroundRole) or option.palette.text().color())
        rect = option.rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(text_color)
        native = language.native if language else code
        native_font = self._font(language.font if language else "Noto Sans",
                                 option.font.pointSizeF() or 12)
        painter.setFont(native_font)
        metrics = painter.fontMetrics()
        native = metrics.elidedText(native, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, native)
        used = metrics.horizontalAdvance(native) + 10
        rest = self.labels.language_name(code, brief=True)
        if rest == native:
            rest = ""
        if len(languages) > 1:
            rest += f" +{len(languages) - 1}"
        if used < rect.width():
            small = QFont(option.font)
            small.setPointSizeF(max(8.0, (option.font.pointSizeF() or 12) - 2))
            painter.setFont(small)
            if not selected:
                painter.setPen(QColor("#4b5563"))
            rest_rect = rect.adjusted(used, 0, 0, 0)
            rest = painter.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight,
                                                    rest_rect.width())
            painter.drawText(rest_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             rest)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), ROW_HEIGHT))
