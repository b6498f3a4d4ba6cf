"""Auto-lock after a period without input (design/security.md, LCK-1).

An application-wide event filter notes the time of every key, mouse, wheel and touch event;
a timer compares it with the limit.  The clock is injectable so tests can move time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)
CHECK_EVERY_MS = 5000


class IdleWatcher(QObject):
    """Emits ``idle`` once when no input has arrived for ``limit_seconds``."""

    idle = Signal()

    def __init__(
        self,
        limit_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit_seconds = limit_seconds
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Start watching (after an unlock)."""
        self._last_input = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock if the limit has passed (the timer calls this; tests may too)."""
        if self._armed and self._clock() - self._last_input >= self.limit_seconds:
            self.stop()
            self.idle.emit()
