"""De-identified statistics (rule 20.3): the counts, their suppression, and what never shows."""

from __future__ import annotations

import datetime as dt
import json
from itertools import count
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert

from tests.server.support import enroll, upload
from tests.support import builders
from tokyo_desk.domain.events import parse_payload
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server import db, stats
from tokyo_desk.server.service import SyncService

START = builders.START_DATE
_seq = count(1)


def store(connection: Connection, kind: str, payload: dict[str, Any], case_id: str) -> str:
    """One event row as the service stores it (canonical payload JSON)."""
    event_id = uuid7()
    seq = next(_seq)
    connection.execute(
        insert(db.events).values(
            event_id=event_id,
            case_id=case_id,
            kind=kind,
            schema_version=1,
            author=uuid7(),
            device_id="d" * 36,
            seq=seq,
            hlc=seq,
            received_ms=0,
            payload=json.dumps(parse_payload(kind, payload).model_dump(mode="json")),
        )
    )
    return event_id


def measure(connection: Connection, type_code: str) -> tuple[str, str]:
    case_id, measure_id = uuid7(), uuid7()
    store(connection, "case.opened", builders.case_opened(), case_id)
    store(
        connection,
        "measure.imposed",
        builders.measure_imposed(measure_id=measure_id, type_code=type_code),
        case_id,
    )
    return case_id, measure_id


def explain(
    connection: Connection, case_id: str, measure_id: str, days_after_start: int, **extra: Any
) -> str:
    given = START + dt.timedelta(days=days_after_start)
    payload = builders.explanation(measure_id, [uuid7()], given_at=builders.at(given), **extra)
    return store(connection, "explanation.given", payload, case_id)


@pytest.fixture
def caseload(engine: Engine) -> Engine:
    """7 probation (explained in 2 days, English), 5 community service (explained after 20
    days in Swahili with an interpreter), 1 house arrest never explained; breaches, endings."""
    with engine.begin() as connection:
        probation = [measure(connection, "sentencing.probation") for _ in range(7)]
        for case_id, measure_id in probation:
            explain(connection, case_id, measure_id, 2, language="en")
        for _ in range(5):
            case_id, measure_id = measure(connection, "sentencing.community_service")
            explain(
                connection,
                case_id,
                measure_id,
                20,
                language="sw",
                interpreter=builders.interpreter(mode="in_person"),
            )
        measure(connection, "sentencing.house_arrest")
        for index, (case_id, measure_id) in enumerate(probation[:6]):
            breach = builders.breach(measure_id, [uuid7()])
            store(connection, "breach.reported", breach, case_id)
            if index < 5:
                response = builders.breach_response(breach["breach_id"])
                store(connection, "breach.responded", response, case_id)
        # Revoked after its breach (counts), revoked without a breach (does not), ended early.
        store(
            connection,
            "measure.terminated",
            builders.termination(probation[0][1], kind="revoked", decided_on="2026-11-15"),
            probation[0][0],
        )
        store(
            connection,
            "measure.terminated",
            builders.termination(probation[6][1], kind="revoked"),
            probation[6][0],
        )
        store(
            connection, "measure.terminated", builders.termination(probation[1][1]), probation[1][0]
        )
    return engine


def compute(engine: Engine, days: int = 7) -> stats.Statistics:
    with engine.connect() as connection:
        return stats.compute(connection, days)


def test_the_raw_counts(caseload: Engine) -> None:
    figures = compute(caseload)
    assert figures.measures_by_type == {
        "sentencing.probation": 7,
        "sentencing.community_service": 5,
        "sentencing.house_arrest": 1,
    }
    assert figures.explanation_timing == {"within": 7, "later": 5, "not_yet": 1}
    assert figures.explanation_languages == {"en": 7, "sw": 5}
    assert figures.interpreters == {"none": 7, "in_person": 5}
    assert figures.breaches_reported == 6
    assert figures.breach_responses == {"warning": 5, "awaiting": 1}
    assert figures.revoked_after_breach == 1
    assert figures.measures_ended == {"revoked": 2, "early_termination": 1}


def test_the_window_for_a_timely_explanation_is_a_parameter(caseload: Engine) -> None:
    assert compute(caseload, days=20).explanation_timing == {"within": 12, "not_yet": 1}
    assert compute(caseload, days=1).explanation_timing == {"later": 12, "not_yet": 1}


def test_small_counts_are_suppressed_and_rare_categories_pooled(caseload: Engine) -> None:
    report = compute(caseload).report()
    assert report["measures_by_type"] == {
        "sentencing.community_service": 5,
        "sentencing.probation": 7,
        "other": "<5",
    }
    assert report["explanation_timing"] == {"within": 7, "later": 5, "not_yet": "<5"}
    assert report["interpreters"] == {
        "none": 7,
        "in_person": 5,
        "telephone": "<5",
        "video": "<5",
        "sign_language": "<5",
    }
    assert report["breaches_reported"] == 6
    assert report["breach_responses"]["warning"] == 5
    assert report["breach_responses"]["awaiting"] == "<5"
    assert report["revoked_after_breach"] == "<5"
    assert report["measures_ended"] == {
        "completed": "<5",
        "early_termination": "<5",
        "revoked": "<5",
    }
    cells = [report["breaches_reported"], report["revoked_after_breach"]]
    for section in report.values():
        if isinstance(section, dict):
            cells += section.values()
    assert all(cell == "<5" or (isinstance(cell, int) and cell >= 5) for cell in cells)


@pytest.mark.parametrize(("value", "shown"), [(0, "<5"), (1, "<5"), (4, "<5"), (5, 5), (90, 90)])
def test_suppress(value: int, shown: int | str) -> None:
    assert stats.suppress(value) == shown


def test_nothing_identifying_reaches_the_output(caseload: Engine) -> None:
    report = compute(caseload).report()
    text = stats.render_text(report) + json.dumps(report)
    for secret in ("Grace", "Banda", "TEST-00001", "NDC/2026", "North District Court", "2026-"):
        assert secret not in text
    with caseload.connect() as connection:
        ids = [
            row[0]
            for row in connection.execute(db.events.select().with_only_columns(db.events.c.case_id))
        ]
    assert not any(case_id in text for case_id in ids)


def test_the_text_lists_every_section(caseload: Engine) -> None:
    text = stats.render_text(compute(caseload).report())
    assert "within 7 days of the start" in text
    assert 'Counts below 5 are shown as "<5"' in text
    assert "Measures revoked after a breach" in text


def test_a_correction_is_read_instead_of_the_original(engine: Engine) -> None:
    with engine.begin() as connection:
        for _ in range(5):
            case_id, measure_id = measure(connection, "sentencing.probation")
            wrong = builders.explanation(measure_id, [uuid7()], language="en")
            event_id = store(connection, "explanation.given", wrong, case_id)
            fixed = {**wrong, "language": "sw"}
            store(connection, "event.corrected", builders.correction(event_id, fixed), case_id)
    assert compute(engine).explanation_languages == {"sw": 5}


def test_events_uploaded_through_the_service_are_counted(
    service: SyncService, officer: str, engine: Engine
) -> None:
    device = enroll(service, officer)
    case_id, measure_id = uuid7(), uuid7()
    events = [
        device.event("case.opened", builders.case_opened(), case_id),
        device.event("measure.imposed", builders.measure_imposed(measure_id=measure_id), case_id),
        device.event("explanation.given", builders.explanation(measure_id, [uuid7()]), case_id),
    ]
    assert upload(service, device, events).rejected == []
    figures = compute(engine)
    assert figures.measures_by_type == {builders.MEASURE_TYPE: 1}
    assert figures.explanation_languages == {"en": 1}


def test_an_empty_database_shows_only_suppressed_or_empty_cells(engine: Engine) -> None:
    report = compute(engine).report()
    assert report["measures_by_type"] == {}
    assert report["breaches_reported"] == "<5"
    assert "(none recorded)" in stats.render_text(report)
