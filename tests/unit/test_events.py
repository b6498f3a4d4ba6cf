"""Event payloads: validation at the boundary, safe error messages, canonical JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from tests.support import builders as b
from tokyo_desk.domain import events as ev
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.domain.events import KINDS, Event, canonical_json, parse_payload
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.errors import ValidationError

MARKER = "Zq-SECRET-9931"
CATALOGUE = load_default()  # module level: hypothesis strategies need it at import
VALID = b.valid_payloads(CATALOGUE)


def _valid(kind: str) -> dict[str, Any]:
    return json.loads(json.dumps(VALID[kind]))  # a deep copy


def test_every_kind_has_a_valid_example() -> None:
    assert set(VALID) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_valid_payload_is_accepted(kind: str) -> None:
    payload = parse_payload(kind, _valid(kind))
    assert isinstance(payload, KINDS[kind].model)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_builders_fill_every_field(kind: str) -> None:
    """The examples exercise the whole payload, not just the required fields."""
    model = KINDS[kind].model
    skipped = {
        "person.field_set": set(),
        "measure.imposed": {"max_duration_days", "early_termination_eligible_on"},
        "consent.recorded": {"interpreter", "notes"},
        "explanation.given": {
            "written_later_reason",
            "response_reason",
            "witness_name",
            "document_id",
            "reading_level",
            "large_print",
        },
        "document.issued": {"reading_level", "copies", "reprint_of", "key_version"},
        "review.recorded": set(),
        "breach.reported": {"person_account"},
        "case.opened": {"access_level"},
    }.get(kind, set())
    assert set(model.model_fields) - set(VALID[kind]) <= skipped


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown event kind") as caught:
        parse_payload("case.reopened", {})
    assert caught.value.problems == ["unknown event kind 'case.reopened'"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_extra_field_is_refused(kind: str) -> None:
    data = _valid(kind)
    data["surplus"] = "x"
    with pytest.raises(ValidationError) as caught:
        parse_payload(kind, data)
    assert caught.value.problems == ["surplus: Extra inputs are not permitted"]


def test_extra_nested_field_is_refused() -> None:
    data = _valid("case.opened")
    data["person"]["nickname"] = "G"
    with pytest.raises(ValidationError, match=r"person\.nickname: Extra inputs"):
        parse_payload("case.opened", data)
    data = _valid("explanation.given")
    data["conditions"][0]["signed"] = True
    with pytest.raises(ValidationError, match=r"conditions\.0\.signed: Extra inputs"):
        parse_payload("explanation.given", data)


def _required_fields(kind: str) -> list[str]:
    return [name for name, info in KINDS[kind].model.model_fields.items() if info.is_required()]


@pytest.mark.parametrize(
    ("kind", "field"), [(kind, field) for kind in sorted(KINDS) for field in _required_fields(kind)]
)
def test_missing_required_field_is_named(kind: str, field: str) -> None:
    data = _valid(kind)
    del data[field]
    with pytest.raises(ValidationError) as caught:
        parse_payload(kind, data)
    assert caught.value.problems == [f"{field}: Field required"]


@pytest.mark.parametrize("data", [None, [], "text", 42, ["a", 1]])
def test_a_payload_that_is_not_an_object_is_refused(data: Any) -> None:
    with pytest.raises(ValidationError):
        parse_payload("note.added", data)


BAD_FIELDS: list[tuple[str, str, Any, str]] = [
    ("measure.imposed", "measure_id", "not-a-uuid", "measure_id"),
    ("measure.imposed", "measure_id", "0190f3d4-5b6a-4c8d-9e0f-112233445566", "measure_id"),
    ("measure.imposed", "measure_id", "0190F3D4-5B6A-7C8D-9E0F-112233445566", "measure_id"),
    ("measure.imposed", "decision_date", "yesterday", "decision_date"),
    ("measure.imposed", "decision_date", "2026-02-30", "decision_date"),
    ("measure.imposed", "start_date", None, "start_date"),
    ("measure.imposed", "authority", "   ", "authority"),
    ("measure.imposed", "authority", 12, "authority"),
    ("measure.imposed", "legal_basis", "x" * 2001, "legal_basis"),
    ("measure.imposed", "max_duration_days", 0, "max_duration_days"),
    ("measure.imposed", "max_duration_days", 36501, "max_duration_days"),
    ("measure.imposed", "max_duration_days", "many", "max_duration_days"),
    ("consent.recorded", "consent_given", "maybe", "consent_given"),
    ("consent.recorded", "language", "English", "language"),
    ("condition.imposed", "condition", {"condition_id": "x"}, "condition"),
    ("case.opened", "person", {"given_names": "G"}, "person.languages_spoken"),
    ("case.opened", "person", "Grace Banda", "person"),
    ("case.opened", "opened_on", [2026, 10, 1], "opened_on"),
    ("person.field_set", "field", "password", "field"),
    ("person.field_set", "base_version", -1, "base_version"),
    ("explanation.given", "conditions", [], "conditions"),
    ("explanation.given", "conditions_version", 0, "conditions_version"),
    ("explanation.given", "given_at", "soon", "given_at"),
    ("explanation.given", "mode", "written_only", "mode"),
    ("explanation.given", "response", "maybe", "response"),
    ("explanation.given", "acknowledgement", "nodded", "acknowledgement"),
    ("explanation.given", "interpreter", {"name": ""}, "interpreter.name"),
    ("document.issued", "content_sha256", "AB" * 32, "content_sha256"),
    ("document.issued", "content_sha256", "ab" * 31, "content_sha256"),
    ("document.issued", "verification_code", "abc", "verification_code"),
    ("document.issued", "copies", 0, "copies"),
    ("document.issued", "copies", 21, "copies"),
    ("document.issued", "languages", [], "languages"),
    ("document.issued", "kind", "poster", "kind"),
    ("contact.recorded", "attended", [], "attended"),
    ("contact.recorded", "kind", "carrier_pigeon", "kind"),
    ("review.recorded", "outcome", "revoke", "outcome"),
    ("breach.reported", "condition_ids", [], "condition_ids"),
    ("breach.reported", "condition_ids", ["not-a-uuid"], "condition_ids.0"),
    ("breach.reported", "description", "", "description"),
    ("breach.responded", "response", "prison", "response"),
    ("breach.responded", "alternatives_considered", [""], "alternatives_considered.0"),
    ("complaint.recorded", "kind", "praise", "kind"),
    ("measure.terminated", "kind", "expired", "kind"),
    ("case.closed", "reason", " ", "reason"),
    ("note.added", "text", "", "text"),
    ("note.added", "written_at", 3.5e20, "written_at"),
    ("event.corrected", "corrects", "", "corrects"),
    ("event.corrected", "payload", "{}", "payload"),
]


@pytest.mark.parametrize(("kind", "field", "value", "where"), BAD_FIELDS)
def test_bad_field_is_refused_and_named(kind: str, field: str, value: Any, where: str) -> None:
    data = _valid(kind)
    data[field] = value
    with pytest.raises(ValidationError) as caught:
        parse_payload(kind, data)
    assert any(problem.startswith(f"{where}") for problem in caught.value.problems), (
        caught.value.problems
    )


def test_issued_text_and_languages_are_checked() -> None:
    data = _valid("condition.imposed")
    data["condition"]["issued_text"] = {}
    with pytest.raises(ValidationError, match=r"condition\.issued_text"):
        parse_payload("condition.imposed", data)
    data["condition"]["issued_text"] = {"en": ""}
    with pytest.raises(ValidationError, match=r"condition\.issued_text\.en"):
        parse_payload("condition.imposed", data)


def test_text_is_stripped() -> None:
    data = _valid("case.opened")
    data["person"]["given_names"] = "  Grace \n"
    payload = parse_payload("case.opened", data)
    assert isinstance(payload, ev.CaseOpened)
    assert payload.person.given_names == "Grace"


def test_payloads_are_immutable() -> None:
    payload = parse_payload("note.added", _valid("note.added"))
    assert isinstance(payload, ev.NoteAdded)
    with pytest.raises(PydanticValidationError):
        payload.text = "changed"  # type: ignore[misc]


# --- error messages never echo what was submitted -------------------------------------------------


def _error(kind: str, data: Any) -> ValidationError | None:
    """The ValidationError parse_payload raises, or None when it accepts ``data``."""
    try:
        parse_payload(kind, data)
    except ValidationError as error:
        return error
    return None


def _marker_variants() -> list[Any]:
    return [
        MARKER,
        f"{MARKER} " * 300,  # too long for any text field
        [MARKER],
        {"x": MARKER},
        [{"x": MARKER}],
        {"name": MARKER, "extra": MARKER},
    ]


def _field_paths(kind: str) -> list[tuple[str, ...]]:
    """Top-level fields, and the fields of nested objects in the valid example."""
    paths: list[tuple[str, ...]] = []
    for name, value in VALID[kind].items():
        paths.append((name,))
        if isinstance(value, dict):
            paths.extend((name, inner) for inner in value)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            paths.extend((name, "0", inner) for inner in value[0])
    return paths


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    target: Any = data
    for part in path[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[path[-1]] = value


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_messages_never_contain_the_submitted_value(kind: str) -> None:
    refused = 0
    for path in _field_paths(kind):
        for value in _marker_variants():
            data = _valid(kind)
            _set(data, path, value)
            error = _error(kind, data)
            if error is None:
                continue
            refused += 1
            assert MARKER not in str(error), (path, str(error))
            assert all(MARKER not in problem for problem in error.problems)
            assert MARKER not in repr(error)
    assert refused > 0


@pytest.mark.parametrize(
    ("kind", "path", "value"),
    [
        ("case.opened", ("person", "identifiers"), {f"{MARKER} passport": ""}),
        ("condition.imposed", ("condition", "issued_text"), {MARKER: "You must report."}),
    ],
)
def test_messages_never_contain_a_submitted_key(
    kind: str, path: tuple[str, ...], value: Any
) -> None:
    data = _valid(kind)
    _set(data, path, value)
    with pytest.raises(ValidationError) as caught:
        parse_payload(kind, data)
    assert MARKER not in str(caught.value)


# --- fuzzing: only ValidationError, never a crash -------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.dates().map(str)
    | st.sampled_from([uuid7(), "2026-11-20T10:00:00+00:00", "en", "warning", ""]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _field_names(model: type[BaseModel]) -> list[str]:
    return sorted(model.model_fields)


@st.composite
def random_payloads(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(st.sampled_from(sorted(KINDS)) | st.text(max_size=12))
    model = KINDS[kind].model if kind in KINDS else ev.NoteAdded
    keys = st.sampled_from(_field_names(model)) | st.text(max_size=12)
    style = draw(st.sampled_from(["random", "mutated", "not_a_dict"]))
    if style == "not_a_dict":
        return kind, draw(JSON_VALUES)
    if style == "random" or kind not in KINDS:
        return kind, draw(st.dictionaries(keys, JSON_VALUES, max_size=8))
    data = _valid(kind)
    for key, value in draw(st.dictionaries(keys, JSON_VALUES, min_size=1, max_size=3)).items():
        data[key] = value
    return kind, data


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_payloads())
def test_random_input_raises_only_validation_error(case: tuple[str, Any]) -> None:
    kind, data = case
    error = _error(kind, data)  # anything but ValidationError propagates and fails the test
    if error is None:
        assert isinstance(parse_payload(kind, data), KINDS[kind].model)
    else:
        assert error.problems
        assert all(isinstance(problem, str) and problem for problem in error.problems)


# --- canonical JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_canonical_json_round_trip(kind: str) -> None:
    payload = parse_payload(kind, _valid(kind))
    text = canonical_json(payload.model_dump(mode="json"))
    again = parse_payload(kind, json.loads(text))
    assert again == payload
    assert canonical_json(again.model_dump(mode="json")) == text
    assert list(json.loads(text)) == sorted(json.loads(text))


def test_canonical_json_is_key_order_independent_and_keeps_unicode() -> None:
    first = canonical_json({"b": 1, "a": {"d": "王小明", "c": [1, 2]}})
    second = canonical_json({"a": {"c": [1, 2], "d": "王小明"}, "b": 1})
    assert first == second == '{"a":{"c":[1,2],"d":"王小明"},"b":1}'


def test_event_payload_json_is_canonical() -> None:
    data = _valid("explanation.given")
    payload = parse_payload("explanation.given", data)
    event = Event(
        uuid7(), uuid7(), "explanation.given", ev.SCHEMA_VERSION, uuid7(), uuid7(), 1, 1, payload
    )
    assert event.payload_json() == canonical_json(payload.model_dump(mode="json"))
    assert parse_payload("explanation.given", json.loads(event.payload_json())) == payload
    assert event.order_key == (1, event.device_id, 1)


# --- the builders' condition parameters -----------------------------------------------------------


@pytest.mark.parametrize("template", CATALOGUE.conditions, ids=lambda item: item.code)
def test_sample_parameters_are_valid_for_every_template(template: Any) -> None:
    values = b.sample_parameters(template)
    assert template.problems(values) == []
    assert set(values) == set(template.parameter_names)
    text = template.render(values)
    assert "{" not in text
    assert "…" not in text


def test_conditions_for_covers_every_measure_type_with_obligations(catalogue: Catalogue) -> None:
    for code, measure_type in catalogue.measure_types.items():
        assert bool(catalogue.conditions_for(code)) == measure_type.imposes_obligations, code
