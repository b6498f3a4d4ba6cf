"""The guided explanation of a measure's conditions (rule 12.3: orally and in writing).

Steps: set-up (language, register, interpreter, place); one step per condition in force, with
its text in the person's and the officer's language, why it exists and how it is checked,
"explained orally" and the person's understanding; rights and what happens after a breach;
the person's questions and response; the written sheet (preview, print or save); and how the
person acknowledged it.  Finishing stores the issued document and the explanation as events
in one transaction, so either both are recorded or neither is.

Rendering runs on the PDF thread, printing on a print job's thread and store calls on the
database thread; the wizard itself only holds plain data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.state import CaseState, MeasureState
from tokyo_desk.gui.catalogue_texts import condition_title
from tokyo_desk.gui.forms.ui_explanation_wizard import Ui_ExplanationWizard
from tokyo_desk.gui.messages import translated
from tokyo_desk.gui.print_worker import PrintJob
from tokyo_desk.gui.printing import (
    NoPrinter,
    PrintError,
    choose_printer_and_print,
    save_pdf_as,
)
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.sheet_preview import SheetPreview
from tokyo_desk.gui.style import enlarge, fit_to_screen
from tokyo_desk.gui.unlock import report
from tokyo_desk.gui.worker import Runner
from tokyo_desk.sheets.from_case import (
    OfficerDetails,
    document_payload,
    issued_on_for,
    sheet_request,
)
from tokyo_desk.sheets.model import Paper, SheetCondition, SheetInterpreter, SheetRequest
from tokyo_desk.sheets.packs import (
    LanguagePack,
    available_languages,
    bundled_pack,
    pack_info,
)
from tokyo_desk.sheets.render import RenderedSheet, render_sheet
from tokyo_desk.sheets.texts import rights_texts
from tokyo_desk.store.case_store import CaseStore, Recorded

OFFICIAL_LANGUAGE = "en"
SETUP, CONDITION, RIGHTS, RESPONSE, SHEET, ACKNOWLEDGEMENT = range(6)
UNDERSTANDING = (
    ("understood", QT_TRANSLATE_NOOP("ExplanationWizard", "Yes, fully")),
    ("partly", QT_TRANSLATE_NOOP("ExplanationWizard", "Partly")),
    ("not_understood", QT_TRANSLATE_NOOP("ExplanationWizard", "No")),
)
INTERPRETER_MODES = (
    ("in_person", QT_TRANSLATE_NOOP("ExplanationWizard", "In person")),
    ("telephone", QT_TRANSLATE_NOOP("ExplanationWizard", "By telephone")),
    ("video", QT_TRANSLATE_NOOP("ExplanationWizard", "By video")),
    ("sign_language", QT_TRANSLATE_NOOP("ExplanationWizard", "Sign language")),
)
RELATIONSHIPS = (
    ("professional", QT_TRANSLATE_NOOP("ExplanationWizard", "Professional interpreter")),
    ("relative", QT_TRANSLATE_NOOP("ExplanationWizard", "A relative of the person")),
    ("child", QT_TRANSLATE_NOOP("ExplanationWizard", "A child")),
    ("other", QT_TRANSLATE_NOOP("ExplanationWizard", "Someone else")),
)
RESPONSES = (
    ("agrees", QT_TRANSLATE_NOOP("ExplanationWizard", "Understands and accepts the conditions")),
    ("disagrees", QT_TRANSLATE_NOOP("ExplanationWizard", "Disagrees with the conditions")),
    ("could_not_answer", QT_TRANSLATE_NOOP("ExplanationWizard", "Could not answer")),
)
PAPERS = (("a4", "A4"), ("letter", "Letter"))


def isolated(code: str) -> str:
    """A code kept as one left-to-right unit inside a sentence of any direction (UAX #9
    isolate): in Arabic its full stop otherwise jumps to the wrong end."""
    return f"\u2066{code}\u2069"


@dataclass
class ConditionAnswer:
    explained_orally: bool = False
    understanding: str = "understood"


@dataclass
class Printed:
    """The sheet as it was last printed or saved, to be recorded on finishing."""

    request: SheetRequest
    sheet: RenderedSheet
    issued_at: dt.datetime  # when it was rendered: its date is the one the code signs
    copies: int = 1


@dataclass
class Draft:
    """Everything the officer has entered so far (plain data)."""

    answers: list[ConditionAnswer] = field(default_factory=list)
    printed: Printed | None = None


class ExplanationWizard(QDialog):
    """Walks the officer through the explanation of one measure."""

    def __init__(
        self,
        session: Session,
        pdf_runner: Runner,
        state: CaseState,
        measure_id: str,
        catalogue: Catalogue,
        officer: OfficerDetails,
        *,
        now: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExplanationWizard()
        self.ui.setupUi(self)
        self._session = session
        self._pdf_runner = pdf_runner
        self._state = state
        self._measure: MeasureState = state.measures[measure_id]
        self._catalogue = catalogue
        self._officer = officer
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._official = bundled_pack(OFFICIAL_LANGUAGE, catalogue)
        self._conditions = list(self._measure.active_conditions)
        self.draft = Draft([ConditionAnswer() for _ in self._conditions])
        self._condition_index = 0
        self._texts: dict[tuple[str, bool], tuple[SheetCondition, ...]] = {}
        self._document_id = uuid7()  # the printed sheet's id (reprints keep it and count copies)
        self._pending_render: SheetRequest | None = None
        self._rendered: RenderedSheet | None = None
        self._render_serial = 0
        self._rendered_at = self._now()
        self._key: tuple[bytes, int] | None = None
        self._print_job: PrintJob | None = None
        self._printing: Printed | None = None  # what the running print job is printing
        self.recorded: Recorded | None = None
        self.preview = SheetPreview(self.ui.preview_container)
        self.ui.preview_layout.addWidget(self.preview)
        enlarge(self.ui.step_label, 1.3)
        enlarge(self.ui.condition_title_label, 1.15)
        for heading in (self.ui.person_text_heading, self.ui.officer_text_heading):
            enlarge(heading, 1.0)
        self._fill_choices()
        self._connect()
        self._session.call(lambda store: store.verification_key(), self._got_key, self._failed)
        self._show_page(SETUP)

    # --- set-up -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        preferred = self._state.person_value("preferred_language") or OFFICIAL_LANGUAGE
        for code in available_languages():
            info = pack_info(code)  # the pack itself is read when its language is chosen
            ui.language_combo.addItem(f"{info.native_name} ({info.name})", code)
        index = ui.language_combo.findData(preferred)
        ui.language_combo.setCurrentIndex(max(index, ui.language_combo.findData(OFFICIAL_LANGUAGE)))
        if index < 0:
            ui.status_label.setText(
                self.tr("There is no sheet in the person's language ({0}) yet: explain with an "
                        "interpreter and choose a language they read.").format(preferred)
            )  # fmt: skip
        needs = set(self._state.person_value("communication_needs") or ())
        ui.easy_read_check.setChecked(
            "easy_read" in needs
            or self._state.person_value("literacy") in {"reads_some", "does_not_read"}
        )
        ui.large_print_check.setChecked("large_print" in needs)
        ui.interpreter_group.setChecked(bool(self._state.person_value("interpreter_needed")))
        ui.place_edit.setText(self._officer.office_name)
        ui.mode_combo.addItem(self.tr("Given now, with the oral explanation"), "oral_and_written")
        ui.mode_combo.addItem(self.tr("Given later"), "oral_now_written_later")
        for combo, choices in (
            (ui.interpreter_mode_combo, INTERPRETER_MODES),
            (ui.relationship_combo, RELATIONSHIPS),
            (ui.understanding_combo, UNDERSTANDING),
            (ui.response_combo, RESPONSES),
            (ui.paper_combo, PAPERS),
        ):
            for code, label in choices:
                combo.addItem(self.tr(str(label)), code)
        self._mode_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.next_button.clicked.connect(self.next_step)
        ui.back_button.clicked.connect(self.back_step)
        ui.cancel_button.clicked.connect(self.reject)
        ui.mode_combo.currentIndexChanged.connect(self._mode_changed)
        ui.relationship_combo.currentIndexChanged.connect(self._relationship_changed)
        ui.interpreter_group.toggled.connect(self._relationship_changed)
        ui.response_combo.currentIndexChanged.connect(self._response_changed)
        ui.paper_combo.currentIndexChanged.connect(self._render)
        ui.print_button.clicked.connect(self._print)
        ui.save_button.clicked.connect(self._save)
        ui.mark_radio.toggled.connect(ui.witness_edit.setEnabled)
        ui.witness_edit.setEnabled(False)
        self._response_changed()

    def _mode_changed(self) -> None:
        later = self.ui.mode_combo.currentData() == "oral_now_written_later"
        self.ui.later_edit.setEnabled(later)

    def _relationship_changed(self) -> None:
        relationship = self.ui.relationship_combo.currentData()
        warn = self.ui.interpreter_group.isChecked() and relationship in {"relative", "child"}
        self.ui.interpreter_warning_label.setText(
            self.tr("A relative or a child should not interpret: they may not translate "
                    "accurately or neutrally. Use an independent interpreter where one can be "
                    "found, and record why if none could.")
            if warn
            else ""
        )  # fmt: skip

    def _response_changed(self) -> None:
        self.ui.reason_edit.setEnabled(self.ui.response_combo.currentData() != "agrees")

    # --- navigation ---------------------------------------------------------------------------

    def _page(self) -> int:
        return self.ui.pages.currentIndex()

    def _show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        total = len(self._conditions)
        titles = {
            SETUP: self.tr("1. Before you start"),
            CONDITION: self.tr("2. Condition {0} of {1}").format(self._condition_index + 1, total),
            RIGHTS: self.tr("3. Rights, and what happens after a breach"),
            RESPONSE: self.tr("4. Questions and response"),
            SHEET: self.tr("5. The written sheet"),
            ACKNOWLEDGEMENT: self.tr("6. Acknowledgement"),
        }
        self.ui.step_label.setText(titles[page])
        self.ui.back_button.setEnabled(page != SETUP)
        self.ui.next_button.setText(
            self.tr("&Finish") if page == ACKNOWLEDGEMENT else self.tr("&Next")
        )
        if page == CONDITION:
            self._show_condition()
        elif page == RIGHTS:
            self._show_rights()
        elif page == SHEET:
            self._render()
        elif page == ACKNOWLEDGEMENT:
            self._show_summary()
        self._first_control(page).setFocus()

    def _first_control(self, page: int) -> QWidget:
        """Where the keyboard starts on a step (else it stays on a control of the last one,
        now hidden, and Qt moves it to whatever comes next in the Tab chain)."""
        ui = self.ui
        if page == ACKNOWLEDGEMENT:
            radios = (ui.signed_radio, ui.mark_radio, ui.refused_radio, ui.pending_radio)
            return next((radio for radio in radios if radio.isChecked()), ui.signed_radio)
        return {
            SETUP: ui.language_combo,
            CONDITION: ui.explained_check,
            RIGHTS: ui.rights_text,  # read first, then tick what was explained
            RESPONSE: ui.questions_edit,
            SHEET: ui.paper_combo,  # the print button is enabled once the sheet is ready
        }[page]

    def next_step(self) -> None:
        problem = self._problem_on_leaving()
        if problem:
            self.ui.status_label.setText(problem)
            return
        self.ui.status_label.clear()
        page = self._page()
        if page == CONDITION:
            self._keep_condition_answer()
            if self._condition_index + 1 < len(self._conditions):
                self._condition_index += 1
                self._show_page(CONDITION)
                return
        if page == ACKNOWLEDGEMENT:
            self.finish()
            return
        if page == SETUP:
            self._condition_index = 0
        self._show_page(page + 1)

    def back_step(self) -> None:
        self.ui.status_label.clear()
        page = self._page()
        if page == CONDITION:
            self._keep_condition_answer()
            if self._condition_index > 0:
                self._condition_index -= 1
                self._show_page(CONDITION)
                return
        if page == RIGHTS:
            self._condition_index = len(self._conditions) - 1
        self._show_page(max(SETUP, page - 1))

    def _problem_on_leaving(self) -> str:
        ui = self.ui
        page = self._page()
        if page == SETUP:
            if not ui.place_edit.text().strip():
                return self.tr("Say where the explanation takes place.")
            if ui.mode_combo.currentData() == "oral_now_written_later" and not (
                ui.later_edit.text().strip()
            ):
                return self.tr("Say why the written copy will be given later.")
            if ui.interpreter_group.isChecked() and not ui.interpreter_name_edit.text().strip():
                return self.tr("Enter the interpreter's name.")
        if page == CONDITION and not ui.explained_check.isChecked():
            return self.tr("Explain this condition orally before going on (rule 12.3).")
        if page == RIGHTS and not (ui.rights_check.isChecked() and ui.breach_check.isChecked()):
            return self.tr("Explain the rights and what happens after a breach (rules 12.3, 14).")
        if (
            page == RESPONSE
            and ui.response_combo.currentData() != "agrees"
            and not (ui.reason_edit.text().strip())
        ):
            return self.tr("Record why the person disagrees or could not answer.")
        if page == SHEET and self.draft.printed is None and self._written_now():
            return self.tr("Print the sheet (or save it as PDF) and give it to the person.")
        if (
            page == ACKNOWLEDGEMENT
            and ui.mark_radio.isChecked()
            and not (ui.witness_edit.text().strip())
        ):
            return self.tr("A mark or thumbprint needs the witness's name.")
        return ""

    def _written_now(self) -> bool:
        return bool(self.ui.mode_combo.currentData() == "oral_and_written")

    # --- conditions and rights ----------------------------------------------------------------

    def _pack(self) -> LanguagePack:
        return bundled_pack(
            self.ui.language_combo.currentData() or OFFICIAL_LANGUAGE, self._catalogue
        )

    def _request(
        self,
        pack: LanguagePack,
        *,
        easy_read: bool,
        paper: Paper,
        issued_at: dt.datetime | None = None,
    ) -> SheetRequest:
        return sheet_request(
            self._state,
            self._measure.measure_id,
            pack,
            self._official,
            self._catalogue,
            officer=self._officer,
            issued_on=issued_on_for(issued_at or self._now()),
            easy_read=easy_read,
            paper=paper,
            sheet_id=self._document_id,
            large_print=self.ui.large_print_check.isChecked(),
            interpreter=self._interpreter(),
        )

    def _interpreter(self) -> SheetInterpreter | None:
        if not self.ui.interpreter_group.isChecked():
            return None
        return SheetInterpreter(
            self.ui.interpreter_name_edit.text().strip(),
            self.ui.accreditation_edit.text().strip(),
            self.ui.interpreter_mode_combo.currentData(),
        )

    def _show_condition(self) -> None:
        ui = self.ui
        index = self._condition_index
        condition = self._conditions[index]
        easy = ui.easy_read_check.isChecked()
        person = self._condition_texts(self._pack(), easy)[index]
        officer = self._condition_texts(self._official, False)[index]
        template = (
            self._catalogue.condition(condition.template_code, condition.template_version)
            if condition.template_code
            else None
        )
        ui.condition_title_label.setText(
            condition_title(self._catalogue, template) if template else self.tr("Condition")
        )
        ui.person_text_label.setText(person.text)
        ui.officer_text_label.setText(officer.text)
        ui.person_text_heading.setVisible(person.text != officer.text)
        ui.person_text_label.setVisible(person.text != officer.text)
        ui.purpose_label.setText(self.tr("Why: {0}").format(officer.purpose))
        ui.checked_how_label.setText(
            self.tr("How it is checked: {0}").format(template.how_checked if template else "—")
        )
        answer = self.draft.answers[index]
        ui.explained_check.setChecked(answer.explained_orally)
        ui.understanding_combo.setCurrentIndex(
            ui.understanding_combo.findData(answer.understanding)
        )

    def _condition_texts(self, pack: LanguagePack, easy_read: bool) -> tuple[SheetCondition, ...]:
        """The conditions as the sheet words them, built once per language and register."""
        key = (pack.code, easy_read)
        if key not in self._texts:
            self._texts[key] = self._request(pack, easy_read=easy_read, paper="a4").conditions
        return self._texts[key]

    def _keep_condition_answer(self) -> None:
        answer = self.draft.answers[self._condition_index]
        answer.explained_orally = self.ui.explained_check.isChecked()
        answer.understanding = self.ui.understanding_combo.currentData()

    def _show_rights(self) -> None:
        opened = self._state.opened
        assert opened is not None
        rights = rights_texts(
            self._pack(),
            self._catalogue,
            opened.jurisdiction,
            easy_read=self.ui.easy_read_check.isChecked(),
        )
        self.ui.rights_text.setPlainText("\n\n".join(f"{title}\n{text}" for title, text in rights))

    # --- the sheet ----------------------------------------------------------------------------

    def _got_key(self, key: tuple[bytes, int]) -> None:
        self._key = key
        if self._page() == SHEET:
            self._render()

    def _render(self) -> None:
        if self._page() != SHEET or self._key is None:
            return
        issued_at = self._now()
        request = self._request(
            self._pack(),
            easy_read=self.ui.easy_read_check.isChecked(),
            paper=self.ui.paper_combo.currentData() or "a4",
            issued_at=issued_at,
        )
        pack, official, catalogue = self._pack(), self._official, self._catalogue
        key, version = self._key
        self._render_serial += 1
        serial = self._render_serial
        self._pending_render = request
        self._rendered = None
        self.ui.print_button.setEnabled(False)
        self.ui.save_button.setEnabled(False)
        self.ui.sheet_status_label.setText(self.tr("Preparing the sheet…"))
        self._pdf_runner.submit(
            lambda: render_sheet(request, pack, official, catalogue, key=key, key_version=version),
            lambda sheet: self._rendered_sheet(serial, request, sheet, issued_at),
            self._failed,
        )

    def _rendered_sheet(
        self, serial: int, request: SheetRequest, sheet: RenderedSheet, issued_at: dt.datetime
    ) -> None:
        if serial != self._render_serial:
            return  # the officer changed the paper or language meanwhile
        self._rendered = sheet
        self._rendered_at = issued_at
        self._pending_render = request
        self.preview.set_pdf(sheet.pdf)
        self.ui.print_button.setEnabled(self._print_job is None)
        self.ui.save_button.setEnabled(True)
        self.ui.sheet_status_label.setText(
            self.tr("{0} pages. Verification code {1}.").format(
                sheet.pages, isolated(sheet.verification_code)
            )
        )

    def _print(self) -> None:
        if self._rendered is None or self._pending_render is None or self._print_job is not None:
            return
        try:
            job = choose_printer_and_print(self, self._rendered.pdf)
        except NoPrinter as error:
            self.ui.sheet_status_label.setText(
                self.tr("{0} Save the sheet as PDF and print it elsewhere.").format(error)
            )
            return
        except PrintError as error:
            self.ui.sheet_status_label.setText(str(error))
            return
        if job is None:
            return
        # What is being printed now, even if the officer changes the paper or language while
        # the job runs; one job at a time, and no finishing before it has ended.
        self._printing = Printed(self._pending_render, self._rendered, self._rendered_at)
        self._print_job = job
        self.ui.print_button.setEnabled(False)
        self.ui.next_button.setEnabled(False)
        job.printed.connect(self._printed)
        job.failed.connect(self._print_failed)
        job.ended.connect(self._print_ended)

    def _printed(self, _pages: int) -> None:
        if self._printing is not None:
            self._mark_issued(self._printing)

    def _print_failed(self, error: Exception) -> None:
        if self._printing is not None:
            self.ui.sheet_status_label.setText(str(error))

    def _print_ended(self) -> None:
        if self._print_job is None:
            return  # the wizard was closed during the print
        self._print_job = None
        self._printing = None
        self.ui.print_button.setEnabled(self._rendered is not None)
        self.ui.next_button.setEnabled(True)

    def _save(self) -> None:
        if self._rendered is None or self._pending_render is None:
            return
        try:
            saved = save_pdf_as(self, self._rendered.pdf, "explanation-sheet.pdf")
        except PrintError as error:
            self.ui.sheet_status_label.setText(str(error))
            return
        if saved is not None:
            self._mark_issued(Printed(self._pending_render, self._rendered, self._rendered_at))

    def _mark_issued(self, issued: Printed) -> None:
        previous = self.draft.printed
        copies = previous.copies + 1 if previous and previous.sheet == issued.sheet else 1
        self.draft.printed = Printed(issued.request, issued.sheet, issued.issued_at, copies)
        self.ui.sheet_status_label.setText(
            self.tr("Issued: verification code {0}.").format(
                isolated(issued.sheet.verification_code)
            )
        )

    # --- finishing ----------------------------------------------------------------------------

    def _show_summary(self) -> None:
        explained = sum(answer.explained_orally for answer in self.draft.answers)
        printed = self.draft.printed
        self.ui.summary_label.setText(
            self.tr("{0} of {1} conditions explained orally. Sheet: {2}.").format(
                explained,
                len(self._conditions),
                isolated(printed.sheet.verification_code) if printed else self.tr("not issued"),
            )
        )

    def acknowledgement(self) -> str:
        ui = self.ui
        if ui.signed_radio.isChecked():
            return "signed"
        if ui.mark_radio.isChecked():
            return "mark_with_witness"
        if ui.refused_radio.isChecked():
            return "refused"
        return "pending"

    def changes(self) -> list[tuple[str, dict[str, Any]]]:
        """The events this explanation stores: the issued sheet (if any), then the explanation."""
        ui = self.ui
        now = self._now()
        changes: list[tuple[str, dict[str, Any]]] = []
        printed = self.draft.printed
        document_id = None
        if printed is not None and self._key is not None:
            document_id = printed.request.sheet_id
            changes.append(
                (
                    "document.issued",
                    document_payload(
                        printed.request,
                        printed.sheet,
                        document_id=document_id,
                        issued_at=printed.issued_at,
                        key_version=self._key[1],
                        copies=printed.copies,
                    ),
                )
            )
        interpreter = None
        if ui.interpreter_group.isChecked():
            interpreter = {
                "name": ui.interpreter_name_edit.text().strip(),
                "accreditation": ui.accreditation_edit.text().strip(),
                "mode": ui.interpreter_mode_combo.currentData(),
                "relationship": ui.relationship_combo.currentData(),
            }
        explanation = {
            "explanation_id": uuid7(),
            "measure_id": self._measure.measure_id,
            "conditions_version": self._measure.conditions_version,
            "given_at": now.isoformat(),
            "place": ui.place_edit.text().strip(),
            "mode": ui.mode_combo.currentData(),
            "written_later_reason": ui.later_edit.text().strip(),
            "language": ui.language_combo.currentData(),
            "reading_level": "easy_read" if ui.easy_read_check.isChecked() else "standard",
            "large_print": ui.large_print_check.isChecked(),
            "interpreter": interpreter,
            "conditions": [
                {
                    "condition_id": condition.condition_id,
                    "explained_orally": answer.explained_orally,
                    "understanding": answer.understanding,
                }
                for condition, answer in zip(self._conditions, self.draft.answers, strict=True)
            ],
            "rights_explained": ui.rights_check.isChecked(),
            "breach_consequences_explained": ui.breach_check.isChecked(),
            "questions": ui.questions_edit.toPlainText().strip(),
            "response": ui.response_combo.currentData(),
            "response_reason": ui.reason_edit.text().strip(),
            "acknowledgement": self.acknowledgement(),
            "witness_name": ui.witness_edit.text().strip(),
            "document_id": document_id,
        }
        changes.append(("explanation.given", explanation))
        return changes

    def finish(self) -> None:
        changes = self.changes()
        case_id = self._state.case_id
        self.ui.next_button.setEnabled(False)

        def store_them(store: CaseStore) -> Recorded:
            return store.record(case_id, changes)

        self._session.call(store_them, self._stored, self._finish_failed)

    def _stored(self, recorded: Recorded) -> None:
        self.recorded = recorded
        if recorded.warnings:
            QMessageBox.information(
                self, self.tr("Explanation recorded"), "\n".join(map(translated, recorded.warnings))
            )
        self.preview.clear()
        self.accept()

    def _finish_failed(self, error: BaseException) -> None:
        self.ui.next_button.setEnabled(True)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        report(error, self.ui.status_label.setText)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)  # a small screen at 150 %: the form scrolls, the buttons stay
        super().showEvent(event)

    def reject(self) -> None:
        # Closing or locking during a print: the job stops after the page in hand, and
        # whatever it reports afterwards no longer concerns this wizard.
        job, self._print_job, self._printing = self._print_job, None, None
        if job is not None:
            job.cancel()
        self.preview.clear()
        super().reject()
