"""ENC-1 .. ENC-5 (design/security.md): what an attacker holding the files can learn.

Every "0 hits" assertion here is paired with a positive control that proves the same scan
finds the marker where it must be (in clear after decrypting the pages with the data key,
or planted on purpose), so that a blind scanner cannot make these tests pass.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import random
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.support import sqlcipher_pages
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import KeyFileDamaged, UserError, WrongPassphrase
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import open_database
from tokyo_desk.store.keyfile import KeyFile
from tokyo_desk.store.profile import Profile

NEW_PASSPHRASE = "copper meadow whistle 77"
NOTE_AT = "2026-11-02T10:00:00+00:00"
CONSONANTS = "bcdfghjkmnpqrstvwxz"
SYSTEM_TEMP = Path(tempfile.gettempdir())  # before any test points TMPDIR elsewhere


# --- markers and scanning --------------------------------------------------------------------


def new_marker() -> str:
    """A random lower-case word: one search token, stored as-is by the search index."""
    return "qz" + "".join(secrets.choice(CONSONANTS) for _ in range(16))


def base64_forms(data: bytes) -> list[bytes]:
    """The base64 text that any encoding of ``data`` contains, for each of the three
    alignments of ``data`` against the 3-byte groups (characters that also depend on the
    neighbouring bytes are cut off)."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + data)
        start = -(-8 * shift // 6)
        end = 8 * (shift + len(data)) // 6
        forms.append(encoded[start:end])
    return forms


def encodings(secret: str) -> dict[str, bytes]:
    """``secret`` as UTF-8, UTF-16LE and base64 (all three alignments)."""
    raw = secret.encode("utf-8")
    forms = {"utf-8": raw, "utf-16le": secret.encode("utf-16-le")}
    for shift, form in enumerate(base64_forms(raw)):
        forms[f"base64/{shift}"] = form
    return forms


def marker_needles(marker: str) -> list[bytes]:
    """What a decrypted page holds if it holds the marker.  The search index stores terms
    prefix-compressed (a term that shares its first letters with the term before it is
    stored without them), so the tail of the marker is searched for as well."""
    return [marker.encode(), marker[6:].encode()]


@dataclass(frozen=True)
class Hit:
    path: Path
    encoding: str
    offset: int


def scan_files(paths: list[Path], secret: str) -> list[Hit]:
    """Every occurrence of ``secret`` (in each of ``encodings``) in the given files; also
    ``secret`` upper- and lower-cased."""
    needles: dict[str, bytes] = {}
    for variant in {secret, secret.lower(), secret.upper()}:
        for name, form in encodings(variant).items():
            needles[f"{name}:{variant}"] = form
    hits = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished (an atomic rename) or not a regular file
        for name, needle in needles.items():
            offset = data.find(needle)
            if offset >= 0:
                hits.append(Hit(path, name, offset))
    return hits


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += [path for path in root.rglob("*") if path.is_file()]
    return found


def new_system_temp_files(since: float) -> list[Path]:
    """Regular files directly in the system temp directory changed since ``since`` (files
    that SQLite or a library might have left there)."""
    found = []
    for path in SYSTEM_TEMP.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime >= since - 1:
                found.append(path)
        except OSError:
            continue
    return found


def decrypted_hits(db_path: Path, dek: bytes, marker: str) -> list[sqlcipher_pages.DecryptedPage]:
    pages = sqlcipher_pages.all_pages(db_path, dek)
    assert pages, "nothing to decrypt"
    assert all(page.authentic for page in pages), "the decryptor does not match the file"
    return sqlcipher_pages.pages_containing(pages, marker_needles(marker))


def data_key(profile: Profile, passphrase: str = PASSPHRASE) -> bytes:
    return KeyFile.read(profile.key_path).unwrap(passphrase)[1]


def person(given: str, family: str = "Banda") -> dict[str, object]:
    return {
        "given_names": given,
        "family_name": family,
        "languages_spoken": ["en"],
        "preferred_language": "en",
    }


def note(text: str) -> tuple[str, dict[str, str]]:
    return ("note.added", {"written_at": NOTE_AT, "text": text})


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """All logging at DEBUG into a file for the duration of the test."""
    path = tmp_path / "logs" / "debug.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp directory for this test only (Python's tempfile and child processes)."""
    path = tmp_path / "tmp"
    path.mkdir()
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


def make_profile(
    root: Path, catalogue: Catalogue, now: dt.datetime, passphrase: str = PASSPHRASE
) -> tuple[Profile, CaseStore]:
    return Profile.create(
        root,
        catalogue,
        officer_name="Test Officer",
        office="Test Office",
        passphrase=passphrase,
        kdf=cheap_kdf(),
        now=lambda: now,
    )


def fast_profile(profile: Profile, catalogue: Catalogue) -> Profile:
    """The same profile directory with a clock that never throttles the next attempt."""
    clock = iter(range(10**9, 10**10, 10**6))
    return Profile(profile.directory, catalogue, monotonic_now=lambda: float(next(clock)))


# --- the scanners themselves -----------------------------------------------------------------


def test_scanner_finds_every_encoding_at_every_alignment(tmp_path: Path) -> None:
    """Positive control of ``scan_files``: a planted marker is found in each encoding."""
    marker = new_marker()
    for shift in range(3):
        for name in ("utf-8", "utf-16le", "base64"):
            raw = marker.encode("utf-16-le" if name == "utf-16le" else "utf-8")
            body = secrets.token_bytes(7) + b"x" * shift + raw + secrets.token_bytes(5)
            data = base64.b64encode(body) if name == "base64" else body
            path = tmp_path / f"{name}-{shift}.bin"
            path.write_bytes(secrets.token_bytes(shift) + data)
            hits = scan_files([path], marker)
            assert hits, f"{name} at alignment {shift} not found"
    assert scan_files([tmp_path / "utf-8-0.bin"], new_marker()) == []


def test_decryptor_reads_a_real_database(
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    """Positive control of ``sqlcipher_pages``: every page authenticates, the marker is in
    clear in the WAL frames before a checkpoint and in the main file after it, and the
    wrong key authenticates nothing."""
    profile, store = profile_and_store
    marker = new_marker()
    case_id, _ = store.open_case(person(marker), office="X", opened_on=dt.date(2026, 11, 1))
    store.record(case_id, [note(f"seen {marker} today")])
    dek = data_key(profile)
    hits = decrypted_hits(profile.db_path, dek, marker)
    assert {page.source for page in hits} == {"wal"}
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hits = decrypted_hits(profile.db_path, dek, marker)
    assert {page.source for page in hits} == {"db"}
    # page 1 decrypts to an SQLite header page (the salt replaced the magic string)
    page_one = next(sqlcipher_pages.database_pages(profile.db_path, dek))
    assert page_one.plaintext[:2] == (4096).to_bytes(2, "big")  # page size at offset 16
    wrong = sqlcipher_pages.all_pages(profile.db_path, secrets.token_bytes(32))
    assert not any(page.authentic for page in wrong)


# --- ENC-1 -------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_enc1_no_plaintext_outside_the_encrypted_pages(
    tmp_path: Path,
    catalogue: Catalogue,
    now: dt.datetime,
    debug_log: Path,
    private_temp: Path,
) -> None:
    """ENC-1: create, search, sort, lock, unlock; scan every file for the marker."""
    started = time.time()
    marker = new_marker()
    profile, store = make_profile(tmp_path / "profiles", catalogue, now)
    case_ids = []
    for index, (given, family) in enumerate(
        [(marker, "Banda"), ("Grace", marker), ("Amina", f"{marker} Okafor")]
    ):
        case_id, _ = store.open_case(
            person(given, family), office="North", opened_on=dt.date(2026, 11, 1 + index)
        )
        store.record(case_id, [note(f"Visit {index}: {marker}."), note(marker)])
        case_ids.append(case_id)
    for index in range(20):  # enough rows for sorting and several pages
        store.open_case(person(f"Other{index:02d}"), office="North", opened_on=now.date())
    assert {row.case_id for row in store.search(marker)} == set(case_ids)
    assert {row.case_id for row in store.search(marker[:5])} >= set(case_ids)
    caseload = store.caseload()
    assert len(caseload) == 23
    names = [row.display_name.casefold() for row in caseload]
    assert names == sorted(names)
    assert marker in store.case(case_ids[0]).display_name

    dek = data_key(profile)

    def scan(stage: str) -> None:
        files = [*files_under(tmp_path), *new_system_temp_files(started)]
        names = {path.name for path in files}
        assert {"cases.db", "key.bin", "profile.json", "debug.log"} <= names, stage
        hits = scan_files(files, marker)
        assert hits == [], f"{stage}: the marker is readable in {hits}"

    # the app is open: the records live in the WAL and the main file, encrypted
    assert profile.db_path.with_name("cases.db-wal").exists()
    assert profile.db_path.with_name("cases.db-shm").exists()
    assert decrypted_hits(profile.db_path, dek, marker), "positive control (open)"
    scan("open")

    profile.lock(store)
    profile = fast_profile(profile, catalogue)
    with pytest.raises(WrongPassphrase):
        profile.unlock(marker)  # a mistyped passphrase is not logged either
    store = profile.unlock(PASSPHRASE)
    assert {row.case_id for row in store.search(marker)} == set(case_ids)
    assert len(store.caseload()) == 23
    assert decrypted_hits(profile.db_path, dek, marker), "positive control (reopened)"
    scan("reopened")

    profile.lock(store)  # quitting
    assert decrypted_hits(profile.db_path, dek, marker), "positive control (locked)"
    scan("locked")
    # the debug log did receive the app's messages (the log scan is not vacuous)
    assert "unlock failed" in debug_log.read_text(encoding="utf-8")


def test_enc1_log_scan_catches_a_leak(tmp_path: Path, debug_log: Path) -> None:
    """Positive control of the log scan: a record logged by mistake is found."""
    marker = new_marker()
    logging.getLogger("tokyo_desk.store.case_store").debug("leaked name %s", marker)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert scan_files(files_under(tmp_path), marker)


# --- ENC-2 -------------------------------------------------------------------------------------


def db_state(profile: Profile) -> dict[str, object]:
    """Hash of the main file and presence/size of the -wal and -shm files."""
    state: dict[str, object] = {
        "db": hashlib.sha256(profile.db_path.read_bytes()).hexdigest(),
    }
    for suffix in ("-wal", "-shm"):
        path = profile.db_path.with_name(profile.db_path.name + suffix)
        state[suffix] = path.stat().st_size if path.exists() else None
        if path.exists():
            state[suffix + " hash"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@pytest.fixture
def locked_profile(
    profile_and_store: tuple[Profile, CaseStore], catalogue: Catalogue
) -> tuple[Profile, str]:
    """A profile holding one case, locked; returns it and the case id."""
    profile, store = profile_and_store
    case_id, _ = store.open_case(person("Grace"), office="X", opened_on=dt.date(2026, 11, 1))
    store.record(case_id, [note("first visit")])
    profile.lock(store)
    return fast_profile(profile, catalogue), case_id


@pytest.mark.parametrize("passphrase", ["wrong lantern orchard 42", "", " ", PASSPHRASE + " "])
def test_enc2_wrong_or_empty_passphrase(
    locked_profile: tuple[Profile, str], passphrase: str
) -> None:
    profile, _ = locked_profile
    before = db_state(profile)
    with pytest.raises(WrongPassphrase) as caught:
        profile.unlock(passphrase)
    assert "passphrase" in str(caught.value).lower()
    assert db_state(profile) == before
    store = profile.unlock(PASSPHRASE)  # the right one still works afterwards
    assert store.event_count() == 2
    store.close()


def test_enc2_old_key_file_after_passphrase_change(
    locked_profile: tuple[Profile, str], tmp_path: Path
) -> None:
    profile, _ = locked_profile
    old_key_file = tmp_path / "old-key.bin"
    shutil.copyfile(profile.key_path, old_key_file)
    store = profile.unlock(PASSPHRASE)
    profile.change_passphrase(store, PASSPHRASE, NEW_PASSPHRASE, kdf=cheap_kdf())
    profile.lock(store)
    new_key_file = profile.key_path.read_bytes()
    before = db_state(profile)

    with pytest.raises(WrongPassphrase):  # the old passphrase on the current key file
        profile.unlock(PASSPHRASE)
    assert db_state(profile) == before

    shutil.copyfile(old_key_file, profile.key_path)  # an old copy of the key file ...
    with pytest.raises(WrongPassphrase):  # ... does not open with the new passphrase
        profile.unlock(NEW_PASSPHRASE)
    assert db_state(profile) == before
    # By design (security.md) a passphrase change only re-wraps the same data key: an old
    # copy of the key file still opens with the OLD passphrase.  Revoking a key that may
    # have leaked is what ``rekey`` is for (see the next test).
    assert (
        KeyFile.read(profile.key_path).unwrap(PASSPHRASE)[1]
        == KeyFile.from_bytes(new_key_file).unwrap(NEW_PASSPHRASE)[1]
    )
    profile.key_path.write_bytes(new_key_file)


def test_enc2_old_key_file_after_rekey(locked_profile: tuple[Profile, str]) -> None:
    profile, _ = locked_profile
    old_key_file = profile.key_path.read_bytes()
    old_dek = data_key(profile)
    store = profile.unlock(PASSPHRASE)
    store = profile.rekey(store, PASSPHRASE)
    profile.lock(store)
    current_key_file = profile.key_path.read_bytes()
    before = db_state(profile)

    with pytest.raises(WrongPassphrase):
        open_database(profile.db_path, old_dek).close()
    assert db_state(profile) == before

    profile.key_path.write_bytes(old_key_file)
    with pytest.raises(UserError) as caught:  # DatabaseDamaged: the key file is an old copy
        profile.unlock(PASSPHRASE)
    message = str(caught.value)
    assert "old copy" in message
    assert "backup" in message
    assert "head office" in message
    assert db_state(profile) == before
    profile.key_path.write_bytes(current_key_file)
    store = profile.unlock(PASSPHRASE)
    assert store.event_count() == 2
    store.close()


def test_enc2_random_data_key(locked_profile: tuple[Profile, str]) -> None:
    profile, _ = locked_profile
    before = db_state(profile)
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            open_database(profile.db_path, secrets.token_bytes(32))
    assert db_state(profile) == before


def test_enc2_plain_sqlite_cannot_read_the_file(locked_profile: tuple[Profile, str]) -> None:
    profile, _ = locked_profile
    before = db_state(profile)
    connection = sqlite3.connect(profile.db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT * FROM sqlite_master").fetchall()
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT * FROM events").fetchall()
    finally:
        connection.close()
    assert db_state(profile) == before


def test_enc2_plain_sqlite_file_is_refused(tmp_path: Path) -> None:
    """A plain SQLite file in place of the database: refused at the first read."""
    path = tmp_path / "plain.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE events (payload TEXT)")
    connection.execute("INSERT INTO events VALUES ('secret')")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WrongPassphrase):
        open_database(path, secrets.token_bytes(32))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


# --- ENC-3 -------------------------------------------------------------------------------------


def unlock_outcome(profile: Profile, passphrase: str = PASSPHRASE) -> str:
    """Name of what ``unlock`` raised ('opened' if it opened)."""
    try:
        store = profile.unlock(passphrase)
    except (KeyFileDamaged, WrongPassphrase) as error:
        return type(error).__name__
    store.close()
    return "opened"


@pytest.mark.timeout(120)
def test_enc3_every_flipped_byte_of_the_key_file(locked_profile: tuple[Profile, str]) -> None:
    """ENC-3: every byte, XOR 0x01 and 0xFF -> KeyFileDamaged (or WrongPassphrase); any
    other exception escapes and fails the test."""
    profile, _ = locked_profile
    original = profile.key_path.read_bytes()
    outcomes: dict[str, int] = {}
    for position in range(len(original)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(original)
            damaged[position] ^= mask
            try:
                KeyFile.from_bytes(bytes(damaged)).unwrap(PASSPHRASE)
                outcome = "opened"
            except (KeyFileDamaged, WrongPassphrase) as error:
                outcome = type(error).__name__
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes == {"KeyFileDamaged": 2 * len(original)}, outcomes
    # through the real unlock path, a sample
    rng = random.Random(3)
    for position in rng.sample(range(len(original)), 20):
        damaged = bytearray(original)
        damaged[position] ^= 0xFF
        profile.key_path.write_bytes(bytes(damaged))
        assert unlock_outcome(profile) == "KeyFileDamaged"
    profile.key_path.write_bytes(original)
    assert unlock_outcome(profile) == "opened"


@pytest.mark.timeout(120)
def test_enc3_flips_behind_a_valid_checksum(locked_profile: tuple[Profile, str]) -> None:
    """Flips with the trailing SHA-256 recomputed reach the JSON, the KDF and AES-GCM: each
    must fail as KeyFileDamaged or WrongPassphrase, never open, never crash."""
    profile, _ = locked_profile
    original = profile.key_path.read_bytes()
    body = original[:-32]
    intact = KeyFile.from_bytes(original)
    rng = random.Random(11)
    pending_key = body.index(b'"pending"')
    positions = sorted(
        {*range(18), *range(pending_key, pending_key + 9), *rng.sample(range(18, len(body)), 90)}
    )
    outcomes: dict[str, int] = {}
    for position in positions:
        for mask in (0x01, 0xFF):
            damaged = bytearray(body)
            damaged[position] ^= mask
            data = bytes(damaged) + hashlib.sha256(damaged).digest()
            try:
                parsed = KeyFile.from_bytes(data)
                parsed.unwrap(PASSPHRASE)
                # Only a change the parser does not see may open: e.g. renaming the key
                # "pending" (null here) reads as "no pending key", which is what it was.
                outcome = "opened (same content)" if parsed == intact else "opened"
            except (KeyFileDamaged, WrongPassphrase) as error:
                outcome = type(error).__name__
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert "opened" not in outcomes, outcomes
    assert outcomes.get("WrongPassphrase", 0) > 0, outcomes  # some reached AES-GCM
    assert outcomes.get("KeyFileDamaged", 0) > 0, outcomes


def test_enc3_truncated_and_foreign_key_files(locked_profile: tuple[Profile, str]) -> None:
    profile, _ = locked_profile
    original = profile.key_path.read_bytes()
    for length in (0, 1, 17, 18, 50, len(original) // 2, len(original) - 1):
        profile.key_path.write_bytes(original[:length])
        assert unlock_outcome(profile) == "KeyFileDamaged", length
    for junk in (b"\0" * 400, secrets.token_bytes(400), b"{}" * 40000):
        profile.key_path.write_bytes(junk)
        assert unlock_outcome(profile) == "KeyFileDamaged"
    profile.key_path.unlink()
    assert unlock_outcome(profile) == "KeyFileDamaged"
    profile.key_path.write_bytes(original)
    assert unlock_outcome(profile) == "opened"


# --- ENC-4 -------------------------------------------------------------------------------------


def secret_forms(dek: bytes) -> dict[str, str]:
    return {
        "hex": dek.hex(),
        "HEX": dek.hex().upper(),
        "base64": base64.b64encode(dek).decode(),
        "urlsafe base64": base64.urlsafe_b64encode(dek).decode().rstrip("="),
    }


@pytest.mark.timeout(60)
def test_enc4_no_secrets_in_logs_or_stderr(
    tmp_path: Path,
    catalogue: Catalogue,
    now: dt.datetime,
    debug_log: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """ENC-4: create, wrong and right unlock, passphrase change, rekey with DEBUG logging;
    neither the passphrases nor the data keys appear in the log, stdout or stderr."""
    wrong = "wrong guess ferry 19"
    profile, store = make_profile(tmp_path / "profiles", catalogue, now)
    profile = fast_profile(profile, catalogue)
    store.open_case(person("Grace"), office="X", opened_on=dt.date(2026, 11, 1))
    profile.lock(store)
    with pytest.raises(WrongPassphrase):
        profile.unlock(wrong)
    store = profile.unlock(PASSPHRASE)
    dek_before = data_key(profile)
    profile.change_passphrase(store, PASSPHRASE, NEW_PASSPHRASE, kdf=cheap_kdf())
    store = profile.rekey(store, NEW_PASSPHRASE)
    dek_after = data_key(profile, NEW_PASSPHRASE)
    assert dek_after != dek_before
    profile.lock(store)
    with pytest.raises(WrongPassphrase):
        profile.unlock(PASSPHRASE)
    profile.lock(profile.unlock(NEW_PASSPHRASE))

    for handler in logging.getLogger().handlers:
        handler.flush()
    captured = capfd.readouterr()
    log_text = debug_log.read_text(encoding="utf-8")
    # the log really captured the app at DEBUG/INFO (the scan below is not vacuous)
    assert "unlock failed" in log_text
    secrets_used = {"wrong passphrase": wrong, "passphrase": PASSPHRASE, "new": NEW_PASSPHRASE}
    for label, dek in (("old key", dek_before), ("new key", dek_after)):
        for form, text in secret_forms(dek).items():
            secrets_used[f"{label} {form}"] = text
    outputs = {"log": log_text, "stdout": captured.out, "stderr": captured.err}
    leaks = [
        (label, where)
        for label, secret in secrets_used.items()
        for where, text in outputs.items()
        if secret in text or secret.lower() in text.lower()
    ]
    assert leaks == []
    # the same check over the raw bytes with every encoding (UTF-16LE, base64 alignments)
    hits = [hit for secret in secrets_used.values() for hit in scan_files([debug_log], secret)]
    assert hits == []


def test_enc4_scan_catches_a_logged_key(tmp_path: Path, debug_log: Path) -> None:
    """Positive control: a data key logged by mistake is found in every form."""
    dek = secrets.token_bytes(32)
    log = logging.getLogger("tokyo_desk.store.profile")
    log.debug("key %s / %s", dek.hex().upper(), base64.b64encode(dek).decode())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = debug_log.read_text(encoding="utf-8")
    for form in secret_forms(dek).values():
        if "_" in form or "-" in form:
            continue
        assert form in text or form.lower() in text.lower()


# --- ENC-5 -------------------------------------------------------------------------------------


def purge_and_scan(profile: Profile, store: CaseStore, case_id: str, marker: str) -> list[str]:
    """Purge the case, checkpoint, and return where the marker is left in clear."""
    dek = data_key(profile)
    if not decrypted_hits(profile.db_path, dek, marker):
        pytest.fail("positive control: the marker is not in the pages before the purge")
    store.purge_case(case_id)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store.search(marker) == []
    hits = decrypted_hits(profile.db_path, dek, marker)
    return [f"{page.source} page {page.page_number}" for page in hits]


def marked_case(store: CaseStore, marker: str, *, in_name: bool) -> str:
    for index in range(8):  # neighbours on the same pages
        store.open_case(person(f"Keep{index}"), office="X", opened_on=dt.date(2026, 11, 1))
    given = marker if in_name else "Grace"
    case_id, _ = store.open_case(person(given), office="X", opened_on=dt.date(2026, 11, 1))
    store.record(case_id, [note(f"Told me {marker} at home."), note(marker * 3)])
    for index in range(4):
        store.open_case(person(f"After{index}"), office="X", opened_on=dt.date(2026, 11, 1))
    return case_id


def test_enc5_purged_notes_are_not_recoverable(
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    """ENC-5 for record content that is not in the search index (notes)."""
    profile, store = profile_and_store
    marker = new_marker()
    case_id = marked_case(store, marker, in_name=False)
    assert purge_and_scan(profile, store, case_id, marker) == []
    assert len(store.caseload()) == 12


def test_enc5_purged_names_are_not_recoverable(
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    """ENC-5 for a name, which is also in the search index."""
    profile, store = profile_and_store
    marker = new_marker()
    case_id = marked_case(store, marker, in_name=True)
    assert purge_and_scan(profile, store, case_id, marker) == []


@pytest.mark.parametrize("in_name", [False, True])
def test_enc5_control_without_secure_delete(
    profile_and_store: tuple[Profile, CaseStore], in_name: bool
) -> None:
    """Control: with secure_delete OFF the purged marker IS recoverable (the test can fail)."""
    profile, store = profile_and_store
    marker = new_marker()
    case_id = marked_case(store, marker, in_name=in_name)
    store.connection.execute("PRAGMA secure_delete = OFF")
    assert purge_and_scan(profile, store, case_id, marker) != []
