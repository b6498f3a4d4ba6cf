"""The append-only event table: writing events and reading them back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tokyo_desk.domain.events import Event, parse_payload
from tokyo_desk.store.connection import Connection

COLUMNS = "event_id, case_id, kind, schema_version, author, device_id, seq, hlc, payload"


def insert(connection: Connection, event: Event) -> bool:
    """Store one event; False (and nothing written) if its id or (device, seq) is known."""
    cursor = connection.execute(
        f"INSERT INTO events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "  # noqa: S608
        "ON CONFLICT DO NOTHING",
        (
            event.event_id,
            event.case_id,
            event.kind,
            event.schema_version,
            event.author,
            event.device_id,
            event.seq,
            event.hlc,
            event.payload_json(),
        ),
    )
    return bool(cursor.rowcount == 1)


def from_row(row: tuple[Any, ...]) -> Event:
    """An Event from a stored row (the payload is validated again on the way in)."""
    event_id, case_id, kind, schema_version, author, device_id, seq, hlc, payload = row
    return Event(
        event_id=event_id,
        case_id=case_id,
        kind=kind,
        schema_version=schema_version,
        author=author,
        device_id=device_id,
        seq=seq,
        hlc=hlc,
        payload=parse_payload(kind, json.loads(payload)),
    )


def case_events(connection: Connection, case_id: str) -> list[Event]:
    """All events of one case, in replay order."""
    rows = connection.execute(
        f"SELECT {COLUMNS} FROM events WHERE case_id = ? "  # noqa: S608
        "ORDER BY hlc, device_id, seq",
        (case_id,),
    )
    return [from_row(row) for row in rows]


def all_events_by_case(connection: Connection) -> Iterator[tuple[str, list[Event]]]:
    """Every case's events, one case at a time (for rebuilding projections)."""
    rows = connection.execute(
        f"SELECT {COLUMNS} FROM events ORDER BY case_id, hlc, device_id, seq"  # noqa: S608
    )
    current: str | None = None
    batch: list[Event] = []
    for row in rows:
        if row[1] != current:
            if current is not None:
                yield current, batch
            current, batch = row[1], []
        batch.append(from_row(row))
    if current is not None:
        yield current, batch


SEQ_FLOOR_KEY = "device_seq_floor"


def last_seq(connection: Connection, device_id: str) -> int:
    """The highest sequence number this device has written (0 if none).

    A purged case takes its events with it; the floor kept in ``meta`` remembers the numbers
    they used, so they are never given out again (head office would take a reused number
    for a re-sent event and drop the new one).
    """
    row = connection.execute(
        "SELECT max(seq) FROM events WHERE device_id = ?", (device_id,)
    ).fetchone()
    floor = connection.execute("SELECT value FROM meta WHERE key = ?", (SEQ_FLOOR_KEY,)).fetchone()
    return max(int(row[0] or 0), int(floor[0]) if floor else 0)


def last_hlc(connection: Connection) -> int:
    """The newest hybrid-clock value stored (so the clock never goes backwards)."""
    row = connection.execute("SELECT max(hlc) FROM events").fetchone()
    return int(row[0] or 0)
