"""SYN-11: the device is SIGKILLed while it applies downloads and while it saves its own work.

After every kill the profile must open, pass its integrity check and hold every note it had
acknowledged; at the end, on a clean link, head office holds every event exactly once and
the device holds exactly head office's events.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support import builders as b
from tests.support.crashes import ROOT
from tests.support.sync_harness import FaultyTransport, HeadOffice, new_device, sync_until_done
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.store.profile import Profile
from tokyo_desk.sync.client import SyncEngine

KILLS = int(os.environ.get("TOKYO_DESK_SYNC_KILLS", "12"))


def _run_and_kill(root: Path, seed: int, profile_dir: Path) -> list[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.sync_crash_worker",
            str(root),
            str(seed),
            str(profile_dir),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []
    started = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started.wait(timeout=60)
    time.sleep(0.05 + (seed % 5) * 0.1)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    reader.join(timeout=30)
    assert process.stderr is not None
    errors = process.stderr.read()
    process.stderr.close()
    assert process.stdout is not None
    process.stdout.close()
    assert "Traceback" not in errors, errors
    return [line[4:] for line in lines if line.startswith("ACK ")]


@pytest.mark.slow
def test_syn11_kills_during_apply_and_save_lose_and_duplicate_nothing(
    tmp_path: Path, catalogue: Catalogue, now: dt.datetime
) -> None:
    office = HeadOffice(tmp_path / "ho.db", catalogue, lambda: 1_795_500_000_000)
    officer = office.service.add_officer("A", "North")
    # Another device of the officer has a long history for the killed device to download.
    other = new_device(tmp_path, "other", catalogue, office, officer, now)
    for _ in range(4):
        case_id, _ = other.store.open_case(
            b.person(), office="North", opened_on=dt.date(2026, 10, 1)
        )
        for batch in range(20):
            notes = [("note.added", b.note(text=f"History {batch}-{i} " * 8)) for i in range(20)]
            other.store.record(case_id, notes)
    sync_until_done(other)
    device = new_device(tmp_path, "device", catalogue, office, officer, now)
    device.store.close()
    profile_dir = device.profile.directory
    office.close()

    acknowledged: list[str] = []
    counts: list[int] = []
    for seed in range(KILLS):
        acknowledged += _run_and_kill(tmp_path, seed, profile_dir)
        profile = Profile(profile_dir, catalogue)
        store = profile.unlock(PASSPHRASE)
        assert store.integrity_problems() == []
        held = {row[0] for row in store.connection.execute("SELECT event_id FROM events")}
        assert set(acknowledged) <= held, "an acknowledged note was lost"
        counts.append(len(held))
        store.close()

    # At least one kill landed while the 1,604-event history was still being applied.
    assert min(counts) < 1_604
    office = HeadOffice(tmp_path / "ho.db", catalogue, lambda: 1_795_500_000_000, create=False)
    profile = Profile(profile_dir, catalogue)
    store = profile.unlock(PASSPHRASE)
    engine = SyncEngine(store, FaultyTransport(office.service))
    for _ in range(20):
        if engine.sync().complete:
            break
    server = office.event_ids()
    assert len(server) == len(set(server))
    assert set(acknowledged) <= set(server)
    held = {row[0] for row in store.connection.execute("SELECT event_id FROM events")}
    assert held == set(server)
    # The projections match a fresh fold of the events (nothing half-applied).
    before = store.caseload()
    store.rebuild_projections()
    assert store.caseload() == before
    store.close()
    office.close()
