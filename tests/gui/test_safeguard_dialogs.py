"""The safeguard dialogs on a real encrypted store: consent (rule 3.4), the three steps of a
breach (rule 14), and a modification by the authority (rule 12.4).  Each stores one event
when the form is complete; each refusal is explained on the dialog and stores nothing."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui.fields import set_date
from tokyo_desk.gui.safeguard_dialogs import (
    BreachAccountDialog,
    BreachReportDialog,
    BreachResponseDialog,
    ConsentDialog,
    ModificationDialog,
)
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

PRE_TRIAL = "pre_trial.conditional_disposal"
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QListWidget)
ODD_TEXT = '<img src="file:///etc/passwd"> <b>Not bold</b>'


def now() -> dt.datetime:
    return b.NOW


class Case:
    """A case on the real store, and a session over it (database work runs at once)."""

    def __init__(self, profile: Profile, store: CaseStore) -> None:
        self.store = store
        self.session = Session(ImmediateRunner(), profile, store)
        self.case_id, _ = store.open_case(
            b.person(languages_spoken=["en", "ny"]), office="North", opened_on=b.OPENED_ON
        )

    def state(self) -> CaseState:
        return self.store.case(self.case_id)

    def record(self, *changes: tuple[str, dict[str, Any]]) -> None:
        self.store.record(self.case_id, list(changes))


@pytest.fixture
def case(profile_and_store: tuple[Profile, CaseStore]) -> Case:
    return Case(*profile_and_store)


def impose(case: Case, catalogue: Catalogue, count: int = 3) -> tuple[str, list[str]]:
    """A probation measure with ``count`` catalogue conditions; (measure id, condition ids)."""
    measure = b.measure_imposed()
    specs = [b.condition_spec(t) for t in b.templates_for(catalogue, b.MEASURE_TYPE, count)]
    case.record(
        ("measure.imposed", measure),
        *(("condition.imposed", b.condition_imposed(measure["measure_id"], s)) for s in specs),
    )
    return measure["measure_id"], [spec["condition_id"] for spec in specs]


def ok(dialog: Any) -> Any:
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


# --- consent (rule 3.4) ------------------------------------------------------------------------


@pytest.fixture
def pre_trial(case: Case) -> str:
    measure = b.measure_imposed(type_code=PRE_TRIAL)
    case.record(("measure.imposed", measure))
    return str(measure["measure_id"])


def consent_dialog(qtbot: QtBot, case: Case, catalogue: Catalogue) -> ConsentDialog:
    dialog = ConsentDialog(case.session, catalogue, case.state(), now=now)
    qtbot.addWidget(dialog)
    return dialog


def test_consent_is_recorded(
    qtbot: QtBot, case: Case, catalogue: Catalogue, pre_trial: str
) -> None:
    assert case.state().measures[pre_trial].status == "pending_consent"
    dialog = consent_dialog(qtbot, case, catalogue)
    ui = dialog.ui
    assert ui.measure_combo.currentData() == pre_trial  # the only measure that needs consent
    assert ui.language_combo.currentData() == "en"  # the preferred language comes first
    assert not ok(dialog).isEnabled()
    assert "gives or refuses" in ui.block_label.text()
    ui.given_radio.setChecked(True)
    ui.nature_check.setChecked(True)
    ui.consequences_check.setChecked(True)
    ui.interpreter_edit.setText("Mr Chisomo Phiri")
    assert ok(dialog).isEnabled()
    assert ok(dialog).text() == "Record consent"
    assert not ui.block_label.isVisible()
    ok(dialog).click()
    assert dialog.recorded is not None
    measure = case.state().measures[pre_trial]
    assert measure.consent is not None
    assert measure.consent.consent_given
    assert measure.consent.recorded_on == b.TODAY
    assert measure.consent.interpreter == "Mr Chisomo Phiri"
    assert measure.status == "active"


def test_consent_given_without_the_explanations_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue, pre_trial: str
) -> None:
    before = case.store.event_count()
    dialog = consent_dialog(qtbot, case, catalogue)
    ui = dialog.ui
    ui.given_radio.setChecked(True)
    ui.nature_check.setChecked(True)  # the consequences of refusing were not explained
    assert not ok(dialog).isEnabled()
    assert "rule 3.4" in ok(dialog).toolTip()  # the OK button says why
    assert "consequences of refusing" in ui.block_label.text()
    dialog.submit()  # as if forced: still refused, with the reason
    assert "Not recorded" in ui.status_label.text()
    assert "rule 3.4" in ui.status_label.text()
    assert case.store.event_count() == before
    assert dialog.recorded is None
    # A refusal needs no explanation ticked to be recorded.
    ui.nature_check.setChecked(False)
    ui.refused_radio.setChecked(True)
    assert ok(dialog).isEnabled()
    assert ok(dialog).text() == "Record refusal"
    ok(dialog).click()
    assert case.state().measures[pre_trial].status == "consent_refused"


def test_consent_ask_entry_point(
    qtbot: QtBot, case: Case, catalogue: Catalogue, pre_trial: str
) -> None:
    seen: list[ConsentDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConsentDialog)
        seen.append(dialog)
        dialog.ui.given_radio.setChecked(True)
        dialog.ui.nature_check.setChecked(True)
        dialog.ui.consequences_check.setChecked(True)
        ok(dialog).click()

    QTimer.singleShot(0, fill_in)
    assert ConsentDialog.ask(None, case.session, catalogue, case.state(), now=now)
    assert seen
    consent = case.state().measures[pre_trial].consent
    assert consent is not None
    assert consent.consent_given


# --- breach (rule 14) ---------------------------------------------------------------------------


def test_a_breach_is_reported_heard_and_answered(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    measure_id, condition_ids = impose(case, catalogue)
    report = BreachReportDialog(case.session, catalogue, case.state(), now=now)
    qtbot.addWidget(report)
    ui = report.ui
    assert "does not automatically lead to imprisonment (rule 14.3)" in ui.safeguard_label.text()
    assert ui.conditions_list.count() == len(condition_ids)
    ui.conditions_list.item(1).setCheckState(Qt.CheckState.Checked)
    set_date(ui.occurred_on_edit, dt.date(2026, 11, 10))
    set_date(ui.reported_on_edit, dt.date(2026, 11, 12))
    ok(report).click()
    assert "Describe what happened" in ui.status_label.text()  # still open
    ui.description_edit.setPlainText("Missed the weekly reporting appointment.")
    ok(report).click()
    assert report.recorded is not None
    state = case.state()
    assert state.breach_open
    breach = state.breaches[report.breach_id]
    assert breach.condition_ids == (condition_ids[1],)
    assert breach.occurred_on == dt.date(2026, 11, 10)

    account = BreachAccountDialog(case.session, catalogue, state, report.breach_id, now=now)
    qtbot.addWidget(account)
    assert "must be heard (rule 14.2)" in account.ui.safeguard_label.text()
    assert "Missed the weekly" in account.ui.breach_text.toPlainText()
    ok(account).click()
    assert "own words" in account.ui.status_label.text()
    account.ui.account_edit.setPlainText("My child was ill and I had no phone credit.")
    ok(account).click()
    assert account.recorded is not None
    state = case.state()
    assert state.breaches[report.breach_id].account.startswith("My child was ill")

    response = BreachResponseDialog(case.session, catalogue, state, report.breach_id, now=now)
    qtbot.addWidget(response)
    rui = response.ui
    assert "rule 14.3" in rui.safeguard_label.text()
    assert "My child was ill" in rui.breach_text.toPlainText()
    assert not rui.account_warning_label.isVisibleTo(response)
    assert rui.alternatives_list.count() >= 4  # warning, more contact, adjusted conditions...
    rui.refer_radio.setChecked(True)
    assert not ok(response).isEnabled()
    assert "alternatives" in rui.block_label.text()
    assert "appeal" in rui.block_label.text()
    assert "14.2" not in rui.block_label.text()  # the person has been heard
    rui.alternatives_list.item(0).setCheckState(Qt.CheckState.Checked)
    rui.other_edit.setText("Reporting by telephone")
    rui.appeal_check.setChecked(True)
    assert ok(response).isEnabled()
    rui.reason_edit.setPlainText("Third missed appointment in a month.")
    ok(response).click()
    assert response.recorded is not None
    state = case.state()
    assert not state.breach_open
    answer = state.breaches[report.breach_id].response
    assert answer is not None
    assert answer.response == "refer_to_authority"
    assert answer.alternatives_considered == (
        rui.alternatives_list.item(0).text(),
        "Reporting by telephone",
    )
    assert answer.appeal_rights_explained
    assert state.measures[measure_id].status == "active"  # a referral is not a revocation


def test_a_referral_without_the_persons_account_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    measure_id, condition_ids = impose(case, catalogue)
    breach = b.breach(measure_id, condition_ids[:1])
    case.record(("breach.reported", breach))
    before = case.store.event_count()
    dialog = BreachResponseDialog(case.session, catalogue, case.state(), breach["breach_id"])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "has not been recorded yet" in ui.account_warning_label.text()
    ui.refer_radio.setChecked(True)
    ui.alternatives_list.item(1).setCheckState(Qt.CheckState.Checked)
    ui.appeal_check.setChecked(True)
    ui.reason_edit.setPlainText("Third missed appointment in a month.")
    assert not ok(dialog).isEnabled()
    assert "rule 14.2" in ok(dialog).toolTip()
    dialog.submit()
    assert "Not recorded" in ui.status_label.text()
    assert "account" in ui.status_label.text()
    assert "rule 14.2" in ui.status_label.text()
    assert case.store.event_count() == before
    assert case.state().breach_open
    # A response that is not a referral does not wait for the account.
    ui.warning_radio.setChecked(True)
    assert ok(dialog).isEnabled()


def test_a_breach_before_the_measure_started_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    impose(case, catalogue)
    before = case.store.event_count()
    dialog = BreachReportDialog(case.session, catalogue, case.state(), now=now)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.conditions_list.item(0).setCheckState(Qt.CheckState.Checked)
    set_date(ui.occurred_on_edit, b.START_DATE - dt.timedelta(days=2))
    ui.description_edit.setPlainText("Missed the first appointment.")
    ok(dialog).click()
    text = ui.status_label.text()
    assert text.startswith("Not recorded")
    assert "The date of the breach cannot be before the start date" in text  # the store's rule
    assert dialog.recorded is None
    assert case.store.event_count() == before
    assert ok(dialog).isEnabled()  # the officer can correct the date and try again
    set_date(ui.occurred_on_edit, b.START_DATE)
    ok(dialog).click()
    assert dialog.recorded is not None


def test_record_text_is_shown_literally(qtbot: QtBot, case: Case, catalogue: Catalogue) -> None:
    measure_id, condition_ids = impose(case, catalogue)
    breach = b.breach(measure_id, condition_ids[:1], description=ODD_TEXT)
    case.record(
        ("breach.reported", breach), ("breach.account_recorded", b.breach_account(
            breach["breach_id"], account=ODD_TEXT))
    )  # fmt: skip
    dialog = BreachResponseDialog(case.session, catalogue, case.state(), breach["breach_id"])
    qtbot.addWidget(dialog)
    shown = dialog.ui.breach_text.toPlainText()  # a plain-text view: markup stays text
    assert shown.count(ODD_TEXT) == 2  # the description and the account


# --- modification by the authority (rule 12.4) ---------------------------------------------------


@pytest.fixture
def explained(case: Case, catalogue: Catalogue) -> tuple[str, list[str]]:
    """A measure whose three conditions have been explained (nothing pending)."""
    measure_id, condition_ids = impose(case, catalogue)
    case.record(("explanation.given", b.explanation(measure_id, condition_ids)))
    assert not case.state().explanation_pending
    return measure_id, condition_ids


def modification_dialog(qtbot: QtBot, case: Case, catalogue: Catalogue) -> ModificationDialog:
    dialog = ModificationDialog(case.session, catalogue, case.state(), now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_decision(dialog: ModificationDialog, *, authority: str = "North District Court") -> None:
    ui = dialog.ui
    ui.authority_edit.setText(authority)
    ui.reference_edit.setText("NDC/2026/1234/V1")
    set_date(ui.decision_date_edit, dt.date(2026, 11, 18))
    ui.reason_edit.setText("The person started night-shift work.")


def test_a_modification_is_recorded_and_must_be_explained_again(
    qtbot: QtBot, case: Case, catalogue: Catalogue, explained: tuple[str, list[str]]
) -> None:
    measure_id, condition_ids = explained
    dialog = modification_dialog(qtbot, case, catalogue)
    ui = dialog.ui
    assert "explanation pending" in ui.reexplain_label.text()
    fill_decision(dialog)
    ui.end_date_check.setChecked(True)
    set_date(ui.end_date_edit, dt.date(2027, 6, 30))
    # Remove the third condition.
    ui.remove_list.item(2).setCheckState(Qt.CheckState.Checked)
    # Change the reporting time of the first: typing ticks it as changed.
    ui.tabs.setCurrentWidget(ui.vary_tab)
    ui.vary_list.setCurrentRow(0)
    assert ui.vary_list.currentItem().data(Qt.ItemDataRole.UserRole) == condition_ids[0]
    time_edit = dialog.vary_fields.fields["report_time"].widget
    assert isinstance(time_edit, QLineEdit)
    time_edit.clear()
    qtbot.keyClicks(time_edit, "18:30")
    assert ui.vary_list.item(0).checkState() == Qt.CheckState.Checked
    # Add a catalogue condition with its parameters.
    ui.tabs.setCurrentWidget(ui.add_tab)
    held = {c.template_code for c in case.state().measures[measure_id].active_conditions}
    index = next(
        i for i in range(ui.add_template_combo.count())
        if ui.add_template_combo.itemData(i) not in held
    )  # fmt: skip
    ui.add_template_combo.setCurrentIndex(index)
    template = dialog.add_fields.template
    assert template is not None
    ui.add_button.click()
    assert "needed" in ui.status_label.text()
    for spec in template.parameters:
        dialog.add_fields.fields[spec.name].set_value(b.sample_value(spec))
    ui.necessity_edit.setText("Ordered by the court to support the new work pattern.")
    ui.add_button.click()
    assert ui.added_list.count() == 1
    assert "conditions removed: 1" in ui.changes_label.text()
    assert "new end date: 2027-06-30" in ui.changes_label.text()
    ok(dialog).click()
    assert dialog.recorded is not None, ui.status_label.text()
    state = case.state()
    measure = state.measures[measure_id]
    assert measure.explanation_pending  # rule 12.4: the changes must be explained again
    assert state.explanation_pending
    assert measure.conditions_version == 2
    assert not measure.conditions[condition_ids[2]].active
    assert measure.conditions[condition_ids[0]].parameters["report_time"] == "18:30"
    assert "18:30" in measure.conditions[condition_ids[0]].issued_text["en"]
    added = [c for c in measure.active_conditions if c.template_code == template.code]
    assert len(added) == 1
    assert added[0].next_review_due is not None
    assert measure.end_date == dt.date(2027, 6, 30)


def test_a_modification_without_an_authority_is_refused(
    qtbot: QtBot, case: Case, catalogue: Catalogue, explained: tuple[str, list[str]]
) -> None:
    before = case.store.event_count()
    dialog = modification_dialog(qtbot, case, catalogue)
    ui = dialog.ui
    fill_decision(dialog, authority="  ")
    ui.remove_list.item(0).setCheckState(Qt.CheckState.Checked)
    ui.tabs.setCurrentWidget(ui.remove_tab)
    ok(dialog).click()
    assert "Not recorded" in ui.status_label.text()
    assert "competent authority" in ui.status_label.text()
    assert "rule 12.4" in ui.status_label.text()
    assert ui.tabs.currentWidget() is ui.decision_tab  # taken to the field to fix
    assert dialog.focusWidget() is ui.authority_edit
    assert dialog.recorded is None
    assert case.store.event_count() == before
    assert not case.state().explanation_pending


def test_modification_parameters_are_checked_like_the_catalogue(
    qtbot: QtBot, case: Case, catalogue: Catalogue, explained: tuple[str, list[str]]
) -> None:
    before = case.store.event_count()
    dialog = modification_dialog(qtbot, case, catalogue)
    ui = dialog.ui
    fill_decision(dialog)
    ok(dialog).click()
    assert "changes nothing" in ui.status_label.text()
    ui.vary_list.setCurrentRow(0)
    time_edit = dialog.vary_fields.fields["report_time"].widget
    assert isinstance(time_edit, QLineEdit)
    time_edit.clear()
    qtbot.keyClicks(time_edit, "25:00")
    ok(dialog).click()
    assert "HH:MM" in ui.status_label.text()
    assert case.store.event_count() == before


# --- keyboard and screen readers ------------------------------------------------------------------


def every_dialog(case: Case, catalogue: Catalogue) -> list[Any]:
    measure_id, condition_ids = impose(case, catalogue)
    pre = b.measure_imposed(type_code=PRE_TRIAL)
    breach = b.breach(measure_id, condition_ids[:1])
    case.record(("measure.imposed", pre), ("breach.reported", breach))
    state = case.state()
    common = (case.session, catalogue, state)
    return [
        ConsentDialog(*common, now=now),
        BreachReportDialog(*common, now=now),
        BreachAccountDialog(*common, breach["breach_id"], now=now),
        BreachResponseDialog(*common, breach["breach_id"], now=now),
        ModificationDialog(*common, measure_id=measure_id, now=now),
    ]


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_every_control_is_labelled_and_mnemonics_are_unique(
    qtbot: QtBot, case: Case, catalogue: Catalogue
) -> None:
    for dialog in every_dialog(case, catalogue):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        if isinstance(dialog, ModificationDialog):
            dialog.ui.add_template_combo.setCurrentIndex(0)  # parameter fields appear
            assert dialog.add_fields.fields
        labels = dialog.findChildren(QLabel)
        buddies = {id(label.buddy()) for label in labels if label.buddy() is not None}
        for control in dialog.findChildren(QWidget):
            if not isinstance(control, INPUTS) or control.objectName().startswith("qt_"):
                continue
            if isinstance(control.parent(), QAbstractSpinBox):
                continue  # the line edit inside a date edit
            assert control.accessibleName() or id(control) in buddies, (name, control)
        keys = [mnemonic(label.text()) for label in labels if label.buddy() is not None]
        keys += [mnemonic(button.text()) for button in dialog.findChildren(QAbstractButton)]
        if isinstance(dialog, ModificationDialog):
            tabs = dialog.ui.tabs
            keys += [mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
        found = [key for key in keys if key]
        assert len(found) == len(set(found)), (name, sorted(found))
        assert all(  # data shown in labels is never read as markup
            label.textFormat() == Qt.TextFormat.PlainText
            for label in labels
            if label.buddy() is None and label.text()
        ), name


def test_locking_closes_an_open_dialog_unsaved(
    qtbot: QtBot, case: Case, catalogue: Catalogue, pre_trial: str
) -> None:
    dialog = consent_dialog(qtbot, case, catalogue)
    dialog.show()
    dialog.ui.refused_radio.setChecked(True)
    case.session.lock(pytest.fail)
    assert not dialog.isVisible()
    assert dialog.recorded is None
