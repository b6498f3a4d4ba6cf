"""Identifiers and clocks: UUIDv7 event ids and the hybrid logical clock."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

_UUID7_LOCK = threading.Lock()
_last_uuid7_ms = 0
_last_uuid7_counter = 0


def uuid7(now_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sorts by time.

    Within one millisecond a 12-bit counter (seeded randomly) keeps ids from this process
    strictly increasing.
    """
    global _last_uuid7_ms, _last_uuid7_counter  # noqa: PLW0603 - process-wide monotonicity
    with _UUID7_LOCK:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_uuid7_ms:
            ms = _last_uuid7_ms
            _last_uuid7_counter += 1
            if _last_uuid7_counter > 0xFFF:
                ms += 1
                _last_uuid7_counter = int.from_bytes(os.urandom(2)) & 0x7FF
        else:
            _last_uuid7_counter = int.from_bytes(os.urandom(2)) & 0x7FF
        _last_uuid7_ms = ms
        counter = _last_uuid7_counter
    rand_b = int.from_bytes(os.urandom(8)) & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def is_uuid7(text: str) -> bool:
    """True for the canonical lower-case form of a version-7 UUID."""
    if len(text) != 36 or text[8] != "-" or text[13] != "-" or text[18] != "-" or text[23] != "-":
        return False
    digits = text.replace("-", "")
    return (
        len(digits) == 32
        and all(c in "0123456789abcdef" for c in digits)
        and digits[12] == "7"
        and digits[16] in "89ab"
    )


def wall_clock_ms() -> int:
    """Milliseconds since the Unix epoch from the system clock."""
    return time.time_ns() // 1_000_000


class HybridClock:
    """A hybrid logical clock: ``hlc = max(wall_ms, last + 1)``.

    It never goes backwards even when the laptop's clock does, and ``observe`` folds in
    timestamps seen from head office or other devices so that causally later events sort
    later everywhere.
    """

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_clock_ms) -> None:
        self.last = last
        self._wall = wall

    def tick(self) -> int:
        """The timestamp for a new local event."""
        self.last = max(self._wall(), self.last + 1)
        return self.last

    def observe(self, remote: int) -> None:
        """Account for a timestamp received from elsewhere."""
        self.last = max(self.last, remote)
