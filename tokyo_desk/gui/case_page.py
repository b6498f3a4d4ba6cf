"""The case record: person, measures with their conditions, the timeline of events, and what
synchronisation left for the officer to look at (events head office did not accept, details
recorded differently on two devices).

Everything is shown as plain text (tree items and plain-text labels), so a record holding
markup such as ``<img src=...>`` is displayed literally, never interpreted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence, Set
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTreeWidgetItem, QWidget

from tokyo_desk.domain import events as ev
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.events import Event
from tokyo_desk.domain.state import CaseState, ConditionState, FieldValue, MeasureState
from tokyo_desk.gui.catalogue_texts import condition_title, measure_title
from tokyo_desk.gui.forms.ui_case_page import Ui_CasePage
from tokyo_desk.gui.style import enlarge
from tokyo_desk.store.sync_state import Quarantined

PERSON_LABELS = {
    "given_names": QT_TRANSLATE_NOOP("CasePage", "Given names"),
    "family_name": QT_TRANSLATE_NOOP("CasePage", "Family name"),
    "other_names": QT_TRANSLATE_NOOP("CasePage", "Other names"),
    "date_of_birth": QT_TRANSLATE_NOOP("CasePage", "Date of birth"),
    "languages_spoken": QT_TRANSLATE_NOOP("CasePage", "Languages spoken"),
    "languages_written": QT_TRANSLATE_NOOP("CasePage", "Languages read"),
    "preferred_language": QT_TRANSLATE_NOOP("CasePage", "Preferred language"),
    "interpreter_needed": QT_TRANSLATE_NOOP("CasePage", "Interpreter needed"),
    "literacy": QT_TRANSLATE_NOOP("CasePage", "Reading and writing"),
    "communication_needs": QT_TRANSLATE_NOOP("CasePage", "Communication needs"),
    "adjustments": QT_TRANSLATE_NOOP("CasePage", "Adjustments"),
    "phone": QT_TRANSLATE_NOOP("CasePage", "Phone"),
    "address": QT_TRANSLATE_NOOP("CasePage", "Address"),
    "identifiers": QT_TRANSLATE_NOOP("CasePage", "Identifiers"),
}


CODE = re.compile(r"[a-z]+(_[a-z]+)+")
MEASURE_STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("CasePage", "in force"),
    "pending_consent": QT_TRANSLATE_NOOP("CasePage", "waiting for consent"),
    "consent_refused": QT_TRANSLATE_NOOP("CasePage", "consent refused"),
    "completed": QT_TRANSLATE_NOOP("CasePage", "completed"),
    "terminated_early": QT_TRANSLATE_NOOP("CasePage", "ended early"),
    "revoked": QT_TRANSLATE_NOOP("CasePage", "revoked"),
}
# Titles of the event kinds (domain/events.py KINDS), so the timeline is translated.
EVENT_TITLES = (
    QT_TRANSLATE_NOOP("CasePage", "Case opened"),
    QT_TRANSLATE_NOOP("CasePage", "Personal details changed"),
    QT_TRANSLATE_NOOP("CasePage", "Measure imposed"),
    QT_TRANSLATE_NOOP("CasePage", "Consent recorded"),
    QT_TRANSLATE_NOOP("CasePage", "Condition imposed"),
    QT_TRANSLATE_NOOP("CasePage", "Conditions modified by the authority"),
    QT_TRANSLATE_NOOP("CasePage", "Conditions explained"),
    QT_TRANSLATE_NOOP("CasePage", "Document issued"),
    QT_TRANSLATE_NOOP("CasePage", "Contact"),
    QT_TRANSLATE_NOOP("CasePage", "Appointment"),
    QT_TRANSLATE_NOOP("CasePage", "Review"),
    QT_TRANSLATE_NOOP("CasePage", "Breach reported"),
    QT_TRANSLATE_NOOP("CasePage", "Person's account of a breach"),
    QT_TRANSLATE_NOOP("CasePage", "Response to a breach"),
    QT_TRANSLATE_NOOP("CasePage", "Complaint or request"),
    QT_TRANSLATE_NOOP("CasePage", "Measure ended"),
    QT_TRANSLATE_NOOP("CasePage", "Case closed"),
    QT_TRANSLATE_NOOP("CasePage", "Note"),
    QT_TRANSLATE_NOOP("CasePage", "Correction"),
)
# What the officer can record on an open case (rule references in the labels).
RECORD_ACTIONS = {
    "measure": QT_TRANSLATE_NOOP("CasePage", "Measure imposed, with its conditions…"),
    "consent": QT_TRANSLATE_NOOP("CasePage", "Consent to a pre-trial measure (rule 3.4)…"),
    "modification": QT_TRANSLATE_NOOP("CasePage", "Modification by the authority (rule 12.4)…"),
    "breach": QT_TRANSLATE_NOOP("CasePage", "Report a breach (rule 14)…"),
    "contact": QT_TRANSLATE_NOOP("CasePage", "Contact…"),
    "appointment": QT_TRANSLATE_NOOP("CasePage", "Appointment…"),
    "review": QT_TRANSLATE_NOOP("CasePage", "Review (rule 10.3)…"),
    "complaint": QT_TRANSLATE_NOOP("CasePage", "Complaint or request (rule 3.6)…"),
    "termination": QT_TRANSLATE_NOOP("CasePage", "End of the measure (rule 11.2)…"),
    "note": QT_TRANSLATE_NOOP("CasePage", "Note…"),
}

# Why head office did not accept an event (sync/protocol.py Rejection.code), for the officer;
# short enough to read in the tree's column (head office's own words go beneath).
REJECTION_EXPLANATIONS = {
    "invalid": QT_TRANSLATE_NOOP("CasePage", "Head office found it invalid: record it again."),
    "out_of_scope": QT_TRANSLATE_NOOP(
        "CasePage", "The case is not yours at head office: ask who supervises it."
    ),
    "wrong_author": QT_TRANSLATE_NOOP(
        "CasePage", "It names another officer or device as author: tell head office."
    ),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "CasePage", "Head office does not know this kind of event: tell head office."
    ),
    "refused": QT_TRANSLATE_NOOP(
        "CasePage", "Not possible in the case as head office has it (closed already?)."
    ),
}


def plain(value: Any) -> str:
    """A stored value as display text."""
    if value is None or value in ("", ()):
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(plain(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {plain(item)}" for key, item in value.items())
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str) and CODE.fullmatch(value):
        return value.replace("_", " ")  # a stored code such as reads_some
    return str(value)


class CasePage(QWidget):
    """Shows one case; ``clear`` forgets it."""

    explain_requested = Signal(str)  # measure id
    dashboard_requested = Signal()
    record_requested = Signal(str)  # one of RECORD_ACTIONS

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasePage()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        self.case_id: str | None = None
        enlarge(self.ui.name_label, 1.4)
        self._pending_measure: str | None = None
        self.ui.explain_button.clicked.connect(self._explain)
        self.ui.dashboard_button.clicked.connect(self.dashboard_requested)
        self.record_menu = QMenu(self)
        self._record_actions: dict[str, QAction] = {}
        self._breach_actions: list[QAction] = []
        for code, label in RECORD_ACTIONS.items():
            action = self.record_menu.addAction(self.tr(str(label)))
            action.triggered.connect(
                lambda _=False, chosen=code: self.record_requested.emit(chosen)
            )
            self._record_actions[code] = action
        self.ui.record_button.setMenu(self.record_menu)
        self.clear()

    def clear(self) -> None:
        self.case_id = None
        self.ui.name_label.setText(self.tr("No case selected"))
        self.ui.summary_label.setText(self.tr("Choose a case in the caseload to see its record."))
        for tree in (
            self.ui.person_tree,
            self.ui.measures_tree,
            self.ui.timeline_tree,
            self.ui.sync_tree,
        ):
            tree.clear()
        self._show_sync_tab(0)
        self.ui.tabs.setEnabled(False)
        self.ui.attention_label.clear()
        self.ui.explain_button.hide()
        self.ui.record_button.setEnabled(False)
        self._pending_measure = None

    def _show_breach_actions(self, state: CaseState) -> None:
        """One "hear the person" and one "respond" entry per breach still awaiting a response."""
        for action in self._breach_actions:
            self.record_menu.removeAction(action)
        self._breach_actions = []
        waiting = [item for item in state.breaches.values() if item.response is None]
        if not waiting or not state.is_open:
            return
        self._breach_actions.append(self.record_menu.addSeparator())
        for breach in sorted(waiting, key=lambda item: item.occurred_on):
            day = breach.occurred_on.isoformat()
            for kind, label in (
                ("breach_account", self.tr("Hear the person about the breach of {0} (rule 14.2)…")),
                ("breach_response", self.tr("Respond to the breach of {0} (rules 14.3-14.6)…")),
            ):
                action = self.record_menu.addAction(label.format(day))
                code = f"{kind}:{breach.breach_id}"
                action.triggered.connect(
                    lambda _=False, chosen=code: self.record_requested.emit(chosen)
                )
                self._breach_actions.append(action)

    def _explain(self) -> None:
        if self._pending_measure is not None:
            self.explain_requested.emit(self._pending_measure)

    def show_case(
        self,
        state: CaseState,
        quarantined: Sequence[Quarantined] = (),
        awaiting: Set[str] = frozenset(),
    ) -> None:
        """Show ``state``; ``quarantined`` are its events head office did not accept,
        ``awaiting`` its commands head office has not answered yet."""
        self.case_id = state.case_id
        opened = state.opened
        assert opened is not None  # the store refuses to load a case that was never opened
        self.ui.tabs.setEnabled(True)
        self.ui.name_label.setText(state.display_name)
        status = self.tr("open") if state.is_open else self.tr("closed")
        self.ui.summary_label.setText(
            self.tr("{number} · {office} · opened {opened} · {status}").format(
                number=opened.case_number,
                office=opened.office,
                opened=opened.opened_on.isoformat(),
                status=status,
            )
        )
        pending = [m for m in state.measures.values() if m.explanation_pending]
        self._pending_measure = pending[0].measure_id if pending else None
        self.ui.explain_button.setVisible(bool(pending))
        self.ui.record_button.setEnabled(True)
        for code, action in self._record_actions.items():
            action.setEnabled(state.is_open or code == "note")
        self._show_breach_actions(state)
        conflicts = {name: held for name, held in state.person.items() if held.conflicts}
        attention = []
        if pending:
            attention.append(
                self.tr("The conditions have not been explained to the person yet (rule 12.3).")
            )
        if quarantined:
            attention.append(
                self.tr("Head office did not accept {0} of this case's events.").format(
                    len(quarantined)
                )
            )
        if conflicts:
            attention.append(
                self.tr("Details recorded differently on two devices: {0}.").format(len(conflicts))
            )
        if quarantined or conflicts:
            attention[-1] += " " + self.tr("See the Sync issues tab.")
        waiting = [self._event_title(e) for e in state.events if e.event_id in awaiting]
        if waiting:
            attention.append(
                self.tr("Waiting for head office to confirm: {0}.").format(", ".join(waiting))
            )
        self.ui.attention_label.setText("\n".join(attention))
        self._show_person(state)
        self._show_measures(state)
        refused = {item.event_id for item in quarantined}
        self._show_timeline(state, refused, awaiting)
        self._show_sync_issues(state, quarantined, conflicts)

    def _show_person(self, state: CaseState) -> None:
        tree = self.ui.person_tree
        tree.clear()
        for name, label in PERSON_LABELS.items():
            held = state.person.get(name)
            item = QTreeWidgetItem([self.tr(str(label)), plain(held.value if held else None)])
            if held is not None and held.conflicts:
                flag = self.tr("edited on two devices: check")
                item.setText(1, f"{item.text(1)}  ({flag})")
                also = self.tr("also recorded: {0}")
                for other in held.conflicts:
                    item.addChild(QTreeWidgetItem(["", also.format(plain(other))]))
            tree.addTopLevelItem(item)
            item.setExpanded(True)
        tree.resizeColumnToContents(0)

    def _show_measures(self, state: CaseState) -> None:
        tree = self.ui.measures_tree
        tree.clear()
        for measure in state.measures.values():
            tree.addTopLevelItem(self._measure_item(measure))
        tree.expandAll()
        tree.resizeColumnToContents(0)

    def _measure_item(self, measure: MeasureState) -> QTreeWidgetItem:
        imposed = measure.imposed
        details = self.tr("{status}; from {start} to {end}; decided by {authority}").format(
            status=self.tr(str(MEASURE_STATUS_LABELS.get(measure.status, measure.status))),
            start=imposed.start_date.isoformat(),
            end=imposed.end_date.isoformat() if imposed.end_date else "—",
            authority=imposed.authority,
        )
        if measure.explanation_pending:
            details += self.tr("; conditions not yet explained (rule 12.3)")
        item = QTreeWidgetItem([measure_title(self._catalogue, measure.type_code), details])
        for condition in measure.conditions.values():
            item.addChild(self._condition_item(condition, state_language="en"))
        return item

    def _condition_item(self, condition: ConditionState, state_language: str) -> QTreeWidgetItem:
        template = (
            self._catalogue.condition(condition.template_code, condition.template_version)
            if condition.template_code
            else None
        )
        title = (
            condition_title(self._catalogue, template)
            if template
            else self.tr("Condition set by the authority")
        )
        text = (
            condition.issued_text.get(state_language)
            or next(iter(condition.issued_text.values()), "")
            or condition.bespoke_text
        )
        if not condition.active:
            title = self.tr("{0} (removed)").format(title)
        return QTreeWidgetItem([title, text])

    def _show_timeline(
        self,
        state: CaseState,
        refused: Set[str] = frozenset(),
        awaiting: Set[str] = frozenset(),
    ) -> None:
        tree = self.ui.timeline_tree
        tree.clear()
        # A condition belongs to the authority's decision on its measure (conditions can
        # only be imposed before they are explained; later changes are modifications): it
        # is dated with that decision, not with the moment it was typed in.
        decided = {
            event.payload.measure_id: event_day(event)
            for event in state.events
            if isinstance(event.payload, ev.MeasureImposed)
        }

        def day_of(event: Event) -> str:
            if isinstance(event.payload, ev.ConditionImposed):
                return decided.get(event.payload.measure_id) or event_day(event)
            return event_day(event)

        dated = [(day_of(event), event) for event in state.events]
        for day, event in sorted(
            dated, key=lambda pair: (pair[0], pair[1].order_key), reverse=True
        ):
            what = self._event_title(event)
            if event.event_id in refused:
                what = self.tr("{0} (not accepted by head office)").format(what)
            elif event.event_id in awaiting:
                what = self.tr("{0} (waiting for head office)").format(what)
            tree.addTopLevelItem(QTreeWidgetItem([day, what, self._summary(event.payload)]))
        tree.resizeColumnToContents(0)
        tree.resizeColumnToContents(1)

    def _event_title(self, event: Event) -> str:
        info = ev.KINDS.get(event.kind)
        return self.tr(info.title) if info else event.kind

    def _show_sync_issues(
        self,
        state: CaseState,
        quarantined: Sequence[Quarantined],
        conflicts: dict[str, FieldValue],
    ) -> None:
        """Refused events with the reason, and every value of each field in conflict."""
        tree = self.ui.sync_tree
        tree.clear()
        events = {event.event_id: event for event in state.events}
        if quarantined:
            group = QTreeWidgetItem(
                [self.tr("Not accepted by head office ({0})").format(len(quarantined)), ""]
            )
            for refusal in quarantined:
                event = events.get(refusal.event_id)
                what = (
                    f"{event_day(event)} {self._event_title(event)}"
                    if event
                    else self.tr("An event no longer in this case")
                )
                explanation = REJECTION_EXPLANATIONS.get(refusal.code)
                why = self.tr(str(explanation)) if explanation else refusal.code
                item = QTreeWidgetItem([what, why])
                item.setToolTip(1, why)
                if refusal.reason:
                    said = self.tr("Head office said: {0}").format(refusal.reason)
                    detail = QTreeWidgetItem(["", said])
                    detail.setToolTip(1, said)
                    item.addChild(detail)
                group.addChild(item)
            tree.addTopLevelItem(group)
        if conflicts:
            group = QTreeWidgetItem(
                [self.tr("Recorded differently on two devices ({0})").format(len(conflicts)), ""]
            )
            for name, held in conflicts.items():
                label = PERSON_LABELS.get(name)
                field = QTreeWidgetItem(
                    [
                        self.tr(str(label)) if label else name,
                        self.tr("{0} values; the first is shown for now").format(
                            1 + len(held.conflicts)
                        ),
                    ]
                )
                for value in (held.value, *held.conflicts):
                    field.addChild(QTreeWidgetItem(["", plain(value)]))
                group.addChild(field)
            tree.addTopLevelItem(group)
        tree.expandAll()
        tree.resizeColumnToContents(0)
        self._show_sync_tab(len(quarantined) + len(conflicts))

    def _show_sync_tab(self, issues: int) -> None:
        """The tab is there only when there is something to look at."""
        index = self.ui.tabs.indexOf(self.ui.sync_tab)
        self.ui.tabs.setTabVisible(index, bool(issues))
        self.ui.tabs.setTabText(
            index,
            self.tr("Sync iss&ues ({0})").format(issues) if issues else self.tr("Sync iss&ues"),
        )

    def _summary(self, payload: ev.Payload) -> str:
        """A one-line account of an event (plain text, shortened)."""
        if isinstance(payload, ev.ConditionImposed):
            spec = payload.condition
            template = (
                self._catalogue.condition(spec.template_code, spec.template_version)
                if spec.template_code
                else None
            )
            return (
                condition_title(self._catalogue, template) if template else spec.bespoke_text[:120]
            )
        if isinstance(payload, ev.MeasureImposed):
            return f"{measure_title(self._catalogue, payload.type_code)} — {payload.authority}"
        shown = []
        for name, value in payload.model_dump(exclude_none=True).items():
            if name.endswith(("_id", "_ids", "_at", "_on")) or name in HIDDEN_IN_SUMMARY:
                continue
            if value in ("", (), [], {}) or isinstance(value, dict):
                continue
            shown.append(f"{name.replace('_', ' ')}: {plain(value)}")
        text = "; ".join(shown)
        return text if len(text) <= 200 else text[:199] + "…"


HIDDEN_IN_SUMMARY = frozenset({"person", "issued_text", "conditions", "base_version"})
# The date an event is about, in order of preference; else when it was recorded.
DATE_FIELDS = (
    "occurred_at", "given_at", "issued_at", "due_at", "written_at", "occurred_on",
    "reviewed_on", "reported_on", "recorded_on", "decision_date", "opened_on", "ended_on",
    "closed_on",
)  # fmt: skip


def event_day(event: Event) -> str:
    """The date an event is about (YYYY-MM-DD, with the time when it has one)."""
    for name in DATE_FIELDS:
        value = getattr(event.payload, name, None)
        if isinstance(value, dt.datetime):
            return value.astimezone().strftime("%Y-%m-%d %H:%M")
        if isinstance(value, dt.date):
            return value.isoformat()
    recorded = dt.datetime.fromtimestamp(event.hlc / 1000, dt.UTC)  # the HLC is in ms
    return recorded.astimezone().strftime("%Y-%m-%d %H:%M")
