"""The unlocked workspace: the caseload (search as you type, filters with counts) beside the
record of the selected case (with what head office did not accept of it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.errors import NotFound
from tokyo_desk.gui.case_page import CasePage
from tokyo_desk.gui.caseload import CaseloadModel
from tokyo_desk.gui.dashboard import Dashboard
from tokyo_desk.gui.forms.ui_workspace import Ui_Workspace
from tokyo_desk.gui.impose_measure_dialog import ImposeMeasureDialog
from tokyo_desk.gui.new_case_dialog import NewCaseDialog
from tokyo_desk.gui.safeguard_dialogs import (
    BreachAccountDialog,
    BreachReportDialog,
    BreachResponseDialog,
    ConsentDialog,
    ModificationDialog,
)
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.supervision_dialogs import (
    AppointmentDialog,
    ComplaintDialog,
    ContactDialog,
    NoteDialog,
    ReviewDialog,
    TerminationDialog,
)
from tokyo_desk.gui.unlock import report
from tokyo_desk.gui.worker import Runner
from tokyo_desk.sheets.from_case import OfficerDetails
from tokyo_desk.store import sync_state
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.sync_state import Quarantined

if TYPE_CHECKING:
    from tokyo_desk.gui.explanation_wizard import ExplanationWizard

RECORD_DIALOGS: dict[str, Any] = {  # each has ask(parent, session, catalogue, state)
    "measure": ImposeMeasureDialog,
    "consent": ConsentDialog,
    "modification": ModificationDialog,
    "breach": BreachReportDialog,
    "contact": ContactDialog,
    "appointment": AppointmentDialog,
    "review": ReviewDialog,
    "complaint": ComplaintDialog,
    "termination": TerminationDialog,
    "note": NoteDialog,
}
BREACH_STEP_DIALOGS: dict[str, Any] = {
    "breach_account": BreachAccountDialog,
    "breach_response": BreachResponseDialog,
}
SEARCH_DELAY_MS = 150  # wait for a pause in typing, not for every key
FILTER_LABELS = {
    "all": QT_TRANSLATE_NOOP("Workspace", "All open cases"),
    "explanation_pending": QT_TRANSLATE_NOOP("Workspace", "Explanation pending"),
    "review_due": QT_TRANSLATE_NOOP("Workspace", "Review due"),
    "breach_open": QT_TRANSLATE_NOOP("Workspace", "Breach open"),
    "ending_soon": QT_TRANSLATE_NOOP("Workspace", "Ending soon"),
}

LoadedCase = tuple[CaseState, list[Quarantined], set[str]]


def case_loader(case_id: str) -> Callable[[CaseStore], LoadedCase]:
    """A database job: the case, its events head office did not accept, and its commands
    still waiting for head office's answer."""

    def load(store: CaseStore) -> LoadedCase:
        return (
            store.case(case_id),
            sync_state.quarantined(store.connection, case_id),
            sync_state.awaiting_answer(store.connection, store.device_id, case_id),
        )

    return load


class Workspace(QWidget):
    """Caseload and case record of one unlocked session."""

    message = Signal(str)  # for the status bar
    saved = Signal()  # something was recorded (the sync scheduler listens)

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        pdf_runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._pdf_runner = pdf_runner
        self._state: CaseState | None = None
        self.wizard: ExplanationWizard | None = None
        self.ui = Ui_Workspace()
        self.ui.setupUi(self)
        self._session = session
        self.model = CaseloadModel(session, catalogue, self)
        self._counts: dict[str, int] = {}
        self._sized = False
        self._focus_case_when_shown = False
        self.side = QStackedWidget(self.ui.case_panel)
        self.dashboard = Dashboard(catalogue)
        self.case_page = CasePage(catalogue)
        self.side.addWidget(self.dashboard)
        self.side.addWidget(self.case_page)
        self.ui.case_layout.addWidget(self.side)
        self.dashboard.filter_chosen.connect(self.show_filter)
        self.case_page.dashboard_requested.connect(self.show_dashboard)
        self.case_page.explain_requested.connect(self.explain)
        self.case_page.record_requested.connect(self.record)
        view = self.ui.caseload_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._selected)
        # Enter (or a double click) opens the current row, selected or not: with the keyboard
        # the first row is current, not selected, when the caseload gets the focus.
        view.activated.connect(self._open)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        for code, label in FILTER_LABELS.items():
            self.ui.filter_combo.addItem(self.tr(str(label)), code)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.requery)
        self.ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.ui.filter_combo.currentIndexChanged.connect(lambda _: self.requery())
        self.ui.new_case_button.clicked.connect(self.new_case)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.model.failed.connect(self._failed)
        self.model.loaded.connect(self._loaded)

    def start(self) -> None:
        """First load after unlocking."""
        self.requery()
        self.refresh_counts()
        self.ui.search_edit.setFocus()

    def requery(self) -> None:
        self._search_timer.stop()
        which = self.ui.filter_combo.currentData() or "all"
        self.model.set_query(which, self.ui.search_edit.text())

    def refresh_counts(self) -> None:
        self._session.call(lambda store: store.counts(), self._show_counts, self._failed)
        self._session.call(
            lambda store: store.measure_counts(), self.dashboard.show_measures, self._failed
        )

    def show_filter(self, which: str) -> None:
        """Show one caseload filter (from a dashboard tile)."""
        self.ui.search_edit.clear()
        self.ui.filter_combo.setCurrentIndex(max(0, self.ui.filter_combo.findData(which)))
        self.ui.caseload_view.setFocus()

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def _open(self, index: QModelIndex) -> None:
        """Show the case of ``index`` and move the keyboard into its record."""
        row = self.model.row_at(index.row())
        if row is None:
            return
        self._focus_case_when_shown = True
        if self.case_page.case_id == row.case_id:
            self._show_case_focus()
            return
        self.ui.caseload_view.selectRow(index.row())  # loads the case (_selected)

    def _show_case_focus(self) -> None:
        self._focus_case_when_shown = False
        self.case_page.ui.tabs.setFocus()

    @property
    def session(self) -> Session:
        return self._session

    @property
    def case_state(self) -> CaseState | None:
        """The case shown, as loaded (None on the dashboard)."""
        return self._state

    def show_dashboard(self) -> None:
        self.ui.caseload_view.clearSelection()
        self.side.setCurrentWidget(self.dashboard)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.dashboard.show_counts(counts)
        self._loaded()
        combo = self.ui.filter_combo
        for index in range(combo.count()):
            code = combo.itemData(index)
            combo.setItemText(index, f"{self.tr(str(FILTER_LABELS[code]))} ({counts.get(code, 0)})")

    def _loaded(self) -> None:
        shown = self.model.rowCount()
        searching = bool(self.ui.search_edit.text().strip())
        total = self._counts.get(self.ui.filter_combo.currentData() or "all")
        if searching:
            text = self.tr("{0} matching cases").format(shown)
        elif total is not None:
            text = self.tr("{0} of {1} cases shown (scroll for more)").format(shown, total)
            if shown >= total:
                text = self.tr("{0} cases").format(total)
        else:
            text = self.tr("{0} cases shown").format(shown)
        self.ui.summary_label.setText(text)
        if not self._sized and shown:
            # Once, from the first page: later pages must not make the columns jump.
            self._sized = True
            view = self.ui.caseload_view
            # Measure 20 rows, not every loaded row: the widths settle in a few ms, not 40.
            view.horizontalHeader().setResizeContentsPrecision(20)
            view.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 260))

    def _selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            return
        self._load_case(row.case_id)

    def _load_case(self, case_id: str) -> None:
        self._session.call(case_loader(case_id), self._show_case, self._failed)

    def _show_case(self, loaded: LoadedCase) -> None:
        state, quarantined, awaiting = loaded
        self._state = state
        self.case_page.show_case(state, quarantined, awaiting)
        self.side.setCurrentWidget(self.case_page)
        if self._focus_case_when_shown:
            self._show_case_focus()

    def record(self, which: str) -> None:
        """Open the dialog that records ``which``: a CasePage.RECORD_ACTIONS code, or
        ``breach_account:<id>`` / ``breach_response:<id>`` for one breach."""
        state = self._state
        if state is None:
            return
        kind, _, breach_id = which.partition(":")
        stored = False
        if kind in BREACH_STEP_DIALOGS and breach_id in state.breaches:
            step = BREACH_STEP_DIALOGS[kind]
            stored = step.ask(self, self._session, self._catalogue, state, breach_id)
        elif kind in RECORD_DIALOGS:
            stored = bool(RECORD_DIALOGS[kind].ask(self, self._session, self._catalogue, state))
        if stored:
            self.after_change(state.case_id, self.tr("Recorded."))

    def new_case(self) -> None:
        """Open a case for a new person (and show it)."""
        case_id = NewCaseDialog.ask(self, self._session, self._catalogue)
        if case_id is not None:
            self.after_change(case_id, self.tr("Case opened."))

    def after_change(self, case_id: str, message: str) -> None:
        """Show the effect of something just stored: the case, the caseload, the counts."""
        self.message.emit(message)
        self.refresh_counts()
        self._load_case(case_id)
        self.requery()
        self.saved.emit()

    def reload_after_sync(self) -> None:
        """Head office brought, took away or refused records: show the caseload and the open
        case as they are now (a case reassigned to another officer has gone)."""
        self.refresh_counts()
        self.requery()
        self.reload_open_case()

    def reload_open_case(self) -> None:
        """Show the open case as stored now (its commands may no longer wait for head
        office; or it may have gone)."""
        state = self._state
        if state is None:
            return
        case_id = state.case_id

        def gone(error: BaseException) -> None:
            if isinstance(error, NotFound):
                self._state = None
                self.case_page.clear()
                self.show_dashboard()
            else:
                self._failed(error)

        self._session.call(case_loader(case_id), self._show_case_if_shown, gone)

    def _show_case_if_shown(self, loaded: LoadedCase) -> None:
        # The officer may have moved to the dashboard or another case meanwhile.
        if self._state is not None and self._state.case_id == loaded[0].case_id:
            self._show_case(loaded)

    def explain(self, measure_id: str) -> None:
        """Open the guided explanation (rule 12.3) for a measure of the shown case."""
        state = self._state
        if state is None or measure_id not in state.measures:
            return

        def officer_id(store: CaseStore) -> str:
            return store.officer_id

        self._session.call(
            officer_id, lambda found: self._open_wizard(state, measure_id, found), self._failed
        )

    def _open_wizard(self, state: CaseState, measure_id: str, officer_id: str) -> None:
        officer = OfficerDetails(
            officer_id=officer_id,
            name=self._session.info.officer_name,
            office_name=self._session.info.office,
            office_phone="",
            office_hours="",
        )
        # Imported here: it pulls in ReportLab, which the unlock window must not wait for.
        from tokyo_desk.gui.explanation_wizard import ExplanationWizard  # noqa: PLC0415

        self.wizard = ExplanationWizard(
            self._session,
            self._pdf_runner,
            state,
            measure_id,
            self._catalogue,
            officer,
            parent=self,
        )
        self.wizard.finished.connect(lambda _: self._wizard_closed(state.case_id))
        self.wizard.open()

    def _wizard_closed(self, case_id: str) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None or wizard.recorded is None:
            return
        self.after_change(case_id, self.tr("Explanation recorded."))

    def _failed(self, error: BaseException) -> None:
        report(error, self.message.emit)

    def clear(self) -> None:
        """Drop every piece of record text this workspace holds (on lock)."""
        self._search_timer.stop()
        self.ui.search_edit.clear()
        self.model.clear()
        self.case_page.clear()
        self.dashboard.clear()
        self._state = None
        self._focus_case_when_shown = False
        if self.wizard is not None:
            self.wizard.reject()
        self.ui.summary_label.clear()
