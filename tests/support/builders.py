"""Valid event payloads for tests, with keyword overrides.

Every builder returns a plain ``dict`` shaped like what a form or a sync message submits
(dates as ISO strings).  Keyword arguments replace fields; passing ``OMIT`` drops a field.
The default dates sit inside one story that the store's rules accept when "now" is the
``now`` fixture (2026-11-20 10:00 UTC): the case opens on 1 October 2026, the measure is
decided that day and starts on 5 October, and it runs for a year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate, ParameterSpec
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.parameters import FREQUENCIES, ParameterKind

TODAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)
OPENED_ON = dt.date(2026, 10, 1)
DECISION_DATE = dt.date(2026, 10, 1)
START_DATE = dt.date(2026, 10, 5)
END_DATE = dt.date(2027, 10, 4)
MEASURE_TYPE = "sentencing.probation"


class _Omit:
    """Marker for a field to leave out of a payload."""

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()


def _iso(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _merge(defaults: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    merged = {**defaults, **overrides}
    return {key: _iso(value) for key, value in merged.items() if value is not OMIT}


def at(day: dt.date, hour: int = 10, minute: int = 0) -> str:
    """An ISO date-time (UTC) on ``day``."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC).isoformat()


# --- condition parameters --------------------------------------------------------------------


def sample_value(spec: ParameterSpec) -> Any:
    """A valid value for one typed parameter, within its min/max and choices."""
    kind = spec.kind
    if kind in {ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS}:
        value = spec.min if spec.min is not None else 1
        return value if spec.max is None else min(value, spec.max)
    simple: dict[ParameterKind, Any] = {
        ParameterKind.TEXT: "Keep the garden gate closed",
        ParameterKind.PLACE: "North Probation Office, 12 Market Street",
        ParameterKind.PERSON: "Ms Adaeze Okafor",
        ParameterKind.DATE: "2026-12-01",
        ParameterKind.TIME: "21:00",
        ParameterKind.MONEY: "KES 1500.00",
        ParameterKind.FREQUENCY: next(iter(FREQUENCIES)),
        ParameterKind.WEEKDAYS: ["mon", "thu"],
        ParameterKind.PHONE: "+254 700 000000",
    }
    if kind is ParameterKind.CHOICE:
        return spec.choices[0]
    if kind not in simple:  # a new kind: make the tests fail loudly rather than guess
        raise NotImplementedError(f"no sample value for parameter kind {kind}")
    return simple[kind]


def sample_parameters(template: ConditionTemplate) -> dict[str, Any]:
    """Valid values for every parameter of ``template`` (optional ones too)."""
    return {spec.name: sample_value(spec) for spec in template.parameters}


def templates_for(catalogue: Catalogue, type_code: str, count: int) -> list[ConditionTemplate]:
    """``count`` distinct catalogue templates that may be imposed under ``type_code``."""
    templates = catalogue.conditions_for(type_code)
    if len(templates) < count:
        raise LookupError(f"the catalogue has fewer than {count} conditions for {type_code}")
    return templates[:count]


def template_outside(catalogue: Catalogue, type_code: str) -> ConditionTemplate:
    """A catalogue template that may NOT be imposed under ``type_code``."""
    return next(item for item in catalogue.conditions if type_code not in item.measure_types)


# --- the person and the case ---------------------------------------------------------------


def person(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "given_names": "Grace",
            "family_name": "Banda",
            "languages_spoken": ["en", "ny"],
            "languages_written": ["en"],
            "preferred_language": "en",
            "interpreter_needed": False,
            "literacy": "reads_well",
        },
        overrides,
    )


def case_opened(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "case_number": "TEST-00001-0",
            "office": "North",
            "opened_on": OPENED_ON,
            "person": person(),
            "jurisdiction": "default",
        },
        overrides,
    )


def person_field_set(field: str, value: Any, base_version: int = 0) -> dict[str, Any]:
    return {"field": field, "value": _iso(value), "base_version": base_version}


# --- measures, consent and conditions ----------------------------------------------------------


def measure_imposed(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "measure_id": uuid7(),
            "type_code": MEASURE_TYPE,
            "authority": "North District Court",
            "decision_reference": "NDC/2026/1234",
            "decision_date": DECISION_DATE,
            "legal_basis": "Criminal Procedure Act s. 301",
            "criteria_considered": "First offence; stable home; employed.",
            "start_date": START_DATE,
            "end_date": END_DATE,
        },
        overrides,
    )


def consent(measure_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "measure_id": measure_id,
            "recorded_on": START_DATE,
            "consent_given": True,
            "nature_explained": True,
            "refusal_consequences_explained": True,
            "language": "en",
        },
        overrides,
    )


def condition_spec(template: ConditionTemplate, **overrides: Any) -> dict[str, Any]:
    """A catalogue condition with valid parameters and the text it was issued with."""
    parameters = overrides.pop("parameters", None)
    if parameters is None:
        parameters = sample_parameters(template)
    return _merge(
        {
            "condition_id": uuid7(),
            "template_code": template.code,
            "template_version": template.version,
            "parameters": parameters,
            "necessity_note": "Needed to support the person's rehabilitation.",
            "issued_text": {"en": template.render(parameters)},
        },
        overrides,
    )


def bespoke_condition_spec(**overrides: Any) -> dict[str, Any]:
    """A condition outside the catalogue, with its text and the authority's reference."""
    return _merge(
        {
            "condition_id": uuid7(),
            "bespoke_text": "You must attend the family mediation meeting on 3 December.",
            "bespoke_authority_reference": "NDC/2026/1234 para 7",
            "necessity_note": "Ordered by the court to settle the dispute.",
            "issued_text": {"en": "You must attend the family mediation meeting on 3 December."},
        },
        overrides,
    )


def condition_imposed(measure_id: str, spec: dict[str, Any]) -> dict[str, Any]:
    return {"measure_id": measure_id, "condition": spec}


def condition_variation(
    template: ConditionTemplate, condition_id: str, parameters: dict[str, Any] | None = None
) -> dict[str, Any]:
    values = sample_parameters(template) if parameters is None else parameters
    return {
        "condition_id": condition_id,
        "parameters": values,
        "issued_text": {"en": template.render(values)},
    }


def modification(measure_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "modification_id": uuid7(),
            "measure_id": measure_id,
            "authority": "North District Court",
            "decision_reference": "NDC/2026/1234/V1",
            "decision_date": dt.date(2026, 11, 10),
            "reason": "Person started night-shift work.",
        },
        overrides,
    )


# --- explanation and documents ------------------------------------------------------------------


def interpreter(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "name": "Mr Chisomo Phiri",
            "accreditation": "Court interpreters register 4411",
            "mode": "in_person",
            "relationship": "professional",
        },
        overrides,
    )


def explanation(
    measure_id: str,
    condition_ids: Iterable[str],
    conditions_version: int = 1,
    **overrides: Any,
) -> dict[str, Any]:
    """An explanation that covers every listed condition, orally, with rights and agreement."""
    return _merge(
        {
            "explanation_id": uuid7(),
            "measure_id": measure_id,
            "conditions_version": conditions_version,
            "given_at": at(dt.date(2026, 11, 12)),
            "place": "North Probation Office",
            "mode": "oral_and_written",
            "language": "en",
            "conditions": [
                {"condition_id": item, "explained_orally": True, "understanding": "understood"}
                for item in condition_ids
            ],
            "rights_explained": True,
            "breach_consequences_explained": True,
            "response": "agrees",
            "acknowledgement": "signed",
        },
        overrides,
    )


def document_issued(measure_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "document_id": uuid7(),
            "kind": "explanation_sheet",
            "measure_id": measure_id,
            "issued_at": at(dt.date(2026, 11, 12), 11),
            "languages": ["en"],
            "catalogue_version": "2026.1",
            "rights_version": "2026.1",
            "content_sha256": "ab" * 32,
            "verification_code": "K7QM-4XZ9-T2",
        },
        overrides,
    )


# --- supervision -------------------------------------------------------------------------------


def contact(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "contact_id": uuid7(),
            "occurred_at": at(dt.date(2026, 11, 18), 9),
            "kind": "office",
            "attended": True,
            "notes": "Reported on time.",
        },
        overrides,
    )


def appointment(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "appointment_id": uuid7(),
            "due_at": at(dt.date(2026, 11, 27), 9),
            "place": "North Probation Office",
            "purpose": "Weekly reporting",
        },
        overrides,
    )


def review(measure_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "review_id": uuid7(),
            "measure_id": measure_id,
            "reviewed_on": dt.date(2026, 11, 15),
            "outcome": "continue",
            "notes": "Keeping to the conditions.",
            "next_review_due": dt.date(2027, 2, 15),
        },
        overrides,
    )


def breach(measure_id: str, condition_ids: Sequence[str], **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "breach_id": uuid7(),
            "measure_id": measure_id,
            "condition_ids": list(condition_ids),
            "occurred_on": dt.date(2026, 11, 10),
            "reported_on": dt.date(2026, 11, 12),
            "description": "Missed the weekly reporting appointment.",
        },
        overrides,
    )


def breach_account(breach_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "breach_id": breach_id,
            "recorded_on": dt.date(2026, 11, 13),
            "account": "My child was ill and I had no phone credit to call.",
        },
        overrides,
    )


def breach_response(breach_id: str, **overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "breach_id": breach_id,
            "responded_on": dt.date(2026, 11, 14),
            "response": "warning",
            "reason": "First missed appointment, with a credible explanation.",
        },
        overrides,
    )


def referral(breach_id: str, **overrides: Any) -> dict[str, Any]:
    """A referral to the authority with every rule 14 safeguard in place."""
    return breach_response(
        breach_id,
        **{
            "response": "refer_to_authority",
            "reason": "Third missed appointment in a month.",
            "alternatives_considered": ["a formal warning", "more frequent reporting"],
            "appeal_rights_explained": True,
            **overrides,
        },
    )


def complaint(**overrides: Any) -> dict[str, Any]:
    return _merge(
        {
            "complaint_id": uuid7(),
            "kind": "complaint",
            "received_on": dt.date(2026, 11, 16),
            "subject": "Reporting time clashes with work.",
            "sent_to": "Head of the probation service",
            "sent_on": dt.date(2026, 11, 17),
        },
        overrides,
    )


def termination(measure_id: str, **overrides: Any) -> dict[str, Any]:
    """An early termination decided by the authority (valid before the end date)."""
    return _merge(
        {
            "measure_id": measure_id,
            "kind": "early_termination",
            "decided_on": dt.date(2026, 11, 19),
            "authority": "North District Court",
            "decision_reference": "NDC/2026/1234/T",
            "reason": "Good progress.",
        },
        overrides,
    )


def case_closed(**overrides: Any) -> dict[str, Any]:
    return _merge({"closed_on": TODAY, "reason": "Supervision ended."}, overrides)


def note(**overrides: Any) -> dict[str, Any]:
    return _merge({"written_at": at(dt.date(2026, 11, 19), 9), "text": "Seen at home."}, overrides)


def correction(corrects: str, payload: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return _merge(
        {"corrects": corrects, "reason": "Typing mistake.", "payload": payload}, overrides
    )


# --- one valid payload of every kind -------------------------------------------------------------


def valid_payloads(catalogue: Catalogue) -> dict[str, dict[str, Any]]:
    """A valid payload (shape only: ids need not refer to each other) for every event kind."""
    measure_id = uuid7()
    template = catalogue.conditions_for(MEASURE_TYPE)[0]
    condition = condition_spec(template)
    return {
        "case.opened": case_opened(),
        "person.field_set": person_field_set("phone", "+265 999 123 456"),
        "measure.imposed": measure_imposed(measure_id=measure_id),
        "consent.recorded": consent(measure_id),
        "condition.imposed": condition_imposed(measure_id, condition),
        "modification.recorded": modification(
            measure_id,
            add=[condition_spec(template)],
            remove=[condition["condition_id"]],
            vary=[condition_variation(template, uuid7())],
            new_end_date=dt.date(2027, 6, 30).isoformat(),
        ),
        "explanation.given": explanation(
            measure_id,
            [condition["condition_id"]],
            interpreter=interpreter(),
            questions="Can I change the reporting day?",
        ),
        "document.issued": document_issued(
            measure_id, conditions=[{"code": template.code, "version": template.version}]
        ),
        "contact.recorded": contact(),
        "appointment.scheduled": appointment(),
        "review.recorded": review(measure_id),
        "breach.reported": breach(measure_id, [condition["condition_id"]]),
        "breach.account_recorded": breach_account(uuid7()),
        "breach.responded": referral(uuid7()),
        "complaint.recorded": complaint(),
        "measure.terminated": termination(measure_id),
        "case.closed": case_closed(),
        "note.added": note(),
        "event.corrected": correction(uuid7(), note(text="Seen at the office.")),
    }
