"""Network calls off the GUI thread (and off the database thread).

Each call runs on its own daemon thread; its result comes back to the GUI thread through a
queued signal, like the database runner's.  Daemon threads rather than a QThread or the Qt
thread pool because a request on a bad link can sit in a socket read until the transport's
timeout, and both of those make the application wait for it when it quits; an abandoned
exchange is harmless (the sync protocol is idempotent), so nothing is lost by not waiting.
``forget_pending`` drops the results of calls already sent (after a lock).

Tests use ``worker.ImmediateRunner`` where the thread does not matter.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tokyo_desk.gui.worker import Done, Failed, Job


class NetworkRunner(QObject):
    """Runs each job on a daemon thread; calls back on the GUI thread."""

    _finished = Signal(object, object, object)  # call, result, error

    def __init__(self, parent: QObject | None = None, *, name: str = "tokyo-desk-net") -> None:
        super().__init__(parent)
        self._name = name
        self._generation = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed) -> None:
        call = Job(job, done, failed, self._generation)
        threading.Thread(target=self._run, args=(call,), name=self._name, daemon=True).start()

    def forget_pending(self) -> None:
        """Results of calls already sent are dropped when they arrive."""
        self._generation += 1

    def stop(self) -> None:
        """Drop whatever is still on its way; the threads end by themselves."""
        self.forget_pending()

    def _run(self, call: Job) -> None:
        try:
            result, error = call.run(), None
        except BaseException as failure:  # handed to the GUI thread, not lost
            result, error = None, failure
        # The window may be gone by now (the application quit): nobody waits for the answer.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(call, result, error)

    @Slot(object, object, object)
    def _deliver(self, call: Job, result: Any, error: BaseException | None) -> None:
        call.deliver(self._generation, result, error)
