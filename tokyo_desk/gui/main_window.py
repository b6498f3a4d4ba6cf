"""The main window: unlock screen, workspace, lock screen, and the menu that moves between them.

The window title never names a person.  Locking (on demand or after idle) clears the
workspace, closes the store, clears the clipboard if it holds text we put there, and shows
the lock screen with the officer's name only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.idle import IdleWatcher
from tokyo_desk.gui.lock_page import LockPage
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.settings_dialog import SettingsDialog
from tokyo_desk.gui.unlock import UnlockPage, report
from tokyo_desk.gui.worker import Runner
from tokyo_desk.gui.workspace import Workspace
from tokyo_desk.settings import Settings
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile, Profiles


class MainWindow(QMainWindow):
    """Holds the pages and the session; owns locking."""

    def __init__(
        self,
        runner: Runner,
        profiles: Profiles,
        catalogue: Catalogue,
        *,
        auto_lock_minutes: int,
        demo_passphrase: str | None = None,
        kdf: KdfParams | None = None,
        idle_clock: Callable[[], float] | None = None,
        pdf_runner: Runner | None = None,
        settings: Settings | None = None,
        save_settings: Callable[[Settings], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tokyo Desk")
        self.resize(1200, 760)
        self._runner = runner
        # Sheets render on their own thread so the database stays free (and vice versa).
        self._pdf_runner = pdf_runner or runner
        self._catalogue = catalogue
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._locked_profile: Profile | None = None
        self._our_clipboard_text: str | None = None
        self.settings = settings or Settings(auto_lock_minutes=auto_lock_minutes)
        self._save_settings = save_settings

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_page = UnlockPage(
            runner, profiles, catalogue, demo_passphrase=demo_passphrase, kdf=kdf
        )
        self.lock_page = LockPage()
        self.stack.addWidget(self.unlock_page)
        self.stack.addWidget(self.lock_page)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.lock_page.unlock_requested.connect(self._unlock_locked)
        self.lock_page.switch_requested.connect(self._switch_profile)

        watcher_args = {} if idle_clock is None else {"clock": idle_clock}
        self.idle = IdleWatcher(auto_lock_minutes * 60, parent=self, **watcher_args)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        self._make_menu()
        self.statusBar()

    def _make_menu(self) -> None:
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        self.new_case_action = QAction(self.tr("&New case…"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self._new_case)
        self.new_case_action.setEnabled(False)
        session_menu.addAction(self.new_case_action)
        session_menu.addAction(self.lock_action)
        settings_action = QAction(self.tr("S&ettings…"), self)
        settings_action.triggered.connect(self.edit_settings)
        session_menu.addAction(settings_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        session_menu.addAction(quit_action)

    def _new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def edit_settings(self) -> None:
        chosen = SettingsDialog.ask(self, self.settings)
        if chosen is None:
            return
        self.settings = chosen
        self.idle.limit_seconds = chosen.auto_lock_minutes * 60
        if self._save_settings is not None:
            self._save_settings(chosen)

    def start(self) -> None:
        """Show the unlock screen with the profiles found."""
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.refresh()

    # --- unlocking ----------------------------------------------------------------------------

    def _unlocked(self, profile: Profile, store: CaseStore) -> None:
        self.session = Session(self._runner, profile, store)
        self.workspace = Workspace(self.session, self._catalogue, self._pdf_runner)
        self.workspace.message.connect(self.statusBar().showMessage)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.new_case_action.setEnabled(True)
        self.workspace.start()
        self.idle.start()

    def _unlock_locked(self, passphrase: str) -> None:
        profile = self._locked_profile
        if profile is None:
            return
        self.lock_page.set_busy(True)
        self._runner.submit(
            lambda: profile.unlock(passphrase),
            lambda store: self._relocked_open(profile, store),
            self._lock_page_failed,
        )

    def _relocked_open(self, profile: Profile, store: CaseStore) -> None:
        self.lock_page.set_busy(False)
        self._unlocked(profile, store)

    def _lock_page_failed(self, error: BaseException) -> None:
        self.lock_page.set_busy(False)
        report(error, self.lock_page.show_message)

    def _switch_profile(self) -> None:
        self._locked_profile = None
        self.start()

    # --- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the store and show the lock screen; no record data stays in any widget."""
        session, workspace = self.session, self.workspace
        if session is None:
            return
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.new_case_action.setEnabled(False)
        self._clear_our_clipboard()
        if workspace is not None:
            workspace.clear()
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
        self.workspace = None
        self.session = None
        session.lock(self._lock_failed)
        self._locked_profile = session.profile
        self.lock_page.show_for(session.info.officer_name, session.info.office)
        self.stack.setCurrentWidget(self.lock_page)
        self.statusBar().clearMessage()

    def _lock_failed(self, error: BaseException) -> None:
        def warn(text: str) -> None:
            QMessageBox.warning(self, self.tr("Tokyo Desk"), text)

        report(error, warn)

    def copy_to_clipboard(self, text: str) -> None:
        """Copy text for the officer; remembered so that locking can take it back."""
        QGuiApplication.clipboard().setText(text)
        self._our_clipboard_text = text

    def _clear_our_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._our_clipboard_text is not None and clipboard.text() == self._our_clipboard_text:
            clipboard.clear()
        self._our_clipboard_text = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self._runner.stop()
        if self._pdf_runner is not self._runner:
            self._pdf_runner.stop()
        event.accept()
