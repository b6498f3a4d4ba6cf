"""Decrypt a SQLCipher 4 database (and its ``-wal`` frames) page by page, for tests only.

The security tests look for plaintext remnants of deleted records *inside* the encrypted
files: a marker that is absent from the raw bytes proves only that the file is encrypted, not
that the record is gone.  This module undoes SQLCipher's page encryption with the raw data
key so that every page -- live, free or stale in the WAL -- can be searched in clear.

It implements exactly the SQLCipher 4 defaults that Tokyo Desk uses with a raw key given as
``x'<64 hex digits>'`` (``tokyo_desk.store.connection``):

* no KDF for the encryption key: the 32 raw bytes are the AES-256 key;
* page size 4096 (read from the WAL header for WAL files);
* the first 16 bytes of the file (page 1) are the KDF salt, in clear; page 1's encrypted area
  starts at byte 16;
* every page ends with a reserve of 80 bytes: a 16-byte IV followed by a 64-byte
  HMAC-SHA512;
* the rest of the page (``page_size - 80`` bytes, minus the 16 salt bytes on page 1) is
  AES-256-CBC ciphertext under that IV, without padding;
* the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes) and the
  HMAC covers ``ciphertext || IV || page number (4 bytes, little-endian)``.

Checking the HMAC is optional (``DecryptedPage.authentic``): it proves that the key and the
layout are right, and tells real pages from never-written or foreign ones.

A WAL file is a 32-byte header followed by frames of a 24-byte frame header (page number
big-endian in its first 4 bytes) and one page encrypted exactly like the same page in the
main file.  The ``-shm`` file is SQLite's WAL index (page numbers and hashes), never
encrypted and never holding record content; scan it raw.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_BYTES = 16
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE = IV_BYTES + HMAC_BYTES
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2


@dataclass(frozen=True)
class DecryptedPage:
    """One page in clear.

    ``source`` is ``"db"`` or ``"wal"``; ``index`` is the page's position in the file (page
    number for the database, frame number from 1 for the WAL); ``page_number`` is the
    database page number (for WAL frames, read from the frame header).  ``plaintext`` is the
    decrypted area only (no salt, no reserve).
    """

    source: str
    index: int
    page_number: int
    plaintext: bytes
    authentic: bool


def hmac_key(key: bytes, salt: bytes) -> bytes:
    """SQLCipher 4's page-HMAC key for the raw ``key`` and the database ``salt``."""
    hmac_salt = bytes(byte ^ HMAC_SALT_MASK for byte in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITERATIONS, dklen=32)


def decrypt_page(
    raw: bytes, page_number: int, key: bytes, salt: bytes, *, page_size: int = PAGE_SIZE
) -> tuple[bytes, bool]:
    """(plaintext of the encrypted area, HMAC valid) of one raw page."""
    if len(key) != 32:
        raise ValueError("the SQLCipher raw key must be 32 bytes")
    if len(raw) != page_size:
        raise ValueError(f"a page must be {page_size} bytes, got {len(raw)}")
    start = SALT_BYTES if page_number == 1 else 0
    end = page_size - RESERVE
    ciphertext = raw[start:end]
    iv = raw[end : end + IV_BYTES]
    tag = raw[end + IV_BYTES : page_size]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()
    expected = hmac.new(
        hmac_key(key, salt),
        ciphertext + iv + page_number.to_bytes(4, "little"),
        hashlib.sha512,
    ).digest()
    return plaintext, hmac.compare_digest(expected, tag)


def read_salt(db_path: Path) -> bytes:
    """The 16-byte salt at the start of the database file."""
    with db_path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"{db_path} is too short to hold a SQLCipher salt")
    return salt


def database_pages(
    db_path: Path, key: bytes, *, page_size: int = PAGE_SIZE
) -> Iterator[DecryptedPage]:
    """Every whole page of the main database file, decrypted (a trailing partial page is
    skipped)."""
    data = db_path.read_bytes()
    salt = data[:SALT_BYTES]
    for number in range(1, len(data) // page_size + 1):
        raw = data[(number - 1) * page_size : number * page_size]
        plaintext, authentic = decrypt_page(raw, number, key, salt, page_size=page_size)
        yield DecryptedPage("db", number, number, plaintext, authentic)


def wal_pages(wal_path: Path, key: bytes, salt: bytes) -> Iterator[DecryptedPage]:
    """Every whole frame of a ``-wal`` file, decrypted (including frames that are stale or
    beyond the last commit: they still hold old page images).  ``salt`` is the main
    database's salt (``read_salt``).  An empty or missing WAL yields nothing."""
    if not wal_path.exists():
        return
    data = wal_path.read_bytes()
    if len(data) < WAL_HEADER_BYTES:
        return
    page_size = int.from_bytes(data[8:12], "big")
    if page_size == 1:  # SQLite's encoding of 65536
        page_size = 65536
    frame_size = WAL_FRAME_HEADER_BYTES + page_size
    frames = (len(data) - WAL_HEADER_BYTES) // frame_size
    for index in range(frames):
        offset = WAL_HEADER_BYTES + index * frame_size
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        raw = data[offset + WAL_FRAME_HEADER_BYTES : offset + frame_size]
        plaintext, authentic = decrypt_page(
            raw, max(page_number, 1), key, salt, page_size=page_size
        )
        yield DecryptedPage("wal", index + 1, page_number, plaintext, authentic)


def all_pages(db_path: Path, key: bytes) -> list[DecryptedPage]:
    """The pages of ``db_path`` and of its ``-wal`` file (if any), decrypted."""
    salt = read_salt(db_path)
    pages = list(database_pages(db_path, key))
    pages += wal_pages(db_path.with_name(db_path.name + "-wal"), key, salt)
    return pages


def pages_containing(pages: list[DecryptedPage], needles: list[bytes]) -> list[DecryptedPage]:
    """The pages whose plaintext holds any of ``needles``."""
    return [page for page in pages if any(needle in page.plaintext for needle in needles)]
