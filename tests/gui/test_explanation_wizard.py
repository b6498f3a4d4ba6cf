"""The guided explanation (rule 12.3), end to end on a real encrypted store: every step's
checks, the sheet rendered, previewed and printed to a PDF-format printer, and the document
and the explanation stored together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.explanation_wizard import (
    ACKNOWLEDGEMENT,
    CONDITION,
    RESPONSE,
    RIGHTS,
    SHEET,
    ExplanationWizard,
)
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.sheets.from_case import OfficerDetails
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

CONDITIONS = 3


@pytest.fixture
def case(
    profile_and_store: tuple[Profile, CaseStore], catalogue: Catalogue
) -> tuple[Session, str, str]:
    """A case with a measure and three catalogue conditions, not yet explained."""
    profile, store = profile_and_store
    case_id, _ = store.open_case(
        b.person(preferred_language="fr", languages_spoken=["fr", "en"], languages_written=["fr"]),
        office="North", opened_on=b.OPENED_ON,
    )  # fmt: skip
    measure = b.measure_imposed()
    conditions = [
        ("condition.imposed", b.condition_imposed(measure["measure_id"], b.condition_spec(t)))
        for t in b.templates_for(catalogue, b.MEASURE_TYPE, CONDITIONS)
    ]
    store.record(case_id, [("measure.imposed", measure), *conditions])
    return Session(ImmediateRunner(), profile, store), case_id, measure["measure_id"]


def make_wizard(
    qtbot: QtBot, case: tuple[Session, str, str], catalogue: Catalogue
) -> ExplanationWizard:
    session, case_id, measure_id = case
    state: Any = None

    def load(store: CaseStore) -> Any:
        return store.case(case_id)

    def keep(found: Any) -> None:
        nonlocal state
        state = found

    session.call(load, keep, pytest.fail)
    officer = OfficerDetails(
        officer_id="01a20b6c-5f00-7000-8000-0000000000af",
        name="Officer Layla Haidari",
        office_name="North Office",
        office_phone="+93 70 123 4567",
        office_hours="08:00-16:00",
    )
    wizard = ExplanationWizard(
        session, ImmediateRunner(), state, measure_id, catalogue, officer, now=lambda: b.NOW
    )
    qtbot.addWidget(wizard)
    return wizard


def test_the_whole_explanation_is_recorded(
    qtbot: QtBot,
    case: tuple[Session, str, str],
    catalogue: Catalogue,
    printed_to: list[Path],
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    wizard = make_wizard(qtbot, case, catalogue)
    ui = wizard.ui
    assert ui.language_combo.currentData() == "fr"  # the person's preferred language
    wizard.next_step()
    for index in range(CONDITIONS):
        assert ui.pages.currentIndex() == CONDITION
        assert f"{index + 1} of {CONDITIONS}" in ui.step_label.text()
        assert ui.person_text_label.text() != ui.officer_text_label.text()  # French and English
        wizard.next_step()  # not explained yet: refused
        assert "orally" in ui.status_label.text()
        ui.explained_check.setChecked(True)
        wizard.next_step()
    assert ui.pages.currentIndex() == RIGHTS
    assert "plainte" in ui.rights_text.toPlainText().lower()  # the rights, in French
    wizard.next_step()
    assert ui.pages.currentIndex() == RIGHTS  # rights and breach not yet explained
    ui.rights_check.setChecked(True)
    ui.breach_check.setChecked(True)
    wizard.next_step()
    assert ui.pages.currentIndex() == RESPONSE
    ui.response_combo.setCurrentIndex(ui.response_combo.findData("disagrees"))
    wizard.next_step()
    assert "why" in ui.status_label.text()
    ui.reason_edit.setText("Says the curfew stops her working night shifts.")
    wizard.next_step()
    assert ui.pages.currentIndex() == SHEET
    assert wizard.preview.page_count() >= 1  # previewed from memory
    wizard.next_step()  # the sheet must be given first
    assert ui.pages.currentIndex() == SHEET
    ui.print_button.click()
    qtbot.waitUntil(lambda: wizard.draft.printed is not None)
    assert len(printed_to) == 1
    assert printed_to[0].stat().st_size > 10_000
    qtbot.waitUntil(ui.print_button.isEnabled)  # the job has ended
    ui.print_button.click()  # a second copy
    qtbot.waitUntil(lambda: wizard.draft.printed is not None and wizard.draft.printed.copies == 2)
    wizard.next_step()
    assert ui.pages.currentIndex() == ACKNOWLEDGEMENT
    ui.mark_radio.setChecked(True)
    wizard.next_step()
    assert "witness" in ui.status_label.text()
    ui.witness_edit.setText("Joseph Mwangi")
    wizard.next_step()
    assert wizard.recorded is not None
    assert [event.kind for event in wizard.recorded.events] == [
        "document.issued",
        "explanation.given",
    ]
    _, store = profile_and_store
    _, case_id, measure_id = case
    state = store.case(case_id)
    assert not state.measures[measure_id].explanation_pending
    document = next(iter(state.documents.values()))
    assert document.copies == 2
    assert document.languages[0] == "fr"
    assert store.documents_with_code(document.verification_code)


def test_cancelling_stores_nothing(
    qtbot: QtBot,
    case: tuple[Session, str, str],
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    _, store = profile_and_store
    before = store.event_count()
    wizard = make_wizard(qtbot, case, catalogue)
    wizard.next_step()
    wizard.reject()
    assert store.event_count() == before
    assert wizard.recorded is None


def test_a_relative_interpreting_is_warned_about(
    qtbot: QtBot, case: tuple[Session, str, str], catalogue: Catalogue
) -> None:
    wizard = make_wizard(qtbot, case, catalogue)
    ui = wizard.ui
    ui.interpreter_group.setChecked(True)
    wizard.next_step()
    assert "interpreter's name" in ui.status_label.text()
    ui.interpreter_name_edit.setText("Amina Banda")
    ui.relationship_combo.setCurrentIndex(ui.relationship_combo.findData("child"))
    assert "child" in ui.interpreter_warning_label.text()
    wizard.next_step()
    assert ui.pages.currentIndex() == CONDITION


def test_written_later_needs_a_reason(
    qtbot: QtBot, case: tuple[Session, str, str], catalogue: Catalogue
) -> None:
    wizard = make_wizard(qtbot, case, catalogue)
    ui = wizard.ui
    ui.mode_combo.setCurrentIndex(ui.mode_combo.findData("oral_now_written_later"))
    wizard.next_step()
    assert "later" in ui.status_label.text()
    ui.later_edit.setText("The printer at the office is broken; posted tomorrow.")
    wizard.next_step()
    assert ui.pages.currentIndex() == CONDITION
