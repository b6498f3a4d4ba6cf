"""The head-office database: tables (SQLAlchemy Core) and engines for PostgreSQL and SQLite.

PostgreSQL is the production database; an SQLite file is the embedded default so that the
service runs with nothing else installed.  The schema is created and upgraded by Alembic
(``tokyo_desk/server/migrations``); ``METADATA`` here is what the migrations produce.

Per-device bookkeeping is one row (``devices.up_hwm``), never a row per sync.  What each
officer may download is a feed (``feed``): a row per event of a case assigned to the officer,
written when the event arrives or the case is assigned, so a no-change sync is one index probe
on ``(officer_id, feed_id)``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)

METADATA = MetaData()

# 64-bit sequences on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY.
Seq = BigInteger().with_variant(Integer(), "sqlite")

meta = Table(
    "server_meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

officers = Table(
    "officers",
    METADATA,
    Column("officer_id", String(36), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("office", String(200), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

devices = Table(
    "devices",
    METADATA,
    Column("device_id", String(36), primary_key=True),
    Column("officer_id", String(36), ForeignKey("officers.officer_id"), nullable=False),
    # The officer id the device wrote its events with (its profile's own id).
    Column("local_officer_id", String(36), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(100), nullable=False),
    Column("enrolled_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger),
    Column("up_hwm", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger),
    Column("last_skew_ms", BigInteger),
)

enrollment_codes = Table(
    "enrollment_codes",
    METADATA,
    Column("code_hash", String(64), primary_key=True),
    Column("officer_id", String(36), ForeignKey("officers.officer_id"), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger),
)

events = Table(
    "events",
    METADATA,
    Column("server_seq", Seq, primary_key=True, autoincrement=True),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("case_id", String(36), nullable=False),
    Column("kind", String(65), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("author", String(36), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("payload", Text, nullable=False),
    Column("received_ms", BigInteger, nullable=False),
    UniqueConstraint("device_id", "seq", name="events_device_seq"),
)
Index("events_by_case", events.c.case_id, events.c.server_seq)

# Events a device sent that the server did not accept: kept for head office to review, and
# so that a re-sent batch gets the same answer.
rejected = Table(
    "rejected_events",
    METADATA,
    Column("device_id", String(36), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("event_id", String(36), nullable=False),
    Column("case_id", String(36), nullable=False),
    Column("kind", String(65), nullable=False),
    Column("code", String(20), nullable=False),
    Column("reason", String(500), nullable=False),
    Column("received_ms", BigInteger, nullable=False),
)

assignments = Table(
    "assignments",
    METADATA,
    Column("case_id", String(36), primary_key=True),
    Column("officer_id", String(36), ForeignKey("officers.officer_id"), nullable=False),
    Column("assigned_ms", BigInteger, nullable=False),
)

# Every officer who ever held a case: facts they recorded while offline after a
# reassignment are still accepted (the contact happened); commands are not.
held_cases = Table(
    "held_cases",
    METADATA,
    Column("case_id", String(36), primary_key=True),
    Column("officer_id", String(36), primary_key=True),
)

feed = Table(
    "feed",
    METADATA,
    Column("feed_id", Seq, primary_key=True, autoincrement=True),
    Column("officer_id", String(36), nullable=False),
    Column("case_id", String(36), nullable=False),
    # The event to deliver, or NULL for an eviction of the case from the officer's devices.
    Column("server_seq", BigInteger),
)
Index("feed_by_officer", feed.c.officer_id, feed.c.feed_id)

audit = Table(
    "audit",
    METADATA,
    Column("audit_id", Seq, primary_key=True, autoincrement=True),
    Column("at_ms", BigInteger, nullable=False),
    Column("actor", String(80), nullable=False),
    Column("action", String(40), nullable=False),
    Column("detail", String(500), nullable=False),
)


def make_engine(url: str, **options: Any) -> Engine:
    """An engine for ``url`` (postgresql+psycopg://... or sqlite:///path)."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **options)
        _sqlite_serialised_writes(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **options)


def _sqlite_serialised_writes(engine: Engine) -> None:
    """SQLite: take the write lock when a transaction begins (BEGIN IMMEDIATE).

    pysqlite begins transactions lazily; two exchanges reading then writing would deadlock
    into "database is locked".  Taking the lock up front makes SQLite's writers queue.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
