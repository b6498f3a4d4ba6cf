"""Opening a case (rule 13.6): the person's details, languages and needs, office and date.

The dialog builds a ``PersonDetails`` dictionary and hands it to ``CaseStore.open_case``
through the session (one transaction).  Obvious mistakes are caught here with a message in
the dialog; everything else the domain rules refuse comes back as a ``ValidationError`` and
is shown the same way.  Nothing is stored until the store accepts the whole case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.errors import ValidationError
from tokyo_desk.gui.fields import language_name, to_date, to_qdate
from tokyo_desk.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from tokyo_desk.gui.messages import translated
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.style import fit_to_screen
from tokyo_desk.gui.unlock import report
from tokyo_desk.sheets.packs import available_languages
from tokyo_desk.store.case_store import CaseRow, CaseStore, Recorded

# The languages of the written sheets first (rule 2.2), then others often met in
# supervision; any other ISO 639 code can be typed in.
SHEET_LANGUAGES = ("en", "fr", "es", "pt", "sw", "ru", "ar", "fa", "ur", "hi", "bn", "zh")
OTHER_LANGUAGES = (
    "am", "ha", "ig", "yo", "so", "ti", "ny", "zu", "xh", "rw", "lg", "ln", "wo", "om",
    "ps", "ku", "tr", "uk", "pl", "ro", "de", "it", "ta", "ne", "my", "vi", "th", "tl",
)  # fmt: skip
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
LITERACY = (
    ("unknown", "Not known"),
    ("reads_well", "Reads well"),
    ("reads_some", "Reads a little"),
    ("does_not_read", "Does not read"),
)
SPEAKS, READS = 1, 2
MAX_DUPLICATES_SHOWN = 5


def normalise_language(text: str) -> str:
    """``PT-br`` -> ``pt-br``: the primary subtag of a language code is lower case."""
    text = text.strip()
    head, _, rest = text.partition("-")
    return head.lower() + ("-" + rest if rest else "")


def inform(parent: QWidget, title: str, text: str) -> None:
    """Tell the officer something after recording (tests replace this)."""
    QMessageBox.information(parent, title, text)


def problems_text(error: BaseException, intro: str) -> str | None:
    """A refusal by the store as a list in the window's language, one reason a line; None
    for other errors."""
    if isinstance(error, ValidationError) and error.problems:
        return intro + "\n" + "\n".join(f"• {translated(problem)}" for problem in error.problems)
    return None


class NewCaseDialog(QDialog):
    """Who the case is about, in which office and jurisdiction; opens it in one step."""

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        *,
        today: Callable[[], dt.date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self._session = session
        self._catalogue = catalogue
        self._today = today or dt.date.today
        self._busy_now = False
        self.case_id: str | None = None
        self.recorded: Recorded | None = None
        self._sheet_languages = set(available_languages())
        self._fill_choices()
        self._connect()
        self._refresh_summary()

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        session: Session,
        catalogue: Catalogue,
        *,
        today: Callable[[], dt.date] | None = None,
    ) -> str | None:
        """The new case's id, or None if the officer cancelled."""
        dialog = cls(session, catalogue, today=today, parent=parent)
        dialog.exec()
        return dialog.case_id

    # --- set-up -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open case"))
        today = to_qdate(self._today())
        for edit in (ui.dob_edit, ui.opened_on_edit):
            edit.setMinimumDate(QDate(1900, 1, 1))
        ui.dob_edit.setDate(QDate(today.year() - 30, 1, 1))
        ui.dob_edit.setEnabled(False)
        ui.opened_on_edit.setDate(today)
        ui.office_edit.setText(self._session.info.office)
        for code, jurisdiction in self._catalogue.jurisdictions.items():
            ui.jurisdiction_combo.addItem(f"{jurisdiction.name} ({code})", code)
        default = self._catalogue.default_jurisdiction
        ui.jurisdiction_combo.setCurrentIndex(max(0, ui.jurisdiction_combo.findData(default)))
        for code, label in LITERACY:
            ui.literacy_combo.addItem(self.tr(label), code)
        table = ui.languages_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Speaks"), self.tr("Reads")])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (SPEAKS, READS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for code in (*SHEET_LANGUAGES, *OTHER_LANGUAGES):
            self._add_language_row(code)
        table.setCurrentCell(0, SPEAKS)
        self._needs: dict[str, QCheckBox] = {
            "easy_read": ui.easy_read_check,
            "large_print": ui.large_print_check,
            "sign_language": ui.sign_language_check,
            "read_aloud": ui.read_aloud_check,
            "hearing_support": ui.hearing_support_check,
            "braille": ui.braille_check,
        }

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.submit)
        ui.button_box.rejected.connect(self.reject)
        ui.dob_known_check.toggled.connect(ui.dob_edit.setEnabled)
        ui.add_language_button.clicked.connect(self.add_other_language)
        ui.languages_table.itemChanged.connect(self._languages_changed)
        for edit in (ui.given_names_edit, ui.family_name_edit):
            edit.textChanged.connect(self._refresh_summary)
        for edit in (ui.given_names_edit, ui.family_name_edit):
            edit.editingFinished.connect(self._look_for_duplicates)
        ui.dob_known_check.toggled.connect(self._refresh_summary)
        ui.dob_edit.dateChanged.connect(self._refresh_summary)
        ui.preferred_combo.currentIndexChanged.connect(self._refresh_summary)
        ui.interpreter_check.toggled.connect(self._refresh_summary)

    def _add_language_row(self, code: str, *, speaks: bool = False) -> int:
        table = self.ui.languages_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        name = language_name(code)
        label = name if name == code else f"{name} ({code})"
        if code in self._sheet_languages:
            label += self.tr(" · written sheet")
        item = QTableWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        table.setItem(row, 0, item)
        for column, checked in ((SPEAKS, speaks), (READS, False)):
            box = QTableWidgetItem()
            box.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            box.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                (self.tr("{0}: speaks") if column == SPEAKS else self.tr("{0}: reads")).format(
                    name
                ),
            )
            table.setItem(row, column, box)
        table.blockSignals(False)
        return row

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.ui.languages_table.item(row, column)
        assert item is not None  # every row is filled when it is added
        return item

    def _row_of(self, code: str) -> int:
        for row in range(self.ui.languages_table.rowCount()):
            if self._cell(row, 0).data(Qt.ItemDataRole.UserRole) == code:
                return row
        return -1

    def set_language(self, code: str, *, speaks: bool = False, reads: bool = False) -> None:
        """Tick a language (adding its row if it is not listed)."""
        row = self._row_of(code)
        if row < 0:
            row = self._add_language_row(code)
        for column, checked in ((SPEAKS, speaks), (READS, reads)):
            self._cell(row, column).setCheckState(
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            )
        self._languages_changed()

    def add_other_language(self) -> None:
        text = normalise_language(self.ui.other_language_edit.text())
        if not LANGUAGE_CODE.fullmatch(text):
            self.ui.status_label.setText(
                self.tr("Type a language code of two or three letters (ISO 639), such as "
                        "“ny” for Chichewa or “prs” for Dari.")
            )  # fmt: skip
            self.ui.other_language_edit.setFocus()
            return
        self.ui.status_label.clear()
        row = self._row_of(text)
        if row < 0:
            row = self._add_language_row(text, speaks=True)
            if language_name(text) == text:
                self.ui.status_label.setText(
                    self.tr("“{0}” is not a language code this computer knows: check that it "
                            "is right.").format(text)
                )  # fmt: skip
        else:
            self._cell(row, SPEAKS).setCheckState(Qt.CheckState.Checked)
        self.ui.other_language_edit.clear()
        self.ui.languages_table.scrollToItem(self._cell(row, 0))
        self.ui.languages_table.setCurrentCell(row, SPEAKS)
        self._languages_changed()

    def _checked(self, column: int) -> list[str]:
        return [
            self._cell(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.ui.languages_table.rowCount())
            if self._cell(row, column).checkState() == Qt.CheckState.Checked
        ]

    def _languages_changed(self, *_: Any) -> None:
        """The preferred language is chosen among the ticked ones (rules.py refuses others)."""
        combo = self.ui.preferred_combo
        previous = combo.currentData()
        known = list(dict.fromkeys(self._checked(SPEAKS) + self._checked(READS)))
        combo.blockSignals(True)
        combo.clear()
        for code in known:
            combo.addItem(language_name(code), code)
        index = combo.findData(previous)
        combo.setCurrentIndex(index if index >= 0 else (0 if known else -1))
        combo.blockSignals(False)
        self._refresh_summary()

    # --- summary ------------------------------------------------------------------------------

    def _name(self) -> str:
        given = self.ui.given_names_edit.text().strip()
        family = self.ui.family_name_edit.text().strip()
        return f"{given} {family}".strip()

    def _refresh_summary(self, *_: Any) -> None:
        ui = self.ui
        name = self._name()
        if not name:
            ui.summary_label.setText(self.tr("Enter the person's names."))
            return
        parts = [name]
        if ui.dob_known_check.isChecked():
            parts.append(self.tr("born {0}").format(to_date(ui.dob_edit.date()).isoformat()))
        for column, text in ((SPEAKS, self.tr("speaks {0}")), (READS, self.tr("reads {0}"))):
            codes = self._checked(column)
            if codes:
                parts.append(
                    text.format(", ".join(language_name(c).split(" — ")[0] for c in codes))
                )
        preferred = ui.preferred_combo.currentData()
        if preferred:
            parts.append(self.tr("prefers {0}").format(language_name(preferred)))
        if ui.interpreter_check.isChecked():
            parts.append(self.tr("needs an interpreter"))
        ui.summary_label.setText(self.tr("New case for: {0}").format("; ".join(parts)))

    def _look_for_duplicates(self) -> None:
        """Rule 13.6: one record per person -- show cases already held under this name."""
        name = self._name()
        if not name:
            self.ui.duplicates_label.clear()
            return

        def search(store: CaseStore) -> list[CaseRow]:
            return store.search(name, limit=MAX_DUPLICATES_SHOWN)

        self._session.call(search, self._show_duplicates, self._failed)

    def _show_duplicates(self, rows: list[CaseRow]) -> None:
        if not rows:
            self.ui.duplicates_label.clear()
            return
        listed = "; ".join(f"{row.case_number} {row.display_name}" for row in rows)
        self.ui.duplicates_label.setText(
            self.tr("Cases you already hold with a similar name: {0}. Check that this person "
                    "has no case yet (rule 13.6).").format(listed)
        )  # fmt: skip

    # --- submitting ---------------------------------------------------------------------------

    def person(self) -> dict[str, Any]:
        """The ``PersonDetails`` the officer entered, as plain data."""
        ui = self.ui
        other = [part.strip() for part in ui.other_names_edit.text().split(",")]
        return {
            "given_names": ui.given_names_edit.text().strip(),
            "family_name": ui.family_name_edit.text().strip(),
            "other_names": [part for part in other if part],
            "date_of_birth": (
                to_date(ui.dob_edit.date()).isoformat() if ui.dob_known_check.isChecked() else None
            ),
            "languages_spoken": self._checked(SPEAKS),
            "languages_written": self._checked(READS),
            "preferred_language": ui.preferred_combo.currentData() or "",
            "interpreter_needed": ui.interpreter_check.isChecked(),
            "literacy": ui.literacy_combo.currentData(),
            "communication_needs": [code for code, box in self._needs.items() if box.isChecked()],
            "adjustments": ui.adjustments_edit.toPlainText().strip(),
            "phone": ui.phone_edit.text().strip(),
            "address": ui.address_edit.toPlainText().strip(),
        }

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing to put right before the store is asked, and where."""
        ui = self.ui
        today = self._today()
        opened_on = to_date(ui.opened_on_edit.date())
        if not ui.given_names_edit.text().strip():
            return self.tr("Enter the person's given names."), ui.given_names_edit
        if not self._checked(SPEAKS):
            return (
                self.tr("Tick at least one language the person speaks."),
                ui.languages_table,
            )
        if not ui.preferred_combo.currentData():
            return self.tr("Choose the person's preferred language."), ui.preferred_combo
        if ui.dob_known_check.isChecked():
            born = to_date(ui.dob_edit.date())
            if born > today:
                return self.tr("The date of birth cannot be in the future."), ui.dob_edit
            if born > opened_on:
                return (
                    self.tr("The date of birth cannot be after the date the case is opened."),
                    ui.dob_edit,
                )
        if not ui.office_edit.text().strip():
            return self.tr("Enter the office that holds the case."), ui.office_edit
        if opened_on > today:
            return self.tr("The opening date cannot be in the future."), ui.opened_on_edit
        return None

    def submit(self) -> None:
        if self._busy_now:
            return
        found = self.problem()
        if found is not None:
            message, widget = found
            self.ui.status_label.setText(message)
            widget.setFocus()
            return
        person = self.person()
        office = self.ui.office_edit.text().strip()
        opened_on = to_date(self.ui.opened_on_edit.date())
        jurisdiction = self.ui.jurisdiction_combo.currentData() or "default"

        def open_case(store: CaseStore) -> tuple[str, Recorded]:
            return store.open_case(
                person, office=office, opened_on=opened_on, jurisdiction=jurisdiction
            )

        self._busy(True)
        self.ui.status_label.setText(self.tr("Opening the case…"))
        self._session.call(open_case, self._opened, self._open_failed)

    def _opened(self, result: tuple[str, Recorded]) -> None:
        self._busy(False)
        self.case_id, self.recorded = result
        self.ui.status_label.clear()
        warnings = list(dict.fromkeys(self.recorded.warnings))
        if warnings:
            inform(self, self.tr("Case opened"), "\n".join(map(translated, warnings)))
        self.accept()

    def _open_failed(self, error: BaseException) -> None:
        self._busy(False)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        listed = problems_text(error, self.tr("The case was not opened:"))
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
            return  # the store is writing: closing now would hide whether the case exists
        super().reject()
