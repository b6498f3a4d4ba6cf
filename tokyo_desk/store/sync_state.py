"""What the encrypted profile remembers about synchronisation with head office.

Enrollment (server address, device token, pinned certificate), the acknowledged high-water
mark, the download cursor and its server generation live in ``meta`` under ``sync.`` keys,
inside the encrypted database: a stolen laptop gives away no token.  Events head office did
not accept are listed in ``sync_rejections`` (the events themselves stay in the log); cases
head office moved to another officer wait in ``sync_evictions``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tokyo_desk.domain.events import KINDS, Event, EventClass
from tokyo_desk.store import eventlog
from tokyo_desk.store.connection import Connection

PREFIX = "sync."


@dataclass(frozen=True)
class Rejected:
    seq: int
    event_id: str
    code: str
    reason: str


@dataclass(frozen=True)
class Exchange:
    """What one answer from head office changes in the profile."""

    acked: int
    state: dict[str, str]  # sync.* values to store (cursor, generation, ...), without prefix
    events: list[Event] = field(default_factory=list)
    rejections: list[Rejected] = field(default_factory=list)
    evict: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Quarantined:
    seq: int
    event_id: str
    case_id: str
    code: str
    reason: str


def values(connection: Connection) -> dict[str, str]:
    """Every stored sync value, keys without the prefix."""
    rows = connection.execute(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ?", (PREFIX, "sync/")
    )
    return {str(key).removeprefix(PREFIX): str(value) for key, value in rows}


def set_values(connection: Connection, updates: dict[str, str]) -> None:
    """Store sync values (inside the caller's transaction)."""
    connection.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [(PREFIX + key, value) for key, value in updates.items()],
    )


def unsent(connection: Connection, device_id: str, after_seq: int, limit: int) -> list[Event]:
    """This device's events after ``after_seq``, in seq order (at most ``limit``)."""
    rows = connection.execute(
        f"SELECT {eventlog.COLUMNS} FROM events "  # noqa: S608 - constant column list
        "WHERE device_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (device_id, after_seq, limit),
    )
    return [eventlog.from_row(row) for row in rows]


def unsent_count(connection: Connection, device_id: str, after_seq: int) -> int:
    row = connection.execute(
        "SELECT count(*) FROM events WHERE device_id = ? AND seq > ?", (device_id, after_seq)
    ).fetchone()
    return int(row[0])


COMMAND_KINDS = tuple(
    kind for kind, info in KINDS.items() if info.event_class is EventClass.COMMAND
)


def awaiting_answer(connection: Connection, device_id: str, case_id: str) -> set[str]:
    """Ids of this device's commands on the case (close, end or modify a measure, ...) that
    head office has not acknowledged yet: they are shown as pending until it answers."""
    acked = int(values(connection).get("acked", "0"))
    marks = ", ".join("?" for _ in COMMAND_KINDS)
    rows = connection.execute(
        "SELECT event_id FROM events WHERE case_id = ? AND device_id = ? AND seq > ? "  # noqa: S608
        f"AND kind IN ({marks})",
        (case_id, device_id, acked, *COMMAND_KINDS),
    )
    return {str(row[0]) for row in rows}


def record_rejections(connection: Connection, rejections: Iterable[Rejected]) -> None:
    """Quarantine events head office processed but did not accept."""
    for item in rejections:
        row = connection.execute(
            "SELECT case_id FROM events WHERE event_id = ?", (item.event_id,)
        ).fetchone()
        if row is None:
            continue  # the case was purged meanwhile
        connection.execute(
            "INSERT INTO sync_rejections (seq, event_id, case_id, code, reason) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING",
            (item.seq, item.event_id, row[0], item.code, item.reason),
        )


def quarantined(connection: Connection, case_id: str | None = None) -> list[Quarantined]:
    """Events head office did not accept (for one case, or all)."""
    query = "SELECT seq, event_id, case_id, code, reason FROM sync_rejections"
    rows = (
        connection.execute(query + " WHERE case_id = ? ORDER BY seq", (case_id,))
        if case_id
        else connection.execute(query + " ORDER BY seq")
    )
    return [Quarantined(*row) for row in rows]


def queue_evictions(connection: Connection, case_ids: Iterable[str]) -> None:
    connection.executemany(
        "INSERT INTO sync_evictions (case_id) VALUES (?) ON CONFLICT DO NOTHING",
        [(case_id,) for case_id in case_ids],
    )


def cancel_evictions(connection: Connection, case_ids: Iterable[str]) -> None:
    connection.executemany(
        "DELETE FROM sync_evictions WHERE case_id = ?", [(case_id,) for case_id in case_ids]
    )


def evictable(connection: Connection, device_id: str, acked: int) -> list[str]:
    """Queued evictions whose cases hold no event of this device still unacknowledged."""
    rows = connection.execute(
        "SELECT case_id FROM sync_evictions WHERE NOT EXISTS ("
        " SELECT 1 FROM events WHERE events.case_id = sync_evictions.case_id"
        " AND events.device_id = ? AND events.seq > ?)",
        (device_id, acked),
    )
    return [str(row[0]) for row in rows]
