"""The sync corner of the status bar: when head office last heard from this laptop, what is
still to send, what it did not accept, Sync now / Cancel, and progress while syncing.

Connection trouble is said quietly (it is the normal state of a laptop in the field); a
changed head-office certificate and a wrong laptop clock are said prominently, because the
officer has to do something about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from tokyo_desk.domain.ids import wall_clock_ms
from tokyo_desk.gui.sync_controller import Outcome, SyncProgress, SyncResult
from tokyo_desk.sync.client import SyncStatus

SKEW_WARNING_MS = 5 * 60 * 1000
REFRESH_MS = 30_000  # the "minutes ago" text moves on without asking the database
WARNING_STYLE = "color: #9b1c1c; font-weight: bold;"
MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS


class SyncStatusWidget(QWidget):
    """Shows a ``SyncController``'s status; asks for syncs through its signals."""

    sync_requested = Signal()
    cancel_requested = Signal()

    def __init__(
        self, clock_ms: Callable[[], int] = wall_clock_ms, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock_ms = clock_ms
        self._last_success_ms: int | None = None
        self._enrolled = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.warning_label = self._label(self.tr("Warning about synchronisation"))
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.clock_label = self._label(self.tr("Warning about this computer's clock"))
        self.clock_label.setStyleSheet(WARNING_STYLE)
        self.state_label = self._label(self.tr("Synchronisation state"))
        self.last_label = self._label(self.tr("Last successful sync with head office"))
        self.unsent_label = self._label(self.tr("Events not yet sent to head office"))
        self.unsent_label.setToolTip(
            self.tr("Events recorded here that head office has not received yet")
        )
        self.quarantined_label = self._label(self.tr("Events head office did not accept"))
        self.quarantined_label.setToolTip(
            self.tr("Events head office did not accept: open the case to see why")
        )
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(120)
        self.sync_button = QPushButton(self.tr("S&ync now"), self)
        self.sync_button.setAccessibleName(self.tr("Sync with head office now"))
        self.cancel_button = QPushButton(self.tr("St&op sync"), self)
        self.cancel_button.setAccessibleName(self.tr("Stop the sync after the current exchange"))
        for widget in (
            self.warning_label,
            self.clock_label,
            self.state_label,
            self.last_label,
            self.unsent_label,
            self.quarantined_label,
            self.progress_bar,
            self.cancel_button,
            self.sync_button,
        ):
            layout.addWidget(widget)
        self.sync_button.clicked.connect(self.sync_requested)
        self.cancel_button.clicked.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._show_last)
        self.clear()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        return label

    def clear(self) -> None:
        """Nothing known (locked, or before the first status)."""
        self._timer.stop()
        self._last_success_ms = None
        for label in (
            self.warning_label,
            self.clock_label,
            self.state_label,
            self.last_label,
            self.unsent_label,
            self.quarantined_label,
        ):
            label.clear()
            label.hide()
        self._idle()

    # --- what the controller reports ---------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        self._enrolled = status.enrolled
        self._last_success_ms = status.last_success_ms
        self._show_last()
        self._timer.start()
        self._set(self.unsent_label, self.tr("To send: {0}").format(status.unsent))
        self._set(
            self.quarantined_label,
            self.tr("Not accepted: {0}").format(status.quarantined) if status.quarantined else "",
        )
        self._set(self.clock_label, self.clock_warning(status.skew_ms))
        if not status.enrolled:
            self._set(
                self.state_label,
                self.tr("Not enrolled with head office: Head office ▸ Enroll this device…"),
            )
        self._describe()

    def show_started(self) -> None:
        self.progress_bar.setRange(0, 0)  # busy until the first exchange says how much
        self.progress_bar.show()
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._set(self.state_label, self.tr("Syncing…"))
        self._describe()

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.to_send:
            self.progress_bar.setRange(0, progress.to_send)
            self.progress_bar.setValue(min(progress.sent, progress.to_send))
        if progress.exchanges:
            self._set(
                self.state_label,
                self.tr("Syncing: {0} sent, {1} received").format(progress.sent, progress.received),
            )
        self._describe()

    def show_result(self, result: SyncResult) -> None:
        self._idle()
        texts = {
            Outcome.SYNCED: self.tr("Up to date"),
            Outcome.CANCELLED: self.tr("Sync stopped"),
            Outcome.OFFLINE: self.tr("Head office not reachable"),
            Outcome.NOT_ENROLLED: self.tr(
                "Not enrolled with head office: Head office ▸ Enroll this device…"
            ),
            Outcome.FAILED: self.tr("Sync failed: {0}").format(result.detail)
            if result.detail
            else self.tr("Sync failed"),
            Outcome.CERTIFICATE: "",
            Outcome.REVOKED: "",
        }
        self._set(self.state_label, texts[result.outcome])
        if result.outcome is Outcome.CERTIFICATE:
            self._set(
                self.warning_label,
                "⚠ "
                + self.tr(
                    "Head office's certificate has changed: nothing was sent. Tell head "
                    "office; sync again only when they say it is safe."
                ),
            )
        elif result.outcome is Outcome.SYNCED:
            self._set(self.warning_label, "")
        self._describe()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self._set(self.state_label, self.tr("Stopping after this exchange…"))
        self.cancel_requested.emit()

    # --- texts -------------------------------------------------------------------------------

    def clock_warning(self, skew_ms: int) -> str:
        """A warning when this computer's clock is more than 5 minutes off (else empty)."""
        if abs(skew_ms) <= SKEW_WARNING_MS:
            return ""
        minutes = round(abs(skew_ms) / MINUTE_MS)
        if minutes < 120:
            amount = self.tr("{0} minutes").format(minutes)
        elif minutes < 48 * 60:
            amount = self.tr("{0} hours").format(round(minutes / 60))
        else:
            amount = self.tr("{0} days").format(round(minutes / (24 * 60)))
        if skew_ms > 0:
            text = self.tr("This computer's clock is {0} ahead: correct its date and time.")
        else:
            text = self.tr("This computer's clock is {0} behind: correct its date and time.")
        return "⚠ " + text.format(amount)

    def last_sync_text(self) -> str:
        then = self._last_success_ms
        if then is None:
            return self.tr("Never synced") if self._enrolled else ""
        age = self._clock_ms() - then
        if age < MINUTE_MS:
            return self.tr("Synced just now")
        if age < HOUR_MS:
            return self.tr("Synced {0} min ago").format(age // MINUTE_MS)
        if age < 24 * HOUR_MS:
            return self.tr("Synced {0} h ago").format(age // HOUR_MS)
        day = dt.datetime.fromtimestamp(then / 1000, dt.UTC).astimezone().date()
        return self.tr("Last synced {0}").format(day.isoformat())

    def _show_last(self) -> None:
        self._set(self.last_label, self.last_sync_text())

    def _idle(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.sync_button.setEnabled(True)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _describe(self) -> None:
        """What a screen reader says on the Sync now button: the whole status in one line."""
        parts = [
            label.text()
            for label in (
                self.warning_label,
                self.clock_label,
                self.state_label,
                self.last_label,
                self.unsent_label,
                self.quarantined_label,
            )
            if label.text()
        ]
        summary = "; ".join(parts)
        self.sync_button.setAccessibleDescription(summary)
        self.setAccessibleDescription(summary)
