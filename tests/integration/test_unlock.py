"""AUTH-1 and the key life cycle (design/security.md): throttled unlocking, passphrase
policy, passphrase change and rekey, including a rekey interrupted by a crash."""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import UnlockThrottled, UserError, WeakPassphrase, WrongPassphrase
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import open_database
from tokyo_desk.store.keyfile import KeyFile
from tokyo_desk.store.passphrase import check_policy
from tokyo_desk.store.profile import THROTTLE_NAME, Profile
from tokyo_desk.store.throttle import LOCKOUT_SECONDS

WRONG = "wrong lantern orchard 42"
NEW_PASSPHRASE = "copper meadow whistle 77"
START = 1_795_000_000.0  # 2026-11-18, a plausible wall-clock reading


class FakeClock:
    """Seconds since the epoch, advanced only by the test."""

    def __init__(self, start: float = START) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def locked(
    profile_and_store: tuple[Profile, CaseStore], catalogue: Catalogue, clock: FakeClock
) -> tuple[Profile, str]:
    """A locked profile holding one case (two events), opened with the fake clock."""
    profile, store = profile_and_store
    case_id, _ = store.open_case(
        {
            "given_names": "Grace",
            "family_name": "Banda",
            "languages_spoken": ["en"],
            "preferred_language": "en",
        },
        office="North",
        opened_on=dt.date(2026, 11, 1),
    )
    store.record(
        case_id, [("note.added", {"written_at": "2026-11-02T10:00:00+00:00", "text": "Seen."})]
    )
    profile.lock(store)
    return Profile(profile.directory, catalogue, monotonic_now=clock), case_id


def fails_wrong(profile: Profile, passphrase: str = WRONG) -> None:
    with pytest.raises(WrongPassphrase):
        profile.unlock(passphrase)


def throttled(profile: Profile, passphrase: str = PASSPHRASE) -> UnlockThrottled:
    with pytest.raises(UnlockThrottled) as caught:
        profile.unlock(passphrase)
    assert caught.value.wait_seconds > 0
    assert str(caught.value)
    return caught.value


def intact(store: CaseStore, case_id: str) -> None:
    assert store.event_count() == 2
    assert store.case(case_id).display_name == "Grace Banda"
    assert store.integrity_problems() == []
    assert store.verify_audit() == []


# --- AUTH-1 ------------------------------------------------------------------------------------


def test_auth1_delays_lockout_restart_and_reset(
    locked: tuple[Profile, str], catalogue: Catalogue, clock: FakeClock
) -> None:
    profile, case_id = locked
    failure_times = []

    # attempts 1 and 2: allowed at once
    for _ in range(2):
        fails_wrong(profile)
        failure_times.append(clock.now)
    # attempt 3 must wait -- even with the right passphrase
    waits = [throttled(profile).wait_seconds]
    assert not throttled(profile, WRONG).locked_out
    clock.advance(waits[0] - 0.5)
    throttled(profile)
    clock.advance(1.0)
    fails_wrong(profile)  # attempt 3
    failure_times.append(clock.now)
    for _ in range(2):  # attempts 4 and 5, each after a longer wait
        wait = throttled(profile).wait_seconds
        waits.append(wait)
        clock.advance(wait + 0.1)
        fails_wrong(profile)
        failure_times.append(clock.now)
    assert waits == sorted(waits), f"delays must grow: {waits}"
    assert len(set(waits)) == len(waits), waits

    # after 5 wrong in a row: locked out for ten minutes
    lockout = throttled(profile)
    assert lockout.locked_out
    assert lockout.wait_seconds == pytest.approx(LOCKOUT_SECONDS, abs=1)
    assert lockout.wait_seconds == pytest.approx(600, abs=1)
    assert "minute" in str(lockout)

    # a restart (a new Profile object) does not forget
    restarted = Profile(profile.directory, catalogue, monotonic_now=clock)
    assert throttled(restarted).locked_out
    clock.advance(LOCKOUT_SECONDS - 5)
    assert throttled(restarted).locked_out
    assert throttled(restarted, WRONG).locked_out  # refused attempts are not counted
    clock.advance(10)

    # after the lock-out the right passphrase opens and resets the counter
    store = restarted.unlock(PASSPHRASE)
    try:
        assert store.audit.entries()[-1].action == "unlock_ok"
        failed = [entry for entry in store.audit.entries() if entry.action == "unlock_failed"]
        assert len(failed) == 5
        assert all(entry.outcome == "wrong passphrase" for entry in failed)
        expected = [
            dt.datetime.fromtimestamp(at, dt.UTC).isoformat(timespec="milliseconds")
            for at in failure_times
        ]
        assert [entry.at_utc for entry in failed] == expected
        intact(store, case_id)
    finally:
        restarted.lock(store)
    assert not (profile.directory / THROTTLE_NAME).exists()
    fails_wrong(restarted)
    fails_wrong(restarted)  # the counter started again from zero
    throttled(restarted)
    # the same attempts are not audited twice
    clock.advance(10)
    store = restarted.unlock(PASSPHRASE)
    try:
        failed = [entry for entry in store.audit.entries() if entry.action == "unlock_failed"]
        assert len(failed) == 7
    finally:
        restarted.lock(store)


def test_auth1_damaged_counter_counts_as_locked_out(
    locked: tuple[Profile, str], clock: FakeClock
) -> None:
    profile, _ = locked
    counter = profile.directory / THROTTLE_NAME
    for damage in (b"{not json", b"", b'{"failures": "x", "last_failure": 0}', b"[]", b"\xff"):
        counter.write_bytes(damage)
        error = throttled(profile)
        assert error.locked_out, damage
    counter.unlink()
    profile.lock(profile.unlock(PASSPHRASE))


def test_auth1_damaged_counter_lockout_ends(locked: tuple[Profile, str], clock: FakeClock) -> None:
    profile, _ = locked
    (profile.directory / THROTTLE_NAME).write_bytes(b"{not json")
    assert throttled(profile).locked_out
    clock.advance(LOCKOUT_SECONDS + 60)
    profile.lock(profile.unlock(PASSPHRASE))


def test_auth1_clock_set_back_does_not_extend_the_lockout(
    locked: tuple[Profile, str], clock: FakeClock
) -> None:
    profile, _ = locked
    clock.advance(30 * 86400)  # the laptop's clock was a month ahead ...
    for _ in range(2):
        fails_wrong(profile)
    clock.advance(-30 * 86400)  # ... and is corrected
    assert throttled(profile).wait_seconds <= 5.0  # the delay after two failures
    clock.advance(6)
    profile.lock(profile.unlock(PASSPHRASE))


# --- passphrase policy -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", "at least 12"),
        ("short words", "at least 12"),
        ("password1234", "common"),
        ("Password1234!", "common"),
        ("qwertyuiop123", "common"),
        ("QWERTYUIOP 123", "common"),
        ("abcabcabcabc", "repeats"),
        ("aaaaaaaaaaaaaaaaaaaa", "repeats"),
        ("abababababab", "repeats"),
        ("abcdefghijklmnop", "sequence"),
        ("zyxwvutsrqponm", "sequence"),
        ("x" * 2000, "at most"),
    ],
)
def test_weak_passphrases_are_refused(passphrase: str, reason: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        check_policy(passphrase)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    "passphrase",
    [
        "violet anchor mumble tractor",
        "الشمس تشرق فوق الجبال العالية",
        "我的秘密花园在山上很远的地方",
        "Ωραίο πρωινό στην Αθήνα",
        PASSPHRASE,
    ],
)
def test_good_passphrases_are_accepted(passphrase: str) -> None:
    assert len(unicodedata.normalize("NFKC", passphrase)) >= 12
    check_policy(passphrase)


def test_a_weak_passphrase_makes_no_profile(tmp_path: Path, catalogue: Catalogue) -> None:
    root = tmp_path / "profiles"
    with pytest.raises(WeakPassphrase):
        Profile.create(
            root,
            catalogue,
            officer_name="A",
            office="B",
            passphrase="password1234",
            kdf=cheap_kdf(),
        )
    assert not root.exists() or list(root.iterdir()) == []


def test_non_latin_passphrase_round_trip(tmp_path: Path, catalogue: Catalogue) -> None:
    """A passphrase typed in another script (composed differently) still unlocks."""
    passphrase = "كلمة المرور طويلة جدا"
    profile, store = Profile.create(
        tmp_path / "profiles",
        catalogue,
        officer_name="A",
        office="B",
        passphrase=passphrase,
        kdf=cheap_kdf(),
    )
    profile.lock(store)
    profile.lock(profile.unlock(passphrase))
    composed = "Café crème brûlée au lait"
    store = profile.unlock(passphrase)
    profile.change_passphrase(store, passphrase, composed, kdf=cheap_kdf())
    profile.lock(store)
    profile.lock(profile.unlock(unicodedata.normalize("NFD", composed)))


# --- passphrase change -------------------------------------------------------------------------


def test_passphrase_change(locked: tuple[Profile, str]) -> None:
    profile, case_id = locked
    store = profile.unlock(PASSPHRASE)
    profile.change_passphrase(store, PASSPHRASE, NEW_PASSPHRASE, kdf=cheap_kdf())
    assert store.audit.entries()[-1].action == "passphrase_change"
    profile.lock(store)
    fails_wrong(profile, PASSPHRASE)
    store = profile.unlock(NEW_PASSPHRASE)
    try:
        intact(store, case_id)
    finally:
        profile.lock(store)


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        (WRONG, NEW_PASSPHRASE, WrongPassphrase),
        ("", NEW_PASSPHRASE, WrongPassphrase),
        (PASSPHRASE, "password1234", WeakPassphrase),
        (PASSPHRASE, "short", WeakPassphrase),
        (PASSPHRASE, PASSPHRASE, UserError),
    ],
)
def test_failed_passphrase_change_leaves_the_key_file(
    locked: tuple[Profile, str], old: str, new: str, error: type[Exception]
) -> None:
    profile, case_id = locked
    store = profile.unlock(PASSPHRASE)
    before = profile.key_path.read_bytes()
    with pytest.raises(error):
        profile.change_passphrase(store, old, new, kdf=cheap_kdf())
    assert profile.key_path.read_bytes() == before
    assert not profile.key_path.with_name(profile.key_path.name + ".tmp").exists()
    profile.lock(store)
    store = profile.unlock(PASSPHRASE)
    try:
        intact(store, case_id)
    finally:
        profile.lock(store)


# --- rekey -------------------------------------------------------------------------------------


def dek_of(profile: Profile, passphrase: str = PASSPHRASE) -> bytes:
    return KeyFile.read(profile.key_path).unwrap(passphrase)[1]


def test_rekey_replaces_the_data_key(locked: tuple[Profile, str]) -> None:
    profile, case_id = locked
    old_dek = dek_of(profile)
    store = profile.unlock(PASSPHRASE)
    store = profile.rekey(store, PASSPHRASE)
    try:
        intact(store, case_id)
        assert "key_change" in {entry.action for entry in store.audit.entries()}
    finally:
        profile.lock(store)
    new_dek = dek_of(profile)
    assert new_dek != old_dek
    assert KeyFile.read(profile.key_path).pending is None
    with pytest.raises(WrongPassphrase):
        open_database(profile.db_path, old_dek)
    open_database(profile.db_path, new_dek).close()
    store = profile.unlock(PASSPHRASE)
    try:
        intact(store, case_id)
    finally:
        profile.lock(store)


def test_crash_after_staging_before_pragma_rekey(locked: tuple[Profile, str]) -> None:
    """The next key was written beside the current one, then the app died before
    ``PRAGMA rekey``: unlock keeps the current key and drops the pending one."""
    profile, case_id = locked
    keyfile = KeyFile.read(profile.key_path)
    kek, dek, _ = keyfile.unwrap(PASSPHRASE)
    keyfile.with_pending(kek, secrets.token_bytes(32)).write(profile.key_path)
    store = profile.unlock(PASSPHRASE)
    try:
        intact(store, case_id)
    finally:
        profile.lock(store)
    settled = KeyFile.read(profile.key_path)
    assert settled.pending is None
    assert settled.unwrap(PASSPHRASE)[1] == dek


def test_crash_after_pragma_rekey_before_promotion(
    profile_and_store: tuple[Profile, CaseStore], catalogue: Catalogue
) -> None:
    """``PRAGMA rekey`` finished but the key file still holds the pending key: unlock
    promotes the pending key, and the old one no longer opens the database."""
    profile, store = profile_and_store
    store.open_case(
        {"given_names": "Amina", "languages_spoken": ["en"], "preferred_language": "en"},
        office="North",
        opened_on=dt.date(2026, 11, 1),
    )
    keyfile = KeyFile.read(profile.key_path)
    kek, old_dek, _ = keyfile.unwrap(PASSPHRASE)
    next_dek = secrets.token_bytes(32)
    keyfile.with_pending(kek, next_dek).write(profile.key_path)
    store.connection.execute(f"PRAGMA rekey = \"x'{next_dek.hex()}'\"")
    store.close()  # the crash: no promotion, no clean-shutdown marker
    reopened = Profile(profile.directory, catalogue)
    store = reopened.unlock(PASSPHRASE)
    try:
        assert store.event_count() == 1
        assert store.integrity_problems() == []
        assert store.verify_audit() == []
    finally:
        reopened.lock(store)
    settled = KeyFile.read(profile.key_path)
    assert settled.pending is None
    assert settled.unwrap(PASSPHRASE)[1] == next_dek
    with pytest.raises(WrongPassphrase):
        open_database(profile.db_path, old_dek)


def test_pending_key_with_neither_key_opening(locked: tuple[Profile, str]) -> None:
    """Both wrapped keys are authentic but neither opens the database: damaged, with the
    recovery path named; the key file is left as it was."""
    profile, _ = locked
    keyfile = KeyFile.read(profile.key_path)
    kek, _, _ = keyfile.unwrap(PASSPHRASE)
    broken = keyfile.rewrap(secrets.token_bytes(32), PASSPHRASE, keyfile.kdf)
    broken = broken.with_pending(kek, secrets.token_bytes(32))
    broken.write(profile.key_path)
    before = profile.key_path.read_bytes()
    with pytest.raises(UserError) as caught:
        profile.unlock(PASSPHRASE)
    assert "backup" in str(caught.value)
    assert profile.key_path.read_bytes() == before
