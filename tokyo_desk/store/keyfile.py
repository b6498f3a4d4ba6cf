"""The key file: a random data key (DEK) wrapped under a passphrase-derived key (KEK).

File layout (``design/security.md``)::

    MAGIC (16 bytes) | format version (2 bytes, big-endian) | JSON document | SHA-256 (32 bytes)

The JSON holds the Argon2id parameters and salt and the DEK wrapped with AES-256-GCM, whose
associated data binds the magic, version, profile id and KDF parameters.  The trailing
SHA-256 over everything before it tells accidental damage ("the key file is damaged") from
a wrong passphrase before any key derivation runs.  During a rekey the file also carries the
next DEK, so that a crash between ``PRAGMA rekey`` and rewriting the file loses nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tokyo_desk.errors import KeyFileDamaged, WrongPassphrase
from tokyo_desk.store.passphrase import normalise

MAGIC = b"TOKYODESK-KEY\x00\x00\x01"
FORMAT_VERSION = 1
DEK_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
_CHECKSUM_BYTES = 32

# Bounds on parameters read from a file: a damaged or hostile key file must never make us
# allocate gigabytes or spin for minutes before failing.
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8 * 1024, 1024 * 1024
MIN_TIME, MAX_TIME = 1, 64
MIN_LANES, MAX_LANES = 1, 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters and salt."""

    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes

    @classmethod
    def new(cls, memory_kib: int, time_cost: int, parallelism: int = 2) -> KdfParams:
        return cls(memory_kib, time_cost, parallelism, secrets.token_bytes(16))

    def derive(self, passphrase: str) -> bytes:
        """The 256-bit key-encryption key for ``passphrase``."""
        return bytes(
            hash_secret_raw(
                normalise(passphrase),
                self.salt,
                time_cost=self.time_cost,
                memory_cost=self.memory_kib,
                parallelism=self.parallelism,
                hash_len=32,
                type=Type.ID,
            )
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise KeyFileDamaged("The key file names an unknown key-derivation method.")
        params = cls(
            memory_kib=_bounded(data, "memory_kib", MIN_MEMORY_KIB, MAX_MEMORY_KIB),
            time_cost=_bounded(data, "time_cost", MIN_TIME, MAX_TIME),
            parallelism=_bounded(data, "parallelism", MIN_LANES, MAX_LANES),
            salt=_unb64(data.get("salt")),
        )
        if len(params.salt) < 16:
            raise KeyFileDamaged("The key file is damaged (salt).")
        return params


# Production cost: about 0.5-1 s on a slow laptop (security.md).  128 MiB and 2 lanes;
# ``calibrate`` raises the time cost on faster machines so unlocking takes ~0.6 s there too.
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_TIME_COST = 4
TARGET_UNLOCK_SECONDS = 0.6
PROBE_PASSES = 3


def calibrate(target_seconds: float = TARGET_UNLOCK_SECONDS) -> KdfParams:
    """Parameters that take about ``target_seconds`` here, never below the defaults.

    A single pass also pays for allocating and first touching 128 MiB, and one timing can
    land on a busy moment; so the probe runs a few passes, twice, and keeps the faster run.
    """
    probe = KdfParams.new(DEFAULT_MEMORY_KIB, PROBE_PASSES)
    runs = []
    for _ in range(2):
        started = time.perf_counter()
        probe.derive("calibration probe")
        runs.append(time.perf_counter() - started)
    per_pass = max(min(runs) / PROBE_PASSES, 1e-3)
    time_cost = max(DEFAULT_TIME_COST, min(MAX_TIME, round(target_seconds / per_pass)))
    return replace(probe, time_cost=time_cost, salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes

    def as_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: Any) -> WrappedKey:
        if not isinstance(data, dict):
            raise KeyFileDamaged("The key file is damaged (wrapped key).")
        key = cls(_unb64(data.get("nonce")), _unb64(data.get("ciphertext")))
        if len(key.nonce) != 12 or len(key.ciphertext) != DEK_BYTES + 16:
            raise KeyFileDamaged("The key file is damaged (wrapped key size).")
        return key


@dataclass(frozen=True)
class KeyFile:
    """The parsed contents of a key file (no secrets in clear)."""

    profile_id: str
    kdf: KdfParams
    current: WrappedKey
    pending: WrappedKey | None = None

    # --- creating and changing -----------------------------------------------------------

    @classmethod
    def create(cls, profile_id: str, passphrase: str, kdf: KdfParams) -> tuple[KeyFile, bytes]:
        """A new random DEK, wrapped under ``passphrase``; returns the file and the DEK."""
        dek = secrets.token_bytes(DEK_BYTES)
        kek = kdf.derive(passphrase)
        shell = cls(profile_id, kdf, WrappedKey(b"", b""))
        return replace(shell, current=shell._wrap(kek, dek)), dek

    def rewrap(self, dek: bytes, new_passphrase: str, kdf: KdfParams) -> KeyFile:
        """The same DEK under a new passphrase (and fresh salt): a passphrase change."""
        shell = KeyFile(self.profile_id, kdf, WrappedKey(b"", b""))
        return replace(shell, current=shell._wrap(kdf.derive(new_passphrase), dek))

    def with_pending(self, kek: bytes, next_dek: bytes) -> KeyFile:
        """This file plus the next DEK, written before ``PRAGMA rekey`` starts."""
        return replace(self, pending=self._wrap(kek, next_dek))

    def promote_pending(self) -> KeyFile:
        """After a completed rekey: the pending DEK becomes the only one."""
        if self.pending is None:
            return self
        return replace(self, current=self.pending, pending=None)

    # --- unlocking -------------------------------------------------------------------------

    def unwrap(self, passphrase: str) -> tuple[bytes, bytes, bytes | None]:
        """(KEK, current DEK, pending DEK or None); WrongPassphrase if it does not open."""
        kek = self.kdf.derive(passphrase)
        dek = self._unwrap(kek, self.current)
        pending = None if self.pending is None else self._unwrap(kek, self.pending)
        return kek, dek, pending

    def _aad(self) -> bytes:
        header = {"profile_id": self.profile_id, "kdf": self.kdf.as_json()}
        return MAGIC + FORMAT_VERSION.to_bytes(2, "big") + _canonical(header)

    def _wrap(self, kek: bytes, dek: bytes) -> WrappedKey:
        nonce = secrets.token_bytes(12)
        return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, dek, self._aad()))

    def _unwrap(self, kek: bytes, wrapped: WrappedKey) -> bytes:
        try:
            return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, self._aad())
        except InvalidTag:
            raise WrongPassphrase("The passphrase is not correct for this profile.") from None

    # --- bytes on disk ---------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        document = {
            "profile_id": self.profile_id,
            "kdf": self.kdf.as_json(),
            "current": self.current.as_json(),
            "pending": None if self.pending is None else self.pending.as_json(),
        }
        body = MAGIC + FORMAT_VERSION.to_bytes(2, "big") + _canonical(document)
        return body + hashlib.sha256(body).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        head = len(MAGIC) + 2
        if len(data) > MAX_FILE_BYTES or len(data) < head + _CHECKSUM_BYTES + 2:
            raise KeyFileDamaged("The key file is damaged (wrong size).")
        body, checksum = data[:-_CHECKSUM_BYTES], data[-_CHECKSUM_BYTES:]
        if not secrets.compare_digest(hashlib.sha256(body).digest(), checksum):
            raise KeyFileDamaged("The key file is damaged (checksum mismatch).")
        if body[: len(MAGIC)] != MAGIC:
            raise KeyFileDamaged("This is not a Tokyo Desk key file.")
        version = int.from_bytes(body[len(MAGIC) : head], "big")
        if version != FORMAT_VERSION:
            raise KeyFileDamaged(f"The key file format {version} is not supported.")
        try:
            document = json.loads(body[head:].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeyFileDamaged("The key file is damaged (unreadable).") from None
        if not isinstance(document, dict) or set(document) != _KEY_FILE_FIELDS:
            # A field we do not write (or a missing one) means the file was not written by us.
            raise KeyFileDamaged("The key file is damaged (unexpected fields).")
        if not isinstance(document.get("profile_id"), str):
            raise KeyFileDamaged("The key file is damaged (no profile id).")
        kdf = document.get("kdf")
        if not isinstance(kdf, dict):
            raise KeyFileDamaged("The key file is damaged (no key-derivation parameters).")
        pending = document.get("pending")
        return cls(
            profile_id=document["profile_id"],
            kdf=KdfParams.from_json(kdf),
            current=WrappedKey.from_json(document.get("current")),
            pending=None if pending is None else WrappedKey.from_json(pending),
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileDamaged("The key file of this profile is missing.") from None
        except OSError as error:
            raise KeyFileDamaged(f"The key file cannot be read ({error.strerror}).") from None
        return cls.from_bytes(data)

    def write(self, path: Path) -> None:
        """Replace the key file atomically: temp file, fsync, rename, fsync the directory."""
        write_atomically(path, self.to_bytes())


_KEY_FILE_FIELDS = {"profile_id", "kdf", "current", "pending"}


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    temp = path.with_name(path.name + ".tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise KeyFileDamaged("The key file is damaged (encoding).")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise KeyFileDamaged("The key file is damaged (encoding).") from None


def _bounded(data: dict[str, Any], name: str, low: int, high: int) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise KeyFileDamaged(f"The key file is damaged ({name} out of range).")
    return value
