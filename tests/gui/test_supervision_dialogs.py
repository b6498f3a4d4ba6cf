"""The everyday supervision dialogs, on a real encrypted store: each stores its one event and
changes the case's state; each refusal (the form's own or the store's rule) is shown in the
dialog, which stays open, and nothing is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain import rules
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui.fields import set_date, set_datetime
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.supervision_dialogs import (
    AppointmentDialog,
    ComplaintDialog,
    ContactDialog,
    NoteDialog,
    RecordDialog,
    ReviewDialog,
    TerminationDialog,
)
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

ELIGIBLE_ON = dt.date(2027, 4, 5)
ALL_DIALOGS: tuple[type[RecordDialog], ...] = (
    ContactDialog,
    AppointmentDialog,
    ReviewDialog,
    ComplaintDialog,
    TerminationDialog,
    NoteDialog,
)


@dataclass
class Case:
    session: Session
    store: CaseStore
    case_id: str
    measure_id: str
    condition_ids: list[str]

    def state(self) -> CaseState:
        return self.store.case(self.case_id)

    def events(self) -> int:
        return len(self.state().events)


@pytest.fixture
def case(profile_and_store: tuple[Profile, CaseStore], catalogue: Catalogue) -> Case:
    """A probation order with two catalogue conditions, explained to the person."""
    profile, store = profile_and_store
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    measure = b.measure_imposed(early_termination_eligible_on=ELIGIBLE_ON)
    measure_id = measure["measure_id"]
    specs = [b.condition_spec(t) for t in b.templates_for(catalogue, b.MEASURE_TYPE, 2)]
    condition_ids = [spec["condition_id"] for spec in specs]
    store.record(
        case_id,
        [
            ("measure.imposed", measure),
            *[("condition.imposed", b.condition_imposed(measure_id, spec)) for spec in specs],
            ("explanation.given", b.explanation(measure_id, condition_ids)),
        ],
    )
    return Case(
        Session(ImmediateRunner(), profile, store), store, case_id, measure_id, condition_ids
    )


@pytest.fixture
def closed_case(profile_and_store: tuple[Profile, CaseStore]) -> Case:
    """A case opened and closed again (no measure): only notes may be added."""
    profile, store = profile_and_store
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    store.record(case_id, [("case.closed", b.case_closed())])
    return Case(Session(ImmediateRunner(), profile, store), store, case_id, "", [])


def make[D: RecordDialog](
    qtbot: QtBot, dialog_class: type[D], case: Case, catalogue: Catalogue, **extra: Any
) -> D:
    dialog = dialog_class(case.session, catalogue, case.state(), now=lambda: b.NOW, **extra)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_record(dialog: Any) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def assert_refused(dialog: Any, case: Case, before: int, *words: str) -> None:
    """Refused with a message naming ``words``; the dialog is still open; nothing stored."""
    status = dialog.ui.status_label.text()
    for word in words:
        assert word.lower() in status.lower(), status
    assert dialog.isVisible()
    assert dialog.recorded is None
    assert case.events() == before
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def last_event(case: Case) -> Any:
    return case.state().events[-1]


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


# --- 1. contact ----------------------------------------------------------------------------


def test_a_contact_is_recorded(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    dialog = make(qtbot, ContactDialog, case, catalogue)
    ui = dialog.ui
    assert ui.occurred_edit.dateTime().toPython() == b.NOW.astimezone().replace(tzinfo=None)
    assert ui.kind_combo.currentText() == "Office visit"  # a label, not the code
    when = b.NOW - dt.timedelta(days=1, hours=2)
    set_datetime(ui.occurred_edit, when)
    choose(ui.kind_combo, "home_visit")
    ui.notes_edit.setPlainText("Seen at home with her sister. <img src=x>")
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(case)
    assert event.kind == "contact.recorded"
    assert event.payload.kind == "home_visit"
    assert event.payload.attended
    assert event.payload.notes == "Seen at home with her sister. <img src=x>"
    assert case.state().last_contact == when


def test_a_contact_in_the_future_is_refused(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    before = case.events()
    dialog = make(qtbot, ContactDialog, case, catalogue)
    set_datetime(dialog.ui.occurred_edit, b.NOW + dt.timedelta(hours=3))
    press_record(dialog)
    assert_refused(dialog, case, before, "future")
    assert case.state().last_contact is None


def test_a_contact_on_a_closed_case_is_refused_by_the_store(
    qtbot: QtBot, closed_case: Case, catalogue: Catalogue
) -> None:
    before = closed_case.events()
    dialog = make(qtbot, ContactDialog, closed_case, catalogue)
    press_record(dialog)
    assert_refused(dialog, closed_case, before, "Not recorded", "The case is closed")


# --- 2. appointment ------------------------------------------------------------------------


def test_an_appointment_is_scheduled(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    dialog = make(qtbot, AppointmentDialog, case, catalogue)
    ui = dialog.ui
    assert ui.place_edit.text() == "Test Office"  # the officer's office
    due = ui.due_edit.dateTime().toPython()
    assert due.date() == (b.NOW.astimezone() + dt.timedelta(days=1)).date()
    ui.purpose_edit.setText("Monthly review of the reporting")
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(case)
    assert event.kind == "appointment.scheduled"
    appointment = case.state().appointments[event.payload.appointment_id]
    assert appointment.place == "Test Office"
    assert appointment.purpose == "Monthly review of the reporting"
    assert appointment.due_at == due.astimezone()


def test_an_appointment_in_the_past_or_nowhere_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, AppointmentDialog, case, catalogue)
    set_datetime(dialog.ui.due_edit, b.NOW - dt.timedelta(days=2))
    press_record(dialog)
    assert_refused(dialog, case, before, "time still to come")
    set_datetime(dialog.ui.due_edit, b.NOW + dt.timedelta(days=2))
    dialog.ui.place_edit.setText("   ")
    press_record(dialog)
    assert_refused(dialog, case, before, "where")


def test_an_appointment_on_a_closed_case_is_refused_by_the_store(
    qtbot: QtBot, closed_case: Case, catalogue: Catalogue
) -> None:
    before = closed_case.events()
    dialog = make(qtbot, AppointmentDialog, closed_case, catalogue)
    press_record(dialog)
    assert_refused(dialog, closed_case, before, "The case is closed")


# --- 3. review -----------------------------------------------------------------------------


def test_a_review_is_recorded_and_sets_the_next_review(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    dialog = make(qtbot, ReviewDialog, case, catalogue)
    ui = dialog.ui
    assert ui.measure_combo.currentData() == case.measure_id  # the only measure in force
    assert "Probation" in ui.measure_combo.currentText()
    assert ui.reviewed_edit.date().toPython() == b.TODAY
    assert ui.next_review_check.isChecked()
    assert ui.next_review_edit.date().toPython() == b.TODAY + dt.timedelta(days=91)
    assert ui.outcome_combo.currentText() == "Continue the supervision as it is"
    choose(ui.outcome_combo, "adjust_supervision")
    set_date(ui.next_review_edit, dt.date(2027, 1, 15))
    ui.notes_edit.setPlainText("Reporting moved to fortnightly.")
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(case)
    assert event.kind == "review.recorded"
    assert event.payload.outcome == "adjust_supervision"
    assert event.payload.reviewed_on == b.TODAY
    state = case.state()
    assert state.measures[case.measure_id].next_review_due == dt.date(2027, 1, 15)
    assert state.next_review_due == dt.date(2027, 1, 15)


def test_a_review_in_the_future_is_refused_by_the_store(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, ReviewDialog, case, catalogue)
    set_date(dialog.ui.reviewed_edit, b.TODAY + dt.timedelta(days=3))
    press_record(dialog)
    assert_refused(dialog, case, before, "Not recorded", "The review date cannot be in the future")


def test_the_next_review_must_follow_this_one(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, ReviewDialog, case, catalogue)
    set_date(dialog.ui.next_review_edit, b.TODAY - dt.timedelta(days=1))
    press_record(dialog)
    assert_refused(dialog, case, before, "The next review must be after this one")
    dialog.ui.next_review_check.setChecked(False)  # no next review: allowed
    assert not dialog.ui.next_review_edit.isEnabled()
    press_record(dialog)
    assert dialog.recorded is not None
    assert case.state().measures[case.measure_id].next_review_due is None


def test_with_several_measures_the_officer_chooses(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    case.store.record(case.case_id, [("measure.imposed", b.measure_imposed())])
    before = case.events()
    dialog = make(qtbot, ReviewDialog, case, catalogue)
    assert dialog.ui.measure_combo.count() == 2
    assert dialog.ui.measure_combo.currentIndex() == -1
    press_record(dialog)
    assert_refused(dialog, case, before, "Choose the measure")
    choose(dialog.ui.measure_combo, case.measure_id)
    press_record(dialog)
    assert dialog.recorded is not None
    assert last_event(case).payload.measure_id == case.measure_id


# --- 4. complaint or request ----------------------------------------------------------------


def test_a_request_sent_on_is_recorded(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    dialog = make(qtbot, ComplaintDialog, case, catalogue)
    ui = dialog.ui
    assert [ui.kind_combo.itemText(i) for i in range(ui.kind_combo.count())] == [
        "Complaint",
        "Request",
    ]
    choose(ui.kind_combo, "request")
    set_date(ui.received_edit, dt.date(2026, 11, 16))
    ui.subject_edit.setPlainText("Asks to report by phone during the harvest.")
    ui.sent_group.setChecked(True)
    ui.sent_to_edit.setText("North District Court")
    set_date(ui.sent_on_edit, dt.date(2026, 11, 17))
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(case)
    assert event.kind == "complaint.recorded"
    complaint = case.state().complaints[event.payload.complaint_id]
    assert complaint.kind == "request"
    assert complaint.sent_to == "North District Court"
    assert complaint.sent_on == dt.date(2026, 11, 17)


def test_a_complaint_sent_nowhere_is_refused_by_the_store(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, ComplaintDialog, case, catalogue)
    press_record(dialog)
    assert_refused(dialog, case, before, "what the complaint or request is about")
    dialog.ui.subject_edit.setPlainText("Says the officer shouted at him.")
    dialog.ui.sent_group.setChecked(True)
    press_record(dialog)
    assert_refused(dialog, case, before, "Say where the complaint or request was sent")


def test_a_complaint_received_in_the_future_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, ComplaintDialog, case, catalogue)
    dialog.ui.subject_edit.setPlainText("Reporting time clashes with work.")
    # two days ahead: in the future everywhere (today in UTC+14 is still accepted)
    set_date(dialog.ui.received_edit, b.TODAY + dt.timedelta(days=2))
    press_record(dialog)
    assert_refused(dialog, case, before, "The date received cannot be in the future")


# --- 5. end of a measure ------------------------------------------------------------------


def test_an_early_termination_ends_the_measure(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    ui = dialog.ui
    assert ui.measure_combo.currentData() == case.measure_id
    assert ui.kind_combo.currentData() == "early_termination"  # before the end date
    assert ui.kind_combo.currentText() == "Ended early by the authority (rule 11.2)"
    assert ui.authority_edit.text() == "North District Court"  # the imposing authority
    assert ELIGIBLE_ON.isoformat() in ui.measure_info_label.text()
    assert "eligible for early termination only from" in ui.hint_label.text()
    ui.reference_edit.setText("NDC/2026/1234/T")
    ui.reason_edit.setPlainText("Good progress; all conditions kept.")
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(case)
    assert event.kind == "measure.terminated"
    assert event.payload.kind == "early_termination"
    measure = case.state().measures[case.measure_id]
    assert measure.ended
    assert measure.status == "terminated_early"
    again = make(qtbot, TerminationDialog, case, catalogue)
    assert again.ui.measure_combo.count() == 0  # nothing left in force
    assert "no measure in force" in again.ui.status_label.text()
    assert not again.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_an_early_termination_needs_the_decision_reference(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    assert "decision reference are required" in dialog.ui.hint_label.text()
    press_record(dialog)
    assert_refused(
        dialog, case, before, "early termination and revocation need the authority and its "
        "decision reference"
    )  # fmt: skip
    assert not case.state().measures[case.measure_id].ended


def test_completion_before_the_end_date_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    choose(dialog.ui.kind_combo, "completed")
    assert "record an early termination" in dialog.ui.hint_label.text()
    press_record(dialog)
    assert_refused(dialog, case, before, "a measure completes on or after its end date")


def test_a_termination_decided_in_the_future_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    dialog.ui.reference_edit.setText("NDC/2026/1234/T")
    set_date(dialog.ui.decided_edit, b.TODAY + dt.timedelta(days=10))
    press_record(dialog)
    assert_refused(dialog, case, before, "The decision date cannot be in the future")


def test_revocation_needs_a_referral_with_the_rule_14_safeguards(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    before = case.events()
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    choose(dialog.ui.kind_combo, "revoked")
    assert "rule 14" in dialog.ui.hint_label.text()
    dialog.ui.reference_edit.setText("NDC/2026/1234/R")
    press_record(dialog)
    assert_refused(dialog, case, before, "revocation follows a breach referred to the authority")
    dialog.reject()

    breach = b.breach(case.measure_id, case.condition_ids[:1])
    case.store.record(
        case.case_id,
        [
            ("breach.reported", breach),
            ("breach.account_recorded", b.breach_account(breach["breach_id"])),
            ("breach.responded", b.referral(breach["breach_id"])),
        ],
    )
    dialog = make(qtbot, TerminationDialog, case, catalogue)
    choose(dialog.ui.kind_combo, "revoked")
    assert "rule 14" not in dialog.ui.hint_label.text()
    dialog.ui.reference_edit.setText("NDC/2026/1234/R")
    dialog.ui.reason_edit.setPlainText("Repeated breaches after a warning.")
    press_record(dialog)
    assert dialog.recorded is not None
    assert case.state().measures[case.measure_id].status == "revoked"


# --- 6. note -------------------------------------------------------------------------------


def test_a_note_is_added_even_to_a_closed_case(
    qtbot: QtBot, closed_case: Case, catalogue: Catalogue
) -> None:
    dialog = make(qtbot, NoteDialog, closed_case, catalogue)
    dialog.ui.text_edit.setPlainText("Called to say she has moved. <b>not bold</b>")
    press_record(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = last_event(closed_case)
    assert event.kind == "note.added"
    assert event.payload.text == "Called to say she has moved. <b>not bold</b>"
    assert event.payload.written_at == b.NOW


def test_an_empty_or_future_note_is_refused(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    before = case.events()
    dialog = make(qtbot, NoteDialog, case, catalogue)
    press_record(dialog)
    assert_refused(dialog, case, before, "Write the note")
    dialog.ui.text_edit.setPlainText("x" * 2001)
    press_record(dialog)
    assert_refused(dialog, case, before, "2001 characters", "2000")
    dialog.ui.text_edit.setPlainText("Saw him in town.")
    set_datetime(dialog.ui.written_edit, b.NOW + dt.timedelta(days=1))
    press_record(dialog)
    assert_refused(dialog, case, before, "future")


def test_warnings_are_shown_after_storing(
    qtbot: QtBot, case: Case, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    def warn(state: Any, payload: Any, ctx: Any, verdict: rules.Verdict) -> None:
        verdict.warn("this note mentions a third person")

    shown: list[tuple[str, str]] = []

    def information(parent: QWidget, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setitem(rules._CHECKS, "note.added", warn)
    monkeypatch.setattr(QMessageBox, "information", information)
    before = case.events()
    dialog = make(qtbot, NoteDialog, case, catalogue)
    dialog.ui.text_edit.setPlainText("Her neighbour called.")
    press_record(dialog)
    assert case.events() == before + 1  # stored first
    assert dialog.recorded is not None
    assert shown == [("Note added", "Recorded. Please note:\n• This note mentions a third person.")]


# --- all dialogs -----------------------------------------------------------------------------


@pytest.mark.parametrize("dialog_class", ALL_DIALOGS)
def test_every_control_is_labelled_and_user_text_is_plain(
    qtbot: QtBot, case: Case, catalogue: Catalogue, dialog_class: type[RecordDialog]
) -> None:
    dialog = make(qtbot, dialog_class, case, catalogue)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for kind in (QLineEdit, QComboBox, QDateEdit, QPlainTextEdit):
        for control in dialog.findChildren(kind):
            if isinstance(control.parent(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo or a date edit
            assert control in buddies or control.accessibleName(), control.objectName()
    for button in dialog.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName(), button.objectName()
    for label in dialog.findChildren(QLabel):
        if not label.buddy():  # labels that show data or messages
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


@pytest.mark.parametrize("dialog_class", ALL_DIALOGS)
def test_locking_closes_the_dialog_unsaved(
    qtbot: QtBot, case: Case, catalogue: Catalogue, dialog_class: type[RecordDialog]
) -> None:
    dialog = make(qtbot, dialog_class, case, catalogue)
    case.session.lock(pytest.fail)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.recorded is None
