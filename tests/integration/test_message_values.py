"""The values inside the store's refusals and warnings are never record content.

Every free-text field below carries a marker; the refusals and warnings the store gives back
(through the real encrypted store, every rule with a placeholder triggered) must be ``Message``
values whose placeholders hold numbers, dates, nested messages and identifiers only, and
none of them may contain the marker.  A message is translated in the window and written to
logs: a name or a note inside one would leak there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.messages import Message, Verbatim
from tokyo_desk.domain.rules import MANY_CONDITIONS
from tokyo_desk.errors import ValidationError
from tokyo_desk.store.case_store import CaseStore, Change

MARKER = "Qzxv"  # typed text that no rule has a reason to repeat
DAY = dt.timedelta(days=1)


def marked(label: str) -> str:
    return f"{MARKER} {label}"


def values_in(message: Message) -> Iterator[object]:
    """Every placeholder value of ``message``, nested messages' values included."""
    for value in message.values.values():
        yield value
        if isinstance(value, Message):
            yield from values_in(value)


def assert_no_record_content(messages: Sequence[str]) -> None:
    assert messages, "the scenario must produce a message"
    for message in messages:
        assert isinstance(message, Message), f"not translatable: {message!r}"
        assert MARKER not in message
        for value in values_in(message):
            kind_ok = isinstance(value, Message | Verbatim | dt.date) or (
                isinstance(value, int) and not isinstance(value, bool)
            )
            assert kind_ok, (message.template, value)
            assert MARKER not in str(value), (message.template, value)


def refusals(store: CaseStore, case_id: str, *changes: Change) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        store.record(case_id, list(changes))
    return caught.value.problems


def marked_person(**overrides: Any) -> dict[str, Any]:
    return b.person(
        given_names=marked("given"),
        family_name=marked("family"),
        other_names=[marked("other")],
        address=marked("address"),
        adjustments=marked("adjustments"),
        identifiers={"national_id": marked("id")},
        **overrides,
    )


def marked_measure(**overrides: Any) -> dict[str, Any]:
    return b.measure_imposed(
        authority=marked("court"),
        decision_reference=marked("reference"),
        legal_basis=marked("law"),
        criteria_considered=marked("criteria"),
        **overrides,
    )


def open_marked_case(store: CaseStore) -> str:
    case_id, recorded = store.open_case(
        marked_person(), office=marked("office"), opened_on=b.OPENED_ON
    )
    assert recorded.warnings == []
    return case_id


def test_opening_refusals_name_fields_not_values(store: CaseStore) -> None:
    person = marked_person(date_of_birth=(b.TODAY + 5 * DAY).isoformat(), preferred_language="sw")
    with pytest.raises(ValidationError) as caught:
        store.open_case(
            person,
            office=marked("office"),
            opened_on=b.TODAY + 3 * DAY,
            jurisdiction=marked("jurisdiction"),
        )
    problems = caught.value.problems
    assert_no_record_content(problems)
    templates = {problem.template for problem in problems if isinstance(problem, Message)}
    assert {"{field} cannot be in the future", "{later} cannot be before {earlier}"} <= templates


def test_payload_errors_name_fields_not_values(store: CaseStore) -> None:
    case_id = open_marked_case(store)
    measure = marked_measure(max_duration_days=0)
    problems = refusals(
        store,
        case_id,
        ("measure.imposed", {**measure, "start_date": marked("date"), "surplus": MARKER}),
    )
    assert_no_record_content(problems)
    for change in [
        ("note.added", b.note(text=marked("note") * 300)),  # too long
        ("contact.recorded", b.contact(kind=marked("kind"), notes=marked("notes"))),
        ("consent.recorded", b.consent(uuid7(), language=marked("language"))),
        ("person.field_set", b.person_field_set("identifiers", {marked("key"): ""})),
        ("person.field_set", b.person_field_set("languages_spoken", [])),
    ]:
        assert_no_record_content(refusals(store, case_id, change))


def test_measure_refusals_carry_numbers_and_codes_only(
    store: CaseStore, catalogue: Catalogue
) -> None:
    case_id = open_marked_case(store)
    limit = catalogue.jurisdiction().max_duration_days[b.MEASURE_TYPE]
    problems = refusals(
        store,
        case_id,
        (
            "measure.imposed",
            marked_measure(end_date=b.START_DATE + (limit + 1) * DAY, max_duration_days=limit + 5),
        ),
    )
    assert_no_record_content(problems)
    by_template = {
        problem.template: problem for problem in problems if isinstance(problem, Message)
    }
    too_long = by_template[
        "the measure would last {days} days, more than the maximum of {limit} days set by the "
        "authority or the law (rule 11.1)"
    ]
    assert dict(too_long.values) == {"days": limit + 1, "limit": limit}
    unknown = marked_measure(type_code=marked("type"))
    assert_no_record_content(refusals(store, case_id, ("measure.imposed", unknown)))


def test_condition_refusals_and_warnings_name_catalogue_codes_only(
    store: CaseStore, catalogue: Catalogue
) -> None:
    case_id = open_marked_case(store)
    measure = marked_measure()
    measure_id = measure["measure_id"]
    store.record(case_id, [("measure.imposed", measure)])
    outside = b.template_outside(catalogue, b.MEASURE_TYPE)
    problems = refusals(
        store,
        case_id,
        (
            "condition.imposed",
            b.condition_imposed(
                measure_id, b.condition_spec(outside, necessity_note=marked("necessity"))
            ),
        ),
        (
            "condition.imposed",
            b.condition_imposed(
                measure_id,
                b.bespoke_condition_spec(
                    bespoke_text=marked("bespoke"), bespoke_authority_reference=""
                ),
            ),
        ),
    )
    assert_no_record_content(problems)
    templates = b.templates_for(catalogue, b.MEASURE_TYPE, MANY_CONDITIONS + 1)
    specs = [b.condition_spec(template, necessity_note=marked("needed")) for template in templates]
    recorded = store.record(
        case_id, [("condition.imposed", b.condition_imposed(measure_id, spec)) for spec in specs]
    )
    assert_no_record_content(recorded.warnings)


def test_explanation_refusals_and_warnings_carry_counts_only(
    store: CaseStore, catalogue: Catalogue
) -> None:
    case_id = open_marked_case(store)
    measure = marked_measure()
    measure_id = measure["measure_id"]
    specs = [b.condition_spec(t) for t in b.templates_for(catalogue, b.MEASURE_TYPE, 3)]
    store.record(
        case_id,
        [
            ("measure.imposed", measure),
            *[("condition.imposed", b.condition_imposed(measure_id, spec)) for spec in specs],
        ],
    )
    ids = [spec["condition_id"] for spec in specs]
    problems = refusals(
        store,
        case_id,
        (
            "explanation.given",
            b.explanation(
                measure_id,
                ids[:1],
                place=marked("place"),
                acknowledgement="mark_with_witness",
                response="disagrees",
                questions=marked("questions"),
            ),
        ),
    )
    assert_no_record_content(problems)
    interpreter = b.interpreter(name=marked("interpreter"), relationship="relative")
    recorded = store.record(
        case_id,
        [
            (
                "explanation.given",
                b.explanation(
                    measure_id,
                    ids,
                    place=marked("place"),
                    language="fr",
                    interpreter=interpreter,
                    witness_name=marked("witness"),
                ),
            )
        ],
    )
    assert_no_record_content(recorded.warnings)


def test_a_correction_refusal_wraps_the_rules_message(
    store: CaseStore, catalogue: Catalogue
) -> None:
    case_id = open_marked_case(store)
    measure = marked_measure()
    store.record(case_id, [("measure.imposed", measure)])
    store.record(
        case_id, [("review.recorded", b.review(measure["measure_id"], notes=marked("notes")))]
    )
    imposed = next(e for e in store.case(case_id).events if e.kind == "measure.imposed")
    later = {**measure, "decision_date": "2026-11-16", "start_date": "2026-11-16"}
    problems = refusals(
        store,
        case_id,
        ("event.corrected", b.correction(imposed.event_id, later, reason=marked("reason"))),
    )
    assert_no_record_content(problems)
    assert any(
        isinstance(problem, Message) and problem.template == "after this correction: {problem}"
        for problem in problems
    )
