"""The Registry view's transfers: "Transfer to another shelter…" for the selected people and
"Receive a transfer…". The widgets ask and show; who goes, the sealed file and the receipt are
core/transfer/. A transfer is a family or a ward, a few records: written here and now, with no
worker thread (a file of 50 people is written and verified in well under a second).

Until the shelter's identity is stored by its setup, the dialogs ask for this shelter's ID and
the city key file (remembered for the session).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evac_toolkit.core.errors import UserError
from evac_toolkit.core.i18n import _, ngettext
from evac_toolkit.core.messages import gui_message
from evac_toolkit.core.problem_text import gui_problem
from evac_toolkit.core.registry.store import Registry
from evac_toolkit.core.transfer.incoming import receive_transfer
from evac_toolkit.core.transfer.keys import CityKey, read_city_key, shelter_id, stored_identity
from evac_toolkit.core.transfer.outgoing import plan_transfer, send_transfer
from evac_toolkit.core.transfer.wording import received_lines, sent_lines

#: Not a message: the pattern is the same in every language.
FILE_FILTER = "*.evactransfer"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _KeyRow(QWidget):
    """The city key file: its path and a button to choose it."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(path)
        self.choose = QPushButton(_("Choose…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("City key file"), self.edit.text())
        if name:
            self.edit.setText(name)


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.message = _wrapped()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.close_button = QPushButton(_("Close"))
        self.close_button.clicked.connect(self.reject)
        self.buttons.addWidget(self.close_button)
        self.body.addLayout(self.buttons)

    def say(self, text: str) -> None:
        """``text`` under the form, the dialog grown to show all of it."""
        self.message.setText(text)
        self.adjustSize()

    def main_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setDefault(True)
        button.setStyleSheet("font-weight: 700;")
        self.buttons.addWidget(button)
        return button


class TransferDialog(_Dialog):
    """Destination, this shelter, key file, and — only when a protected person goes — the box
    that confirms them; "Save transfer file…" writes it and marks them transferred."""

    def __init__(self, registry: Registry, chosen: list[str], ui_language: str,
                 remembered: dict, parent: QWidget | None = None,
                 identity: tuple[CityKey, str] | None = None) -> None:
        super().__init__(_("Transfer to another shelter"), parent)
        self.registry, self.chosen, self.ui_language = registry, chosen, ui_language
        self.remembered, self.identity = remembered, identity
        self.written: Path | None = None
        everyone = plan_transfer(registry, chosen, include_protected=True)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText("S002")
        self.own_id = QLineEdit(remembered.get("shelter", ""))
        self.own_id.setPlaceholderText("S001")
        self.key = _KeyRow(remembered.get("key", ""))
        self.form.addRow(_("Destination shelter ID"), self.destination)
        self.form.addRow(_("This shelter's ID"), self.own_id)
        self.form.addRow(_("City key file"), self.key)
        if identity is not None:            # set up as a shelter: its own ID and the city key
            self.own_id.setText(identity[1])
            self.own_id.setReadOnly(True)
            self.form.setRowVisible(self.key, False)
        self.include_protected = QCheckBox(_("Include the people marked do not disclose "
                                             "(they stay protected there)"))
        self.include_protected.setVisible(bool(everyone.protected))
        self.form.addRow(self.include_protected)
        going = len(everyone.people)
        lines = [gui_message(code, ui_language, **params)
                 for code, params in sent_lines(everyone, "", "")[:-1]]
        summary = ngettext("{count} person goes.", "{count} people go.", going).format(
            count=going)
        self.message.setText("\n".join([summary, *lines]))
        self.save_button = self.main_button(_("Save transfer file…"))
        self.save_button.clicked.connect(self._ask_path)

    def _key(self) -> CityKey:
        if self.identity is not None:
            return self.identity[0]
        return read_city_key(Path(self.key.edit.text().strip()))

    def _ask_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save transfer file"),
            str(Path.home() / f"to-{self.destination.text().strip() or 'shelter'}.evactransfer"),
            FILE_FILTER)
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Write the transfer to ``path``; the dialog closes when it is written, else it says
        why (nothing was marked)."""
        try:
            key = self._key()
            to_shelter = shelter_id(self.destination.text())
            from_shelter = shelter_id(self.own_id.text())
            plan = plan_transfer(self.registry, self.chosen,
                                 include_protected=self.include_protected.isChecked())
            # The write lock first: busy (an import beside the window) is said at once,
            # before any file is written, rather than freezing the window.
            with self.registry.write_now():
                send_transfer(self.registry, plan, key, from_shelter, to_shelter, path)
        except UserError as error:
            self.say(gui_problem(error, self.ui_language))
            return False
        self.remembered.update(shelter=from_shelter, key=self.key.edit.text().strip())
        self.written = path
        self.news = "\n".join(gui_message(code, self.ui_language, **params)
                              for code, params in sent_lines(plan, str(path), to_shelter))
        self.accept()
        return True


class ReceiveDialog(_Dialog):
    """A transfer file and the key; "Receive" registers them and shows what was added, kept
    and changed."""

    def __init__(self, registry: Registry, path: Path, ui_language: str, remembered: dict,
                 parent: QWidget | None = None,
                 identity: tuple[CityKey, str] | None = None) -> None:
        super().__init__(_("Receive a transfer"), parent)
        self.registry, self.path, self.ui_language = registry, path, ui_language
        self.remembered, self.identity = remembered, identity
        self.received = False
        self.form.addRow(_("Transfer file"), _wrapped(str(path)))
        self.key = _KeyRow(remembered.get("key", ""))
        self.form.addRow(_("City key file"), self.key)
        if identity is not None:
            self.form.setRowVisible(self.key, False)
        self.receive_button = self.main_button(_("Receive"))
        self.receive_button.clicked.connect(self.receive)

    def receive(self) -> bool:
        try:
            key = self.identity[0] if self.identity is not None else read_city_key(
                Path(self.key.edit.text().strip()))
            with self.registry.write_now():
                result = receive_transfer(self.registry, self.path, key,
                                          here_shelter=self.identity[1] if self.identity
                                          else None)
        except UserError as error:
            self.say(gui_problem(error, self.ui_language))
            return False
        self.remembered["key"] = self.key.edit.text().strip()
        self.received = True
        self.receive_button.setEnabled(False)
        self.say("\n".join(gui_message(code, self.ui_language, **params)
                                       for code, params in received_lines(result,
                                                                          self.ui_language)))
        return True


class RegistryTransfers:
    """The two File-menu actions of a Registry view (``view``: selected_ids, registry,
    ui_language, _open, _after_change)."""

    def __init__(self, view) -> None:
        self.view = view
        self.remembered: dict = {}

    def add_actions(self, menu: QMenu) -> dict:
        menu.addSeparator()
        actions = {"transfer": menu.addAction(_("Transfer to another shelter…"),
                                              self.choose_transfer),
                   "receive": menu.addAction(_("Receive a transfer…"), self.choose_receive)}
        menu.aboutToShow.connect(
            lambda: actions["transfer"].setEnabled(bool(self.view.selected_ids())))
        return actions

    def _identity(self) -> tuple[CityKey, str] | None:
        # The registry file lives in the data folder, beside the shelter identity.
        return stored_identity(Path(self.view.registry.path).parent)

    def choose_transfer(self) -> TransferDialog | None:
        chosen = self.view.selected_ids()
        if not chosen:
            return None
        dialog = TransferDialog(self.view.registry, chosen, self.view.ui_language,
                                self.remembered, self.view, self._identity())
        dialog.accepted.connect(lambda: self.view._after_change([], dialog.news))
        self.view._open(dialog)
        return dialog

    def choose_receive(self) -> ReceiveDialog | None:
        name, _filter = QFileDialog.getOpenFileName(self.view, _("Receive a transfer"),
                                                    str(Path.home()), FILE_FILTER)
        return self.receive(Path(name)) if name else None

    def receive(self, path: Path) -> ReceiveDialog:
        dialog = ReceiveDialog(self.view.registry, path, self.view.ui_language,
                               self.remembered, self.view, self._identity())
        dialog.finished.connect(lambda _result: dialog.received and self.view._after_change(
            [], dialog.message.text()))
        self.view._open(dialog)
        return dialog
