"""The ``gui`` area: cold start, caseload shown after unlock, search as you type, GUI stalls.

Everything runs offscreen (``QT_QPA_PLATFORM=offscreen``) with the real ``MainWindow`` and the
real database thread (``ThreadRunner``), because the point is the GUI thread's responsiveness
while the store works beside it.  Key derivation is never timed: the profiles use a cheap KDF
and every unlock happens on the database thread before a clock starts.

Figures:

- ``cold_start_ms``: a fresh ``python -c`` running the real entry point
  (``tokyo_desk.app.main(["--profile-dir", ...])``), from just before the parent starts the
  process to the child printing "ready" once the unlock window is painted with its profile
  list filled (median of 3 after one untimed run that leaves the byte code cached, as an
  installed app has it); ``cold_start_script_ms`` is the part after the child's first line
  of Python (the rest is the interpreter starting).
- ``caseload_visible_ms``: ``MainWindow._unlocked`` called with an already-open store, to the
  first caseload page in the model, the columns sized and the whole window repainted
  (``repaint()``: painted synchronously into the backing store; median over unlocks);
  ``caseload_query_ms`` is ``store.caseload`` alone on the database thread and
  ``caseload_workspace_build_ms`` the ``_unlocked`` call itself (building the workspace).
- ``search_results_ms_p50``/``_p95``: text set in the search box and ``Workspace.requery()``
  called at once -- i.e. measured from the moment the 150 ms typing debounce would fire, the
  debounce itself excluded -- to the results in the model and the caseload panel (search
  box, table, summary) repainted, over 30 realistic name prefixes (1-4 letters of a given or
  family name); ``search_store_ms_*`` is ``store.search`` alone on the database thread.
- ``scroll_page_ms_p95``: scrolling to the bottom of the caseload to the next page shown.
- ``case_shown_ms_p50``/``_p95``: selecting a caseload row to the case record painted.
- ``max_stall_ms_<scenario>`` and ``max_stall_ms``: a watchdog ``QTimer`` on the GUI thread
  ticks every 10 ms; the longest gap between two ticks minus 10 ms is the longest time the
  GUI thread could not react to input during that scenario.

The profiles (``--quick``: 500 cases and 2,000 people; otherwise 10,000 full cases and
100,000 people with just a name) are built once through ``CaseStore.import_events`` and kept
under the system temp directory, keyed by size and seed, so reruns start at once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from tokyo_desk.domain.case_numbers import format_case_number
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.domain.events import Event
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.synthetic import CasePlan, SyntheticCases, plan_events
from tokyo_desk.gui.application import share_the_interpreter
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.worker import ThreadRunner
from tokyo_desk.gui.workspace import Workspace
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(tempfile.gettempdir()) / "tokyo-desk-bench-gui"
BUILD_VERSION = 1  # bump when the way profiles are built changes
PASSPHRASE = "benchmark ferry lantern 9"
TODAY = dt.date(2026, 11, 20)
CASELOAD_SEED = 31
PEOPLE_SEED = 3
TICK_MS = 10

# The real entry point in a fresh interpreter; "ready" once the unlock window is painted with
# its profile list filled (the hook wraps the slot that fills the list).
COLD_START_CODE = """\
import time
started = time.perf_counter()
import sys
from tokyo_desk import app
from tokyo_desk.gui import unlock

fill_list = unlock.UnlockPage._show_profiles

def shown(self, infos, select):
    fill_list(self, infos, select)
    assert self.ui.profile_combo.count() > 0, "no profile listed"
    window = self.window()
    window.repaint()
    print("ready", (time.perf_counter() - started) * 1000, flush=True)
    window.close()

unlock.UnlockPage._show_profiles = shown
sys.exit(app.main(["--profile-dir", sys.argv[1]]))
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _say(text: str) -> None:
    print(f"    {text}", file=sys.stderr, flush=True)


# --- profiles (built once, cached) ------------------------------------------------------------


def _full_cases(catalogue: Catalogue, count: int, seed: int) -> Iterator[list[Event]]:
    """Whole synthetic cases (measures, conditions, history) as head office would send them."""
    generator = SyntheticCases(catalogue, seed, TODAY)
    device, author, seq = uuid7(), uuid7(), 1
    for index in range(count):
        events = plan_events(
            generator.plan(),
            case_id=uuid7(),
            case_number=format_case_number("HQ", index + 1),
            device_id=device,
            author=author,
            first_seq=seq,
            first_hlc=1_700_000_000_000 + seq,
        )
        seq += len(events)
        yield events


def _people(catalogue: Catalogue, count: int, seed: int) -> Iterator[list[Event]]:
    """Cases holding just a person (a head-office snapshot of a large caseload)."""
    generator = SyntheticCases(catalogue, seed, TODAY)
    device, author = uuid7(), uuid7()
    for index in range(count):
        yield plan_events(
            CasePlan(generator.person(), "North district office", TODAY, "demo"),
            case_id=uuid7(),
            case_number=format_case_number("HQ", index + 1),
            device_id=device,
            author=author,
            first_seq=index + 1,
            first_hlc=1_700_000_000_000 + index,
        )


def cached_profiles(catalogue: Catalogue, kind: str, count: int, seed: int) -> Path:
    """A profiles directory holding one profile with ``count`` cases; built on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    root = CACHE / f"{kind}-{count}-seed{seed}-v{BUILD_VERSION}"
    if (root / "built.json").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    building = CACHE / f".{root.name}.{os.getpid()}.building"
    shutil.rmtree(building, ignore_errors=True)
    _say(f"building the {kind} profile ({count:,} cases, cached in {root}) ...")
    started = time.perf_counter()
    profile, store = Profile.create(
        building / "profiles",
        catalogue,
        officer_name="Bench Officer",
        office="North district office",
        passphrase=PASSPHRASE,
        kdf=KdfParams.new(8 * 1024, 1, 1),
    )
    cases = _full_cases if kind == "caseload" else _people
    batch: list[Event] = []
    try:
        for index, events in enumerate(cases(catalogue, count, seed)):
            batch += events
            if len(batch) >= 5000:
                store.import_events(batch)
                batch = []
            if (index + 1) % max(1, count // 10) == 0:
                _say(f"  {index + 1:,}/{count:,} ({time.perf_counter() - started:.0f} s)")
        if batch:
            store.import_events(batch)
        events_total = store.connection.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        profile.lock(store)
    seconds = time.perf_counter() - started
    (building / "built.json").write_text(
        json.dumps({"kind": kind, "cases": count, "events": events_total, "build_s": seconds})
    )
    building.rename(root)
    _say(f"built in {seconds:.0f} s ({events_total:,} events)")
    return root


# --- driving the GUI thread -------------------------------------------------------------------


def spin(until: Callable[[], bool], timeout_s: float = 300.0) -> None:
    """Run the event loop (blocking, not busy-waiting) until ``until()`` is true."""
    if until():
        return
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)

    def check() -> None:
        if until() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not until():
        raise TimeoutError("the GUI did not get there in time (see the messages above)")


def settle(milliseconds: float) -> None:
    end = time.perf_counter() + milliseconds / 1000
    spin(lambda: time.perf_counter() >= end)


class Watchdog:
    """The longest time the GUI thread went without running a 10 ms timer, minus 10 ms."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.reset()
        self._timer.start()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self._worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self._worst = max(self._worst, now - self._last)
        self._last = now

    def stall_ms(self) -> float:
        gap = max(self._worst, time.perf_counter() - self._last)
        return max(0.0, gap * 1000 - TICK_MS)

    def stop(self) -> None:
        self._timer.stop()


class Timed:
    """Wraps a store method (on the database thread) and keeps its durations in ms."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function
        self.ms: list[float] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._function(*args, **kwargs)
        finally:
            self.ms.append((time.perf_counter() - started) * 1000)


class Desk:
    """A shown ``MainWindow`` on one cached profiles directory, with the real threads."""

    def __init__(self, root: Path, catalogue: Catalogue, watchdog: Watchdog) -> None:
        self.watchdog = watchdog
        self.runner = ThreadRunner(name="bench-db")
        self.profiles = Profiles(root / "profiles", catalogue)
        self.window = MainWindow(
            self.runner,
            self.profiles,
            catalogue,
            auto_lock_minutes=600,
            pdf_runner=ThreadRunner(name="bench-pdf"),
        )
        self.window.show()
        self.window.start()
        spin(lambda: self.window.unlock_page.ui.profile_combo.count() > 0)
        self.profile = self.profiles.get(self.profiles.list()[0].profile_id)
        self.store: CaseStore | None = None
        self.caseload_ms = Timed(lambda *a, **k: None)
        self.search_ms = Timed(lambda *a, **k: None)

    def on_db_thread(self, job: Callable[[], Any]) -> Any:
        """Run ``job`` on the database thread after everything queued before it; wait."""
        box: dict[str, Any] = {}
        self.runner.submit(
            job, lambda result: box.setdefault("result", result), lambda e: box.setdefault("e", e)
        )
        spin(lambda: bool(box))
        if "e" in box:
            raise box["e"]
        return box["result"]

    @property
    def workspace(self) -> Workspace:
        workspace = self.window.workspace
        assert workspace is not None, "not unlocked"
        return workspace

    def open(self) -> tuple[float, float, float]:
        """Unlock (untimed), then time ``_unlocked`` to the first page painted.

        Returns ms to the first page shown, ms spent in ``_unlocked`` itself (building the
        workspace), and the longest stall until the filter counts are shown too."""
        store: CaseStore = self.on_db_thread(lambda: self.profile.unlock(PASSPHRASE))
        self.caseload_ms = Timed(store.caseload)
        self.search_ms = Timed(store.search)
        store.caseload = self.caseload_ms  # type: ignore[method-assign]
        store.search = self.search_ms  # type: ignore[method-assign]
        self.store = store
        window = self.window
        shown: list[float] = []

        def loaded() -> None:
            if not shown and window.workspace is not None and window.workspace.model.rowCount():
                window.repaint()
                shown.append(time.perf_counter())

        settle(50)
        self.watchdog.reset()
        started = time.perf_counter()
        window._unlocked(self.profile, store)
        built = time.perf_counter()
        self.workspace.model.loaded.connect(loaded)
        spin(lambda: bool(shown))
        self.on_db_thread(lambda: None)  # the filter counts have arrived too
        settle(100)
        return (shown[0] - started) * 1000, (built - started) * 1000, self.watchdog.stall_ms()

    def lock(self) -> None:
        self.window.lock()
        self.on_db_thread(lambda: None)
        self.store = None

    def close(self) -> None:
        self.window.close()  # locks and stops both threads
        self.window.deleteLater()
        settle(10)


# --- scenarios --------------------------------------------------------------------------------


def caseload_scenarios(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Unlock to the first page, several times; then scroll pages in, then open cases."""
    watchdog = Watchdog()
    desk = Desk(root, catalogue, watchdog)
    visible, builds, stalls, queries = [], [], [], []
    try:
        for _ in range(2 if quick else 5):
            ms, build_ms, stall = desk.open()
            visible.append(ms)
            builds.append(build_ms)
            stalls.append(stall)
            queries.append(desk.caseload_ms.ms[0])
            desk.lock()
        _say(f"caseload shown (ms): {', '.join(f'{v:.0f}' for v in visible)}")
        desk.open()
        figures = {
            "caseload_visible_ms": statistics.median(visible),
            "caseload_visible_ms_max": max(visible),
            "caseload_query_ms": statistics.median(queries),
            "caseload_workspace_build_ms": statistics.median(builds),
            "max_stall_ms_caseload": max(stalls),
        }
        figures |= _scroll(desk, watchdog, 3 if quick else 20)
        figures |= _open_cases(desk, watchdog, 5 if quick else 20)
        desk.lock()
    finally:
        desk.close()
        watchdog.stop()
    return figures


def _scroll(desk: Desk, watchdog: Watchdog, pages: int) -> dict[str, float]:
    workspace = desk.workspace
    model, view = workspace.model, workspace.ui.caseload_view
    arrived: list[float] = []

    def loaded() -> None:
        workspace.ui.caseload_panel.repaint()
        arrived.append(time.perf_counter())

    model.loaded.connect(loaded)
    timings = []
    watchdog.reset()
    for _ in range(pages):
        if not model.canFetchMore():
            break
        before = len(arrived)
        started = time.perf_counter()
        view.scrollToBottom()
        spin(lambda before=before: len(arrived) > before)  # type: ignore[misc]
        timings.append((arrived[-1] - started) * 1000)
        settle(20)
    model.loaded.disconnect(loaded)
    if not timings:
        return {}
    return {
        "scroll_page_ms_p95": _percentile(timings, 0.95),
        "max_stall_ms_scroll": watchdog.stall_ms(),
    }


def _open_cases(desk: Desk, watchdog: Watchdog, count: int) -> dict[str, float]:
    workspace = desk.workspace
    page = workspace.case_page
    original = page.show_case
    shown: list[float] = []

    def show_case(*args: Any) -> None:
        original(*args)
        workspace.ui.case_panel.repaint()
        shown.append(time.perf_counter())

    page.show_case = show_case  # type: ignore[method-assign]
    rows = min(count, workspace.model.rowCount())
    step = max(1, workspace.model.rowCount() // max(1, rows))
    timings = []
    watchdog.reset()
    for index in range(rows):
        before = len(shown)
        started = time.perf_counter()
        workspace.ui.caseload_view.selectRow(index * step)
        spin(lambda before=before: len(shown) > before)  # type: ignore[misc]
        timings.append((shown[-1] - started) * 1000)
        settle(20)
    page.show_case = original  # type: ignore[method-assign]
    return {
        "case_shown_ms_p50": _percentile(timings, 0.5),
        "case_shown_ms_p95": _percentile(timings, 0.95),
        "max_stall_ms_open_case": watchdog.stall_ms(),
    }


def _queries(names: list[str], count: int) -> list[str]:
    """What officers type: the first 1-4 letters of a given or family name."""
    rnd = random.Random(7)
    queries = []
    for _ in range(count):
        words = rnd.choice(names).split() or ["a"]
        word = rnd.choice(words)
        queries.append(word[: rnd.randint(1, 4)])
    return queries


def search_scenario(root: Path, catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Search as you type over the people profile; the caseload shown after unlock there too."""
    watchdog = Watchdog()
    desk = Desk(root, catalogue, watchdog)
    try:
        visible, _, _ = desk.open()
        store = desk.store
        assert store is not None
        rows = desk.on_db_thread(
            lambda: store.connection.execute("SELECT display_name FROM cases").fetchall()
        )
        people = len(rows)
        queries = _queries([row[0] for row in rows], 30)
        workspace = desk.workspace
        edit = workspace.ui.search_edit
        shown: list[float] = []

        def loaded() -> None:
            workspace.ui.caseload_panel.repaint()  # search box, results, summary
            shown.append(time.perf_counter())

        workspace.model.loaded.connect(loaded)

        def search(text: str) -> float:
            before = len(shown)
            started = time.perf_counter()
            edit.setText(text)
            workspace.requery()  # what the debounce timer would do 150 ms later
            spin(lambda: len(shown) > before)
            return (shown[-1] - started) * 1000

        for text in ("zz", "q"):  # untimed: the first statements prepared, pages cached
            search(text)
        desk.search_ms.ms.clear()
        settle(50)
        watchdog.reset()
        timings = []
        for text in queries:
            timings.append(search(text))
            settle(30)
        stall = watchdog.stall_ms()
        store_ms = list(desk.search_ms.ms)
        worst = sorted(zip(timings, queries, strict=True), reverse=True)[:3]
        _say("slowest searches: " + ", ".join(f"{q!r} {t:.0f} ms" for t, q in worst))
        workspace.model.loaded.disconnect(loaded)
        desk.lock()
    finally:
        desk.close()
        watchdog.stop()
    return {
        "search_people": people,
        "search_results_ms_p50": _percentile(timings, 0.5),
        "search_results_ms_p95": _percentile(timings, 0.95),
        "search_store_ms_p50": _percentile(store_ms, 0.5),
        "search_store_ms_p95": _percentile(store_ms, 0.95),
        "max_stall_ms_search": stall,
        "caseload_visible_ms_people_profile": visible,
    }


def _cold_start_once(root: Path, home: Path) -> tuple[float, float]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TOKYO_DESK_HOME": str(home),
        # Byte code cached as in an installed app, even where the shell forbids writing it
        # (PYTHONDONTWRITEBYTECODE); kept beside the profiles, out of the source tree.
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", COLD_START_CODE, str(root / "profiles")],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith("ready"):
            break
    wall = (time.perf_counter() - started) * 1000
    _, errors = child.communicate(timeout=120)
    if not line.startswith("ready") or child.returncode != 0:
        raise RuntimeError(f"cold-start child failed ({child.returncode}):\n{errors[-3000:]}")
    return wall, float(line.split()[1])


def cold_start(root: Path, quick: bool) -> dict[str, float]:
    """A fresh process to the unlock window painted with its profile list (median)."""
    with tempfile.TemporaryDirectory(prefix="tokyo-desk-bench-home-") as home:
        _cold_start_once(root, Path(home))  # untimed: byte-code caches written
        runs = [_cold_start_once(root, Path(home)) for _ in range(1 if quick else 3)]
    _say(f"cold start (ms): {', '.join(f'{wall:.0f}' for wall, _ in runs)}")
    return {
        "cold_start_ms": statistics.median(wall for wall, _ in runs),
        "cold_start_script_ms": statistics.median(script for _, script in runs),
    }


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says so on every show
        print(f"qt: {message}", file=sys.stderr, flush=True)


def print_scenario(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """Printing a sheet from the window: the GUI-thread stall while the pages go to a
    PDF-format QPrinter at the window's print resolution, in three scripts, the way the
    window prints (``start_printing``: a job on its own thread and a progress dialog), from
    the job's start to its end reaching the GUI thread."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from tokyo_desk.gui.printing import start_printing
    from tokyo_desk.sheets.packs import load_pack
    from tokyo_desk.sheets.render import render_sheet
    from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request

    official = load_pack("en", catalogue)
    stalls, seconds = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for code in ("en",) if quick else ("en", "ar", "hi"):
            pack = load_pack(code, catalogue)
            request = sample_request(pack, catalogue)
            pdf = render_sheet(request, pack, official, catalogue, key=SAMPLE_KEY).pdf
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setOutputFileName(str(Path(scratch) / f"{code}.pdf"))
            watchdog = Watchdog()
            started = time.perf_counter()
            job = start_printing(None, pdf, printer)
            printed: list[int] = []
            job.printed.connect(printed.append)
            waiting = QEventLoop()
            job.ended.connect(waiting.quit)
            waiting.exec()
            if not printed:
                raise RuntimeError(f"the {code} sheet was not printed")
            seconds.append(time.perf_counter() - started)
            stalls.append(watchdog.stall_ms())
            watchdog.stop()
    return {"max_stall_ms_print": max(stalls), "print_sheet_s_max": max(seconds)}


def run(quick: bool) -> dict[str, float]:
    catalogue = load_default()
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    share_the_interpreter()  # as the application does
    cases, people = (500, 2000) if quick else (10_000, 100_000)
    caseload_root = cached_profiles(catalogue, "caseload", cases, CASELOAD_SEED)
    people_root = cached_profiles(catalogue, "people", people, PEOPLE_SEED)
    figures: dict[str, float] = {"caseload_cases": cases}
    _say("cold_start")
    figures |= cold_start(caseload_root, quick)
    _say("caseload_scenarios")
    figures |= caseload_scenarios(caseload_root, catalogue, quick)
    _say("search_scenario")
    figures |= search_scenario(people_root, catalogue, quick)
    _say("print_scenario")
    figures |= print_scenario(catalogue, quick)
    figures["max_stall_ms"] = max(
        value for name, value in figures.items() if name.startswith("max_stall_ms_")
    )
    return {name: round(value, 3) for name, value in figures.items()}
