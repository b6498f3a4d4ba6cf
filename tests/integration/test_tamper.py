"""TMP-1, AUD-1 and REL-3 (design/security.md): a tampered database file, a tampered audit
log, and a full disk -- each detected or refused cleanly, never a crash or a silent loss."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import itertools
import os
import random
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import DatabaseDamaged, DiskFull, UserError
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import DatabaseError
from tokyo_desk.store.profile import DB_NAME, Profile

PAGE = 4096
SALT = 16
TAMPER_CASES = int(os.environ.get("TOKYO_DESK_TAMPER_CASES", "100"))
RECOVERY_WORDS = ("backup", "head office")
NOTE_AT = "2026-11-02T10:00:00+00:00"


def person(given: str, family: str = "Banda") -> dict[str, object]:
    return {
        "given_names": given,
        "family_name": family,
        "languages_spoken": ["en"],
        "preferred_language": "en",
    }


def note(text: str) -> tuple[str, dict[str, str]]:
    return ("note.added", {"written_at": NOTE_AT, "text": text})


def never_throttled() -> Callable[[], float]:
    ticks = iter(range(10**9, 10**10, 10**6))
    return lambda: float(next(ticks))


def fill(store: CaseStore, cases: int, notes_per_case: int = 2) -> list[str]:
    case_ids = []
    for index in range(cases):
        case_id, _ = store.open_case(
            person(f"Person{index:03d}", f"Family{index % 7}"),
            office="North",
            opened_on=dt.date(2026, 11, 1 + index % 20),
        )
        store.record(
            case_id, [note(f"Visit {n} of case {index}. " * 5) for n in range(notes_per_case)]
        )
        case_ids.append(case_id)
    return case_ids


# --- TMP-1 -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def locked_profile_dir(tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue) -> Path:
    """A locked profile with 30 cases (built once for all tamper samples)."""
    root = tmp_path_factory.mktemp("tamper") / "profiles"
    profile, store = Profile.create(
        root,
        catalogue,
        officer_name="Test Officer",
        office="Test Office",
        passphrase=PASSPHRASE,
        kdf=cheap_kdf(),
    )
    fill(store, 30)
    # some free pages too: a purged case (secure_delete zeroes them, they stay in the file)
    store.purge_case(store.caseload(limit=1)[0].case_id)
    profile.lock(store)
    assert (profile.db_path.stat().st_size % PAGE) == 0
    return profile.directory


def tamper(path: Path, rng: random.Random) -> str:
    """Damage the file at ``path`` in one random way; returns a description."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    kind = rng.choice(["flip", "flip", "truncate", "truncate-aligned", "swap"])
    if kind == "flip":
        offset = rng.randrange(SALT, len(data))
        mask = rng.randrange(1, 256)
        data[offset] ^= mask
        description = f"flip byte {offset} (page {offset // PAGE + 1}) ^ {mask:#04x}"
    elif kind == "truncate":
        length = rng.randrange(0, len(data))
        while length % PAGE == 0:
            length = rng.randrange(0, len(data))
        del data[length:]
        description = f"truncate to {length} bytes"
    elif kind == "truncate-aligned":
        keep = rng.randrange(0, pages)
        del data[keep * PAGE :]
        description = f"truncate to {keep} of {pages} pages"
    else:
        first, second = sorted(rng.sample(range(pages), 2))
        a, b = first * PAGE, second * PAGE
        data[a : a + PAGE], data[b : b + PAGE] = data[b : b + PAGE], data[a : a + PAGE]
        description = f"swap pages {first + 1} and {second + 1}"
    path.write_bytes(bytes(data))
    return description


@dataclass(frozen=True)
class Outcome:
    """What opening one tampered copy did."""

    description: str
    result: str  # "detected on open", "detected by integrity check" or "MISSED"
    error: str = ""  # the exception's type name when detected on open
    message: str = ""

    @property
    def user_error(self) -> bool:
        return self.error in USER_ERRORS


USER_ERRORS = {cls.__name__ for cls in (UserError, DatabaseDamaged, DiskFull)} | {
    "WrongPassphrase",
    "KeyFileDamaged",
    "DatabaseNewer",
    "ProfileError",
}


def try_tampered(directory: Path, catalogue: Catalogue, description: str = "") -> Outcome:
    """Open a tampered profile and, if it opens, check its integrity.  A UserError or a raw
    SQLite DatabaseError counts as detected (the second is reported separately, see
    ``test_tmp1_only_clear_messages``); any other exception propagates."""
    profile = Profile(directory, catalogue, monotonic_now=never_throttled())
    try:
        store = profile.unlock(PASSPHRASE)
    except (UserError, DatabaseError) as error:
        return Outcome(description, "detected on open", type(error).__name__, str(error))
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    return Outcome(description, "detected by integrity check" if problems else "MISSED")


@pytest.fixture(scope="module")
def tamper_outcomes(
    locked_profile_dir: Path, catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory
) -> list[Outcome]:
    """TAMPER_CASES random tamperings (seeded), each on a fresh copy of the profile."""
    rng = random.Random(20261120)
    work = tmp_path_factory.mktemp("samples")
    outcomes = []
    for sample in range(TAMPER_CASES):
        copy = work / f"sample-{sample}"
        shutil.copytree(locked_profile_dir, copy)
        description = f"sample {sample}: " + tamper(copy / DB_NAME, rng)
        try:
            outcomes.append(try_tampered(copy, catalogue, description))
        except Exception as error:
            raise AssertionError(f"{description}: {type(error).__name__}: {error}") from error
        shutil.rmtree(copy)
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    kinds = Counter(outcome.description.split(": ")[1].split()[0] for outcome in outcomes)
    results = Counter(f"{o.result} {o.error}".strip() for o in outcomes)
    return f"{len(outcomes)} samples {dict(kinds)} -> {dict(results)}"


@pytest.mark.timeout(240)
def test_tmp1_random_tampering_is_always_detected(tamper_outcomes: list[Outcome]) -> None:
    """TMP-1 (CI sample; TOKYO_DESK_TAMPER_CASES raises it): byte flips past the salt,
    truncations (page-aligned and not) and page swaps: 100% detected, no crash, no hang."""
    report = summary(tamper_outcomes)
    missed = [outcome.description for outcome in tamper_outcomes if outcome.result == "MISSED"]
    assert missed == [], f"{report}; missed: {missed}"
    assert len(tamper_outcomes) == TAMPER_CASES, report
    kinds = {outcome.description.split(": ")[1].split()[0] for outcome in tamper_outcomes}
    assert {"flip", "truncate", "swap"} <= kinds, report
    for outcome in tamper_outcomes:
        if outcome.error == "DatabaseDamaged":
            assert any(word in outcome.message for word in RECOVERY_WORDS), outcome


def test_tmp1_only_clear_messages(tamper_outcomes: list[Outcome]) -> None:
    """Every refusal is a UserError (DatabaseDamaged or WrongPassphrase) with a recovery
    path: never a raw SQLite error."""
    raw = [o.description for o in tamper_outcomes if o.error and not o.user_error]
    assert raw == [], f"{summary(tamper_outcomes)}; raw errors: {raw}"


def test_tmp1_control_untampered_copy_is_clean(
    locked_profile_dir: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Control: the same procedure on an untouched copy reports nothing."""
    copy = tmp_path / "untouched"
    shutil.copytree(locked_profile_dir, copy)
    assert try_tampered(copy, catalogue).result == "MISSED"


def test_tmp1_each_kind_on_a_data_page(
    locked_profile_dir: Path, catalogue: Catalogue, tmp_path: Path
) -> None:
    """One deterministic example of each kind, away from page 1, with the message checked."""
    size = (locked_profile_dir / DB_NAME).stat().st_size
    pages = size // PAGE
    examples: dict[str, Callable[[bytearray], None]] = {
        "flip in page 5": lambda d: d.__setitem__(4 * PAGE + 100, d[4 * PAGE + 100] ^ 0x01),
        "flip in the IV of page 3": lambda d: d.__setitem__(3 * PAGE - 70, d[3 * PAGE - 70] ^ 1),
        "flip in the HMAC of page 2": lambda d: d.__setitem__(2 * PAGE - 1, d[2 * PAGE - 1] ^ 1),
        "drop the last page": lambda d: d.__delitem__(slice((pages - 1) * PAGE, None)),
        "drop half a page": lambda d: d.__delitem__(slice(size - PAGE // 2, None)),
        "swap pages 2 and 3": lambda d: d.__setitem__(
            slice(PAGE, 3 * PAGE), d[2 * PAGE : 3 * PAGE] + d[PAGE : 2 * PAGE]
        ),
        "page 1 damaged": lambda d: d.__setitem__(200, d[200] ^ 0x80),
        "empty file": lambda d: d.clear(),
    }
    outcomes = {}
    for name, damage in examples.items():
        copy = tmp_path / name.replace(" ", "-")
        shutil.copytree(locked_profile_dir, copy)
        data = bytearray((copy / DB_NAME).read_bytes())
        damage(data)
        (copy / DB_NAME).write_bytes(bytes(data))
        outcomes[name] = try_tampered(copy, catalogue, name)
    assert all(o.result != "MISSED" for o in outcomes.values()), outcomes
    assert outcomes["page 1 damaged"].error == "DatabaseDamaged", outcomes
    assert "backup" in outcomes["page 1 damaged"].message


# --- AUD-1 -------------------------------------------------------------------------------------

AUDIT_FIELDS = ("seq", "at_utc", "officer", "device", "action", "entity", "outcome",
                "prev_hash", "hash")  # fmt: skip


@contextlib.contextmanager
def rolled_back(store: CaseStore) -> Iterator[None]:
    store.connection.execute("SAVEPOINT tamper")
    try:
        yield
    finally:
        store.connection.execute("ROLLBACK TO tamper")
        store.connection.execute("RELEASE tamper")


def altered(value: object) -> object:
    """A different value of the same type, one character or unit away."""
    if isinstance(value, int):
        return value + 1000
    text = str(value)
    if not text:
        return "x"
    last = text[-1]
    return text[:-1] + ("1" if last == "0" else "0" if last.isdigit() else chr(ord(last) ^ 1))


@pytest.fixture
def audited_store(profile_and_store: tuple[Profile, CaseStore]) -> CaseStore:
    """A store with about 40 audit entries and the append-only triggers dropped."""
    profile, store = profile_and_store
    for case_id in fill(store, 13, notes_per_case=1):
        store.case(case_id)
    profile.lock(store)
    store = profile.unlock(PASSPHRASE)
    assert len(store.audit.entries()) >= 40
    assert store.verify_audit() == []
    store.connection.execute("DROP TRIGGER audit_no_update")
    store.connection.execute("DROP TRIGGER audit_no_delete")
    return store


@pytest.mark.timeout(60)
def test_aud1_every_edit_delete_and_reorder_is_detected(audited_store: CaseStore) -> None:
    store = audited_store
    execute = store.connection.execute
    rows = execute(f"SELECT {', '.join(AUDIT_FIELDS)} FROM audit ORDER BY seq").fetchall()
    mutations: list[tuple[str, Callable[[], None]]] = []
    for row in rows:
        seq = row[0]
        for index, field in enumerate(AUDIT_FIELDS):
            new_value = altered(row[index])
            mutations.append(
                (
                    f"edit {field} of entry {seq}",
                    lambda f=field, v=new_value, s=seq: execute(
                        f"UPDATE audit SET {f} = ? WHERE seq = ?", (v, s)
                    ),
                )
            )
        mutations.append(
            (f"delete entry {seq}", lambda s=seq: execute("DELETE FROM audit WHERE seq = ?", (s,)))
        )
    columns = AUDIT_FIELDS[1:]
    assignments = ", ".join(f"{name} = ?" for name in columns)
    for first, second in itertools.pairwise(rows):

        def swap(a: tuple[object, ...] = first, b: tuple[object, ...] = second) -> None:
            execute(f"UPDATE audit SET {assignments} WHERE seq = ?", (*b[1:], a[0]))
            execute(f"UPDATE audit SET {assignments} WHERE seq = ?", (*a[1:], b[0]))

        mutations.append((f"swap entries {first[0]} and {second[0]}", swap))
    last = rows[-1][0]
    mutations.append(
        ("delete the last entry", lambda: execute("DELETE FROM audit WHERE seq = ?", (last,)))
    )
    mutations.append(
        ("delete the last 3", lambda: execute("DELETE FROM audit WHERE seq > ?", (last - 3,)))
    )

    missed = []
    for name, mutate in mutations:
        with rolled_back(store):
            mutate()
            changed = execute(f"SELECT {', '.join(AUDIT_FIELDS)} FROM audit ORDER BY seq")
            assert changed.fetchall() != rows, f"{name} changed nothing"
            if not store.verify_audit():
                missed.append(name)
        assert store.verify_audit() == [], f"rollback after {name}"
    detected = len(mutations) - len(missed)
    assert missed == [], f"detected {detected}/{len(mutations)}; missed {missed}"
    assert len(mutations) >= 40 * 10


def test_aud1_untampered_log_verifies(audited_store: CaseStore) -> None:
    assert audited_store.verify_audit() == []


# --- REL-3 -------------------------------------------------------------------------------------


def snapshot(store: CaseStore) -> tuple[int, int, list[str], int]:
    return (
        store.event_count(),
        len(store.audit.entries()),
        store.verify_audit(),
        len(store.search("Person")),
    )


@pytest.mark.timeout(60)
def test_rel3_size_limit_reached(profile_and_store: tuple[Profile, CaseStore]) -> None:
    """REL-3 (a): the database may not grow (max_page_count): DiskFull with a clear message,
    nothing of the failed write stored, the store usable once there is room again."""
    profile, store = profile_and_store
    case_ids = fill(store, 3)
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    batch = [note("x" * 1900 + str(n)) for n in range(3)]
    for attempt in range(1000):
        before = snapshot(store)
        try:
            store.record(case_ids[attempt % 3], batch)
        except DiskFull as error:
            failed = error
            break
    else:
        pytest.fail("the size limit was never reached")
    assert "disk is full" in str(failed).lower()
    assert "nothing was saved" in str(failed).lower()
    assert snapshot(store) == before
    assert not store.connection.in_transaction
    assert store.integrity_problems() == []
    store.connection.execute("PRAGMA max_page_count = 1000000")
    store.record(case_ids[0], batch)
    assert store.event_count() == before[0] + 3
    seqs = [row[0] for row in store.connection.execute("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert store.verify_audit() == []
    profile.lock(store)
    store = profile.unlock(PASSPHRASE)
    assert store.event_count() == before[0] + 3
    store.close()


def _mount_tmpfs(target: Path, size: str) -> str | None:
    """Mount a tmpfs; returns why it could not be done, or None."""
    if os.geteuid() != 0:
        return "not running as root"
    if shutil.which("mount") is None:
        return "no mount command"
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        timeout=20,
    )
    if result.returncode != 0:
        return f"mount -t tmpfs failed: {result.stderr.strip()}"
    return None


def _fill_disk(directory: Path) -> Path:
    """Write a ballast file until the file system has not one byte left."""
    ballast = directory / "ballast.bin"
    fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return ballast


@pytest.mark.timeout(120)
def test_rel3_real_disk_full(tmp_path: Path, catalogue: Catalogue) -> None:
    """REL-3 (b): a 3 MB tmpfs filled to the last byte: DiskFull, previous data intact."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    reason = _mount_tmpfs(mount_point, "3m")
    if reason:
        pytest.skip(reason)
    store = None
    try:
        profile, store = Profile.create(
            mount_point / "profiles",
            catalogue,
            officer_name="Test Officer",
            office="Test Office",
            passphrase=PASSPHRASE,
            kdf=cheap_kdf(),
        )
        case_ids = fill(store, 3)
        ballast = _fill_disk(mount_point)
        batch = [note("y" * 1900 + str(n)) for n in range(3)]
        for attempt in range(1000):
            before = snapshot(store)
            try:
                store.record(case_ids[attempt % 3], batch)
            except DiskFull as error:
                failed = error
                break
        else:
            pytest.fail("the disk never filled up")
        assert "disk is full" in str(failed).lower()
        assert snapshot(store) == before
        assert not store.connection.in_transaction
        ballast.unlink()
        store.record(case_ids[0], batch)
        expected = before[0] + 3
        profile.lock(store)
        store = profile.unlock(PASSPHRASE)
        assert store.event_count() == expected
        assert store.integrity_problems() == []
        assert store.verify_audit() == []
        profile.lock(store)
        store = None
    finally:
        if store is not None:
            with contextlib.suppress(Exception):
                store.close()
        result = subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=20)
        if result.returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=20)
