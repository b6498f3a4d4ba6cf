"""The sync engine against the real head-office service, in one process (design/sync.md).

Each test builds real encrypted profiles and a real head-office database (SQLite file); only
the network is simulated by ``FaultyTransport``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import builders as b
from tests.support.sync_harness import (
    Device,
    FaultyTransport,
    HeadOffice,
    new_device,
    sync_until_done,
    try_sync,
)
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import db
from tokyo_desk.store import sync_state
from tokyo_desk.sync import protocol as p
from tokyo_desk.sync.client import (
    DeviceRevoked,
    NotEnrolled,
    Offline,
    Reply,
    SyncEngine,
    SyncError,
    SyncReport,
)

CLOCK = [1_795_500_000_000]  # 2026-11-24, after every date the builders use


def _clock() -> int:
    CLOCK[0] += 1
    return CLOCK[0]


@pytest.fixture
def office(tmp_path: Path, catalogue: Catalogue) -> Iterator[HeadOffice]:
    head_office = HeadOffice(tmp_path / "head-office.db", catalogue, _clock)
    yield head_office
    head_office.close()


@pytest.fixture
def officer(office: HeadOffice) -> str:
    return office.service.add_officer("Officer A", "North")


def _device(
    tmp_path: Path,
    name: str,
    catalogue: Catalogue,
    office: HeadOffice,
    officer: str,
    now: dt.datetime,
) -> Device:
    return new_device(tmp_path / "devices", name, catalogue, office, officer, now)


def _open_case_with_notes(device: Device, notes: int = 2, number: str = "TEST-00001-0") -> str:
    case_id, _ = device.store.open_case(b.person(), office="North", opened_on=dt.date(2026, 10, 1))
    for index in range(notes):
        device.store.record(case_id, [("note.added", b.note(text=f"Seen {index}."))])
    return case_id


def test_events_reach_head_office_and_the_officers_other_device(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    tablet = _device(tmp_path, "tablet", catalogue, office, officer, now)
    case_id = _open_case_with_notes(laptop, notes=3)

    report = laptop.engine.sync()
    assert report.complete
    assert report.sent == 4
    assert report.exchanges == 1
    sync_until_done(tablet)

    assert sorted(tablet.event_ids()) == sorted(laptop.event_ids()) == sorted(office.event_ids())
    assert tablet.store.case(case_id).opened is not None
    assert laptop.engine.status().unsent == 0


def test_a_no_change_sync_is_one_exchange(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop)
    sync_until_done(laptop)
    before = laptop.transport.requests
    report = laptop.engine.sync()
    assert report.complete
    assert report.exchanges == 1
    assert laptop.transport.requests == before + 1


@pytest.mark.parametrize("fault", ["drop_request", "drop_response", "duplicate", "truncate"])
def test_syn1_syn2_a_failed_exchange_loses_and_duplicates_nothing(
    tmp_path: Path,
    catalogue: Catalogue,
    office: HeadOffice,
    officer: str,
    now: dt.datetime,
    fault: str,
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=5)
    try_sync(laptop, [fault])
    sync_until_done(laptop)
    ids = office.event_ids()
    assert len(ids) == len(set(ids)) == 6
    assert sorted(ids) == sorted(laptop.event_ids())


def test_small_budgets_split_a_large_backlog_into_resumable_batches(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    case_id = _open_case_with_notes(laptop, notes=0)
    long_text = "Visited at home; discussed work and the course schedule. " * 30
    for _ in range(60):
        laptop.store.record(case_id, [("note.added", b.note(text=long_text))])
    # The first exchange carries only what fits into the first (16 KB) budget.
    try_sync(laptop, ["none", "drop_request"])
    acked = int(sync_state.values(laptop.store.connection)["acked"])
    assert 0 < acked < 61
    sync_until_done(laptop)
    assert len(office.event_ids()) == 61


def test_a_lost_answer_to_a_large_batch_then_a_smaller_one_still_syncs(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    """Head office stored a large batch but its answer was lost; the budget halves, so the
    next batch is a part of the one already stored, and head office acknowledges more than
    it carries (found by the drops benchmark: the device took that for someone else's log)."""
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    case_id = _open_case_with_notes(laptop, notes=0)
    sync_until_done(laptop)
    long_text = "Visited at home; discussed work and the course schedule. " * 30
    for _ in range(100):  # about 170 KB: within the largest budget, not within half of it
        laptop.store.record(case_id, [("note.added", b.note(text=long_text))])
    laptop.engine.up_budget = p.Budget(p.MAX_BUDGET)  # a good link so far
    first = laptop.engine.prepare()
    assert len(first.seqs) == 100
    try_sync(laptop, ["drop_response"])
    assert len(office.event_ids()) == 101  # all stored; the device does not know
    second = laptop.engine.prepare()
    assert len(second.seqs) < len(first.seqs)  # a smaller batch after the failure
    sync_until_done(laptop)
    ids = office.event_ids()
    assert len(ids) == len(set(ids)) == 101
    assert laptop.engine.status().unsent == 0


class _Overstating:
    """Head office's answers, claiming ``extra`` more of this device's events than it holds."""

    def __init__(self, inner: FaultyTransport, extra: int) -> None:
        self.inner = inner
        self.extra = extra

    def post(self, path: str, body: bytes, token: str | None) -> Reply:
        reply = self.inner.post(path, body, token)
        answer = p.decode(reply.body, p.SyncResponse)
        overstated = answer.model_copy(update={"up_hwm": answer.up_hwm + self.extra})
        return Reply(reply.status, p.encode(overstated))


def test_an_acknowledgement_beyond_what_the_device_wrote_is_refused(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=3)
    laptop.engine.transport = _Overstating(laptop.transport, extra=1)
    with pytest.raises(SyncError, match="never sent"):
        laptop.engine.sync()
    assert sync_state.values(laptop.store.connection).get("acked", "0") == "0"  # unchanged
    laptop.engine.transport = laptop.transport
    sync_until_done(laptop)
    assert len(office.event_ids()) == 4


def test_rejected_events_are_quarantined_and_do_not_block_the_rest(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    other_officer = office.service.add_officer("Officer B", "South")
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    intruder = _device(tmp_path, "intruder", catalogue, office, other_officer, now)
    case_id = _open_case_with_notes(laptop, notes=1)
    sync_until_done(laptop)
    # Officer B's device writes into officer A's case (it got the id somehow): refused.
    intruder.store.import_events(list(laptop.store.case(case_id).events))
    intruder.store.record(case_id, [("note.added", b.note(text="Not mine."))])
    _open_case_with_notes(intruder, notes=1)
    report = intruder.engine.sync()
    assert report.complete
    assert report.rejected == 1
    quarantined = sync_state.quarantined(intruder.store.connection)
    assert [item.code for item in quarantined] == ["out_of_scope"]
    assert intruder.engine.status().quarantined == 1
    # The refusal is audited and the other officer's case got nothing.
    assert len(office.event_ids({case_id})) == 2
    assert office.count(db.audit) > 0


def test_syn6_a_device_never_receives_another_officers_cases(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    other_officer = office.service.add_officer("Officer B", "South")
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    other = _device(tmp_path, "other", catalogue, office, other_officer, now)
    _open_case_with_notes(laptop, notes=2)
    sync_until_done(laptop)
    sync_until_done(other)
    assert other.event_ids() == []


def test_syn7_reassigned_case_is_evicted_after_its_own_events_are_acknowledged(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    other_officer = office.service.add_officer("Officer B", "South")
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    other = _device(tmp_path, "other", catalogue, office, other_officer, now)
    case_id = _open_case_with_notes(laptop, notes=1)
    sync_until_done(laptop)
    office.service.assign(case_id, other_officer)
    # Offline, officer A records a contact in the case that is no longer theirs.
    laptop.store.record(case_id, [("note.added", b.note(text="Met in the market."))])
    sync_until_done(laptop)
    assert case_id not in laptop.case_ids()
    assert laptop.event_ids() == []
    sync_until_done(other)
    # The note (a fact) was kept and reached the new officer.
    assert len(other.event_ids()) == 3
    # New events on the laptop get fresh numbers: nothing is taken for a re-send.
    _open_case_with_notes(laptop, notes=0)
    sync_until_done(laptop)
    assert len(office.event_ids()) == 4


def test_syn8_a_revoked_device_is_refused_and_told_to_wipe(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=1)
    office.service.revoke(laptop.store.device_id)
    with pytest.raises(DeviceRevoked):
        laptop.engine.sync()
    assert office.event_ids() == []


def test_syn10_server_restored_from_an_older_backup(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    tablet = _device(tmp_path, "tablet", catalogue, office, officer, now)
    backup = tmp_path / "backup.db"
    _open_case_with_notes(laptop, notes=1)
    sync_until_done(laptop)
    sync_until_done(tablet)
    office.engine.dispose()
    backup.write_bytes((tmp_path / "head-office.db").read_bytes())
    _open_case_with_notes(laptop, notes=2)
    sync_until_done(laptop)
    sync_until_done(tablet)
    assert len(office.event_ids()) == 5
    # Disaster: head office goes back to the backup (two syncs ago).
    office.engine.dispose()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"head-office.db{suffix}").unlink(missing_ok=True)
    (tmp_path / "head-office.db").write_bytes(backup.read_bytes())
    sync_until_done(laptop)
    sync_until_done(tablet)
    sync_until_done(laptop)
    ids = office.event_ids()
    assert len(ids) == len(set(ids)) == 5
    assert sorted(tablet.event_ids()) == sorted(laptop.event_ids()) == sorted(ids)


def test_unenrolled_profile_is_told_so(store: object, office: HeadOffice) -> None:
    from tests.support.sync_harness import FaultyTransport

    engine = SyncEngine(store, FaultyTransport(office.service))  # type: ignore[arg-type]
    with pytest.raises(NotEnrolled):
        engine.sync()


def test_offline_leaves_the_profile_as_it_was(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=1)
    before = sync_state.values(laptop.store.connection)
    laptop.transport.faults[:] = ["drop_request"]
    with pytest.raises(Offline):
        laptop.engine.sync()
    assert sync_state.values(laptop.store.connection) == before


def test_syn8_revocation_wipes_the_profile_and_reports_only_a_count(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    from tests.conftest import PASSPHRASE
    from tokyo_desk.errors import ProfileError

    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=2)
    sync_until_done(laptop)
    laptop.store.record(
        next(iter(laptop.case_ids())), [("note.added", b.note(text="Grace said hello."))]
    )
    copy = (laptop.profile.db_path).read_bytes()
    office.service.revoke(laptop.store.device_id)
    unsent = laptop.engine.status().unsent
    with pytest.raises(DeviceRevoked):
        laptop.engine.sync()
    laptop.profile.wipe(laptop.store, reason="revoked by head office", unsent=unsent)

    assert not laptop.profile.key_path.exists()
    assert list(laptop.profile.directory.glob("cases.db*")) == []
    note = laptop.profile.wiped()
    assert note is not None
    assert note["unsent_events"] == 1
    assert "Grace" not in (laptop.profile.directory / "wiped.json").read_text()
    assert b"Grace" not in copy  # the copy taken before was encrypted, and its key is gone
    with pytest.raises(ProfileError, match="revoked"):
        laptop.profile.unlock(PASSPHRASE)


def test_syn4_concurrent_offline_work_on_one_case(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    tablet = _device(tmp_path, "tablet", catalogue, office, officer, now)
    case_id = _open_case_with_notes(laptop, notes=0)
    sync_until_done(laptop)
    sync_until_done(tablet)
    # Both offline: the same field, different fields, notes, and both close the case.
    laptop.store.record(case_id, [("person.field_set", b.person_field_set("phone", "+999 1", 0))])
    tablet.store.record(case_id, [("person.field_set", b.person_field_set("phone", "+999 2", 0))])
    laptop.store.record(
        case_id, [("person.field_set", b.person_field_set("address", "Mill Rd", 0))]
    )
    laptop.store.record(case_id, [("note.added", b.note(text="From the laptop."))])
    tablet.store.record(case_id, [("note.added", b.note(text="From the tablet."))])
    laptop.store.record(case_id, [("case.closed", b.case_closed())])
    tablet.store.record(case_id, [("case.closed", b.case_closed())])
    sync_until_done(laptop)
    sync_until_done(tablet)
    sync_until_done(laptop)

    on_laptop, on_tablet = laptop.store.case(case_id), tablet.store.case(case_id)
    phone_laptop, phone_tablet = on_laptop.person["phone"], on_tablet.person["phone"]
    assert phone_laptop.value == phone_tablet.value
    assert {phone_laptop.value, *phone_laptop.conflicts} == {"+999 1", "+999 2"}
    assert phone_laptop.conflicts == phone_tablet.conflicts
    assert on_laptop.person["address"].value == on_tablet.person["address"].value == "Mill Rd"
    notes = sorted(e.payload.text for e in on_tablet.events if e.kind == "note.added")  # type: ignore[attr-defined]
    assert notes == ["From the laptop.", "From the tablet."]
    # The second close was checked against head office's case and refused, not lost.
    assert [q.code for q in sync_state.quarantined(tablet.store.connection)] == ["refused"]
    assert len(office.event_ids({case_id})) == 7


def test_syn5_wrong_device_clocks_still_sync_in_causal_order(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    month_ms = 30 * 24 * 3600 * 1000
    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    tablet = _device(tmp_path, "tablet", catalogue, office, officer, now)
    laptop.engine.wall_ms = lambda: CLOCK[0] + month_ms  # a month ahead
    laptop.store.clock = type(laptop.store.clock)(
        laptop.store.clock.last, lambda: CLOCK[0] + month_ms
    )
    tablet.engine.wall_ms = lambda: CLOCK[0] - month_ms  # a month behind
    tablet.store.clock = type(tablet.store.clock)(
        tablet.store.clock.last, lambda: CLOCK[0] - month_ms
    )
    case_id = _open_case_with_notes(laptop, notes=1)
    report = laptop.engine.sync()
    assert report.complete
    assert report.skew_ms >= month_ms - 60_000  # the officer is warned
    sync_until_done(tablet)
    # The tablet's later note sorts after everything it has seen, despite its slow clock.
    tablet.store.record(case_id, [("note.added", b.note(text="Later, on the tablet."))])
    sync_until_done(tablet)
    sync_until_done(laptop)
    events = laptop.store.case(case_id).events
    assert events[-1].payload.text == "Later, on the tablet."  # type: ignore[attr-defined]
    assert tablet.engine.status().skew_ms <= -month_ms + 60_000


@pytest.mark.slow
def test_syn12_three_months_offline_delivers_20000_events_in_bounded_memory(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    import tracemalloc

    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    case_ids = [_open_case_with_notes(laptop, notes=0) for _ in range(20)]
    text = "Home visit: talked about work, the course and the family; all well. "
    for round_ in range(50):
        for case_id in case_ids:
            notes = [("note.added", b.note(text=f"{text}{round_}-{i}")) for i in range(20)]
            laptop.store.record(case_id, notes)
    assert laptop.engine.status().unsent == 20_020
    tracemalloc.start()
    try:
        report = laptop.engine.sync()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.complete
    assert report.sent == 20_020
    assert len(office.event_ids()) == 20_020
    # A budget's worth at a time (256 KB of events, decoded on both sides), never the queue.
    assert peak < 40 << 20, peak


def test_a_no_change_sync_writes_nothing_at_head_office(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    from sqlalchemy import select

    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    _open_case_with_notes(laptop, notes=1)
    sync_until_done(laptop)

    def last_seen() -> int:
        with office.engine.connect() as connection:
            return int(connection.execute(select(db.devices.c.last_seen_ms)).scalar_one())

    seen = last_seen()
    laptop.engine.sync()
    assert last_seen() == seen  # read only: nothing to flush to disk
    CLOCK[0] += 61_000
    laptop.engine.sync()
    assert last_seen() > seen  # the device list still learns it is alive


def test_syn3_the_same_batch_delivered_up_to_100_times_has_one_effect(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> None:
    import random

    from tests.support.sync_harness import FaultyTransport
    from tokyo_desk.sync import protocol as p

    laptop = _device(tmp_path, "laptop", catalogue, office, officer, now)
    case_id = _open_case_with_notes(laptop, notes=0)
    token = sync_state.values(laptop.store.connection)["token"]
    rng = random.Random(4)
    kept: list[bytes] = []
    for round_ in range(12):
        laptop.store.record(case_id, [("note.added", b.note(text=f"Round {round_}."))])
        prepared = laptop.engine.prepare()
        kept.append(prepared.body)
        # Old batches come back again, in any order, before and after the new one.
        for body in rng.sample(kept, len(kept)) * rng.randint(1, 8):
            office.service.sync(token, p.decode(body, p.SyncRequest))
        laptop.engine.finish(
            prepared,
            FaultyTransport(office.service).post(p.SYNC_PATH, prepared.body, token),
            SyncReport(),
        )
    ids = office.event_ids()
    assert len(ids) == len(set(ids)) == 13
    assert sorted(ids) == sorted(laptop.event_ids())
