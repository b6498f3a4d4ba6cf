"""Human case numbers that devices can allocate offline without ever colliding.

A number reads ``PREFIX-NNNNN-C``: the allocating device's prefix (assigned by head office
at enrollment, or derived from the device id before it), a running number, and a check
character (ISO 7064 hybrid system MOD 33,32 over Crockford base-32 symbols) that catches
every single mistyped character and almost every swap of neighbours, and is always a plain
letter or digit that reads clearly over a bad phone line.  Head office
may instead hand a device a reserved block of a shared sequence (``OFFICE`` prefix); either
way no two devices ever produce the same number.
"""

from __future__ import annotations

import re

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base-32: no I, L, O, U
_SHAPE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{2,8})-(\d{5,9})-([0-9A-HJKMNP-TV-Z])$")


def check_character(prefix: str, number: int) -> str:
    """ISO 7064 hybrid MOD 33,32 check symbol over the prefix and the zero-padded number."""
    modulus = len(_ALPHABET)
    product = modulus
    for char in f"{prefix}{number:05d}":
        total = (product + _ALPHABET.index(char)) % modulus or modulus
        product = (2 * total) % (modulus + 1)
    return _ALPHABET[(modulus + 1 - product) % modulus]


def format_case_number(prefix: str, number: int) -> str:
    """``prefix-00042-C``."""
    if not re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{2,8}", prefix):
        raise ValueError("a case-number prefix is 2-8 Crockford base-32 characters")
    if not 1 <= number < 10**9:
        raise ValueError("case numbers run from 1 to 999,999,999")
    return f"{prefix}-{number:05d}-{check_character(prefix, number)}"


def parse_case_number(text: str) -> tuple[str, int] | None:
    """(prefix, number) when ``text`` is a well-formed case number with a correct check."""
    cleaned = text.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
    match = _SHAPE.fullmatch(cleaned)
    if not match:
        return None
    prefix, digits, check = match.group(1), match.group(2), match.group(3)
    number = int(digits)
    if digits != f"{number:05d}":
        # Only the canonical padding is issued; accepting '015558' for '15558' would let a
        # mistyped leading digit slip past the check character.
        return None
    return (prefix, number) if check_character(prefix, number) == check else None


def device_prefix(device_id: str) -> str:
    """A provisional 6-character prefix from a device id's random bits (before enrollment).

    A UUIDv7's last 62 bits are random; 30 of them give 2^30 prefixes, so two unenrolled
    devices share one with probability about n^2 / 2^31.  Enrollment replaces it with a
    prefix head office guarantees to be unique.
    """
    random_bits = int(device_id.replace("-", "")[-8:], 16) & ((1 << 30) - 1)
    chars = []
    for _ in range(6):
        chars.append(_ALPHABET[random_bits & 31])
        random_bits >>= 5
    return "".join(chars)
