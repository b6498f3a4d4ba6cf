"""End to end, as an officer on a new laptop: create a profile -> open a case -> impose a
measure with three conditions -> explain them (rule 12.3) -> print the sheet to a PDF-format
printer -> acknowledgement stored -> lock -> unlock and find the case again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import cheap_kdf
from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui import explanation_wizard as wizard_module
from tokyo_desk.gui import impose_measure_dialog as impose_module
from tokyo_desk.gui import new_case_dialog as new_case_module
from tokyo_desk.gui.explanation_wizard import ACKNOWLEDGEMENT, CONDITION, RIGHTS, SHEET
from tokyo_desk.gui.fields import to_qdate
from tokyo_desk.gui.impose_measure_dialog import ImposeMeasureDialog
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.new_case_dialog import NewCaseDialog
from tokyo_desk.gui.print_worker import PrintJob
from tokyo_desk.gui.printing import start_printing
from tokyo_desk.gui.unlock import CreateProfileDialog
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.profile import Profiles

PASSPHRASE = "copper kettle meadow 81"
CONDITIONS = ("reporting.office_visits", "curfew.night_hours", "treatment.behaviour_programme")


def page_is_printed_ink(image: QImage) -> bool:
    """Neither blank nor black: some dark pixels, mostly white paper."""
    dark = white = 0
    step = 7
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            grey = image.pixelColor(x, y).lightness()
            dark += grey < 100
            white += grey > 240
    total = (image.height() // step + 1) * (image.width() // step + 1)
    return dark > 50 and white > 0.6 * total


def test_an_officer_explains_a_new_measure_and_prints_the_sheet(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[Path] = []

    def to_pdf_printer(parent: QWidget, data: bytes) -> PrintJob:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printed.append(tmp_path / "printed.pdf")
        return start_printing(parent, data, printer, dpi=100)  # on the job's thread

    monkeypatch.setattr(wizard_module, "choose_printer_and_print", to_pdf_printer)
    monkeypatch.setattr(new_case_module, "inform", lambda *_: None)
    monkeypatch.setattr(impose_module, "inform", lambda *_: None)
    profiles = Profiles(tmp_path / "profiles", catalogue)
    runner = ImmediateRunner()
    window = MainWindow(runner, profiles, catalogue, auto_lock_minutes=5, kdf=cheap_kdf())
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert "create one" in window.unlock_page.ui.status_label.text()

    # 1. A profile for a new officer.
    create = CreateProfileDialog(runner, profiles, catalogue, kdf=cheap_kdf())
    qtbot.addWidget(create)
    create.ui.name_edit.setText("Wanjiru Kamau")
    create.ui.office_edit.setText("Kitui Probation Office")
    create.ui.passphrase_edit.setText(PASSPHRASE)
    create.ui.confirm_edit.setText(PASSPHRASE)
    create.submit()
    assert create.created is not None, create.ui.status_label.text()
    window.unlock_page.unlocked.emit(*create.created)
    workspace = window.workspace
    session = window.session
    assert workspace is not None
    assert session is not None

    # 2. A new case.
    new_case = NewCaseDialog(session, catalogue)
    qtbot.addWidget(new_case)
    new_case.ui.given_names_edit.setText("Mutua")
    new_case.ui.family_name_edit.setText("Kilonzo")
    new_case.set_language("sw", speaks=True, reads=True)
    new_case.set_language("en", speaks=True, reads=False)
    new_case.ui.preferred_combo.setCurrentIndex(new_case.ui.preferred_combo.findData("sw"))
    new_case.submit()
    assert new_case.case_id is not None, new_case.ui.status_label.text()
    workspace.after_change(new_case.case_id, "Case opened.")
    state = workspace._state
    assert state is not None
    assert state.display_name == "Mutua Kilonzo"

    # 3. A probation measure with three conditions.
    today = dt.date.today()
    impose = ImposeMeasureDialog(session, catalogue, state)
    qtbot.addWidget(impose)
    ui = impose.ui
    impose.choose_type(b.MEASURE_TYPE)
    ui.authority_edit.setText("Kitui Law Courts")
    ui.decision_reference_edit.setText("KLC/2026/77")
    ui.legal_basis_edit.setText("Probation of Offenders Act s. 4")
    ui.decision_date_edit.setDate(to_qdate(today))
    ui.start_date_edit.setDate(to_qdate(today))
    ui.end_date_check.setChecked(True)
    ui.end_date_edit.setDate(to_qdate(today + dt.timedelta(days=365)))
    for code in CONDITIONS:
        editor = impose.add_condition(code)
        assert editor.template is not None
        editor.set_values(b.sample_parameters(editor.template))
        editor.necessity_edit.setPlainText("Needed for supervision in the community.")
    impose.submit()
    assert impose.recorded is not None, ui.status_label.text()
    workspace.after_change(state.case_id, "Recorded.")
    page = workspace.case_page
    assert page.ui.explain_button.isVisible()

    # 4. The guided explanation, in Swahili, with the sheet printed.
    page.ui.explain_button.click()
    wizard = workspace.wizard
    assert wizard is not None
    w = wizard.ui
    assert w.language_combo.currentData() == "sw"
    wizard.next_step()
    while w.pages.currentIndex() == CONDITION:
        w.explained_check.setChecked(True)
        wizard.next_step()
    assert w.pages.currentIndex() == RIGHTS
    w.rights_check.setChecked(True)
    w.breach_check.setChecked(True)
    wizard.next_step()
    wizard.next_step()  # no questions; the person agrees
    assert w.pages.currentIndex() == SHEET
    assert wizard.preview.page_count() >= 1
    w.print_button.click()
    qtbot.waitUntil(lambda: wizard.draft.printed is not None and w.next_button.isEnabled())
    wizard.next_step()
    assert w.pages.currentIndex() == ACKNOWLEDGEMENT
    w.signed_radio.setChecked(True)
    wizard.next_step()
    assert wizard.recorded is not None, w.status_label.text()
    assert workspace.wizard is None

    # The printed pages are real pages: neither blank nor black.
    document = QPdfDocument()
    data = QByteArray(printed[0].read_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.pageCount() >= 1
    for number in range(document.pageCount()):
        image = document.render(number, document.pagePointSize(number).toSize())
        white = QImage(image.size(), QImage.Format.Format_RGB32)
        white.fill(0xFFFFFFFF)

        painter = QPainter(white)
        painter.drawImage(0, 0, image)
        painter.end()
        assert page_is_printed_ink(white), number
    document.close()

    # The record shows it: explained, acknowledged, the sheet issued.
    state = workspace._state
    assert state is not None
    measure = next(iter(state.measures.values()))
    assert not measure.explanation_pending
    assert not page.ui.explain_button.isVisible()
    kinds = [event.kind for event in state.events]
    assert kinds.count("condition.imposed") == len(CONDITIONS)
    assert kinds[-2:] == ["document.issued", "explanation.given"]

    # 5. Lock, then unlock and find the case again.
    window.lock()
    assert window.session is None
    assert window.stack.currentWidget() is window.lock_page
    window.lock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.lock_page.ui.unlock_button.click()
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.search_edit.setText("Kilonzo")
    workspace.requery()
    assert workspace.model.rowCount() == 1
    row = workspace.model.row_at(0)
    assert row is not None
    assert not row.explanation_pending
