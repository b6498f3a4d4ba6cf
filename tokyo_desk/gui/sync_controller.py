"""Synchronisation as the window runs it: database steps on the database thread, the network
on another, the GUI thread only passing results along.

One exchange is three steps (``SyncEngine.prepare`` / ``transport.post`` / ``finish``), so
the database thread is never held while a request crawls over a 2G link, and the GUI thread
never touches the network or the store.  Exchanges follow one another until the engine says
the sync is complete.  Cancel stops after the exchange in flight (whose answer is still
stored: what head office acknowledged stays acknowledged).  Locking drops everything in
flight; that is safe because every exchange is idempotent.

Failures become a ``SyncResult`` for the status bar and steer the scheduler: offline and
other failures back off, a changed certificate or a missing enrollment wait for the officer,
and a revoked device asks the window to lock and wipe the profile.
"""

from __future__ import annotations

import dataclasses
import platform
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from tokyo_desk.domain.ids import wall_clock_ms
from tokyo_desk.errors import UserError
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.sync_scheduler import SyncScheduler
from tokyo_desk.gui.worker import Failed, Runner
from tokyo_desk.store import sync_state
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.sync import protocol as p
from tokyo_desk.sync.client import (
    STALLED_EXCHANGES,
    DeviceRevoked,
    NotEnrolled,
    Offline,
    Prepared,
    Reply,
    SyncEngine,
    SyncReport,
    SyncStatus,
    Transport,
    sync_status,
)
from tokyo_desk.sync.transport import CertificateMismatch, HttpTransport

TransportFactory = Callable[[str, str], Transport]  # (server address, pinned fingerprint)
REVOKED_REASON = "revoked by head office"


def http_transport(server: str, pin: str) -> Transport:
    """The real transport, built from the address and pin stored at enrollment."""
    return HttpTransport(server, pin)


class Outcome(StrEnum):
    SYNCED = "synced"
    CANCELLED = "cancelled"
    OFFLINE = "offline"
    NOT_ENROLLED = "not_enrolled"
    CERTIFICATE = "certificate"
    FAILED = "failed"
    REVOKED = "revoked"


@dataclass(frozen=True)
class SyncProgress:
    exchanges: int
    sent: int
    received: int
    to_send: int  # unsent events when the sync started


@dataclass(frozen=True)
class SyncResult:
    outcome: Outcome
    report: SyncReport
    detail: str = ""  # the engine's (English) message for FAILED


@dataclass
class _Run:
    """One sync in progress (a run of exchanges)."""

    report: SyncReport = dataclasses.field(default_factory=SyncReport)
    engine: SyncEngine | None = None
    transport: Transport | None = None
    to_send: int = 0
    stalled: int = 0
    cancel: bool = False


@dataclass(frozen=True)
class _Opened:
    engine: SyncEngine
    transport: Transport
    prepared: Prepared
    to_send: int


def device_label() -> str:
    """How head office lists this computer: its network name, without control characters."""
    return "".join(ch for ch in platform.node() if ch.isprintable())[:100]


class SyncController(QObject):
    """Runs syncs and enrollment for one unlocked session."""

    status_changed = Signal(object)  # SyncStatus
    started = Signal()
    progressed = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncResult
    data_changed = Signal()  # records arrived, left or were refused: reload what is shown
    answered = Signal()  # head office accepted what was sent: commands no longer wait
    revoked = Signal()  # the window must lock and wipe the profile
    stopped = Signal()  # the session is closing (dialogs working for it close too)

    def __init__(
        self,
        session: Session,
        network: Runner,
        scheduler: SyncScheduler,
        *,
        transport_factory: TransportFactory = http_transport,
        wall_ms: Callable[[], int] = wall_clock_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._network = network
        self.scheduler = scheduler
        self._transport_factory = transport_factory
        self._wall_ms = wall_ms
        # Kept between syncs: its byte budgets learn how much the link carries.
        self._engine: SyncEngine | None = None
        self._run: _Run | None = None
        self._stopped = False
        self.status: SyncStatus | None = None
        scheduler.due.connect(self.start)

    @property
    def running(self) -> bool:
        return self._run is not None

    # --- session life ------------------------------------------------------------------------

    def begin(self) -> None:
        """After unlocking: learn the status, then sync at once if enrolled."""
        self.scheduler.unlocked()
        self.refresh_status()

    def stop(self) -> None:
        """The session is locking: no more syncs, results in flight are dropped."""
        self._stopped = True
        self._run = None
        self.scheduler.stop()
        self._network.forget_pending()
        self.stopped.emit()

    def saved(self) -> None:
        """Something was recorded: the unsent count changed, and a sync is due soon."""
        self.refresh_status()
        self.scheduler.saved()

    def refresh_status(self) -> None:
        self._session.call(sync_status, self._status_arrived, self._status_failed)

    def _status_arrived(self, status: SyncStatus) -> None:
        if self._stopped:
            return
        self.status = status
        self.scheduler.set_enrolled(status.enrolled)
        self.status_changed.emit(status)

    def _status_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error  # a bug: the crash dialog

    # --- the sync loop -----------------------------------------------------------------------

    def sync_now(self) -> None:
        """The officer asked: forget the back-off and sync now."""
        self.scheduler.manual()
        self.start()

    def cancel(self) -> None:
        """Stop after the exchange in flight."""
        if self._run is not None:
            self._run.cancel = True

    def start(self) -> None:
        if self._run is not None or self._stopped or not self._session.is_open:
            return
        run = _Run()
        self._run = run
        self.scheduler.started()
        self.started.emit()
        engine, factory, wall_ms = self._engine, self._transport_factory, self._wall_ms

        def open_sync(store: CaseStore) -> _Opened:
            values = sync_state.values(store.connection)
            if "token" not in values:  # before the address is looked at
                raise NotEnrolled("This profile is not enrolled with head office yet.")
            transport = factory(values.get("server", ""), values.get("pin_sha256", ""))
            # The engine lives across syncs (its byte budgets); the link is new each time.
            used = engine or SyncEngine(store, transport, wall_ms=wall_ms)
            used.transport = transport
            prepared = used.prepare()
            to_send = sync_state.unsent_count(store.connection, store.device_id, prepared.acked)
            return _Opened(used, transport, prepared, to_send)

        self._session.call(
            open_sync, lambda opened: self._opened(run, opened), lambda e: self._failed(run, e)
        )

    def _current(self, run: _Run) -> bool:
        return run is self._run and not self._stopped

    def _opened(self, run: _Run, opened: _Opened) -> None:
        if not self._current(run):
            return
        self._engine = run.engine = opened.engine
        run.transport = opened.transport
        run.to_send = opened.to_send
        self._emit_progress(run)
        self._post(run, opened.prepared)

    def _post(self, run: _Run, prepared: Prepared) -> None:
        if not self._current(run):
            return
        transport = run.transport
        assert transport is not None
        self._network.submit(
            lambda: transport.post(p.SYNC_PATH, prepared.body, prepared.token),
            lambda reply: self._answered(run, prepared, reply),
            lambda error: self._failed(run, error),
        )

    def _answered(self, run: _Run, prepared: Prepared, reply: Reply) -> None:
        if not self._current(run):
            return
        engine, report = run.engine, run.report
        assert engine is not None
        self._session.call(
            lambda _store: engine.finish(prepared, reply, report),
            lambda progress: self._stored(run, progress),
            lambda error: self._failed(run, error),
        )

    def _stored(self, run: _Run, progress: bool) -> None:
        if not self._current(run):
            return
        self._emit_progress(run)
        if run.report.complete:
            self._end(run, Outcome.SYNCED)
            return
        run.stalled = 0 if progress else run.stalled + 1
        if run.stalled >= STALLED_EXCHANGES:
            detail = "Head office is not accepting this device's events; try later."
            self._end(run, Outcome.FAILED, detail)
            return
        if run.cancel:
            self._end(run, Outcome.CANCELLED)
            return
        engine = run.engine
        assert engine is not None
        self._session.call(
            lambda _store: engine.prepare(),
            lambda prepared: self._post(run, prepared),
            lambda error: self._failed(run, error),
        )

    def _emit_progress(self, run: _Run) -> None:
        report = run.report
        self.progressed.emit(
            SyncProgress(report.exchanges, report.sent, report.received, run.to_send)
        )

    def _failed(self, run: _Run, error: BaseException) -> None:
        if not self._current(run):
            return
        if isinstance(error, DeviceRevoked):
            self._end(run, Outcome.REVOKED)
            self.revoked.emit()
        elif isinstance(error, CertificateMismatch):
            self._end(run, Outcome.CERTIFICATE)
        elif isinstance(error, NotEnrolled):
            self._end(run, Outcome.NOT_ENROLLED)
        elif isinstance(error, Offline):
            if run.engine is not None:
                # Smaller batches next time, so one fits into a short window of signal.  Only
                # budgets change (no database work), and no other step of this run is running.
                run.engine.failed()
            self._end(run, Outcome.OFFLINE)
        elif isinstance(error, UserError):
            self._end(run, Outcome.FAILED, error.message)
        else:
            self._end(run, Outcome.FAILED)
            raise error  # a bug: the crash dialog

    def _end(self, run: _Run, outcome: Outcome, detail: str = "") -> None:
        self._run = None
        transport = run.transport
        close = getattr(transport, "close", None)
        if callable(close):
            self._network.submit(close, lambda _: None, lambda _: None)
        if outcome is Outcome.SYNCED:
            self.scheduler.succeeded()
        elif outcome is Outcome.CANCELLED:
            self.scheduler.cancelled()
        elif outcome in (Outcome.OFFLINE, Outcome.FAILED):
            self.scheduler.failed()
        else:  # waits for the officer: a new certificate, an enrollment, or nothing (revoked)
            self.scheduler.halt()
        self.finished.emit(SyncResult(outcome, run.report, detail))
        if outcome is Outcome.REVOKED:
            return  # the profile is about to be wiped: nothing more to read from it
        self.refresh_status()
        report = run.report
        if report.received or report.evicted or report.rejected:
            self.data_changed.emit()
        elif report.sent:
            self.answered.emit()

    # --- enrollment --------------------------------------------------------------------------

    def enroll(
        self, server: str, pin: str, code: str, done: Callable[[str], None], failed: Failed
    ) -> None:
        """Enroll this profile with head office; ``done`` gets the officer's name there.

        The request is built from the profile on the database thread, sent on the network
        thread, and the answer checked and stored by ``SyncEngine.enroll`` on the database
        thread again (it is handed the answer instead of a network connection).
        """
        if self._stopped or not self._session.is_open:
            return
        try:
            transport = self._transport_factory(server, pin)
        except UserError as error:
            failed(error)
            return
        label = device_label()

        def request(store: CaseStore) -> bytes:
            return SyncEngine(store, transport).enroll_request(code, label)

        def send(body: bytes) -> None:
            self._network.submit(
                lambda: transport.post(p.ENROLL_PATH, body, None), store_answer, failed
            )

        def store_answer(reply: Reply) -> None:
            close = getattr(transport, "close", None)
            if callable(close):
                self._network.submit(close, lambda _: None, lambda _: None)
            self._session.call(
                lambda store: SyncEngine(store, transport).finish_enrollment(
                    reply, server=server, pin=pin
                ),
                enrolled,
                failed,
            )

        def enrolled(officer_name: str) -> None:
            self._engine = None  # a new enrollment starts with fresh budgets
            done(officer_name)
            self.sync_now()  # the officer's caseload arrives at once
            self.refresh_status()

        self._session.call(request, send, failed)
