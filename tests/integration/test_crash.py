"""REL-1 and REL-2 (design/security.md): SIGKILL during writes, passphrase change, migration."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.support.crash_writer import OTHER_PASSPHRASE
from tests.support.crashes import run_and_kill
from tests.support.v1 import build_v1_profile
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import WrongPassphrase
from tokyo_desk.store.connection import open_database
from tokyo_desk.store.keyfile import KeyFile
from tokyo_desk.store.profile import Profile
from tokyo_desk.store.schema import LATEST

CI_KILL_CYCLES = int(os.environ.get("TOKYO_DESK_KILL_CYCLES", "50"))


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_rel1_no_acknowledged_commit_is_lost(profile: Profile, catalogue: Catalogue) -> None:
    """REL-1: >= 50 SIGKILLs at random points; integrity ok every time, nothing acked lost."""
    profile.lock(profile.unlock(PASSPHRASE))
    total_acked = 0
    for cycle in range(CI_KILL_CYCLES):
        result = run_and_kill(profile.directory, PASSPHRASE, "events", cycle, (0.0, 0.6))
        assert result.started_writing, result.stderr[-2000:]
        store = Profile(profile.directory, catalogue).unlock(PASSPHRASE)  # unclean: full check
        try:
            assert store.integrity_problems() == [], f"cycle {cycle}"
            assert store.verify_audit() == [], f"cycle {cycle}"
            stored = {row[0] for row in store.connection.execute("SELECT event_id FROM events")}
            missing = [event_id for event_id in result.acknowledged if event_id not in stored]
            assert missing == [], f"cycle {cycle}: {len(missing)} acknowledged events lost"
            total_acked += len(result.acknowledged)
        finally:
            profile.lock(store)
    assert total_acked > CI_KILL_CYCLES  # the writer really was writing when killed


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_rel2_crash_during_passphrase_change(profile: Profile, catalogue: Catalogue) -> None:
    """REL-2: exactly one of the old and new passphrase opens the profile after any crash."""
    profile.lock(profile.unlock(PASSPHRASE))
    changes_seen = 0
    for cycle in range(20):
        result = run_and_kill(profile.directory, PASSPHRASE, "passphrase", cycle, (0.0, 0.3))
        changes_seen += sum(line.startswith("NOW ") for line in result.lines)
        opened = [
            candidate
            for candidate in (PASSPHRASE, OTHER_PASSPHRASE)
            if _opens(profile.directory, catalogue, candidate)
        ]
        assert len(opened) == 1, f"cycle {cycle}: {opened}"
        if opened[0] == OTHER_PASSPHRASE:  # start the next cycle from PASSPHRASE again
            store = Profile(profile.directory, catalogue).unlock(OTHER_PASSPHRASE)
            profile.change_passphrase(store, OTHER_PASSPHRASE, PASSPHRASE, kdf=cheap_kdf())
            profile.lock(store)
    assert changes_seen > 0  # the writer really was changing passphrases when killed


def _opens(directory: Path, catalogue: Catalogue, passphrase: str) -> bool:
    try:
        store = Profile(directory, catalogue).unlock(passphrase)
    except WrongPassphrase:
        return False
    assert store.integrity_problems() == []
    store.close()
    return True


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_rel2_crash_during_migration(tmp_path: Path, catalogue: Catalogue) -> None:
    """REL-2: a migration killed at any point leaves schema version and tables consistent."""
    template = tmp_path / "template"
    build_v1_profile(template, catalogue, cases=400, seed=7)
    outcomes = {"before": 0, "after": 0}
    for cycle in range(12):
        copy = tmp_path / f"cycle{cycle}"
        shutil.copytree(template, copy)
        run_and_kill(copy, PASSPHRASE, "migrate", cycle, (0.0, 0.8))
        dek = KeyFile.read(copy / "key.bin").unwrap(PASSPHRASE)[1]
        connection = open_database(copy / "cases.db", dek)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
        if version == 1:
            outcomes["before"] += 1
            assert "cases" not in tables
        else:
            outcomes["after"] += 1
            assert version == LATEST
            cases = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
            distinct = connection.execute("SELECT count(DISTINCT case_id) FROM events").fetchone()[
                0
            ]
            assert cases == distinct
        connection.close()
        store = Profile(copy, catalogue).unlock(PASSPHRASE)  # finishes the migration
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.integrity_problems() == []
        store.close()
    assert outcomes["before"] > 0, outcomes  # some kills really hit before the commit
