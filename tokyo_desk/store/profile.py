"""Officer profiles: one officer = one directory with an encrypted database and a key file.

    <profiles>/<profile_id>/
        profile.json          officer name and office, for the profile chooser (no case data)
        key.bin               the wrapped data key (keyfile.py)
        cases.db (-wal, -shm) the SQLCipher database
        unlock-attempts.json  failed-unlock counter (throttle.py)

A profile is built in a hidden ``.creating`` directory and renamed into place, so a crash
never leaves a half-made profile in the chooser.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.errors import DatabaseDamaged, ProfileError, UserError, WrongPassphrase
from tokyo_desk.store import projections, schema
from tokyo_desk.store.audit import Action
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.connection import (
    DatabaseError,
    damaged,
    integrity_problems,
    open_database,
    transaction,
    translate,
)
from tokyo_desk.store.keyfile import (
    KdfParams,
    KeyFile,
    calibrate,
    fsync_directory,
    write_atomically,
)
from tokyo_desk.store.passphrase import check_policy
from tokyo_desk.store.throttle import UnlockThrottle

log = logging.getLogger(__name__)

DB_NAME = "cases.db"
KEY_NAME = "key.bin"
INFO_NAME = "profile.json"
THROTTLE_NAME = "unlock-attempts.json"
CLEAN_MARKER = "closed-cleanly"
WIPED_NAME = "wiped.json"


@dataclass(frozen=True)
class ProfileInfo:
    """What the profile chooser shows before unlocking."""

    profile_id: str
    officer_name: str
    office: str
    created_at: str
    demo: bool = False


class Profile:
    """One officer's profile directory."""

    def __init__(
        self,
        directory: Path,
        catalogue: Catalogue,
        *,
        now: Callable[[], dt.datetime] | None = None,
        monotonic_now: Callable[[], float] = time.time,
    ) -> None:
        self.directory = directory
        self.catalogue = catalogue
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.throttle = UnlockThrottle(directory / THROTTLE_NAME, monotonic_now)

    @property
    def db_path(self) -> Path:
        return self.directory / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.directory / KEY_NAME

    def info(self) -> ProfileInfo:
        try:
            data = json.loads((self.directory / INFO_NAME).read_text(encoding="utf-8"))
            return ProfileInfo(**data)
        except (OSError, ValueError, TypeError) as error:
            raise ProfileError("This profile's description is missing or damaged.") from error

    # --- creating ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        catalogue: Catalogue,
        *,
        officer_name: str,
        office: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        demo: bool = False,
        now: Callable[[], dt.datetime] | None = None,
    ) -> tuple[Profile, CaseStore]:
        """Make a new profile and return it unlocked."""
        check_policy(passphrase)
        if not officer_name.strip() or not office.strip():
            raise UserError("Enter the officer's name and office.")
        profile_id = uuid7()
        root.mkdir(parents=True, exist_ok=True)
        building = root / f".{profile_id}.creating"
        building.mkdir(mode=0o700)
        try:
            keyfile, dek = KeyFile.create(profile_id, passphrase, kdf or calibrate())
            keyfile.write(building / KEY_NAME)
            info = ProfileInfo(
                profile_id,
                officer_name.strip(),
                office.strip(),
                (now or (lambda: dt.datetime.now(dt.UTC)))().isoformat(timespec="seconds"),
                demo,
            )
            write_atomically(
                building / INFO_NAME, json.dumps(info.__dict__, ensure_ascii=False).encode()
            )
            connection = open_database(building / DB_NAME, dek, create=True)
            try:
                schema.migrate(
                    connection, building / DB_NAME, lambda c: projections.rebuild(c, catalogue)
                )
                with transaction(connection):
                    for key, value in (
                        ("profile_id", profile_id),
                        ("officer_id", uuid7()),
                        ("device_id", uuid7()),
                    ):
                        connection.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
            finally:
                connection.close()
            (building / DB_NAME).with_name(DB_NAME + "-" + CLEAN_MARKER).touch()
            target = root / profile_id
            building.rename(target)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        profile = cls(target, catalogue, now=now)
        return profile, profile._open(dek, first_open=True)

    # --- unlocking ---------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> CaseStore:
        """Open the profile with the officer's passphrase (throttled; audited)."""
        if self.wiped() is not None:
            raise ProfileError(
                "This profile was erased because head office revoked this device. "
                "Ask head office to enroll the device again."
            )
        self.throttle.check()
        keyfile = KeyFile.read(self.key_path)
        try:
            kek, dek, pending = keyfile.unwrap(passphrase)
        except WrongPassphrase:
            state = self.throttle.record_failure()
            log.info("unlock failed for a profile (failure %d in a row)", state.failures)
            raise WrongPassphrase("The passphrase is not correct.") from None
        del kek
        dek = self._settle_rekey(keyfile, dek, pending)
        failed_attempts = self.throttle.reset()

        def audit_unlock(store: CaseStore) -> None:
            for at in failed_attempts:
                store.audit.append(Action.UNLOCK_FAILED, "", "wrong passphrase", at=at)
            store.audit.append(Action.UNLOCK_OK)

        return self._open(dek, audit=audit_unlock)

    def _settle_rekey(self, keyfile: KeyFile, dek: bytes, pending: bytes | None) -> bytes:
        """Finish a rekey interrupted by a crash: whichever key opens the database wins."""
        if pending is None:
            return dek
        choices = ((pending, keyfile.promote_pending()), (dek, replace(keyfile, pending=None)))
        for candidate, settled in choices:
            try:
                open_database(self.db_path, candidate).close()
            except WrongPassphrase:
                continue
            settled.write(self.key_path)
            return candidate
        raise damaged()  # both keys are authentic: the database itself is damaged

    def _open(
        self,
        dek: bytes,
        *,
        first_open: bool = False,
        audit: Callable[[CaseStore], None] | None = None,
    ) -> CaseStore:
        """Open, check and migrate the database, then write the opening's audit entries.

        Everything that reads the file happens inside one guard, so a damaged page anywhere
        (schema, meta, events, audit) becomes DatabaseDamaged and the connection is closed.
        """
        marker = self.db_path.with_name(DB_NAME + "-" + CLEAN_MARKER)
        unclean = not first_open and not marker.exists()
        try:
            connection = open_database(self.db_path, dek)
        except WrongPassphrase:
            # The key came out of the authenticated key file: either page 1 is damaged or the
            # key file belongs to another (older) state of the database.
            raise DatabaseDamaged(
                "The key file does not open this database: the database is damaged or the key "
                "file is an old copy. Restore both from the same backup, or re-download your "
                "cases from head office."
            ) from None
        try:
            if unclean and integrity_problems(connection):
                # After a crash or power cut: authenticate every page before trusting it.
                raise damaged()
            schema.migrate(
                connection, self.db_path, lambda c: projections.rebuild(c, self.catalogue)
            )
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            if "officer_id" not in meta or "device_id" not in meta:
                raise damaged()
            store = CaseStore(
                connection,
                self.catalogue,
                officer_id=meta["officer_id"],
                device_id=meta["device_id"],
                now=self._now,
            )
            with transaction(connection):
                if first_open:
                    store.audit.append(Action.PROFILE_CREATED)
                if audit is not None:
                    audit(store)
        except DatabaseError as error:
            connection.close()
            translated = translate(error)
            raise (translated if translated is not error else damaged()) from None
        except BaseException:
            connection.close()
            raise
        marker.unlink(missing_ok=True)
        return store

    def lock(self, store: CaseStore) -> None:
        """Close the store (audited) and mark a clean shutdown."""
        with transaction(store.connection):
            store.audit.append(Action.LOCK)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        self.db_path.with_name(DB_NAME + "-" + CLEAN_MARKER).touch()

    def wipe(self, store: CaseStore | None, *, reason: str, unsent: int) -> None:
        """Make the profile unreadable for good (head office revoked this device).

        The database is encrypted under the data key, and the only copy of that key is
        wrapped in the key file: overwriting the key file with random bytes (then deleting
        it) makes every copy of the database -- the file, its journal, its backups, a copy
        someone already took -- unreadable.  The database files are deleted too.  What is
        left is a note saying when and why, and how many events were never sent (a count,
        no content), so head office can tell what was lost.
        """
        if store is not None:
            store.close()
        if self.key_path.exists():
            size = max(self.key_path.stat().st_size, 4096)
            with self.key_path.open("r+b") as handle:
                handle.write(secrets.token_bytes(size))
                handle.flush()
                os.fsync(handle.fileno())
            self.key_path.unlink()
        for path in self.directory.glob(DB_NAME + "*"):
            path.unlink(missing_ok=True)
        note = {"wiped_at": self._now().isoformat(), "reason": reason, "unsent_events": unsent}
        (self.directory / WIPED_NAME).write_text(json.dumps(note), encoding="utf-8")
        fsync_directory(self.directory)

    def wiped(self) -> dict[str, object] | None:
        """The wipe note, if this profile was wiped."""
        try:
            return dict(json.loads((self.directory / WIPED_NAME).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None

    # --- keys --------------------------------------------------------------------------------

    def change_passphrase(
        self, store: CaseStore, old: str, new: str, kdf: KdfParams | None = None
    ) -> None:
        """Re-wrap the data key under a new passphrase (atomic; the data is not rewritten)."""
        keyfile = KeyFile.read(self.key_path)
        _, dek, pending = keyfile.unwrap(old)
        if pending is not None:
            raise UserError("Finish the key change first: lock and unlock the profile.")
        check_policy(new)
        if new == old:
            raise UserError("The new passphrase must differ from the current one.")
        fresh = kdf or KdfParams.new(keyfile.kdf.memory_kib, keyfile.kdf.time_cost,
                                     keyfile.kdf.parallelism)  # fmt: skip
        keyfile.rewrap(dek, new, fresh).write(self.key_path)
        with transaction(store.connection):
            store.audit.append(Action.PASSPHRASE_CHANGE)

    def rekey(self, store: CaseStore, passphrase: str) -> CaseStore:
        """Replace the data key itself (suspected key compromise); returns the reopened store.

        Order: next key written beside the current one -> ``PRAGMA rekey`` -> the next key
        becomes the only one.  A crash anywhere leaves a file that ``unlock`` settles.
        Backups made with the old key are deleted: they would keep the old key useful.
        """
        keyfile = KeyFile.read(self.key_path)
        kek, dek, _ = keyfile.unwrap(passphrase)
        next_dek = secrets.token_bytes(32)
        staged = keyfile.with_pending(kek, next_dek)
        staged.write(self.key_path)
        with transaction(store.connection):
            store.audit.append(Action.KEY_CHANGE)
        store.connection.execute(f"PRAGMA rekey = \"x'{next_dek.hex()}'\"")
        store.close()
        staged.promote_pending().write(self.key_path)
        for backup in self.directory.glob(DB_NAME + ".v*.backup"):
            backup.unlink()
        del dek
        return self._open(next_dek)


class Profiles:
    """The profiles directory: list, create, find."""

    def __init__(self, root: Path, catalogue: Catalogue) -> None:
        self.root = root
        self.catalogue = catalogue

    def list(self) -> list[ProfileInfo]:
        """Profiles ready to unlock, oldest first."""
        if not self.root.is_dir():
            return []
        found = []
        for directory in sorted(self.root.iterdir()):
            if directory.name.startswith(".") or not (directory / KEY_NAME).exists():
                continue
            try:
                found.append(Profile(directory, self.catalogue).info())
            except ProfileError:
                log.warning("skipping a profile directory whose description is damaged")
        return found

    def get(self, profile_id: str) -> Profile:
        directory = self.root / profile_id
        if not (directory / KEY_NAME).exists():
            raise ProfileError("There is no such profile on this computer.")
        return Profile(directory, self.catalogue)
