"""The caseload table: pages fetched lazily from the projection, or search results.

Rows are plain ``CaseRow`` data fetched on the database thread a page at a time as the view
scrolls (``canFetchMore``/``fetchMore``).  A query change starts a new generation so a late
page of the previous query never lands in the new list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.catalogue_texts import measure_title
from tokyo_desk.gui.session import Session
from tokyo_desk.store.case_store import CaseRow, CaseStore

PAGE = 100
SEARCH_LIMIT = 200
Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    """Open cases for one filter, or the matches of a search."""

    failed = Signal(object)  # an error from the database thread
    loaded = Signal()  # a page (or the search results) arrived

    def __init__(
        self, session: Session, catalogue: Catalogue, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._catalogue = catalogue
        self._rows: list[CaseRow] = []
        self._filter = "all"
        self._search = ""
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._headers = [
            self.tr("Case number"),
            self.tr("Name"),
            self.tr("Language"),
            self.tr("Measures"),
            self.tr("Review due"),
            self.tr("Ends"),
            self.tr("Needs attention"),
        ]

    # --- querying -----------------------------------------------------------------------------

    def set_query(self, which: str, search: str) -> None:
        """Show ``which`` filter, or the matches of ``search`` when it is not blank."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._filter, self._search = which, search.strip()
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._fetch()

    def clear(self) -> None:
        """Forget every row (on lock): no record text stays in memory."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch()

    def _fetch(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        generation = self._generation
        which, search, offset = self._filter, self._search, len(self._rows)

        def job(store: CaseStore) -> list[CaseRow]:
            if search:
                return store.search(search, SEARCH_LIMIT)
            return store.caseload(which, limit=PAGE, offset=offset)

        self._session.call(job, lambda rows: self._arrived(generation, rows), self._failed)

    def _arrived(self, generation: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return  # a page of a query the officer has already replaced
        self._loading = False
        self._exhausted = bool(self._search) or len(rows) < PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._exhausted = True
        self.failed.emit(error)

    # --- the model ----------------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the common case: views ask for many roles per cell
        row = self.row_at(index.row())
        if row is None:
            return None
        return self._cell(row, index.column())

    def _cell(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.case_number
        if column == 1:
            return row.display_name
        if column == 2:
            return row.preferred_language
        if column == 3:
            return ", ".join(
                self._measure_title(code) for code in row.measure_types.split(",") if code
            )
        if column == 4:
            return row.review_due or ""
        if column == 5:
            return row.ends_on or ""
        flags = [] if row.status == "open" else [row.status.replace("_", " ")]
        if row.explanation_pending:
            flags.append(self.tr("explanation pending"))
        if row.breach_open:
            flags.append(self.tr("breach open"))
        return ", ".join(flags)

    def _measure_title(self, code: str) -> str:
        return measure_title(self._catalogue, code.strip())
