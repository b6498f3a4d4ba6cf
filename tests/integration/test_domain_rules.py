"""The Tokyo Rules, enforced through the real encrypted store.

Every refusal is checked twice: the officer gets a clear message naming the rule, and
nothing at all is written (events, audit chain, projections, case-number counter, clock).
Then: search in many scripts, and the caseload filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate, Stage
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.parameters import ParameterKind
from tokyo_desk.domain.rules import MANY_CONDITIONS
from tokyo_desk.domain.state import CaseState
from tokyo_desk.errors import ValidationError
from tokyo_desk.store.case_store import CaseStore, Recorded

PROBATION = b.MEASURE_TYPE
DAY = dt.timedelta(days=1)
TODAY = b.TODAY

# --- nothing written ------------------------------------------------------------------------------


def snapshot(store: CaseStore) -> dict[str, Any]:
    """Everything a refused record must leave untouched."""
    sql = store.connection.execute
    return {
        "events": store.event_count(),
        "event_rows": sql("SELECT event_id, kind, seq, hlc FROM events ORDER BY seq").fetchall(),
        "audit": store.audit.entries(),
        "audit_breaks": store.verify_audit(),
        "cases": sql("SELECT * FROM cases ORDER BY case_id").fetchall(),
        "measures": sql("SELECT * FROM measures ORDER BY measure_id").fetchall(),
        "conditions": sql("SELECT * FROM conditions ORDER BY condition_id").fetchall(),
        "meta": sql(
            "SELECT key, value FROM meta WHERE key != 'audit_head' ORDER BY key"
        ).fetchall(),
        "counts": store.counts(),
        "clock": store.clock.last,
    }


def assert_refused(
    store: CaseStore, case_id: str, changes: list[tuple[str, Any]], *fragments: str
) -> list[str]:
    """Recording ``changes`` is refused, with a message containing every fragment, and
    neither the database nor the case as read back changes."""
    before_events = [event.event_id for event in store.case(case_id).events]
    before = snapshot(store)
    with pytest.raises(ValidationError) as caught:
        store.record(case_id, changes)
    problems = caught.value.problems
    assert problems, "a refusal must say why"
    for fragment in fragments:
        assert any(fragment in problem for problem in problems), (fragment, problems)
    assert snapshot(store) == before
    assert [event.event_id for event in store.case(case_id).events] == before_events
    return problems


# --- building a case through the store ------------------------------------------------------------


@dataclass
class Case:
    """One case in the store, with the ids the tests need."""

    store: CaseStore
    catalogue: Catalogue
    case_id: str
    measure_id: str = ""
    templates: dict[str, ConditionTemplate] = field(default_factory=dict)  # by condition id
    measure: dict[str, Any] = field(default_factory=dict)

    @property
    def condition_ids(self) -> list[str]:
        return list(self.templates)

    def record(self, *changes: tuple[str, Any]) -> Recorded:
        return self.store.record(self.case_id, list(changes))

    def refused(
        self, changes: list[tuple[str, Any]] | tuple[str, Any], *fragments: str
    ) -> list[str]:
        batch = changes if isinstance(changes, list) else [changes]
        return assert_refused(self.store, self.case_id, batch, *fragments)

    def impose(self, **overrides: Any) -> str:
        self.measure = b.measure_imposed(**overrides)
        self.record(("measure.imposed", self.measure))
        self.measure_id = self.measure["measure_id"]
        return self.measure_id

    def add_conditions(self, count: int, *, skip: int = 0) -> Recorded:
        type_code = self.measure["type_code"]
        templates = b.templates_for(self.catalogue, type_code, skip + count)[skip:]
        specs = [b.condition_spec(template) for template in templates]
        recorded = self.record(
            *[("condition.imposed", b.condition_imposed(self.measure_id, s)) for s in specs]
        )
        for spec, template in zip(specs, templates, strict=True):
            self.templates[spec["condition_id"]] = template
        return recorded

    def active_ids(self) -> list[str]:
        measure = self.state().measures[self.measure_id]
        return [item.condition_id for item in measure.active_conditions]

    def explain(self, version: int = 1, **overrides: Any) -> Recorded:
        return self.record(
            (
                "explanation.given",
                b.explanation(self.measure_id, self.active_ids(), version, **overrides),
            )
        )

    def state(self) -> CaseState:
        return self.store.case(self.case_id)


def open_case(
    store: CaseStore, catalogue: Catalogue, *, jurisdiction: str = "default", **person: Any
) -> Case:
    case_id, _ = store.open_case(
        b.person(**person), office="North", opened_on=b.OPENED_ON, jurisdiction=jurisdiction
    )
    return Case(store, catalogue, case_id)


@pytest.fixture
def case(store: CaseStore, catalogue: Catalogue) -> Case:
    """An open case with a probation measure and two conditions, not yet explained."""
    opened = open_case(store, catalogue)
    opened.impose()
    opened.add_conditions(2)
    return opened


@pytest.fixture
def explained(case: Case) -> Case:
    case.explain()
    return case


@pytest.fixture
def pre_trial_type(catalogue: Catalogue) -> str:
    return next(
        code
        for code, item in catalogue.measure_types.items()
        if item.stage is Stage.PRE_TRIAL and item.consent_required and item.imposes_obligations
    )


@pytest.fixture
def no_obligation_type(catalogue: Catalogue) -> str:
    return next(
        code for code, item in catalogue.measure_types.items() if not item.imposes_obligations
    )


def legal_maximum(catalogue: Catalogue, type_code: str, jurisdiction: str = "default") -> int:
    return catalogue.jurisdiction(jurisdiction).max_duration_days[type_code]


# --- the case itself ------------------------------------------------------------------------------


def test_the_fixture_story_is_accepted(explained: Case) -> None:
    state = explained.state()
    assert state.is_open
    assert not state.explanation_pending
    assert len(state.measures[explained.measure_id].active_conditions) == 2
    assert explained.store.verify_audit() == []


def test_events_need_an_opened_case(store: CaseStore) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError, match="the case must be opened first"):
        store.record(uuid7(), [("note.added", b.note())])
    with pytest.raises(ValidationError, match="nothing to record"):
        store.record(uuid7(), [])
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("overrides", "opened_on", "message"),
    [
        ({}, TODAY + 2 * DAY, "the opening date cannot be in the future"),
        ({"date_of_birth": TODAY + 2 * DAY}, TODAY, "the date of birth cannot be in the future"),
        (
            {"date_of_birth": dt.date(2026, 10, 2)},
            dt.date(2026, 10, 1),
            "the opening date cannot be before the date of birth",
        ),
        ({"preferred_language": "fr"}, TODAY, "the preferred language must be one of"),
    ],
)
def test_case_opening_rules(
    store: CaseStore, overrides: dict[str, Any], opened_on: dt.date, message: str
) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError, match=message):
        store.open_case(b.person(**overrides), office="North", opened_on=opened_on)
    assert snapshot(store) == before  # not even a case number was used up


def test_unknown_jurisdiction_is_refused(store: CaseStore) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError, match="jurisdiction is not in the catalogue"):
        store.open_case(b.person(), office="N", opened_on=TODAY, jurisdiction="atlantis")
    assert snapshot(store) == before


def test_case_opened_twice_is_refused(case: Case) -> None:
    case.refused(("case.opened", b.case_opened()), "already been opened")


# --- dates out of order ---------------------------------------------------------------------------


def test_decision_after_start_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    measure = b.measure_imposed(decision_date=b.START_DATE + DAY)
    opened.refused(
        ("measure.imposed", measure), "the start date cannot be before the decision date"
    )


def test_end_before_start_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    measure = b.measure_imposed(end_date=b.START_DATE - DAY)
    opened.refused(("measure.imposed", measure), "the end date cannot be before the start date")


def test_early_termination_eligibility_must_fall_within_the_measure(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    opened.refused(
        ("measure.imposed", b.measure_imposed(early_termination_eligible_on=b.START_DATE - DAY)),
        "early-termination eligibility cannot be before the start date",
    )
    opened.refused(
        ("measure.imposed", b.measure_imposed(early_termination_eligible_on=b.END_DATE + DAY)),
        "the end date cannot be before early-termination eligibility",
    )
    opened.impose(early_termination_eligible_on=dt.date(2027, 4, 5))


def test_review_before_start_is_refused(explained: Case) -> None:
    review = b.review(explained.measure_id, reviewed_on=b.START_DATE - DAY)
    explained.refused(
        ("review.recorded", review), "the review date cannot be before the start date"
    )


def test_condition_review_before_start_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.impose()
    template = b.templates_for(catalogue, PROBATION, 1)[0]
    spec = b.condition_spec(template, next_review_due=b.START_DATE - DAY)
    opened.refused(
        ("condition.imposed", b.condition_imposed(opened.measure_id, spec)),
        "the review date cannot be before the start date",
    )


def test_next_review_must_follow_the_review(explained: Case) -> None:
    review = b.review(explained.measure_id, next_review_due=dt.date(2026, 11, 15))
    explained.refused(("review.recorded", review), "the next review must be after this one")


def test_breach_occurred_after_it_was_reported_is_refused(explained: Case) -> None:
    report = b.breach(
        explained.measure_id,
        explained.condition_ids[:1],
        occurred_on=dt.date(2026, 11, 13),
        reported_on=dt.date(2026, 11, 12),
    )
    explained.refused(
        ("breach.reported", report), "the report date cannot be before the date of the breach"
    )


def test_breach_before_the_measure_started_is_refused(explained: Case) -> None:
    report = b.breach(
        explained.measure_id, explained.condition_ids[:1], occurred_on=b.START_DATE - DAY
    )
    explained.refused(
        ("breach.reported", report), "the date of the breach cannot be before the start date"
    )


def test_breach_after_the_measure_ended_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.impose(
        decision_date=dt.date(2025, 9, 1),
        start_date=dt.date(2025, 9, 1),
        end_date=dt.date(2026, 9, 1),
    )
    opened.add_conditions(1)
    report = b.breach(opened.measure_id, opened.condition_ids)  # occurred 2026-11-10
    opened.refused(("breach.reported", report), "end date")


def test_breach_account_and_response_dates_are_ordered(explained: Case) -> None:
    report = b.breach(explained.measure_id, explained.condition_ids[:1])
    explained.record(("breach.reported", report))
    explained.refused(
        (
            "breach.account_recorded",
            b.breach_account(report["breach_id"], recorded_on=dt.date(2026, 11, 9)),
        ),
        "the date of the account cannot be before the date of the breach",
    )
    explained.refused(
        (
            "breach.responded",
            b.breach_response(report["breach_id"], responded_on=dt.date(2026, 11, 11)),
        ),
        "the response date cannot be before the report date",
    )


def test_termination_before_start_is_refused(explained: Case) -> None:
    ended = b.termination(explained.measure_id, decided_on=b.START_DATE - DAY)
    explained.refused(
        ("measure.terminated", ended), "the decision date cannot be before the start date"
    )


def test_modification_before_the_original_decision_is_refused(explained: Case) -> None:
    change = b.modification(
        explained.measure_id, decision_date=b.DECISION_DATE - DAY, new_end_date=dt.date(2027, 6, 30)
    )
    explained.refused(
        ("modification.recorded", change),
        "the modification's decision date cannot be before the measure's decision date",
    )


def test_complaint_dates_and_destination(explained: Case) -> None:
    explained.refused(
        ("complaint.recorded", b.complaint(sent_on=dt.date(2026, 11, 15))),
        "the date sent cannot be before the date received",
    )
    explained.refused(
        ("complaint.recorded", b.complaint(sent_to="")), "say where the complaint or request"
    )
    explained.record(("complaint.recorded", b.complaint(sent_to="", sent_on=None)))


def test_closing_before_opening_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.refused(
        ("case.closed", b.case_closed(closed_on=b.OPENED_ON - DAY)),
        "the closing date cannot be before the opening date",
    )


# A date is refused only once it is in the future everywhere: today in UTC+14 is still today.
FUTURE = TODAY + 2 * DAY
LATER = b.NOW + dt.timedelta(hours=1)

FutureChange = Callable[[Case], tuple[str, dict[str, Any]]]
FUTURE_CHANGES: list[tuple[str, FutureChange, str]] = [
    (
        "measure decided",
        lambda c: (
            "measure.imposed",
            b.measure_imposed(decision_date=FUTURE, start_date=FUTURE, end_date=FUTURE + 30 * DAY),
        ),
        "the decision date cannot be in the future",
    ),
    (
        "consent",
        lambda c: ("consent.recorded", b.consent(c.measure_id, recorded_on=FUTURE)),
        "the consent date cannot be in the future",
    ),
    (
        "modification",
        lambda c: (
            "modification.recorded",
            b.modification(c.measure_id, decision_date=FUTURE, new_end_date=dt.date(2027, 6, 30)),
        ),
        "the decision date cannot be in the future",
    ),
    (
        "explanation",
        lambda c: (
            "explanation.given",
            b.explanation(c.measure_id, c.condition_ids, given_at=LATER.isoformat()),
        ),
        "the explanation cannot be in the future",
    ),
    (
        "contact",
        lambda c: ("contact.recorded", b.contact(occurred_at=LATER.isoformat())),
        "a contact cannot be recorded in the future",
    ),
    (
        "review",
        lambda c: (
            "review.recorded",
            b.review(c.measure_id, reviewed_on=FUTURE, next_review_due=FUTURE + 90 * DAY),
        ),
        "the review date cannot be in the future",
    ),
    (
        "breach",
        lambda c: (
            "breach.reported",
            b.breach(c.measure_id, c.condition_ids, occurred_on=TODAY, reported_on=FUTURE),
        ),
        "the report date cannot be in the future",
    ),
    (
        "complaint",
        lambda c: ("complaint.recorded", b.complaint(received_on=FUTURE, sent_on=None)),
        "the date received cannot be in the future",
    ),
    (
        "termination",
        lambda c: ("measure.terminated", b.termination(c.measure_id, decided_on=FUTURE)),
        "the decision date cannot be in the future",
    ),
    (
        "closing",
        lambda c: ("case.closed", b.case_closed(closed_on=FUTURE)),
        "the closing date cannot be in the future",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"),
    [(change, message) for _, change, message in FUTURE_CHANGES],
    ids=[name for name, _, _ in FUTURE_CHANGES],
)
def test_future_dates_are_refused(case: Case, change: FutureChange, message: str) -> None:
    case.refused(change(case), message)


def test_future_breach_account_and_response_are_refused(explained: Case) -> None:
    report = b.breach(explained.measure_id, explained.condition_ids[:1])
    explained.record(("breach.reported", report))
    explained.refused(
        ("breach.account_recorded", b.breach_account(report["breach_id"], recorded_on=FUTURE)),
        "the date of the account cannot be in the future",
    )
    explained.refused(
        ("breach.responded", b.breach_response(report["breach_id"], responded_on=FUTURE)),
        "the response date cannot be in the future",
    )


def test_today_and_a_few_minutes_of_clock_skew_are_accepted(explained: Case) -> None:
    soon = (b.NOW + dt.timedelta(minutes=4)).isoformat()
    explained.record(
        ("contact.recorded", b.contact(occurred_at=soon)),
        ("review.recorded", b.review(explained.measure_id, reviewed_on=TODAY)),
        ("complaint.recorded", b.complaint(received_on=TODAY, sent_on=TODAY)),
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda c: ("contact.recorded", b.contact(occurred_at="2026-11-18T09:00:00")),
        lambda c: (
            "explanation.given",
            b.explanation(c.measure_id, c.condition_ids, given_at="2026-11-12T10:00:00"),
        ),
    ],
    ids=["contact", "explanation"],
)
def test_a_time_without_zone_is_refused_not_a_crash(case: Case, change: FutureChange) -> None:
    case.refused(change(case), "time")


# --- duration (rule 11.1) -------------------------------------------------------------------------


def test_measure_longer_than_the_legal_maximum_is_refused(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    limit = legal_maximum(catalogue, PROBATION)
    too_long = b.measure_imposed(end_date=b.START_DATE + (limit + 1) * DAY)
    problems = opened.refused(("measure.imposed", too_long), "rule 11.1")
    assert problems == [
        f"the measure would last {limit + 1} days, more than the maximum of {limit} days "
        "set by the authority or the law (rule 11.1)"
    ]
    opened.impose(end_date=b.START_DATE + limit * DAY)  # exactly the maximum is allowed


def test_the_case_jurisdiction_sets_the_legal_maximum(
    store: CaseStore, catalogue: Catalogue
) -> None:
    default_limit = legal_maximum(catalogue, PROBATION)
    demo_limit = legal_maximum(catalogue, PROBATION, "demo")
    assert demo_limit < default_limit
    opened = open_case(store, catalogue, jurisdiction="demo")
    opened.refused(
        ("measure.imposed", b.measure_imposed(end_date=b.START_DATE + default_limit * DAY)),
        f"maximum of {demo_limit} days",
    )
    opened.impose(end_date=b.START_DATE + demo_limit * DAY)


def test_measure_longer_than_the_authority_set_is_refused(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    measure = b.measure_imposed(max_duration_days=180, end_date=b.START_DATE + 181 * DAY)
    opened.refused(("measure.imposed", measure), "maximum of 180 days", "rule 11.1")
    opened.impose(max_duration_days=180, end_date=b.START_DATE + 180 * DAY)


def test_authority_maximum_above_the_law_is_refused(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    limit = legal_maximum(catalogue, PROBATION)
    measure = b.measure_imposed(max_duration_days=limit + 1)
    opened.refused(("measure.imposed", measure), f"longer than the legal maximum of {limit} days")


def test_measure_with_obligations_needs_an_end_date(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.refused(
        ("measure.imposed", b.measure_imposed(end_date=None)), "needs an end date (rule 11.1)"
    )


def test_unknown_measure_type_and_duplicate_measure_are_refused(case: Case) -> None:
    case.refused(
        ("measure.imposed", b.measure_imposed(type_code="sentencing.flogging")),
        "the measure type is not in the catalogue",
    )
    case.refused(("measure.imposed", {**case.measure}), "a measure with this id already exists")


def test_modification_cannot_extend_beyond_the_legal_maximum(explained: Case) -> None:
    limit = legal_maximum(explained.catalogue, PROBATION)
    change = b.modification(explained.measure_id, new_end_date=b.START_DATE + (limit + 1) * DAY)
    explained.refused(("modification.recorded", change), "rule 11.1", f"maximum of {limit} days")


def test_modification_cannot_extend_beyond_the_authority_maximum(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    opened.impose(max_duration_days=200, end_date=b.START_DATE + 100 * DAY)
    change = b.modification(opened.measure_id, new_end_date=b.START_DATE + 201 * DAY)
    opened.refused(("modification.recorded", change), "maximum of 200 days")
    change = b.modification(opened.measure_id, new_end_date=b.START_DATE - DAY)
    opened.refused(("modification.recorded", change), "the end date cannot be before the start")
    opened.record(
        (
            "modification.recorded",
            b.modification(opened.measure_id, new_end_date=b.START_DATE + 200 * DAY),
        )
    )
    assert opened.state().measures[opened.measure_id].end_date == b.START_DATE + 200 * DAY


def test_modified_end_date_reaches_the_projection(explained: Case) -> None:
    new_end = dt.date(2026, 11, 30)
    explained.record(
        ("modification.recorded", b.modification(explained.measure_id, new_end_date=new_end))
    )
    assert explained.state().ends_on == new_end
    ending = explained.store.caseload("ending_soon")
    assert [row.case_id for row in ending] == [explained.case_id]
    assert ending[0].ends_on == new_end.isoformat()


# --- breaches (rule 14) ---------------------------------------------------------------------------


@pytest.fixture
def breached(explained: Case) -> tuple[Case, str]:
    """An explained case with a reported breach and no account from the person yet."""
    report = b.breach(explained.measure_id, explained.condition_ids[:1])
    explained.record(("breach.reported", report))
    return explained, report["breach_id"]


RULE_14_2 = "record the person's account of the breach before any referral (rule 14.2)"
RULE_14_3 = "list the non-custodial alternatives considered before a referral (rules 14.3, 14.4)"
RULE_14_6 = "tell the person of the right to appeal before a referral (rule 14.6)"


def test_referral_without_the_persons_account_is_refused(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    problems = case.refused(("breach.responded", b.referral(breach_id)))
    assert problems == [RULE_14_2]


def test_referral_without_alternatives_is_refused(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    case.record(("breach.account_recorded", b.breach_account(breach_id)))
    problems = case.refused(("breach.responded", b.referral(breach_id, alternatives_considered=[])))
    assert problems == [RULE_14_3]


def test_referral_without_appeal_rights_is_refused(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    case.record(("breach.account_recorded", b.breach_account(breach_id)))
    problems = case.refused(
        ("breach.responded", b.referral(breach_id, appeal_rights_explained=False))
    )
    assert problems == [RULE_14_6]


def test_referral_missing_every_safeguard_lists_every_reason(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    bare = b.referral(breach_id, alternatives_considered=[], appeal_rights_explained=False)
    assert case.refused(("breach.responded", bare)) == [RULE_14_2, RULE_14_3, RULE_14_6]


def test_referral_with_every_safeguard_is_accepted(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    assert case.state().breach_open
    assert [row.case_id for row in case.store.caseload("breach_open")] == [case.case_id]
    case.record(
        ("breach.account_recorded", b.breach_account(breach_id)),
        ("breach.responded", b.referral(breach_id)),
    )
    state = case.state()
    assert not state.breach_open
    response = state.breaches[breach_id].response
    assert response is not None
    assert response.response == "refer_to_authority"
    assert case.store.caseload("breach_open") == []


def test_account_given_in_the_report_counts(explained: Case) -> None:
    report = b.breach(
        explained.measure_id, explained.condition_ids[:1], person_account="I was in hospital."
    )
    explained.record(
        ("breach.reported", report), ("breach.responded", b.referral(report["breach_id"]))
    )


def test_lesser_responses_do_not_need_the_referral_safeguards(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    case.record(("breach.responded", b.breach_response(breach_id, response="warning")))
    case.refused(
        ("breach.responded", b.breach_response(breach_id)), "this breach already has a response"
    )


def test_breach_must_concern_conditions_in_force(explained: Case) -> None:
    explained.refused(
        ("breach.reported", b.breach(explained.measure_id, [uuid7()])),
        "a breach must concern conditions of this measure that are in force",
    )
    removed = explained.condition_ids[0]
    explained.record(
        ("modification.recorded", b.modification(explained.measure_id, remove=[removed]))
    )
    explained.refused(("breach.reported", b.breach(explained.measure_id, [removed])), "in force")
    explained.refused(
        ("breach.reported", b.breach(uuid7(), explained.condition_ids)),
        "the measure does not exist in this case",
    )


def test_breach_ids_must_exist_and_be_unique(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    case.refused(
        ("breach.account_recorded", b.breach_account(uuid7())), "the breach does not exist"
    )
    case.refused(("breach.responded", b.breach_response(uuid7())), "the breach does not exist")
    duplicate = b.breach(case.measure_id, case.condition_ids[:1], breach_id=breach_id)
    case.refused(("breach.reported", duplicate), "a breach with this id already exists")


def test_revocation_needs_a_referred_breach(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    revoke = b.termination(case.measure_id, kind="revoked")
    message = "revocation follows a breach referred to the authority under the rule 14 safeguards"
    assert case.refused(("measure.terminated", revoke)) == [message]
    case.record(("breach.responded", b.breach_response(breach_id, response="warning")))
    assert case.refused(("measure.terminated", revoke)) == [message]


def test_revocation_after_a_referral_is_accepted(breached: tuple[Case, str]) -> None:
    case, breach_id = breached
    case.record(
        ("breach.account_recorded", b.breach_account(breach_id)),
        ("breach.responded", b.referral(breach_id)),
    )
    case.refused(
        ("measure.terminated", b.termination(case.measure_id, kind="revoked", authority="")),
        "need the authority and its decision reference",
    )
    case.record(("measure.terminated", b.termination(case.measure_id, kind="revoked")))
    assert case.state().measures[case.measure_id].status == "revoked"


def test_a_referral_on_another_measure_does_not_allow_revocation(
    breached: tuple[Case, str],
) -> None:
    case, breach_id = breached
    other = b.measure_imposed(
        type_code="sentencing.community_service", end_date=b.START_DATE + 300 * DAY
    )
    case.record(
        ("measure.imposed", other),
        ("breach.account_recorded", b.breach_account(breach_id)),
        ("breach.responded", b.referral(breach_id)),
    )
    case.refused(
        ("measure.terminated", b.termination(other["measure_id"], kind="revoked")),
        "revocation follows a breach referred",
    )


# --- consent (rule 3.4) ---------------------------------------------------------------------------


@pytest.fixture
def pre_trial(store: CaseStore, catalogue: Catalogue, pre_trial_type: str) -> Case:
    opened = open_case(store, catalogue)
    opened.impose(type_code=pre_trial_type, end_date=b.START_DATE + 180 * DAY)
    return opened


def _pre_trial_condition(case: Case) -> tuple[str, dict[str, Any]]:
    template = b.templates_for(case.catalogue, case.measure["type_code"], 1)[0]
    return ("condition.imposed", b.condition_imposed(case.measure_id, b.condition_spec(template)))


RULE_3_4 = "record the person's informed consent before imposing an obligation"


def test_pre_trial_obligation_without_consent_is_refused(pre_trial: Case) -> None:
    assert pre_trial.state().measures[pre_trial.measure_id].status == "pending_consent"
    pre_trial.refused(_pre_trial_condition(pre_trial), RULE_3_4, "(rule 3.4)")


def test_pre_trial_obligation_after_refused_consent_is_refused(pre_trial: Case) -> None:
    pre_trial.record(("consent.recorded", b.consent(pre_trial.measure_id, consent_given=False)))
    assert pre_trial.state().measures[pre_trial.measure_id].status == "consent_refused"
    pre_trial.refused(_pre_trial_condition(pre_trial), RULE_3_4)


@pytest.mark.parametrize("missing", ["nature_explained", "refusal_consequences_explained"])
def test_uninformed_consent_is_refused(pre_trial: Case, missing: str) -> None:
    pre_trial.refused(
        ("consent.recorded", b.consent(pre_trial.measure_id, **{missing: False})),
        "consent is informed only when the obligations and the consequences of refusing "
        "have been explained (rule 3.4)",
    )


def test_pre_trial_obligation_after_informed_consent_is_accepted(pre_trial: Case) -> None:
    pre_trial.record(("consent.recorded", b.consent(pre_trial.measure_id, consent_given=False)))
    pre_trial.record(("consent.recorded", b.consent(pre_trial.measure_id)))
    assert pre_trial.state().measures[pre_trial.measure_id].status == "active"
    recorded = pre_trial.record(_pre_trial_condition(pre_trial))
    assert recorded.warnings == []


def test_consent_in_the_same_batch_as_the_obligation_is_accepted(pre_trial: Case) -> None:
    pre_trial.record(
        ("consent.recorded", b.consent(pre_trial.measure_id)), _pre_trial_condition(pre_trial)
    )


def test_a_case_whose_only_measure_was_refused_consent_can_close(pre_trial: Case) -> None:
    pre_trial.record(("consent.recorded", b.consent(pre_trial.measure_id, consent_given=False)))
    pre_trial.record(("case.closed", b.case_closed()))
    assert not pre_trial.state().is_open


def test_consent_to_a_measure_that_needs_none_is_a_warning(explained: Case) -> None:
    recorded = explained.record(("consent.recorded", b.consent(explained.measure_id)))
    assert recorded.warnings == [
        "this measure type does not require consent; it is recorded anyway"
    ]


def test_consent_to_an_unknown_measure_is_refused(explained: Case) -> None:
    explained.refused(
        ("consent.recorded", b.consent(uuid7())), "the measure does not exist in this case"
    )


def test_pre_trial_obligation_added_by_modification_needs_consent(pre_trial: Case) -> None:
    template = b.templates_for(pre_trial.catalogue, pre_trial.measure["type_code"], 1)[0]
    change = b.modification(pre_trial.measure_id, add=[b.condition_spec(template)])
    pre_trial.refused(("modification.recorded", change), "rule 3.4")


# --- conditions and the catalogue -----------------------------------------------------------------


def test_condition_outside_the_measure_type_is_refused(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    opened.impose()
    template = b.template_outside(catalogue, PROBATION)
    spec = b.condition_spec(template)
    opened.refused(
        ("condition.imposed", b.condition_imposed(opened.measure_id, spec)),
        f"condition {template.code} cannot be imposed under a measure of type {PROBATION}",
    )


def test_condition_under_a_measure_without_obligations_is_refused(
    store: CaseStore, catalogue: Catalogue, no_obligation_type: str
) -> None:
    opened = open_case(store, catalogue)
    opened.impose(type_code=no_obligation_type, end_date=None)  # no end date needed
    message = "this measure type imposes no obligations, so it takes no conditions"
    for spec in (b.condition_spec(catalogue.conditions[0]), b.bespoke_condition_spec()):
        opened.refused(("condition.imposed", b.condition_imposed(opened.measure_id, spec)), message)


def test_modification_cannot_add_conditions_to_a_measure_without_obligations(
    store: CaseStore, catalogue: Catalogue, no_obligation_type: str
) -> None:
    opened = open_case(store, catalogue)
    opened.impose(type_code=no_obligation_type, end_date=None)
    change = b.modification(opened.measure_id, add=[b.bespoke_condition_spec()])
    opened.refused(("modification.recorded", change), "imposes no obligations")


def _numeric_template(catalogue: Catalogue, type_code: str) -> tuple[ConditionTemplate, str, int]:
    for template in catalogue.conditions_for(type_code):
        for spec in template.parameters:
            if spec.min is not None and spec.kind in {
                ParameterKind.COUNT,
                ParameterKind.HOURS,
                ParameterKind.DAYS,
            }:
                return template, spec.name, spec.min
    raise LookupError("no bounded numeric parameter in the catalogue")


def test_condition_parameters_are_checked(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.impose(type_code="sentencing.combination")
    template, name, minimum = _numeric_template(catalogue, "sentencing.combination")
    label = next(spec.label for spec in template.parameters if spec.name == name)
    values = {**b.sample_parameters(template), name: minimum - 1}
    spec = b.condition_spec(template, parameters=values)
    opened.refused(
        ("condition.imposed", b.condition_imposed(opened.measure_id, spec)),
        f"{label} must be at least {minimum}",
    )
    values = {**b.sample_parameters(template), "colour": "blue"}
    spec = b.condition_spec(template, parameters=values)
    opened.refused(
        ("condition.imposed", b.condition_imposed(opened.measure_id, spec)),
        f"unknown parameters for {template.code}: colour",
    )
    values = b.sample_parameters(template)
    del values[name]
    spec = b.condition_spec(template, parameters=values)
    opened.refused(
        ("condition.imposed", b.condition_imposed(opened.measure_id, spec)), f"{label} is required"
    )


def test_condition_must_name_a_catalogue_version_or_be_bespoke(case: Case) -> None:
    template = b.templates_for(case.catalogue, PROBATION, 3)[2]
    for overrides in ({"template_version": template.version + 1}, {"template_code": "curfew.moon"}):
        spec = b.condition_spec(template, **overrides)
        case.refused(
            ("condition.imposed", b.condition_imposed(case.measure_id, spec)),
            "the condition is not in the catalogue at that version",
        )
    spec = b.bespoke_condition_spec(bespoke_authority_reference="")
    case.refused(
        ("condition.imposed", b.condition_imposed(case.measure_id, spec)),
        "a condition outside the catalogue needs its text and the authority's reference",
    )
    case.record(
        ("condition.imposed", b.condition_imposed(case.measure_id, b.bespoke_condition_spec()))
    )


def test_duplicate_condition_and_unknown_measure_are_refused(case: Case) -> None:
    template = b.templates_for(case.catalogue, PROBATION, 3)[2]
    spec = b.condition_spec(template, condition_id=case.condition_ids[0])
    case.refused(
        ("condition.imposed", b.condition_imposed(case.measure_id, spec)),
        "a condition with this id already exists",
    )
    case.refused(
        ("condition.imposed", b.condition_imposed(uuid7(), b.condition_spec(template))),
        "the measure does not exist in this case",
    )


def test_conditions_on_an_ended_measure_are_refused(case: Case) -> None:
    case.record(("measure.terminated", b.termination(case.measure_id)))
    template = b.templates_for(case.catalogue, PROBATION, 3)[2]
    case.refused(
        ("condition.imposed", b.condition_imposed(case.measure_id, b.condition_spec(template))),
        "the measure has already ended",
    )


def test_issued_text_is_frozen_in_the_record(case: Case) -> None:
    state = case.state()
    for condition_id, template in case.templates.items():
        held = state.measures[case.measure_id].conditions[condition_id]
        assert held.template_code == template.code
        assert held.issued_text == {"en": template.render(b.sample_parameters(template))}


# --- modifications (rule 12.4) --------------------------------------------------------------------

RULE_12_4 = "a modification needs the competent authority and its decision reference (rule 12.4)"


@pytest.mark.parametrize("missing", ["authority", "decision_reference"])
def test_modification_without_authority_or_reference_is_refused(
    explained: Case, missing: str
) -> None:
    change = b.modification(
        explained.measure_id, new_end_date=dt.date(2027, 6, 30), **{missing: ""}
    )
    assert explained.refused(("modification.recorded", change)) == [RULE_12_4]


def test_modification_must_change_something_in_force(explained: Case) -> None:
    explained.refused(
        ("modification.recorded", b.modification(explained.measure_id)),
        "the modification changes nothing",
    )
    explained.refused(
        ("modification.recorded", b.modification(explained.measure_id, remove=[uuid7()])),
        "the modification refers to a condition that is not in force",
    )
    explained.refused(
        ("modification.recorded", b.modification(uuid7(), new_end_date=dt.date(2027, 6, 30))),
        "the measure does not exist in this case",
    )


def test_modification_variation_parameters_are_checked(explained: Case) -> None:
    condition_id, template = next(iter(explained.templates.items()))
    values = {**b.sample_parameters(template), "colour": "blue"}
    change = b.modification(
        explained.measure_id, vary=[b.condition_variation(template, condition_id, values)]
    )
    explained.refused(("modification.recorded", change), f"unknown parameters for {template.code}")


def test_modification_add_is_checked_against_the_measure_type(explained: Case) -> None:
    outside = b.template_outside(explained.catalogue, PROBATION)
    change = b.modification(explained.measure_id, add=[b.condition_spec(outside)])
    explained.refused(("modification.recorded", change), "cannot be imposed under a measure")


# --- explanation (rule 12.3) and re-explanation after a modification ------------------------------


def test_after_an_explanation_new_conditions_need_a_modification(explained: Case) -> None:
    template = b.templates_for(explained.catalogue, PROBATION, 3)[2]
    spec = b.condition_spec(template)
    explained.refused(
        ("condition.imposed", b.condition_imposed(explained.measure_id, spec)),
        "the conditions have been explained already; a change needs a modification by the "
        "authority (rule 12.4)",
    )


def _pending_ids(store: CaseStore) -> list[str]:
    return [row.case_id for row in store.caseload("explanation_pending")]


def test_a_modification_needs_a_new_explanation(explained: Case) -> None:
    store = explained.store
    assert not explained.state().explanation_pending
    assert _pending_ids(store) == []
    template = b.templates_for(explained.catalogue, PROBATION, 3)[2]
    spec = b.condition_spec(template)
    explained.record(("modification.recorded", b.modification(explained.measure_id, add=[spec])))

    state = explained.state()
    measure = state.measures[explained.measure_id]
    assert state.explanation_pending
    assert (measure.conditions_version, measure.explained_version) == (2, 1)
    assert _pending_ids(store) == [explained.case_id]
    assert store.counts()["explanation_pending"] == 1

    explained.refused(
        ("explanation.given", b.explanation(explained.measure_id, explained.active_ids(), 1)),
        "the conditions have changed since this explanation began",
    )
    explained.refused(
        ("explanation.given", b.explanation(explained.measure_id, explained.condition_ids, 2)),
        "1 condition(s) in force were not explained (rule 12.3)",
    )
    explained.explain(2)
    assert not explained.state().explanation_pending
    assert _pending_ids(store) == []
    assert store.counts()["explanation_pending"] == 0


def test_a_variation_alone_also_needs_a_new_explanation(explained: Case) -> None:
    condition_id, template = next(iter(explained.templates.items()))
    change = b.modification(
        explained.measure_id, vary=[b.condition_variation(template, condition_id)]
    )
    explained.record(("modification.recorded", change))
    assert _pending_ids(explained.store) == [explained.case_id]


def test_removing_every_condition_leaves_nothing_to_explain(explained: Case) -> None:
    change = b.modification(explained.measure_id, remove=explained.condition_ids)
    explained.record(("modification.recorded", change))
    assert not explained.state().explanation_pending


def _unexplained_orally(case: Case) -> dict[str, Any]:
    given = b.explanation(case.measure_id, case.condition_ids)
    given["conditions"][1]["explained_orally"] = False
    return given


EXPLANATION_PROBLEMS: list[tuple[str, Callable[[Case], dict[str, Any]], str]] = [
    (
        "missing condition",
        lambda c: b.explanation(c.measure_id, c.condition_ids[:1]),
        "1 condition(s) in force were not explained (rule 12.3)",
    ),
    ("not orally", _unexplained_orally, "every condition must be explained orally (rule 12.3)"),
    (
        "rights",
        lambda c: b.explanation(c.measure_id, c.condition_ids, rights_explained=False),
        "the person's rights must be explained (rule 12.3)",
    ),
    (
        "breach consequences",
        lambda c: b.explanation(c.measure_id, c.condition_ids, breach_consequences_explained=False),
        "what happens after a breach must be explained (rules 12.3, 14)",
    ),
    (
        "disagrees without reason",
        lambda c: b.explanation(c.measure_id, c.condition_ids, response="disagrees"),
        "record the reason the person disagrees or could not answer",
    ),
    (
        "could not answer without reason",
        lambda c: b.explanation(c.measure_id, c.condition_ids, response="could_not_answer"),
        "record the reason the person disagrees or could not answer",
    ),
    (
        "mark without witness",
        lambda c: b.explanation(c.measure_id, c.condition_ids, acknowledgement="mark_with_witness"),
        "a mark or thumbprint needs the witness's name",
    ),
    (
        "written later without reason",
        lambda c: b.explanation(c.measure_id, c.condition_ids, mode="oral_now_written_later"),
        "say why the written copy will be given later",
    ),
    (
        "condition twice",
        lambda c: b.explanation(c.measure_id, [*c.condition_ids, c.condition_ids[0]]),
        "a condition appears twice in the explanation",
    ),
    (
        "condition not in force",
        lambda c: b.explanation(c.measure_id, [*c.condition_ids, uuid7()]),
        "the explanation lists a condition that is not in force",
    ),
    (
        "unknown measure",
        lambda c: b.explanation(uuid7(), c.condition_ids),
        "the measure does not exist in this case",
    ),
]


@pytest.mark.parametrize(
    ("make", "message"),
    [(make, message) for _, make, message in EXPLANATION_PROBLEMS],
    ids=[name for name, _, _ in EXPLANATION_PROBLEMS],
)
def test_incomplete_explanation_is_refused(
    case: Case, make: Callable[[Case], dict[str, Any]], message: str
) -> None:
    assert case.refused(("explanation.given", make(case))) == [message]
    assert case.state().explanation_pending


@pytest.mark.parametrize(
    "overrides",
    [
        {"response": "disagrees", "response_reason": "Says the curfew stops night work."},
        {"response": "could_not_answer", "response_reason": "Was too distressed to answer."},
        {"acknowledgement": "mark_with_witness", "witness_name": "Ms R. Mensah"},
        {"acknowledgement": "refused"},
        {"mode": "oral_now_written_later", "written_later_reason": "Printer out of order."},
        {"reading_level": "easy_read", "large_print": True},
    ],
)
def test_complete_explanation_variants_are_accepted(case: Case, overrides: dict[str, Any]) -> None:
    recorded = case.explain(**overrides)
    assert recorded.warnings == []
    assert not case.state().explanation_pending


@pytest.mark.parametrize("relationship", ["relative", "child"])
def test_family_interpreter_is_a_warning(case: Case, relationship: str) -> None:
    recorded = case.explain(interpreter=b.interpreter(relationship=relationship))
    assert recorded.warnings == [
        f"the interpreter is a {relationship}: use an independent interpreter where one can "
        "be found"
    ]


def test_missing_interpreter_is_a_warning(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue, interpreter_needed=True)
    opened.impose()
    opened.add_conditions(1)
    assert opened.explain().warnings == ["the person needs an interpreter but none is recorded"]


def test_professional_interpreter_gives_no_warning(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue, interpreter_needed=True)
    opened.impose()
    opened.add_conditions(1)
    assert opened.explain(interpreter=b.interpreter()).warnings == []


def test_explaining_in_an_unknown_language_or_without_understanding_warns(case: Case) -> None:
    given = b.explanation(case.measure_id, case.condition_ids, language="fr")
    given["conditions"][0]["understanding"] = "not_understood"
    recorded = case.record(("explanation.given", given))
    assert recorded.warnings == [
        "the explanation language is not one the person is recorded as knowing",
        "a condition was not understood: plan a follow-up explanation",
    ]


def test_more_than_six_conditions_is_a_warning(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.impose()
    assert opened.add_conditions(MANY_CONDITIONS).warnings == []
    recorded = opened.add_conditions(1, skip=MANY_CONDITIONS)
    assert recorded.warnings == [
        f"this measure would have more than {MANY_CONDITIONS} conditions; keep them to the "
        "minimum needed (rule 12.2)"
    ]
    assert len(opened.active_ids()) == MANY_CONDITIONS + 1


def test_more_than_six_conditions_by_modification_is_a_warning(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    opened.impose()
    opened.add_conditions(MANY_CONDITIONS)
    opened.explain()
    template = b.templates_for(catalogue, PROBATION, MANY_CONDITIONS + 1)[-1]
    change = b.modification(opened.measure_id, add=[b.condition_spec(template)])
    assert any(
        "rule 12.2" in warning
        for warning in opened.record(("modification.recorded", change)).warnings
    )


# --- closing --------------------------------------------------------------------------------------


def test_closing_with_an_active_measure_is_refused(explained: Case) -> None:
    explained.refused(
        ("case.closed", b.case_closed()), "every measure must end before the case is closed"
    )


def test_termination_rules(explained: Case) -> None:
    measure_id = explained.measure_id
    explained.refused(
        ("measure.terminated", b.termination(measure_id, kind="completed")),
        "a measure completes on or after its end date",
    )
    explained.refused(
        ("measure.terminated", b.termination(measure_id, decision_reference="")),
        "early termination and revocation need the authority and its decision reference",
    )
    explained.record(
        ("modification.recorded", b.modification(measure_id, new_end_date=dt.date(2026, 11, 15)))
    )
    explained.refused(
        ("measure.terminated", b.termination(measure_id)),
        "early termination must be before the end date",
    )
    explained.record(("measure.terminated", b.termination(measure_id, kind="completed")))
    explained.refused(
        ("measure.terminated", b.termination(measure_id, kind="completed")),
        "the measure has already ended",
    )


def test_a_closed_case_takes_only_notes_and_corrections(explained: Case) -> None:
    explained.record(("measure.terminated", b.termination(explained.measure_id)))
    contact = explained.record(("contact.recorded", b.contact())).events[0]
    explained.record(("case.closed", b.case_closed()))
    assert explained.store.caseload() == []
    message = "the case is closed; only notes and corrections can be added"
    for change in [
        ("contact.recorded", b.contact()),
        ("measure.imposed", b.measure_imposed()),
        ("review.recorded", b.review(explained.measure_id)),
        ("case.closed", b.case_closed()),
        ("person.field_set", b.person_field_set("phone", "+265 1 234 567")),
    ]:
        assert explained.refused(change) == [message]
    explained.record(("note.added", b.note(text="Letter returned to sender.")))
    fixed = b.correction(
        contact.event_id, b.contact(contact_id=contact.payload.contact_id, notes="Reported late.")
    )
    explained.record(("event.corrected", fixed))
    assert not explained.state().is_open


# --- personal details -----------------------------------------------------------------------------


def test_stale_field_edit_is_refused(case: Case) -> None:
    case.record(("person.field_set", b.person_field_set("phone", "+265 1 111 111", 0)))
    case.refused(
        ("person.field_set", b.person_field_set("phone", "+265 2 222 222", 0)),
        "phone was changed by someone else since you opened the case; reload and try again",
    )
    case.record(("person.field_set", b.person_field_set("phone", "+265 3 333 333", 1)))
    held = case.state().person["phone"]
    assert (held.value, held.version) == ("+265 3 333 333", 2)


def test_field_edit_is_validated_like_the_person(case: Case) -> None:
    case.refused(
        ("person.field_set", b.person_field_set("preferred_language", "English")),
        "preferred_language",
    )
    case.refused(("person.field_set", b.person_field_set("given_names", "  ")), "given_names")
    case.refused(
        ("person.field_set", b.person_field_set("languages_spoken", [])), "languages_spoken"
    )


def test_field_edit_reaches_search_and_caseload(case: Case) -> None:
    assert [row.case_id for row in case.store.search("Banda")] == [case.case_id]
    case.record(("person.field_set", b.person_field_set("family_name", "Mwale")))
    assert case.store.search("Banda") == []
    assert [row.case_id for row in case.store.search("mwale")] == [case.case_id]
    assert case.store.caseload()[0].display_name == "Grace Mwale"


def test_future_date_of_birth_edit_is_refused(case: Case) -> None:
    case.refused(("person.field_set", b.person_field_set("date_of_birth", FUTURE)), "future")


def test_preferred_language_edit_must_stay_among_the_languages(case: Case) -> None:
    case.refused(
        ("person.field_set", b.person_field_set("preferred_language", "fr")), "preferred language"
    )


# --- corrections ----------------------------------------------------------------------------------


def test_correcting_a_contact_note(explained: Case) -> None:
    original = b.contact(notes="Reportd on tme.")
    event = explained.record(("contact.recorded", original)).events[0]
    count = explained.store.event_count()
    explained.record(
        (
            "event.corrected",
            b.correction(event.event_id, {**original, "notes": "Reported on time."}),
        )
    )
    assert explained.store.event_count() == count + 1  # the original stays, a correction is added

    def contact_notes() -> list[str]:
        return [
            item.payload.notes
            for item in explained.state().events
            if item.kind == "contact.recorded"
        ]

    assert contact_notes() == ["Reported on time."]
    explained.store.rebuild_projections()  # drops the cache: read back from the database
    assert contact_notes() == ["Reported on time."]


def test_the_latest_correction_wins(explained: Case) -> None:
    original = b.contact(notes="first")
    event = explained.record(("contact.recorded", original)).events[0]
    for text in ("second", "third"):
        explained.record(
            ("event.corrected", b.correction(event.event_id, {**original, "notes": text}))
        )
    notes = [
        item.payload.notes for item in explained.state().events if item.kind == "contact.recorded"
    ]
    assert notes == ["third"]


def test_corrections_are_validated(explained: Case) -> None:
    event = explained.record(("contact.recorded", b.contact())).events[0]
    explained.refused(
        ("event.corrected", b.correction(uuid7(), b.contact())),
        "the corrected event does not exist in this case",
    )
    explained.refused(
        ("event.corrected", b.correction(event.event_id, {"notes": "x"})),
        "contact_id: Field required",
    )
    fix = explained.record(("event.corrected", b.correction(event.event_id, b.contact()))).events[0]
    explained.refused(
        ("event.corrected", b.correction(fix.event_id, b.contact())),
        "correct the original event, not a correction",
    )


def test_correction_that_breaks_later_history_is_refused(explained: Case) -> None:
    measure_event = next(e for e in explained.state().events if e.kind == "measure.imposed")
    explained.record(("review.recorded", b.review(explained.measure_id)))  # on 15 November
    later_start = {**explained.measure, "decision_date": "2026-11-16", "start_date": "2026-11-16"}
    explained.refused(
        ("event.corrected", b.correction(measure_event.event_id, later_start)),
        "after this correction: the review date cannot be before the start date",
    )
    limit = legal_maximum(explained.catalogue, PROBATION)
    too_long = {**explained.measure, "end_date": (b.START_DATE + (limit + 1) * DAY).isoformat()}
    explained.refused(
        ("event.corrected", b.correction(measure_event.event_id, too_long)),
        "after this correction: the measure would last",
    )
    fine = {**explained.measure, "end_date": "2027-09-30"}
    explained.record(("event.corrected", b.correction(measure_event.event_id, fine)))
    assert explained.state().ends_on == dt.date(2027, 9, 30)


def test_correction_moving_the_end_before_a_review_is_refused(explained: Case) -> None:
    measure_event = next(e for e in explained.state().events if e.kind == "measure.imposed")
    explained.record(("review.recorded", b.review(explained.measure_id)))  # on 15 November
    early_end = {**explained.measure, "end_date": "2026-11-01"}
    explained.refused(
        ("event.corrected", b.correction(measure_event.event_id, early_end)),
        "after this correction",
    )


# --- atomicity ------------------------------------------------------------------------------------


def test_a_batch_with_one_bad_event_writes_nothing(explained: Case) -> None:
    good = [("note.added", b.note()), ("contact.recorded", b.contact())]
    bad = ("contact.recorded", b.contact(occurred_at=LATER.isoformat()))
    explained.refused([*good, bad], "a contact cannot be recorded in the future")
    malformed = ("note.added", {"text": ""})
    with pytest.raises(ValidationError):
        explained.record(*good, malformed)
    assert explained.store.event_count() == len(explained.state().events)


def test_a_batch_is_checked_against_its_own_earlier_events(
    store: CaseStore, catalogue: Catalogue
) -> None:
    opened = open_case(store, catalogue)
    measure = b.measure_imposed()
    templates = b.templates_for(catalogue, PROBATION, 2)
    first = b.condition_spec(templates[0])
    assert_refused(
        store,
        opened.case_id,
        [
            ("measure.imposed", measure),
            ("condition.imposed", b.condition_imposed(measure["measure_id"], first)),
            (
                "condition.imposed",
                b.condition_imposed(
                    measure["measure_id"],
                    {**b.condition_spec(templates[1]), "condition_id": first["condition_id"]},
                ),
            ),
        ],
        "a condition with this id already exists",
    )
    assert store.case(opened.case_id).measures == {}


def test_document_rules(explained: Case) -> None:
    document = b.document_issued(explained.measure_id)
    explained.refused(
        ("document.issued", b.document_issued(uuid7())), "the measure does not exist in this case"
    )
    explained.refused(
        ("document.issued", b.document_issued(explained.measure_id, reprint_of=uuid7())),
        "the reprinted document does not exist in this case",
    )
    explained.record(("document.issued", document))
    explained.refused(("document.issued", document), "a document with this id already exists")
    reprint = b.document_issued(explained.measure_id, reprint_of=document["document_id"])
    explained.record(("document.issued", reprint))
    assert len(explained.store.documents_with_code(document["verification_code"])) == 2


# --- search ---------------------------------------------------------------------------------------

PEOPLE: dict[str, dict[str, Any]] = {
    "latin": {
        "given_names": "José María",
        "family_name": "Müller-Çelik",
        "languages_spoken": ["es"],
        "preferred_language": "es",
    },
    "grace": {"given_names": "Grace", "family_name": "Banda", "other_names": ["Gracie N."]},
    "andrea": {"given_names": "Andrea", "family_name": "Norton"},
    "arabic": {
        "given_names": "مُحَمَّد",
        "family_name": "أحمد",
        "languages_spoken": ["ar"],
        "preferred_language": "ar",
    },
    "persian": {
        "given_names": "علی",
        "family_name": "کریمی",
        "languages_spoken": ["fa"],
        "preferred_language": "fa",
    },
    "devanagari": {
        "given_names": "सुनीता",
        "family_name": "शर्मा",
        "languages_spoken": ["hi"],
        "preferred_language": "hi",
    },
    "bengali": {
        "given_names": "রহিম",
        "family_name": "উদ্দিন",
        "languages_spoken": ["bn"],
        "preferred_language": "bn",
    },
    "chinese": {
        "given_names": "小明",
        "family_name": "王",
        "languages_spoken": ["zh"],
        "preferred_language": "zh",
    },
    "cyrillic": {
        "given_names": "Алёна",
        "family_name": "Иванова",
        "languages_spoken": ["ru"],
        "preferred_language": "ru",
    },
}


@pytest.fixture
def people(store: CaseStore) -> dict[str, str]:
    """One case per person above (numbered TD-00001.. so no random prefix interferes), and
    one numbered NRTH-00042-? for case-number searches."""
    store.reserve_case_numbers("TD", 1, 100)
    ids = {}
    for label, details in PEOPLE.items():
        data = b.person(**{"languages_written": [], **details})
        ids[label], _ = store.open_case(data, office="North", opened_on=b.OPENED_ON)
    store.reserve_case_numbers("NRTH", 42, 42)
    ids["numbered"], _ = store.open_case(
        b.person(given_names="Tendai", family_name="Moyo"), office="North", opened_on=b.OPENED_ON
    )
    return ids


def _found(store: CaseStore, query: str) -> list[str]:
    return [row.case_id for row in store.search(query)]


def _alternatives(text: str) -> list[str]:
    """Queries written as one string, separated by '|'."""
    return text.split("|")


SEARCHES = [
    ("latin", "josé|jose|JOSE|María|maria|Mari|müller|muller|MULLER|celik|Çelik|jose muller"),
    ("grace", "Grace|grace|Gra|g|banda|Grace Banda|banda grace|gracie"),
    ("arabic", "مُحَمَّد|محمد|أحمد|احمد|إحمد|آحمد|محمد احمد|مح"),  # harakat, alef forms
    ("persian", "علی|علي|على|کریمی|كريمي|كريمى|علي كريمي"),  # Farsi/Arabic yeh and kaf
    ("devanagari", "सुनीता|शर्मा|सुनी|सुनीता शर्मा"),
    ("bengali", "রহিম|উদ্দিন|রহি|রহিম উদ্দিন"),
    ("chinese", "小明|明|小|王|小明 王"),
    ("cyrillic", "Алёна|алёна|Алена|АЛЕНА|иванова|ИВАН|Алена Иванова"),
]


@pytest.mark.parametrize(
    ("label", "query"),
    [(label, query) for label, queries in SEARCHES for query in _alternatives(queries)],
)
def test_search_finds_names_in_every_script(
    store: CaseStore, people: dict[str, str], label: str, query: str
) -> None:
    assert _found(store, query) == [people[label]]


@pytest.mark.parametrize("query", ["王小明", "王 小明"])
def test_search_finds_a_chinese_name_in_native_order(
    store: CaseStore, people: dict[str, str], query: str
) -> None:
    assert _found(store, query) == [people["chinese"]]


@pytest.mark.parametrize("query", ["Grace Smith", "小王", "明小", "Zzz", "महेश", "محمود", "Ирина"])
def test_search_does_not_find_other_names(
    store: CaseStore, people: dict[str, str], query: str
) -> None:
    assert _found(store, query) == []


def test_search_by_case_number(store: CaseStore, people: dict[str, str]) -> None:
    opened = store.case(people["numbered"]).opened
    assert opened is not None
    number = opened.case_number
    assert number.startswith("NRTH-00042-")
    for query in [
        number,
        number.lower(),
        number.replace("-", ""),
        number.replace("-", " "),
        "NRTH00042",
        "nrth-00042",
        "00042",
        "42",
        "NRTH 42",
        "0004",
    ]:
        assert _found(store, query) == [people["numbered"]], query
    assert _found(store, "43") == []
    assert _found(store, "NRTH-00043") == []
    first = store.case(people["latin"]).opened
    assert first is not None
    assert first.case_number.startswith("TD-00001-")
    assert _found(store, first.case_number) == [people["latin"]]


FTS_QUERIES = _alternatives(
    '"Grace|Grace"|"Grace"|Grace*|*Grace|(Grace)|Grace)|(|)|*|"|Grace AND Banda|Grace OR Amina|'
    "NOT Grace|Grace NOT Banda|NEAR(Grace Banda)|NEAR(Grace Banda, 2)|names:Grace|numbers:42|"
    "{names}: Grace|^Grace|Grace^|-Grace|+Grace|Grace -Banda|O'Brien|"
    "Grace'; DROP TABLE cases; --|%|_|\\|Grace\x00|\u200f|AND|OR|NOT|NEAR"
)


@pytest.mark.parametrize("query", FTS_QUERIES)
def test_search_with_fts_syntax_never_raises(
    store: CaseStore, people: dict[str, str], query: str
) -> None:
    found = _found(store, query)
    assert len(found) == len(set(found))
    if "Grace" in query and "Amina" not in query and "DROP" not in query:
        # every word must match a name as a prefix, and operators are plain words
        assert set(found) <= {people["grace"]}
    assert store.counts()["all"] == len(people)  # nothing was dropped


@pytest.mark.parametrize("query", ['"Grace"', "Grace*", "(Grace)", "^Grace", "-Grace", "+Grace"])
def test_search_ignores_punctuation_around_a_name(
    store: CaseStore, people: dict[str, str], query: str
) -> None:
    assert _found(store, query) == [people["grace"]]


def test_operator_words_are_searched_as_words(store: CaseStore, people: dict[str, str]) -> None:
    assert _found(store, "AND") == [people["andrea"]]  # a prefix of Andrea, not an operator
    assert _found(store, "nort") == [people["andrea"]]
    assert _found(store, "Grace OR Andrea") == []  # every word must match


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "--", '""', "()", "*", "-", "\u200b"])
def test_empty_search_returns_nothing(store: CaseStore, people: dict[str, str], query: str) -> None:
    assert store.search(query) == []


def test_search_limit_and_prefix_across_cases(store: CaseStore, people: dict[str, str]) -> None:
    found = _found(store, "td")
    assert len(found) == len(PEOPLE)
    assert set(found) == {people[label] for label in PEOPLE}
    assert len(store.search("td", limit=3)) == 3


# --- caseload -------------------------------------------------------------------------------------


@pytest.fixture
def caseload(store: CaseStore, catalogue: Catalogue) -> dict[str, str]:
    """Six cases, each in one state that a caseload filter should pick out."""
    made: dict[str, Case] = {}
    for name in ("Pending", "Review", "Breach", "Ending", "Quiet", "Closed"):
        made[name] = open_case(store, catalogue, given_names=name, family_name="Case")
    for name in ("Pending", "Review", "Breach", "Quiet"):
        made[name].impose()
    made["Ending"].impose(end_date=TODAY + 10 * DAY)
    for name in ("Pending", "Review", "Breach", "Ending", "Quiet"):
        made[name].add_conditions(1)
    for name in ("Review", "Breach", "Ending", "Quiet"):
        made[name].explain()
    made["Review"].record(
        ("review.recorded", b.review(made["Review"].measure_id, next_review_due=TODAY + 7 * DAY))
    )
    made["Quiet"].record(
        ("review.recorded", b.review(made["Quiet"].measure_id, next_review_due=TODAY + 60 * DAY))
    )
    made["Breach"].record(
        ("breach.reported", b.breach(made["Breach"].measure_id, made["Breach"].condition_ids))
    )
    made["Closed"].record(("case.closed", b.case_closed()))
    return {name: item.case_id for name, item in made.items()}


def _names(rows: list[Any]) -> list[str]:
    return [row.display_name for row in rows]


def test_caseload_filters(store: CaseStore, caseload: dict[str, str]) -> None:
    assert _names(store.caseload()) == [
        "Breach Case",
        "Ending Case",
        "Pending Case",
        "Quiet Case",
        "Review Case",
    ]
    assert _names(store.caseload("explanation_pending")) == ["Pending Case"]
    assert _names(store.caseload("review_due")) == ["Review Case"]
    assert _names(store.caseload("breach_open")) == ["Breach Case"]
    assert _names(store.caseload("ending_soon")) == ["Ending Case"]
    assert store.counts() == {
        "all": 5,
        "explanation_pending": 1,
        "review_due": 1,
        "breach_open": 1,
        "ending_soon": 1,
    }


def test_caseload_rows_carry_the_projection(store: CaseStore, caseload: dict[str, str]) -> None:
    rows = {row.display_name: row for row in store.caseload()}
    assert rows["Pending Case"].explanation_pending
    assert not rows["Review Case"].explanation_pending
    assert rows["Review Case"].review_due == (TODAY + 7 * DAY).isoformat()
    assert rows["Breach Case"].breach_open
    assert rows["Ending Case"].ends_on == (TODAY + 10 * DAY).isoformat()
    assert rows["Quiet Case"].measure_types == PROBATION
    assert rows["Quiet Case"].status == "open"
    assert rows["Quiet Case"].case_id == caseload["Quiet"]


def test_caseload_horizon(store: CaseStore, caseload: dict[str, str]) -> None:
    assert _names(store.caseload("review_due", horizon_days=3)) == []
    assert _names(store.caseload("review_due", horizon_days=60)) == ["Quiet Case", "Review Case"]
    assert _names(store.caseload("ending_soon", horizon_days=9)) == []
    counts = store.counts(horizon_days=60)
    assert counts["review_due"] == 2
    assert counts["ending_soon"] == 1


def test_overdue_review_is_due(store: CaseStore, catalogue: Catalogue) -> None:
    opened = open_case(store, catalogue)
    opened.impose()
    template = b.templates_for(catalogue, PROBATION, 1)[0]
    spec = b.condition_spec(template, next_review_due=dt.date(2026, 11, 1))
    opened.record(("condition.imposed", b.condition_imposed(opened.measure_id, spec)))
    assert [row.case_id for row in store.caseload("review_due")] == [opened.case_id]


def test_caseload_follows_what_happens_next(store: CaseStore, caseload: dict[str, str]) -> None:
    breach = next(
        event for event in store.case(caseload["Breach"]).events if event.kind == "breach.reported"
    )
    store.record(
        caseload["Breach"], [("breach.responded", b.breach_response(breach.payload.breach_id))]
    )
    ending = store.case(caseload["Ending"]).measures
    store.record(caseload["Ending"], [("measure.terminated", b.termination(next(iter(ending))))])
    assert store.counts() == {
        "all": 5,
        "explanation_pending": 1,
        "review_due": 1,
        "breach_open": 0,
        "ending_soon": 0,
    }
    assert store.rebuild_projections() == 6
    assert store.counts()["all"] == 5


def test_caseload_pages(store: CaseStore, caseload: dict[str, str]) -> None:
    first = _names(store.caseload(limit=2))
    second = _names(store.caseload(limit=2, offset=2))
    rest = _names(store.caseload(limit=2, offset=4))
    assert first + second + rest == _names(store.caseload())
    assert len(rest) == 1


def test_today_east_of_greenwich_is_not_the_future(case: Case) -> None:
    """At 10:00 UTC it is already tomorrow in Kiribati (UTC+14): that date is accepted,
    the day after is not."""
    tomorrow = TODAY + DAY
    case.record(("review.recorded", b.review(case.measure_id, reviewed_on=tomorrow,
                                             next_review_due=tomorrow + 90 * DAY)))  # fmt: skip
    case.refused(
        (
            "review.recorded",
            b.review(
                case.measure_id, reviewed_on=tomorrow + DAY, next_review_due=tomorrow + 91 * DAY
            ),
        ),
        "the review date cannot be in the future",
    )
