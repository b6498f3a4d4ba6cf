"""Everyday supervision records as small dialogs: a contact, an appointment, a review (rule
10.3), a complaint or request (rule 3.6), the end of a measure (rule 11.2) and a note.

Each dialog builds one event payload and stores it with one ``store.record`` call through the
session, so a record is stored whole or not at all.  The dialogs check only what the form
itself needs (a measure chosen, the text that is required, no future time where the store has
no rule for it); every rule of the case is checked by the store, and its refusal is shown in
the dialog's status label while the dialog stays open with everything the officer entered.
Warnings that come with a stored record are shown once it is stored.

Each dialog has a classmethod ``ask(parent, session, catalogue, state, ...)`` that returns
True when the record was stored.  Locking the session closes an open dialog unsaved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.state import CaseState, MeasureState
from tokyo_desk.gui.fields import read_date, read_datetime, set_date, set_datetime
from tokyo_desk.gui.forms.ui_appointment_dialog import Ui_AppointmentDialog
from tokyo_desk.gui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from tokyo_desk.gui.forms.ui_contact_dialog import Ui_ContactDialog
from tokyo_desk.gui.forms.ui_note_dialog import Ui_NoteDialog
from tokyo_desk.gui.forms.ui_review_dialog import Ui_ReviewDialog
from tokyo_desk.gui.forms.ui_termination_dialog import Ui_TerminationDialog
from tokyo_desk.gui.record_dialog import Now, StoreDialog
from tokyo_desk.gui.session import Session
from tokyo_desk.store.case_store import Change

# The store accepts a time up to five minutes ahead of its clock (two machines' clocks and a
# slow typist); the dialogs that check a time themselves allow the same.
CLOCK_SLACK = dt.timedelta(minutes=5)
TEXT_LIMIT = 2000  # events.Text and events.Required
REVIEW_INTERVAL_DAYS = 91  # default gap to the next review (about three months)
APPOINTMENT_HOUR = 10

# Labels translated in the context "Choice" (lupdate reads them here); codes are stored.
CONTACT_KINDS = (
    ("office", QT_TRANSLATE_NOOP("Choice", "Office visit")),
    ("home_visit", QT_TRANSLATE_NOOP("Choice", "Home visit")),
    ("phone", QT_TRANSLATE_NOOP("Choice", "Telephone call")),
    ("video", QT_TRANSLATE_NOOP("Choice", "Video call")),
    ("other", QT_TRANSLATE_NOOP("Choice", "Other")),
)
REVIEW_OUTCOMES = (
    ("continue", QT_TRANSLATE_NOOP("Choice", "Continue the supervision as it is")),
    ("adjust_supervision", QT_TRANSLATE_NOOP("Choice", "Adjust the supervision")),
    (
        "recommend_early_termination",
        QT_TRANSLATE_NOOP("Choice", "Recommend early termination to the authority"),
    ),
    (
        "recommend_modification",
        QT_TRANSLATE_NOOP("Choice", "Recommend that the authority modify the conditions"),
    ),
)
COMPLAINT_KINDS = (
    ("complaint", QT_TRANSLATE_NOOP("Choice", "Complaint")),
    ("request", QT_TRANSLATE_NOOP("Choice", "Request")),
)
TERMINATION_KINDS = (
    ("completed", QT_TRANSLATE_NOOP("Choice", "Completed: the measure ran its full term")),
    ("early_termination", QT_TRANSLATE_NOOP("Choice", "Ended early by the authority (rule 11.2)")),
    ("revoked", QT_TRANSLATE_NOOP("Choice", "Revoked by the authority after a breach (rule 14)")),
)

# --- small helpers ---------------------------------------------------------------------------


def fill_choices(dialog: QWidget, combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
    """Translated labels shown, stable codes kept as item data."""
    for code, label in choices:
        combo.addItem(QCoreApplication.translate("Choice", str(label)), code)


def select(combo: QComboBox, code: Any) -> None:
    combo.setCurrentIndex(combo.findData(code))


def measures_in_force(state: CaseState) -> list[MeasureState]:
    """Measures that have not ended, in the order they were imposed."""
    return [measure for measure in state.measures.values() if not measure.ended]


def referred_to_authority(state: CaseState, measure_id: str) -> bool:
    """A breach of this measure was referred to the authority (rule 14 safeguards recorded)."""
    return any(
        breach.measure_id == measure_id
        and breach.response is not None
        and breach.response.response == "refer_to_authority"
        for breach in state.breaches.values()
    )


# --- the common part -------------------------------------------------------------------------


class RecordDialog(StoreDialog):
    """One form, one event, one ``store.record`` call; refusals keep the dialog open."""

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self._buttons: QDialogButtonBox | None = None

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog; True when the record was stored."""
        dialog = cls(session, catalogue, state, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def _connect_common(self, status: QLabel, buttons: QDialogButtonBox) -> None:
        self._status = status
        self._buttons = buttons
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record"))
        ok.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    # --- what each dialog supplies -------------------------------------------------------------

    def problem(self) -> str:
        """What the form still needs before it can be stored (translated), or ''."""
        return ""

    def changes(self) -> list[Change]:
        """The one event this dialog stores."""
        raise NotImplementedError

    # --- time ------------------------------------------------------------------------------------

    def local_now(self) -> dt.datetime:
        return self._now().astimezone()

    def too_long(self, label: str, text: str) -> str:
        if len(text) <= TEXT_LIMIT:
            return ""
        return self.tr("{0} is {1} characters long; the limit is {2}.").format(
            label, len(text), TEXT_LIMIT
        )

    # --- storing ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._buttons is not None and not self._ok_enabled():
            return  # a store call is already on its way
        problem = self.problem()
        if problem:
            self.show_status(problem)
            return
        self.store(self.changes())

    def _ok_enabled(self) -> bool:
        assert self._buttons is not None
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def _busy(self, busy: bool) -> None:
        if self._buttons is not None:
            self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


class MeasureRecordDialog(RecordDialog):
    """A record about one of the case's measures in force, chosen in ``measure_combo``."""

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self._measure_id = measure_id
        self._measures = measures_in_force(state)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        measure_id: str | None = None,
    ) -> bool:
        """Show the dialog (with ``measure_id`` chosen, if given); True when stored."""
        dialog = cls(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def _fill_measures(self, combo: QComboBox) -> None:
        for measure in self._measures:
            combo.addItem(self.measure_label(measure), measure.measure_id)
        combo.setPlaceholderText(self.tr("Choose a measure"))
        if self._measure_id is not None:
            select(combo, self._measure_id)
        elif len(self._measures) == 1:
            combo.setCurrentIndex(0)
        else:
            combo.setCurrentIndex(-1)  # several: the officer chooses
        if not self._measures:
            self.show_status(self.tr("This case has no measure in force."))
            self._busy(True)

    def _chosen(self, combo: QComboBox) -> MeasureState | None:
        measure_id = combo.currentData()
        return self._state.measures.get(measure_id) if measure_id else None


# --- 1. contact ----------------------------------------------------------------------------


class ContactDialog(RecordDialog):
    """A contact with the person: when, how, attended or not, notes (``contact.recorded``)."""

    recorded_title = "Contact recorded"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        fill_choices(self, self.ui.kind_combo, CONTACT_KINDS)
        set_datetime(self.ui.occurred_edit, self.local_now())

    def problem(self) -> str:
        if read_datetime(self.ui.occurred_edit) > self.local_now() + CLOCK_SLACK:
            return self.tr("A contact cannot be in the future: record it once it has happened.")
        return self.too_long(self.tr("The notes"), self.ui.notes_edit.toPlainText().strip())

    def changes(self) -> list[Change]:
        ui = self.ui
        return [
            (
                "contact.recorded",
                {
                    "contact_id": uuid7(),
                    "occurred_at": read_datetime(ui.occurred_edit).isoformat(),
                    "kind": ui.kind_combo.currentData(),
                    "attended": ui.attended_check.isChecked(),
                    "notes": ui.notes_edit.toPlainText().strip(),
                },
            )
        ]


# --- 2. appointment ------------------------------------------------------------------------


class AppointmentDialog(RecordDialog):
    """The next appointment: when, where, what for (``appointment.scheduled``)."""

    recorded_title = "Appointment scheduled"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_AppointmentDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        tomorrow = self.local_now().replace(
            hour=APPOINTMENT_HOUR, minute=0, second=0, microsecond=0
        ) + dt.timedelta(days=1)
        set_datetime(self.ui.due_edit, tomorrow)
        self.ui.place_edit.setText(session.info.office)

    def problem(self) -> str:
        ui = self.ui
        # The store has no rule for this: an appointment is for a time still to come.
        if read_datetime(ui.due_edit) < self.local_now() - CLOCK_SLACK:
            return self.tr(
                "An appointment is scheduled for a time still to come; record a past meeting "
                "as a contact."
            )
        if not ui.place_edit.text().strip():
            return self.tr("Say where the appointment takes place.")
        return ""

    def changes(self) -> list[Change]:
        ui = self.ui
        return [
            (
                "appointment.scheduled",
                {
                    "appointment_id": uuid7(),
                    "due_at": read_datetime(ui.due_edit).isoformat(),
                    "place": ui.place_edit.text().strip(),
                    "purpose": ui.purpose_edit.text().strip(),
                },
            )
        ]


# --- 3. review (rule 10.3) -------------------------------------------------------------------


class ReviewDialog(MeasureRecordDialog):
    """A periodic review of a measure and when the next is due (``review.recorded``)."""

    recorded_title = "Review recorded"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        ui = self.ui
        fill_choices(self, ui.outcome_combo, REVIEW_OUTCOMES)
        set_date(ui.reviewed_edit, self.today())
        ui.next_review_check.toggled.connect(ui.next_review_edit.setEnabled)
        ui.measure_combo.currentIndexChanged.connect(self._measure_changed)
        self._fill_measures(ui.measure_combo)
        self._measure_changed()

    def _measure_changed(self) -> None:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        if measure is None:
            ui.measure_info_label.setText("")
            return
        due = measure.next_review_due
        ui.measure_info_label.setText(
            self.tr("Next review due: {0}").format(due.isoformat())
            if due
            else self.tr("No review is scheduled for this measure.")
        )
        suggested = self.today() + dt.timedelta(days=REVIEW_INTERVAL_DAYS)
        end = measure.end_date
        ui.next_review_check.setChecked(end is None or suggested < end)
        set_date(ui.next_review_edit, suggested if end is None else min(suggested, end))
        ui.next_review_edit.setEnabled(ui.next_review_check.isChecked())

    def problem(self) -> str:
        if self._chosen(self.ui.measure_combo) is None:
            return self.tr("Choose the measure that was reviewed.")
        return self.too_long(self.tr("The notes"), self.ui.notes_edit.toPlainText().strip())

    def changes(self) -> list[Change]:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        assert measure is not None
        next_due = read_date(ui.next_review_edit) if ui.next_review_check.isChecked() else None
        return [
            (
                "review.recorded",
                {
                    "review_id": uuid7(),
                    "measure_id": measure.measure_id,
                    "reviewed_on": read_date(ui.reviewed_edit).isoformat(),
                    "outcome": ui.outcome_combo.currentData(),
                    "notes": ui.notes_edit.toPlainText().strip(),
                    "next_review_due": next_due.isoformat() if next_due else None,
                },
            )
        ]


# --- 4. complaint or request (rule 3.6) ------------------------------------------------------


class ComplaintDialog(RecordDialog):
    """A complaint or request, and where it was sent (``complaint.recorded``)."""

    recorded_title = "Complaint or request recorded"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        fill_choices(self, self.ui.kind_combo, COMPLAINT_KINDS)
        set_date(self.ui.received_edit, self.today())
        set_date(self.ui.sent_on_edit, self.today())

    def problem(self) -> str:
        subject = self.ui.subject_edit.toPlainText().strip()
        if not subject:
            return self.tr("Say what the complaint or request is about.")
        return self.too_long(self.tr("The description"), subject)

    def changes(self) -> list[Change]:
        ui = self.ui
        sent = ui.sent_group.isChecked()
        return [
            (
                "complaint.recorded",
                {
                    "complaint_id": uuid7(),
                    "kind": ui.kind_combo.currentData(),
                    "received_on": read_date(ui.received_edit).isoformat(),
                    "subject": ui.subject_edit.toPlainText().strip(),
                    "sent_to": ui.sent_to_edit.text().strip() if sent else "",
                    "sent_on": read_date(ui.sent_on_edit).isoformat() if sent else None,
                },
            )
        ]


# --- 5. the end of a measure (rule 11.2) -----------------------------------------------------


class TerminationDialog(MeasureRecordDialog):
    """Completion, early termination or revocation of a measure (``measure.terminated``)."""

    recorded_title = "End of the measure recorded"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        self.ui = Ui_TerminationDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        ui = self.ui
        self._default_authority = ""
        fill_choices(self, ui.kind_combo, TERMINATION_KINDS)
        set_date(ui.decided_edit, self.today())
        ui.measure_combo.currentIndexChanged.connect(self._measure_changed)
        ui.kind_combo.currentIndexChanged.connect(self._update_hint)
        ui.decided_edit.dateChanged.connect(self._update_hint)
        self._fill_measures(ui.measure_combo)
        self._measure_changed()
        self._default_kind()

    def _measure_changed(self) -> None:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        if measure is None:
            ui.measure_info_label.setText("")
            self._update_hint()
            return
        end = measure.end_date
        eligible = measure.imposed.early_termination_eligible_on
        info = [
            self.tr("Ends on {0}.").format(end.isoformat())
            if end
            else self.tr("No end date is set.")
        ]
        if eligible is not None:
            info.append(
                self.tr("Eligible for early termination from {0} (rule 11.2).").format(
                    eligible.isoformat()
                )
            )
        ui.measure_info_label.setText(" ".join(info))
        # Usually the authority that imposed the measure decides its end; keep what was typed.
        if ui.authority_edit.text().strip() in {"", self._default_authority}:
            ui.authority_edit.setText(measure.imposed.authority)
        self._default_authority = measure.imposed.authority
        self._update_hint()

    def _default_kind(self) -> None:
        """Completed once the end date is reached; before it, an early termination."""
        measure = self._chosen(self.ui.measure_combo)
        end = measure.end_date if measure else None
        select(
            self.ui.kind_combo, "completed" if end and self.today() >= end else "early_termination"
        )

    def _update_hint(self) -> None:
        """What the store will insist on for this choice, said before the officer submits."""
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        kind = ui.kind_combo.currentData()
        if measure is None:
            ui.hint_label.setText("")
            return
        decided = read_date(ui.decided_edit)
        end = measure.end_date
        eligible = measure.imposed.early_termination_eligible_on
        hints: list[str] = []
        if kind == "completed" and end is not None and decided < end:
            hints.append(
                self.tr("A measure completes on or after its end date ({0}); before it, record "
                        "an early termination decided by the authority.").format(end.isoformat())
            )  # fmt: skip
        if kind == "early_termination":
            if end is not None and decided >= end:
                hints.append(
                    self.tr("The end date ({0}) has been reached: the measure is completed, "
                            "not ended early.").format(end.isoformat())
                )  # fmt: skip
            if eligible is not None and decided < eligible:
                hints.append(
                    self.tr("The person is eligible for early termination only from {0}; "
                            "record it if the authority decided so.").format(eligible.isoformat())
                )  # fmt: skip
        if kind in {"early_termination", "revoked"}:
            hints.append(self.tr("The authority and its decision reference are required."))
        if kind == "revoked" and not referred_to_authority(self._state, measure.measure_id):
            hints.append(
                self.tr("No breach of this measure has been referred to the authority. A "
                        "revocation can be recorded only after a referral made with the rule 14 "
                        "safeguards: the person's account, the alternatives considered, and the "
                        "right to appeal explained.")
            )  # fmt: skip
        ui.hint_label.setText("\n".join(hints))

    def problem(self) -> str:
        if self._chosen(self.ui.measure_combo) is None:
            return self.tr("Choose the measure that ended.")
        return self.too_long(self.tr("The reason"), self.ui.reason_edit.toPlainText().strip())

    def changes(self) -> list[Change]:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        assert measure is not None
        return [
            (
                "measure.terminated",
                {
                    "measure_id": measure.measure_id,
                    "kind": ui.kind_combo.currentData(),
                    "decided_on": read_date(ui.decided_edit).isoformat(),
                    "authority": ui.authority_edit.text().strip(),
                    "decision_reference": ui.reference_edit.text().strip(),
                    "reason": ui.reason_edit.toPlainText().strip(),
                },
            )
        ]


# --- 6. note ---------------------------------------------------------------------------------


class NoteDialog(RecordDialog):
    """A free-text note on the case (``note.added``); allowed on a closed case too."""

    recorded_title = "Note added"

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self._connect_common(self.ui.status_label, self.ui.button_box)
        set_datetime(self.ui.written_edit, self.local_now())
        self.ui.text_edit.setFocus()

    def problem(self) -> str:
        # The store has no rule for this one: a note is written now or about the past.
        if read_datetime(self.ui.written_edit) > self.local_now() + CLOCK_SLACK:
            return self.tr("A note cannot be dated in the future.")
        text = self.ui.text_edit.toPlainText().strip()
        if not text:
            return self.tr("Write the note first.")
        return self.too_long(self.tr("The note"), text)

    def changes(self) -> list[Change]:
        ui = self.ui
        return [
            (
                "note.added",
                {
                    "written_at": read_datetime(ui.written_edit).isoformat(),
                    "text": ui.text_edit.toPlainText().strip(),
                },
            )
        ]
