"""The open, unlocked store of one officer's cases: record events, read cases, search.

Every write goes through ``record``: the events are checked against the case's current
state by the domain rules, numbered (per-device ``seq``, hybrid clock), stored, projected
and audited in ONE transaction -- all of them or none.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tokyo_desk.domain import rules
from tokyo_desk.domain.case_numbers import device_prefix, format_case_number
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.events import SCHEMA_VERSION, Event, Payload, parse_payload
from tokyo_desk.domain.ids import HybridClock, uuid7
from tokyo_desk.domain.messages import Message, nested
from tokyo_desk.domain.state import CaseState
from tokyo_desk.errors import NotFound, ValidationError
from tokyo_desk.store import eventlog, projections, search, sync_state
from tokyo_desk.store.audit import Action, AuditLog
from tokyo_desk.store.connection import Connection, integrity_problems, transaction
from tokyo_desk.store.sync_state import Exchange

Change = tuple[str, Payload | dict[str, Any]]
_CACHE_SIZE = 64


@dataclass(frozen=True)
class Recorded:
    """What ``record`` stored, and the warnings the officer should see."""

    events: list[Event]
    warnings: list[str]


@dataclass(frozen=True)
class CaseRow:
    """One line of the caseload (from the projection, no event replay)."""

    case_id: str
    case_number: str
    display_name: str
    preferred_language: str
    status: str
    measure_types: str
    explanation_pending: bool
    breach_open: bool
    review_due: str | None
    ends_on: str | None


_ROW_COLUMNS = (
    "case_id, case_number, display_name, preferred_language, status, measure_types, "
    "explanation_pending, breach_open, review_due, ends_on"
)
FILTERS = {
    "all": "1",
    "explanation_pending": "explanation_pending = 1",
    "review_due": "review_due IS NOT NULL AND review_due <= :horizon",
    "breach_open": "breach_open = 1",
    "ending_soon": "ends_on IS NOT NULL AND ends_on <= :horizon",
}


class CaseStore:
    """One officer's unlocked case records."""

    def __init__(
        self,
        connection: Connection,
        catalogue: Catalogue,
        *,
        officer_id: str,
        device_id: str,
        now: Callable[[], dt.datetime],
        wall_ms: Callable[[], int] | None = None,
    ) -> None:
        self.connection = connection
        self.catalogue = catalogue
        self.officer_id = officer_id
        self.device_id = device_id
        self._now = now
        self.clock = HybridClock(eventlog.last_hlc(connection))
        if wall_ms is not None:
            self.clock = HybridClock(self.clock.last, wall_ms)
        self.audit = AuditLog(connection, officer_id, device_id, now)
        self._cache: OrderedDict[str, CaseState] = OrderedDict()

    # --- writing ---------------------------------------------------------------------------

    def record(self, case_id: str, changes: Sequence[Change]) -> Recorded:
        """Validate and store ``changes`` to one case atomically; ValidationError if any is
        refused (then nothing at all is written)."""
        if not changes:
            raise ValidationError([Message("nothing to record")])
        with transaction(self.connection):
            return self._record_in_transaction(case_id, changes)

    def _record_in_transaction(self, case_id: str, changes: Sequence[Change]) -> Recorded:
        state = self._load(case_id)
        self._cache.pop(case_id, None)  # re-added only after a successful commit below
        ctx = rules.Context(self.catalogue, self._now())
        seq = eventlog.last_seq(self.connection, self.device_id)
        clock_before = self.clock.last
        stored: list[Event] = []
        warnings: list[str] = []
        try:
            for kind, raw in changes:
                payload = raw if isinstance(raw, Payload) else parse_payload(kind, raw)
                verdict = rules.check(state, kind, payload, ctx)
                if verdict.problems:
                    raise ValidationError(verdict.problems)
                if kind == "event.corrected":
                    self._check_corrected_history(state, payload, ctx)
                warnings += verdict.warnings
                seq += 1
                event = Event(
                    event_id=uuid7(),
                    case_id=case_id,
                    kind=kind,
                    schema_version=SCHEMA_VERSION,
                    author=self.officer_id,
                    device_id=self.device_id,
                    seq=seq,
                    hlc=self.clock.tick(),
                    payload=payload,
                )
                eventlog.insert(self.connection, event)
                if kind == "event.corrected":
                    state = CaseState.replay(case_id, [*state.events, event], self.catalogue)
                else:
                    state.apply(event, self.catalogue)
                self.audit.append(Action.CREATE, f"{kind}:{event.event_id}")
                stored.append(event)
            projections.write_case(self.connection, state)
        except BaseException:
            self.clock.last = clock_before
            raise
        self._remember(case_id, state)
        return Recorded(stored, warnings)

    def _check_corrected_history(self, state: CaseState, payload: Any, ctx: rules.Context) -> None:
        """A correction must leave a history that every rule would still have accepted."""
        probe = Event(uuid7(), state.case_id, "event.corrected", SCHEMA_VERSION,
                      self.officer_id, self.device_id, 0, self.clock.last + 1, payload)  # fmt: skip
        replayed = CaseState.replay(state.case_id, [*state.events, probe], self.catalogue)
        check_state = CaseState(state.case_id)
        for event in replayed.events:
            if event.kind == "event.corrected":
                continue
            verdict = rules.check(check_state, event.kind, event.payload, ctx)
            if verdict.problems:
                raise ValidationError(
                    [
                        Message("after this correction: {problem}", problem=nested(problem))
                        for problem in verdict.problems
                    ]
                )
            check_state.apply(event, self.catalogue)

    def open_case(
        self,
        person: Payload | dict[str, Any],
        *,
        office: str,
        opened_on: dt.date,
        jurisdiction: str = "default",
        access_level: str = "standard",
    ) -> tuple[str, Recorded]:
        """Open a new case with a freshly allocated case number."""
        person_data = person.model_dump(mode="json") if isinstance(person, Payload) else person
        case_id = uuid7()
        with transaction(self.connection):
            number = self._allocate_case_number()
            payload = {
                "case_number": number,
                "office": office,
                "opened_on": opened_on.isoformat(),
                "person": person_data,
                "jurisdiction": jurisdiction,
                "access_level": access_level,
            }
            recorded = self._record_in_transaction(case_id, [("case.opened", payload)])
        return case_id, recorded

    def _allocate_case_number(self) -> str:
        """Next number from a head-office block if one is left, else the device prefix."""
        meta = dict(
            self.connection.execute("SELECT key, value FROM meta WHERE key LIKE 'case_number_%'")
        )
        block_prefix = meta.get("case_number_block_prefix")
        if block_prefix:
            block_next = int(meta["case_number_block_next"])
            if block_next <= int(meta["case_number_block_last"]):
                self._set_meta("case_number_block_next", str(block_next + 1))
                return format_case_number(block_prefix, block_next)
        prefix = meta.get("case_number_prefix") or device_prefix(self.device_id)
        number = int(meta.get("case_number_next", "1"))
        self._set_meta("case_number_prefix", prefix)
        self._set_meta("case_number_next", str(number + 1))
        return format_case_number(prefix, number)

    def reserve_case_numbers(self, prefix: str, first: int, last: int) -> None:
        """Accept a block of case numbers reserved for this device by head office."""
        if first < 1 or last < first:
            raise ValidationError([Message("the reserved block of case numbers is empty")])
        format_case_number(prefix, last)  # validates the prefix and range
        with transaction(self.connection):
            self._set_meta("case_number_block_prefix", prefix)
            self._set_meta("case_number_block_next", str(first))
            self._set_meta("case_number_block_last", str(last))

    def _set_meta(self, key: str, value: str) -> None:
        self.connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def import_events(self, events: Sequence[Event]) -> int:
        """Store events made elsewhere (head office, another device, a snapshot) in one
        transaction and refresh the cases they touch; events already held are skipped.

        They are not re-checked against the rules: head office validated them, and a fold
        never refuses an event (``CaseState`` keeps misfits as anomalies).
        """
        with transaction(self.connection):
            return self._import_in_transaction(events)

    def _import_in_transaction(self, events: Sequence[Event]) -> int:
        new = [event for event in events if eventlog.insert(self.connection, event)]
        for event in new:
            self.clock.observe(event.hlc)
        for case_id in {event.case_id for event in new}:
            self._cache.pop(case_id, None)
            events_of_case = eventlog.case_events(self.connection, case_id)
            state = CaseState.replay(case_id, events_of_case, self.catalogue)
            projections.write_case(self.connection, state)
        self.audit.append(Action.SYNC, f"received {len(new)} events")
        return len(new)

    def apply_exchange(self, exchange: Exchange) -> int:
        """Everything one sync exchange brought, in ONE transaction: the acknowledgement,
        quarantined events, downloaded events, evictions and the new cursor.  A crash leaves
        either none of it or all of it.  Returns the number of cases evicted."""
        with transaction(self.connection):
            sync_state.record_rejections(self.connection, exchange.rejections)
            self._import_in_transaction(exchange.events)
            # A case given back to this officer arrives again as events: keep it.
            sync_state.cancel_evictions(self.connection, {e.case_id for e in exchange.events})
            sync_state.queue_evictions(self.connection, exchange.evict)
            sync_state.set_values(self.connection, exchange.state)
            evictable = sync_state.evictable(self.connection, self.device_id, exchange.acked)
            for case_id in evictable:
                self._purge_in_transaction(case_id)
            return len(evictable)

    # --- reading ---------------------------------------------------------------------------

    def _load(self, case_id: str) -> CaseState:
        state = self._cache.get(case_id)
        if state is not None:
            self._cache.move_to_end(case_id)
            return state
        events = eventlog.case_events(self.connection, case_id)
        return CaseState.replay(case_id, events, self.catalogue)

    def _remember(self, case_id: str, state: CaseState) -> None:
        self._cache[case_id] = state
        self._cache.move_to_end(case_id)
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)

    def case(self, case_id: str) -> CaseState:
        """The full current state of a case; the view is audited (rule 3.12)."""
        state = self._load(case_id)
        if state.opened is None:
            raise NotFound("This case does not exist in your profile.")
        with transaction(self.connection):
            self.audit.append(Action.VIEW, case_id)
        self._remember(case_id, state)
        return state

    def search(self, text: str, limit: int = 50) -> list[CaseRow]:
        """Cases whose names or case number match ``text`` (each word as a prefix), by name."""
        rowids = search.search_case_rowids(self.connection, text, limit)
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        rows = self.connection.execute(
            f"SELECT {_ROW_COLUMNS} FROM cases WHERE rowid IN ({marks}) "  # noqa: S608
            "ORDER BY display_name COLLATE NOCASE, case_number",
            rowids,
        )
        return [_case_row(row) for row in rows]

    def caseload(
        self, which: str = "all", *, limit: int = 100, offset: int = 0, horizon_days: int = 14
    ) -> list[CaseRow]:
        """A page of open cases, filtered (``FILTERS``), by name."""
        condition = FILTERS[which]
        horizon = (self._now().date() + dt.timedelta(days=horizon_days)).isoformat()
        rows = self.connection.execute(
            f"SELECT {_ROW_COLUMNS} FROM cases WHERE status = 'open' AND {condition} "  # noqa: S608
            "ORDER BY display_name COLLATE NOCASE, case_number LIMIT :limit OFFSET :offset",
            {"horizon": horizon, "limit": limit, "offset": offset},
        )
        return [_case_row(row) for row in rows]

    def counts(self, horizon_days: int = 14) -> dict[str, int]:
        """How many open cases each caseload filter shows (rule 13.5)."""
        horizon = (self._now().date() + dt.timedelta(days=horizon_days)).isoformat()
        return {
            name: int(
                self.connection.execute(
                    f"SELECT count(*) FROM cases WHERE status = 'open' AND {condition}",  # noqa: S608
                    {"horizon": horizon},
                ).fetchone()[0]
            )
            for name, condition in FILTERS.items()
        }

    def measure_counts(self) -> dict[str, dict[str, int]]:
        """Measures by type and status, for the caseload chart (rule 13.5)."""
        rows = self.connection.execute(
            "SELECT type_code, status, count(*) FROM measures GROUP BY type_code, status"
        )
        counts: dict[str, dict[str, int]] = {}
        for type_code, status, count in rows:
            counts.setdefault(type_code, {})[status] = int(count)
        return counts

    # --- maintenance -----------------------------------------------------------------------

    def rebuild_projections(self) -> int:
        """Derive all projections again from the events; returns the number of cases."""
        with transaction(self.connection):
            count = projections.rebuild(self.connection, self.catalogue)
            self.audit.append(Action.REBUILD, str(count))
        self._cache.clear()
        return count

    def purge_case(self, case_id: str) -> None:
        """Delete every trace of a case (reassignment or retention), audited."""
        with transaction(self.connection):
            self._purge_in_transaction(case_id)

    def _purge_in_transaction(self, case_id: str) -> None:
        # The numbers this device used stay used after its events are gone.
        floor = eventlog.last_seq(self.connection, self.device_id)
        self._set_meta(eventlog.SEQ_FLOOR_KEY, str(floor))
        self.connection.execute("INSERT INTO purge_permit (case_id) VALUES (?)", (case_id,))
        self.connection.execute("DELETE FROM events WHERE case_id = ?", (case_id,))
        self.connection.execute("DELETE FROM purge_permit WHERE case_id = ?", (case_id,))
        self.connection.execute("DELETE FROM sync_rejections WHERE case_id = ?", (case_id,))
        self.connection.execute("DELETE FROM sync_evictions WHERE case_id = ?", (case_id,))
        projections.remove_case(self.connection, case_id)
        self.audit.append(Action.PURGE, case_id)
        self._cache.pop(case_id, None)

    def verification_key(self) -> tuple[bytes, int]:
        """(key, version) for sheet verification codes; made on first use.

        Until head office distributes an agency key, each profile has its own random key,
        kept inside the encrypted database.
        """
        row = self.connection.execute(
            "SELECT value FROM meta WHERE key = 'verification_key'"
        ).fetchone()
        if row is None:
            with transaction(self.connection):
                self._set_meta("verification_key", "1:" + secrets.token_hex(32))
            return self.verification_key()
        version, hex_key = str(row[0]).split(":", 1)
        return bytes.fromhex(hex_key), int(version)

    def documents_with_code(self, code: str) -> list[Event]:
        """Issued documents whose verification code is ``code`` (normally one)."""
        rows = self.connection.execute(
            f"SELECT {eventlog.COLUMNS} FROM events WHERE kind = 'document.issued' "  # noqa: S608
            "AND json_extract(payload, '$.verification_code') = ?",
            (code,),
        )
        return [eventlog.from_row(row) for row in rows]

    def verify_audit(self) -> list[str]:
        """Breaks in the audit chain (empty when intact)."""
        return self.audit.verify()

    def integrity_problems(self) -> list[str]:
        """Page authentication and structural problems (empty when sound)."""
        return integrity_problems(self.connection)

    def event_count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM events").fetchone()[0])

    def close(self) -> None:
        """Drop cached records and close the connection (locking)."""
        self._cache.clear()
        self.connection.close()


def _case_row(row: Sequence[Any]) -> CaseRow:
    return CaseRow(
        case_id=row[0],
        case_number=row[1],
        display_name=row[2],
        preferred_language=row[3],
        status=row[4],
        measure_types=row[5],
        explanation_pending=bool(row[6]),
        breach_open=bool(row[7]),
        review_due=row[8],
        ends_on=row[9],
    )
