"""Subprocess for SYN-11: a device that records and syncs until it is killed.

    python -m tests.support.sync_crash_worker ROOT SEED PROFILE_DIR

ROOT holds the head-office database (``ho.db``); PROFILE_DIR is the device profile, both made
by the test.  Head office runs in this same process (the kill takes both down: what head office
committed is on disk, as it would be on a real server).  After each committed note the worker
prints ``ACK <event id>``; it syncs after every few notes.
"""

from __future__ import annotations

import contextlib
import random
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.support import builders as b
from tests.support.sync_harness import FaultyTransport, HeadOffice
from tokyo_desk.domain.catalogue import load_default
from tokyo_desk.errors import UserError
from tokyo_desk.store.profile import Profile
from tokyo_desk.sync.client import SyncEngine


def main() -> int:
    root, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    catalogue = load_default()
    office = HeadOffice(root / "ho.db", catalogue, lambda: 1_795_500_000_000, create=False)
    profile = Profile(Path(sys.argv[3]), catalogue)
    print("START", flush=True)
    store = profile.unlock(PASSPHRASE)
    engine = SyncEngine(store, FaultyTransport(office.service))
    cases = [row[0] for row in store.connection.execute("SELECT case_id FROM cases")]
    while True:
        if cases:
            recorded = store.record(
                rng.choice(cases),
                [("note.added", b.note(text=f"Seen {rng.random()}"))],
            )
            print("ACK " + recorded.events[0].event_id, flush=True)
        with contextlib.suppress(UserError):
            engine.sync(max_exchanges=rng.randint(1, 4))
        cases = cases or [row[0] for row in store.connection.execute("SELECT case_id FROM cases")]


if __name__ == "__main__":
    raise SystemExit(main())
