"""Seeded synthetic cases for the demo profile, tests and benchmarks.

Everything is invented: names are common given and family names in several scripts, paired
at random.  The same seed always produces the same cases.  Every plan is valid under the
domain rules, so it goes through the same ``record`` path as an officer's own input.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate
from tokyo_desk.domain.events import SCHEMA_VERSION, Event, parse_payload
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.parameters import FREQUENCIES, WEEKDAYS, ParameterKind

# (language, script sample) -> given names, family names
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("James", "Mary", "Peter", "Grace", "Daniel", "Ruth", "Samuel", "Esther"),
        ("Okello", "Smith", "Banda", "Mensah", "Walker", "Phiri", "Brown", "Otieno"),
    ),
    "fr": (
        ("Jean", "Aminata", "Élodie", "François", "Moussa", "Hélène", "Zoé", "Théo"),
        ("Traoré", "Diallo", "Lefèvre", "Kaboré", "Mercier", "Ndiaye", "Bérubé", "Camara"),
    ),
    "es": (
        ("José", "María", "Lucía", "Andrés", "Sofía", "Raúl", "Inés", "Tomás"),
        ("Álvarez", "Gómez", "Muñoz", "Pérez", "Quispe", "Mamani", "Núñez", "Rodríguez"),
    ),
    "pt": (
        ("João", "Conceição", "Antônio", "Luísa", "Sebastião", "Graça", "Tomé", "Inês"),
        ("Gonçalves", "Simões", "Magalhães", "Araújo", "Lourenço", "Macuácua", "Sitoe"),
    ),
    "sw": (
        ("Juma", "Amani", "Baraka", "Neema", "Zawadi", "Hamisi", "Rehema", "Tumaini"),
        ("Mwangi", "Kamau", "Wanjiku", "Njoroge", "Achieng", "Mutua", "Kiprono", "Salim"),
    ),
    "ru": (
        ("Дмитрий", "Анна", "Сергей", "Ольга", "Алёна", "Юрий", "Наталья", "Игорь"),
        ("Иванов", "Смирнова", "Кузнецов", "Попова", "Ёлкин", "Соколов", "Лебедева"),
    ),
    "ar": (
        ("أحمد", "فاطمة", "محمد", "عائشة", "يوسف", "مريم", "إبراهيم", "ليلى"),
        ("الحسن", "عبد الله", "المصري", "السيد", "حداد", "النجار", "العلي", "منصور"),
    ),
    "fa": (
        ("علی", "زهرا", "رضا", "مریم", "حسین", "فاطمه", "مهدی", "نرگس"),
        ("کریمی", "احمدی", "رضایی", "موسوی", "حسینی", "محمدی", "جعفری", "کاظمی"),
    ),
    "ur": (
        ("عمران", "عائشہ", "بلال", "صائمہ", "فیصل", "نادیہ", "حمزہ", "ثنا"),
        ("خان", "چوہدری", "قریشی", "ملک", "شیخ", "بٹ", "راجپوت", "اعوان"),
    ),
    "hi": (
        ("राम", "सीता", "अमित", "प्रिया", "सुनील", "अनीता", "राहुल", "पूजा"),
        ("कुमार", "शर्मा", "वर्मा", "सिंह", "यादव", "गुप्ता", "मिश्रा", "पटेल"),
    ),
    "bn": (
        ("রবি", "মিতা", "সুমন", "রুমা", "আনিস", "শিউলি", "জসিম", "নাসরিন"),
        ("রহমান", "হোসেন", "চৌধুরী", "দাস", "ইসলাম", "আহমেদ", "সরকার", "বিশ্বাস"),
    ),
    "zh": (
        ("小明", "秀英", "伟", "芳", "建国", "丽娟", "志强", "海燕"),
        ("王", "李", "张", "刘", "陈", "杨", "黄", "赵"),
    ),
}
# Chinese names are written family name first, with no space.
FAMILY_FIRST = {"zh"}
PLACES = (
    "North district office",
    "Market Street office",
    "Riverside community centre",
    "St. Agnes clinic",
    "Kijiji cha Amani youth centre",
    "Central library",
)
# Values for text-like parameters, by parameter name, so sentences read naturally.
NAMED_SAMPLES = {
    "permitted_absences": ("work, medical appointments and religious services",),
    "item": ("the borrowed bicycle", "the mobile phone taken from the shop"),
    "area": ("Kisumu district", "the Northern Province"),
    "address": ("14 Mango Lane, Kijiji", "Plot 22, Riverside estate"),
    "victim": ("the victim, Ms A.", "the shop owner"),
    "person": ("the victim, Ms A.", "the co-accused, Mr B."),
    "clinician": ("the community mental-health team",),
}
AUTHORITIES = ("District Court", "Magistrates' Court", "Parole Board", "Public Prosecutor")
REFERENCE_LETTERS = "ABCDEFGHJK"


@dataclass
class CasePlan:
    """One synthetic case: who, where, and what happened after it was opened."""

    person: dict[str, Any]
    office: str
    opened_on: dt.date
    jurisdiction: str
    changes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


class SyntheticCases:
    """Deterministic source of realistic, rule-abiding case plans."""

    def __init__(self, catalogue: Catalogue, seed: int, today: dt.date) -> None:
        self.catalogue = catalogue
        self.random = random.Random(seed)  # noqa: S311 - reproducible fake data, not secrets
        self.today = today
        self.measure_types = [
            code
            for code, item in catalogue.measure_types.items()
            if item.imposes_obligations and catalogue.conditions_for(code)
        ]

    # --- people ------------------------------------------------------------------------------

    def person(self) -> dict[str, Any]:
        """A person with names in one of several scripts and matching language needs."""
        rnd = self.random
        language = rnd.choice(list(NAMES))
        given_names, family_names = NAMES[language]
        given, family = rnd.choice(given_names), rnd.choice(family_names)
        if language in FAMILY_FIRST:
            given, family = family + given, ""
        spoken = (
            [language] if language == "en" else [language, *(["en"] if rnd.random() < 0.4 else [])]
        )
        literacy = rnd.choices(["reads_well", "reads_some", "does_not_read"], [6, 3, 1])[0]
        needs = []
        if literacy != "reads_well" or rnd.random() < 0.1:
            needs.append("easy_read")
        if rnd.random() < 0.05:
            needs.append("large_print")
        born = self.today - dt.timedelta(days=rnd.randint(18 * 365, 70 * 365))
        return {
            "given_names": given,
            "family_name": family,
            "date_of_birth": born.isoformat(),
            "languages_spoken": spoken,
            "languages_written": [] if literacy == "does_not_read" else [language],
            "preferred_language": language,
            "interpreter_needed": "en" not in spoken,
            "literacy": literacy,
            "communication_needs": needs,
            "phone": f"+999 7{rnd.randint(0, 99):02d} {rnd.randint(100, 999)} "
            f"{rnd.randint(100, 999)}",
            "address": f"{rnd.randint(1, 250)} {rnd.choice(PLACES)} road",
        }

    def people(self, count: int) -> Iterator[dict[str, Any]]:
        for _ in range(count):
            yield self.person()

    # --- whole cases -------------------------------------------------------------------------

    def plan(self, office: str = "North district office", jurisdiction: str = "demo") -> CasePlan:
        """A case with a measure, conditions and a plausible supervision history."""
        rnd = self.random
        opened_on = self.today - dt.timedelta(days=rnd.randint(5, 540))
        plan = CasePlan(self.person(), office, opened_on, jurisdiction)
        type_code = rnd.choice(self.measure_types)
        limit = self.catalogue.jurisdiction(jurisdiction).max_duration_days.get(type_code, 730)
        start = opened_on + dt.timedelta(days=rnd.randint(0, 3))
        end = start + dt.timedelta(days=rnd.randint(min(180, limit), min(1095, limit)))
        measure_id = uuid7()
        plan.changes.append(
            (
                "measure.imposed",
                {
                    "measure_id": measure_id,
                    "type_code": type_code,
                    "authority": rnd.choice(AUTHORITIES),
                    "decision_reference": (
                        f"{rnd.choice(REFERENCE_LETTERS)}/{rnd.randint(100, 9999)}/{start.year}"
                    ),
                    "decision_date": (start - dt.timedelta(days=rnd.randint(0, 10))).isoformat(),
                    "legal_basis": "Criminal Procedure Act, s. 45",
                    "criteria_considered": (
                        "Nature of the offence, personal circumstances, protection of society."
                    ),
                    "start_date": start.isoformat(),
                    "end_date": end.isoformat(),
                },
            )
        )
        if self.catalogue.measure_types[type_code].consent_required:
            plan.changes.append(
                (
                    "consent.recorded",
                    {
                        "measure_id": measure_id,
                        "recorded_on": start.isoformat(),
                        "consent_given": True,
                        "nature_explained": True,
                        "refusal_consequences_explained": True,
                        "language": plan.person["preferred_language"],
                    },
                )
            )
        templates = self.catalogue.conditions_for(type_code)
        chosen = rnd.sample(templates, k=min(len(templates), rnd.randint(2, 5)))
        conditions = [self._condition(template, start, plan) for template in chosen]
        plan.changes += [
            ("condition.imposed", {"measure_id": measure_id, "condition": c}) for c in conditions
        ]
        in_force = min(end, self.today - dt.timedelta(days=1))  # nothing dated later today
        if rnd.random() < 0.7:
            self._explain(plan, measure_id, conditions, start)
        for _ in range(rnd.randint(0, 6)):
            when = _between(rnd, start, in_force)
            plan.changes.append(
                (
                    "contact.recorded",
                    {
                        "contact_id": uuid7(),
                        "occurred_at": (
                            f"{when.isoformat()}T{rnd.randint(8, 16):02d}:"
                            f"{rnd.choice(['00', '30'])}:00+00:00"
                        ),
                        "kind": rnd.choice(["office", "home_visit", "phone"]),
                        "attended": rnd.random() < 0.9,
                        "notes": "Reported as required; discussed work and family.",
                    },
                )
            )
        # Rule 10.3: reviews at the shortest interval the conditions ask for; one officer in
        # ten is behind with the latest review (so "review due" has something to show).
        interval = min(template.review_interval_days for template in chosen)
        review_days = []
        reviewed = start + dt.timedelta(days=interval)
        while reviewed <= in_force:
            review_days.append(reviewed)
            reviewed += dt.timedelta(days=interval)
        if review_days and rnd.random() < 0.1:
            review_days.pop()
        for reviewed in review_days:
            plan.changes.append(
                (
                    "review.recorded",
                    {
                        "review_id": uuid7(),
                        "measure_id": measure_id,
                        "reviewed_on": reviewed.isoformat(),
                        "outcome": rnd.choice(["continue", "continue", "adjust_supervision"]),
                        "next_review_due": (reviewed + dt.timedelta(days=interval)).isoformat(),
                    },
                )
            )
        if rnd.random() < 0.15 and (in_force - start).days > 10:
            self._breach(plan, measure_id, conditions, start, in_force)
        if rnd.random() < 0.05:
            received = _between(rnd, start, in_force)
            plan.changes.append(
                (
                    "complaint.recorded",
                    {
                        "complaint_id": uuid7(),
                        "kind": rnd.choice(["complaint", "request"]),
                        "received_on": received.isoformat(),
                        "subject": "Asks to change the reporting day because of work.",
                        "sent_to": "Head of the probation service",
                        "sent_on": received.isoformat(),
                    },
                )
            )
        if end < self.today:
            plan.changes.append(
                (
                    "measure.terminated",
                    {
                        "measure_id": measure_id,
                        "kind": "completed",
                        "decided_on": end.isoformat(),
                    },
                )
            )
            plan.changes.append(
                (
                    "case.closed",
                    {
                        "closed_on": end.isoformat(),
                        "reason": "Measure completed.",
                    },
                )
            )
        return plan

    def _condition(
        self, template: ConditionTemplate, start: dt.date, plan: CasePlan
    ) -> dict[str, Any]:
        values = {
            spec.name: self._named_value(template, spec.name)
            or self.parameter_value(spec.kind, spec.min, spec.max, spec.choices, start)
            for spec in template.parameters
        }
        return {
            "condition_id": uuid7(),
            "template_code": template.code,
            "template_version": template.version,
            "parameters": values,
            "necessity_note": f"Needed for: {template.purpose[:120]}",
            "issued_text": {"en": template.render(values)},
            "next_review_due": (
                start + dt.timedelta(days=template.review_interval_days)
            ).isoformat(),
        }

    def _named_value(self, template: ConditionTemplate, name: str) -> str | None:
        """A value chosen for what the parameter means, where its name says enough."""
        if name in NAMED_SAMPLES:
            return self.random.choice(NAMED_SAMPLES[name])
        night = template.category.value == "curfew"
        times = {
            "start_time": ("19:00", "20:00", "21:00") if night else ("08:00", "09:00"),
            "from_time": ("08:00", "09:00"),
            "end_time": ("06:00", "07:00") if night else ("13:00", "16:00"),
            "until_time": ("12:00", "17:00"),
            "return_time": ("18:00", "19:00"),
        }
        return self.random.choice(times[name]) if name in times else None

    def parameter_value(
        self,
        kind: ParameterKind,
        minimum: int | None,
        maximum: int | None,
        choices: tuple[str, ...],
        start: dt.date,
    ) -> Any:
        """A valid value of ``kind`` for a synthetic condition."""
        rnd = self.random
        low, high = minimum or 1, maximum or 100
        match kind:
            case ParameterKind.COUNT | ParameterKind.HOURS | ParameterKind.DAYS:
                low = min(max(low, 2), high)  # "1 applications" reads badly in the demo
                return rnd.randint(low, max(low, min(high, low * 10)))
            case ParameterKind.DATE:
                return (start + dt.timedelta(days=rnd.randint(14, 120))).isoformat()
            case ParameterKind.TIME:
                return rnd.choice(["09:30", "10:00", "14:30"])
            case ParameterKind.MONEY:
                return f"KES {rnd.randint(5, 200) * 100}.00"
            case ParameterKind.FREQUENCY:
                return rnd.choice(list(FREQUENCIES))
            case ParameterKind.WEEKDAYS:
                return sorted(
                    rnd.sample(list(WEEKDAYS), k=rnd.randint(1, 2)), key=list(WEEKDAYS).index
                )
            case ParameterKind.PHONE:
                return f"+999 20 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}"
            case ParameterKind.CHOICE:
                return rnd.choice(choices)
            case ParameterKind.PERSON:
                return rnd.choice(["the victim", "the co-accused", "the complainant's family"])
            case ParameterKind.PLACE:
                return rnd.choice(PLACES)
            case _:
                return "as agreed with your officer"

    def _explain(
        self, plan: CasePlan, measure_id: str, conditions: list[dict[str, Any]], start: dt.date
    ) -> None:
        rnd = self.random
        person = plan.person
        language = person["preferred_language"]
        interpreter = None
        if person["interpreter_needed"]:
            interpreter = {
                "name": "Court interpreter",
                "accreditation": "Registered",
                "mode": rnd.choice(["in_person", "telephone"]),
                "relationship": "professional",
            }
        document_id = uuid7()
        given_at = f"{start.isoformat()}T10:00:00+00:00"
        plan.changes.append(
            (
                "explanation.given",
                {
                    "explanation_id": uuid7(),
                    "measure_id": measure_id,
                    "conditions_version": 1,
                    "given_at": given_at,
                    "place": plan.office,
                    "mode": "oral_and_written",
                    "language": language,
                    "reading_level": "easy_read"
                    if "easy_read" in person["communication_needs"]
                    else "standard",
                    "interpreter": interpreter,
                    "conditions": [
                        {
                            "condition_id": c["condition_id"],
                            "explained_orally": True,
                            "understanding": rnd.choices(["understood", "partly"], [9, 1])[0],
                        }
                        for c in conditions
                    ],
                    "rights_explained": True,
                    "breach_consequences_explained": True,
                    "response": "agrees",
                    "acknowledgement": "mark_with_witness"
                    if person["literacy"] == "does_not_read"
                    else "signed",
                    "witness_name": "Duty officer" if person["literacy"] == "does_not_read" else "",
                    "document_id": document_id,
                },
            )
        )
        plan.changes.append(
            (
                "document.issued",
                {
                    "document_id": document_id,
                    "kind": "explanation_sheet",
                    "measure_id": measure_id,
                    "issued_at": given_at,
                    "languages": sorted({language, "en"}),
                    "catalogue_version": self.catalogue.version,
                    "rights_version": f"{plan.jurisdiction}@{self.catalogue.version}",
                    "content_sha256": f"{rnd.getrandbits(256):064x}",
                    "verification_code": "".join(
                        rnd.choice("23456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(10)
                    ),
                },
            )
        )

    def _breach(
        self,
        plan: CasePlan,
        measure_id: str,
        conditions: list[dict[str, Any]],
        start: dt.date,
        in_force: dt.date,
    ) -> None:
        rnd = self.random
        occurred = _between(rnd, start, in_force - dt.timedelta(days=3))
        reported = occurred + dt.timedelta(days=rnd.randint(0, 2))
        breach_id = uuid7()
        plan.changes.append(
            (
                "breach.reported",
                {
                    "breach_id": breach_id,
                    "measure_id": measure_id,
                    "condition_ids": [rnd.choice(conditions)["condition_id"]],
                    "occurred_on": occurred.isoformat(),
                    "reported_on": reported.isoformat(),
                    "description": "Did not report on the agreed day.",
                },
            )
        )
        if rnd.random() < 0.6:
            plan.changes.append(
                (
                    "breach.account_recorded",
                    {
                        "breach_id": breach_id,
                        "recorded_on": reported.isoformat(),
                        "account": "Was at a funeral in the home village; had no phone credit.",
                    },
                )
            )
            plan.changes.append(
                (
                    "breach.responded",
                    {
                        "breach_id": breach_id,
                        "responded_on": reported.isoformat(),
                        "response": rnd.choice(["warning", "no_action", "adjust_supervision"]),
                        "reason": "A first lapse with a credible explanation.",
                    },
                )
            )


def _between(rnd: random.Random, first: dt.date, last: dt.date) -> dt.date:
    span = max(0, (last - first).days)
    return first + dt.timedelta(days=rnd.randint(0, span))


def plan_events(
    plan: CasePlan,
    *,
    case_id: str,
    case_number: str,
    device_id: str,
    author: str,
    first_seq: int,
    first_hlc: int,
) -> list[Event]:
    """The plan as ready-made events from another device (head-office snapshots, benchmarks)."""
    opened = {
        "case_number": case_number,
        "office": plan.office,
        "opened_on": plan.opened_on.isoformat(),
        "person": plan.person,
        "jurisdiction": plan.jurisdiction,
    }
    changes = [("case.opened", opened), *plan.changes]
    return [
        Event(
            event_id=uuid7(),
            case_id=case_id,
            kind=kind,
            schema_version=SCHEMA_VERSION,
            author=author,
            device_id=device_id,
            seq=first_seq + offset,
            hlc=first_hlc + offset,
            payload=parse_payload(kind, payload),
        )
        for offset, (kind, payload) in enumerate(changes)
    ]
