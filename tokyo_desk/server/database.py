"""Opening the head-office database: URL checks, and Alembic upgrades run from code.

Users never see Alembic: there is no ``alembic.ini``; the configuration is built here with the
migrations inside the package, and every command (``serve`` and the admin commands) brings
the database to the newest revision before it touches it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, make_url, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from tokyo_desk.errors import UserError
from tokyo_desk.server import db

MIGRATIONS = Path(__file__).with_name("migrations")
# Any fixed number: PostgreSQL's advisory lock that queues processes upgrading at once.
_UPGRADE_LOCK = 0x70CD_E5C5


class DatabaseError(UserError):
    """The database URL is wrong, the database cannot be reached, or it is too new."""

    code = "database"


def parse_url(url: str) -> URL:
    """A PostgreSQL (psycopg 3) or SQLite URL; DatabaseError for anything else."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        raise DatabaseError(
            "The database URL is not valid: expected postgresql://USER@HOST/NAME or sqlite:///PATH."
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            # Each connection would see its own empty database.
            raise DatabaseError("An SQLite database must be a file: sqlite:///PATH.")
        return parsed
    raise DatabaseError(
        f"Unsupported database {backend!r}: use postgresql://... or sqlite:///PATH."
    )


def display_url(url: str | URL) -> str:
    """``url`` without its password, for messages."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code; ``connection`` is the one to migrate."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships a revision
        raise RuntimeError("no migration revisions found")
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_engine(engine: Engine) -> None:
    """Bring the database behind ``engine`` to the newest revision, in one transaction."""
    config = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several server processes may start at once on one database.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        current = current_revision(connection)
        if current is not None and current not in known:
            raise DatabaseError(
                "This database was written by a newer Tokyo Desk server; update this one."
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(url: str) -> Engine:
    """An engine for ``url`` with its database upgraded to the newest revision."""
    parsed = parse_url(url)
    engine = db.make_engine(parsed.render_as_string(hide_password=False))
    try:
        upgrade_engine(engine)
    except sa_exc.DBAPIError as error:
        engine.dispose()
        # The driver's first line says what went wrong (refused, no such file, not a
        # database) and carries no password.
        reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        raise DatabaseError(
            f"Cannot open the database {display_url(parsed)}: {reason or type(error.orig).__name__}"
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade(url: str) -> None:
    """Bring the database at ``url`` to the newest revision (creating it when empty)."""
    open_database(url).dispose()
