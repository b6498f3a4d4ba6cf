"""The first head-office schema: officers, devices, codes, events, feed, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-30

Written by hand and frozen: later changes go in new revisions, never here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

# 64-bit sequences on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY.
_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

_TABLES = (
    "server_meta",
    "officers",
    "devices",
    "enrollment_codes",
    "events",
    "rejected_events",
    "assignments",
    "held_cases",
    "feed",
    "audit",
)


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "officers",
        sa.Column("officer_id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("office", sa.String(200), nullable=False),
        sa.Column("created_ms", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column(
            "officer_id", sa.String(36), sa.ForeignKey("officers.officer_id"), nullable=False
        ),
        sa.Column("local_officer_id", sa.String(36), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("enrolled_ms", sa.BigInteger, nullable=False),
        sa.Column("revoked_ms", sa.BigInteger),
        sa.Column("up_hwm", sa.BigInteger, nullable=False),
        sa.Column("last_seen_ms", sa.BigInteger),
        sa.Column("last_skew_ms", sa.BigInteger),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column(
            "officer_id", sa.String(36), sa.ForeignKey("officers.officer_id"), nullable=False
        ),
        sa.Column("expires_ms", sa.BigInteger, nullable=False),
        sa.Column("used_ms", sa.BigInteger),
    )
    op.create_table(
        "events",
        sa.Column("server_seq", _SEQ, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(36), nullable=False, unique=True),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(65), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("author", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("hlc", sa.BigInteger, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("received_ms", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("device_id", "seq", name="events_device_seq"),
    )
    op.create_index("events_by_case", "events", ["case_id", "server_seq"])
    op.create_table(
        "rejected_events",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(65), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("received_ms", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "assignments",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column(
            "officer_id", sa.String(36), sa.ForeignKey("officers.officer_id"), nullable=False
        ),
        sa.Column("assigned_ms", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "held_cases",
        sa.Column("case_id", sa.String(36), primary_key=True),
        sa.Column("officer_id", sa.String(36), primary_key=True),
    )
    op.create_table(
        "feed",
        sa.Column("feed_id", _SEQ, primary_key=True, autoincrement=True),
        sa.Column("officer_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("server_seq", sa.BigInteger),
    )
    op.create_index("feed_by_officer", "feed", ["officer_id", "feed_id"])
    op.create_table(
        "audit",
        sa.Column("audit_id", _SEQ, primary_key=True, autoincrement=True),
        sa.Column("at_ms", sa.BigInteger, nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
    )


def downgrade() -> None:
    for name in reversed(_TABLES):
        op.drop_table(name)
