"""Current state of one case, folded from its events.

``CaseState.replay`` applies events in their deterministic order.  Folding never refuses an
event (that is ``rules.py``'s job, before an event is stored); an event that does not fit the
state it meets -- possible only after a merge from another device -- is kept in
``anomalies`` for review instead of being dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tokyo_desk.domain import events as ev
from tokyo_desk.domain.events import Event

ENDED = frozenset({"completed", "terminated_early", "revoked"})


@dataclass
class ConditionState:
    condition_id: str
    measure_id: str
    template_code: str | None
    template_version: int | None
    parameters: dict[str, Any]
    issued_text: dict[str, str]
    necessity_note: str
    bespoke_text: str
    next_review_due: dt.date | None
    added_in_version: int
    active: bool = True


@dataclass
class BreachState:
    breach_id: str
    measure_id: str
    condition_ids: tuple[str, ...]
    occurred_on: dt.date
    reported_on: dt.date
    account: str
    response: ev.BreachResponded | None = None


@dataclass
class MeasureState:
    measure_id: str
    type_code: str
    consent_required: bool
    imposed: ev.MeasureImposed
    end_date: dt.date | None
    status: str
    consent: ev.ConsentRecorded | None = None
    conditions: dict[str, ConditionState] = field(default_factory=dict)
    conditions_version: int = 1
    explained_version: int = 0
    next_review_due: dt.date | None = None
    explanations: list[str] = field(default_factory=list)

    @property
    def ended(self) -> bool:
        return self.status in ENDED

    @property
    def active_conditions(self) -> list[ConditionState]:
        return [item for item in self.conditions.values() if item.active]

    @property
    def explanation_pending(self) -> bool:
        """Rule 12.3/12.4: conditions exist that the person has not had explained."""
        return (
            not self.ended
            and bool(self.active_conditions)
            and self.explained_version < self.conditions_version
        )


@dataclass
class FieldValue:
    value: Any
    version: int
    hlc: int
    device_id: str
    conflicts: list[Any] = field(default_factory=list)


@dataclass
class CaseState:
    """Everything currently true about one case."""

    case_id: str
    opened: ev.CaseOpened | None = None
    person: dict[str, FieldValue] = field(default_factory=dict)
    measures: dict[str, MeasureState] = field(default_factory=dict)
    breaches: dict[str, BreachState] = field(default_factory=dict)
    documents: dict[str, ev.DocumentIssued] = field(default_factory=dict)
    complaints: dict[str, ev.ComplaintRecorded] = field(default_factory=dict)
    appointments: dict[str, ev.AppointmentScheduled] = field(default_factory=dict)
    last_contact: dt.datetime | None = None
    closed: ev.CaseClosed | None = None
    events: list[Event] = field(default_factory=list)
    event_ids: set[str] = field(default_factory=set)
    anomalies: list[str] = field(default_factory=list)

    # --- derived views -----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.opened is not None and self.closed is None

    def person_value(self, name: str) -> Any:
        held = self.person.get(name)
        return None if held is None else held.value

    @property
    def display_name(self) -> str:
        given = self.person_value("given_names") or ""
        family = self.person_value("family_name") or ""
        return f"{given} {family}".strip()

    @property
    def explanation_pending(self) -> bool:
        return any(measure.explanation_pending for measure in self.measures.values())

    @property
    def breach_open(self) -> bool:
        return any(breach.response is None for breach in self.breaches.values())

    @property
    def next_review_due(self) -> dt.date | None:
        dates = [
            m.next_review_due
            for m in self.measures.values()
            if not m.ended and m.next_review_due is not None
        ]
        return min(dates) if dates else None

    @property
    def ends_on(self) -> dt.date | None:
        dates = [m.end_date for m in self.measures.values() if not m.ended and m.end_date]
        return min(dates) if dates else None

    # --- folding -----------------------------------------------------------------------

    @classmethod
    def replay(cls, case_id: str, events: Iterable[Event], catalogue: Any) -> CaseState:
        """Fold ``events`` (any order) into the state of ``case_id``."""
        ordered = sorted(events, key=lambda item: item.order_key)
        corrections = {
            item.payload.corrects: item
            for item in ordered
            if isinstance(item.payload, ev.EventCorrected)
        }
        state = cls(case_id)
        for item in ordered:
            state.apply(corrected(item, corrections.get(item.event_id)), catalogue)
        return state

    def apply(self, event: Event, catalogue: Any) -> None:
        """Fold one event into this state."""
        if event.event_id in self.event_ids:
            return  # re-applying a known event is a no-op (idempotent merge)
        self.event_ids.add(event.event_id)
        self.events.append(event)
        handler = getattr(self, "_on_" + event.kind.replace(".", "_"), None)
        if handler is not None:
            handler(event, event.payload, catalogue)

    def _anomaly(self, event: Event, what: str) -> None:
        self.anomalies.append(f"{event.kind} {event.event_id}: {what}")

    def _measure(self, event: Event, measure_id: str) -> MeasureState | None:
        measure = self.measures.get(measure_id)
        if measure is None:
            self._anomaly(event, "refers to an unknown measure")
        return measure

    def _on_case_opened(self, event: Event, payload: ev.CaseOpened, catalogue: Any) -> None:
        if self.opened is not None:
            self._anomaly(event, "case opened twice")
            return
        self.opened = payload
        for name, value in payload.person.model_dump(mode="python").items():
            self.person[name] = FieldValue(value, 0, event.hlc, event.device_id)

    def _on_person_field_set(
        self, event: Event, payload: ev.PersonFieldSet, catalogue: Any
    ) -> None:
        held = self.person.get(payload.field)
        if held is None:
            self.person[payload.field] = FieldValue(payload.value, 1, event.hlc, event.device_id)
            return
        if payload.base_version >= held.version:
            held.value, held.version = payload.value, held.version + 1
            held.hlc, held.device_id = event.hlc, event.device_id
            return
        # Concurrent edit from another device: keep both values visible (sync.md).
        held.conflicts.append(payload.value)
        if (event.hlc, event.device_id) > (held.hlc, held.device_id):
            held.conflicts.append(held.value)
            held.conflicts.remove(payload.value)
            held.value, held.hlc, held.device_id = payload.value, event.hlc, event.device_id

    def _on_measure_imposed(self, event: Event, payload: ev.MeasureImposed, catalogue: Any) -> None:
        measure_type = catalogue.measure_types.get(payload.type_code)
        consent_required = bool(measure_type and measure_type.consent_required)
        self.measures[payload.measure_id] = MeasureState(
            measure_id=payload.measure_id,
            type_code=payload.type_code,
            consent_required=consent_required,
            imposed=payload,
            end_date=payload.end_date,
            status="pending_consent" if consent_required else "active",
        )

    def _on_consent_recorded(
        self, event: Event, payload: ev.ConsentRecorded, catalogue: Any
    ) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is None:
            return
        measure.consent = payload
        if measure.status in {"pending_consent", "consent_refused"}:
            measure.status = "active" if payload.consent_given else "consent_refused"

    def _add_condition(self, measure: MeasureState, spec: ev.ConditionSpec) -> None:
        measure.conditions[spec.condition_id] = ConditionState(
            condition_id=spec.condition_id,
            measure_id=measure.measure_id,
            template_code=spec.template_code,
            template_version=spec.template_version,
            parameters=dict(spec.parameters),
            issued_text=dict(spec.issued_text),
            necessity_note=spec.necessity_note,
            bespoke_text=spec.bespoke_text,
            next_review_due=spec.next_review_due,
            added_in_version=measure.conditions_version,
        )
        due = [d for d in (measure.next_review_due, spec.next_review_due) if d]
        measure.next_review_due = min(due) if due else None

    def _on_condition_imposed(
        self, event: Event, payload: ev.ConditionImposed, catalogue: Any
    ) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is not None:
            self._add_condition(measure, payload.condition)

    def _on_modification_recorded(
        self, event: Event, payload: ev.ModificationRecorded, catalogue: Any
    ) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is None:
            return
        measure.conditions_version += 1  # rule 12.4: a new version needs a new explanation
        for condition_id in payload.remove:
            if condition_id in measure.conditions:
                measure.conditions[condition_id].active = False
        for variation in payload.vary:
            held = measure.conditions.get(variation.condition_id)
            if held is not None:
                held.parameters = dict(variation.parameters)
                held.issued_text = dict(variation.issued_text)
        for spec in payload.add:
            self._add_condition(measure, spec)
        if payload.new_end_date is not None:
            measure.end_date = payload.new_end_date

    def _on_explanation_given(
        self, event: Event, payload: ev.ExplanationGiven, catalogue: Any
    ) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is None:
            return
        measure.explanations.append(payload.explanation_id)
        measure.explained_version = max(measure.explained_version, payload.conditions_version)

    def _on_document_issued(self, event: Event, payload: ev.DocumentIssued, catalogue: Any) -> None:
        self.documents[payload.document_id] = payload

    def _on_contact_recorded(
        self, event: Event, payload: ev.ContactRecorded, catalogue: Any
    ) -> None:
        if payload.attended and (
            self.last_contact is None or payload.occurred_at > self.last_contact
        ):
            self.last_contact = payload.occurred_at

    def _on_appointment_scheduled(
        self, event: Event, payload: ev.AppointmentScheduled, catalogue: Any
    ) -> None:
        self.appointments[payload.appointment_id] = payload

    def _on_review_recorded(self, event: Event, payload: ev.ReviewRecorded, catalogue: Any) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is not None:
            measure.next_review_due = payload.next_review_due

    def _on_breach_reported(self, event: Event, payload: ev.BreachReported, catalogue: Any) -> None:
        self.breaches[payload.breach_id] = BreachState(
            breach_id=payload.breach_id,
            measure_id=payload.measure_id,
            condition_ids=payload.condition_ids,
            occurred_on=payload.occurred_on,
            reported_on=payload.reported_on,
            account=payload.person_account,
        )

    def _on_breach_account_recorded(
        self, event: Event, payload: ev.BreachAccountRecorded, catalogue: Any
    ) -> None:
        breach = self.breaches.get(payload.breach_id)
        if breach is None:
            self._anomaly(event, "refers to an unknown breach")
        else:
            breach.account = payload.account

    def _on_breach_responded(
        self, event: Event, payload: ev.BreachResponded, catalogue: Any
    ) -> None:
        breach = self.breaches.get(payload.breach_id)
        if breach is None:
            self._anomaly(event, "refers to an unknown breach")
        else:
            breach.response = payload

    def _on_complaint_recorded(
        self, event: Event, payload: ev.ComplaintRecorded, catalogue: Any
    ) -> None:
        self.complaints[payload.complaint_id] = payload

    def _on_measure_terminated(
        self, event: Event, payload: ev.MeasureTerminated, catalogue: Any
    ) -> None:
        measure = self._measure(event, payload.measure_id)
        if measure is not None:
            measure.status = {
                "completed": "completed",
                "early_termination": "terminated_early",
                "revoked": "revoked",
            }[payload.kind]

    def _on_case_closed(self, event: Event, payload: ev.CaseClosed, catalogue: Any) -> None:
        self.closed = payload


def corrected(event: Event, correction: Event | None) -> Event:
    """``event`` as read after its latest correction (the correction's payload replaces it)."""
    if correction is None:
        return event
    assert isinstance(correction.payload, ev.EventCorrected)
    payload = ev.parse_payload(event.kind, correction.payload.payload)
    return Event(
        event_id=event.event_id,
        case_id=event.case_id,
        kind=event.kind,
        schema_version=event.schema_version,
        author=event.author,
        device_id=event.device_id,
        seq=event.seq,
        hlc=event.hlc,
        payload=payload,
    )
