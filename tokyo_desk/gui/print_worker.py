"""A print job on a thread of its own, so that painting pages never runs on the GUI thread.

Qt allows ``QPainter`` on a ``QPrinter`` and on ``QImage`` outside the GUI thread.  The job is
given a function that prints everything (``printing.print_pdf`` with the sheet's bytes and the
printer bound to it): from the moment the job starts its thread has that printer to itself, and
the ``QPdfDocument`` the function opens is created, used and closed there too.  The GUI thread
hears about progress and the outcome through queued signals and never waits for the thread,
except when the application quits: then it asks the job to stop after the page in hand and
waits for that page (a thread still running when the process ends would crash it).

A running job belongs to the application object, not to the window that started it: locking
deletes the window, and a ``QThread`` deleted while it runs aborts the process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from tokyo_desk.errors import UserError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (pages sent, pages in all) -> go on?
PrintPages = Callable[[Progress], int]  # prints, reporting progress; returns the pages sent


class _Printing(QObject):
    """Lives on the job's thread: runs the print function, then says how it ended."""

    progressed = Signal(int, int)  # pages sent, pages in all
    ended = Signal(int, int, object)  # pages sent, pages in all, the error (None when none)

    def __init__(self, print_pages: PrintPages) -> None:
        super().__init__()
        self._print_pages: PrintPages | None = print_pages

    @Slot()
    def run(self) -> None:
        # Taken out of the object so that the printer and the bytes are let go on this thread
        # as soon as the job ends, whatever happens to this object afterwards.
        print_pages, self._print_pages = self._print_pages, None
        assert print_pages is not None
        total = 0

        def report(sent: int, pages: int) -> bool:
            nonlocal total
            total = pages
            self.progressed.emit(sent, pages)
            return not QThread.currentThread().isInterruptionRequested()

        try:
            sent = print_pages(report)
        except BaseException as error:  # handed to the GUI thread: a message, or a bug
            self.ended.emit(0, total, error)
        else:
            self.ended.emit(sent, total, None)
        finally:
            QThread.currentThread().quit()  # once this returns; ``finished`` follows


class PrintJob(QObject):
    """Runs ``print_pages`` on a thread of its own, starting at once.

    Exactly one of ``printed`` (every page sent), ``cancelled`` (stopped on request; pages
    already sent still come out of the printer) or ``failed`` (a ``UserError`` for the officer)
    is emitted, then ``ended`` once the thread has finished.  Whatever ``print_pages`` paints
    on is the job's until then.
    """

    progressed = Signal(int, int)  # pages sent, pages in all
    printed = Signal(int)  # pages sent
    cancelled = Signal(int)  # pages sent before stopping
    failed = Signal(object)  # UserError
    ended = Signal()

    def __init__(self, print_pages: PrintPages) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a print job needs the application object")
        super().__init__(app)
        self._running = True
        self._thread = QThread(self)
        self._thread.setObjectName("tokyo-desk-print")
        self._printing = _Printing(print_pages)
        self._printing.moveToThread(self._thread)
        self._thread.started.connect(self._printing.run)
        self._printing.progressed.connect(self.progressed)
        self._printing.ended.connect(self._outcome)
        self._thread.finished.connect(self._printing.deleteLater)  # on the job's thread
        self._thread.finished.connect(self._finished)
        app.aboutToQuit.connect(self._stop_at_shutdown)
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the page being painted (``printed`` still follows if it was the last)."""
        if self._running:
            self._thread.requestInterruption()

    @Slot(int, int, object)
    def _outcome(self, sent: int, total: int, error: BaseException | None) -> None:
        if error is None and sent == total:
            self.printed.emit(sent)
        elif error is None:
            self.cancelled.emit(sent)
        elif isinstance(error, UserError):
            self.failed.emit(error)
        else:
            raise error  # a bug: to the crash dialog, from the GUI thread

    @Slot()
    def _finished(self) -> None:
        self._running = False
        self.ended.emit()
        self.deleteLater()  # the thread with it, now that it has finished

    @Slot()
    def _stop_at_shutdown(self) -> None:
        if self._running:
            log.info("the application is quitting during a print: stopping after this page")
            self._thread.requestInterruption()
        self._thread.wait()  # the one wait on the GUI thread: the process is ending
