"""The records where the Tokyo Rules' safeguards matter most, as dialogs.

- ``ConsentDialog``: informed consent to a pre-trial or diversion measure (rule 3.4).
- ``BreachReportDialog``, ``BreachAccountDialog``, ``BreachResponseDialog``: the three steps of
  rule 14 -- report the breach with the conditions it concerns (14.1), hear the person (14.2),
  respond with the non-custodial alternatives considered first (14.3, 14.4) and the right to
  appeal explained (14.6).
- ``ModificationDialog``: conditions modified by the competent authority (rule 12.4).

Each dialog builds one event payload and stores it with ONE ``store.record`` call through the
session (one transaction: stored whole or not at all).  Where a safeguard can be seen coming,
the form says so before the officer tries: the OK button is disabled, and a line above it (and
the button's tooltip) says why.  The store's rules have the last word; their refusals are shown
in the status label while the dialog stays open with everything the officer entered.

Each dialog has a classmethod ``ask(parent, session, catalogue, state, ...)`` that returns True
when the record was stored.  Locking the session closes an open dialog unsaved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from tokyo_desk.domain import events as ev
from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.state import BreachState, CaseState, ConditionState, MeasureState
from tokyo_desk.gui.catalogue_texts import condition_title
from tokyo_desk.gui.fields import language_name, read_date, sentence, set_date
from tokyo_desk.gui.forms.ui_breach_account_dialog import Ui_BreachAccountDialog
from tokyo_desk.gui.forms.ui_breach_report_dialog import Ui_BreachReportDialog
from tokyo_desk.gui.forms.ui_breach_response_dialog import Ui_BreachResponseDialog
from tokyo_desk.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from tokyo_desk.gui.forms.ui_modification_dialog import Ui_ModificationDialog
from tokyo_desk.gui.parameter_fields import ParameterForm
from tokyo_desk.gui.record_dialog import Now, StoreDialog
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.style import enlarge

Payload = dict[str, Any]
Problem = tuple[str, QWidget | None]  # a translated message, and the control to fix it in

OFFICIAL_LANGUAGE = "en"  # the officer's language: frozen condition texts are shown in it
ITEM_ID = Qt.ItemDataRole.UserRole

# Rules 14.3 and 14.4: what to weigh before anything goes to the authority.  Stored as the
# officer reads them (translated), like any other text the officer enters.
ALTERNATIVES: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("BreachResponseDialog", "A warning, spoken or written"),
        QT_TRANSLATE_NOOP("BreachResponseDialog", "More frequent contact or reporting"),
        QT_TRANSLATE_NOOP(
            "BreachResponseDialog", "Adjusted conditions, to be decided by the authority"
        ),
        QT_TRANSLATE_NOOP(
            "BreachResponseDialog",
            "Help with the cause of the breach (treatment, transport, childcare, work)",
        ),
        QT_TRANSLATE_NOOP(
            "BreachResponseDialog",
            "Support from family, community or social services (rule 13.4)",
        ),
    )
)
RESPONSES = (
    ("no_action_radio", "no_action"),
    ("warning_radio", "warning"),
    ("adjust_radio", "adjust_supervision"),
    ("refer_radio", "refer_to_authority"),
)


# --- small helpers ----------------------------------------------------------------------------


def checked_ids(view: QListWidget) -> list[str]:
    """Item data of the ticked items, in list order."""
    found = []
    for row in range(view.count()):
        item = view.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            found.append(str(item.data(ITEM_ID)))
    return found


def add_checkable(view: QListWidget, text: str, data: str) -> QListWidgetItem:
    """A plain-text item with a tick box (Space ticks it from the keyboard)."""
    item = QListWidgetItem(text, view)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(ITEM_ID, data)
    return item


def show_all_rows(view: QListWidget) -> None:
    """Tall enough for every item: a short list the officer must read in full."""
    rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
    view.setMinimumHeight(rows + 2 * view.frameWidth() + 2)


def breach_description(state: CaseState, breach_id: str) -> str:
    """What the report said happened (the state keeps only the facts rules need)."""
    for event in reversed(state.events):
        payload = event.payload
        if isinstance(payload, ev.BreachReported) and payload.breach_id == breach_id:
            return payload.description
    return ""


# --- the common part ----------------------------------------------------------------------------


class SafeguardDialog(StoreDialog):
    """One form, one event, one ``store.record`` call; refusals keep the dialog open.

    Subclasses set ``kind``, call ``_connect_common`` after ``setupUi``, and supply
    ``blockers`` (safeguards not met yet: OK stays disabled and says why), ``problems``
    (what is missing, named when OK is pressed) and ``payload``.
    """

    kind: ClassVar[str] = ""

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
        self._busy_now = False
        self._block: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None

    def _connect_common(
        self,
        status: QLabel,
        buttons: QDialogButtonBox,
        ok_text: str,
        block: QLabel | None = None,
    ) -> None:
        self._status = status
        self._block = block
        self._buttons = buttons
        ok = self.ok_button
        ok.setText(ok_text)
        ok.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        assert self._buttons is not None
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    # --- what each dialog supplies -------------------------------------------------------------

    def blockers(self) -> list[str]:
        """Safeguards not met yet (translated): OK stays disabled and says why."""
        return []

    def problems(self) -> list[Problem]:
        """What the form still needs (translated), with the control to fix it in."""
        return []

    def payload(self) -> Payload:
        """The one event this dialog stores."""
        raise NotImplementedError

    # --- how things read -------------------------------------------------------------------------

    def template_of(self, condition: ConditionState) -> ConditionTemplate | None:
        if condition.template_code is None:
            return None
        return self._catalogue.condition(condition.template_code, condition.template_version)

    def condition_label(self, condition: ConditionState) -> str:
        """Title and the text as issued (in the officer's language where there is one)."""
        template = self.template_of(condition)
        title = (
            condition_title(self._catalogue, template)
            if template
            else self.tr("Condition set by the authority")
        )
        text = (
            condition.issued_text.get(OFFICIAL_LANGUAGE)
            or next(iter(condition.issued_text.values()), "")
            or condition.bespoke_text
        )
        return f"{title}: {text}" if text else title

    def breach_summary(self, breach: BreachState) -> str:
        measure = self._state.measures.get(breach.measure_id)
        conditions = [
            self.condition_label(measure.conditions[condition_id])
            for condition_id in breach.condition_ids
            if measure is not None and condition_id in measure.conditions
        ]
        lines = [
            self.measure_label(measure) if measure else self.tr("Unknown measure"),
            self.tr("Happened on {0}; reported on {1}.").format(
                breach.occurred_on.isoformat(), breach.reported_on.isoformat()
            ),
            self.tr("Conditions concerned:"),
            *("• " + text for text in conditions),
        ]
        description = breach_description(self._state, breach.breach_id)
        if description:
            lines += ["", self.tr("What happened:"), description]
        if breach.account:
            lines += ["", self.tr("The person's account:"), breach.account]
        return "\n".join(lines)

    def _fill_measures(
        self, combo: QComboBox, measures: Sequence[MeasureState], chosen: str | None
    ) -> None:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(40)
        for measure in measures:
            label = self.measure_label(measure)
            combo.addItem(label, measure.measure_id)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setPlaceholderText(self.tr("Choose a measure"))
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        else:
            combo.setCurrentIndex(0 if len(measures) == 1 else -1)

    def _chosen(self, combo: QComboBox) -> MeasureState | None:
        measure_id = combo.currentData()
        return self._state.measures.get(measure_id) if measure_id else None

    # --- OK and its explanation ------------------------------------------------------------------

    def refresh(self) -> None:
        """Enable OK only when no safeguard stands in the way, and say why otherwise."""
        if self._buttons is None:
            return
        blockers = self.blockers()
        reason = "\n".join(blockers)
        ok = self.ok_button
        ok.setEnabled(not blockers and not self._busy_now)
        ok.setToolTip(reason)
        ok.setAccessibleDescription(reason)
        if self._block is not None:
            self._block.setText(reason)
            self._block.setVisible(bool(reason))

    def reveal(self, widget: QWidget) -> None:
        """Bring ``widget`` into view and give it the focus (the modification has tabs)."""
        widget.setFocus()

    # --- storing ---------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy_now:
            return  # a store call is already on its way
        blockers = self.blockers()
        problems = self.problems()
        if blockers or problems:
            self.show_problems([*blockers, *(message for message, _ in problems)])
            where = next((widget for _, widget in problems if widget is not None), None)
            if where is not None:
                self.reveal(where)
            return
        self.store([(self.kind, self.payload())])

    def _busy(self, busy: bool) -> None:
        self._busy_now = busy
        if self._buttons is not None:
            self._buttons.setEnabled(not busy)
        self.refresh()

    def reject(self) -> None:
        if self._busy_now:
            return  # the record is on its way; its result closes the dialog
        super().reject()

    def _locked(self) -> None:
        self._busy_now = False
        super().reject()


# --- 1. consent (rule 3.4) ------------------------------------------------------------------------


class ConsentDialog(SafeguardDialog):
    """Informed consent to a pre-trial measure, given or refused (``consent.recorded``)."""

    kind = "consent.recorded"
    recorded_title = str(QT_TRANSLATE_NOOP("SafeguardDialog", "Consent recorded"))

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
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        enlarge(ui.heading_label, 1.3)
        enlarge(ui.block_label, 1.0)
        self._connect_common(ui.status_label, ui.button_box, self.tr("Record"), ui.block_label)
        self._measures = [
            measure
            for measure in state.measures.values()
            if measure.consent_required and not measure.ended
        ]
        self._fill_measures(ui.measure_combo, self._measures, measure_id)
        for code in self._languages():
            ui.language_combo.addItem(language_name(code), code)
        set_date(ui.recorded_on_edit, self.today(), latest=self.today())
        ui.measure_combo.currentIndexChanged.connect(self._measure_chosen)
        for button in (ui.nature_check, ui.consequences_check, ui.given_radio, ui.refused_radio):
            button.toggled.connect(self.refresh)
        self._measure_chosen()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog (with ``measure_id`` chosen, if given); True when stored."""
        dialog = cls(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def _languages(self) -> list[str]:
        """The person's preferred language first, then the others they know."""
        state = self._state
        codes = [state.person_value("preferred_language") or OFFICIAL_LANGUAGE]
        codes += list(state.person_value("languages_spoken") or ())
        codes += list(state.person_value("languages_written") or ())
        return list(dict.fromkeys(codes))

    def _measure_chosen(self) -> None:
        measure = self._chosen(self.ui.measure_combo)
        consent = measure.consent if measure else None
        if consent is None:
            text = self.tr("No consent recorded yet for this measure.") if measure else ""
        else:
            given = self.tr("consent given") if consent.consent_given else self.tr("refused")
            text = self.tr(
                "Already recorded on {0}: {1}. A new record becomes the current one; the "
                "earlier one stays in the case record."
            ).format(consent.recorded_on.isoformat(), given)
        self.ui.consent_status_label.setText(text)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        if ui.given_radio.isChecked():
            ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Record consent")
            )
        elif ui.refused_radio.isChecked():
            ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
                self.tr("Record refusal")
            )
        super().refresh()

    def blockers(self) -> list[str]:
        ui = self.ui
        if not self._measures:
            return [
                self.tr("No measure in this case needs the person's consent: rule 3.4 applies "
                        "to obligations imposed before or instead of a trial.")
            ]  # fmt: skip
        if self._chosen(ui.measure_combo) is None:
            return [self.tr("Choose the measure.")]
        if not (ui.given_radio.isChecked() or ui.refused_radio.isChecked()):
            return [self.tr("Choose whether the person gives or refuses consent.")]
        if ui.given_radio.isChecked() and not (
            ui.nature_check.isChecked() and ui.consequences_check.isChecked()
        ):
            return [
                self.tr("Consent is informed only when you have explained both the nature of "
                        "the obligations and the consequences of refusing (rule 3.4). Tick both "
                        "once you have explained them, or record a refusal.")
            ]  # fmt: skip
        return []

    def problems(self) -> list[Problem]:
        if not self.ui.language_combo.currentData():
            return [(self.tr("Choose the language used."), self.ui.language_combo)]
        return []

    def payload(self) -> Payload:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        assert measure is not None
        return {
            "measure_id": measure.measure_id,
            "recorded_on": read_date(ui.recorded_on_edit).isoformat(),
            "consent_given": ui.given_radio.isChecked(),
            "nature_explained": ui.nature_check.isChecked(),
            "refusal_consequences_explained": ui.consequences_check.isChecked(),
            "language": ui.language_combo.currentData(),
            "interpreter": ui.interpreter_edit.text().strip(),
            "notes": ui.notes_edit.toPlainText().strip(),
        }


# --- 2. breach: report (rule 14.1) ----------------------------------------------------------------


class BreachReportDialog(SafeguardDialog):
    """A breach with the conditions in force it concerns (``breach.reported``)."""

    kind = "breach.reported"
    recorded_title = str(QT_TRANSLATE_NOOP("SafeguardDialog", "Breach reported"))

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
        self.ui = Ui_BreachReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        enlarge(ui.safeguard_label, 1.2)
        self._connect_common(ui.status_label, ui.button_box, self.tr("Record the breach"))
        self.breach_id = uuid7()  # kept for the next steps (the account, the response)
        self._measures = [
            measure
            for measure in state.measures.values()
            if not measure.ended and measure.active_conditions
        ]
        self._fill_measures(ui.measure_combo, self._measures, measure_id)
        set_date(ui.occurred_on_edit, self.today(), latest=self.today())
        set_date(ui.reported_on_edit, self.today(), latest=self.today())
        ui.measure_combo.currentIndexChanged.connect(self._measure_chosen)
        self._measure_chosen()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog (with ``measure_id`` chosen, if given); True when stored."""
        dialog = cls(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def _measure_chosen(self) -> None:
        view = self.ui.conditions_list
        view.clear()
        measure = self._chosen(self.ui.measure_combo)
        for condition in measure.active_conditions if measure else []:
            add_checkable(view, self.condition_label(condition), condition.condition_id)
        if view.count():
            view.setCurrentRow(0)
        self.refresh()

    def blockers(self) -> list[str]:
        if not self._measures:
            return [
                self.tr("This case has no measure with conditions in force: a breach concerns "
                        "conditions in force (rule 14.1).")
            ]  # fmt: skip
        return []

    def problems(self) -> list[Problem]:
        ui = self.ui
        found: list[Problem] = []
        if self._chosen(ui.measure_combo) is None:
            found.append((self.tr("Choose the measure."), ui.measure_combo))
        elif not checked_ids(ui.conditions_list):
            found.append(
                (self.tr("Tick the condition or conditions the breach concerns (rule 14.1)."),
                 ui.conditions_list)
            )  # fmt: skip
        if not ui.description_edit.toPlainText().strip():
            found.append((self.tr("Describe what happened."), ui.description_edit))
        return found

    def payload(self) -> Payload:
        ui = self.ui
        measure = self._chosen(ui.measure_combo)
        assert measure is not None
        return {
            "breach_id": self.breach_id,
            "measure_id": measure.measure_id,
            "condition_ids": checked_ids(ui.conditions_list),
            "occurred_on": read_date(ui.occurred_on_edit).isoformat(),
            "reported_on": read_date(ui.reported_on_edit).isoformat(),
            "description": ui.description_edit.toPlainText().strip(),
        }


# --- 2. breach: the person's account (rule 14.2) --------------------------------------------------


class BreachAccountDialog(SafeguardDialog):
    """The person's own account of a reported breach (``breach.account_recorded``)."""

    kind = "breach.account_recorded"
    recorded_title = str(QT_TRANSLATE_NOOP("SafeguardDialog", "Account recorded"))

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        breach_id: str,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_BreachAccountDialog()
        self.ui.setupUi(self)
        ui = self.ui
        enlarge(ui.safeguard_label, 1.2)
        self._connect_common(ui.status_label, ui.button_box, self.tr("Record the account"))
        self.breach_id = breach_id
        self._breach = state.breaches.get(breach_id)
        set_date(ui.recorded_on_edit, self.today(), latest=self.today())
        breach = self._breach
        ui.breach_text.setPlainText(self.breach_summary(breach) if breach else "")
        earlier = bool(breach and breach.account)
        ui.existing_account_label.setVisible(earlier)
        if earlier:
            ui.existing_account_label.setText(
                self.tr("An account is already recorded (shown above). A new one becomes the "
                        "current account; the earlier one stays in the case record.")
            )  # fmt: skip
        if breach is None:
            self.show_status(self.tr("This breach is not in the case record."))
        self.refresh()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        breach_id: str,
        *,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog for one reported breach; True when stored."""
        dialog = cls(session, catalogue, state, breach_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def blockers(self) -> list[str]:
        if self._breach is None:
            return [self.tr("This breach is not in the case record.")]
        return []

    def problems(self) -> list[Problem]:
        if not self.ui.account_edit.toPlainText().strip():
            return [
                (self.tr("Write down the person's account, in their own words (rule 14.2)."),
                 self.ui.account_edit)
            ]  # fmt: skip
        return []

    def payload(self) -> Payload:
        return {
            "breach_id": self.breach_id,
            "recorded_on": read_date(self.ui.recorded_on_edit).isoformat(),
            "account": self.ui.account_edit.toPlainText().strip(),
        }


# --- 2. breach: the response (rules 14.3-14.6) ----------------------------------------------------


class BreachResponseDialog(SafeguardDialog):
    """The response to a breach, with the alternatives considered (``breach.responded``)."""

    kind = "breach.responded"
    recorded_title = str(QT_TRANSLATE_NOOP("SafeguardDialog", "Response recorded"))

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        breach_id: str,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, catalogue, state, now=now, parent=parent)
        self.ui = Ui_BreachResponseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        enlarge(ui.safeguard_label, 1.2)
        enlarge(ui.block_label, 1.0)
        self._connect_common(
            ui.status_label, ui.button_box, self.tr("Record the response"), ui.block_label
        )
        self.breach_id = breach_id
        self._breach = state.breaches.get(breach_id)
        breach = self._breach
        set_date(ui.responded_on_edit, self.today(), latest=self.today())
        ui.breach_text.setPlainText(self.breach_summary(breach) if breach else "")
        heard = bool(breach and breach.account)
        enlarge(ui.account_warning_label, 1.0)  # the missing safeguard stands out
        ui.account_warning_label.setVisible(not heard)
        ui.account_warning_label.setText(
            ""
            if heard
            else self.tr("The person's account has not been recorded yet. The person must be "
                         "heard (rule 14.2): record their account before any referral to the "
                         "authority.")
        )  # fmt: skip
        for text in ALTERNATIVES:
            translated = self.tr(text)
            add_checkable(ui.alternatives_list, translated, translated)
        ui.alternatives_list.setCurrentRow(0)
        show_all_rows(ui.alternatives_list)
        ui.alternatives_list.itemChanged.connect(self.refresh)
        ui.other_edit.textChanged.connect(self.refresh)
        ui.appeal_check.toggled.connect(self.refresh)
        for name, _ in RESPONSES:
            getattr(ui, name).toggled.connect(self.refresh)
        self.refresh()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        breach_id: str,
        *,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog for one reported breach; True when stored."""
        dialog = cls(session, catalogue, state, breach_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    def response(self) -> str | None:
        return next((code for name, code in RESPONSES if getattr(self.ui, name).isChecked()), None)

    def alternatives(self) -> list[str]:
        chosen = checked_ids(self.ui.alternatives_list)
        other = self.ui.other_edit.text().strip()
        return [*chosen, other] if other else chosen

    def blockers(self) -> list[str]:
        breach = self._breach
        if breach is None:
            return [self.tr("This breach is not in the case record.")]
        if breach.response is not None:
            return [
                self.tr("This breach already has a response (recorded on {0}); record a "
                        "correction instead.").format(breach.response.responded_on.isoformat())
            ]  # fmt: skip
        response = self.response()
        if response is None:
            return [self.tr("Choose your response.")]
        found = []
        if response == "refer_to_authority":
            if not breach.account:
                found.append(
                    self.tr("The person has not been heard: record their account of the "
                            "breach before any referral (rule 14.2).")
                )  # fmt: skip
            if not self.alternatives():
                found.append(
                    self.tr("Tick the non-custodial alternatives you considered before a "
                            "referral (rules 14.3, 14.4).")
                )  # fmt: skip
            if not self.ui.appeal_check.isChecked():
                found.append(
                    self.tr("Tell the person of the right to appeal before a referral "
                            "(rule 14.6), then tick it.")
                )  # fmt: skip
        return found

    def problems(self) -> list[Problem]:
        if not self.ui.reason_edit.toPlainText().strip():
            return [(self.tr("Give the reason for this response."), self.ui.reason_edit)]
        return []

    def payload(self) -> Payload:
        ui = self.ui
        return {
            "breach_id": self.breach_id,
            "responded_on": read_date(ui.responded_on_edit).isoformat(),
            "response": self.response(),
            "reason": ui.reason_edit.toPlainText().strip(),
            "alternatives_considered": self.alternatives(),
            "appeal_rights_explained": ui.appeal_check.isChecked(),
        }


# --- 3. modification by the authority (rule 12.4) -------------------------------------------------


@dataclass
class VaryPage:
    """The new details of one condition being changed, on a page of their own."""

    widget: QWidget
    fields: ParameterForm


@dataclass
class Variation:
    """A ticked condition: its template, the valid new values, and what is wrong with them."""

    condition: ConditionState
    template: ConditionTemplate
    values: dict[str, Any]
    problems: list[str]


@dataclass
class Addition:
    """A catalogue condition the authority added, as entered on the Add tab."""

    condition_id: str
    template: ConditionTemplate
    values: dict[str, Any]
    necessity_note: str


class ModificationDialog(SafeguardDialog):
    """Conditions removed, changed or added, and a new end date (``modification.recorded``)."""

    kind = "modification.recorded"
    recorded_title = str(QT_TRANSLATE_NOOP("SafeguardDialog", "Modification recorded"))

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
        self.ui = Ui_ModificationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        enlarge(ui.reexplain_label, 1.05)
        self._connect_common(ui.status_label, ui.button_box, self.tr("Record the modification"))
        # One page of fields per condition being changed: what was entered for one stays
        # there, as entered, while the officer looks at another.
        self._vary_stack = QStackedWidget(ui.vary_group)
        ui.vary_form.addRow(self._vary_stack)
        self._no_vary_page = self._new_vary_page()
        self._vary_pages: dict[str, VaryPage] = {}
        self.vary_fields = self._no_vary_page.fields  # those of the selected condition
        self.add_fields = ParameterForm(ui.add_form, ui.add_group, default_date=self.today())
        self.additions: list[Addition] = []
        self._measures = [measure for measure in state.measures.values() if not measure.ended]
        self._fill_measures(ui.measure_combo, self._measures, measure_id)
        set_date(ui.decision_date_edit, self.today(), latest=self.today())
        set_date(ui.end_date_edit, self.today())
        ui.measure_combo.currentIndexChanged.connect(self._measure_chosen)
        ui.end_date_check.toggled.connect(ui.end_date_edit.setEnabled)
        ui.end_date_check.toggled.connect(self._summarize)
        ui.end_date_edit.dateChanged.connect(self._summarize)
        ui.remove_list.itemChanged.connect(self._summarize)
        ui.vary_list.itemChanged.connect(self._summarize)
        ui.vary_list.currentItemChanged.connect(self._vary_selected)
        ui.add_template_combo.currentIndexChanged.connect(self._template_chosen)
        ui.add_button.clicked.connect(self.add_condition)
        ui.take_off_button.clicked.connect(self.take_off)
        self._measure_chosen()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        measure_id: str | None = None,
        now: Now | None = None,
    ) -> bool:
        """Show the dialog (with ``measure_id`` chosen, if given); True when stored."""
        dialog = cls(session, catalogue, state, measure_id=measure_id, now=now, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    # --- the measure -----------------------------------------------------------------------------

    def _measure(self) -> MeasureState | None:
        return self._chosen(self.ui.measure_combo)

    def _measure_chosen(self) -> None:
        ui = self.ui
        measure = self._measure()
        active = measure.active_conditions if measure else []
        self._show_vary_page(self._no_vary_page)
        for page in self._vary_pages.values():
            self._vary_stack.removeWidget(page.widget)
            page.widget.deleteLater()
        self._vary_pages = {}
        self.additions = []
        ui.added_list.clear()
        for view in (ui.remove_list, ui.vary_list):
            view.blockSignals(True)
            view.clear()
        for condition in active:
            add_checkable(ui.remove_list, self.condition_label(condition), condition.condition_id)
            template = self.template_of(condition)
            if template is not None and template.parameters:
                add_checkable(ui.vary_list, self.condition_label(condition), condition.condition_id)
        for view in (ui.remove_list, ui.vary_list):
            view.blockSignals(False)
        ui.vary_current_label.setText(
            self.tr("Select a condition above to enter its new details.")
            if ui.vary_list.count()
            else self.tr("No condition in force has details that can be changed.")
        )
        if ui.vary_list.count():
            ui.vary_list.setCurrentRow(0)
        ui.add_template_combo.blockSignals(True)
        ui.add_template_combo.clear()
        for template in self._catalogue.conditions_for(measure.type_code) if measure else []:
            ui.add_template_combo.addItem(condition_title(self._catalogue, template), template.code)
        ui.add_template_combo.setCurrentIndex(-1)
        ui.add_template_combo.setPlaceholderText(self.tr("Choose a condition from the catalogue"))
        ui.add_template_combo.blockSignals(False)
        self._template_chosen()
        end = measure.end_date if measure else None
        ui.end_date_hint_label.setText(
            self.tr("Current end date: {0}").format(end.isoformat() if end else "—")
            if measure
            else ""
        )
        if end is not None:
            set_date(ui.end_date_edit, end)
        self._summarize()
        self.refresh()

    # --- conditions changed -----------------------------------------------------------------------

    def _condition(self, condition_id: str | None) -> ConditionState | None:
        measure = self._measure()
        if measure is None or condition_id is None:
            return None
        return measure.conditions.get(condition_id)

    def _new_vary_page(self) -> VaryPage:
        widget = QWidget(self._vary_stack)
        layout = QFormLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self._vary_stack.addWidget(widget)
        return VaryPage(widget, ParameterForm(layout, widget, default_date=self.today()))

    def _show_vary_page(self, page: VaryPage) -> None:
        self._vary_stack.setCurrentWidget(page.widget)
        self.vary_fields = page.fields

    def _vary_page(self, condition: ConditionState, template: ConditionTemplate) -> VaryPage:
        """The page of new details for ``condition``, made (with its details now) when first
        shown."""
        condition_id = condition.condition_id
        page = self._vary_pages.get(condition_id)
        if page is None:
            page = self._vary_pages[condition_id] = self._new_vary_page()
            page.fields.show_template(template, condition.parameters)
            page.fields.edited.connect(lambda: self._vary_edited(condition_id))
        return page

    def _vary_selected(self, current: QListWidgetItem | None, _: QListWidgetItem | None) -> None:
        condition = self._condition(str(current.data(ITEM_ID)) if current else None)
        template = self.template_of(condition) if condition else None
        if condition is None or template is None:
            self._show_vary_page(self._no_vary_page)
            return
        self._show_vary_page(self._vary_page(condition, template))
        self.ui.vary_current_label.setText(
            self.tr("Now: {0}").format(self.condition_label(condition))
        )
        self.vary_fields.chain_tab_order(self.ui.vary_list, self.ui.add_template_combo)

    def _vary_edited(self, condition_id: str) -> None:
        """Entering new details ticks the condition as changed."""
        view = self.ui.vary_list
        for row in range(view.count()):
            item = view.item(row)
            if item.data(ITEM_ID) == condition_id and item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)

    def variations(self) -> list[Variation]:
        """Each ticked condition with its template, the valid new values and what is wrong."""
        found = []
        for condition_id in checked_ids(self.ui.vary_list):
            condition = self._condition(condition_id)
            template = self.template_of(condition) if condition else None
            if condition is None or template is None:
                continue
            page = self._vary_pages.get(condition_id)
            if page is None:  # ticked but never opened: the details are as they were
                found.append(Variation(condition, template, dict(condition.parameters), []))
            else:
                fields = page.fields
                found.append(Variation(condition, template, fields.values(), fields.problems()))
        return found

    # --- conditions added -------------------------------------------------------------------------

    def _template_chosen(self) -> None:
        ui = self.ui
        code = ui.add_template_combo.currentData()
        template = self._catalogue.condition(code) if code else None
        self.add_fields.show_template(template)
        ui.add_purpose_label.setText(
            self.tr("Why: {0}").format(template.purpose) if template else ""
        )
        ui.add_button.setEnabled(template is not None)
        self.add_fields.chain_tab_order(ui.add_template_combo, ui.necessity_edit)

    def add_condition(self) -> None:
        """Put the condition filled in on the Add tab on the list of conditions to add."""
        ui = self.ui
        template = self.add_fields.template
        if template is None:
            self.show_problems([self.tr("Choose a condition from the catalogue.")])
            return
        problems = self.add_fields.problems()
        necessity = ui.necessity_edit.text().strip()
        if not necessity:
            problems.append(self.tr("Say why this condition is needed (rule 12.2)."))
        if problems:
            self.show_problems(problems)
            return
        addition = Addition(uuid7(), template, self.add_fields.values(), necessity)
        self.additions.append(addition)
        item = QListWidgetItem(
            f"{condition_title(self._catalogue, template)}: {template.render(addition.values)}"
        )
        item.setData(ITEM_ID, addition.condition_id)
        ui.added_list.addItem(item)
        self.add_fields.clear()
        ui.necessity_edit.clear()
        self.show_status("")
        self._summarize()

    def take_off(self) -> None:
        item = self.ui.added_list.currentItem()
        if item is None:
            return
        condition_id = item.data(ITEM_ID)
        self.additions = [a for a in self.additions if a.condition_id != condition_id]
        self.ui.added_list.takeItem(self.ui.added_list.row(item))
        self._summarize()

    # --- what is recorded -------------------------------------------------------------------------

    def _new_end_date(self) -> dt.date | None:
        return read_date(self.ui.end_date_edit) if self.ui.end_date_check.isChecked() else None

    def _summarize(self) -> None:
        ui = self.ui
        removed = len(checked_ids(ui.remove_list))
        changed = len(checked_ids(ui.vary_list))
        parts = []
        if removed:
            parts.append(self.tr("conditions removed: {0}").format(removed))
        if changed:
            parts.append(self.tr("conditions changed: {0}").format(changed))
        if self.additions:
            parts.append(self.tr("conditions added: {0}").format(len(self.additions)))
        end = self._new_end_date()
        if end is not None:
            parts.append(self.tr("new end date: {0}").format(end.isoformat()))
        ui.changes_label.setText(
            self.tr("To record — {0}.").format("; ".join(parts))
            if parts
            else self.tr("Nothing to record yet: remove, change or add a condition, or set a "
                         "new end date.")
        )  # fmt: skip

    def reveal(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                tabs.setCurrentIndex(index)
        super().reveal(widget)

    def blockers(self) -> list[str]:
        if not self._measures:
            return [self.tr("This case has no measure in force.")]
        return []

    def problems(self) -> list[Problem]:
        ui = self.ui
        found: list[Problem] = []
        if self._measure() is None:
            found.append((self.tr("Choose the measure."), ui.measure_combo))
        if not ui.authority_edit.text().strip():
            found.append(
                (self.tr("Enter the competent authority that decided the modification "
                         "(rule 12.4)."), ui.authority_edit)
            )  # fmt: skip
        if not ui.reference_edit.text().strip():
            found.append(
                (self.tr("Enter the reference of the authority's decision (rule 12.4)."),
                 ui.reference_edit)
            )  # fmt: skip
        if not ui.reason_edit.text().strip():
            found.append((self.tr("Enter the reason the authority gave."), ui.reason_edit))
        removed = set(checked_ids(ui.remove_list))
        variations = self.variations()
        if removed & {variation.condition.condition_id for variation in variations}:
            found.append(
                (self.tr("A condition cannot be both removed and changed: untick one of them."),
                 ui.vary_list)
            )  # fmt: skip
        for variation in variations:
            title = condition_title(self._catalogue, variation.template)
            found.extend(
                (f"{title}: {sentence(problem)}", ui.vary_list) for problem in variation.problems
            )
            if not variation.problems and variation.values == variation.condition.parameters:
                found.append(
                    (self.tr("{0}: the new details are the same as before.").format(title),
                     ui.vary_list)
                )  # fmt: skip
        if self.add_fields.has_input() or ui.necessity_edit.text().strip():
            found.append(
                (self.tr("A condition on the Add tab is filled in but not on the list: press "
                         "“Add to the list”, or clear it."), ui.add_button)
            )  # fmt: skip
        if not (removed or variations or self.additions or self._new_end_date()):
            found.append(
                (self.tr("The modification changes nothing: remove, change or add a "
                         "condition, or set a new end date."), None)
            )  # fmt: skip
        return found

    def payload(self) -> Payload:
        ui = self.ui
        measure = self._measure()
        assert measure is not None
        decided = read_date(ui.decision_date_edit)
        first_review_from = max(decided, measure.imposed.start_date)
        end = self._new_end_date()
        return {
            "modification_id": uuid7(),
            "measure_id": measure.measure_id,
            "authority": ui.authority_edit.text().strip(),
            "decision_reference": ui.reference_edit.text().strip(),
            "decision_date": decided.isoformat(),
            "reason": ui.reason_edit.text().strip(),
            "remove": checked_ids(ui.remove_list),
            "vary": [
                {
                    "condition_id": variation.condition.condition_id,
                    "parameters": variation.values,
                    "issued_text": {OFFICIAL_LANGUAGE: variation.template.render(variation.values)},
                }
                for variation in self.variations()
            ],
            "add": [
                {
                    "condition_id": addition.condition_id,
                    "template_code": addition.template.code,
                    "template_version": addition.template.version,
                    "parameters": addition.values,
                    "necessity_note": addition.necessity_note,
                    "issued_text": {OFFICIAL_LANGUAGE: addition.template.render(addition.values)},
                    "next_review_due": (
                        first_review_from
                        + dt.timedelta(days=addition.template.review_interval_days)
                    ).isoformat(),
                }
                for addition in self.additions
            ],
            "new_end_date": end.isoformat() if end else None,
        }
