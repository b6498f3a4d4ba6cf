"""The part every record dialog shares: one ``store.record`` call on the database thread,
refusals listed in the dialog (which stays open with everything entered), warnings shown
after storing, and the dialog closed unsaved when the session locks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState, MeasureState
from tokyo_desk.errors import ValidationError
from tokyo_desk.gui.catalogue_texts import measure_title
from tokyo_desk.gui.fields import sentence
from tokyo_desk.gui.messages import translated
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.style import fit_to_screen
from tokyo_desk.gui.unlock import report
from tokyo_desk.store.case_store import CaseStore, Change, Recorded

Now = Callable[[], dt.datetime]
# How a measure that is not simply in force is marked where measures are listed.
MEASURE_STATUSES = {
    "pending_consent": QT_TRANSLATE_NOOP("StoreDialog", "waiting for consent"),
    "consent_refused": QT_TRANSLATE_NOOP("StoreDialog", "consent refused"),
}


class StoreDialog(QDialog):
    """Subclasses build their form, point ``_status`` at its status label, call ``store``
    with their changes, and say in ``_busy`` what to grey out while a record is on its way."""

    recorded_title: ClassVar[str] = str(QT_TRANSLATE_NOOP("StoreDialog", "Recorded"))

    def __init__(
        self,
        session: Session,
        catalogue: Catalogue,
        state: CaseState,
        *,
        now: Now | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._catalogue = catalogue
        self._state = state
        self._now: Now = now or (lambda: dt.datetime.now(dt.UTC))
        self.recorded: Recorded | None = None
        self._status: QLabel | None = None
        # Locking drops the case from memory: an open form goes with it, unsaved.
        session.locked.connect(self._locked)

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)  # a small screen at 150 %: the form scrolls, the buttons stay
        super().showEvent(event)

    def today(self) -> dt.date:
        """Today where the officer is."""
        return self._now().astimezone().date()

    def measure_label(self, measure: MeasureState) -> str:
        """'Probation (KLC/2026/77; 2026-11-30 to 2027-11-30)', in the window's language."""
        imposed = measure.imposed
        label = self.tr("{title} ({reference}; {start} to {end})").format(
            title=measure_title(self._catalogue, measure.type_code),
            reference=imposed.decision_reference,
            start=imposed.start_date.isoformat(),
            end=measure.end_date.isoformat() if measure.end_date else self.tr("no end date"),
        )
        if measure.status in MEASURE_STATUSES:
            label += " — " + self.tr(str(MEASURE_STATUSES[measure.status]))
        return label

    def show_status(self, text: str) -> None:
        if self._status is not None:
            self._status.setText(text)

    def show_problems(self, problems: Sequence[str]) -> None:
        """The store's refusals (domain messages, translated here) or the form's own."""
        listed = "\n".join("• " + sentence(translated(item)) for item in problems)
        self.show_status(self.tr("Not recorded:") + "\n" + listed)

    def store(self, changes: list[Change]) -> None:
        """Record ``changes`` in one transaction; the dialog closes when they are stored."""
        case_id = self._state.case_id

        def store_it(store: CaseStore) -> Recorded:
            return store.record(case_id, changes)

        self._busy(True)
        self.show_status(self.tr("Recording…"))
        self._session.call(store_it, self._stored, self._failed)

    def _busy(self, busy: bool) -> None:
        """Grey out what must not be pressed while a record is on its way."""

    def _stored(self, recorded: Recorded) -> None:
        self._busy(False)
        self.recorded = recorded
        self.show_status("")
        if recorded.warnings:
            self.show_warnings(recorded.warnings)
        self.accept()

    def show_warnings(self, warnings: Sequence[str]) -> None:
        """What the store allowed but wants the officer to know (after storing)."""
        QMessageBox.information(
            self,
            self.tr(self.recorded_title),
            self.tr("Recorded. Please note:")
            + "\n"
            + "\n".join("• " + sentence(translated(item)) for item in warnings),
        )

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, ValidationError) and error.problems:
            self.show_problems(error.problems)
            return
        report(error, self.show_status)

    def _locked(self) -> None:
        QDialog.reject(self)
