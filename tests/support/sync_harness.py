"""Head office and devices in one process, joined by a transport that can fail on purpose.

The transport calls the real service (``tokyo_desk.server.service``) on a real SQLite file
and the real client engine on real encrypted profiles; only the network is simulated, so
that thousands of failure sequences run in seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import UserError
from tokyo_desk.server import db
from tokyo_desk.server.service import EnrollmentRefused, Revoked, SyncService, Unauthorized
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile
from tokyo_desk.sync import protocol as p
from tokyo_desk.sync.client import Offline, Reply, SyncEngine

FAULTS = ("none", "drop_request", "drop_response", "duplicate", "truncate")


def error_reply(status: int, reason: str, message: str, directive: str = "none") -> Reply:
    body = p.ErrorBody(reason=reason, message=message, directive=directive)  # type: ignore[arg-type]
    return Reply(status, body.model_dump_json().encode())


@dataclass
class FaultyTransport:
    """Calls the service directly; ``faults`` is consumed one per request ("none" after)."""

    service: SyncService
    faults: list[str] = field(default_factory=list)
    requests: int = 0

    def post(self, path: str, body: bytes, token: str | None) -> Reply:
        self.requests += 1
        fault = self.faults.pop(0) if self.faults else "none"
        if fault == "drop_request":
            raise Offline("dropped before head office saw it")
        reply = self._answer(path, body, token)
        if fault == "duplicate":
            reply = self._answer(path, body, token)
        if fault == "drop_response":
            raise Offline("dropped after head office committed")
        if fault == "truncate" and reply.status == 200:
            return Reply(200, reply.body[: len(reply.body) // 2])
        return reply

    def _answer(self, path: str, body: bytes, token: str | None) -> Reply:
        try:
            if path == p.ENROLL_PATH:
                answer: p.Message = self.service.enroll(p.decode(body, p.EnrollRequest))
            else:
                answer = self.service.sync(token or "", p.decode(body, p.SyncRequest))
        except p.ProtocolError as error:
            return error_reply(error.status, error.reason, error.message)
        except Unauthorized as error:
            return error_reply(401, "unauthorized", error.message, "re_enroll")
        except Revoked as error:
            return error_reply(403, "revoked", error.message, "wipe")
        except EnrollmentRefused as error:
            return error_reply(403, "enrollment", error.message)
        return Reply(200, p.encode(answer))


class HeadOffice:
    def __init__(
        self, path: Path, catalogue: Catalogue, clock_ms: Callable[[], int], *, create: bool = True
    ) -> None:
        self.engine = db.make_engine(f"sqlite:///{path}")
        if create:
            db.METADATA.create_all(self.engine)
        self.service = SyncService(self.engine, catalogue, clock_ms=clock_ms)

    def count(self, table: Any) -> int:
        from sqlalchemy import func, select

        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(table)).scalar_one())

    def event_ids(self, case_ids: set[str] | None = None) -> list[str]:
        from sqlalchemy import select

        with self.engine.connect() as connection:
            rows = connection.execute(select(db.events.c.event_id, db.events.c.case_id)).all()
        return [row.event_id for row in rows if case_ids is None or row.case_id in case_ids]

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class Device:
    profile: Profile
    store: CaseStore
    transport: FaultyTransport
    engine: SyncEngine

    def event_ids(self) -> list[str]:
        return [row[0] for row in self.store.connection.execute("SELECT event_id FROM events")]

    def case_ids(self) -> set[str]:
        return {row[0] for row in self.store.connection.execute("SELECT case_id FROM cases")}


def new_profile(
    root: Path, name: str, catalogue: Catalogue, now: dt.datetime | None = None
) -> tuple[Profile, CaseStore]:
    """An officer's profile (cheap key derivation) in ``root / name``, open."""
    return Profile.create(
        root / name,
        catalogue,
        officer_name=name,
        office="Field",
        passphrase=PASSPHRASE,
        kdf=cheap_kdf(),
        now=(lambda: now) if now is not None else None,
    )


def new_device(
    root: Path,
    name: str,
    catalogue: Catalogue,
    office: HeadOffice,
    officer_id: str,
    now: dt.datetime,
) -> Device:
    profile, store = new_profile(root, name, catalogue, now)
    transport = FaultyTransport(office.service)
    engine = SyncEngine(store, transport)
    engine.enroll(office.service.enrollment_code(officer_id))
    return Device(profile, store, transport, engine)


def sync_until_done(device: Device, attempts: int = 50) -> None:
    """Sync on a clean link until the device has nothing left to send or receive."""
    device.transport.faults.clear()
    for _ in range(attempts):
        try:
            if device.engine.sync().complete:
                return
        except Offline:
            continue
    raise AssertionError("the device did not finish syncing on a clean link")


def try_sync(device: Device, faults: list[str]) -> None:
    """One sync attempt with ``faults`` injected; failures are expected and ignored."""
    device.transport.faults[:] = faults
    with contextlib.suppress(UserError):
        device.engine.sync(max_exchanges=len(faults) + 2)
    device.transport.faults.clear()


def random_faults(rng: random.Random, count: int) -> list[str]:
    return [rng.choice(FAULTS) for _ in range(count)]
