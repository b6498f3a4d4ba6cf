"""The main window: unlock screen, workspace, lock screen, and the menu that moves between them.

The window title never names a person.  Locking (on demand or after idle) clears the
workspace, stops synchronisation, closes the store, clears the clipboard if it holds text we
put there, and shows the lock screen with the officer's name only.  When head office revokes
the device, the window locks the same way and the profile is wiped (``Profile.wipe``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import wall_clock_ms
from tokyo_desk.gui.enroll_dialog import EnrollDialog
from tokyo_desk.gui.idle import IdleWatcher
from tokyo_desk.gui.lock_page import LockPage
from tokyo_desk.gui.network_runner import NetworkRunner
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.settings_dialog import SettingsDialog
from tokyo_desk.gui.style import fit_to_screen
from tokyo_desk.gui.sync_controller import (
    REVOKED_REASON,
    Outcome,
    SyncController,
    SyncResult,
    TransportFactory,
    http_transport,
)
from tokyo_desk.gui.sync_scheduler import SyncScheduler, SyncTiming
from tokyo_desk.gui.sync_status import SyncStatusWidget
from tokyo_desk.gui.unlock import UnlockPage, report
from tokyo_desk.gui.worker import Runner
from tokyo_desk.gui.workspace import Workspace
from tokyo_desk.settings import Settings
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile, Profiles
from tokyo_desk.sync.client import sync_status


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
        network_runner: Runner | None = None,
        transport_factory: TransportFactory = http_transport,
        sync_clock: Callable[[], float] = time.monotonic,
        wall_ms: Callable[[], int] = wall_clock_ms,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tokyo Desk")
        self.resize(1200, 760)
        fit_to_screen(self)  # 1200x760 at 150 % is larger than a 1366x768 screen
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
        # Head office is reached on threads of its own: never the GUI's, never the database's.
        self._network = network_runner or NetworkRunner(self)
        self._transport_factory = transport_factory
        self._sync_clock = sync_clock
        self._wall_ms = wall_ms
        self.sync: SyncController | None = None
        self.notice: QMessageBox | None = None  # the last message shown without blocking

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
        self.sync_status = SyncStatusWidget(wall_ms)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_status.hide()

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
        office_menu = self.menuBar().addMenu(self.tr("&Head office"))
        self.enroll_action = QAction(self.tr("&Enroll this device…"), self)
        self.enroll_action.triggered.connect(self.enroll)
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.triggered.connect(self.sync_now)
        office_menu.addAction(self.enroll_action)
        office_menu.addAction(self.sync_action)
        # Usable only while a profile is unlocked.
        self._session_actions = (
            self.lock_action,
            self.new_case_action,
            self.enroll_action,
            self.sync_action,
        )
        for action in self._session_actions:
            action.setEnabled(False)

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
        for action in self._session_actions:
            action.setEnabled(True)
        self.workspace.start()
        self.idle.start()
        self._start_sync(self.session, self.workspace)

    # --- head office --------------------------------------------------------------------------

    def _start_sync(self, session: Session, workspace: Workspace) -> None:
        timing = SyncTiming(interval_s=self.settings.sync_minutes * 60.0)
        scheduler = SyncScheduler(timing, self._sync_clock)
        sync = SyncController(
            session,
            self._network,
            scheduler,
            transport_factory=self._transport_factory,
            wall_ms=self._wall_ms,
            parent=self,
        )
        scheduler.setParent(sync)
        self.sync = sync
        widget = self.sync_status
        sync.status_changed.connect(widget.show_status)
        sync.started.connect(widget.show_started)
        sync.progressed.connect(widget.show_progress)
        sync.finished.connect(widget.show_result)
        sync.finished.connect(self._sync_finished)
        sync.data_changed.connect(workspace.reload_after_sync)
        sync.answered.connect(workspace.reload_open_case)
        sync.revoked.connect(self._revoked)
        workspace.saved.connect(sync.saved)
        widget.sync_requested.connect(sync.sync_now)
        widget.cancel_requested.connect(sync.cancel)
        widget.show()
        sync.begin()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def enroll(self) -> None:
        """Enroll this device with head office (Head office menu)."""
        sync = self.sync
        if sync is None:
            return
        status = sync.status
        enrolled_as = ""
        if status is not None and status.enrolled:
            enrolled_as = status.officer_name or "?"
        EnrollDialog.ask(self, sync, enrolled_as)

    def _sync_finished(self, result: SyncResult) -> None:
        if result.outcome is Outcome.CERTIFICATE:
            self._notify(
                QMessageBox.Icon.Warning,
                self.tr(
                    "Head office's certificate is not the one this device was enrolled with, "
                    "so nothing was sent: someone may be trying to intercept your records. "
                    "Tell head office. Tokyo Desk will not sync again until you choose Sync now."
                ),
            )

    def _notify(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not block the window (nor the tests)."""
        if self.notice is not None:
            self.notice.close()
        self.notice = QMessageBox(icon, self.tr("Tokyo Desk"), text, parent=self)
        self.notice.open()

    def _revoked(self) -> None:
        """Head office revoked this device: lock, wipe the profile, say what was lost."""
        session = self._close_session()
        if session is None:
            return
        officer = session.info.officer_name
        session.wipe(
            lambda store: sync_status(store).unsent,
            REVOKED_REASON,
            lambda unsent: self._wiped(officer, unsent),
            self._lock_failed,
        )
        self._locked_profile = None
        # The unlock screen; its list is read after the wipe (same thread, in order), so the
        # wiped profile is no longer in it.
        self.start()

    def _wiped(self, officer: str, unsent: int) -> None:
        if unsent > 0:
            lost = self.tr(
                "{0} events recorded on this device had not reached head office and are lost."
            ).format(unsent)
        elif unsent == 0:
            lost = self.tr("Every event recorded on this device had reached head office.")
        else:
            lost = self.tr("How many events had not reached head office could not be counted.")
        self._notify(
            QMessageBox.Icon.Critical,
            self.tr(
                "Head office has revoked this device. The profile of {0} has been locked and "
                "erased from this computer."
            ).format(officer)
            + " "
            + lost
            + " "
            + self.tr("Tell head office."),
        )

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
        session = self._close_session()
        if session is None:
            return
        session.lock(self._lock_failed)
        self._locked_profile = session.profile
        self.lock_page.show_for(session.info.officer_name, session.info.office)
        self.stack.setCurrentWidget(self.lock_page)

    def _close_session(self) -> Session | None:
        """Take the session out of the window: sync stopped, widgets emptied (the caller
        locks or wipes the store)."""
        session, workspace, sync = self.session, self.workspace, self.sync
        if session is None:
            return None
        self.idle.stop()
        for action in self._session_actions:
            action.setEnabled(False)
        if sync is not None:
            sync.stop()
            sync.deleteLater()
        self.sync = None
        self.sync_status.clear()
        self.sync_status.hide()
        self._clear_our_clipboard()
        if workspace is not None:
            workspace.clear()
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
        self.workspace = None
        self.session = None
        self.statusBar().clearMessage()
        return session

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
        self._network.stop()
        event.accept()
