"""Build a profile whose database is at schema version 1 (the first release's layout).

The events are produced by today's code (synthetic cases through the validated path) and
then copied into a fresh file created with the frozen version-1 DDL, which is exactly what a
version-1 installation would have written.  Used by the committed fixture script and by the
migration crash test.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.store import demo
from tokyo_desk.store.connection import open_database, transaction
from tokyo_desk.store.keyfile import KeyFile
from tokyo_desk.store.profile import DB_NAME, Profile
from tokyo_desk.store.schema import V1, _statements


def build_v1_profile(target: Path, catalogue: Catalogue, *, cases: int, seed: int) -> None:
    """Create ``target`` as a complete profile directory with a version-1 database."""
    with tempfile.TemporaryDirectory() as scratch:
        profile, store = Profile.create(
            Path(scratch),
            catalogue,
            officer_name="Fixture Officer",
            office="Fixture Office",
            passphrase=PASSPHRASE,
            kdf=cheap_kdf(),
        )
        demo.fill(store, catalogue, cases, seed=seed)
        profile.lock(store)
        shutil.copytree(profile.directory, target)
    dek = KeyFile.read(target / "key.bin").unwrap(PASSPHRASE)[1]
    current = open_database(target / DB_NAME, dek)
    rows = {
        table: current.execute(f"SELECT * FROM {table}").fetchall()
        for table in ("meta", "events", "audit")
    }
    current.close()
    for path in target.glob(DB_NAME + "*"):
        path.unlink()
    old = open_database(target / DB_NAME, dek, create=True)
    with transaction(old):
        for statement in _statements(V1):
            old.execute(statement)
        for table, values in rows.items():
            if values:
                marks = ",".join("?" * len(values[0]))
                old.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        old.execute("PRAGMA user_version = 1")
    old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old.close()
    (target / (DB_NAME + "-closed-cleanly")).touch()
