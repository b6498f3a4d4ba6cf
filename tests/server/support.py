"""Helpers for the head-office tests: a settable clock, enrolled devices, wire events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server import db
from tokyo_desk.server.service import SyncService
from tokyo_desk.sync import protocol as p

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
NOW_MS = int(NOW.timestamp() * 1000)
HOUR_MS = 3_600_000


class Clock:
    """Milliseconds the service believes it is; tests move it."""

    def __init__(self, ms: int = NOW_MS) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@dataclass
class Device:
    """An enrolled device as the tests drive it."""

    device_id: str
    local_officer_id: str
    officer_id: str
    token: str
    seq: int = 0
    acked: int = 0
    cursor: int = 0
    generation: str | None = None
    cases: list[str] = field(default_factory=list)

    def event(self, kind: str, payload: dict[str, Any], case_id: str) -> list[Any]:
        """The next event of this device in wire form."""
        self.seq += 1
        return [
            uuid7(), case_id, kind, 1, self.local_officer_id, self.device_id,
            self.seq, NOW_MS + self.seq, payload,
        ]  # fmt: skip

    def request(self, events: Iterable[list[Any]] = (), **overrides: Any) -> p.SyncRequest:
        fields: dict[str, Any] = {
            "device_id": self.device_id,
            "generation": self.generation,
            "acked": self.acked,
            "events": list(events),
            "cursor": self.cursor,
            "down_budget": p.MAX_BUDGET,
            "wall_ms": NOW_MS,
        }
        fields.update(overrides)
        return p.SyncRequest.model_validate(fields)

    def remember(self, response: p.SyncResponse) -> p.SyncResponse:
        """Keep what a device keeps from an answer."""
        self.acked = response.up_hwm
        self.cursor = response.cursor
        self.generation = response.generation
        return response


def enroll(service: SyncService, officer_id: str, label: str = "laptop") -> Device:
    """A device enrolled for ``officer_id`` through the service."""
    code = service.enrollment_code(officer_id)
    device_id, local = str(uuid7()), str(uuid7())
    answer = service.enroll(
        p.EnrollRequest(code=code, device_id=device_id, local_officer_id=local, device_label=label)
    )
    return Device(device_id, local, answer.officer_id, answer.token)


def upload(service: SyncService, device: Device, events: list[list[Any]]) -> p.SyncResponse:
    """Send ``events`` in one exchange; the device remembers the answer."""
    return device.remember(service.sync(device.token, device.request(events)))


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows in every table of the head-office schema."""
    tables = db.METADATA.sorted_tables
    counts = [select(func.count()).select_from(table).scalar_subquery() for table in tables]
    with engine.connect() as connection:  # one round trip
        row = connection.execute(select(*counts)).one()
    return {table.name: count for table, count in zip(tables, row, strict=True)}


def headers(token: str | None = None, media_type: str = p.MEDIA_TYPE) -> dict[str, str]:
    found = {"content-type": media_type}
    if token is not None:
        found["authorization"] = f"Bearer {token}"
    return found
