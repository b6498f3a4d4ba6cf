"""Case events: the immutable, typed facts that make up a case record.

An event is an envelope (who, when, which device, what kind) around a validated payload.
Payload models refuse malformed input at the boundary (forms, sync, the database); the rules
that need the rest of the case (dates against the measure, consent before obligations, the
rule 14 safeguards) live in ``rules.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ErrorDetails

from tokyo_desk.domain.messages import Message, Verbatim
from tokyo_desk.errors import ValidationError

SCHEMA_VERSION = 1

Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
EntityId = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
    ),
]


class Payload(BaseModel):
    """Base of every event payload: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# --- the person and the case ---------------------------------------------------------------

CommunicationNeed = Literal[
    "easy_read", "large_print", "sign_language", "read_aloud", "hearing_support", "braille"
]
Literacy = Literal["reads_well", "reads_some", "does_not_read", "unknown"]


class PersonDetails(Payload):
    """Who the case is about (rule 13.6: one case record per person)."""

    given_names: Name
    family_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    other_names: tuple[Name, ...] = ()
    date_of_birth: dt.date | None = None
    languages_spoken: tuple[LanguageCode, ...] = Field(min_length=1)
    languages_written: tuple[LanguageCode, ...] = ()
    preferred_language: LanguageCode
    interpreter_needed: bool = False
    literacy: Literacy = "unknown"
    communication_needs: tuple[CommunicationNeed, ...] = ()
    adjustments: Text = ""
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    address: Text = ""
    identifiers: dict[Name, Name] = {}


class CaseOpened(Payload):
    case_number: Name
    office: Name
    opened_on: dt.date
    person: PersonDetails
    access_level: Literal["standard", "restricted"] = "standard"
    jurisdiction: Name = "default"


PERSON_FIELDS = tuple(PersonDetails.model_fields)


class PersonFieldSet(Payload):
    """A field assignment on a mutable attribute, based on the version the officer saw."""

    field: Literal[
        "given_names", "family_name", "other_names", "date_of_birth", "languages_spoken",
        "languages_written", "preferred_language", "interpreter_needed", "literacy",
        "communication_needs", "adjustments", "phone", "address", "identifiers",
    ]  # fmt: skip
    value: Any
    base_version: int = Field(ge=0)


# --- measures and conditions --------------------------------------------------------------


class MeasureImposed(Payload):
    measure_id: EntityId
    type_code: Name
    authority: Required
    decision_reference: Required
    decision_date: dt.date
    legal_basis: Required
    criteria_considered: Text = ""
    start_date: dt.date
    end_date: dt.date | None = None
    max_duration_days: int | None = Field(default=None, ge=1, le=36500)
    early_termination_eligible_on: dt.date | None = None


class ConsentRecorded(Payload):
    """Rule 3.4: informed consent to a pre-trial or diversion obligation."""

    measure_id: EntityId
    recorded_on: dt.date
    consent_given: bool
    nature_explained: bool
    refusal_consequences_explained: bool
    language: LanguageCode
    interpreter: Text = ""
    notes: Text = ""


class ConditionSpec(Payload):
    """One condition as imposed: a catalogue template or a bespoke text with its authority."""

    condition_id: EntityId
    template_code: Name | None = None
    template_version: int | None = Field(default=None, ge=1)
    bespoke_text: Text = ""
    bespoke_authority_reference: Text = ""
    parameters: dict[Name, Any] = {}
    necessity_note: Required
    issued_text: dict[LanguageCode, Required] = Field(min_length=1)
    next_review_due: dt.date | None = None


class ConditionImposed(Payload):
    measure_id: EntityId
    condition: ConditionSpec


class ConditionVariation(Payload):
    condition_id: EntityId
    parameters: dict[Name, Any]
    issued_text: dict[LanguageCode, Required] = Field(min_length=1)


class ModificationRecorded(Payload):
    """Rule 12.4: the competent authority modifies the conditions."""

    modification_id: EntityId
    measure_id: EntityId
    authority: Text = ""
    decision_reference: Text = ""
    decision_date: dt.date
    reason: Required
    add: tuple[ConditionSpec, ...] = ()
    remove: tuple[EntityId, ...] = ()
    vary: tuple[ConditionVariation, ...] = ()
    new_end_date: dt.date | None = None


# --- explanation (rule 12.3) and documents ------------------------------------------------

Understanding = Literal["understood", "partly", "not_understood"]


class Interpreter(Payload):
    name: Name
    accreditation: Text = ""
    mode: Literal["in_person", "telephone", "video", "sign_language"] = "in_person"
    relationship: Literal["professional", "relative", "child", "other"] = "professional"


class ConditionChecked(Payload):
    condition_id: EntityId
    explained_orally: bool
    understanding: Understanding


class ExplanationGiven(Payload):
    explanation_id: EntityId
    measure_id: EntityId
    conditions_version: int = Field(ge=1)
    given_at: AwareDatetime
    place: Name
    mode: Literal["oral_and_written", "oral_now_written_later"]
    written_later_reason: Text = ""
    language: LanguageCode
    reading_level: Literal["standard", "easy_read"] = "standard"
    large_print: bool = False
    interpreter: Interpreter | None = None
    conditions: tuple[ConditionChecked, ...] = Field(min_length=1)
    rights_explained: bool
    breach_consequences_explained: bool
    questions: Text = ""
    response: Literal["agrees", "disagrees", "could_not_answer"]
    response_reason: Text = ""
    acknowledgement: Literal["signed", "mark_with_witness", "refused", "pending"] = "pending"
    witness_name: Text = ""
    document_id: EntityId | None = None


class ConditionRef(Payload):
    """Which catalogue condition (or bespoke text) a printed document carried."""

    code: Name
    version: int = Field(ge=1)


class DocumentIssued(Payload):
    document_id: EntityId
    kind: Literal["explanation_sheet", "variation_sheet", "breach_notice", "termination_letter"]
    measure_id: EntityId
    issued_at: AwareDatetime
    languages: tuple[LanguageCode, ...] = Field(min_length=1)
    reading_level: Literal["standard", "easy_read"] = "standard"
    catalogue_version: Name
    rights_version: Name
    content_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    verification_code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Z-]{8,32}$")]
    copies: int = Field(default=1, ge=1, le=20)
    reprint_of: EntityId | None = None
    conditions: tuple[ConditionRef, ...] = ()  # what the verification code vouches for
    key_version: int = Field(default=1, ge=1)


# --- supervision --------------------------------------------------------------------------


class ContactRecorded(Payload):
    contact_id: EntityId
    occurred_at: AwareDatetime
    kind: Literal["office", "home_visit", "phone", "video", "other"]
    attended: bool
    notes: Text = ""


class AppointmentScheduled(Payload):
    appointment_id: EntityId
    due_at: AwareDatetime
    place: Name
    purpose: Text = ""


class ReviewRecorded(Payload):
    """Rule 10.3: periodic review and adjustment of supervision."""

    review_id: EntityId
    measure_id: EntityId
    reviewed_on: dt.date
    outcome: Literal[
        "continue", "adjust_supervision", "recommend_early_termination", "recommend_modification"
    ]
    notes: Text = ""
    next_review_due: dt.date | None = None


class BreachReported(Payload):
    """Rule 14.1: a breach of a condition, with the conditions it concerns."""

    breach_id: EntityId
    measure_id: EntityId
    condition_ids: tuple[EntityId, ...] = Field(min_length=1)
    occurred_on: dt.date
    reported_on: dt.date
    description: Required
    person_account: Text = ""


class BreachAccountRecorded(Payload):
    """Rule 14.2: the person's own account of the alleged breach."""

    breach_id: EntityId
    recorded_on: dt.date
    account: Required


class BreachResponded(Payload):
    breach_id: EntityId
    responded_on: dt.date
    response: Literal["no_action", "warning", "adjust_supervision", "refer_to_authority"]
    reason: Required
    alternatives_considered: tuple[Required, ...] = ()
    appeal_rights_explained: bool = False


class ComplaintRecorded(Payload):
    """Rules 3.6, 3.7: a complaint or request, and where it was sent."""

    complaint_id: EntityId
    kind: Literal["complaint", "request"]
    received_on: dt.date
    subject: Required
    sent_to: Text = ""
    sent_on: dt.date | None = None


class MeasureTerminated(Payload):
    """Rule 11.2: completion, early termination or revocation by the authority."""

    measure_id: EntityId
    kind: Literal["completed", "early_termination", "revoked"]
    decided_on: dt.date
    authority: Text = ""
    decision_reference: Text = ""
    reason: Text = ""


class CaseClosed(Payload):
    closed_on: dt.date
    reason: Required


class NoteAdded(Payload):
    written_at: AwareDatetime
    text: Required


class EventCorrected(Payload):
    """A correction: the corrected event is read with ``payload`` instead of its own."""

    corrects: EntityId
    reason: Required
    payload: dict[str, Any]


class EventClass(StrEnum):
    """How an event merges during synchronisation (``design/sync.md``)."""

    FACT = "fact"
    FIELD = "field"
    COMMAND = "command"


@dataclass(frozen=True)
class KindInfo:
    model: type[Payload]
    event_class: EventClass
    title: str


KINDS: dict[str, KindInfo] = {
    "case.opened": KindInfo(CaseOpened, EventClass.COMMAND, "Case opened"),
    "person.field_set": KindInfo(PersonFieldSet, EventClass.FIELD, "Personal details changed"),
    "measure.imposed": KindInfo(MeasureImposed, EventClass.FACT, "Measure imposed"),
    "consent.recorded": KindInfo(ConsentRecorded, EventClass.FACT, "Consent recorded"),
    "condition.imposed": KindInfo(ConditionImposed, EventClass.FACT, "Condition imposed"),
    "modification.recorded": KindInfo(
        ModificationRecorded, EventClass.COMMAND, "Conditions modified by the authority"
    ),
    "explanation.given": KindInfo(ExplanationGiven, EventClass.FACT, "Conditions explained"),
    "document.issued": KindInfo(DocumentIssued, EventClass.FACT, "Document issued"),
    "contact.recorded": KindInfo(ContactRecorded, EventClass.FACT, "Contact"),
    "appointment.scheduled": KindInfo(AppointmentScheduled, EventClass.FACT, "Appointment"),
    "review.recorded": KindInfo(ReviewRecorded, EventClass.FACT, "Review"),
    "breach.reported": KindInfo(BreachReported, EventClass.FACT, "Breach reported"),
    "breach.account_recorded": KindInfo(
        BreachAccountRecorded, EventClass.FACT, "Person's account of a breach"
    ),
    "breach.responded": KindInfo(BreachResponded, EventClass.FACT, "Response to a breach"),
    "complaint.recorded": KindInfo(ComplaintRecorded, EventClass.FACT, "Complaint or request"),
    "measure.terminated": KindInfo(MeasureTerminated, EventClass.COMMAND, "Measure ended"),
    "case.closed": KindInfo(CaseClosed, EventClass.COMMAND, "Case closed"),
    "note.added": KindInfo(NoteAdded, EventClass.FACT, "Note"),
    "event.corrected": KindInfo(EventCorrected, EventClass.FACT, "Correction"),
}


def parse_payload(kind: str, data: dict[str, Any]) -> Payload:
    """Validate a raw payload for ``kind``; raise ValidationError naming each bad field."""
    info = KINDS.get(kind)
    if info is None:
        raise ValidationError([f"unknown event kind {kind!r}"])
    try:
        return info.model.model_validate(data)
    except PydanticValidationError as error:
        raise ValidationError(describe(error)) from None


def _all_payload_classes(root: type[Payload]) -> list[type[Payload]]:
    found = [root]
    for sub in root.__subclasses__():
        found.extend(_all_payload_classes(sub))
    return found


# "[key]" is pydantic's own marker for an error in a dict key rather than its value.
_FIELD_NAMES = frozenset(
    name for cls in _all_payload_classes(Payload) for name in cls.model_fields
) | {"[key]"}


# Dict keys and unknown field names we write ourselves look like these (field names,
# identifier types, language codes); anything else might be typed-in text and is hidden.
_PLAIN_KEY = re.compile(r"[a-z][a-z0-9_]{0,31}(-[A-Za-z0-9]{2,8})*")


def _location_part(part: str | int) -> str:
    if isinstance(part, int) or part in _FIELD_NAMES or _PLAIN_KEY.fullmatch(part):
        return str(part)
    return "<key>"


def _count(item: ErrorDetails, name: str) -> int | None:
    value = item.get("ctx", {}).get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _problem(item: ErrorDetails) -> Message | Verbatim:
    """What is wrong, as a translatable message for the errors a form or a sync peer can
    cause; pydantic's own English for the rest.  Values are the schema's limits, never input."""
    kind, ctx = item["type"], item.get("ctx", {})
    if kind == "missing":
        return Message("Field required")
    if kind == "extra_forbidden":
        return Message("Extra inputs are not permitted")
    if kind == "string_type":
        return Message("Input should be a valid string")
    if kind == "string_too_short" and (least := _count(item, "min_length")) is not None:
        return Message("String should have at least {count} character(s)", count=least)
    if kind == "string_too_long" and (most := _count(item, "max_length")) is not None:
        return Message("String should have at most {count} character(s)", count=most)
    if kind == "too_short" and (least := _count(item, "min_length")) is not None:
        return Message("Should have at least {count} item(s)", count=least)
    if kind == "too_long" and (most := _count(item, "max_length")) is not None:
        return Message("Should have at most {count} item(s)", count=most)
    if kind == "greater_than_equal" and (least := _count(item, "ge")) is not None:
        return Message("Input should be greater than or equal to {limit}", limit=least)
    if kind == "less_than_equal" and (most := _count(item, "le")) is not None:
        return Message("Input should be less than or equal to {limit}", limit=most)
    if kind == "string_pattern_mismatch" and "pattern" in ctx:
        # The schema's own pattern (a language code, an id), never the input.
        return Message("String should match pattern {pattern}", pattern=Verbatim(ctx["pattern"]))
    if kind == "literal_error" and "expected" in ctx:
        # The schema's own choices ('signed', 'refused' ...), never the input.
        return Message("Input should be {expected}", expected=Verbatim(ctx["expected"]))
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return Message("Input should be a valid integer")
    if kind in {"bool_type", "bool_parsing"}:
        return Message("Input should be a valid boolean")
    if kind in {"date_type", "date_parsing", "date_from_datetime_parsing",
                "date_from_datetime_inexact"}:  # fmt: skip
        return Message("Input should be a valid date (YYYY-MM-DD)")
    if kind in {"datetime_type", "datetime_parsing", "datetime_from_date_parsing"}:
        return Message("Input should be a valid date and time")
    if kind == "timezone_aware":
        return Message("Input should have timezone info")
    if kind in {"dict_type", "model_type"}:
        return Message("Input should be a valid dictionary")
    if kind == "tuple_type":
        return Message("Input should be a valid list")
    # pydantic leaves the input out of its message when include_input is off.
    return Verbatim(item["msg"])


def describe(error: PydanticValidationError) -> list[str]:
    """Field-level messages without echoing the (possibly personal) input values."""
    problems: list[str] = []
    for item in error.errors(include_input=False, include_url=False):
        # Dict entries put the submitted key into the location; a key can be personal data
        # (an identifier's name, a free-text label), so only declared field names are shown.
        where = ".".join(_location_part(part) for part in item["loc"]) or "payload"
        problems.append(
            Message("{field}: {problem}", field=Verbatim(where), problem=_problem(item))
        )
    return problems


@dataclass(frozen=True)
class Event:
    """One immutable event in a case record."""

    event_id: str
    case_id: str
    kind: str
    schema_version: int
    author: str
    device_id: str
    seq: int
    hlc: int
    payload: Payload

    @property
    def order_key(self) -> tuple[int, str, int]:
        """Deterministic total order used everywhere a case is replayed."""
        return (self.hlc, self.device_id, self.seq)

    def payload_json(self) -> str:
        """Canonical JSON of the payload (sorted keys, no spaces)."""
        return canonical_json(self.payload.model_dump(mode="json"))


def canonical_json(value: Any) -> str:
    """One byte-exact JSON form for hashing and storage."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
