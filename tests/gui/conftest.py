"""Fixtures shared by the window tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from tokyo_desk.gui import explanation_wizard as wizard_module
from tokyo_desk.gui.printing import PrintJob, start_printing


@pytest.fixture
def printed_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The print dialog is the system's: here the wizard prints to a PDF-format QPrinter in
    tmp_path, through the same printing code, and the list holds the files it wrote."""
    outputs: list[Path] = []

    def to_pdf_printer(parent: QWidget, data: bytes) -> PrintJob:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        target = tmp_path / f"printed-{len(outputs)}.pdf"
        printer.setOutputFileName(str(target))
        outputs.append(target)
        return start_printing(parent, data, printer, dpi=100)  # on the job's thread

    monkeypatch.setattr(wizard_module, "choose_printer_and_print", to_pdf_printer)
    return outputs
