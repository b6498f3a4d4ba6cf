"""The Alembic revisions build exactly ``db.METADATA``, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import BigInteger, Column, Engine, MetaData, inspect, text

from tokyo_desk.server import database, db


def differences(engine: Engine, metadata: MetaData) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_the_migrated_schema_is_the_metadata(engine: Engine) -> None:
    assert differences(engine, db.METADATA) == []
    with engine.connect() as connection:
        assert database.current_revision(connection) == database.head_revision()
    names = set(inspect(engine).get_table_names())
    assert names == {table.name for table in db.METADATA.sorted_tables} | {"alembic_version"}


def test_the_comparison_would_notice_a_difference(engine: Engine) -> None:
    """The check above can fail: a column the migrations lack is reported."""
    changed = MetaData()
    for table in db.METADATA.sorted_tables:
        table.to_metadata(changed)
    changed.tables["devices"].append_column(Column("extra_ms", BigInteger))
    assert [item[0] for item in differences(engine, changed)] == ["add_column"]


def test_upgrading_twice_changes_nothing(db_url: str, engine: Engine) -> None:
    database.upgrade(db_url)
    assert differences(engine, db.METADATA) == []


def test_an_empty_sqlite_file_is_created_and_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    engine = database.open_database(url)
    try:
        assert differences(engine, db.METADATA) == []
    finally:
        engine.dispose()


def test_a_database_from_a_newer_server_is_refused(db_url: str, engine: Engine) -> None:
    head = database.head_revision()
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    try:
        with pytest.raises(database.DatabaseError, match="newer Tokyo Desk server"):
            database.upgrade(db_url)
    finally:  # the PostgreSQL database is shared by this module's tests
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": head}
            )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not valid"),
        ("mysql://user@host/db", "Unsupported database 'mysql'"),
        ("sqlite://", "must be a file"),
        ("sqlite:///:memory:", "must be a file"),
    ],
)
def test_bad_urls_are_refused_with_a_clear_message(url: str, message: str) -> None:
    with pytest.raises(database.DatabaseError, match=message):
        database.open_database(url)


def test_an_unreachable_database_is_named_without_its_password() -> None:
    with pytest.raises(database.DatabaseError) as caught:
        database.open_database("postgresql://someone:s3cret@127.0.0.1:1/nothing")
    assert "Cannot open the database" in caught.value.message
    assert "s3cret" not in caught.value.message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not an SQLite database" * 100)
    with pytest.raises(database.DatabaseError, match="Cannot open the database"):
        database.open_database(f"sqlite:///{path}")
