"""Start screen: choose an officer profile and unlock it, or create one.

Key derivation (about half a second by design) runs on the database thread, so the window
stays responsive; failed attempts show the throttle's wait, counting down.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import UnlockThrottled, UserError, ValidationError
from tokyo_desk.gui.forms.ui_create_profile_dialog import Ui_CreateProfileDialog
from tokyo_desk.gui.forms.ui_unlock_page import Ui_UnlockPage
from tokyo_desk.gui.messages import translated
from tokyo_desk.gui.style import enlarge
from tokyo_desk.gui.worker import Runner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile, ProfileInfo, Profiles

Unlocked = Callable[[Profile, CaseStore], None]


def report(error: BaseException, show: Callable[[str], None]) -> None:
    """Expected failures become a message; anything else is a bug for the crash dialog."""
    if isinstance(error, ValidationError) and error.problems:
        show("; ".join(translated(problem) for problem in error.problems))
        return
    if isinstance(error, UserError):
        show(str(error))
        return
    raise error


class UnlockPage(QWidget):
    """Profile chooser and passphrase entry."""

    unlocked = Signal(object, object)  # Profile, CaseStore

    def __init__(
        self,
        runner: Runner,
        profiles: Profiles,
        catalogue: Catalogue,
        *,
        demo_passphrase: str | None = None,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self._runner = runner
        self._profiles = profiles
        self._catalogue = catalogue
        self._demo_passphrase = demo_passphrase
        self._kdf = kdf
        self._infos: list[ProfileInfo] = []
        self._wait_left = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        enlarge(self.ui.title_label, 1.8)
        self.ui.progress_bar.hide()
        self.ui.unlock_button.clicked.connect(self.unlock)
        self.ui.passphrase_edit.returnPressed.connect(self.unlock)
        self.ui.new_profile_button.clicked.connect(self.create_profile)
        self.ui.profile_combo.currentIndexChanged.connect(self._profile_chosen)

    # --- profiles -----------------------------------------------------------------------------

    def refresh(self, select: str = "") -> None:
        """Reload the list of profiles (on the database thread: it reads their files)."""
        self._busy(True)
        self._runner.submit(
            self._profiles.list, lambda infos: self._show_profiles(infos, select), self._failed
        )

    def _show_profiles(self, infos: list[ProfileInfo], select: str) -> None:
        self._busy(False)
        self._infos = infos
        combo = self.ui.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for info in infos:
            label = f"{info.officer_name} — {info.office}"
            combo.addItem(label + (self.tr(" (demo)") if info.demo else ""), info.profile_id)
        chosen = next((i for i, info in enumerate(infos) if info.profile_id == select), 0)
        combo.setCurrentIndex(chosen if infos else -1)
        combo.blockSignals(False)
        self._profile_chosen()
        if not infos:
            self.ui.status_label.setText(
                self.tr("There is no officer profile on this computer yet: create one.")
            )
        self.ui.passphrase_edit.setFocus()

    def _current(self) -> ProfileInfo | None:
        index = self.ui.profile_combo.currentIndex()
        return self._infos[index] if 0 <= index < len(self._infos) else None

    def _profile_chosen(self) -> None:
        info = self._current()
        demo = info is not None and info.demo and self._demo_passphrase is not None
        self.ui.demo_hint_label.setVisible(demo)
        if demo:
            self.ui.demo_hint_label.setText(
                self.tr("Demo profile with invented people. Its passphrase is: {0}").format(
                    self._demo_passphrase
                )
            )
        self.ui.unlock_button.setEnabled(info is not None and self._wait_left <= 0)
        self.ui.status_label.clear()

    # --- unlocking ----------------------------------------------------------------------------

    def unlock(self) -> None:
        info = self._current()
        if info is None or not self.ui.unlock_button.isEnabled():
            return
        passphrase = self.ui.passphrase_edit.text()
        self.ui.passphrase_edit.clear()
        if not passphrase:
            self.ui.status_label.setText(self.tr("Enter your passphrase."))
            return
        profile = self._profiles.get(info.profile_id)
        self._busy(True)
        self.ui.status_label.setText(self.tr("Unlocking…"))
        self._runner.submit(
            lambda: profile.unlock(passphrase),
            lambda store: self._opened(profile, store),
            self._failed,
        )

    def _opened(self, profile: Profile, store: CaseStore) -> None:
        self._busy(False)
        self.ui.status_label.clear()
        self.unlocked.emit(profile, store)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UnlockThrottled):
            self._wait_left = error.wait_seconds
            self._countdown.start()
            self.ui.unlock_button.setEnabled(False)
        report(error, self.ui.status_label.setText)
        self.ui.passphrase_edit.setFocus()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self._wait_left = 0
            self.ui.unlock_button.setEnabled(self._current() is not None)
            self.ui.status_label.setText(self.tr("You can try again now."))
            return
        self.ui.status_label.setText(
            self.tr("Wait {0} seconds before trying again.").format(math.ceil(self._wait_left))
        )

    def _busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        for widget in (self.ui.unlock_button, self.ui.new_profile_button, self.ui.profile_combo):
            widget.setEnabled(not busy)
        if not busy:
            self.ui.unlock_button.setEnabled(self._current() is not None and self._wait_left <= 0)

    # --- creating -----------------------------------------------------------------------------

    def create_profile(self) -> None:
        created = CreateProfileDialog.ask(
            self, self._runner, self._profiles, self._catalogue, kdf=self._kdf
        )
        if created is not None:
            self.unlocked.emit(*created)


class CreateProfileDialog(QDialog):
    """Name, office and a passphrase under the policy; the key is derived off the GUI thread."""

    def __init__(
        self,
        runner: Runner,
        profiles: Profiles,
        catalogue: Catalogue,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateProfileDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._profiles = profiles
        self._catalogue = catalogue
        self._kdf = kdf
        self.created: tuple[Profile, CaseStore] | None = None
        self.ui.progress_bar.hide()
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        runner: Runner,
        profiles: Profiles,
        catalogue: Catalogue,
        *,
        kdf: KdfParams | None = None,
    ) -> tuple[Profile, CaseStore] | None:
        dialog = cls(runner, profiles, catalogue, kdf=kdf, parent=parent)
        dialog.exec()
        return dialog.created

    def submit(self) -> None:
        name = self.ui.name_edit.text().strip()
        office = self.ui.office_edit.text().strip()
        passphrase = self.ui.passphrase_edit.text()
        if not name or not office:
            self.ui.status_label.setText(self.tr("Enter your name and your office."))
            return
        if passphrase != self.ui.confirm_edit.text():
            self.ui.status_label.setText(self.tr("The two passphrases are not the same."))
            return
        self._busy(True)
        self.ui.status_label.setText(self.tr("Creating your encrypted profile…"))
        root, catalogue, kdf = self._profiles.root, self._catalogue, self._kdf
        self._runner.submit(
            lambda: Profile.create(
                root, catalogue, officer_name=name, office=office, passphrase=passphrase, kdf=kdf
            ),
            self._done,
            self._failed,
        )

    def _done(self, created: tuple[Profile, CaseStore]) -> None:
        self._busy(False)
        self.created = created
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        report(error, self.ui.status_label.setText)

    def _busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        for edit in (
            self.ui.name_edit,
            self.ui.office_edit,
            self.ui.passphrase_edit,
            self.ui.confirm_edit,
        ):
            edit.setEnabled(not busy)
