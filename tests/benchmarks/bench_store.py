"""The ``store`` area: unlock, open, append (encrypted vs plain), search, rebuild, size, kills."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.support.crashes import run_and_kill
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.synthetic import CasePlan, SyntheticCases, plan_events
from tokyo_desk.store import schema
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import open_database
from tokyo_desk.store.keyfile import KdfParams, KeyFile
from tokyo_desk.store.profile import Profile

PASSPHRASE = "benchmark ferry lantern 9"
TODAY = dt.date(2026, 11, 20)


def _now() -> dt.datetime:
    return dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def unlock_and_open(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Unlock with the production (calibrated) Argon2id cost, and open with the raw key."""
    profile, store = Profile.create(
        root, catalogue, officer_name="Bench", office="Bench", passphrase=PASSPHRASE, now=_now
    )
    profile.lock(store)
    unlocks = []
    for _ in range(2 if quick else 5):
        started = time.perf_counter()
        store = profile.unlock(PASSPHRASE)
        unlocks.append(time.perf_counter() - started)
        profile.lock(store)
    dek = KeyFile.read(profile.key_path).unwrap(PASSPHRASE)[1]
    opens = []
    for _ in range(5 if quick else 30):
        started = time.perf_counter()
        connection = open_database(profile.db_path, dek)
        schema.migrate(connection, profile.db_path, lambda c: None)
        connection.execute("SELECT key, value FROM meta").fetchall()
        opens.append(time.perf_counter() - started)
        connection.close()
    kdf = KeyFile.read(profile.key_path).kdf
    return {
        "unlock_ms": statistics.median(unlocks) * 1000,
        "open_ms": statistics.median(opens) * 1000,
        "kdf_memory_mib": kdf.memory_kib / 1024,
        "kdf_time_cost": kdf.time_cost,
    }


def _bare_store(path: Path, catalogue: Catalogue, dek: bytes | None) -> CaseStore:
    connection = open_database(path, dek, create=True)
    schema.migrate(connection, path, lambda c: None)
    connection.execute(
        "INSERT INTO meta VALUES ('device_id', ?), ('officer_id', ?)", (uuid7(), uuid7())
    )
    return CaseStore(connection, catalogue, officer_id=uuid7(), device_id=uuid7(), now=_now)


def append_throughput(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Events per second through the full record path, one transaction per event, with the
    same workload on an encrypted and on a plain database, interleaved to share the noise."""
    notes = 60 if quick else 600
    rates: dict[str, list[float]] = {"encrypted": [], "plain": []}
    for round_number in range(2 if quick else 3):
        for label, dek in (("encrypted", os.urandom(32)), ("plain", None)):
            store = _bare_store(root / f"append-{label}-{round_number}.db", catalogue, dek)
            generator = SyntheticCases(catalogue, 11, TODAY)
            case_ids = []
            for _ in range(10):
                plan = generator.plan()
                case_id, _ = store.open_case(
                    plan.person,
                    office=plan.office,
                    opened_on=plan.opened_on,
                    jurisdiction=plan.jurisdiction,
                )
                case_ids.append(case_id)
            started = time.perf_counter()
            for index in range(notes):
                store.record(
                    case_ids[index % len(case_ids)],
                    [
                        (
                            "note.added",
                            {
                                "written_at": "2026-11-19T09:00:00+00:00",
                                "text": "Visited at home; all well.",
                            },
                        )
                    ],
                )
            rates[label].append(notes / (time.perf_counter() - started))
            store.close()
    encrypted, plain = statistics.median(rates["encrypted"]), statistics.median(rates["plain"])
    return {
        "append_encrypted_per_s": encrypted,
        "append_plain_per_s": plain,
        "append_ratio": plain / encrypted,
    }


def _import_people(store: CaseStore, catalogue: Catalogue, count: int) -> list[str]:
    """``count`` cases holding just a person, as a head-office snapshot would bring them."""
    generator = SyntheticCases(catalogue, 3, TODAY)
    device, author = uuid7(), uuid7()
    batch, numbers = [], []
    for index in range(count):
        person = generator.person()
        number = f"HQ{index // 100000:01d}-{index + 1:05d}-X"
        events = plan_events(
            CasePlan(person, "North", TODAY, "demo"),
            case_id=uuid7(),
            case_number=number,
            device_id=device,
            author=author,
            first_seq=index + 1,
            first_hlc=1_700_000_000_000 + index,
        )
        batch += events
        numbers.append(number)
        if len(batch) >= 5000:
            store.import_events(batch)
            batch = []
    if batch:
        store.import_events(batch)
    return numbers


def search_latency(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """p50/p95 of search over 100,000 people (names in many scripts, numbers, prefixes)."""
    people = 2000 if quick else 100_000
    store = _bare_store(root / "search.db", catalogue, os.urandom(32))
    started = time.perf_counter()
    numbers = _import_people(store, catalogue, people)
    load_seconds = time.perf_counter() - started
    names = [row[0] for row in store.connection.execute("SELECT display_name FROM cases")]
    rnd = random.Random(5)
    queries = []
    for _ in range(300 if quick else 1000):
        roll = rnd.random()
        name = rnd.choice(names)
        if roll < 0.4:
            queries.append(name[: rnd.randint(1, 4)])  # typing the first letters
        elif roll < 0.7:
            queries.append(name)
        elif roll < 0.85:
            queries.append(rnd.choice(numbers)[:9])
        else:
            words = name.split()
            queries.append(words[-1][:3] if words else name)
    timings = []
    for query in queries:
        begun = time.perf_counter()
        store.search(query, 50)
        timings.append((time.perf_counter() - begun) * 1000)
    store.close()
    return {
        "search_people": people,
        "search_p50_ms": _percentile(timings, 0.5),
        "search_p95_ms": _percentile(timings, 0.95),
        "search_load_people_per_s": people / load_seconds,
    }


def rebuild_and_size(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Projection rebuild time for 100,000 events; file size per 1,000 full cases."""
    target_events = 5000 if quick else 100_000
    path = root / "rebuild.db"
    store = _bare_store(path, catalogue, os.urandom(32))
    generator = SyntheticCases(catalogue, 21, TODAY)
    device, author = uuid7(), uuid7()
    total, cases, seq, batch = 0, 0, 1, []
    while total < target_events:
        plan = generator.plan()
        events = plan_events(
            plan,
            case_id=uuid7(),
            case_number=f"RB-{cases + 1:06d}",
            device_id=device,
            author=author,
            first_seq=seq,
            first_hlc=1_700_000_000_000 + seq,
        )
        seq += len(events)
        total += len(events)
        cases += 1
        batch += events
        if len(batch) >= 5000:
            store.import_events(batch)
            batch = []
    if batch:
        store.import_events(batch)
    started = time.perf_counter()
    rebuilt = store.rebuild_projections()
    seconds = time.perf_counter() - started
    assert rebuilt == cases
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    store.close()
    return {
        "rebuild_events": total,
        "rebuild_100k_events_s": seconds * 100_000 / total,
        "bytes_per_1000_cases": size * 1000 / cases,
        "events_per_case": total / cases,
    }


def kill_cycles(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """REL-1 at benchmark scale: SIGKILL the writer 1,000 times; count lost commits."""
    cycles = int(os.environ.get("TOKYO_DESK_BENCH_KILLS", "5" if quick else "1000"))
    profile, store = Profile.create(
        root / "kills",
        catalogue,
        officer_name="Bench",
        office="Bench",
        passphrase=PASSPHRASE,
        kdf=KdfParams.new(8 * 1024, 1, 1),
    )
    profile.lock(store)
    lost = integrity_failures = acknowledged = 0
    for cycle in range(cycles):
        result = run_and_kill(profile.directory, PASSPHRASE, "events", cycle, (0.0, 0.4))
        store = Profile(profile.directory, catalogue).unlock(PASSPHRASE)
        integrity_failures += bool(store.integrity_problems())
        stored = {row[0] for row in store.connection.execute("SELECT event_id FROM events")}
        lost += sum(1 for event_id in result.acknowledged if event_id not in stored)
        acknowledged += len(result.acknowledged)
        profile.lock(store)
        if cycle % 100 == 99:
            print(f"  kill cycle {cycle + 1}/{cycles}", file=sys.stderr, flush=True)
    return {
        "kill_cycles": cycles,
        "lost_commits": lost,
        "kill_integrity_failures": integrity_failures,
        "kill_acknowledged_events": acknowledged,
    }


def run(quick: bool) -> dict[str, float]:
    catalogue = load_default()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="tokyo-desk-bench-") as scratch:
        root = Path(scratch)
        for step in (
            unlock_and_open,
            append_throughput,
            search_latency,
            rebuild_and_size,
            kill_cycles,
        ):
            print(f"  {step.__name__}", file=sys.stderr, flush=True)
            figures.update(step(root, catalogue, quick))
    return {name: round(value, 3) for name, value in figures.items()}
