"""Fixtures for the head-office tests: one database per test on SQLite and PostgreSQL.

SQLite: a copy of a file migrated once per session.  PostgreSQL: a fresh database per test
module (CREATE DATABASE with a random name, dropped afterwards), emptied before each test;
skipped with the reason when no server answers on 127.0.0.1:5432.
"""

from __future__ import annotations

import shutil
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine
from starlette.exceptions import StarletteDeprecationWarning

from tests.server.support import Clock
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import database, db
from tokyo_desk.server.app import FailureLimit, create_app
from tokyo_desk.server.service import SyncService

with warnings.catch_warnings():
    # Starlette asks for the httpx2 fork; plain httpx works and is what the project pins.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_USERS = ("postgres", "root")


def postgres_admin_url() -> str | None:
    """A URL of the `test` database on the local server, or None when none answers."""
    for user in PG_USERS:
        try:
            with psycopg.connect(
                host=PG_HOST, port=PG_PORT, user=user, dbname="test", connect_timeout=3
            ):
                return f"postgresql://{user}@{PG_HOST}:{PG_PORT}/test"
        except psycopg.OperationalError:
            continue
    return None


def _admin(url: str, verb: str, name: str) -> None:
    statement = sql.SQL(verb).format(sql.Identifier(name))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)


@pytest.fixture(scope="module")
def postgres_database() -> Iterator[tuple[str, Engine]]:
    """A fresh, migrated PostgreSQL database for this test module, and an engine on it."""
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server answers on {PG_HOST}:{PG_PORT} (database `test`)")
    name = f"td_test_{uuid.uuid4().hex[:12]}"
    _admin(admin, "CREATE DATABASE {}", name)
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    try:
        engine = database.open_database(url)
        try:
            yield url, engine
        finally:
            engine.dispose()
    finally:
        _admin(admin, "DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated once; each test gets a copy."""
    path = tmp_path_factory.mktemp("server-template") / "server.db"
    database.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated head-office database (SQLite file or PostgreSQL)."""
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url, engine = request.getfixturevalue("postgres_database")
    with engine.begin() as connection:  # DELETE: far quicker than TRUNCATE on tiny tables
        for table in reversed(db.METADATA.sorted_tables):
            connection.execute(table.delete())
    return str(url)


@pytest.fixture
def engine(request: pytest.FixtureRequest, db_url: str) -> Iterator[Engine]:
    """An engine on ``db_url`` (the module's own one on PostgreSQL)."""
    if db_url.startswith("postgresql"):
        yield request.getfixturevalue("postgres_database")[1]
        return
    engine = db.make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(engine: Engine, catalogue: Catalogue, clock: Clock) -> SyncService:
    return SyncService(engine, catalogue, clock_ms=clock)


@pytest.fixture
def officer(service: SyncService) -> str:
    return service.add_officer("Asha Njoroge", "North district office")


@pytest.fixture
def client(service: SyncService) -> Iterator[TestClient]:
    with TestClient(create_app(service, enroll_limit=FailureLimit())) as test_client:
        yield test_client
