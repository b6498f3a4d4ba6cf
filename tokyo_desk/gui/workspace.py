"""The unlocked workspace: the caseload (search as you type, filters with counts) beside the
record of the selected case."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui.case_page import CasePage
from tokyo_desk.gui.caseload import CaseloadModel
from tokyo_desk.gui.forms.ui_workspace import Ui_Workspace
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.unlock import report
from tokyo_desk.store.case_store import CaseStore

SEARCH_DELAY_MS = 150  # wait for a pause in typing, not for every key
FILTER_LABELS = {
    "all": "All open cases",
    "explanation_pending": "Explanation pending",
    "review_due": "Review due",
    "breach_open": "Breach open",
    "ending_soon": "Ending soon",
}


class Workspace(QWidget):
    """Caseload and case record of one unlocked session."""

    message = Signal(str)  # for the status bar

    def __init__(
        self, session: Session, catalogue: Catalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_Workspace()
        self.ui.setupUi(self)
        self._session = session
        self.model = CaseloadModel(session, catalogue, self)
        self._counts: dict[str, int] = {}
        self._sized = False
        self.case_page = CasePage(catalogue, self.ui.case_panel)
        self.ui.case_layout.addWidget(self.case_page)
        view = self.ui.caseload_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._selected)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        for code, label in FILTER_LABELS.items():
            self.ui.filter_combo.addItem(self.tr(label), code)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.requery)
        self.ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.ui.filter_combo.currentIndexChanged.connect(lambda _: self.requery())
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

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._loaded()
        combo = self.ui.filter_combo
        for index in range(combo.count()):
            code = combo.itemData(index)
            combo.setItemText(index, f"{self.tr(FILTER_LABELS[code])} ({counts.get(code, 0)})")

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
            view.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 260))

    def _selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            return
        case_id = row.case_id

        def load(store: CaseStore) -> CaseState:
            return store.case(case_id)

        self._session.call(load, self._show_case, self._failed)

    def _show_case(self, state: CaseState) -> None:
        self.case_page.show_case(state)

    def _failed(self, error: BaseException) -> None:
        report(error, self.message.emit)

    def clear(self) -> None:
        """Drop every piece of record text this workspace holds (on lock)."""
        self._search_timer.stop()
        self.ui.search_edit.clear()
        self.model.clear()
        self.case_page.clear()
        self.ui.summary_label.clear()
