"""Passphrase policy (security.md): length over composition, no common passwords."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

from tokyo_desk.errors import WeakPassphrase
from tokyo_desk.paths import resource

MIN_LENGTH = 12
MAX_LENGTH = 1024
_TRAILING_FILLER = re.compile(r"[\d\W_]+$")


def normalise(passphrase: str) -> bytes:
    """The bytes that are fed to the KDF: NFKC-normalised UTF-8 (NIST SP 800-63B)."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords (lower case)."""
    text = resource("security", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


def check_policy(passphrase: str, min_length: int = MIN_LENGTH) -> None:
    """Raise WeakPassphrase with the reason when ``passphrase`` is not acceptable."""
    text = unicodedata.normalize("NFKC", passphrase)
    length = len(text)
    if length < min_length:
        raise WeakPassphrase(f"Use at least {min_length} characters (this one has {length}).")
    if length > MAX_LENGTH:
        raise WeakPassphrase(f"Use at most {MAX_LENGTH} characters.")
    lowered = text.casefold()
    core = _TRAILING_FILLER.sub("", lowered)
    if lowered in common_passwords() or (len(core) >= 4 and core in common_passwords()):
        raise WeakPassphrase("This passphrase is too common. Try a few unrelated words.")
    if len(set(lowered)) <= 2 or _is_repetition(lowered):
        raise WeakPassphrase("This passphrase repeats itself. Try a few unrelated words.")
    if _is_sequence(lowered):
        raise WeakPassphrase("This passphrase is a simple sequence. Try a few unrelated words.")


def _is_repetition(text: str) -> bool:
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


def _is_sequence(text: str) -> bool:
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return steps in ({1}, {-1})
