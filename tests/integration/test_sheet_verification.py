"""A printed sheet's verification code checked against the stored record."""

from __future__ import annotations

import datetime as dt

from tokyo_desk.domain.ids import uuid7
from tokyo_desk.sheets.verification import (
    SheetFacts,
    check_documents,
    facts_of_document,
    normalise_code,
    verification_code,
)
from tokyo_desk.store.case_store import CaseStore

PERSON = {
    "given_names": "Amina",
    "family_name": "Diallo",
    "languages_spoken": ["fr"],
    "preferred_language": "fr",
}


def _issue(store: CaseStore) -> tuple[str, str]:
    case_id, _ = store.open_case(PERSON, office="North", opened_on=dt.date(2026, 11, 1))
    measure_id = uuid7()
    store.record(
        case_id,
        [
            (
                "measure.imposed",
                {
                    "measure_id": measure_id,
                    "type_code": "sentencing.probation",
                    "authority": "Court",
                    "decision_reference": "D/1",
                    "decision_date": "2026-11-01",
                    "legal_basis": "Act s.1",
                    "start_date": "2026-11-02",
                    "end_date": "2027-11-01",
                },
            )
        ],
    )
    key, version = store.verification_key()
    document_id = uuid7()
    issued_at = dt.datetime(2026, 11, 10, 9, 30, tzinfo=dt.UTC)
    facts = SheetFacts(
        document_id,
        case_id,
        measure_id,
        "fr",
        store.catalogue.version,
        (("reporting.office_visits", 1),),
        store.officer_id,
        "2026-11-10",
    )
    code = verification_code(facts, key)
    store.record(
        case_id,
        [
            (
                "document.issued",
                {
                    "document_id": document_id,
                    "kind": "explanation_sheet",
                    "measure_id": measure_id,
                    "issued_at": issued_at.isoformat(),
                    "languages": ["fr", "en"],
                    "catalogue_version": store.catalogue.version,
                    "rights_version": "default@2026.1",
                    "content_sha256": "0" * 64,
                    "verification_code": code,
                    "conditions": [{"code": "reporting.office_visits", "version": 1}],
                    "key_version": version,
                },
            )
        ],
    )
    return code, document_id


def test_a_printed_code_is_found_and_confirmed(store: CaseStore) -> None:
    code, document_id = _issue(store)
    key, _ = store.verification_key()
    typed = code.lower().replace("-", " ")
    normalised = normalise_code(typed)
    assert normalised == code
    found = check_documents(store.documents_with_code(normalised), typed, key)
    assert found is not None
    assert facts_of_document(found).sheet_id == document_id


def test_wrong_or_forged_codes_are_not_confirmed(store: CaseStore) -> None:
    code, _ = _issue(store)

    other = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert store.documents_with_code(other) == []
    candidates = store.documents_with_code(code)
    assert check_documents(candidates, code, b"another agency key" * 2) is None


def test_the_key_is_stable_and_private_to_the_profile(store: CaseStore) -> None:
    first = store.verification_key()
    assert store.verification_key() == first
    assert len(first[0]) == 32
