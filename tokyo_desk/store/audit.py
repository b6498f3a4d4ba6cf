"""Hash-chained audit log (rules 3.12, 13.6; ``design/security.md``).

Each entry's hash is ``sha256(prev_hash || canonical entry)``; the newest sequence number
and hash are also kept in ``meta`` inside the same transaction, so that deleting entries
from the end is detected as surely as editing, deleting or reordering any other entry.
Entries hold who, when, what and the entity id -- never record content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tokyo_desk.store.connection import Connection

GENESIS = "0" * 64


class Action(StrEnum):
    UNLOCK_OK = "unlock_ok"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    PRINT = "print"
    EXPORT = "export"
    SYNC = "sync"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 - an action name
    KEY_CHANGE = "key_change"
    PURGE = "purge"
    REBUILD = "rebuild"
    PROFILE_CREATED = "profile_created"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at_utc: str
    officer: str
    device: str
    action: str
    entity: str
    outcome: str
    prev_hash: str
    hash: str


def entry_hash(prev_hash: str, fields: tuple[int, str, str, str, str, str, str]) -> str:
    """The chained hash of one entry."""
    body = json.dumps([*fields, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


class AuditLog:
    """Appends and verifies entries; call ``append`` inside the caller's transaction."""

    def __init__(
        self, connection: Connection, officer: str, device: str, now: Callable[[], dt.datetime]
    ) -> None:
        self._connection = connection
        self._officer = officer
        self._device = device
        self._now = now

    def append(
        self, action: Action, entity: str = "", outcome: str = "ok", at: dt.datetime | None = None
    ) -> AuditEntry:
        """Add one entry at the head of the chain."""
        head = self._connection.execute(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS)
        at_utc = (at or self._now()).astimezone(dt.UTC).isoformat(timespec="milliseconds")
        fields = (seq, at_utc, self._officer, self._device, str(action), entity, outcome)
        digest = entry_hash(prev_hash, fields)
        self._connection.execute(
            "INSERT INTO audit (seq, at_utc, officer, device, action, entity, outcome, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*fields, prev_hash, digest),
        )
        self._connection.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (f"{seq}:{digest}",),
        )
        return AuditEntry(*fields, prev_hash, digest)

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        """Entries oldest first (the newest ``limit`` when given)."""
        sql = (
            "SELECT seq, at_utc, officer, device, action, entity, outcome, prev_hash, hash "
            "FROM audit"
        )
        if limit is None:
            return [AuditEntry(*row) for row in self._connection.execute(sql + " ORDER BY seq")]
        rows = self._connection.execute(sql + " ORDER BY seq DESC LIMIT ?", (limit,))
        return [AuditEntry(*row) for row in reversed(rows.fetchall())]

    def verify(self) -> list[str]:
        """Every break in the chain; an empty list means the log is intact."""
        return verify_entries(self.entries(), self._head())

    def _head(self) -> str | None:
        row = self._connection.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        return None if row is None else str(row[0])


def verify_entries(entries: list[AuditEntry], head: str | None) -> list[str]:
    """Check sequence, links and hashes of ``entries`` against the stored head."""
    problems = []
    prev_hash = GENESIS
    for expected_seq, entry in enumerate(entries, start=1):
        if entry.seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (found {entry.seq})")
        if entry.prev_hash != prev_hash:
            problems.append(f"entry {entry.seq} does not follow the entry before it")
        fields = (entry.seq, entry.at_utc, entry.officer, entry.device, entry.action,
                  entry.entity, entry.outcome)  # fmt: skip
        if entry_hash(entry.prev_hash, fields) != entry.hash:
            problems.append(f"entry {entry.seq} was altered")
        prev_hash = entry.hash
    last = f"{entries[-1].seq}:{entries[-1].hash}" if entries else None
    if last != head:
        problems.append("the newest entries are missing or the head does not match")
    return problems
