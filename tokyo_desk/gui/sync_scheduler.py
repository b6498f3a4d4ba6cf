"""When to sync with head office without being asked: at unlock, shortly after a save, every
few minutes while head office answers, and with growing, jittered pauses while it does not.

``SyncTiming`` holds the rules and no Qt, so tests drive it with a fake clock;
``SyncScheduler`` arms one single-shot timer for the next due time.  Times are monotonic
seconds.  A save during back-off does not bring the next attempt forward: the link has not
come back because the officer saved, and "Sync now" is there when they know it has.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

DEBOUNCE_S = 5.0
FIRST_BACKOFF_S = 30.0
MAX_BACKOFF_S = 30 * 60.0
JITTER = 0.2  # +-20 %: many laptops coming back online at once do not retry in step


@dataclass
class SyncTiming:
    """The next automatic sync, from what happened (no Qt, no clock of its own)."""

    interval_s: float = 5 * 60.0
    debounce_s: float = DEBOUNCE_S
    first_backoff_s: float = FIRST_BACKOFF_S
    max_backoff_s: float = MAX_BACKOFF_S
    jitter: float = JITTER
    random: Callable[[], float] = random.random  # uniform in [0, 1)
    enrolled: bool = False
    failures: int = 0
    halted: bool = False  # waits for the officer (certificate changed, not enrolled)
    running: bool = False
    due_at: float | None = None

    def next_due(self) -> float | None:
        """When the next automatic sync should start (None: not until something happens)."""
        if not self.enrolled or self.halted or self.running:
            return None
        return self.due_at

    def is_due(self, now: float) -> bool:
        due = self.next_due()
        return due is not None and now >= due

    def unlocked(self, now: float) -> None:
        """A fresh session: sync at once, forgetting earlier failures."""
        self.failures = 0
        self.halted = False
        self.running = False
        self.due_at = now

    def saved(self, now: float) -> None:
        """Something was recorded: sync a few seconds after the last of a burst of saves."""
        if self.failures == 0:
            self.due_at = now + self.debounce_s

    def manual(self) -> None:
        """The officer asked for a sync: back-off and any halt are forgotten."""
        self.failures = 0
        self.halted = False

    def started(self) -> None:
        self.running = True
        self.due_at = None  # a save while running sets it again

    def succeeded(self, now: float) -> None:
        self.running = False
        self.failures = 0
        self.halted = False
        regular = now + self.interval_s
        self.due_at = regular if self.due_at is None else min(self.due_at, regular)

    def cancelled(self, now: float) -> None:
        """The officer stopped a sync: try again at the regular interval, no back-off."""
        self.running = False
        self.due_at = now + self.interval_s

    def failed(self, now: float) -> None:
        self.running = False
        self.failures += 1
        self.due_at = now + self.backoff_s()

    def halt(self) -> None:
        """No automatic sync until the officer acts (Sync now, enrollment)."""
        self.running = False
        self.halted = True
        self.due_at = None

    def backoff_s(self) -> float:
        """The pause after ``failures`` failures in a row: 30 s doubling to 30 min, +-20 %."""
        steps = max(self.failures - 1, 0)
        # min() before the power: after many failures 2**steps would overflow a float.
        base = min(self.first_backoff_s * 2.0 ** min(steps, 30), self.max_backoff_s)
        return base * (1 + self.jitter * (2 * self.random() - 1))


class SyncScheduler(QObject):
    """Emits ``due`` when ``timing`` says an automatic sync should start."""

    due = Signal()

    def __init__(
        self,
        timing: SyncTiming,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timing = timing
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    def set_enrolled(self, enrolled: bool) -> None:
        self.timing.enrolled = enrolled
        self._rearm()

    def unlocked(self) -> None:
        self.timing.unlocked(self._clock())
        self._rearm()

    def saved(self) -> None:
        self.timing.saved(self._clock())
        self._rearm()

    def manual(self) -> None:
        self.timing.manual()
        self._rearm()

    def started(self) -> None:
        self.timing.started()
        self._rearm()

    def succeeded(self) -> None:
        self.timing.succeeded(self._clock())
        self._rearm()

    def cancelled(self) -> None:
        self.timing.cancelled(self._clock())
        self._rearm()

    def failed(self) -> None:
        self.timing.failed(self._clock())
        self._rearm()

    def halt(self) -> None:
        self.timing.halt()
        self._rearm()

    def stop(self) -> None:
        """The session ended: nothing more is scheduled."""
        self.timing.halt()
        self._timer.stop()

    def seconds_left(self) -> float | None:
        """Seconds until the next automatic sync (None: none planned)."""
        due = self.timing.next_due()
        return None if due is None else max(due - self._clock(), 0.0)

    def check(self) -> None:
        """Emit ``due`` if it is time (the timer calls this; tests may too)."""
        if self.timing.is_due(self._clock()):
            self.due.emit()
        else:
            self._rearm()

    def _rearm(self) -> None:
        left = self.seconds_left()
        if left is None:
            self._timer.stop()
            return
        self._timer.start(math.ceil(left * 1000))
