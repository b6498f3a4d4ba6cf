"""Opening the SQLCipher database with the connection settings of ``design/security.md``."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from tokyo_desk.errors import DatabaseDamaged, DiskFull, ProfileError, UserError, WrongPassphrase

MIN_CIPHER_VERSION = (4, 6, 0)
Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError


def open_database(path: Path, dek: bytes | None, *, create: bool = False) -> Connection:
    """Open ``path`` keyed with the raw 256-bit ``dek`` and apply the mandated settings.

    ``dek=None`` opens an unencrypted file: used only by the benchmark that measures the
    cost of encryption against plain SQLite in the same run.
    """
    if not create and not path.exists():
        raise UserError("The database of this profile is missing.")
    connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, cached_statements=256
    )
    try:
        _configure(connection, dek)
    except BaseException:
        connection.close()
        raise
    return connection


def _configure(connection: Connection, dek: bytes | None) -> None:
    execute = connection.execute
    execute("PRAGMA cipher_log_level = NONE")
    version = execute("PRAGMA cipher_version").fetchone()
    if not version or _version_tuple(version[0]) < MIN_CIPHER_VERSION:
        raise UserError("This installation lacks SQLCipher 4.6 or newer; refusing to continue.")
    if dek is not None:
        if len(dek) != 32:
            raise ValueError("the data key must be 32 bytes")
        execute("PRAGMA cipher_memory_security = ON")
        execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        execute("PRAGMA cipher_plaintext_header_size = 0")
    try:
        # The first read decrypts page 1: a wrong key fails here, before anything is shown
        # or written.
        execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.DatabaseError as error:
        if "not a database" in str(error):
            raise WrongPassphrase("The key does not open this database.") from None
        raise translate(error) from None
    execute("PRAGMA journal_mode = WAL")
    execute("PRAGMA synchronous = FULL")
    execute("PRAGMA temp_store = MEMORY")
    execute("PRAGMA secure_delete = ON")
    execute("PRAGMA foreign_keys = ON")
    execute("PRAGMA trusted_schema = OFF")
    execute("PRAGMA busy_timeout = 5000")
    connection.enable_load_extension(False)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(maxsplit=1)[0].split(".")[:3])


_DAMAGE_SIGNS = ("malformed", "not a database", "hmac", "corrupt", "disk i/o error")


def translate(error: BaseException) -> BaseException:
    """Map an SQLite/OS failure onto the message an officer should see (others unchanged)."""
    text = str(error).lower()
    full = "disk is full" in text or "database or disk is full" in text
    if full or (
        isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    ):
        return DiskFull("The disk is full. Nothing was saved; free some space and try again.")
    if isinstance(error, sqlcipher3.DatabaseError) and "locked" in text:
        return ProfileError("This profile is open in another window of Tokyo Desk.")
    if isinstance(error, sqlcipher3.DatabaseError) and any(sign in text for sign in _DAMAGE_SIGNS):
        return damaged()
    return error


def damaged() -> DatabaseDamaged:
    """The message for a database that failed authentication or integrity checks."""
    return DatabaseDamaged(
        "The database failed its integrity check. Restore it from a backup or re-download "
        "your cases from head office."
    )


@contextmanager
def transaction(connection: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT; on any failure roll back and translate the error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        translated = translate(error)
        if translated is not error:
            raise translated from None
        raise
    else:
        try:
            connection.execute("COMMIT")
        except sqlcipher3.DatabaseError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise translate(error) from None


def integrity_problems(connection: Connection, *, full: bool = True) -> list[str]:
    """HMAC check of every page plus SQLite's own structural check; empty when sound."""
    problems: list[str] = []
    try:
        if full:
            problems += [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        problems += [row for row in rows if row != "ok"]
    except sqlcipher3.DatabaseError as error:
        problems.append(f"integrity check failed: {error}")
    return problems
