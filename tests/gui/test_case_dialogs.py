"""The two dialogs that start a case, offscreen on a real encrypted store: opening a case
(rule 13.6) and recording a measure with its consent (rule 3.4) and conditions (rules 12.1,
12.2) in one transaction.  Every bad input gets a message and stores nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.rules import MANY_CONDITIONS
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui import impose_measure_dialog as impose_module
from tokyo_desk.gui import new_case_dialog as new_case_module
from tokyo_desk.gui.fields import to_qdate
from tokyo_desk.gui.impose_measure_dialog import (
    CONDITIONS_TAB,
    CONSENT_TAB,
    MEASURE_TAB,
    ImposeMeasureDialog,
)
from tokyo_desk.gui.new_case_dialog import NewCaseDialog
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

ODD_NAME = '<img src="file:///etc/passwd"> <b>Bold</b> <a href="file:///x">Amina</a>'
PRE_TRIAL = "pre_trial.alternative_to_detention"


def today() -> dt.date:
    return b.TODAY  # the store's clock in these tests (the ``now`` fixture)


@pytest.fixture
def session(profile_and_store: tuple[Profile, CaseStore]) -> Session:
    profile, store = profile_and_store
    return Session(ImmediateRunner(), profile, store)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the dialogs tell the officer after recording (instead of a modal message box)."""
    messages: list[str] = []

    def keep(parent: QWidget, title: str, text: str) -> None:
        messages.append(text)

    monkeypatch.setattr(new_case_module, "inform", keep)
    monkeypatch.setattr(impose_module, "inform", keep)
    return messages


def plain_labels_only(widget: QWidget) -> None:
    """UI-1: any label showing markup-like text shows it as plain text."""
    for found in widget.findChildren(QLabel):
        if "<" in found.text():
            assert found.textFormat() == Qt.TextFormat.PlainText, found.objectName()


# --- the new case ---------------------------------------------------------------------------


def new_case_dialog(qtbot: QtBot, session: Session, catalogue: Catalogue) -> NewCaseDialog:
    dialog = NewCaseDialog(session, catalogue, today=today)
    qtbot.addWidget(dialog)
    return dialog


def fill_person(dialog: NewCaseDialog) -> None:
    ui = dialog.ui
    ui.given_names_edit.setText("Chisomo")
    ui.family_name_edit.setText("Phiri")
    ui.other_names_edit.setText("Chiso,  Big C , ")
    ui.dob_known_check.setChecked(True)
    ui.dob_edit.setDate(to_qdate(dt.date(1994, 3, 7)))
    dialog.set_language("en", speaks=True, reads=True)
    ui.other_language_edit.setText("NY")  # Chichewa, typed as a code
    dialog.add_other_language()
    ui.preferred_combo.setCurrentIndex(ui.preferred_combo.findData("ny"))
    ui.interpreter_check.setChecked(True)
    ui.literacy_combo.setCurrentIndex(ui.literacy_combo.findData("reads_some"))
    ui.easy_read_check.setChecked(True)
    ui.large_print_check.setChecked(True)
    ui.adjustments_edit.setPlainText("Morning appointments: works nights.")
    ui.phone_edit.setText("+265 999 123 456")
    ui.address_edit.setPlainText("Plot 12, Area 25, Lilongwe")


def test_a_new_case_is_opened_and_found(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
    told: list[str],
) -> None:
    _, store = profile_and_store
    dialog = new_case_dialog(qtbot, session, catalogue)
    ui = dialog.ui
    assert ui.office_edit.text() == "Test Office"  # the session's office
    assert ui.opened_on_edit.date() == to_qdate(b.TODAY)
    assert ui.jurisdiction_combo.currentData() == "default"
    codes = [dialog._cell(row, 0).data(Qt.ItemDataRole.UserRole)
             for row in range(ui.languages_table.rowCount())]  # fmt: skip
    assert {"en", "fr", "es", "pt", "sw", "ru", "ar", "fa", "ur", "hi", "bn", "zh"} <= set(codes)
    fill_person(dialog)
    assert "Chisomo Phiri" in ui.summary_label.text()
    assert "born 1994-03-07" in ui.summary_label.text()
    dialog.submit()
    assert dialog.case_id is not None, ui.status_label.text()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert told == []  # opening a case gives no warnings
    found = store.search("Phiri")
    assert [row.case_id for row in found] == [dialog.case_id]
    state = store.case(dialog.case_id)
    assert state.opened is not None
    assert state.opened.office == "Test Office"
    assert state.opened.opened_on == b.TODAY
    assert state.opened.jurisdiction == "default"
    person = state.opened.person
    assert person.other_names == ("Chiso", "Big C")
    assert person.date_of_birth == dt.date(1994, 3, 7)
    assert person.languages_spoken == ("en", "ny")
    assert person.languages_written == ("en",)
    assert person.preferred_language == "ny"
    assert person.interpreter_needed
    assert person.literacy == "reads_some"
    assert person.communication_needs == ("easy_read", "large_print")
    assert person.adjustments == "Morning appointments: works nights."
    assert person.phone == "+265 999 123 456"


def test_the_preferred_language_is_one_the_person_knows(
    qtbot: QtBot, session: Session, catalogue: Catalogue
) -> None:
    dialog = new_case_dialog(qtbot, session, catalogue)
    ui = dialog.ui
    assert ui.preferred_combo.count() == 0
    dialog.set_language("fr", speaks=True)
    dialog.set_language("ar", reads=True)
    offered = [ui.preferred_combo.itemData(i) for i in range(ui.preferred_combo.count())]
    assert offered == ["fr", "ar"]
    ui.preferred_combo.setCurrentIndex(1)
    dialog.set_language("fr", speaks=True, reads=True)  # another tick keeps the choice
    assert ui.preferred_combo.currentData() == "ar"
    dialog.set_language("ar")  # untick it: it can no longer be preferred
    assert ui.preferred_combo.currentData() == "fr"


def set_future_birth(dialog: NewCaseDialog) -> None:
    dialog.ui.dob_known_check.setChecked(True)
    dialog.ui.dob_edit.setDate(to_qdate(b.TODAY + dt.timedelta(days=1)))


def set_birth_after_opening(dialog: NewCaseDialog) -> None:
    dialog.ui.dob_known_check.setChecked(True)
    dialog.ui.opened_on_edit.setDate(to_qdate(dt.date(2026, 1, 1)))
    dialog.ui.dob_edit.setDate(to_qdate(dt.date(2026, 2, 1)))


BAD_PEOPLE = [
    ("no given names", lambda d: d.ui.given_names_edit.clear(), "given names"),
    ("no language", lambda d: d.set_language("en"), "at least one language"),
    ("only read", lambda d: d.set_language("en", reads=True), "speaks"),
    ("born tomorrow", set_future_birth, "date of birth cannot be in the future"),
    ("born after opening", set_birth_after_opening, "cannot be after the date"),
    ("no office", lambda d: d.ui.office_edit.clear(), "office"),
    (
        "opened tomorrow",
        lambda d: d.ui.opened_on_edit.setDate(to_qdate(b.TODAY + dt.timedelta(days=1))),
        "opening date cannot be in the future",
    ),
    # Refused by the payload model in the store, not by the dialog: shown all the same.
    ("alias too long", lambda d: d.ui.other_names_edit.setText("x" * 250), "other_names"),
]


@pytest.mark.parametrize(("change", "expected"), [(c, e) for _, c, e in BAD_PEOPLE],
                         ids=[name for name, _, _ in BAD_PEOPLE])  # fmt: skip
def test_bad_people_are_refused_with_a_message(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
    change: Any,
    expected: str,
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = new_case_dialog(qtbot, session, catalogue)
    dialog.ui.given_names_edit.setText("Grace")
    dialog.set_language("en", speaks=True)
    change(dialog)
    dialog.submit()
    assert expected in dialog.ui.status_label.text()
    assert dialog.case_id is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert store.event_count() == before


def test_a_bad_language_code_is_explained(
    qtbot: QtBot, session: Session, catalogue: Catalogue
) -> None:
    dialog = new_case_dialog(qtbot, session, catalogue)
    rows = dialog.ui.languages_table.rowCount()
    dialog.ui.other_language_edit.setText("Chichewa")
    dialog.add_other_language()
    assert "ISO 639" in dialog.ui.status_label.text()
    assert dialog.ui.languages_table.rowCount() == rows
    dialog.ui.other_language_edit.setText("prs")  # Dari: valid, but unknown to Qt
    dialog.add_other_language()
    assert dialog.ui.languages_table.rowCount() == rows + 1
    assert "check" in dialog.ui.status_label.text()
    assert dialog.ui.preferred_combo.findData("prs") >= 0


def test_cases_with_a_similar_name_are_pointed_out(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    number = store.search("Grace Banda")[0].case_number
    dialog = new_case_dialog(qtbot, session, catalogue)
    dialog.ui.given_names_edit.setText("Grace")
    dialog.ui.family_name_edit.setText("Banda")
    dialog.ui.family_name_edit.editingFinished.emit()
    assert number in dialog.ui.duplicates_label.text()
    assert "13.6" in dialog.ui.duplicates_label.text()


def test_ui1_markup_in_a_new_name_is_shown_literally(
    qtbot: QtBot, session: Session, catalogue: Catalogue
) -> None:
    dialog = new_case_dialog(qtbot, session, catalogue)
    dialog.ui.given_names_edit.setText(ODD_NAME)
    label = dialog.ui.summary_label
    assert ODD_NAME in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    plain_labels_only(dialog)


def test_ask_returns_none_when_cancelled(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewCaseDialog)
        dialog.ui.given_names_edit.setText("Grace")
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert NewCaseDialog.ask(parent, session, catalogue, today=today) is None
    assert store.event_count() == before


# --- the measure and its conditions ----------------------------------------------------------


def open_case(store: CaseStore, **person: Any) -> CaseState:
    case_id, _ = store.open_case(b.person(**person), office="North", opened_on=b.OPENED_ON)
    return store.case(case_id)


def impose_dialog(
    qtbot: QtBot, session: Session, catalogue: Catalogue, state: CaseState
) -> ImposeMeasureDialog:
    dialog = ImposeMeasureDialog(session, catalogue, state, today=today)
    qtbot.addWidget(dialog)
    return dialog


def fill_measure(dialog: ImposeMeasureDialog, type_code: str = b.MEASURE_TYPE) -> None:
    ui = dialog.ui
    dialog.choose_type(type_code)
    ui.authority_edit.setText("North District Court")
    ui.decision_reference_edit.setText("NDC/2026/1234")
    ui.legal_basis_edit.setText("Criminal Procedure Act s. 301")
    ui.criteria_edit.setPlainText("First offence; stable home; employed.")
    ui.decision_date_edit.setDate(to_qdate(b.DECISION_DATE))
    ui.start_date_edit.setDate(to_qdate(b.START_DATE))
    ui.end_date_check.setChecked(True)
    ui.end_date_edit.setDate(to_qdate(b.END_DATE))


def add_sample(dialog: ImposeMeasureDialog, code: str) -> impose_module.ConditionEditor:
    editor = dialog.add_condition(code)
    assert editor.template is not None
    editor.set_values(b.sample_parameters(editor.template))
    editor.necessity_edit.setPlainText("Needed to support the person's rehabilitation.")
    return editor


@pytest.fixture
def state(profile_and_store: tuple[Profile, CaseStore]) -> CaseState:
    return open_case(profile_and_store[1])


def test_a_measure_with_three_conditions_is_recorded_at_once(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
    told: list[str],
) -> None:
    _, store = profile_and_store
    dialog = impose_dialog(qtbot, session, catalogue, state)
    ui = dialog.ui
    fill_measure(dialog)
    assert not ui.tabs.isTabVisible(CONSENT_TAB)  # sentencing: no consent step
    assert "8.2 (h)" in ui.measure_info_label.text()
    assert "1825 days" in ui.measure_info_label.text()

    # Reporting: a place, a frequency, a weekday list and a time, typed as an officer would.
    reporting = dialog.add_condition("reporting.office_visits")
    fields = reporting.fields
    assert isinstance(fields["office"].widget, QLineEdit)
    fields["office"].widget.setText("North Probation Office")
    fields["frequency"].set_value("weekly")
    for day in ("mon", "thu"):
        box = reporting.findChild(QCheckBox, f"report_days_{day}_check")
        assert box is not None
        box.setChecked(True)
    time_edit = reporting.findChild(QLineEdit, "report_time_edit")
    assert time_edit is not None
    time_edit.setText("9:30")  # normalised to 09:30
    assert "(to complete)" in ui.chosen_list.item(0).text()  # no necessity note yet
    assert "rule 12.2" in reporting.todo_label.text()
    reporting.necessity_edit.setPlainText("Regular contact to support the person.")
    assert "(to complete)" not in ui.chosen_list.item(0).text()
    assert reporting.preview_label.text() == (
        "You must report in person to your supervising officer at North Probation Office once "
        "a week, on Monday and Thursday at 09:30. If you cannot come, you must telephone the "
        "office before that time."
    )
    # A curfew with two times, and a programme with a choice and a count.
    curfew = add_sample(dialog, "curfew.night_hours")
    curfew.fields["start_time"].set_value("21:00")
    curfew.fields["end_time"].set_value("06:00")
    add_sample(dialog, "treatment.behaviour_programme")
    assert ui.many_warning_label.text() == ""
    assert "(3)" in ui.tabs.tabText(CONDITIONS_TAB)

    dialog.submit()
    assert dialog.recorded is not None, ui.status_label.text()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert told == []
    kinds = [event.kind for event in dialog.recorded.events]
    assert kinds == ["measure.imposed"] + ["condition.imposed"] * 3
    stored = store.case(state.case_id)
    measure = stored.measures[dialog.measure_id]
    assert measure.imposed.authority == "North District Court"
    assert measure.imposed.end_date == b.END_DATE
    assert measure.status == "active"
    assert measure.explanation_pending
    conditions = list(measure.conditions.values())
    assert [item.template_code for item in conditions] == [
        "reporting.office_visits", "curfew.night_hours", "treatment.behaviour_programme",
    ]  # fmt: skip
    first = conditions[0]
    assert first.parameters["report_days"] == ["mon", "thu"]
    assert first.parameters["report_time"] == "09:30"
    assert "Monday and Thursday at 09:30" in first.issued_text["en"]
    assert "21:00" in conditions[1].issued_text["en"]
    assert all(item.necessity_note for item in conditions)
    interval = curfew.template.review_interval_days if curfew.template else 0
    assert conditions[1].next_review_due == b.START_DATE + dt.timedelta(days=interval)


def test_more_than_six_conditions_are_warned_about(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
    told: list[str],
) -> None:
    _, store = profile_and_store
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    templates = b.templates_for(catalogue, b.MEASURE_TYPE, MANY_CONDITIONS + 1)
    for template in templates[:MANY_CONDITIONS]:
        add_sample(dialog, template.code)
    assert dialog.ui.many_warning_label.text() == ""
    add_sample(dialog, templates[MANY_CONDITIONS].code)
    assert "rule 12.2" in dialog.ui.many_warning_label.text()
    assert f"{MANY_CONDITIONS + 1} conditions" in dialog.ui.many_warning_label.text()
    dialog.submit()
    assert dialog.recorded is not None, dialog.ui.status_label.text()
    assert len(told) == 1
    assert "rule 12.2" in told[0]
    measure = store.case(state.case_id).measures[dialog.measure_id]
    assert len(measure.active_conditions) == MANY_CONDITIONS + 1
    dialog.ui.remove_condition_button.click()  # the label follows the list
    assert dialog.ui.many_warning_label.text() == ""


def test_only_conditions_for_the_type_are_offered(
    qtbot: QtBot, session: Session, catalogue: Catalogue, state: CaseState
) -> None:
    dialog = impose_dialog(qtbot, session, catalogue, state)
    assert dialog.available_codes() == []  # no type chosen yet
    fill_measure(dialog)
    outside = b.template_outside(catalogue, b.MEASURE_TYPE)
    offered = dialog.available_codes()
    assert outside.code not in offered
    assert offered == [item.code for item in catalogue.conditions_for(b.MEASURE_TYPE)]
    with pytest.raises(ValueError, match="not offered"):
        dialog.add_condition(outside.code)
    # Changing the type drops the conditions the new type cannot take, and says so.
    add_sample(dialog, "reporting.office_visits")
    add_sample(dialog, "conduct.tell_about_changes")
    dialog.choose_type("sentencing.fine")
    assert [editor.template.code for editor in dialog.editors if editor.template] == [
        "conduct.tell_about_changes"
    ]
    assert "1 condition(s) removed" in dialog.ui.status_label.text()
    # A measure without obligations takes none at all.
    dialog.choose_type("sentencing.verbal_sanction")
    assert dialog.editors == []
    assert not dialog.ui.tabs.isTabEnabled(CONDITIONS_TAB)


def choose_no_type(dialog: ImposeMeasureDialog) -> None:
    dialog.ui.measure_type_combo.setCurrentIndex(0)


@pytest.mark.parametrize(("change", "expected", "tab"), [
    (choose_no_type, "type of measure", MEASURE_TAB),
    (lambda d: d.ui.authority_edit.clear(), "authority", MEASURE_TAB),
    (lambda d: d.ui.decision_reference_edit.clear(), "reference", MEASURE_TAB),
    (lambda d: d.ui.legal_basis_edit.clear(), "legal basis", MEASURE_TAB),
    (lambda d: d.ui.end_date_check.setChecked(False), "needs an end date", MEASURE_TAB),
    (lambda d: d.editors[0].fields["report_time"].set_value(""), "is required", CONDITIONS_TAB),
    (lambda d: d.editors[0].fields["report_time"].set_value("25:00"), "HH:MM", CONDITIONS_TAB),
    (lambda d: d.editors[0].fields["report_days"].set_value([]), "day of the week",
     CONDITIONS_TAB),
    (lambda d: d.editors[0].necessity_edit.clear(), "12.2", CONDITIONS_TAB),
    # Refused by the store's rules, not by the dialog: shown all the same.
    (lambda d: d.ui.decision_date_edit.setDate(to_qdate(b.TODAY + dt.timedelta(days=2))),
     "the decision date cannot be in the future", MEASURE_TAB),
    (lambda d: d.ui.end_date_edit.setDate(to_qdate(b.START_DATE + dt.timedelta(days=2000))),
     "rule 11.1", MEASURE_TAB),
    (lambda d: (d.ui.max_duration_check.setChecked(True), d.ui.max_duration_spin.setValue(30)),
     "maximum of 30 days", MEASURE_TAB),
], ids=["no type", "no authority", "no reference", "no legal basis", "no end date",
        "no time", "bad time", "no days", "no necessity", "future decision", "too long",
        "longer than the authority's maximum"])  # fmt: skip
def test_bad_measures_are_refused_with_a_message(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
    change: Any,
    expected: str,
    tab: int,
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    add_sample(dialog, "reporting.office_visits")
    dialog.ui.tabs.setCurrentIndex(CONDITIONS_TAB if tab == MEASURE_TAB else MEASURE_TAB)
    change(dialog)
    dialog.submit()
    assert expected in dialog.ui.status_label.text()
    if "cannot" not in expected and "maximum" not in expected and "11.1" not in expected:
        assert dialog.ui.tabs.currentIndex() == tab  # the dialog's own checks show the place
    assert dialog.recorded is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert store.event_count() == before


def test_a_problem_opens_the_tab_where_it_is(
    qtbot: QtBot, session: Session, catalogue: Catalogue, state: CaseState
) -> None:
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    add_sample(dialog, "reporting.office_visits")
    editor = add_sample(dialog, "curfew.night_hours")
    editor.fields["start_time"].set_value("")
    dialog.ui.tabs.setCurrentIndex(MEASURE_TAB)
    dialog.submit()
    assert dialog.ui.tabs.currentIndex() == CONDITIONS_TAB
    assert dialog.ui.status_label.text().startswith("Condition 2 (")
    assert dialog.ui.chosen_list.currentRow() == 1
    dialog.ui.authority_edit.clear()
    dialog.submit()
    assert dialog.ui.tabs.currentIndex() == MEASURE_TAB


def test_a_bespoke_condition_needs_the_authority_reference(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    editor = dialog.add_bespoke()
    assert editor.bespoke_text_edit is not None
    assert editor.reference_edit is not None
    editor.bespoke_text_edit.setPlainText(
        "You must attend the family mediation meeting on 3 December."
    )
    editor.necessity_edit.setPlainText("Ordered by the court to settle the dispute.")
    dialog.submit()
    assert "authority's reference" in dialog.ui.status_label.text()
    assert store.event_count() == before
    editor.reference_edit.setText("NDC/2026/1234 para 7")
    dialog.submit()
    assert dialog.recorded is not None, dialog.ui.status_label.text()
    held = next(iter(store.case(state.case_id).measures[dialog.measure_id].conditions.values()))
    assert held.template_code is None
    assert held.bespoke_text.startswith("You must attend")
    assert held.issued_text == {"en": held.bespoke_text}


def test_consent_is_recorded_with_a_pre_trial_measure(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = impose_dialog(qtbot, session, catalogue, state)
    ui = dialog.ui
    fill_measure(dialog, PRE_TRIAL)
    ui.end_date_edit.setDate(to_qdate(b.START_DATE + dt.timedelta(days=180)))
    assert ui.tabs.isTabVisible(CONSENT_TAB)
    assert "rule 3.4" in ui.measure_info_label.text()
    assert ui.consent_language_combo.currentData() == "en"  # the person's preferred language
    editor = add_sample(dialog, "reporting.office_visits")
    ui.consent_group.setChecked(False)  # consent not yet given: conditions must wait
    dialog.submit()
    assert "consent" in ui.status_label.text()
    assert ui.tabs.currentIndex() == CONSENT_TAB
    ui.consent_group.setChecked(True)
    dialog.submit()  # consent without the explanations is not informed consent
    assert "rule 3.4" in ui.status_label.text()
    assert store.event_count() == before
    ui.nature_check.setChecked(True)
    ui.consequences_check.setChecked(True)
    ui.consent_interpreter_edit.setText("Mr Chisomo Phiri")
    dialog.submit()
    assert dialog.recorded is not None, ui.status_label.text()
    assert [event.kind for event in dialog.recorded.events] == [
        "measure.imposed", "consent.recorded", "condition.imposed",
    ]  # fmt: skip
    measure = store.case(state.case_id).measures[dialog.measure_id]
    assert measure.status == "active"
    assert measure.consent is not None
    assert measure.consent.consent_given
    assert measure.consent.interpreter == "Mr Chisomo Phiri"
    assert editor.condition_id in measure.conditions


def test_a_pre_trial_measure_alone_waits_for_consent(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog, PRE_TRIAL)
    dialog.ui.end_date_edit.setDate(to_qdate(b.START_DATE + dt.timedelta(days=180)))
    dialog.ui.consent_group.setChecked(False)
    dialog.submit()
    assert dialog.recorded is not None, dialog.ui.status_label.text()
    assert [event.kind for event in dialog.recorded.events] == ["measure.imposed"]
    assert store.case(state.case_id).measures[dialog.measure_id].status == "pending_consent"


def test_a_refusal_records_no_conditions(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = impose_dialog(qtbot, session, catalogue, state)
    ui = dialog.ui
    fill_measure(dialog, PRE_TRIAL)
    ui.end_date_edit.setDate(to_qdate(b.START_DATE + dt.timedelta(days=180)))
    ui.consent_answer_combo.setCurrentIndex(ui.consent_answer_combo.findData("refused"))
    ui.nature_check.setChecked(True)
    ui.consequences_check.setChecked(True)
    add_sample(dialog, "reporting.office_visits")
    dialog.submit()
    assert "refuses" in ui.status_label.text()
    assert store.event_count() == before
    ui.remove_condition_button.click()
    dialog.submit()
    assert dialog.recorded is not None, ui.status_label.text()
    assert store.case(state.case_id).measures[dialog.measure_id].status == "consent_refused"


def test_a_measure_without_obligations_needs_no_end_date(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog, "sentencing.verbal_sanction")
    dialog.ui.end_date_check.setChecked(False)
    assert "no conditions" in dialog.ui.measure_info_label.text()
    dialog.submit()
    assert dialog.recorded is not None, dialog.ui.status_label.text()
    assert store.case(state.case_id).measures[dialog.measure_id].imposed.end_date is None


def test_ui1_markup_in_a_case_is_shown_literally(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    state = open_case(profile_and_store[1], given_names=ODD_NAME)
    dialog = impose_dialog(qtbot, session, catalogue, state)
    label = dialog.ui.case_label
    assert ODD_NAME in label.text()
    assert label.textFormat() == Qt.TextFormat.PlainText
    fill_measure(dialog)
    editor = add_sample(dialog, "contact.no_contact_person")
    editor.fields["person"].set_value(ODD_NAME)
    assert ODD_NAME in editor.preview_label.text()
    bespoke = dialog.add_bespoke()
    assert bespoke.bespoke_text_edit is not None
    bespoke.bespoke_text_edit.setPlainText(ODD_NAME)
    assert bespoke.preview_label.text() == ODD_NAME
    plain_labels_only(dialog)


def test_cancelling_stores_nothing(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    state: CaseState,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    add_sample(dialog, "reporting.office_visits")
    dialog.reject()
    assert dialog.recorded is None
    assert store.event_count() == before


def test_typed_parameters_are_read_as_the_catalogue_expects(
    qtbot: QtBot, session: Session, catalogue: Catalogue, state: CaseState
) -> None:
    dialog = impose_dialog(qtbot, session, catalogue, state)
    fill_measure(dialog)
    editor = dialog.add_condition("payment.compensation")
    fields = editor.fields
    assert any(problem.endswith("is required") for problem in editor.problems())
    fields["total"].set_value("kes 1500")  # the currency code is put in capitals
    fields["instalment"].set_value("KES 0")
    assert fields["total"].value() == "KES 1500"
    assert any("more than zero" in problem for problem in editor.problems())
    fields["instalment"].set_value("KES 250.50")
    fields["victim"].set_value("Ms Adaeze Okafor")
    fields["frequency"].set_value("monthly")
    fields["pay_office"].set_value("North Court Registry")
    fields["first_date"].set_value("2026-12-01")
    editor.necessity_edit.setPlainText("Repairs the harm done.")
    assert editor.problems() == []
    text = editor.preview_label.text()
    assert "1,500.00 KES" in text
    assert "once a month" in text
    assert "1 December 2026" in text
    programme = dialog.add_condition("treatment.behaviour_programme")
    sessions = programme.fields["sessions"]
    assert sessions.value() is None  # a number starts unset, never at a silent default
    assert any("required" in problem for problem in programme.problems())
    sessions.set_value(12)
    assert sessions.value() == 12
    phone = dialog.add_condition("curfew.answer_checks").fields["check_phone"]
    phone.set_value("call me")
    assert phone.value() is None  # a bad entry has no value, and says why
    assert "must be a phone number" in (phone.problem() or "")
