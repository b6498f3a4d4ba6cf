"""The event log and its projections, through a real encrypted profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import cheap_kdf
from tokyo_desk.domain.case_numbers import parse_case_number
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.synthetic import SyntheticCases, plan_events
from tokyo_desk.errors import ValidationError
from tokyo_desk.store import demo
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import DatabaseError
from tokyo_desk.store.profile import Profile

PERSON = {
    "given_names": "Grace",
    "family_name": "Banda",
    "languages_spoken": ["en"],
    "preferred_language": "en",
}
NOTE = {"written_at": "2026-11-19T09:00:00+00:00", "text": "Seen at home."}


def _open(store: CaseStore) -> str:
    case_id, _ = store.open_case(PERSON, office="North", opened_on=dt.date(2026, 11, 1))
    return case_id


def _seqs(store: CaseStore) -> list[int]:
    rows = store.connection.execute(
        "SELECT seq FROM events WHERE device_id = ? ORDER BY seq", (store.device_id,)
    )
    return [row[0] for row in rows]


def test_seq_is_contiguous_even_after_refused_batches(store: CaseStore) -> None:
    case_id = _open(store)
    store.record(case_id, [("note.added", NOTE)] * 3)
    with pytest.raises(ValidationError):
        store.record(case_id, [("note.added", NOTE), ("note.added", {"text": ""})])
    store.record(case_id, [("note.added", NOTE)])
    assert _seqs(store) == [1, 2, 3, 4, 5]


def test_hybrid_clock_never_runs_backwards(profile: Profile, store: CaseStore) -> None:
    case_id = _open(store)
    wall = iter([5_000_000_000_000, 1_000, 1_000, 2_000])  # the laptop's clock jumps back
    store.clock._wall = lambda: next(wall)
    store.record(case_id, [("note.added", NOTE)] * 4)
    hlcs = [row[0] for row in store.connection.execute("SELECT hlc FROM events ORDER BY seq")]
    assert hlcs == sorted(hlcs)
    assert len(set(hlcs)) == len(hlcs)


def test_events_are_append_only(store: CaseStore) -> None:
    _open(store)
    with pytest.raises(DatabaseError, match="append-only"):
        store.connection.execute("UPDATE events SET payload = '{}'")
    with pytest.raises(DatabaseError, match="append-only"):
        store.connection.execute("DELETE FROM events")
    with pytest.raises(DatabaseError, match="append-only"):
        store.connection.execute("DELETE FROM audit")


def _projection_dump(store: CaseStore) -> dict[str, list[tuple[object, ...]]]:
    tables = {
        "cases": "SELECT * FROM cases ORDER BY case_id",
        "measures": "SELECT * FROM measures ORDER BY measure_id",
        "conditions": "SELECT * FROM conditions ORDER BY condition_id",
    }
    dump = {name: store.connection.execute(sql).fetchall() for name, sql in tables.items()}
    # row ids of cases may be renumbered by a rebuild; compare without them
    dump["cases"] = [row[1:] for row in dump["cases"]]
    return dump


def test_rebuild_gives_the_same_projections(store: CaseStore, catalogue: Catalogue) -> None:
    demo.fill(store, catalogue, 40, seed=3, today=dt.date(2026, 11, 20))
    before = _projection_dump(store)
    hits_before = [row.case_id for row in store.search("a", 500)]
    assert store.rebuild_projections() == 40
    assert _projection_dump(store) == before
    assert sorted(row.case_id for row in store.search("a", 500)) == sorted(hits_before)


def test_synthetic_cases_pass_every_rule(store: CaseStore, catalogue: Catalogue) -> None:
    demo.fill(store, catalogue, 60, seed=11, today=dt.date(2026, 11, 20))
    counts = store.counts()
    assert counts["all"] > 0
    assert counts["explanation_pending"] > 0
    languages = {row[0] for row in store.connection.execute("SELECT preferred_language FROM cases")}
    assert len(languages) >= 6  # names and languages in several scripts


def test_synthetic_generator_is_deterministic(catalogue: Catalogue) -> None:
    today = dt.date(2026, 11, 20)
    first = SyntheticCases(catalogue, 99, today).plan()
    second = SyntheticCases(catalogue, 99, today).plan()
    assert first.person == second.person
    assert [kind for kind, _ in first.changes] == [kind for kind, _ in second.changes]


def test_import_is_idempotent_and_projected(store: CaseStore, catalogue: Catalogue) -> None:
    plan = SyntheticCases(catalogue, 5, dt.date(2026, 11, 20)).plan()
    case_id = uuid7()
    events = plan_events(
        plan,
        case_id=case_id,
        case_number="HQ-00001-A",
        device_id=uuid7(),
        author=uuid7(),
        first_seq=1,
        first_hlc=1_700_000_000_000,
    )
    assert store.import_events(events) == len(events)
    assert store.import_events(events) == 0
    assert store.case(case_id).display_name
    assert [row.case_id for row in store.search("HQ 00001")] == [case_id]


def test_purge_removes_the_case_everywhere(store: CaseStore) -> None:
    case_id = _open(store)
    store.record(case_id, [("note.added", NOTE)])
    store.purge_case(case_id)
    assert store.connection.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert store.search("Grace") == []
    assert store.caseload() == []
    assert store.verify_audit() == []


def test_case_numbers_never_collide_between_devices(tmp_path: Path, catalogue: Catalogue) -> None:
    numbers: list[str] = []
    for index in range(3):
        profile, store = Profile.create(
            tmp_path / f"p{index}",
            catalogue,
            officer_name="O",
            office="X",
            passphrase="tidy lantern orchard 42",
            kdf=cheap_kdf(),
        )
        for _ in range(5):
            case_id = _open(store)
            opened = store.case(case_id).opened
            assert opened is not None
            numbers.append(opened.case_number)
            assert parse_case_number(opened.case_number) is not None
        profile.lock(store)
    assert len(set(numbers)) == len(numbers) == 15


def test_reserved_block_is_used_then_exhausted(store: CaseStore) -> None:
    store.reserve_case_numbers("NRTH", 41, 42)
    first = store.case(_open(store)).opened
    second = store.case(_open(store)).opened
    third = store.case(_open(store)).opened
    assert first is not None
    assert second is not None
    assert third is not None
    assert first.case_number.startswith("NRTH-00041-")
    assert second.case_number.startswith("NRTH-00042-")
    assert not third.case_number.startswith("NRTH-")  # falls back to the device prefix
    with pytest.raises(ValidationError):
        store.reserve_case_numbers("NRTH", 10, 9)


def test_view_is_audited(store: CaseStore) -> None:
    case_id = _open(store)
    store.case(case_id)
    actions = [(entry.action, entry.entity) for entry in store.audit.entries()]
    assert ("view", case_id) in actions
