"""What head office does with an enrollment or a sync exchange, independent of HTTP.

The HTTP layer (``server/app.py``) only decodes bodies and maps errors to status codes; the
fault-injecting test harness calls this module directly.  Each exchange is one database
transaction: events accepted, the device's high-water mark and the download are one unit,
so a dropped connection either changed nothing or everything it reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from tokyo_desk.domain import rules
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.events import KINDS, EventClass
from tokyo_desk.domain.ids import wall_clock_ms
from tokyo_desk.domain.state import CaseState
from tokyo_desk.errors import UserError, ValidationError
from tokyo_desk.server import db
from tokyo_desk.sync import protocol as p

ENROLLMENT_TTL_MS = 72 * 3600 * 1000
# Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
# A no-change sync writes nothing (no commit to flush to disk) unless the device's "last seen"
# is this old or its clock skew moved this much: head office's device list needs no more.
LAST_SEEN_RESOLUTION_MS = 60_000
SKEW_RESOLUTION_MS = 5_000
# Rows fetched from the feed per exchange at most (the byte budget usually stops earlier).
FEED_ROWS = 2_000


class Unauthorized(UserError):
    """No device holds this token (never enrolled, or enrolled against another server)."""

    code = "unauthorized"


class Revoked(UserError):
    """The device was revoked: it must lock and keep nothing readable."""

    code = "revoked"


class EnrollmentRefused(UserError):
    """The enrollment code is unknown, used or expired, or the device is known already."""

    code = "enrollment_refused"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_code(code: str) -> str:
    """An enrollment code as typed (any case, dashes, spaces, O for 0) in canonical form."""
    cleaned = code.upper().replace("-", "").replace(" ", "")
    return cleaned.translate(str.maketrans("OIL", "011"))


def format_code(code: str) -> str:
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4))


@dataclass
class _Device:
    device_id: str
    officer_id: str
    local_officer_id: str
    up_hwm: int
    last_seen_ms: int | None = None
    last_skew_ms: int | None = None


class SyncService:
    """Enrollment and the sync exchange over one head-office database."""

    def __init__(
        self, engine: Engine, catalogue: Catalogue, *, clock_ms: Callable[[], int] = wall_clock_ms
    ) -> None:
        self.engine = engine
        self.catalogue = catalogue
        self.clock_ms = clock_ms

    # --- administration ----------------------------------------------------------------------

    def generation(self, connection: Connection) -> str:
        """The server's generation, created with the database."""
        value = connection.execute(
            select(db.meta.c.value).where(db.meta.c.key == "generation")
        ).scalar_one_or_none()
        if value is None:
            value = str(uuid.uuid4())
            connection.execute(insert(db.meta).values(key="generation", value=value))
        return value

    def new_generation(self) -> str:
        """Start a new generation (after restoring a backup): every device re-sends what the
        server no longer holds and downloads its feed again."""
        value = str(uuid.uuid4())
        with self.engine.begin() as connection:
            self.generation(connection)
            connection.execute(
                update(db.meta).where(db.meta.c.key == "generation").values(value=value)
            )
            self._audit(connection, "admin", "new_generation", "generation changed")
        return value

    def add_officer(self, name: str, office: str, officer_id: str | None = None) -> str:
        officer_id = officer_id or str(uuid.uuid4())
        with self.engine.begin() as connection:
            connection.execute(
                insert(db.officers).values(
                    officer_id=officer_id, name=name, office=office, created_ms=self.clock_ms()
                )
            )
            self._audit(connection, "admin", "officer_add", officer_id)
        return officer_id

    def enrollment_code(self, officer_id: str, ttl_ms: int = ENROLLMENT_TTL_MS) -> str:
        """A new one-time code for ``officer_id`` (XXXX-XXXX-XXXX), valid for ``ttl_ms``."""
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        with self.engine.begin() as connection:
            known = connection.execute(
                select(db.officers.c.officer_id).where(db.officers.c.officer_id == officer_id)
            ).first()
            if known is None:
                raise UserError("There is no officer with this id.")
            connection.execute(
                insert(db.enrollment_codes).values(
                    code_hash=token_hash(code),
                    officer_id=officer_id,
                    expires_ms=self.clock_ms() + ttl_ms,
                )
            )
            self._audit(connection, "admin", "enroll_code", officer_id)
        return format_code(code)

    def assign(self, case_id: str, officer_id: str) -> None:
        """Give a case to an officer: their devices receive its whole history, the previous
        officer's devices an eviction."""
        with self.engine.begin() as connection:
            if (
                connection.execute(
                    select(db.officers.c.officer_id).where(db.officers.c.officer_id == officer_id)
                ).first()
                is None
            ):
                raise UserError("There is no officer with this id.")
            current = connection.execute(
                select(db.assignments.c.officer_id).where(db.assignments.c.case_id == case_id)
            ).scalar_one_or_none()
            if current == officer_id:
                return
            if current is not None:
                connection.execute(
                    insert(db.feed).values(officer_id=current, case_id=case_id, server_seq=None)
                )
                connection.execute(
                    update(db.assignments)
                    .where(db.assignments.c.case_id == case_id)
                    .values(officer_id=officer_id, assigned_ms=self.clock_ms())
                )
            else:
                connection.execute(
                    insert(db.assignments).values(
                        case_id=case_id, officer_id=officer_id, assigned_ms=self.clock_ms()
                    )
                )
            self._hold(connection, case_id, officer_id)
            history = connection.execute(
                select(db.events.c.server_seq)
                .where(db.events.c.case_id == case_id)
                .order_by(db.events.c.server_seq)
            ).scalars()
            rows = [
                {"officer_id": officer_id, "case_id": case_id, "server_seq": seq} for seq in history
            ]
            if rows:
                connection.execute(insert(db.feed), rows)
            self._audit(connection, "admin", "assign", f"{case_id} -> {officer_id}")

    def revoke(self, device_id: str) -> bool:
        with self.engine.begin() as connection:
            result = connection.execute(
                update(db.devices)
                .where(db.devices.c.device_id == device_id, db.devices.c.revoked_ms.is_(None))
                .values(revoked_ms=self.clock_ms())
            )
            self._audit(connection, "admin", "revoke", device_id)
            return result.rowcount == 1

    # --- enrollment --------------------------------------------------------------------------

    def enroll(self, request: p.EnrollRequest) -> p.EnrollResponse:
        now = self.clock_ms()
        with self.engine.begin() as connection:
            row = connection.execute(
                select(db.enrollment_codes)
                .where(db.enrollment_codes.c.code_hash == token_hash(normalise_code(request.code)))
                .with_for_update()
            ).first()
            if row is None or row.used_ms is not None or row.expires_ms < now:
                self._audit(connection, request.device_id, "enroll_refused", "bad code")
                raise EnrollmentRefused(
                    "This enrollment code is not valid: it may be mistyped, used or expired. "
                    "Ask head office for a new one."
                )
            if connection.execute(
                select(db.devices.c.device_id).where(db.devices.c.device_id == request.device_id)
            ).first():
                raise EnrollmentRefused("This device is enrolled already.")
            token = secrets.token_urlsafe(32)
            connection.execute(
                update(db.enrollment_codes)
                .where(db.enrollment_codes.c.code_hash == row.code_hash)
                .values(used_ms=now)
            )
            connection.execute(
                insert(db.devices).values(
                    device_id=request.device_id,
                    officer_id=row.officer_id,
                    local_officer_id=request.local_officer_id,
                    token_hash=token_hash(token),
                    label=request.device_label,
                    enrolled_ms=now,
                    up_hwm=0,
                )
            )
            officer = connection.execute(
                select(db.officers.c.name).where(db.officers.c.officer_id == row.officer_id)
            ).scalar_one()
            self._audit(connection, request.device_id, "enrolled", row.officer_id)
            return p.EnrollResponse(
                device_id=request.device_id,
                token=token,
                officer_id=row.officer_id,
                officer_name=officer,
                generation=self.generation(connection),
            )

    # --- the exchange ------------------------------------------------------------------------

    def sync(self, token: str, request: p.SyncRequest) -> p.SyncResponse:
        """Store the device's events, answer with its acknowledgement and its download."""
        now = self.clock_ms()
        with self.engine.begin() as connection:
            # Only an exchange that brings events takes the device's row lock (two exchanges
            # of one device must not both take the same seq); a no-change sync only reads.
            device = self._device(connection, token, request.device_id, lock=bool(request.events))
            received_up_to = device.up_hwm
            generation = self.generation(connection)
            top = connection.execute(select(func.max(db.feed.c.feed_id))).scalar() or 0
            restored = request.acked > device.up_hwm or (
                request.generation == generation and request.cursor > top
            )
            if restored:
                # The device holds acknowledgements or a cursor this database never gave:
                # it was restored from a backup.  A new generation makes every device
                # re-read its feed; this one also re-sends from our high-water mark.
                generation = str(uuid.uuid4())
                connection.execute(
                    update(db.meta).where(db.meta.c.key == "generation").values(value=generation)
                )
                self._audit(connection, device.device_id, "restore_detected", "generation")
            cursor = request.cursor if request.generation == generation else 0
            reset = restored or cursor != request.cursor
            rejected = self._receive(connection, device, request, now)
            events, evict, cursor, more = self._download(connection, device, cursor, request)
            skew = request.wall_ms - now
            if (
                device.up_hwm != received_up_to
                or device.last_seen_ms is None
                or now - device.last_seen_ms >= LAST_SEEN_RESOLUTION_MS
                or abs(skew - (device.last_skew_ms or 0)) >= SKEW_RESOLUTION_MS
            ):
                connection.execute(
                    update(db.devices)
                    .where(db.devices.c.device_id == device.device_id)
                    .values(up_hwm=device.up_hwm, last_seen_ms=now, last_skew_ms=skew)
                )
            return p.SyncResponse(
                generation=generation,
                up_hwm=device.up_hwm,
                rejected=rejected,
                events=events,
                cursor=cursor,
                more=more,
                evict=evict,
                server_ms=now,
                skew_ms=skew,
                reset=reset,
            )

    def _device(self, connection: Connection, token: str, device_id: str, *, lock: bool) -> _Device:
        query = select(db.devices).where(db.devices.c.token_hash == token_hash(token))
        row = connection.execute(query.with_for_update() if lock else query).first()
        if row is None or row.device_id != device_id:
            raise Unauthorized("This device is not enrolled with head office.")
        if row.revoked_ms is not None:
            self._audit(connection, device_id, "revoked_refused", "sync attempt")
            raise Revoked("This device has been revoked by head office.")
        return _Device(
            row.device_id,
            row.officer_id,
            row.local_officer_id,
            row.up_hwm,
            row.last_seen_ms,
            row.last_skew_ms,
        )

    def _receive(
        self, connection: Connection, device: _Device, request: p.SyncRequest, now: int
    ) -> list[p.Rejection]:
        """Accept or reject the device's events from up_hwm + 1 on; stop at a gap."""
        answers = self._answered_before(connection, device, request)
        batch: list[p.WireEvent] = []
        for item in request.events:
            if item[6] <= device.up_hwm + len(batch):
                continue
            if item[6] != device.up_hwm + len(batch) + 1:
                break  # a gap: the device re-sends from up_hwm + 1
            batch.append(item)
        if not batch:
            return answers
        intake = _Intake(connection, device, batch, now)
        for item in batch:
            problem = self._check(intake, item)
            if problem is not None:
                code, reason = problem
                answers.append(p.Rejection(seq=item[6], event_id=item[0], code=code, reason=reason))
                intake.rejected.append(
                    {
                        "device_id": device.device_id,
                        "seq": item[6],
                        "event_id": item[0],
                        "case_id": item[1],
                        "kind": item[2],
                        "code": code,
                        "reason": reason,
                        "received_ms": now,
                    }
                )
            device.up_hwm = item[6]
        intake.flush()
        if intake.rejected:
            connection.execute(insert(db.rejected), intake.rejected)
            self._audit(connection, device.device_id, "reject", f"{len(intake.rejected)} events")
        return answers

    def _answered_before(
        self, connection: Connection, device: _Device, request: p.SyncRequest
    ) -> list[p.Rejection]:
        """A re-sent batch whose answer was lost gets the same rejections again."""
        already = [item[6] for item in request.events if item[6] <= device.up_hwm]
        if not already:
            return []
        rows = connection.execute(
            select(db.rejected).where(
                db.rejected.c.device_id == device.device_id, db.rejected.c.seq.in_(already)
            )
        )
        return [
            p.Rejection(seq=row.seq, event_id=row.event_id, code=row.code, reason=row.reason)
            for row in rows
        ]

    def _check(self, intake: _Intake, item: p.WireEvent) -> tuple[Any, str] | None:
        """Queue one event for storing; or (code, reason) when it is not accepted."""
        device = intake.device
        event_id, case_id, kind, _, author, device_id, _, _, _ = item
        if device_id != device.device_id:
            return "invalid", "the event names another device"
        if author != device.local_officer_id:
            return "wrong_author", "the event was written by another officer's profile"
        info = KINDS.get(kind)
        if info is None:
            return "unknown_kind", "this kind of event is not known to head office"
        try:
            event = p.event_from_wire(item)
        except ValidationError as error:
            return "invalid", "; ".join(error.problems)[:500]
        if event_id in intake.known_ids:
            return "invalid", "another event already has this id"
        holder = intake.holders.get(case_id)
        if holder is None:
            if kind != "case.opened":
                return "out_of_scope", "head office does not know this case"
            holder = device.officer_id
            intake.assign(case_id, holder)
        elif holder != device.officer_id and (
            # Facts an officer recorded before learning of a reassignment are kept.
            case_id not in intake.held_before or info.event_class is not EventClass.FACT
        ):
            return "out_of_scope", "this case is assigned to another officer"
        if info.event_class is EventClass.COMMAND and kind != "case.opened":
            intake.flush()  # the check must see this batch's earlier events too
            problems = self._command_problems(intake.connection, event, intake.now)
            if problems:
                return "refused", "; ".join(problems)[:500]
        intake.add(item, event.payload_json(), holder)
        return None

    def _command_problems(self, connection: Connection, event: Any, now: int) -> list[str]:
        """A command (close, terminate, modify) checked against the case as head office
        holds it: another device may have changed the case since."""
        history = [
            p.event_from_wire(_wire_row(row))
            for row in connection.execute(
                select(db.events).where(db.events.c.case_id == event.case_id)
            )
        ]
        state = CaseState.replay(event.case_id, history, self.catalogue)
        ctx = rules.Context(self.catalogue, dt.datetime.fromtimestamp(now / 1000, dt.UTC))
        return list(rules.check(state, event.kind, event.payload, ctx).problems)

    def _download(
        self, connection: Connection, device: _Device, cursor: int, request: p.SyncRequest
    ) -> tuple[list[Any], list[str], int, bool]:
        """The officer's feed after ``cursor`` within the budget; evictions first."""
        rows = connection.execute(
            select(db.feed.c.feed_id, db.feed.c.case_id, db.feed.c.server_seq, db.events)
            .select_from(
                db.feed.outerjoin(db.events, db.events.c.server_seq == db.feed.c.server_seq)
            )
            .where(db.feed.c.officer_id == device.officer_id, db.feed.c.feed_id > cursor)
            .order_by(db.feed.c.feed_id)
            .limit(FEED_ROWS + 1)
        ).all()
        events: list[Any] = []
        evict: list[str] = []
        used = 0
        more = False
        for index, row in enumerate(rows):
            if index == FEED_ROWS:
                more = True
                break
            if row.server_seq is None:
                if events:  # an eviction after events: it starts the next batch
                    more = True
                    break
                evict.append(row.case_id)
            elif row.device_id != device.device_id:  # its own events the device holds
                item = _wire_row(row)
                size = p.wire_size(item)
                if events and used + size > request.down_budget:
                    more = True
                    break
                if row.case_id in evict:  # the case came back after its eviction
                    more = True
                    break
                events.append(item)
                used += size
            cursor = row.feed_id
        return events, evict, cursor, more

    # --- helpers ---------------------------------------------------------------------------

    def _hold(self, connection: Connection, case_id: str, officer_id: str) -> None:
        if (
            connection.execute(
                select(db.held_cases.c.case_id).where(
                    db.held_cases.c.case_id == case_id, db.held_cases.c.officer_id == officer_id
                )
            ).first()
            is None
        ):
            connection.execute(insert(db.held_cases).values(case_id=case_id, officer_id=officer_id))

    def _audit(self, connection: Connection, actor: str, action: str, detail: str) -> None:
        connection.execute(
            insert(db.audit).values(
                at_ms=self.clock_ms(), actor=actor[:80], action=action, detail=detail[:500]
            )
        )


class _Intake:
    """The events of one exchange on their way in: lookups made once for the whole batch,
    inserts made in bulk (a batch is hundreds of events on a good link)."""

    def __init__(
        self, connection: Connection, device: _Device, batch: list[p.WireEvent], now: int
    ) -> None:
        self.connection = connection
        self.device = device
        self.now = now
        case_ids = {item[1] for item in batch}
        self.holders: dict[str, str] = dict(
            connection.execute(
                select(db.assignments.c.case_id, db.assignments.c.officer_id).where(
                    db.assignments.c.case_id.in_(case_ids)
                )
            ).all()
        )
        self.held_before = set(
            connection.execute(
                select(db.held_cases.c.case_id).where(
                    db.held_cases.c.case_id.in_(case_ids),
                    db.held_cases.c.officer_id == device.officer_id,
                )
            ).scalars()
        )
        self.known_ids = set(
            connection.execute(
                select(db.events.c.event_id).where(
                    db.events.c.event_id.in_([item[0] for item in batch])
                )
            ).scalars()
        )
        self.rejected: list[dict[str, Any]] = []
        self._events: list[dict[str, Any]] = []
        self._holders: list[str] = []

    def assign(self, case_id: str, officer_id: str) -> None:
        self.connection.execute(
            insert(db.assignments).values(
                case_id=case_id, officer_id=officer_id, assigned_ms=self.now
            )
        )
        self.connection.execute(
            insert(db.held_cases).values(case_id=case_id, officer_id=officer_id)
        )
        self.holders[case_id] = officer_id
        self.held_before.add(case_id)

    def add(self, item: p.WireEvent, payload_json: str, holder: str) -> None:
        event_id, case_id, kind, schema_version, author, device_id, seq, hlc, _ = item
        self._events.append(
            {
                "event_id": event_id,
                "case_id": case_id,
                "kind": kind,
                "schema_version": schema_version,
                "author": author,
                "device_id": device_id,
                "seq": seq,
                "hlc": hlc,
                "payload": payload_json,
                "received_ms": self.now,
            }
        )
        self._holders.append(holder)
        self.known_ids.add(event_id)

    def flush(self) -> None:
        """Insert the queued events and their feed rows."""
        if not self._events:
            return
        seqs = (
            self.connection.execute(
                insert(db.events).returning(db.events.c.server_seq, sort_by_parameter_order=True),
                self._events,
            )
            .scalars()
            .all()
        )
        self.connection.execute(
            insert(db.feed),
            [
                {"officer_id": holder, "case_id": row["case_id"], "server_seq": seq}
                for row, holder, seq in zip(self._events, self._holders, seqs, strict=True)
            ],
        )
        self._events, self._holders = [], []


def _wire_row(row: Any) -> Any:
    """An events row in its positional wire form."""
    return [
        row.event_id,
        row.case_id,
        row.kind,
        row.schema_version,
        row.author,
        row.device_id,
        row.seq,
        row.hlc,
        json.loads(row.payload),
    ]
