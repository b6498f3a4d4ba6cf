"""Alembic's environment: runs the revisions on the connection ``database.upgrade`` opened.

There is no ``alembic.ini``: ``tokyo_desk.server.database`` builds the configuration in code
and hands over a connection already inside its transaction, so an upgrade is one unit.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tokyo_desk.server import db


def run_migrations() -> None:
    """Upgrade the connection in ``config.attributes`` (online mode only)."""
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run the migrations through tokyo_desk.server.database.upgrade")
    context.configure(connection=connection, target_metadata=db.METADATA, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


# Alembic executes this file with ``context`` set up; a plain import (a test importing every
# module) finds no ``context.config`` and does nothing.
if hasattr(context, "config"):
    run_migrations()
