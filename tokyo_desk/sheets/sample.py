"""A bundled, realistic sample explanation so anyone can check a language pack on paper.

Invented person and places; a combination order with six conditions (the most before rule
12.2's warning) that use days, times, places, a phone number, money and a date.  Values that
are names and addresses stay as written (as they would on a real sheet); everything else is
written in the pack's language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.sheets.model import Paper, SheetCondition, SheetInterpreter, SheetRequest
from tokyo_desk.sheets.packs import LanguagePack
from tokyo_desk.sheets.texts import condition_text

SAMPLE_KEY = b"tokyo-desk sample key: not for real sheets"
SAMPLE_CONDITIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "reporting.office_visits",
        {
            "office": "Kabul Road District Office",
            "frequency": "weekly",
            "report_days": ["tue"],
            "report_time": "10:30",
        },
    ),
    (
        "reporting.telephone_contact",
        {
            "officer_phone": "+93 70 123 4567",
            "frequency": "weekly",
            "from_time": "09:00",
            "until_time": "12:00",
        },
    ),
    (
        "curfew.night_hours",
        {"address": "House 14, Street 3, Karte Char", "start_time": "21:00", "end_time": "06:00"},
    ),
    ("contact.no_contact_person", {"person": "Mr Ahmad Rahimi"}),
    (
        "treatment.behaviour_programme",
        {"programme": "anger management", "venue": "Riverside Community Centre", "sessions": 12},
    ),
    (
        "payment.compensation",
        {
            "total": "AFN 15000.00",
            "victim": "Mr Ahmad Rahimi",
            "instalment": "AFN 1500.00",
            "frequency": "monthly",
            "pay_office": "Kabul Road District Office",
            "first_date": "2026-12-15",
        },
    ),
)


def sample_request(
    pack: LanguagePack, catalogue: Catalogue, *, easy_read: bool = False, paper: Paper = "a4"
) -> SheetRequest:
    """The sample explanation in ``pack``'s language."""
    conditions = []
    for code, values in SAMPLE_CONDITIONS:
        template = catalogue.condition(code)
        if template is None:
            raise LookupError(f"the sample needs catalogue condition {code}")
        conditions.append(
            SheetCondition(
                code=template.code,
                version=template.version,
                category=template.category.value,
                prohibition=template.prohibition,
                text=condition_text(pack, template, values, easy_read=easy_read),
                purpose=pack.get(f"conditions.{code}.purpose"),
            )
        )
    return SheetRequest(
        sheet_id="01a20b6c-5f00-7000-8000-000000012345",
        case_id="01a20b6c-5f00-7000-8000-00000000c0de",
        case_number="PS-2026-000123",
        measure_id="01a20b6c-5f00-7000-8000-00000000beef",
        person_name="Farida Karimi",
        measure_title=pack.get("measure_types.sentencing.combination"),
        authority="Kabul Road District Court",
        decision_reference="DC/482/2026",
        decision_date=dt.date(2026, 11, 2),
        start_date=dt.date(2026, 11, 9),
        end_date=dt.date(2027, 11, 8),
        conditions=tuple(conditions),
        jurisdiction="demo",
        officer_id="01a20b6c-5f00-7000-8000-0000000000af",
        officer_name="Officer Layla Haidari",
        office_name="Kabul Road District Office",
        office_phone="+93 70 123 4567",
        office_hours="08:00-16:00",
        next_appointment=dt.datetime(2026, 11, 17, 10, 30),
        next_appointment_place="Kabul Road District Office",
        language=pack.code,
        official_language="en",
        easy_read=easy_read,
        paper=paper,
        issued_on=dt.date(2026, 11, 9),
        catalogue_version=catalogue.version,
        interpreter=SheetInterpreter("Nadia Samadi", "Court-registered interpreter", "in_person"),
    )
