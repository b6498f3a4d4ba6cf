"""Printing sheets from memory, and the explicit "save PDF" for when there is no printer.

The sheet never touches the disk on its way to the printer: the PDF bytes are read by
``QPdfDocument`` through a ``QBuffer``, each page is rendered into an image and painted onto the
``QPrinter`` (``design/sheets.md``, "Printing from the app").  ``QPdfDocument.render()`` gives a
transparent background, which many printers print black, so every page is first composed onto
white.  Pages are placed on the whole sheet of paper (full-page mode): a sheet made in the
printer's paper size prints at 100 %, and its own 12-15 mm margins keep clear of the printer's
unprintable edges; a sheet in another paper size is scaled down to fit, never cropped.

Messages and log lines name pages and counts, never what the sheet says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

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

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?

POINTS_PER_INCH = 72
# Printing from the window: at 300 dpi handing a page to the print engine kept the window
# frozen about 180 ms per page (measured); at 200 dpi it is about 85 ms, under the 100 ms
# limit, and 10 pt text and the QR code still print sharply (looked at).
INTERACTIVE_DPI = 200


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
            painter.drawImage(_fit(image.size(), paper), image)
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


def choose_printer_and_print(parent: QWidget | None, data: bytes) -> bool:
    """Ask for the printer, pages and copies, then print with a cancellable progress dialog.

    Returns False when the officer cancels.  Raises ``NoPrinter`` when none is installed (the
    caller offers ``save_pdf_as``) and ``PrintError`` when printing fails.
    """
    if not printer_installed():
        raise NoPrinter(
            "No printer is installed on this computer. Use “Save PDF” to keep the sheet "
            "as a file and print it elsewhere."
        )
    pages = _page_count(data)
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
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    waiting = QProgressDialog(parent)
    waiting.setWindowTitle(QApplication.translate("printing", "Printing"))
    waiting.setLabelText(QApplication.translate("printing", "Sending the sheet to the printer…"))
    waiting.setWindowModality(Qt.WindowModality.WindowModal)
    waiting.setMinimumDuration(500)
    waiting.setAutoClose(False)
    waiting.setAutoReset(False)

    def report(done: int, total: int) -> bool:
        waiting.setMaximum(total)
        waiting.setValue(done)
        QApplication.processEvents()
        return not waiting.wasCanceled()

    try:
        print_pdf(data, printer, dpi=INTERACTIVE_DPI, progress=report)
        cancelled = waiting.wasCanceled()  # read before closing: closing counts as cancelling
    finally:
        waiting.close()
        waiting.deleteLater()
    return not cancelled


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
