"""``tokyo-desk --self-test``: prove on a new laptop that the installed application works.

Runs the real pieces end to end, offscreen, in a temporary profile directory that is removed
at the end: resources and translations found, a profile created (``Profile.create``), the
window started with its database and sheet threads, the profile unlocked from the unlock
window, a case opened, explanation sheets rendered in three scripts (Latin, Arabic,
Devanagari) and shown in the preview widget, one printed to a PDF-format ``QPrinter``
(``printing.print_pdf``, as the print button does) with every page checked for ink, the window
locked and unlocked again, and closed.

One line per step, then ``self-test passed`` (exit 0) or ``self-test FAILED: <step>:
<reason>`` (exit 1).  Lines name steps, counts and versions, never record content (and the
only records are invented ones).  Made for IT staff installing one build on many laptops,
and for the bundle test (``tests/packaging``), which runs it from the built bundle.

``exit_when_ready`` is the start-up timing hook of the bundle benchmark: the normal window,
closed as soon as the unlock window shows its profiles.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import platform
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QMessageLogContext,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tokyo_desk import __version__
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.state import CaseState
from tokyo_desk.domain.synthetic import SyntheticCases
from tokyo_desk.errors import UserError
from tokyo_desk.gui.application import ICON_SIZES, window_icon
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.printing import INTERACTIVE_DPI, POINTS_PER_INCH, print_pdf
from tokyo_desk.gui.sheet_preview import SheetPreview
from tokyo_desk.gui.worker import Runner, ThreadRunner
from tokyo_desk.paths import resources_dir
from tokyo_desk.sheets.from_case import OfficerDetails, sheet_request
from tokyo_desk.sheets.packs import available_languages, load_pack
from tokyo_desk.sheets.render import RenderedSheet, render_sheet
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import MIN_MEMORY_KIB, KdfParams
from tokyo_desk.store.profile import CLEAN_MARKER, DB_NAME, Profile, Profiles

SHEET_LANGUAGES = ("en", "ar", "hi")  # Latin, Arabic (right to left), Devanagari (shaped)
PRINTED_LANGUAGE = "ar"
UI_LANGUAGES = ("fr", "ar")  # the window's translations besides English
WAIT_SECONDS = 20.0  # for one thing the window does on its threads (normally well under 1 s)
PREVIEW_DPI = 48  # enough to tell printed ink from a blank or black page
OFFICE = "Self-test office"
# The offscreen platform cannot resize native windows; it says so every time (harmless).
HARMLESS_QT_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})

Say = Callable[[str], None]


def _say(line: str) -> None:
    # print() does nothing when there is no console (a windowed build on Windows), and a
    # reader that went away (| head) is no failure of the installation: the exit code tells.
    with contextlib.suppress(OSError):
        print(line, flush=True)


class Problem(Exception):
    """Something the self-test checks is not as it must be (the message says what)."""


class StepFailed(Exception):
    """One step of the self-test did not do what it must."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


def run_self_test(*, scratch_parent: Path | None = None, say: Say = _say) -> int:
    """Run every step; 0 when all pass, 1 after the first that fails (and why)."""
    started = time.perf_counter()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication: no display needed
    scratch = Path(tempfile.mkdtemp(prefix="tokyo-desk-self-test-", dir=scratch_parent))
    check = _SelfTest(scratch, say)
    try:
        check.run()
    except StepFailed as failure:
        say(f"self-test FAILED: {failure.step}: {failure.reason}")
        return 1
    finally:
        check.close()
        shutil.rmtree(scratch, ignore_errors=True)
    say(f"self-test passed ({time.perf_counter() - started:.1f} s)")
    return 0


def _reason(error: BaseException) -> str:
    """What went wrong, in one line (expected failures carry a message for people)."""
    if isinstance(error, UserError):
        return error.message
    if isinstance(error, Problem):
        return str(error)
    text = " ".join(str(error).split())[:300]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class _SelfTest:
    """The steps, in order, sharing the window and the case they build."""

    def __init__(self, scratch: Path, say: Say) -> None:
        self.scratch = scratch
        self.say = say
        self.passphrase = "self test " + secrets.token_hex(12)  # never shown, never kept
        self.errors: list[BaseException] = []  # raised in slots or threads meanwhile
        self.app: QApplication | None = None
        self.window: MainWindow | None = None
        self.runners: list[ThreadRunner] = []
        self.profile: Profile | None = None
        self.case_id = ""
        self.sheets: dict[str, RenderedSheet] = {}
        self._hooks: tuple[Any, Any] | None = None
        self._qt_handler: tuple[Any] | None = None  # the handler ours replaced (maybe None)

    # --- running -----------------------------------------------------------------------------

    def run(self) -> None:
        self._catch_errors()
        with self.step("start"):
            self.app = self._application()
            self.say(
                f"self-test: Tokyo Desk {__version__}, Python {platform.python_version()}, "
                f"Qt {qVersion()}, platform {self.app.platformName()}, "
                f"{'bundle' if getattr(sys, 'frozen', False) else 'source'}"
            )
        with self.step("resources"):
            catalogue = self._resources()
        with self.step("translations"):
            self._translations()
        with self.step("profile"):
            self._create_profile(catalogue)
        with self.step("unlock window"):
            self._open_window(catalogue)
        with self.step("unlock"):
            self._unlock_from_unlock_page()
        with self.step("case"):
            self._open_case(catalogue)
        with self.step("sheets"):
            self._render_sheets(catalogue)
        with self.step("preview"):
            self._preview()
        with self.step("print"):
            self._print()
        with self.step("lock"):
            self._lock()
        with self.step("unlock again"):
            self._unlock_from_lock_page()
        with self.step("close"):
            self._close_window()

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
            self._raise_caught()
        except StepFailed:
            raise
        except Exception as error:  # every failure becomes this step's reason
            raise StepFailed(name, _reason(error)) from error
        self.say(f"self-test: {name} ok ({(time.perf_counter() - started) * 1000:.0f} ms)")

    def _catch_errors(self) -> None:
        """Exceptions in Qt slots and threads are recorded (and fail the step), not lost."""
        self._hooks = (sys.excepthook, threading.excepthook)

        def on_error(
            kind: type[BaseException], error: BaseException, tb: TracebackType | None
        ) -> None:
            self.errors.append(error)

        def on_thread_error(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None:
                self.errors.append(args.exc_value)

        sys.excepthook = on_error
        threading.excepthook = on_thread_error

    def _raise_caught(self) -> None:
        if self.errors:
            raise self.errors.pop(0)

    def close(self) -> None:
        """Close whatever is still open (also after a failure) and restore the hooks."""
        if self.window is not None:
            with contextlib.suppress(Exception):
                self.window.close()
            self.window.deleteLater()
            self.window = None
        for runner in self.runners:
            with contextlib.suppress(Exception):
                runner.stop()
        self.runners.clear()
        if self.app is not None:  # deleteLater() done now, before the directory goes
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self._hooks is not None:
            sys.excepthook, threading.excepthook = self._hooks
        if self._qt_handler is not None:
            qInstallMessageHandler(self._qt_handler[0])

    def wait_until(self, done: Callable[[], bool], what: str) -> None:
        """Let the event loop run until ``done()``; fail with ``what`` after WAIT_SECONDS."""
        deadline = time.monotonic() + WAIT_SECONDS
        while not done():
            self._raise_caught()
            if time.monotonic() > deadline:
                raise Problem(f"{what} within {WAIT_SECONDS:.0f} s{self._window_says()}")
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def _window_says(self) -> str:
        """The unlock or lock screen's message, if any (messages, never record content)."""
        window = self.window
        if window is None:
            return ""
        status = (
            window.unlock_page.ui.status_label.text() or window.lock_page.ui.status_label.text()
        )
        return f" (the window says: {status})" if status else ""

    def call(self, runner: Runner, job: Callable[[], Any], what: str) -> Any:
        """Run ``job`` on ``runner`` (a window thread) and wait for its result."""
        results: list[Any] = []
        failures: list[BaseException] = []
        runner.submit(job, results.append, failures.append)
        self.wait_until(lambda: bool(results or failures), what)
        if failures:
            raise failures[0]
        return results[0]

    def on_store(self, job: Callable[[CaseStore], Any], what: str) -> Any:
        """Run ``job(store)`` through the window's session (the database thread); wait."""
        session = self._window().session
        if session is None:
            raise Problem("no profile is open")
        results: list[Any] = []
        session.call(job, results.append, self.errors.append)
        self.wait_until(lambda: bool(results), what)
        return results[0]

    # --- steps -------------------------------------------------------------------------------

    def _application(self) -> QApplication:
        existing = QApplication.instance()
        if existing is None:
            self._quiet_qt()
            app = QApplication(sys.argv[:1])
        elif isinstance(existing, QApplication):
            app = existing
        else:
            raise Problem("a non-widget Qt application is already running")
        if app.platformName() != "offscreen":
            raise Problem(f"running on the {app.platformName()} platform, not offscreen")
        return app

    def _quiet_qt(self) -> None:
        """Qt's messages to stderr, without the offscreen platform's harmless complaint."""

        def forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
            if message not in HARMLESS_QT_MESSAGES:
                print(f"qt: {message}", file=sys.stderr)

        self._qt_handler = (qInstallMessageHandler(forward),)

    def _resources(self) -> Catalogue:
        root = resources_dir()
        self.say(f"self-test: resources in {root}")
        catalogue = load_default()
        languages = available_languages()
        missing = [code for code in SHEET_LANGUAGES if code not in languages]
        if missing:
            raise Problem(f"language packs missing: {', '.join(missing)}")
        needed = [
            "fonts/OFL.txt",
            "fonts/WenQuanYi-LICENSE.txt",
            "fonts/manifest.json",
            "security/common-passwords.txt",
            *(f"i18n/tokyo_desk_{code}.qm" for code in UI_LANGUAGES),
            *(f"icons/tokyo-desk-{size}.png" for size in ICON_SIZES),
        ]
        absent = [name for name in needed if not (root / name).is_file()]
        if absent:
            raise Problem(f"resources missing: {', '.join(absent)}")
        icon = window_icon()
        sizes = {size.width() for size in icon.availableSizes()}
        if not sizes.issuperset(ICON_SIZES):
            raise Problem("the window icon could not be read at every size")
        self.say(
            f"self-test: {len(catalogue.conditions)} catalogue conditions, "
            f"{len(languages)} language packs, icon sizes {min(sizes)}-{max(sizes)} px"
        )
        return catalogue

    def _translations(self) -> None:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for language in UI_LANGUAGES:
            ours = QTranslator()
            if not ours.load(str(resources_dir() / "i18n" / f"tokyo_desk_{language}.qm")):
                raise Problem(f"the {language} window translation cannot be loaded")
            if ours.isEmpty():
                raise Problem(f"the {language} window translation is empty")
            qt_own = QTranslator()
            if not qt_own.load(f"qtbase_{language}", qt_dir):
                raise Problem(f"Qt's own {language} translation is missing")

    def _create_profile(self, catalogue: Catalogue) -> None:
        # The cheapest key derivation allowed: this checks that it works, not how long it
        # takes (the real cost is calibrated when an officer creates a profile).
        profile, store = Profile.create(
            self.scratch / "profiles",
            catalogue,
            officer_name="Self-test officer",
            office=OFFICE,
            passphrase=self.passphrase,
            kdf=KdfParams.new(MIN_MEMORY_KIB, 1, 1),
        )
        profile.lock(store)  # the window unlocks it, as an officer would
        self.profile = profile

    def _open_window(self, catalogue: Catalogue) -> None:
        database, sheets = ThreadRunner(name="self-test-db"), ThreadRunner(name="self-test-pdf")
        self.runners = [database, sheets]  # as run_gui builds them: one database, one sheets
        window = MainWindow(
            database,
            Profiles(self.scratch / "profiles", catalogue),
            catalogue,
            pdf_runner=sheets,
            auto_lock_minutes=15,
        )
        self.window = window
        window.show()
        window.start()
        combo = window.unlock_page.ui.profile_combo
        self.wait_until(lambda: combo.count() == 1, "the unlock window did not list the profile")
        if not window.isVisible() or window.stack.currentWidget() is not window.unlock_page:
            raise Problem("the unlock window is not shown")

    def _unlock_from_unlock_page(self) -> None:
        window = self._window()
        page = window.unlock_page.ui
        page.passphrase_edit.setText(self.passphrase)
        page.unlock_button.click()
        self.wait_until(
            lambda: (
                window.workspace is not None and window.stack.currentWidget() is window.workspace
            ),
            "the workspace did not open",
        )

    def _open_case(self, catalogue: Catalogue) -> None:
        workspace = self._window().workspace
        if workspace is None:
            raise Problem("the workspace is not open")
        plans = SyntheticCases(catalogue, secrets.randbits(32), dt.date.today())
        in_force = (
            plan
            for plan in (plans.plan(office=OFFICE) for _ in range(200))
            if not any(kind == "measure.terminated" for kind, _ in plan.changes)
        )
        plan = next(in_force, None)
        if plan is None:
            raise Problem("no synthetic case with a measure in force")

        def store_case(store: CaseStore) -> str:
            case_id, _ = store.open_case(
                plan.person,
                office=plan.office,
                opened_on=plan.opened_on,
                jurisdiction=plan.jurisdiction,
            )
            store.record(case_id, plan.changes)
            return case_id

        self.case_id = self.on_store(store_case, "the case was not stored")
        workspace.after_change(self.case_id, "")
        self.wait_until(lambda: workspace.model.rowCount() == 1, "the caseload did not show it")

    def _render_sheets(self, catalogue: Catalogue) -> None:
        case_id = self.case_id

        def read(store: CaseStore) -> tuple[CaseState, tuple[bytes, int], str]:
            return store.case(case_id), store.verification_key(), store.officer_id

        state, (key, version), officer_id = self.on_store(read, "the case was not read back")
        measure_id = next(iter(state.measures))
        officer = OfficerDetails(officer_id, "Self-test officer", OFFICE, "", "")
        official = load_pack("en", catalogue)
        for language in SHEET_LANGUAGES:
            pack = load_pack(language, catalogue)
            request = sheet_request(
                state,
                measure_id,
                pack,
                official,
                catalogue,
                officer=officer,
                issued_on=dt.datetime.now(dt.UTC).date(),
                easy_read=False,
                paper="a4",
                sheet_id=uuid7(),
            )
            sheet: RenderedSheet = self.call(
                self._sheet_runner(),
                functools.partial(
                    render_sheet, request, pack, official, catalogue, key=key, key_version=version
                ),
                f"the {language} sheet was not rendered",
            )
            if not sheet.pdf.startswith(b"%PDF") or sheet.pages < 1:
                raise Problem(f"the {language} sheet is not a PDF")
            self.sheets[language] = sheet
        if not reportlab_accelerated():
            raise Problem("ReportLab's C accelerator (rl_accel) is missing")
        self.say(
            "self-test: sheets "
            + ", ".join(f"{code} {sheet.pages} pages" for code, sheet in self.sheets.items())
        )

    def _preview(self) -> None:
        preview = SheetPreview()
        preview.resize(700, 900)
        preview.show()
        try:
            for language, sheet in self.sheets.items():
                preview.set_pdf(sheet.pdf)
                if preview.page_count() != sheet.pages:
                    raise Problem(f"the {language} preview shows the wrong number of pages")
                # QPdfView paints pages as they are rendered: wait for ink on screen.
                self.wait_until(
                    lambda: has_ink(preview.view.viewport().grab().toImage()),
                    f"the {language} preview did not show the sheet",
                )
                if not has_ink(page_image(preview.document(), 0)):
                    raise Problem(f"the {language} preview's first page is blank")
        finally:
            preview.clear()
            preview.close()
            preview.deleteLater()

    def _print(self) -> None:
        sheet = self.sheets[PRINTED_LANGUAGE]
        target = self.scratch / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(target))
        pages = print_pdf(sheet.pdf, printer, dpi=INTERACTIVE_DPI)
        if pages != sheet.pages:
            raise Problem(f"{pages} of {sheet.pages} pages were printed")
        printed = QPdfDocument()
        try:
            printed.load(str(target))
            if printed.status() != QPdfDocument.Status.Ready:
                raise Problem("the printed file cannot be read")
            if printed.pageCount() != sheet.pages:
                raise Problem(f"the printed file has {printed.pageCount()} pages")
            blank = [
                page + 1
                for page in range(printed.pageCount())
                if not has_ink(page_image(printed, page))
            ]
            if blank:
                raise Problem(f"printed page(s) {blank} are blank or black")
        finally:
            printed.close()
        self.say(
            f"self-test: printed the {PRINTED_LANGUAGE} sheet, {pages} pages at "
            f"{INTERACTIVE_DPI} dpi, {target.stat().st_size // 1024} KiB"
        )

    def _lock(self) -> None:
        window = self._window()
        profile = self._profile()
        window.lock()
        clean = profile.db_path.with_name(f"{DB_NAME}-{CLEAN_MARKER}")
        self.wait_until(clean.exists, "the profile was not closed")
        if window.session is not None or window.stack.currentWidget() is not window.lock_page:
            raise Problem("the lock screen is not shown")

    def _unlock_from_lock_page(self) -> None:
        window = self._window()
        page = window.lock_page.ui
        page.passphrase_edit.setText(self.passphrase)
        page.unlock_button.click()
        self.wait_until(lambda: window.workspace is not None, "the workspace did not reopen")
        workspace = window.workspace
        assert workspace is not None
        self.wait_until(
            lambda: workspace.model.rowCount() == 1, "the case was not found after unlocking"
        )

    def _close_window(self) -> None:
        window = self._window()
        window.close()  # locks, then stops the window's threads
        self.window = None
        window.deleteLater()
        clean = self._profile().db_path.with_name(f"{DB_NAME}-{CLEAN_MARKER}")
        if not clean.exists():
            raise Problem("closing the window did not close the profile cleanly")

    def _sheet_runner(self) -> Runner:
        if len(self.runners) < 2:
            raise Problem("the sheet thread is not running")
        return self.runners[1]

    def _window(self) -> MainWindow:
        if self.window is None:
            raise Problem("the window is not open")
        return self.window

    def _profile(self) -> Profile:
        if self.profile is None:
            raise Problem("there is no profile")
        return self.profile


def reportlab_accelerated() -> bool:
    """True when ReportLab found its C functions (rl_accel) rather than the slow Python ones."""
    from reportlab.lib import rl_accel  # noqa: PLC0415 - loaded with the sheets anyway

    return not getattr(rl_accel, "_py_funcs", {"unknown": None})


def page_image(document: QPdfDocument, page: int) -> QImage:
    """A page at PREVIEW_DPI (transparent where the page has nothing)."""
    points = document.pagePointSize(page)
    scale = PREVIEW_DPI / POINTS_PER_INCH
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    return document.render(page, size)


def has_ink(image: QImage) -> bool:
    """Printed ink on paper: some dark pixels, and mostly light ones (not blank, not black).

    The image is laid on white first: a page rendered by ``QPdfDocument`` is transparent
    where there is nothing.
    """
    if image.isNull():
        return False
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    grey = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    line, width = grey.bytesPerLine(), grey.width()
    dark = light = 0
    for row in range(grey.height()):
        pixels = data[row * line : row * line + width]
        dark += len(pixels.translate(None, _NOT_DARK))
        light += len(pixels.translate(None, _NOT_LIGHT))
    return dark > 20 and light > 0.5 * width * grey.height()


_NOT_DARK = bytes(range(100, 256))  # deleted by translate(): what remains is dark
_NOT_LIGHT = bytes(range(241))  # deleted by translate(): what remains is light


def exit_when_ready(say: Say = _say) -> QTimer:
    """Close the window once the unlock window lists the profiles (start-up timing).

    Creates the QApplication (so call it before ``run_gui``) and returns the timer that
    watches for the window; ``run_gui`` then starts the window as usual and its event loop
    ends when the watcher closes it.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    watcher = QTimer(app)
    watcher.setInterval(2)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, MainWindow)
                and widget.isVisible()
                and widget.stack.currentWidget() is widget.unlock_page
                and widget.unlock_page.ui.profile_combo.count() > 0
            ):
                watcher.stop()
                widget.repaint()
                say("ready")
                widget.close()

    watcher.timeout.connect(look)
    watcher.start()
    return watcher
