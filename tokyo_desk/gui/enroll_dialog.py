"""Enroll this device with head office: address, certificate fingerprint, one-time code.

The three values are checked here first, with a message for each mistake, because they are
typed from paper and a typo should not cost a round trip over a bad link.  The enrollment
itself runs through the ``SyncController`` (database and network threads); the dialog stays
open to show the officer's name as head office knows it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tokyo_desk.errors import UserError
from tokyo_desk.gui.forms.ui_enroll_dialog import Ui_EnrollDialog
from tokyo_desk.gui.sync_controller import SyncController
from tokyo_desk.gui.unlock import report
from tokyo_desk.sync.client import Offline
from tokyo_desk.sync.transport import CertificateMismatch

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
CODE_LENGTH = 12
FINGERPRINT_DIGITS = 64


@dataclass(frozen=True)
class Enrollment:
    """What the officer typed, cleaned: server address, pin (lower-case hex), code."""

    server: str
    pin: str
    code: str


class EnrollDialog(QDialog):
    """Checks the three values, enrolls, and shows whom head office enrolled the device for."""

    def __init__(
        self, controller: SyncController, enrolled_as: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrollDialog()
        self.ui.setupUi(self)
        self._controller = controller
        self.officer_name: str | None = None
        self.ui.progress_bar.hide()
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Enroll"))
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        controller.stopped.connect(self.reject)  # locked meanwhile (idle, or revoked)
        if enrolled_as:
            self.ui.status_label.setText(
                self.tr(
                    "This device is already enrolled for {0}. Enroll again only when head "
                    "office asks you to."
                ).format(enrolled_as)
            )

    @classmethod
    def ask(cls, parent: QWidget, controller: SyncController, enrolled_as: str = "") -> str | None:
        """Run the dialog; the officer's name at head office when enrolled, else None."""
        dialog = cls(controller, enrolled_as, parent)
        dialog.exec()
        name = dialog.officer_name
        dialog.deleteLater()  # it stays connected to the controller otherwise
        return name

    # --- checking ----------------------------------------------------------------------------

    def check(self) -> tuple[Enrollment | None, list[str]]:
        """The cleaned values, or the problems with what was typed."""
        problems: list[str] = []
        server, scheme = self._check_server(self.ui.server_edit.text().strip(), problems)
        pin = self._check_fingerprint(self.ui.fingerprint_edit.text(), scheme, problems)
        code = self._check_code(self.ui.code_edit.text(), problems)
        if problems:
            return None, problems
        return Enrollment(server, pin, code), []

    def _check_server(self, text: str, problems: list[str]) -> tuple[str, str]:
        if not text:
            problems.append(
                self.tr("Enter the head-office address, for example https://headoffice.org:8443.")
            )
            return "", ""
        parts = urlsplit(text)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme not in ("https", "http") or not parts.hostname or port == -1:
            problems.append(self.tr("The head-office address must look like https://host:port."))
            return "", ""
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            problems.append(self.tr("The head-office address is only https://host:port, no path."))
            return "", ""
        if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
            problems.append(self.tr("Head office must be reached over https, not http."))
            return "", ""
        return f"{parts.scheme}://{parts.netloc}", parts.scheme

    def _check_fingerprint(self, text: str, scheme: str, problems: list[str]) -> str:
        allowed = set(string.hexdigits) | {":", " "}
        if any(ch not in allowed for ch in text):
            problems.append(
                self.tr(
                    "The fingerprint holds only hexadecimal digits (0-9, A-F), colons and spaces."
                )
            )
            return ""
        digits = "".join(ch for ch in text.lower() if ch in string.hexdigits)
        if not digits:
            if scheme == "https":
                problems.append(self.tr("Enter the certificate fingerprint head office gave you."))
            return ""
        if len(digits) != FINGERPRINT_DIGITS:
            problems.append(
                self.tr("The fingerprint has {0} hexadecimal digits; it needs 64.").format(
                    len(digits)
                )
            )
            return ""
        return digits

    def _check_code(self, text: str, problems: list[str]) -> str:
        cleaned = text.upper().replace("-", "").replace(" ", "")
        if len(cleaned) != CODE_LENGTH or not cleaned.isascii() or not cleaned.isalnum():
            problems.append(
                self.tr("The enrollment code has 12 letters and digits, like ABCD-EFGH-JKMN.")
            )
            return ""
        return "-".join(cleaned[index : index + 4] for index in range(0, CODE_LENGTH, 4))

    # --- enrolling ---------------------------------------------------------------------------

    def submit(self) -> None:
        if self.officer_name is not None:
            self.accept()
            return
        enrollment, problems = self.check()
        if enrollment is None:
            self.ui.status_label.setText("\n".join(problems))
            return
        self._busy(True)
        self.ui.status_label.setText(self.tr("Enrolling with head office…"))
        self._controller.enroll(
            enrollment.server, enrollment.pin, enrollment.code, self._enrolled, self._failed
        )

    def _enrolled(self, officer_name: str) -> None:
        self._busy(False)
        self.officer_name = officer_name
        self.ui.code_edit.clear()  # used: it cannot serve twice
        for edit in (self.ui.server_edit, self.ui.fingerprint_edit, self.ui.code_edit):
            edit.setEnabled(False)
        self.ui.status_label.setText(
            self.tr(
                "Enrolled. Head office knows this device as the device of {0}; the first "
                "sync has started."
            ).format(officer_name)
        )
        self._ok.setText(self.tr("&Close"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._ok.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, CertificateMismatch):
            self.ui.status_label.setText(
                self.tr(
                    "The server's certificate does not match this fingerprint: nothing was "
                    "sent. Check the fingerprint with head office."
                )
            )
        elif isinstance(error, Offline):
            self.ui.status_label.setText(
                self.tr(
                    "Head office could not be reached: check the address and the connection, "
                    "then try again."
                )
            )
        elif isinstance(error, UserError):
            self.ui.status_label.setText(
                self.tr("Head office did not enroll this device: {0}").format(error.message)
            )
        else:
            report(error, self.ui.status_label.setText)

    def _busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self._ok.setEnabled(not busy)
        for edit in (self.ui.server_edit, self.ui.fingerprint_edit, self.ui.code_edit):
            edit.setEnabled(not busy)
