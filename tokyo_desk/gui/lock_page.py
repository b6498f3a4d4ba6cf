"""The lock screen: who is locked out (name and office only, no case data) and a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tokyo_desk.gui.forms.ui_lock_page import Ui_LockPage
from tokyo_desk.gui.style import enlarge


class LockPage(QWidget):
    """Asks for the passphrase of the profile that was locked."""

    unlock_requested = Signal(str)  # the passphrase
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockPage()
        self.ui.setupUi(self)
        enlarge(self.ui.locked_label, 1.6)
        self.ui.progress_bar.hide()
        self.ui.unlock_button.clicked.connect(self._submit)
        self.ui.passphrase_edit.returnPressed.connect(self._submit)
        self.ui.switch_button.clicked.connect(self.switch_requested)

    def show_for(self, officer: str, office: str) -> None:
        self.ui.who_label.setText(self.tr("{0} — {1}").format(officer, office))
        self.ui.status_label.clear()
        self.ui.passphrase_edit.clear()
        self.ui.passphrase_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self.ui.unlock_button.setEnabled(not busy)

    def show_message(self, text: str) -> None:
        self.ui.status_label.setText(text)

    def _submit(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        self.ui.passphrase_edit.clear()
        if not passphrase:
            self.show_message(self.tr("Enter your passphrase."))
            return
        self.unlock_requested.emit(passphrase)
