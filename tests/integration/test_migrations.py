"""Migrations: the committed version-1 profile upgrades; a newer schema is refused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import DatabaseNewer
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import open_database
from tokyo_desk.store.keyfile import KeyFile
from tokyo_desk.store.profile import Profile
from tokyo_desk.store.schema import LATEST

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1-profile"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v1-profile"
    shutil.copytree(FIXTURE, target)
    return target


def _version(directory: Path) -> int:
    dek = KeyFile.read(directory / "key.bin").unwrap(PASSPHRASE)[1]
    connection = open_database(directory / "cases.db", dek)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_fixture_is_really_version_1(v1_copy: Path) -> None:
    assert _version(v1_copy) == 1


def test_version_1_profile_migrates_with_a_backup(v1_copy: Path, catalogue: Catalogue) -> None:
    original = hashlib.sha256((v1_copy / "cases.db").read_bytes()).hexdigest()
    store = Profile(v1_copy, catalogue).unlock(PASSPHRASE)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST
        cases = store.connection.execute("SELECT count(DISTINCT case_id) FROM events").fetchone()[0]
        assert cases == 25
        assert store.counts()["all"] + _closed(store) == cases
        assert store.verify_audit() == []
        assert store.integrity_problems() == []
        some = store.connection.execute("SELECT display_name FROM cases LIMIT 1").fetchone()[0]
        assert store.search(some.split()[0])  # the search index was built by the migration
    finally:
        store.close()
    backups = list(v1_copy.glob("cases.db.v1-*.backup"))
    assert len(backups) == 1
    assert hashlib.sha256(backups[0].read_bytes()).hexdigest() == original


def _closed(store: CaseStore) -> int:
    query = "SELECT count(*) FROM cases WHERE status = 'closed'"
    return int(store.connection.execute(query).fetchone()[0])


def test_migrating_twice_changes_nothing_more(v1_copy: Path, catalogue: Catalogue) -> None:
    Profile(v1_copy, catalogue).unlock(PASSPHRASE).close()
    Profile(v1_copy, catalogue).unlock(PASSPHRASE).close()
    assert len(list(v1_copy.glob("cases.db.v1-*.backup"))) == 1


def test_newer_schema_is_refused_and_left_untouched(v1_copy: Path, catalogue: Catalogue) -> None:
    dek = KeyFile.read(v1_copy / "key.bin").unwrap(PASSPHRASE)[1]
    connection = open_database(v1_copy / "cases.db", dek)
    connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = hashlib.sha256((v1_copy / "cases.db").read_bytes()).hexdigest()
    with pytest.raises(DatabaseNewer, match="newer Tokyo Desk"):
        Profile(v1_copy, catalogue).unlock(PASSPHRASE)
    assert hashlib.sha256((v1_copy / "cases.db").read_bytes()).hexdigest() == before
    assert not list(v1_copy.glob("*.backup"))
