"""Database schema and its migrations, tracked by ``PRAGMA user_version``.

Each migration runs in one transaction together with the ``user_version`` bump, so a crash
leaves the file at either the old or the new version.  Before migrating an existing file a
byte copy is taken (``<db>.v<N>.backup``).  A file written by a newer version is refused.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from tokyo_desk.errors import DatabaseNewer
from tokyo_desk.store.connection import Connection, transaction
from tokyo_desk.store.keyfile import fsync_directory

# Version 1: the event log, the audit chain and profile metadata (the first release).
V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE events (
    local_id       INTEGER PRIMARY KEY,
    event_id       TEXT NOT NULL UNIQUE,
    case_id        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    author         TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    hlc            INTEGER NOT NULL,
    payload        TEXT NOT NULL,
    UNIQUE (device_id, seq)
) STRICT;
CREATE INDEX events_by_case ON events (case_id, hlc);

-- Deleting a case's events is allowed only for a whole case being purged (reassignment,
-- retention), announced in purge_permit inside the same transaction.
CREATE TABLE purge_permit (case_id TEXT PRIMARY KEY) STRICT;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM purge_permit WHERE case_id = OLD.case_id)
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at_utc    TEXT NOT NULL,
    officer   TEXT NOT NULL,
    device    TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# Version 2: projections of current state and the search index, rebuilt from the events.
V2 = """
CREATE TABLE cases (
    rowid               INTEGER PRIMARY KEY,
    case_id             TEXT NOT NULL UNIQUE,
    case_number         TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    preferred_language  TEXT NOT NULL,
    office              TEXT NOT NULL,
    status              TEXT NOT NULL,
    opened_on           TEXT NOT NULL,
    measure_types       TEXT NOT NULL,
    explanation_pending INTEGER NOT NULL,
    breach_open         INTEGER NOT NULL,
    review_due          TEXT,
    ends_on             TEXT,
    last_hlc            INTEGER NOT NULL
) STRICT;
CREATE INDEX cases_by_number ON cases (case_number);
CREATE INDEX cases_by_name ON cases (display_name COLLATE NOCASE);
CREATE INDEX cases_by_review ON cases (review_due) WHERE review_due IS NOT NULL;
CREATE INDEX cases_by_end ON cases (ends_on) WHERE ends_on IS NOT NULL;

CREATE TABLE measures (
    measure_id         TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL,
    type_code          TEXT NOT NULL,
    status             TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    end_date           TEXT,
    conditions_version INTEGER NOT NULL,
    explained_version  INTEGER NOT NULL
) STRICT;
CREATE INDEX measures_by_case ON measures (case_id);

CREATE TABLE conditions (
    condition_id     TEXT PRIMARY KEY,
    measure_id       TEXT NOT NULL,
    case_id          TEXT NOT NULL,
    template_code    TEXT,
    template_version INTEGER,
    active           INTEGER NOT NULL,
    next_review_due  TEXT
) STRICT;
CREATE INDEX conditions_by_case ON conditions (case_id);

CREATE VIRTUAL TABLE case_search USING fts5 (
    names, numbers,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1 2 3'
);
INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
"""

# Version 3: head-office synchronisation.  Events head office did not accept stay in the log
# (they are the officer's record) and are listed here until corrected; cases head office
# reassigned wait here until this device's own events for them are acknowledged.
V3 = """
CREATE TABLE sync_rejections (
    seq       INTEGER PRIMARY KEY,
    event_id  TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    code      TEXT NOT NULL,
    reason    TEXT NOT NULL
) STRICT;
CREATE INDEX sync_rejections_by_case ON sync_rejections (case_id);
CREATE TABLE sync_evictions (case_id TEXT PRIMARY KEY) STRICT;
"""

Migration = Callable[[Connection], object]


def _script(sql: str) -> Migration:
    def run(connection: Connection) -> None:
        for statement in _statements(sql):
            connection.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a script on top-level semicolons (triggers contain ``; END;``)."""
    statements, current = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if joined.rstrip().endswith(";") and (
            "BEGIN" not in joined or joined.rstrip().endswith("END;")
        ):
            statements.append(joined)
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def _v2(connection: Connection, rebuild: Callable[[Connection], object]) -> None:
    _script(V2)(connection)
    rebuild(connection)


LATEST = 3


def migrate(connection: Connection, path: Path, rebuild: Callable[[Connection], object]) -> int:
    """Bring the database to LATEST; back up first if it already holds data.

    ``rebuild`` re-derives the projections from the events (store.projections).
    Returns the version the file had before.
    """
    steps: dict[int, Migration] = {
        1: _script(V1),
        2: lambda c: _v2(c, rebuild),
        3: _script(V3),
    }
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST:
        raise DatabaseNewer(
            f"This profile was written by a newer Tokyo Desk (schema {version}, this version "
            f"reads up to {LATEST}). Install the newer version; nothing was changed."
        )
    if version == LATEST:
        return version
    if version > 0:
        backup(connection, path, version)
    for target in range(version + 1, LATEST + 1):
        with transaction(connection):
            steps[target](connection)
            connection.execute(f"PRAGMA user_version = {target}")
    return version


def backup(connection: Connection, path: Path, version: int) -> Path:
    """A byte copy of the (still encrypted) database, taken with the WAL checkpointed."""
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = path.with_name(f"{path.name}.v{version}-{time.strftime('%Y%m%d%H%M%S')}.backup")
    temp = target.with_name(target.name + ".tmp")
    shutil.copyfile(path, temp)
    with temp.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    fsync_directory(path.parent)
    return target
