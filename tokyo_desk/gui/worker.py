"""Database work off the GUI thread.

SQLCipher connections belong to the thread that opened them, and key derivation takes most
of a second, so every store call -- unlock included -- runs in order on one dedicated thread
that owns the connection.  Results come back to the GUI thread through a queued signal.  Jobs
receive plain data, never widgets.  Locking bumps a generation number: results of jobs sent
before the lock are dropped instead of reaching a page that no longer shows case data.

Tests use ``ImmediateRunner``, which runs each job at once on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    """What pages need from a runner (the threaded one or the immediate one)."""

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed) -> None: ...

    def forget_pending(self) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class Job:
    run: Callable[[], Any]
    done: Done
    failed: Failed
    generation: int

    def deliver(self, generation: int, result: Any, error: BaseException | None) -> None:
        """Hand the outcome to ``done`` or ``failed`` -- unless the runner's generation moved
        on (a lock) since the job was sent: then the outcome is dropped."""
        if self.generation != generation:
            return
        if error is None:
            self.done(result)
        else:
            self.failed(error)


class _Executor(QObject):
    """Lives on the database thread and runs jobs one after another."""

    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def execute(self, job: Job) -> None:
        try:
            result = job.run()
        except BaseException as error:  # handed to the GUI thread, not lost
            self.finished.emit(job, None, error)
        else:
            self.finished.emit(job, result, None)


class ThreadRunner(QObject):
    """Runs jobs on the database thread; calls back on the GUI thread."""

    _request = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, name: str = "tokyo-desk-db") -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._request.connect(self._executor.execute)
        self._executor.finished.connect(self._deliver)
        self._thread.start()
        self._generation = 0
        self._pending = 0

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._request.emit(Job(job, done, failed, self._generation))

    def forget_pending(self) -> None:
        """Results of jobs already sent are dropped when they arrive (after a lock)."""
        self._generation += 1

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        job.deliver(self._generation, result, error)

    def stop(self) -> None:
        """Finish the queued jobs, then end the thread."""
        self._thread.quit()
        self._thread.wait()


class ImmediateRunner(QObject):
    """Runs each job at once (tests): same callbacks, no thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed) -> None:
        try:
            result = job()
        except BaseException as error:  # same contract as ThreadRunner
            failed(error)
        else:
            done(result)

    def forget_pending(self) -> None:
        """Nothing is ever pending."""

    def stop(self) -> None:
        """Nothing to stop."""
