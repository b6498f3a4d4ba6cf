"""Printing sheets from memory, and the explicit "save PDF" for when there is no printer.

The sheet never touches the disk on its way to the printer: the PDF bytes are read by
``QPdfDocument`` through a ``QBuffer``, each page is rendered into an image and painted onto the
``QPrinter`` (``design/sheets.md``, "Printing from the app").  From the window all of that runs
on a thread of its own (``print_worker.PrintJob``); ``print_pdf`` itself works on whichever
thread calls it and uses Qt objects of its own only.  ``QPdfDocument.render()`` gives a
transparent background, which many printers print black, so every page is first composed onto
white.  Pages are placed on the whole sheet of paper (full-page mode): a sheet made in the
printer's paper size prints at 100 %, and its own 12-15 mm margins keep clear of the printer's
unprintable edges; a sheet in another paper size is scaled down to fit, never cropped.

Messages and log lines name pages and counts, never what the sheet says.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
)
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QWidget

from tokyo_desk.errors import UserError
from tokyo_desk.gui.print_worker import PrintJob, Progress

log = logging.getLogger(__name__)

POINTS_PER_INCH = 72
# Printing from the window: 10 pt text and the QR code print sharply at 200 dpi (looked at).
INTERACTIVE_DPI = 200
# Pages are painted on the print job's thread, but PySide6 holds Python's lock (the GIL) for
# the whole of every Qt call, so the window cannot run any Python code while the job's thread
# hands an image to the print engine: 70-140 ms for a whole A4 page at 200 dpi (measured).
# So each page goes to the engine in bands of at most BAND_PIXELS pixels (about a fifth of
# that page, 15-30 ms).  A band is cut only in the middle of BLANK_RUN or more rows of bare
# paper: viewers and drivers resample each band on its own and smudge its edges, which cannot
# show where there is nothing but paper (bands cut through text showed seams; looked at).
BAND_PIXELS = 800_000
BLANK_RUN = 8


class PrintError(UserError):
    """The sheet could not be opened, printed or saved."""

    code = "print"


class NoPrinter(PrintError):
    """No printer is installed: the officer can save the PDF instead."""

    code = "no_printer"


# --- the PDF in memory -----------------------------------------------------------------------


def load_pdf(
    document: QPdfDocument, data: bytes, parent: QObject | None = None
) -> tuple[QByteArray, QBuffer]:
    """Load ``data`` into ``document`` from memory; keep the returned pair alive while it is open.

    The document reads from the buffer whenever it renders a page, so the buffer (and the
    byte array under it) must outlive it; ``release_pdf`` closes and wipes them.
    """
    array = QByteArray(data)
    buffer = QBuffer(array, parent)
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        raise PrintError("The sheet could not be opened: there is not enough memory.")
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        reason = document.error().name
        release_pdf(document, array, buffer)
        log.warning("a sheet PDF could not be loaded (%s, %d bytes)", reason, len(data))
        raise PrintError("The sheet could not be opened: the PDF is damaged or incomplete.")
    return array, buffer


def release_pdf(document: QPdfDocument, array: QByteArray | None, buffer: QBuffer | None) -> None:
    """Close ``document``, then overwrite and free the bytes it was read from."""
    document.close()
    if buffer is not None:
        buffer.close()
        buffer.setParent(None)
    if array is not None:
        array.fill(0)  # our copy of the record content is zeroed before it is freed
        array.clear()


# --- printing --------------------------------------------------------------------------------


def print_pdf(
    data: bytes,
    printer: QPrinter,
    *,
    dpi: int = 300,
    progress: Progress | None = None,
) -> int:
    """Print every page of ``data`` (or the printer's page range) on ``printer``; pages printed.

    Runs on the calling thread, which must have ``printer`` to itself until this returns.
    ``progress(done, total)`` is called before the first page and after each page; when it
    returns False printing stops cleanly after the pages already sent (those come out of the
    printer).  The printer is put into full-page mode (see the module notes).  Copies are left
    to the printer when it can make them and printed one after another when it cannot.
    """
    if dpi < 36 or dpi > 1200:
        raise ValueError(f"dpi must be between 36 and 1200, not {dpi}")
    document = QPdfDocument()
    array, buffer = load_pdf(document, data)
    try:
        order = list(_page_order(document.pageCount(), printer))
        total = len(order)
        if progress is not None and not progress(0, total):
            log.info("printing cancelled before the first page")
            return 0
        return _paint_pages(document, printer, order, dpi, progress)
    finally:
        release_pdf(document, array, buffer)


def _page_order(count: int, printer: QPrinter) -> Iterator[int]:
    """Page indexes (0-based) in the order they go to the printer: range, copies, collation."""
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(printer.fromPage(), count) - 1
        last = min(max(printer.toPage(), printer.fromPage()), count) - 1
    pages = range(first, last + 1)
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        for _ in range(copies):
            yield from pages
    else:
        for page in pages:
            for _ in range(copies):
                yield page


def _paint_pages(
    document: QPdfDocument,
    printer: QPrinter,
    order: list[int],
    dpi: int,
    progress: Progress | None,
) -> int:
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            "The printer could not be started. Check that it is switched on and connected, "
            "or choose another printer."
        )
    done = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        paper = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in order:
            if done > 0 and not printer.newPage():
                raise PrintError(f"The printer stopped after {done} of {len(order)} pages.")
            image = _page_image(document, page, dpi)
            place = _fit(image.size(), paper)
            scale = place.height() / image.height()
            for top, bottom in _bands(image):
                painter.drawImage(
                    QRectF(
                        place.left(),
                        place.top() + top * scale,
                        place.width(),
                        (bottom - top) * scale,
                    ),
                    image,
                    QRectF(0, top, image.width(), bottom - top),
                )
            done += 1
            if progress is not None and not progress(done, len(order)) and done < len(order):
                log.info("printing cancelled after %d of %d pages", done, len(order))
                break
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError("The printer reported an error; the sheet may not have been printed.")
    log.info("printed %d pages", done)
    return done


def _page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """The page at ``dpi`` on an opaque white background."""
    points = document.pagePointSize(page)
    size = QSize(
        max(1, round(points.width() * dpi / POINTS_PER_INCH)),
        max(1, round(points.height() * dpi / POINTS_PER_INCH)),
    )
    rendered = document.render(page, size)
    if rendered.isNull():
        raise PrintError("A page of the sheet could not be prepared: there is not enough memory.")
    white = QImage(rendered.size(), QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    composer = QPainter(white)
    composer.drawImage(0, 0, rendered)
    composer.end()
    return white


def _bands(image: QImage) -> list[tuple[int, int]]:
    """Row ranges (top, bottom) that cover ``image`` in order, cut only across bare paper.

    Each band holds at most ``BAND_PIXELS`` pixels unless no blank stretch is in reach; then
    it runs to the next one below (or to the bottom of the page).
    """
    height = image.height()
    most = max(BLANK_RUN, BAND_PIXELS // image.width())
    blank = _BlankRows(image)
    bands: list[tuple[int, int]] = []
    top = 0
    while height - top > most:
        cut = blank.cut_above(top + most, top)
        if cut is None:
            cut = blank.cut_below(top + most, height)
        if cut is None:
            break
        bands.append((top, cut))
        top = cut
    bands.append((top, height))
    return bands


class _BlankRows:
    """Finds stretches of bare paper in a page image (``Format_RGB32`` on white)."""

    def __init__(self, image: QImage) -> None:
        assert image.format() == QImage.Format.Format_RGB32
        self._pixels = image.constBits()  # read in place: no copy of the page
        self._line = image.bytesPerLine()
        self._white = b"\xff" * (4 * image.width())

    def is_blank(self, row: int) -> bool:
        """True when the row is bare paper, white from edge to edge."""
        start = row * self._line
        return self._pixels[start : start + len(self._white)] == self._white

    def cut_above(self, start: int, floor: int) -> int | None:
        """The lowest row between ``floor`` and ``start`` with BLANK_RUN // 2 blank rows on
        either side of its top edge."""
        run = 0
        for row in range(start - 1, floor, -1):
            run = run + 1 if self.is_blank(row) else 0
            if run == BLANK_RUN:
                return row + BLANK_RUN // 2
        return None

    def cut_below(self, start: int, end: int) -> int | None:
        """The same, but the highest such row between ``start`` and ``end``."""
        run = 0
        for row in range(start, end):
            run = run + 1 if self.is_blank(row) else 0
            if run == BLANK_RUN:
                return row - BLANK_RUN // 2 + 1
        return None


def _fit(size: QSize, area: QRectF) -> QRectF:
    """The largest rectangle with ``size``'s proportions that fits ``area``, centred in it."""
    scaled = QSizeF(size).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) / 2
    top = area.top() + (area.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())


# --- what the officer sees -------------------------------------------------------------------


def printer_installed() -> bool:
    """True when the system knows at least one printer."""
    return bool(QPrinterInfo.availablePrinterNames())


def choose_printer_and_print(parent: QWidget | None, data: bytes) -> PrintJob | None:
    """Ask for the printer, pages and copies, then start printing with a progress dialog.

    Returns the running job (its signals say how it ends), or None when the officer closes
    the print dialog.  Raises ``NoPrinter`` when no printer is installed (the caller offers
    ``save_pdf_as``) and ``PrintError`` when the sheet cannot be opened.
    """
    if not printer_installed():
        raise NoPrinter(
            "No printer is installed on this computer. Use “Save PDF” to keep the sheet "
            "as a file and print it elsewhere."
        )
    printer = _ask_for_printer(parent, _page_count(data))
    if printer is None:
        return None
    return start_printing(parent, data, printer)


def start_printing(
    parent: QWidget | None, data: bytes, printer: QPrinter, *, dpi: int = INTERACTIVE_DPI
) -> PrintJob:
    """Print ``data`` on ``printer`` on the job's own thread, with a cancellable progress dialog.

    ``printer`` belongs to the job from now on: nothing on this thread may touch it again.
    """

    def print_pages(progress: Progress) -> int:  # runs on the job's thread
        return print_pdf(data, printer, dpi=dpi, progress=progress)

    job = PrintJob(print_pages)
    _show_progress(parent, job)
    return job


def _ask_for_printer(parent: QWidget | None, pages: int) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QApplication.translate("printing", "Print the sheet"))
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(options.PrintToFile, False)  # files only through the audited "Save PDF"
    dialog.setOption(options.PrintSelection, False)
    dialog.setOption(options.PrintCurrentPage, False)
    dialog.setOption(options.PrintPageRange, True)
    dialog.setOption(options.PrintCollateCopies, True)
    dialog.setOption(options.PrintShowPageSize, True)
    dialog.setMinMax(1, pages)
    dialog.setPrintRange(QAbstractPrintDialog.PrintRange.AllPages)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # Gone now, not at the next turn of the event loop: the dialog keeps a pointer to the
    # printer, which the print job's thread is about to use.
    shiboken6.delete(dialog)
    return printer if accepted else None


def _show_progress(parent: QWidget | None, job: PrintJob) -> None:
    """A progress dialog whose Cancel stops ``job``; it goes away when the job ends."""
    waiting = QProgressDialog(parent)
    waiting.setWindowTitle(QApplication.translate("printing", "Printing"))
    waiting.setLabelText(QApplication.translate("printing", "Sending the sheet to the printer…"))
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(500)
    waiting.setAutoClose(False)
    waiting.setAutoReset(False)
    waiting.canceled.connect(job.cancel)  # closing counts too; a job that has ended ignores it

    # The job's signals hold these two functions, and through them the dialog: the dialog
    # lives as long as the job even without a parent.  With one, locking during a print
    # deletes the window and the dialog with it while the job finishes its page.
    def progressed(done: int, total: int) -> None:
        if shiboken6.isValid(waiting):
            waiting.setMaximum(total)
            waiting.setValue(done)

    def ended() -> None:
        if shiboken6.isValid(waiting):
            waiting.close()
            waiting.deleteLater()

    job.progressed.connect(progressed)
    job.ended.connect(ended)


def _page_count(data: bytes) -> int:
    document = QPdfDocument()
    array, buffer = load_pdf(document, data)
    try:
        return document.pageCount()
    finally:
        release_pdf(document, array, buffer)


def save_pdf_as(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Ask where to save the sheet and write it there; None when the officer cancels.

    This is the only way a sheet becomes a file: the caller records it in the audit trail.
    A file that could not be written completely is removed again.
    """
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("printing", "Save the sheet as PDF"),
        suggested_name,
        QApplication.translate("printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        handle = path.open("wb")
    except OSError as error:
        raise PrintError(f"The sheet could not be saved there: {_reason(error)}.") from None
    try:
        with handle:
            handle.write(data)
    except OSError as error:
        path.unlink(missing_ok=True)  # ours, and incomplete: never leave half a sheet behind
        raise PrintError(f"The sheet could not be saved completely: {_reason(error)}.") from None
    log.info("saved a sheet PDF (%d bytes)", len(data))
    return path


def _reason(error: OSError) -> str:
    return (error.strerror or "the file could not be written").lower()
