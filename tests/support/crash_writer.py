"""Subprocess used by the crash tests: writes until it is killed, acknowledging commits.

    python -m tests.support.crash_writer PROFILE_DIR PASSPHRASE MODE SEED

MODE ``events``: record mixed events, printing ``ACK <event ids>`` after every commit.
MODE ``passphrase``: change the passphrase back and forth, printing ``NOW <passphrase>``
after every completed change.
MODE ``migrate``: unlock (which migrates the file), then print ``MIGRATED``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from tokyo_desk.domain.catalogue import load_default
from tokyo_desk.domain.synthetic import SyntheticCases
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile

OTHER_PASSPHRASE = "second quiet harbour 77"


def main() -> int:
    directory, passphrase, mode, seed = (
        Path(sys.argv[1]),
        sys.argv[2],
        sys.argv[3],
        int(sys.argv[4]),
    )
    catalogue = load_default()
    profile = Profile(directory, catalogue)
    print("START", flush=True)  # the kill timer starts here, so a kill can hit the unlock too
    store = profile.unlock(passphrase)
    if mode == "migrate":
        print("MIGRATED", flush=True)
        return 0
    if mode == "passphrase":
        current, other = passphrase, OTHER_PASSPHRASE
        while True:
            profile.change_passphrase(store, current, other, kdf=KdfParams.new(8 * 1024, 1, 1))
            current, other = other, current
            print(f"NOW {current}", flush=True)
    rnd = random.Random(seed)
    generator = SyntheticCases(catalogue, seed, dt.date(2026, 11, 20))
    cases: list[str] = []
    while True:
        if not cases or rnd.random() < 0.2:
            plan = generator.plan()
            case_id, recorded = store.open_case(
                plan.person,
                office=plan.office,
                opened_on=plan.opened_on,
                jurisdiction=plan.jurisdiction,
            )
            ids = [event.event_id for event in recorded.events]
            print("ACK " + ",".join(ids), flush=True)
            recorded = store.record(case_id, plan.changes)
            cases.append(case_id)
        else:
            case_id = rnd.choice(cases)
            changes = [
                (
                    "note.added",
                    {
                        "written_at": "2026-11-19T09:00:00+00:00",
                        "text": "x" * rnd.randint(10, 1500),
                    },
                )
                for _ in range(rnd.randint(1, 5))
            ]
            recorded = store.record(case_id, changes)
        print("ACK " + ",".join(event.event_id for event in recorded.events), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
