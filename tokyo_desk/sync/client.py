"""The device side of synchronisation: enrollment and the one-exchange sync loop (no Qt).

A sync is a run of exchanges, normally one: each carries this device's unacknowledged events
(from the acknowledged high-water mark on, within the upload budget) and asks for the
officer's feed after the cursor (within the download budget).  Everything an answer brings
is stored in one transaction (``CaseStore.apply_exchange``), so a connection that drops, or a
process that is killed, at any point leaves the profile as it was before that exchange or as
it is after it: the next sync carries on from there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from tokyo_desk.domain.ids import wall_clock_ms
from tokyo_desk.errors import UserError, ValidationError
from tokyo_desk.store import eventlog, sync_state
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import transaction
from tokyo_desk.store.sync_state import Exchange, Rejected
from tokyo_desk.sync import protocol as p

# An exchange that acknowledges nothing new and brings nothing is retried this often at most
# within one sync (after that the sync stops and reports it).
STALLED_EXCHANGES = 3
MAX_EXCHANGES = 100_000
UPLOAD_PAGE = 200


class SyncError(UserError):
    """A sync that could not finish; the profile keeps everything it had."""

    code = "sync_failed"


class Offline(SyncError):
    """No connection, or it dropped: try again later."""

    code = "offline"


class NotEnrolled(SyncError):
    """This profile is not enrolled with head office (or head office no longer knows it)."""

    code = "not_enrolled"


class DeviceRevoked(SyncError):
    """Head office revoked this device: lock it and keep nothing readable."""

    code = "revoked"


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes


class Transport(Protocol):
    """Sends one request body and returns the answer; raises Offline when the link fails."""

    def post(self, path: str, body: bytes, token: str | None) -> Reply: ...


@dataclass(frozen=True)
class Prepared:
    """A request ready to send: the body and what ``finish`` needs to judge the answer."""

    body: bytes
    token: str
    acked: int
    seqs: list[int]
    written: int  # the highest sequence number this device has written


@dataclass
class SyncReport:
    exchanges: int = 0
    sent: int = 0
    rejected: int = 0
    received: int = 0
    evicted: int = 0
    skew_ms: int = 0
    complete: bool = False


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    officer_name: str
    last_success_ms: int | None
    unsent: int
    quarantined: int
    skew_ms: int


def sync_status(store: CaseStore) -> SyncStatus:
    """What the profile knows of its synchronisation (database work only)."""
    values = sync_state.values(store.connection)
    acked = int(values.get("acked", "0"))
    last = values.get("last_success_ms")
    return SyncStatus(
        enrolled="token" in values,
        officer_name=values.get("officer_name", ""),
        last_success_ms=int(last) if last else None,
        unsent=sync_state.unsent_count(store.connection, store.device_id, acked),
        quarantined=len(sync_state.quarantined(store.connection)),
        skew_ms=int(values.get("skew_ms", "0")),
    )


class SyncEngine:
    """Synchronises one unlocked profile with head office over ``transport``."""

    def __init__(
        self,
        store: CaseStore,
        transport: Transport,
        *,
        wall_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.store = store
        self.transport = transport
        self.wall_ms = wall_ms
        self.up_budget = p.Budget()
        self.down_budget = p.Budget()

    # --- enrollment --------------------------------------------------------------------------

    def enroll(self, code: str, *, server: str = "", pin: str = "", label: str = "") -> str:
        """Enroll this profile with a one-time code; returns the officer's name at head office.

        The window runs the same two steps with the network part on another thread.
        """
        reply = self.transport.post(p.ENROLL_PATH, self.enroll_request(code, label), None)
        return self.finish_enrollment(reply, server=server, pin=pin)

    def enroll_request(self, code: str, label: str = "") -> bytes:
        """The enrollment request's body (database work only)."""
        return p.encode(
            p.EnrollRequest(
                code=code.strip(),
                device_id=self.store.device_id,
                local_officer_id=self.store.officer_id,
                device_label=label[:100],
            )
        )

    def finish_enrollment(self, reply: Reply, *, server: str, pin: str) -> str:
        """Check head office's answer to an enrollment and store it in the profile."""
        self._check_status(reply)
        answer = p.decode(reply.body, p.EnrollResponse)
        if answer.device_id != self.store.device_id:
            raise SyncError("Head office answered for another device; nothing was changed.")
        with transaction(self.store.connection):
            sync_state.set_values(
                self.store.connection,
                {
                    "server": server,
                    "pin_sha256": pin,
                    "token": answer.token,
                    "officer_id": answer.officer_id,
                    "officer_name": answer.officer_name,
                    "generation": answer.generation,
                    "acked": "0",
                    "cursor": "0",
                },
            )
        return answer.officer_name

    # --- the sync loop -----------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return sync_status(self.store)

    def sync(self, *, max_exchanges: int = MAX_EXCHANGES) -> SyncReport:
        """Exchange until nothing is left to send or receive (or ``max_exchanges``).

        The desktop app runs the same three steps with the network part on another thread:
        ``prepare`` and ``finish`` use the database, ``transport.post`` only the network.
        """
        report = SyncReport()
        stalled = 0
        while report.exchanges < max_exchanges:
            prepared = self.prepare()
            try:
                reply = self.transport.post(p.SYNC_PATH, prepared.body, prepared.token)
            except Offline:
                self.failed()
                raise
            progress = self.finish(prepared, reply, report)
            if report.complete:
                return report
            stalled = 0 if progress else stalled + 1
            if stalled >= STALLED_EXCHANGES:
                raise SyncError("Head office is not accepting this device's events; try later.")
        return report

    def prepare(self) -> Prepared:
        """The next exchange's request, from the profile (database work only)."""
        values = sync_state.values(self.store.connection)
        token = values.get("token")
        if not token:
            raise NotEnrolled("This profile is not enrolled with head office yet.")
        acked = int(values.get("acked", "0"))
        batch = self._upload_batch(acked)
        request = p.SyncRequest(
            device_id=self.store.device_id,
            generation=values.get("generation") or None,
            acked=acked,
            events=batch,
            cursor=int(values.get("cursor", "0")),
            down_budget=self.down_budget.value,
            wall_ms=self.wall_ms(),
        )
        seqs = [item[6] for item in batch]
        written = eventlog.last_seq(self.store.connection, self.store.device_id)
        return Prepared(p.encode(request), token, acked, seqs, written)

    def failed(self) -> None:
        """The exchange did not complete (link dropped or timed out): smaller batches next."""
        self.up_budget = self.up_budget.shrunk()
        self.down_budget = self.down_budget.shrunk()

    def finish(self, prepared: Prepared, reply: Reply, report: SyncReport) -> bool:
        """Store what head office answered, in one transaction; True when the exchange
        acknowledged or brought something.  Updates ``report``."""
        report.exchanges += 1
        self._check_status(reply)
        try:
            answer = p.decode(reply.body, p.SyncResponse)
        except p.ProtocolError:
            self.failed()
            raise Offline("The answer from head office arrived damaged; try again.") from None
        acked = prepared.acked
        # Head office may hold more than this batch: an earlier exchange whose answer was
        # lost on the way back delivered a larger batch (the budget shrinks after a drop).
        # Beyond what this device ever wrote, though, is someone else's (or a restored) log.
        if answer.up_hwm > max(prepared.written, acked) and not answer.reset:
            raise SyncError("Head office acknowledged events this device never sent.")
        try:
            received = [p.event_from_wire(item) for item in answer.events]
        except ValidationError:
            raise SyncError(
                "Head office sent an event this version cannot read; update the application."
            ) from None
        self.store.clock.observe(answer.server_ms)
        sent = set(prepared.seqs)
        rejections = [
            Rejected(item.seq, item.event_id, item.code, item.reason)
            for item in answer.rejected
            if item.seq in sent or item.seq <= answer.up_hwm
        ]
        exchange = Exchange(
            acked=answer.up_hwm,
            state={
                "acked": str(answer.up_hwm),
                "cursor": str(answer.cursor),
                "generation": answer.generation,
                "last_success_ms": str(self.wall_ms()),
                "skew_ms": str(answer.skew_ms),
            },
            events=received,
            rejections=rejections,
            evict=list(answer.evict),
        )
        report.evicted += self.store.apply_exchange(exchange)
        self.up_budget = self.up_budget.grown()
        self.down_budget = self.down_budget.grown()
        accepted = max(answer.up_hwm - acked, 0)
        report.sent += accepted
        report.rejected += len(rejections)
        report.received += len(received)
        report.skew_ms = answer.skew_ms
        unsent = sync_state.unsent_count(self.store.connection, self.store.device_id, answer.up_hwm)
        report.complete = not answer.more and unsent == 0 and not answer.reset
        return accepted > 0 or bool(received) or bool(answer.evict) or answer.reset

    def _upload_batch(self, acked: int) -> list[p.WireEvent]:
        """Unacknowledged events from acked + 1 within the upload budget (at least one).

        Read a page at a time: after months offline the queue can hold tens of thousands of
        events, and only a budget's worth may be held in memory.
        """
        batch: list[p.WireEvent] = []
        used = 0
        after = acked
        while len(batch) < p.MAX_EVENTS_PER_EXCHANGE:
            page = sync_state.unsent(
                self.store.connection, self.store.device_id, after, UPLOAD_PAGE
            )
            for event in page:
                item = p.event_to_wire(event)
                size = p.wire_size(item)
                if batch and used + size > self.up_budget.value:
                    return batch
                batch.append(item)  # type: ignore[arg-type]  # a list in the tuple's shape
                used += size
                after = event.seq
                if len(batch) == p.MAX_EVENTS_PER_EXCHANGE:
                    return batch
            if len(page) < UPLOAD_PAGE:
                break
        return batch

    @staticmethod
    def _check_status(reply: Reply) -> None:
        if reply.status == 200:
            return
        reason, message, directive = _error(reply)
        if directive == "wipe":
            raise DeviceRevoked("Head office has revoked this device.")
        if reply.status == 401 or directive == "re_enroll":
            raise NotEnrolled("Head office does not know this device; enroll it again.")
        if reply.status >= 500:
            raise Offline("Head office could not answer just now; try again later.")
        raise SyncError(f"Head office refused the request ({reason}): {message}")


def _error(reply: Reply) -> tuple[str, str, str]:
    """(reason, message, directive) of an error answer, whatever its shape."""
    try:
        body = p.ErrorBody.model_validate(json.loads(reply.body))
    except ValueError:
        return f"HTTP {reply.status}", "no details", "none"
    return body.reason, body.message, body.directive
