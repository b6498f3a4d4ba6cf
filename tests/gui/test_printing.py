"""Printing and preview, offscreen: real sheets (en, ar, hi) printed to a PDF-mode QPrinter on A4
and Letter with no blank, black or clipped page; cancelling; page ranges and copies; pages
handed to the print engine in bands cut across bare paper; printing from the window on a
thread of its own (progress, cancel, failures, locking and quitting during a print); PRN-1 (no
file written while previewing or printing); the preview's pages, zoom and clearing."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.gui import printing
from tokyo_desk.gui.explanation_wizard import CONDITION, RIGHTS, SHEET
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.print_worker import PrintJob
from tokyo_desk.gui.printing import (
    BAND_PIXELS,
    BLANK_RUN,
    NoPrinter,
    PrintError,
    print_pdf,
    save_pdf_as,
    start_printing,
)
from tokyo_desk.gui.sheet_preview import SheetPreview
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.sheets.model import Paper
from tokyo_desk.sheets.packs import load_pack
from tokyo_desk.sheets.render import RenderedSheet, render_sheet
from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request
from tokyo_desk.store.demo import fill
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
RASTER_DPI = 100  # coarser images thicken hairlines unevenly (vector vs image)
POINTS = 72
PAGE_SIZES: dict[Paper, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
# Printed ink keeps at least this far from every edge.  Not the 12-15 mm of sheets.md: the
# sheet's own footer QR code ends about 4 mm above the bottom edge (sheets/render.py), and
# printing must reproduce the page, not judge its layout.  The ink-box comparison below is
# what proves nothing was cut off.
CLEAR_MM = 3
PDFTOPPM = shutil.which("pdftoppm")
PAPER_WHITE = bytes(range(248)) + bytes([255] * 8)  # grey levels 248-255 count as paper
needs_pdftoppm = pytest.mark.skipif(
    PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed: cannot rasterise pages"
)


@functools.cache
def sheet(language: str, paper: Paper = "a4") -> RenderedSheet:
    """The bundled sample sheet, rendered the way the app renders it."""
    catalogue = load_default()
    pack = load_pack(language, catalogue)
    official = load_pack("en", catalogue)
    request = sample_request(pack, catalogue, paper=paper)
    return render_sheet(request, pack, official, catalogue, key=SAMPLE_KEY)


def pdf_printer(output: Path, paper: Paper = "a4") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setOutputFileName(str(output))
    return printer


def page_sizes(path: Path) -> list[QSizeF]:
    """Page sizes (points) of a PDF file, read with QtPdf."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready, document.error()
    sizes = [document.pagePointSize(page) for page in range(document.pageCount())]
    document.close()
    return sizes


# --- page images ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Gray:
    """An 8-bit grey page image (255 is white)."""

    width: int
    height: int
    pixels: bytes

    def share(self, low: int, high: int) -> float:
        """Fraction of pixels with a value in [low, high]."""
        return sum(self.pixels.count(value) for value in range(low, high + 1)) / len(self.pixels)

    def ink_box(self, below: int = 200) -> tuple[int, int, int, int] | None:
        """(left, top, right, bottom) of the pixels darker than ``below``, in pixels."""
        ink = bytes(range(below))
        rows = [
            y
            for y in range(self.height)
            if self._row(y).translate(None, ink) != self._row(y)  # some ink in the row
        ]
        if not rows:
            return None
        columns = [
            x
            for x in range(self.width)
            if min(self.pixels[x + rows[0] * self.width :: self.width]) < below
        ]
        return columns[0], rows[0], columns[-1] + 1, rows[-1] + 1

    def ink(self) -> tuple[float, float, float]:
        """Total darkness (in fully black pixels) and its centre (x, y, in pixels).

        Paper white is 254 or 255 depending on the route (a page image or vector drawing):
        anything that light counts as no ink at all.
        """
        pixels = self.pixels.translate(PAPER_WHITE)
        rows = [255 * self.width - sum(pixels[y * self.width : (y + 1) * self.width])
                for y in range(self.height)]  # fmt: skip
        columns = [255 * self.height - sum(pixels[x :: self.width]) for x in range(self.width)]
        total = sum(rows)
        assert total > 0
        centre_x = sum((x + 0.5) * dark for x, dark in enumerate(columns)) / total
        centre_y = sum((y + 0.5) * dark for y, dark in enumerate(rows)) / total
        return total / 255, centre_x, centre_y

    def _row(self, y: int) -> bytes:
        return self.pixels[y * self.width : (y + 1) * self.width]


def rasterise(pdf: Path, into: Path) -> list[Gray]:
    """Every page of ``pdf`` as a grey image at RASTER_DPI, drawn by poppler (not by QtPdf)."""
    assert PDFTOPPM is not None
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [PDFTOPPM, "-r", str(RASTER_DPI), "-gray", str(pdf), str(into / "page")],
        check=True,
        capture_output=True,
    )
    return [read_pgm(path) for path in sorted(into.glob("page-*.pgm"))]


def read_pgm(path: Path) -> Gray:
    data = path.read_bytes()
    fields = data.split(maxsplit=4)
    assert fields[0] == b"P5", path
    width, height, maximum = int(fields[1]), int(fields[2]), int(fields[3])
    assert maximum == 255
    pixels = fields[4][: width * height]
    assert len(pixels) == width * height
    return Gray(width, height, pixels)


class Placement:
    """Where a page of ``source`` size lands on ``paper`` (points): scaled to fit, centred."""

    def __init__(self, source: QSizeF, paper: QSizeF) -> None:
        self.scale = min(paper.width() / source.width(), paper.height() / source.height())
        self.left = (paper.width() - source.width() * self.scale) / 2
        self.top = (paper.height() - source.height() * self.scale) / 2

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A point of the source raster (pixels) on the paper (points)."""
        to_points = POINTS / RASTER_DPI
        return self.left + x * to_points * self.scale, self.top + y * to_points * self.scale


# --- printing ------------------------------------------------------------------------------


@needs_pdftoppm
@pytest.mark.parametrize(
    ("language", "sheet_paper", "printer_paper"),
    [
        ("en", "a4", "a4"),
        ("ar", "a4", "a4"),
        ("hi", "a4", "a4"),
        ("en", "letter", "letter"),
        ("ar", "letter", "letter"),
        ("hi", "letter", "letter"),
        ("ar", "a4", "letter"),  # a sheet made for other paper is scaled to fit, never cut
        ("hi", "letter", "a4"),
    ],
)
def test_printed_pages_are_whole_and_neither_blank_nor_black(
    qtbot: QtBot, tmp_path: Path, language: str, sheet_paper: Paper, printer_paper: Paper
) -> None:
    rendered = sheet(language, sheet_paper)
    source_pdf = tmp_path / "source.pdf"
    source_pdf.write_bytes(rendered.pdf)
    printed_pdf = tmp_path / "printed.pdf"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    printed = print_pdf(rendered.pdf, pdf_printer(printed_pdf, printer_paper), progress=progress)

    assert printed == rendered.pages
    assert seen == [(done, rendered.pages) for done in range(rendered.pages + 1)]
    paper = QPageSize(PAGE_SIZES[printer_paper]).size(QPageSize.Unit.Point)
    printed_sizes = page_sizes(printed_pdf)
    assert len(printed_sizes) == rendered.pages
    for size in printed_sizes:
        assert abs(size.width() - paper.width()) < 1
        assert abs(size.height() - paper.height()) < 1
    source_size = page_sizes(source_pdf)[0]
    sources = rasterise(source_pdf, tmp_path / "source")
    pages = rasterise(printed_pdf, tmp_path / "printed")
    assert len(pages) == len(sources) == rendered.pages
    clear = CLEAR_MM / 25.4 * POINTS
    tolerance = 2.5 * POINTS / RASTER_DPI  # two and a half pixels of the page images
    to_points = POINTS / RASTER_DPI
    for number, (page, source) in enumerate(zip(pages, sources, strict=True), start=1):
        where = f"{language} {sheet_paper} on {printer_paper}, page {number}"
        assert page.share(0, 127) > 0.002, f"{where} is blank"
        assert page.share(230, 255) > 0.80, f"{where} is dark (transparent printed black?)"
        box = page.ink_box()
        source_box = source.ink_box()
        assert box is not None, where
        assert source_box is not None, where
        left, top, right, bottom = (value * to_points for value in box)
        assert left > clear, f"{where}: ink at {left:.0f} pt from the left edge"
        assert top > clear, f"{where}: ink at {top:.0f} pt from the top edge"
        assert paper.width() - right > clear, f"{where}: ink too close to the right edge"
        assert paper.height() - bottom > clear, f"{where}: ink too close to the bottom edge"
        # The printed ink covers what the sheet's page holds, placed as planned: nothing cut
        # off or shifted, and at 100 % when the paper sizes match (then scale is 1).
        place = Placement(source_size, paper)
        want_left, want_top = place.point(source_box[0], source_box[1])
        want_right, want_bottom = place.point(source_box[2], source_box[3])
        for got, want in zip(
            (left, top, right, bottom), (want_left, want_top, want_right, want_bottom), strict=True
        ):
            assert abs(got - want) <= tolerance, f"{where}: ink box {box}, source {source_box}"
        # The same page, not just the same outline: as much ink, centred in the same place.
        ink, centre_x, centre_y = page.ink()
        source_ink, source_x, source_y = source.ink()
        want_x, want_y = place.point(source_x, source_y)
        assert abs(centre_x * to_points - want_x) < 6, f"{where}: ink centre moved"
        assert abs(centre_y * to_points - want_y) < 6, f"{where}: ink centre moved"
        assert ink == pytest.approx(source_ink * place.scale**2, rel=0.08), where


def test_cancelling_after_the_first_page(qtbot: QtBot, tmp_path: Path) -> None:
    rendered = sheet("en")
    assert rendered.pages > 1
    output = tmp_path / "printed.pdf"
    printed = print_pdf(
        rendered.pdf, pdf_printer(output), dpi=72, progress=lambda done, _total: done < 1
    )
    assert printed == 1
    assert len(page_sizes(output)) == 1  # the page already sent is a whole, valid page


def test_cancelling_before_the_first_page_starts_no_job(qtbot: QtBot, tmp_path: Path) -> None:
    output = tmp_path / "printed.pdf"
    assert print_pdf(sheet("en").pdf, pdf_printer(output), progress=lambda *_: False) == 0
    assert not output.exists()


def test_page_range_and_copies_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    rendered = sheet("ar")
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(rendered.pdf, printer, dpi=72) == 2
    assert len(page_sizes(tmp_path / "range.pdf")) == 2

    printer = pdf_printer(tmp_path / "copies.pdf")
    printer.setCopyCount(2)
    expected = rendered.pages * (1 if printer.supportsMultipleCopies() else 2)
    assert print_pdf(rendered.pdf, printer, dpi=72) == expected
    assert len(page_sizes(tmp_path / "copies.pdf")) == expected


def test_a_damaged_pdf_is_a_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    damaged = sheet("en").pdf[:400]  # the header and the start of the record's text
    output = tmp_path / "printed.pdf"
    with pytest.raises(PrintError, match="damaged or incomplete") as caught:
        print_pdf(damaged, pdf_printer(output))
    assert "Farida" not in str(caught.value)
    assert not output.exists()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_a_clear_message(qtbot: QtBot, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    with pytest.raises(PrintError, match="printer could not be started"):
        print_pdf(sheet("en").pdf, printer)


def test_choose_printer_without_a_printer_offers_save_pdf(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "printer_installed", lambda: False)
    with pytest.raises(NoPrinter, match="Save PDF"):
        printing.choose_printer_and_print(None, sheet("en").pdf)


def test_choose_printer_prints_what_the_dialog_says(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = sheet("hi")
    output = tmp_path / "printed.pdf"
    offered: list[tuple[int, int, bool]] = []

    def officer_picks_pages_2_to_4(dialog: QPrintDialog) -> int:
        offered.append(
            (
                dialog.minPage(),
                dialog.maxPage(),
                dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile),
            )
        )
        chosen = dialog.printer()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(output))
        chosen.setPrintRange(QPrinter.PrintRange.PageRange)
        chosen.setFromTo(2, 4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "printer_installed", lambda: True)
    monkeypatch.setattr(QPrintDialog, "exec", officer_picks_pages_2_to_4)
    job = printing.choose_printer_and_print(None, rendered.pdf)
    assert job is not None
    assert offered == [(1, rendered.pages, False)]  # every page offered; no "print to file"
    with qtbot.waitSignal(job.printed, timeout=30_000) as printed:
        pass
    assert printed.args == [3]
    assert len(page_sizes(output)) == 3

    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    assert printing.choose_printer_and_print(None, rendered.pdf) is None


def test_save_pdf_as(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = sheet("en").pdf
    answers = [str(tmp_path / "sheet"), "", str(tmp_path / "missing" / "sheet.pdf")]

    def ask(*_args: object) -> tuple[str, str]:
        return answers.pop(0), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    saved = save_pdf_as(None, data, "sheet.pdf")
    assert saved == tmp_path / "sheet.pdf"
    assert saved.read_bytes() == data
    assert save_pdf_as(None, data, "sheet.pdf") is None  # cancelled
    with pytest.raises(PrintError, match="could not be saved") as caught:
        save_pdf_as(None, data, "sheet.pdf")
    assert "Farida" not in str(caught.value)
    assert not (tmp_path / "missing").exists()


# --- pages in bands, cut across bare paper ---------------------------------------------------


def page_image(rows: str, width: int = 40) -> QImage:
    """A Format_RGB32 page image on white, one text row per character: '#' a row with ink."""
    image = QImage(width, len(rows), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for row, kind in enumerate(rows):
        if kind == "#":
            image.setPixelColor(width // 2, row, QColor(Qt.GlobalColor.black))
    return image


def assert_cut_across_paper(image: QImage, bands: list[tuple[int, int]]) -> None:
    """The bands cover the image in order, and every cut has bare paper on both sides."""
    assert bands[0][0] == 0
    assert bands[-1][1] == image.height()
    for (_, bottom), (top, _) in itertools.pairwise(bands):
        assert bottom == top
    white = QColor(Qt.GlobalColor.white)
    for _, cut in bands[:-1]:
        for row in range(cut - BLANK_RUN // 2, cut + BLANK_RUN // 2):
            assert all(image.pixelColor(x, row) == white for x in range(image.width())), cut


def test_bands_are_cut_only_across_bare_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "BAND_PIXELS", 40 * 30)  # at most 30 rows of 40 pixels
    text = ("#" * 12 + "." * 9) * 10  # twelve rows of ink, then nine of paper
    bands = printing._bands(page_image(text))
    assert_cut_across_paper(page_image(text), bands)
    assert len(bands) > 5
    assert all(bottom - top <= 30 for top, bottom in bands)

    # Bare paper too thin to cut across (fewer than BLANK_RUN rows) is never cut.
    thin = ("#" * 12 + "." * (BLANK_RUN - 1)) * 10
    assert printing._bands(page_image(thin)) == [(0, len(thin))]

    # No paper within reach: the band runs on to the next stretch of paper.
    late = "#" * 50 + "." * 10 + "#" * 20
    bands = printing._bands(page_image(late))
    assert_cut_across_paper(page_image(late), bands)
    assert bands == [(0, 54), (54, 80)]


@pytest.mark.parametrize("language", ["en", "ar", "hi"])
def test_real_sheets_go_to_the_printer_in_small_bands(language: str) -> None:
    document = QPdfDocument()
    array, buffer = printing.load_pdf(document, sheet(language).pdf)
    try:
        for page in range(document.pageCount()):
            image = printing._page_image(document, page, printing.INTERACTIVE_DPI)
            bands = printing._bands(image)
            assert_cut_across_paper(image, bands)
            # Small enough to keep each call into the print engine short (see BAND_PIXELS).
            assert all((bottom - top) * image.width() <= BAND_PIXELS for top, bottom in bands)
    finally:
        printing.release_pdf(document, array, buffer)


# --- printing from the window: a job on a thread of its own -------------------------------


class HeldPrint:
    """``printing.print_pdf`` as the job runs it, noting the thread it runs on, and (when
    held) stopping after the first page until the test releases it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, hold: bool) -> None:
        self.first_page_sent = threading.Event()
        self.on_gui_thread: list[bool] = []
        self._go_on = threading.Event()
        if not hold:
            self._go_on.set()
        real = printing.print_pdf

        def held(
            data: bytes,
            printer: QPrinter,
            *,
            dpi: int = 300,
            progress: Callable[[int, int], bool] | None = None,
        ) -> int:
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())

            def report(done: int, total: int) -> bool:
                if done == 1:
                    self.first_page_sent.set()
                    self._go_on.wait(60)
                return progress is None or progress(done, total)

            return real(data, printer, dpi=dpi, progress=report)

        monkeypatch.setattr(printing, "print_pdf", held)

    def release(self) -> None:
        self._go_on.set()


@dataclass
class Outcome:
    """What a print job said, in order."""

    progress: list[tuple[int, int]]
    printed: list[int]
    cancelled: list[int]
    failed: list[object]

    @classmethod
    def of(cls, job: PrintJob) -> Outcome:
        outcome = cls([], [], [], [])
        job.progressed.connect(lambda done, total: outcome.progress.append((done, total)))
        job.printed.connect(outcome.printed.append)
        job.cancelled.connect(outcome.cancelled.append)
        job.failed.connect(outcome.failed.append)
        return outcome


@pytest.fixture
def held_print(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldPrint]:
    held = HeldPrint(monkeypatch, hold=True)
    yield held
    held.release()  # never leave a job's thread waiting, whatever the test did


def test_the_window_prints_on_a_thread_of_its_own(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = sheet("en")
    watched = HeldPrint(monkeypatch, hold=False)
    window = QWidget()
    qtbot.addWidget(window)
    output = tmp_path / "printed.pdf"
    job = start_printing(window, rendered.pdf, pdf_printer(output), dpi=72)
    outcome = Outcome.of(job)
    assert window.findChildren(QProgressDialog)  # the officer can see it and cancel
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert watched.on_gui_thread == [False]
    assert outcome.progress == [(done, rendered.pages) for done in range(rendered.pages + 1)]
    assert outcome.printed == [rendered.pages]
    assert outcome.cancelled == outcome.failed == []
    assert len(page_sizes(output)) == rendered.pages
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])  # gone with the job


def test_cancel_in_the_progress_dialog_stops_after_the_page_in_hand(
    qtbot: QtBot, tmp_path: Path, held_print: HeldPrint
) -> None:
    rendered = sheet("en")
    window = QWidget()
    qtbot.addWidget(window)
    output = tmp_path / "printed.pdf"
    job = start_printing(window, rendered.pdf, pdf_printer(output), dpi=72)
    outcome = Outcome.of(job)
    qtbot.waitUntil(held_print.first_page_sent.is_set, timeout=60_000)
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    with qtbot.waitSignal(job.ended, timeout=60_000):
        cancel_button.click()
        held_print.release()
    assert outcome.cancelled == [1]
    assert outcome.printed == outcome.failed == []
    assert len(page_sizes(output)) == 1  # the page already sent is a whole, valid page


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_reported_by_the_job(qtbot: QtBot, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    job = start_printing(None, sheet("en").pdf, printer)
    outcome = Outcome.of(job)
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert [type(error) for error in outcome.failed] == [PrintError]
    assert "printer could not be started" in str(outcome.failed[0])
    assert outcome.printed == outcome.cancelled == []


def test_a_bug_in_the_job_is_raised_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(printing, "print_pdf", broken)
    job = start_printing(None, sheet("en").pdf, pdf_printer(tmp_path / "printed.pdf"))
    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert [str(error) for _type, error, _trace in exceptions] == ["a bug"]


@pytest.fixture
def window_with_cases(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> Iterator[MainWindow]:
    """The main window on a profile with synthetic cases, unlocked."""
    root = tmp_path / "profiles"
    profile, store = Profile.create(
        root, catalogue, officer_name="Grace Officer", office="North Office",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    fill(store, catalogue, 40, seed=7, today=dt.date.today())
    profile.lock(store)
    window = MainWindow(
        ImmediateRunner(), Profiles(root, catalogue), catalogue, auto_lock_minutes=5,
        kdf=cheap_kdf(),
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.ui.unlock_button.click()
    yield window
    window.lock()


def test_locking_during_a_print_cancels_it_cleanly(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    window_with_cases: MainWindow,
    held_print: HeldPrint,
) -> None:
    window = window_with_cases
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.filter_combo.setCurrentIndex(
        workspace.ui.filter_combo.findData("explanation_pending")
    )
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=5000)
    workspace.ui.caseload_view.selectRow(0)
    workspace.case_page.ui.explain_button.click()
    wizard = workspace.wizard
    assert wizard is not None
    wizard.next_step()
    while wizard.ui.pages.currentIndex() == CONDITION:
        wizard.ui.explained_check.setChecked(True)
        wizard.next_step()
    assert wizard.ui.pages.currentIndex() == RIGHTS
    wizard.ui.rights_check.setChecked(True)
    wizard.ui.breach_check.setChecked(True)
    wizard.next_step()
    wizard.next_step()
    assert wizard.ui.pages.currentIndex() == SHEET, wizard.ui.status_label.text()
    qtbot.waitUntil(wizard.ui.print_button.isEnabled, timeout=30_000)

    output = tmp_path / "printed.pdf"
    jobs: list[PrintJob] = []
    outcomes: list[Outcome] = []

    def to_pdf(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted

    def watched_start(*args: object, **kwargs: object) -> PrintJob:
        job = real_start(*args, **kwargs)  # type: ignore[arg-type]
        jobs.append(job)
        outcomes.append(Outcome.of(job))
        return job

    real_start = printing.start_printing
    monkeypatch.setattr(printing, "printer_installed", lambda: True)
    monkeypatch.setattr(QPrintDialog, "exec", to_pdf)
    monkeypatch.setattr(printing, "start_printing", watched_start)
    wizard.ui.print_button.click()
    qtbot.waitUntil(held_print.first_page_sent.is_set, timeout=60_000)

    # The first page is on its way; the officer locks (or closes) the window.
    window.lock()
    assert window.workspace is None
    qtbot.wait(50)  # the workspace, the wizard and the progress dialog are deleted now
    [job] = jobs
    with qtbot.waitSignal(job.ended, timeout=60_000):
        held_print.release()
    assert outcomes[0].cancelled == [1]
    assert outcomes[0].printed == outcomes[0].failed == []
    assert len(page_sizes(output)) == 1  # a whole, valid page; no half-written job
    assert window.stack.currentWidget() is window.lock_page


QUIT_DURING_A_PRINT = """
import sys
from pathlib import Path
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from tokyo_desk.gui.printing import start_printing

app = QApplication([])
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
printer.setOutputFileName(sys.argv[2])
job = start_printing(None, Path(sys.argv[1]).read_bytes(), printer)
job.progressed.connect(lambda done, total: app.quit())  # quit as soon as the job has begun
job.printed.connect(lambda pages: print("printed", pages))
app.exec()
print("quit cleanly")
"""


def test_quitting_during_a_print_waits_for_the_page_in_hand(tmp_path: Path) -> None:
    source = tmp_path / "sheet.pdf"
    source.write_bytes(sheet("en").pdf)
    output = tmp_path / "printed.pdf"
    result = subprocess.run(
        [sys.executable, "-c", QUIT_DURING_A_PRINT, str(source), str(output)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "QThread" not in result.stderr  # "destroyed while thread is still running"
    assert result.stdout.splitlines() == ["quit cleanly"]  # stopped, not run to the end
    assert 1 <= len(page_sizes(output)) < sheet("en").pages


# --- PRN-1: nothing written while previewing or printing ---------------------------------------


def files_under(root: Path) -> dict[Path, tuple[int, int]]:
    """Every file below ``root`` with its modification time and size."""
    found: dict[Path, tuple[int, int]] = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder, name)
            try:
                status = path.lstat()
            except FileNotFoundError:  # gone between listing and looking
                continue
            found[path] = (status.st_mtime_ns, status.st_size)
    return found


def test_prn1_preview_and_print_write_no_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = sheet("ar")
    # A private temporary folder and working directory, so that the snapshots see only what
    # this test does (other tests and programs share the system's /tmp and the checkout).
    private_tmp = tmp_path / "tmp"
    work = tmp_path / "cwd"
    home = Path(os.environ["TOKYO_DESK_HOME"])
    for folder in (private_tmp, work, home):
        folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(work)
    roots = [tmp_path, home, Path(tempfile.gettempdir()), Path.cwd()]
    assert Path(tempfile.gettempdir()) == private_tmp
    output = tmp_path / "printer" / "printed.pdf"
    output.parent.mkdir()
    before = {root: files_under(root) for root in roots}

    preview = SheetPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 900)
    preview.show()
    preview.set_pdf(rendered.pdf)
    qtbot.wait(150)  # the view renders its pages on its own schedule
    preview.zoom_in()
    preview.view.verticalScrollBar().setValue(preview.view.verticalScrollBar().maximum())
    qtbot.wait(150)
    assert print_pdf(rendered.pdf, pdf_printer(output)) == rendered.pages
    preview.clear()
    qtbot.wait(50)

    for root in roots:
        after = files_under(root)
        new_or_changed = {path for path, state in after.items() if before[root].get(path) != state}
        removed = set(before[root]) - set(after)
        allowed = {output} if output.is_relative_to(root) else set()
        assert new_or_changed == allowed, f"written under {root}: {new_or_changed - allowed}"
        assert not removed, f"removed under {root}: {removed}"


# --- the preview ---------------------------------------------------------------------------


def test_preview_shows_every_page_and_zooms(qtbot: QtBot) -> None:
    rendered = sheet("hi")
    preview = SheetPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 900)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_label.text() == "No sheet"
    assert not preview.zoom_in_button.isEnabled()

    preview.set_pdf(rendered.pdf)
    assert preview.page_count() == rendered.pages
    assert preview.page_label.text() == f"Page 1 of {rendered.pages}"
    bar = preview.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(
        lambda: preview.page_label.text() == f"Page {rendered.pages} of {rendered.pages}"
    )

    assert preview.zoom_in_button.accessibleName() == "Zoom in"
    assert preview.zoom_out_button.accessibleName() == "Zoom out"
    assert QKeySequence("Ctrl++") in preview.zoom_in_action.shortcuts()
    assert QKeySequence("Ctrl+-") in preview.zoom_out_action.shortcuts()
    preview.activateWindow()
    qtbot.waitActive(preview)
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    fitted = preview.zoom()
    QTest.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom() == pytest.approx(fitted * 1.25)
    # Zooming in from "fit to width" makes the page a quarter wider than the visible width,
    # so the computed starting zoom agrees with the one QPdfView used.
    margins = preview.view.documentMargins()
    visible = preview.view.viewport().width() - margins.left() - margins.right()
    assert preview.view.horizontalScrollBar().maximum() == pytest.approx(visible / 4, abs=3)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == pytest.approx(fitted / 1.25)
    preview.zoom_in_button.click()
    assert preview.zoom() == pytest.approx(fitted)
    preview.fit_width()
    assert preview.zoom() == pytest.approx(fitted)


def test_preview_clear_releases_the_document(qtbot: QtBot) -> None:
    preview = SheetPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.set_pdf(sheet("en").pdf)
    preview.set_pdf(sheet("ar").pdf)  # the next sheet replaces the first, which is let go
    assert len(preview.findChildren(QBuffer)) == 1
    assert preview.page_count() == sheet("ar").pages
    qtbot.wait(50)

    preview.clear()
    assert preview.document().status() == QPdfDocument.Status.Null
    assert preview.document().pageCount() == 0
    assert preview.findChildren(QBuffer) == []  # the bytes went with their buffer
    assert preview.page_label.text() == "No sheet"
    assert not preview.zoom_in_button.isEnabled()
    assert not preview.zoom_out_button.isEnabled()


def test_preview_refuses_a_damaged_pdf_and_stays_empty(qtbot: QtBot) -> None:
    preview = SheetPreview()
    qtbot.addWidget(preview)
    with pytest.raises(PrintError, match="damaged"):
        preview.set_pdf(b"%PDF-1.4 not really")
    assert preview.page_count() == 0
    assert preview.findChildren(QBuffer) == []
