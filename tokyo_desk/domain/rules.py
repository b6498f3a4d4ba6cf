"""The Tokyo Rules as checks: what may be recorded, given the rest of the case.

``check`` returns problems (the event is refused, with every reason) and warnings (the event
is allowed, and the officer is told).  Messages name fields and rules, never record content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from tokyo_desk.domain import events as ev
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.messages import Message, Verbatim
from tokyo_desk.domain.state import CaseState, MeasureState
from tokyo_desk.errors import ValidationError

# Rule 12.2: the number of conditions should be kept to the minimum; above this we warn.
MANY_CONDITIONS = 6
ALLOWED_WHEN_CLOSED = {"note.added", "event.corrected"}


LATEST_ZONE = dt.timedelta(hours=14)

# The dates the rules name, as messages of their own so that each is translated once and
# reads the same in every sentence that names it.
OPENING_DATE = Message("the opening date")
DATE_OF_BIRTH = Message("the date of birth")
DECISION_DATE = Message("the decision date")
START_DATE = Message("the start date")
END_DATE = Message("the end date")
EARLY_TERMINATION = Message("early-termination eligibility")
CONSENT_DATE = Message("the consent date")
REVIEW_DATE = Message("the review date")
MEASURE_DECISION_DATE = Message("the measure's decision date")
MODIFICATION_DECISION_DATE = Message("the modification's decision date")
REPORT_DATE = Message("the report date")
BREACH_DATE = Message("the date of the breach")
ACCOUNT_DATE = Message("the date of the account")
RESPONSE_DATE = Message("the response date")
DATE_RECEIVED = Message("the date received")
DATE_SENT = Message("the date sent")
CLOSING_DATE = Message("the closing date")

# Rule 12.3 asks for an independent interpreter; these are the relationships we warn about.
INTERPRETER_WARNINGS = {
    "relative": Message(
        "the interpreter is a relative: use an independent interpreter where one can be found"
    ),
    "child": Message(
        "the interpreter is a child: use an independent interpreter where one can be found"
    ),
}


@dataclass
class Context:
    """What a check needs besides the case: the catalogue and the current time."""

    catalogue: Catalogue
    now: dt.datetime

    @property
    def today(self) -> dt.date:
        """The latest date that is already today somewhere (UTC+14).

        Dates typed by an officer are local dates; the clock is UTC.  Early in the morning
        east of Greenwich the local date is ahead of the UTC date, and refusing "today" there
        would be wrong, while the device's zone cannot be trusted for a record that travels.
        """
        return (self.now.astimezone(dt.UTC) + LATEST_ZONE).date()


@dataclass
class Verdict:
    """Problems and warnings: ``Message`` values, or plain English from the catalogue."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def refuse(self, message: str) -> None:
        self.problems.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


def check(state: CaseState, kind: str, payload: ev.Payload, ctx: Context) -> Verdict:
    """Every problem and warning for recording ``payload`` of ``kind`` on this case."""
    verdict = Verdict()
    if kind == "case.opened":
        if state.opened is not None:
            verdict.refuse(Message("this case has already been opened"))
    elif state.opened is None:
        verdict.refuse(Message("the case must be opened first"))
        return verdict
    elif state.closed is not None and kind not in ALLOWED_WHEN_CLOSED:
        verdict.refuse(Message("the case is closed; only notes and corrections can be added"))
        return verdict
    checker = _CHECKS.get(kind)
    if checker is not None:
        checker(state, payload, ctx, verdict)
    return verdict


def _not_future(verdict: Verdict, label: Message, day: dt.date | None, ctx: Context) -> None:
    if day is not None and day > ctx.today:
        verdict.refuse(Message("{field} cannot be in the future", field=label))


def _in_order(verdict: Verdict, earlier: tuple[Message, dt.date | None],
              later: tuple[Message, dt.date | None]) -> None:  # fmt: skip
    if earlier[1] is not None and later[1] is not None and later[1] < earlier[1]:
        verdict.refuse(
            Message("{later} cannot be before {earlier}", later=later[0], earlier=earlier[0])
        )


def _open_measure(state: CaseState, measure_id: str, verdict: Verdict) -> MeasureState | None:
    measure = state.measures.get(measure_id)
    if measure is None:
        verdict.refuse(Message("the measure does not exist in this case"))
        return None
    if measure.ended:
        verdict.refuse(Message("the measure has already ended"))
        return None
    return measure


def _case_opened(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    opened: ev.CaseOpened = payload
    _not_future(verdict, OPENING_DATE, opened.opened_on, ctx)
    person = opened.person
    _not_future(verdict, DATE_OF_BIRTH, person.date_of_birth, ctx)
    _in_order(verdict, (DATE_OF_BIRTH, person.date_of_birth), (OPENING_DATE, opened.opened_on))
    languages = set(person.languages_spoken) | set(person.languages_written)
    if person.preferred_language not in languages:
        verdict.refuse(Message("the preferred language must be one of the person's languages"))
    if opened.jurisdiction not in ctx.catalogue.jurisdictions:
        verdict.refuse(Message("the jurisdiction is not in the catalogue"))


def _person_field_set(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    change: ev.PersonFieldSet = payload
    held = state.person.get(change.field)
    if held is not None and change.base_version != held.version:
        verdict.refuse(
            Message(
                "{field} was changed by someone else since you opened the case; "
                "reload and try again",
                field=Verbatim(change.field),  # a field name of the schema, not a value
            )
        )
    current = {name: value.value for name, value in state.person.items()}
    current[change.field] = change.value
    try:
        person = ev.PersonDetails.model_validate(current)
    except PydanticValidationError as error:
        for problem in ev.describe(error):
            verdict.refuse(problem)
        return
    # The same facts that are refused at opening must not slip in as a later edit.
    _not_future(verdict, DATE_OF_BIRTH, person.date_of_birth, ctx)
    if state.opened is not None:
        _in_order(
            verdict,
            (DATE_OF_BIRTH, person.date_of_birth),
            (OPENING_DATE, state.opened.opened_on),
        )
    if person.preferred_language not in set(person.languages_spoken) | set(
        person.languages_written
    ):
        verdict.refuse(Message("the preferred language must be one of the person's languages"))


def _duration_limit(measure: ev.MeasureImposed, ctx: Context, jurisdiction: str) -> int | None:
    legal = ctx.catalogue.jurisdiction(jurisdiction).max_duration_days.get(measure.type_code)
    set_by_authority = measure.max_duration_days
    limits = [limit for limit in (legal, set_by_authority) if limit is not None]
    return min(limits) if limits else None


def _check_end(
    verdict: Verdict, imposed: ev.MeasureImposed, end: dt.date | None, limit: int | None
) -> None:
    _in_order(verdict, (START_DATE, imposed.start_date), (END_DATE, end))
    if end is not None and limit is not None and (end - imposed.start_date).days > limit:
        verdict.refuse(
            Message(
                "the measure would last {days} days, more than the maximum of {limit} days "
                "set by the authority or the law (rule 11.1)",
                days=(end - imposed.start_date).days,
                limit=limit,
            )
        )


def _measure_imposed(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    imposed: ev.MeasureImposed = payload
    if imposed.measure_id in state.measures:
        verdict.refuse(Message("a measure with this id already exists"))
    measure_type = ctx.catalogue.measure_types.get(imposed.type_code)
    if measure_type is None:
        verdict.refuse(Message("the measure type is not in the catalogue"))
        return
    _not_future(verdict, DECISION_DATE, imposed.decision_date, ctx)
    _in_order(
        verdict,
        (DECISION_DATE, imposed.decision_date),
        (START_DATE, imposed.start_date),
    )
    if measure_type.imposes_obligations and imposed.end_date is None:
        verdict.refuse(Message("a measure with obligations needs an end date (rule 11.1)"))
    assert state.opened is not None
    legal = ctx.catalogue.jurisdiction(state.opened.jurisdiction).max_duration_days.get(
        imposed.type_code
    )
    if imposed.max_duration_days and legal and imposed.max_duration_days > legal:
        verdict.refuse(
            Message(
                "the authority's maximum is longer than the legal maximum of {limit} days",
                limit=legal,
            )
        )
    _check_end(
        verdict, imposed, imposed.end_date, _duration_limit(imposed, ctx, state.opened.jurisdiction)
    )
    eligible = imposed.early_termination_eligible_on
    _in_order(verdict, (START_DATE, imposed.start_date), (EARLY_TERMINATION, eligible))
    _in_order(verdict, (EARLY_TERMINATION, eligible), (END_DATE, imposed.end_date))


def _consent_recorded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    consent: ev.ConsentRecorded = payload
    measure = _open_measure(state, consent.measure_id, verdict)
    _not_future(verdict, CONSENT_DATE, consent.recorded_on, ctx)
    if consent.consent_given and not (
        consent.nature_explained and consent.refusal_consequences_explained
    ):
        verdict.refuse(
            Message(
                "consent is informed only when the obligations and the consequences of "
                "refusing have been explained (rule 3.4)"
            )
        )
    if measure is not None and not measure.consent_required:
        verdict.warn(Message("this measure type does not require consent; it is recorded anyway"))


def _condition_problems(
    measure: MeasureState, spec: ev.ConditionSpec, ctx: Context, verdict: Verdict
) -> None:
    if spec.condition_id in measure.conditions:
        verdict.refuse(Message("a condition with this id already exists"))
    if spec.template_code is None:
        if not spec.bespoke_text or not spec.bespoke_authority_reference:
            verdict.refuse(
                Message(
                    "a condition outside the catalogue needs its text and the authority's reference"
                )
            )
    else:
        template = ctx.catalogue.condition(spec.template_code, spec.template_version)
        if template is None:
            verdict.refuse(Message("the condition is not in the catalogue at that version"))
        else:
            if measure.type_code not in template.measure_types:
                verdict.refuse(
                    Message(
                        "condition {condition} cannot be imposed under a measure of type "
                        "{measure_type}",
                        condition=Verbatim(template.code),  # catalogue codes, not values
                        measure_type=Verbatim(measure.type_code),
                    )
                )
            for problem in template.problems(dict(spec.parameters)):
                verdict.refuse(problem)
    _in_order(
        verdict,
        (START_DATE, measure.imposed.start_date),
        (REVIEW_DATE, spec.next_review_due),
    )


def _may_take_obligations(measure: MeasureState, ctx: Context, verdict: Verdict) -> None:
    """Checks shared by every way a condition enters a measure (imposition, modification)."""
    measure_type = ctx.catalogue.measure_types.get(measure.type_code)
    if measure_type is not None and not measure_type.imposes_obligations:
        verdict.refuse(
            Message("this measure type imposes no obligations, so it takes no conditions")
        )
    if measure.consent_required and not (measure.consent and measure.consent.consent_given):
        verdict.refuse(
            Message(
                "record the person's informed consent before imposing an obligation under a "
                "pre-trial measure (rule 3.4)"
            )
        )


def _condition_imposed(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    imposed: ev.ConditionImposed = payload
    measure = _open_measure(state, imposed.measure_id, verdict)
    if measure is None:
        return
    _may_take_obligations(measure, ctx, verdict)
    if measure.explained_version > 0:
        verdict.refuse(
            Message(
                "the conditions have been explained already; a change needs a modification "
                "by the authority (rule 12.4)"
            )
        )
    _condition_problems(measure, imposed.condition, ctx, verdict)
    if len(measure.active_conditions) + 1 > MANY_CONDITIONS:
        verdict.warn(
            Message(
                "this measure would have more than {limit} conditions; keep them to the "
                "minimum needed (rule 12.2)",
                limit=MANY_CONDITIONS,
            )
        )


def _modification_recorded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    change: ev.ModificationRecorded = payload
    if not change.authority or not change.decision_reference:
        verdict.refuse(
            Message(
                "a modification needs the competent authority and its decision reference "
                "(rule 12.4)"
            )
        )
    measure = _open_measure(state, change.measure_id, verdict)
    if measure is None:
        return
    _not_future(verdict, DECISION_DATE, change.decision_date, ctx)
    _in_order(verdict, (MEASURE_DECISION_DATE, measure.imposed.decision_date),
              (MODIFICATION_DECISION_DATE, change.decision_date))  # fmt: skip
    if not (change.add or change.remove or change.vary or change.new_end_date):
        verdict.refuse(Message("the modification changes nothing"))
    active = {item.condition_id for item in measure.active_conditions}
    if (set(change.remove) | {item.condition_id for item in change.vary}) - active:
        verdict.refuse(Message("the modification refers to a condition that is not in force"))
    for variation in change.vary:
        held = measure.conditions.get(variation.condition_id)
        template = (
            held
            and held.template_code
            and ctx.catalogue.condition(held.template_code, held.template_version)
        )
        if template:
            for problem in template.problems(dict(variation.parameters)):
                verdict.refuse(problem)
    if change.add:
        _may_take_obligations(measure, ctx, verdict)
    for spec in change.add:
        _condition_problems(measure, spec, ctx, verdict)
    remaining = len(active - set(change.remove)) + len(change.add)
    if change.add and remaining > MANY_CONDITIONS:
        verdict.warn(
            Message(
                "this measure would have {count} conditions, more than {limit}; keep them to "
                "the minimum needed (rule 12.2)",
                count=remaining,
                limit=MANY_CONDITIONS,
            )
        )
    if change.new_end_date is not None:
        assert state.opened is not None
        limit = _duration_limit(measure.imposed, ctx, state.opened.jurisdiction)
        _check_end(verdict, measure.imposed, change.new_end_date, limit)


def _explanation_given(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    given: ev.ExplanationGiven = payload
    measure = _open_measure(state, given.measure_id, verdict)
    if measure is None:
        return
    if given.given_at > ctx.now + dt.timedelta(minutes=5):
        verdict.refuse(Message("the explanation cannot be in the future"))
    if given.conditions_version != measure.conditions_version:
        verdict.refuse(
            Message("the conditions have changed since this explanation began; start again")
        )
    active = {item.condition_id for item in measure.active_conditions}
    checked = [item.condition_id for item in given.conditions]
    if len(set(checked)) != len(checked):
        verdict.refuse(Message("a condition appears twice in the explanation"))
    if active - set(checked):
        verdict.refuse(
            Message(
                "{count} condition(s) in force were not explained (rule 12.3)",
                count=len(active - set(checked)),
            )
        )
    if set(checked) - active:
        verdict.refuse(Message("the explanation lists a condition that is not in force"))
    if not all(item.explained_orally for item in given.conditions):
        verdict.refuse(Message("every condition must be explained orally (rule 12.3)"))
    if not given.rights_explained:
        verdict.refuse(Message("the person's rights must be explained (rule 12.3)"))
    if not given.breach_consequences_explained:
        verdict.refuse(Message("what happens after a breach must be explained (rules 12.3, 14)"))
    if given.mode == "oral_now_written_later" and not given.written_later_reason:
        verdict.refuse(Message("say why the written copy will be given later"))
    if given.response != "agrees" and not given.response_reason:
        verdict.refuse(Message("record the reason the person disagrees or could not answer"))
    if given.acknowledgement == "mark_with_witness" and not given.witness_name:
        verdict.refuse(Message("a mark or thumbprint needs the witness's name"))
    if given.interpreter and given.interpreter.relationship in INTERPRETER_WARNINGS:
        verdict.warn(INTERPRETER_WARNINGS[given.interpreter.relationship])
    if state.person_value("interpreter_needed") and given.interpreter is None:
        verdict.warn(Message("the person needs an interpreter but none is recorded"))
    languages = set(state.person_value("languages_spoken") or ()) | set(
        state.person_value("languages_written") or ()
    )
    if languages and given.language not in languages:
        verdict.warn(
            Message("the explanation language is not one the person is recorded as knowing")
        )
    if any(item.understanding == "not_understood" for item in given.conditions):
        verdict.warn(Message("a condition was not understood: plan a follow-up explanation"))


def _document_issued(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    document: ev.DocumentIssued = payload
    if document.measure_id not in state.measures:
        verdict.refuse(Message("the measure does not exist in this case"))
    if document.reprint_of is not None and document.reprint_of not in state.documents:
        verdict.refuse(Message("the reprinted document does not exist in this case"))
    if document.document_id in state.documents:
        verdict.refuse(Message("a document with this id already exists"))


def _contact_recorded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    contact: ev.ContactRecorded = payload
    if contact.occurred_at > ctx.now + dt.timedelta(minutes=5):
        verdict.refuse(Message("a contact cannot be recorded in the future"))


def _review_recorded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    review: ev.ReviewRecorded = payload
    measure = _open_measure(state, review.measure_id, verdict)
    _not_future(verdict, REVIEW_DATE, review.reviewed_on, ctx)
    if measure is not None:
        _in_order(
            verdict,
            (START_DATE, measure.imposed.start_date),
            (REVIEW_DATE, review.reviewed_on),
        )
        _in_order(verdict, (REVIEW_DATE, review.reviewed_on), (END_DATE, measure.end_date))
    if review.next_review_due is not None and review.next_review_due <= review.reviewed_on:
        verdict.refuse(Message("the next review must be after this one"))


def _breach_reported(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    breach: ev.BreachReported = payload
    if breach.breach_id in state.breaches:
        verdict.refuse(Message("a breach with this id already exists"))
    measure = _open_measure(state, breach.measure_id, verdict)
    _not_future(verdict, REPORT_DATE, breach.reported_on, ctx)
    _in_order(
        verdict,
        (BREACH_DATE, breach.occurred_on),
        (REPORT_DATE, breach.reported_on),
    )
    if measure is None:
        return
    _in_order(
        verdict,
        (START_DATE, measure.imposed.start_date),
        (BREACH_DATE, breach.occurred_on),
    )
    # After its end date the measure no longer binds the person (rule 11.1).
    _in_order(verdict, (BREACH_DATE, breach.occurred_on), (END_DATE, measure.end_date))
    active = {item.condition_id for item in measure.active_conditions}
    if set(breach.condition_ids) - active:
        verdict.refuse(
            Message("a breach must concern conditions of this measure that are in force")
        )


def _breach_account_recorded(
    state: CaseState, payload: Any, ctx: Context, verdict: Verdict
) -> None:
    account: ev.BreachAccountRecorded = payload
    breach = state.breaches.get(account.breach_id)
    if breach is None:
        verdict.refuse(Message("the breach does not exist in this case"))
        return
    _not_future(verdict, ACCOUNT_DATE, account.recorded_on, ctx)
    _in_order(
        verdict,
        (BREACH_DATE, breach.occurred_on),
        (ACCOUNT_DATE, account.recorded_on),
    )


def _breach_responded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    response: ev.BreachResponded = payload
    breach = state.breaches.get(response.breach_id)
    if breach is None:
        verdict.refuse(Message("the breach does not exist in this case"))
        return
    if breach.response is not None:
        verdict.refuse(Message("this breach already has a response; record a correction instead"))
    _not_future(verdict, RESPONSE_DATE, response.responded_on, ctx)
    _in_order(
        verdict,
        (REPORT_DATE, breach.reported_on),
        (RESPONSE_DATE, response.responded_on),
    )
    if response.response == "refer_to_authority":
        if not breach.account:
            verdict.refuse(
                Message("record the person's account of the breach before any referral (rule 14.2)")
            )
        if not response.alternatives_considered:
            verdict.refuse(
                Message(
                    "list the non-custodial alternatives considered before a referral "
                    "(rules 14.3, 14.4)"
                )
            )
        if not response.appeal_rights_explained:
            verdict.refuse(
                Message("tell the person of the right to appeal before a referral (rule 14.6)")
            )


def _complaint_recorded(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    complaint: ev.ComplaintRecorded = payload
    _not_future(verdict, DATE_RECEIVED, complaint.received_on, ctx)
    _in_order(verdict, (DATE_RECEIVED, complaint.received_on), (DATE_SENT, complaint.sent_on))
    if complaint.sent_on is not None and not complaint.sent_to:
        verdict.refuse(Message("say where the complaint or request was sent"))


def _measure_terminated(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    ended: ev.MeasureTerminated = payload
    measure = _open_measure(state, ended.measure_id, verdict)
    _not_future(verdict, DECISION_DATE, ended.decided_on, ctx)
    if measure is None:
        return
    _in_order(
        verdict,
        (START_DATE, measure.imposed.start_date),
        (DECISION_DATE, ended.decided_on),
    )
    if ended.kind != "completed" and not (ended.authority and ended.decision_reference):
        verdict.refuse(
            Message(
                "early termination and revocation need the authority and its decision reference"
            )
        )
    end = measure.end_date
    if ended.kind == "completed" and end is not None and ended.decided_on < end:
        verdict.refuse(
            Message(
                "a measure completes on or after its end date; before it, record an early "
                "termination (rule 11.2)"
            )
        )
    if ended.kind == "early_termination" and end is not None and ended.decided_on >= end:
        verdict.refuse(Message("early termination must be before the end date"))
    if ended.kind == "revoked":
        referred = any(
            breach.measure_id == measure.measure_id
            and breach.response is not None
            and breach.response.response == "refer_to_authority"
            for breach in state.breaches.values()
        )
        if not referred:
            verdict.refuse(
                Message(
                    "revocation follows a breach referred to the authority under the rule 14 "
                    "safeguards"
                )
            )


def _case_closed(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    closed: ev.CaseClosed = payload
    if any(
        not measure.ended and measure.status != "consent_refused"
        for measure in state.measures.values()
    ):
        verdict.refuse(Message("every measure must end before the case is closed"))
    _not_future(verdict, CLOSING_DATE, closed.closed_on, ctx)
    assert state.opened is not None
    _in_order(
        verdict,
        (OPENING_DATE, state.opened.opened_on),
        (CLOSING_DATE, closed.closed_on),
    )


def _event_corrected(state: CaseState, payload: Any, ctx: Context, verdict: Verdict) -> None:
    correction: ev.EventCorrected = payload
    target = next((item for item in state.events if item.event_id == correction.corrects), None)
    if target is None:
        verdict.refuse(Message("the corrected event does not exist in this case"))
        return
    if target.kind == "event.corrected":
        verdict.refuse(Message("correct the original event, not a correction"))
        return
    try:
        ev.parse_payload(target.kind, correction.payload)
    except ValidationError as error:
        for problem in error.problems:
            verdict.refuse(problem)


_CHECKS: dict[str, Callable[[CaseState, Any, Context, Verdict], None]] = {
    "case.opened": _case_opened,
    "person.field_set": _person_field_set,
    "measure.imposed": _measure_imposed,
    "consent.recorded": _consent_recorded,
    "condition.imposed": _condition_imposed,
    "modification.recorded": _modification_recorded,
    "explanation.given": _explanation_given,
    "document.issued": _document_issued,
    "contact.recorded": _contact_recorded,
    "review.recorded": _review_recorded,
    "breach.reported": _breach_reported,
    "breach.account_recorded": _breach_account_recorded,
    "breach.responded": _breach_responded,
    "complaint.recorded": _complaint_recorded,
    "measure.terminated": _measure_terminated,
    "case.closed": _case_closed,
    "event.corrected": _event_corrected,
}
