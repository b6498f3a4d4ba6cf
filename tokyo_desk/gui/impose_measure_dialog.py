"""Recording a measure the authority imposed, with its conditions (rules 3.1-3.4, 11, 12).

One dialog, three tabs: the measure (type from the catalogue, authority, decision, legal basis,
criteria, dates and durations); the person's informed consent when the measure applies before
or instead of a trial (rule 3.4); and the conditions, each from the catalogue with a small
form generated from its typed parameters, or a bespoke text with the authority's reference,
each with a note of why it is necessary (rule 12.2) and a preview of the text as it will be
issued.  Recording stores the measure, the consent and every condition in ONE
``store.record`` call, so either all of it is recorded or nothing is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tokyo_desk.domain.catalogue import (
    Catalogue,
    ConditionTemplate,
    MeasureType,
    Stage,
)
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.rules import MANY_CONDITIONS
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui.catalogue_texts import condition_title, measure_title
from tokyo_desk.gui.fields import language_name, to_date, to_qdate
from tokyo_desk.gui.forms.ui_impose_measure_dialog import Ui_ImposeMeasureDialog
from tokyo_desk.gui.messages import translated
from tokyo_desk.gui.new_case_dialog import SHEET_LANGUAGES, inform, problems_text
from tokyo_desk.gui.parameter_fields import ParameterField, ParameterForm
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.style import enlarge, fit_to_screen
from tokyo_desk.gui.unlock import report
from tokyo_desk.store.case_store import CaseStore, Recorded

OFFICIAL_LANGUAGE = "en"  # catalogue text and bespoke texts are issued in it
STAGES = (
    (Stage.PRE_TRIAL, "Pre-trial (rules 5 and 6)"),
    (Stage.SENTENCING, "Sentencing (rule 8)"),
    (Stage.POST_SENTENCING, "Post-sentencing (rule 9)"),
)
CONSENT_ANSWERS = (("given", "The person consents"), ("refused", "The person refuses"))
MEASURE_TAB, CONSENT_TAB, CONDITIONS_TAB = range(3)


def _plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class ConditionEditor(QWidget):
    """One chosen condition: its parameters (or bespoke text), why it is necessary, and the
    text as it will be issued."""

    changed = Signal()

    def __init__(
        self,
        template: ConditionTemplate | None,
        *,
        title: str,
        default_date: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self._title = title
        self.condition_id = uuid7()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = _plain_label(title)
        self.title_label.setObjectName("condition_title_label")
        enlarge(self.title_label, 1.15)
        layout.addWidget(self.title_label)
        if template is not None:
            self.purpose_label = _plain_label(self.tr("Why: {0}").format(template.purpose))
            self.purpose_label.setObjectName("purpose_label")
            layout.addWidget(self.purpose_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.bespoke_text_edit: QPlainTextEdit | None = None
        self.reference_edit: QLineEdit | None = None
        if template is None:
            self.bespoke_text_edit = QPlainTextEdit(self)
            self.bespoke_text_edit.setObjectName("bespoke_text_edit")
            self.bespoke_text_edit.setTabChangesFocus(True)
            self.bespoke_text_edit.setMaximumHeight(90)
            self.bespoke_text_edit.setAccessibleName(self.tr("Text ordered by the authority"))
            self.bespoke_text_edit.textChanged.connect(self.changed)
            label = QLabel(self.tr("Te&xt ordered by the authority"))
            label.setBuddy(self.bespoke_text_edit)
            form.addRow(label, self.bespoke_text_edit)
            self.reference_edit = QLineEdit(self)
            self.reference_edit.setObjectName("reference_edit")
            self.reference_edit.setMaxLength(2000)
            self.reference_edit.setAccessibleName(self.tr("Authority's reference"))
            self.reference_edit.setPlaceholderText(self.tr("Decision reference and paragraph"))
            self.reference_edit.textChanged.connect(self.changed)
            label = QLabel(self.tr("Authorit&y's reference"))
            label.setBuddy(self.reference_edit)
            form.addRow(label, self.reference_edit)
        # The parameter rows go here: after the bespoke rows, before the necessity note.
        self.parameters = ParameterForm(form, self, default_date=default_date, mark_required=True)
        self.parameters.show_template(template)
        self.parameters.edited.connect(self.changed)
        self.necessity_edit = QPlainTextEdit(self)
        self.necessity_edit.setObjectName("necessity_edit")
        self.necessity_edit.setTabChangesFocus(True)
        self.necessity_edit.setMaximumHeight(70)
        self.necessity_edit.setPlaceholderText(
            self.tr("Why this condition is needed for this person")
        )
        self.necessity_edit.setAccessibleName(self.tr("Why it is necessary (rule 12.2)"))
        self.necessity_edit.textChanged.connect(self.changed)
        label = QLabel(self.tr("&Why it is necessary (rule 12.2) *"))
        label.setBuddy(self.necessity_edit)
        label.setWordWrap(True)
        form.addRow(label, self.necessity_edit)
        heading = QLabel(self.tr("As it will be issued:"))
        layout.addWidget(heading)
        self.preview_label = _plain_label()
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label.setAccessibleName(self.tr("The condition as it will be issued"))
        self.preview_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview_label.setMargin(6)
        layout.addWidget(self.preview_label)
        self.todo_label = _plain_label()
        self.todo_label.setObjectName("todo_label")
        self.todo_label.setAccessibleName(self.tr("What is still missing"))
        layout.addWidget(self.todo_label)
        layout.addStretch(1)
        self.changed.connect(self.refresh)
        self.refresh()

    def inputs(self) -> list[QWidget]:
        """The editor's controls in the order the Tab key visits them."""
        found: list[QWidget] = []
        if self.bespoke_text_edit is not None and self.reference_edit is not None:
            found += [self.bespoke_text_edit, self.reference_edit]
        found += self.parameters.inputs()
        return [*found, self.necessity_edit]

    def first_input(self) -> QWidget:
        """Where the officer starts typing."""
        return self.inputs()[0]

    @property
    def title(self) -> str:
        return self._title

    @property
    def fields(self) -> dict[str, ParameterField]:
        """The parameter fields by name (none for a bespoke condition)."""
        return self.parameters.fields

    def values(self) -> dict[str, Any]:
        """The valid parameter values entered (empty and invalid ones left out)."""
        return self.parameters.values()

    def set_values(self, values: dict[str, Any]) -> None:
        self.parameters.set_values(values)

    def problems(self) -> list[str]:
        """What must be put right before this condition can be recorded."""
        found: list[str] = []
        if self.template is not None:
            found += self.parameters.problems()
        else:
            assert self.bespoke_text_edit is not None
            assert self.reference_edit is not None
            if not self.bespoke_text_edit.toPlainText().strip():
                found.append(self.tr("enter the text the authority ordered"))
            if not self.reference_edit.text().strip():
                found.append(self.tr("enter the authority's reference"))
        if not self.necessity_edit.toPlainText().strip():
            found.append(self.tr("say why the condition is necessary (rule 12.2)"))
        return found

    def issued_text(self) -> str:
        """The text as issued; blanks still empty or invalid read as an ellipsis."""
        if self.template is None:
            assert self.bespoke_text_edit is not None
            return self.bespoke_text_edit.toPlainText().strip()
        return self.template.render(self.values())

    def refresh(self) -> None:
        self.preview_label.setText(self.issued_text() or "…")
        problems = self.problems()
        self.todo_label.setText(
            self.tr("Still to do: {0}").format("; ".join(problems)) if problems else ""
        )

    def spec(self, start_date: dt.date) -> dict[str, Any]:
        """The ``ConditionSpec`` payload for this condition."""
        spec: dict[str, Any] = {
            "condition_id": self.condition_id,
            "necessity_note": self.necessity_edit.toPlainText().strip(),
            "issued_text": {OFFICIAL_LANGUAGE: self.issued_text()},
        }
        if self.template is None:
            assert self.bespoke_text_edit is not None
            assert self.reference_edit is not None
            spec["bespoke_text"] = self.bespoke_text_edit.toPlainText().strip()
            spec["bespoke_authority_reference"] = self.reference_edit.text().strip()
        else:
            review = start_date + dt.timedelta(days=self.template.review_interval_days)
            spec |= {
                "template_code": self.template.code,
                "template_version": self.template.version,
                "parameters": self.values(),
                "next_review_due": review.isoformat(),
            }
        return spec


class ImposeMeasureDialog(QDialog):
    """The measure, the consent it may need, and its conditions: recorded together."""

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        today: Callable[[], dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImposeMeasureDialog()
        self.ui.setupUi(self)
        self._session = session
        self._catalogue = catalogue
        self._state = state
        self._today = today or dt.date.today
        self._busy_now = False
        self.measure_id = uuid7()
        self.editors: list[ConditionEditor] = []
        self.recorded: Recorded | None = None
        enlarge(self.ui.case_label, 1.2)
        enlarge(self.ui.many_warning_label, 1.0)
        # QScrollArea paints its viewport and widget with the window colour: blend with the tab.
        self.ui.editor_scroll.viewport().setAutoFillBackground(False)
        self.ui.editor_stack.setAutoFillBackground(False)
        self._fill_choices()
        self._connect()
        self._type_changed()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        today: Callable[[], dt.date] | None = None,
    ) -> bool:
        """True when the measure (and its consent and conditions) was recorded."""
        dialog = cls(session, catalogue, state, today=today, parent=parent)
        dialog.exec()
        return dialog.recorded is not None

    # --- set-up -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        state = self._state
        number = state.opened.case_number if state.opened else ""
        ui.case_label.setText(
            self.tr("{name} · case {number}").format(name=state.display_name, number=number)
        )
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        if not state.is_open:
            ui.status_label.setText(self.tr("This case is closed: no measure can be added."))
            ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        combo = ui.measure_type_combo
        combo.addItem(self.tr("— Choose the type of measure —"), None)
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        for stage, heading in STAGES:
            combo.addItem(self.tr(heading), None)
            header = model.item(combo.count() - 1)
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for measure_type in self._catalogue.measure_types.values():
                if measure_type.stage is stage:
                    title = measure_title(self._catalogue, measure_type.code)
                    combo.addItem(
                        "    " + self.tr("{0} (rule {1})").format(title, measure_type.rule),
                        measure_type.code,
                    )
        today = to_qdate(self._today())
        for edit in (
            ui.decision_date_edit,
            ui.start_date_edit,
            ui.end_date_edit,
            ui.early_termination_edit,
            ui.consent_date_edit,
        ):
            edit.setMinimumDate(QDate(1950, 1, 1))
            edit.setDate(today)
        ui.end_date_edit.setDate(today.addYears(1).addDays(-1))
        ui.early_termination_edit.setDate(today.addMonths(6))
        pairs: tuple[tuple[QCheckBox, QWidget], ...] = (
            (ui.end_date_check, ui.end_date_edit),
            (ui.max_duration_check, ui.max_duration_spin),
            (ui.early_termination_check, ui.early_termination_edit),
        )
        for box, field in pairs:
            field.setEnabled(box.isChecked())
            box.toggled.connect(field.setEnabled)
        for code, label in CONSENT_ANSWERS:
            ui.consent_answer_combo.addItem(self.tr(label), code)
        preferred = state.person_value("preferred_language")
        known = [
            *([preferred] if preferred else []),
            *(state.person_value("languages_spoken") or ()),
            *(state.person_value("languages_written") or ()),
            *SHEET_LANGUAGES,
        ]
        for code in dict.fromkeys(known):
            ui.consent_language_combo.addItem(language_name(code), code)
        ui.consent_language_combo.setCurrentIndex(0)

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.submit)
        ui.button_box.rejected.connect(self.reject)
        ui.measure_type_combo.currentIndexChanged.connect(lambda _: self._type_changed())
        ui.available_list.itemActivated.connect(lambda _: self.add_selected())
        ui.available_list.currentRowChanged.connect(lambda _: self._describe_available())
        ui.add_condition_button.clicked.connect(self.add_selected)
        ui.bespoke_button.clicked.connect(self.add_bespoke)
        ui.remove_condition_button.clicked.connect(self.remove_selected)
        ui.chosen_list.currentRowChanged.connect(self._show_editor)
        ui.start_date_edit.dateChanged.connect(lambda _: self._refresh_info())

    # --- the measure --------------------------------------------------------------------------

    def measure_type(self) -> MeasureType | None:
        code = self.ui.measure_type_combo.currentData()
        return self._catalogue.measure_types.get(code) if code else None

    def choose_type(self, code: str) -> None:
        """Select a measure type by its code (keyboard users do the same with the combo)."""
        index = self.ui.measure_type_combo.findData(code)
        if index < 0:
            raise KeyError(code)
        self.ui.measure_type_combo.setCurrentIndex(index)

    def _legal_maximum(self, code: str) -> int | None:
        opened = self._state.opened
        jurisdiction = self._catalogue.jurisdictions.get(opened.jurisdiction if opened else "")
        if jurisdiction is None:
            jurisdiction = self._catalogue.jurisdiction()
        return jurisdiction.max_duration_days.get(code)

    def _refresh_info(self) -> None:
        measure_type = self.measure_type()
        if measure_type is None:
            self.ui.measure_info_label.setText(
                self.tr("Choose the type of measure the authority imposed.")
            )
            return
        lines = [f"{self.tr('Rule')} {measure_type.rule}. {measure_type.description}"]
        if not measure_type.imposes_obligations:
            lines.append(self.tr("This measure imposes no obligations, so it takes no conditions."))
        if measure_type.consent_required:
            lines.append(
                self.tr("Needs the person's informed consent before any obligation (rule 3.4).")
            )
        legal = self._legal_maximum(measure_type.code)
        if legal is not None:
            latest = to_date(self.ui.start_date_edit.date()) + dt.timedelta(days=legal)
            lines.append(
                self.tr("Legal maximum here: {0} days, so it must end by {1} (rule 11.1).").format(
                    legal, latest.isoformat()
                )
            )
        self.ui.measure_info_label.setText("\n".join(lines))

    def _type_changed(self) -> None:
        ui = self.ui
        measure_type = self.measure_type()
        obligations = measure_type is not None and measure_type.imposes_obligations
        consent = measure_type is not None and measure_type.consent_required
        if obligations:
            ui.end_date_check.setChecked(True)
        ui.tabs.setTabVisible(CONSENT_TAB, consent)
        ui.tabs.setTabEnabled(CONDITIONS_TAB, obligations)
        self._refresh_info()
        self._fill_available()
        if measure_type is not None:
            dropped = [
                editor
                for editor in self.editors
                if not obligations
                or (editor.template and measure_type.code not in editor.template.measure_types)
            ]
            for editor in dropped:
                self._remove_editor(editor)
            if dropped:
                ui.status_label.setText(
                    self.tr("{0} condition(s) removed: they cannot be imposed under this type "
                            "of measure.").format(len(dropped))
                )  # fmt: skip
        self._refresh_conditions()

    # --- conditions ---------------------------------------------------------------------------

    def _fill_available(self) -> None:
        listing = self.ui.available_list
        listing.clear()
        measure_type = self.measure_type()
        if measure_type is None or not measure_type.imposes_obligations:
            return
        for template in self._catalogue.conditions_for(measure_type.code):
            item = QListWidgetItem(condition_title(self._catalogue, template))
            item.setData(Qt.ItemDataRole.UserRole, template.code)
            item.setToolTip(template.purpose)
            listing.addItem(item)
        listing.setCurrentRow(0)

    def available_codes(self) -> list[str]:
        listing = self.ui.available_list
        return [listing.item(row).data(Qt.ItemDataRole.UserRole) for row in range(listing.count())]

    def _describe_available(self) -> None:
        item = self.ui.available_list.currentItem()
        self.ui.available_list.setAccessibleDescription(item.toolTip() if item else "")

    def add_selected(self) -> ConditionEditor | None:
        item = self.ui.available_list.currentItem()
        if item is None:
            return None
        return self.add_condition(item.data(Qt.ItemDataRole.UserRole))

    def add_condition(self, code: str) -> ConditionEditor:
        """Add the latest version of a catalogue condition offered for this measure type."""
        if code not in self.available_codes():
            raise ValueError(f"{code} is not offered for this type of measure")
        template = self._catalogue.condition(code)
        assert template is not None
        return self._add_editor(
            ConditionEditor(
                template,
                title=condition_title(self._catalogue, template),
                default_date=self._start_date(),
            )
        )

    def add_bespoke(self) -> ConditionEditor:
        return self._add_editor(
            ConditionEditor(
                None,
                title=self.tr("Condition outside the catalogue"),
                default_date=self._start_date(),
            )
        )

    def _start_date(self) -> dt.date:
        return to_date(self.ui.start_date_edit.date())

    def _add_editor(self, editor: ConditionEditor) -> ConditionEditor:
        self.editors.append(editor)
        self.ui.editor_stack.addWidget(editor)
        item = QListWidgetItem(editor.title)
        self.ui.chosen_list.addItem(item)
        previous: QWidget = self.ui.remove_condition_button
        for control in editor.inputs():  # after the lists, before the dialog's buttons
            QWidget.setTabOrder(previous, control)
            previous = control
        editor.changed.connect(self._refresh_conditions)
        self.ui.chosen_list.setCurrentRow(len(self.editors) - 1)
        self._refresh_conditions()
        self.ui.status_label.clear()
        editor.first_input().setFocus()
        return editor

    def remove_selected(self) -> None:
        row = self.ui.chosen_list.currentRow()
        if 0 <= row < len(self.editors):
            self._remove_editor(self.editors[row])
            self._refresh_conditions()

    def _remove_editor(self, editor: ConditionEditor) -> None:
        row = self.editors.index(editor)
        self.editors.pop(row)
        self.ui.chosen_list.takeItem(row)
        self.ui.editor_stack.removeWidget(editor)
        editor.deleteLater()
        self._show_editor(self.ui.chosen_list.currentRow())

    def _show_editor(self, row: int) -> None:
        stack = self.ui.editor_stack
        if 0 <= row < len(self.editors):
            stack.setCurrentWidget(self.editors[row])
        else:
            stack.setCurrentWidget(self.ui.empty_page)

    def _refresh_conditions(self) -> None:
        ui = self.ui
        for row, editor in enumerate(self.editors):
            done = not editor.problems()
            text = f"{row + 1}. {editor.title}" + ("" if done else self.tr(" (to complete)"))
            ui.chosen_list.item(row).setText(text)
        count = len(self.editors)
        ui.remove_condition_button.setEnabled(count > 0)
        number = 3 if ui.tabs.isTabVisible(CONSENT_TAB) else 2
        ui.tabs.setTabText(CONDITIONS_TAB, self.tr("&{0} Conditions ({1})").format(number, count))
        ui.many_warning_label.setText(
            self.tr("⚠ {0} conditions: more than {1}. Keep the conditions to the minimum "
                    "needed, each practical and precise (rule 12.2).").format(
                count, MANY_CONDITIONS
            )
            if count > MANY_CONDITIONS
            else ""
        )  # fmt: skip

    # --- recording ----------------------------------------------------------------------------

    def _consent_needed(self) -> bool:
        measure_type = self.measure_type()
        return measure_type is not None and measure_type.consent_required

    def _consent_now(self) -> bool:
        return self._consent_needed() and self.ui.consent_group.isChecked()

    def problem(self) -> tuple[str, int, QWidget] | None:
        """The first thing to put right before the store is asked: message, tab, widget."""
        ui = self.ui
        measure_type = self.measure_type()
        if measure_type is None:
            return self.tr("Choose the type of measure."), MEASURE_TAB, ui.measure_type_combo
        required = (
            (ui.authority_edit, self.tr("Enter the authority that decided (rule 3.1).")),
            (ui.decision_reference_edit, self.tr("Enter the decision's reference.")),
            (ui.legal_basis_edit, self.tr("Enter the legal basis of the measure (rule 3.1).")),
        )
        for edit, message in required:
            if not edit.text().strip():
                return message, MEASURE_TAB, edit
        if measure_type.imposes_obligations and not ui.end_date_check.isChecked():
            return (
                self.tr("A measure with obligations needs an end date (rule 11.1)."),
                MEASURE_TAB,
                ui.end_date_check,
            )
        if self._consent_now():
            given = ui.consent_answer_combo.currentData() == "given"
            if given and not (ui.nature_check.isChecked() and ui.consequences_check.isChecked()):
                return (
                    self.tr("Consent is informed only when the obligations and the consequences "
                            "of refusing have been explained (rule 3.4)."),
                    CONSENT_TAB,
                    ui.nature_check,
                )  # fmt: skip
            if not given and self.editors:
                return (
                    self.tr("The person refuses consent, so the measure can carry no "
                            "conditions: remove them to record the refusal."),
                    CONDITIONS_TAB,
                    ui.chosen_list,
                )  # fmt: skip
        elif self._consent_needed() and self.editors:
            return (
                self.tr("Record the person's informed consent before any condition "
                        "(rule 3.4): record it on the consent tab, or remove the conditions "
                        "and record the measure alone."),
                CONSENT_TAB,
                ui.consent_group,
            )  # fmt: skip
        for row, editor in enumerate(self.editors):
            problems = editor.problems()
            if problems:
                ui.chosen_list.setCurrentRow(row)
                return (
                    self.tr("Condition {0} ({1}): {2}.").format(
                        row + 1, editor.title, "; ".join(problems)
                    ),
                    CONDITIONS_TAB,
                    editor,
                )
        return None

    def changes(self) -> list[tuple[str, dict[str, Any]]]:
        """The events to record together: the measure, the consent, each condition."""
        ui = self.ui
        measure_type = self.measure_type()
        assert measure_type is not None
        start = to_date(ui.start_date_edit.date())
        measure = {
            "measure_id": self.measure_id,
            "type_code": measure_type.code,
            "authority": ui.authority_edit.text().strip(),
            "decision_reference": ui.decision_reference_edit.text().strip(),
            "decision_date": to_date(ui.decision_date_edit.date()).isoformat(),
            "legal_basis": ui.legal_basis_edit.text().strip(),
            "criteria_considered": ui.criteria_edit.toPlainText().strip(),
            "start_date": start.isoformat(),
            "end_date": (
                to_date(ui.end_date_edit.date()).isoformat()
                if ui.end_date_check.isChecked()
                else None
            ),
            "max_duration_days": (
                ui.max_duration_spin.value() if ui.max_duration_check.isChecked() else None
            ),
            "early_termination_eligible_on": (
                to_date(ui.early_termination_edit.date()).isoformat()
                if ui.early_termination_check.isChecked()
                else None
            ),
        }
        changes: list[tuple[str, dict[str, Any]]] = [("measure.imposed", measure)]
        if self._consent_now():
            changes.append(
                (
                    "consent.recorded",
                    {
                        "measure_id": self.measure_id,
                        "recorded_on": to_date(ui.consent_date_edit.date()).isoformat(),
                        "consent_given": ui.consent_answer_combo.currentData() == "given",
                        "nature_explained": ui.nature_check.isChecked(),
                        "refusal_consequences_explained": ui.consequences_check.isChecked(),
                        "language": ui.consent_language_combo.currentData(),
                        "interpreter": ui.consent_interpreter_edit.text().strip(),
                        "notes": ui.consent_notes_edit.toPlainText().strip(),
                    },
                )
            )
        for editor in self.editors:
            changes.append(
                (
                    "condition.imposed",
                    {"measure_id": self.measure_id, "condition": editor.spec(start)},
                )
            )
        return changes

    def submit(self) -> None:
        if self._busy_now:
            return
        found = self.problem()
        if found is not None:
            message, tab, widget = found
            self.ui.status_label.setText(message)
            self.ui.tabs.setCurrentIndex(tab)
            widget.setFocus()
            return
        changes = self.changes()
        case_id = self._state.case_id

        def record(store: CaseStore) -> Recorded:
            return store.record(case_id, changes)

        self._busy(True)
        self.ui.status_label.setText(self.tr("Recording…"))
        self._session.call(record, self._recorded, self._failed)

    def _recorded(self, recorded: Recorded) -> None:
        self._busy(False)
        self.recorded = recorded
        self.ui.status_label.clear()
        warnings = list(dict.fromkeys(recorded.warnings))
        if warnings:
            inform(self, self.tr("Measure recorded"), "\n".join(map(translated, warnings)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        listed = problems_text(error, self.tr("Nothing was recorded:"))
        if listed is not None:
            self.ui.status_label.setText(listed)
            return
        report(error, self.ui.status_label.setText)

    def _busy(self, busy: bool) -> None:
        self._busy_now = busy
        self.ui.button_box.setEnabled(not busy)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)  # a small screen at 150 %: the form scrolls, the buttons stay
        super().showEvent(event)

    def reject(self) -> None:
        if self._busy_now:
            return  # the store is writing: closing now would hide whether it was recorded
        super().reject()
