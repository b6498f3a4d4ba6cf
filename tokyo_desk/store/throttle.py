"""Failed-unlock throttling that survives restarts (``design/security.md``, AUTH-1).

The counter lives in a small file beside the database, because the database cannot be read
until the unlock succeeds.  From the third attempt after two failures in a row the officer
waits a growing delay; after five failures in a row the profile is locked for ten minutes.
Failed attempts are remembered (time only) so they can be written to the audit log once the
profile is open again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tokyo_desk.errors import UnlockThrottled
from tokyo_desk.store.keyfile import write_atomically

# Wait before the next attempt, by failures so far.
DELAYS_SECONDS = {2: 5.0, 3: 15.0, 4: 30.0}
LOCKOUT_AFTER = 5
LOCKOUT_SECONDS = 600.0
MAX_REMEMBERED = 100


@dataclass
class ThrottleState:
    failures: int = 0
    last_failure: float = 0.0
    attempts: list[float] = field(default_factory=list)


class UnlockThrottle:
    """Reads and writes the attempt counter of one profile."""

    def __init__(self, path: Path, now: Callable[[], float]) -> None:
        self._path = path
        self._now = now

    def load(self) -> ThrottleState:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            state = ThrottleState(
                failures=int(data["failures"]),
                last_failure=float(data["last_failure"]),
                attempts=[float(item) for item in data.get("attempts", [])],
            )
        except FileNotFoundError:
            return ThrottleState()
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged counter must not become a way round the lock-out: assume the worst,
            # and write that down once so the lock-out runs from now and then ends.
            state = ThrottleState(failures=LOCKOUT_AFTER, last_failure=self._now())
            with contextlib.suppress(OSError):  # still locked out; the next read tries again
                self._save(state)
            return state
        now = self._now()
        if state.last_failure > now:
            # Failures stamped while the clock was ahead: count the wait from now instead of
            # locking the profile until the corrected clock catches up.
            state.last_failure = now
            with contextlib.suppress(OSError):
                self._save(state)
        return state

    def wait_seconds(self, state: ThrottleState | None = None) -> float:
        """How long the officer must wait before the next attempt (0 when allowed now)."""
        state = state or self.load()
        if state.failures >= LOCKOUT_AFTER:
            delay = LOCKOUT_SECONDS
        else:
            delay = DELAYS_SECONDS.get(state.failures, 0.0)
        return min(delay, max(0.0, state.last_failure + delay - self._now()))

    def check(self) -> None:
        """Raise UnlockThrottled if an attempt is not allowed yet."""
        state = self.load()
        wait = self.wait_seconds(state)
        if wait > 0:
            locked_out = state.failures >= LOCKOUT_AFTER
            if locked_out:
                message = (
                    f"Too many wrong passphrases. This profile is locked for "
                    f"{math.ceil(wait / 60)} more minute(s)."
                )
            else:
                message = f"Wait {math.ceil(wait)} seconds before trying again."
            raise UnlockThrottled(message, wait, locked_out)

    def record_failure(self) -> ThrottleState:
        state = self.load()
        now = self._now()
        state.failures += 1
        state.last_failure = now
        state.attempts = [*state.attempts, now][-MAX_REMEMBERED:]
        self._save(state)
        return state

    def reset(self) -> list[dt.datetime]:
        """After a successful unlock: clear the counter, return the failed attempts' times."""
        state = self.load()
        self._path.unlink(missing_ok=True)
        return [dt.datetime.fromtimestamp(at, dt.UTC) for at in state.attempts]

    def _save(self, state: ThrottleState) -> None:
        data = {
            "failures": state.failures,
            "last_failure": state.last_failure,
            "attempts": state.attempts,
        }
        write_atomically(self._path, json.dumps(data).encode("utf-8"))
