"""An explanation sheet built from a real case in an encrypted store, printed, recorded and
its verification code confirmed against the stored ``document.issued`` event (rule 12.3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import pytest

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.errors import NotFound, UserError
from tokyo_desk.sheets.from_case import (
    BESPOKE,
    OfficerDetails,
    SheetNotPossible,
    document_payload,
    issued_on_for,
    request_facts,
    sheet_request,
)
from tokyo_desk.sheets.model import SheetRequest
from tokyo_desk.sheets.packs import LanguagePack, load_pack
from tokyo_desk.sheets.render import render_sheet
from tokyo_desk.sheets.texts import condition_text
from tokyo_desk.sheets.verification import check_documents, facts_of_document, normalise_code
from tokyo_desk.store.case_store import CaseStore

ISSUED_AT = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)  # the ``now`` fixture's morning
ISSUED_ON = ISSUED_AT.date()
NAIROBI = dt.timezone(dt.timedelta(hours=3))
OFFICE = "North Probation Office, 12 Market Street"
VICTIM = "Mr Ahmad Rahimi"
HOME = "House 14, Street 3, Riverside"
BESPOKE_EN = "You must attend the family mediation meeting on 3 December."
BESPOKE_FR = "Vous devez assister à la réunion de médiation familiale du 3 décembre."
CATALOGUE_CONDITIONS: dict[str, dict[str, Any]] = {
    "reporting.office_visits": {
        "office": OFFICE,
        "frequency": "weekly",
        "report_days": ["tue"],
        "report_time": "10:30",
    },
    "curfew.night_hours": {"address": HOME, "start_time": "21:00", "end_time": "06:00"},
    "contact.no_contact_person": {"person": VICTIM},  # a prohibition
}
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class Story:
    case_id: str
    measure_id: str
    condition_ids: dict[str, str]  # template code (or "bespoke") -> condition id


@pytest.fixture(scope="module")
def packs(catalogue: Catalogue) -> dict[str, LanguagePack]:
    return {code: load_pack(code, catalogue) for code in ("en", "fr", "ar")}


def _open_case(store: CaseStore) -> str:
    person = b.person(languages_spoken=["fr", "ar", "en"], preferred_language="fr")
    case_id, _ = store.open_case(person, office="North", opened_on=b.OPENED_ON)
    return case_id


def _impose(store: CaseStore, case_id: str, *, conditions: bool = True) -> Story:
    measure = b.measure_imposed()
    changes: list[tuple[str, dict[str, Any]]] = [("measure.imposed", measure)]
    ids: dict[str, str] = {}
    if conditions:
        for code, values in CATALOGUE_CONDITIONS.items():
            template = store.catalogue.condition(code)
            assert template is not None
            spec = b.condition_spec(template, parameters=values)
            ids[code] = spec["condition_id"]
            changes.append(("condition.imposed", b.condition_imposed(measure["measure_id"], spec)))
        bespoke = b.bespoke_condition_spec(
            bespoke_text=BESPOKE_EN, issued_text={"en": BESPOKE_EN, "fr": BESPOKE_FR}
        )
        ids[BESPOKE] = bespoke["condition_id"]
        changes.append(("condition.imposed", b.condition_imposed(measure["measure_id"], bespoke)))
    store.record(case_id, changes)
    return Story(case_id, measure["measure_id"], ids)


@pytest.fixture
def story(store: CaseStore) -> Story:
    return _impose(store, _open_case(store))


def _officer(store: CaseStore) -> OfficerDetails:
    return OfficerDetails(
        officer_id=store.officer_id,
        name="Officer Test",
        office_name="North Probation Office",
        office_phone="+254 700 000000",
        office_hours="08:00-16:00",
    )


def _request(
    store: CaseStore,
    story: Story,
    packs: dict[str, LanguagePack],
    language: str = "fr",
    *,
    easy_read: bool = False,
    sheet_id: str | None = None,
    measure_id: str | None = None,
) -> SheetRequest:
    return sheet_request(
        store.case(story.case_id),
        measure_id or story.measure_id,
        packs[language],
        packs["en"],
        store.catalogue,
        officer=_officer(store),
        issued_on=ISSUED_ON,
        easy_read=easy_read,
        paper="a4",
        sheet_id=sheet_id or uuid7(),
        next_appointment=dt.datetime(2026, 11, 24, 10, 30),
        next_appointment_place=OFFICE,
    )


# --- what the request holds ----------------------------------------------------------------


def test_the_request_holds_the_measure_and_its_conditions_in_force(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    request = _request(store, story, packs)
    state = store.case(story.case_id)
    assert state.opened is not None

    assert request.case_id == story.case_id
    assert request.case_number == state.opened.case_number
    assert request.jurisdiction == state.opened.jurisdiction
    assert request.person_name == "Grace Banda"
    assert request.measure_title == packs["fr"].get("measure_types.sentencing.probation")
    assert request.authority == "North District Court"
    assert request.decision_reference == "NDC/2026/1234"
    assert (request.decision_date, request.start_date, request.end_date) == (
        b.DECISION_DATE,
        b.START_DATE,
        b.END_DATE,
    )
    assert (request.language, request.official_language) == ("fr", "en")
    assert request.officer_id == store.officer_id
    assert request.catalogue_version == store.catalogue.version

    codes = [item.code for item in request.conditions]
    assert codes == [*CATALOGUE_CONDITIONS, BESPOKE]
    by_code = {item.code: item for item in request.conditions}
    assert [code for code, item in by_code.items() if item.prohibition] == [
        "contact.no_contact_person"
    ]
    assert by_code["curfew.night_hours"].category == "curfew"
    assert by_code[BESPOKE].category == "conduct"
    assert by_code[BESPOKE].version == 1
    assert by_code["reporting.office_visits"].purpose == packs["fr"].get(
        "conditions.reporting.office_visits.purpose"
    )


def test_a_condition_removed_by_the_authority_leaves_the_sheet(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    removed = story.condition_ids["curfew.night_hours"]
    store.record(
        story.case_id,
        [("modification.recorded", b.modification(story.measure_id, remove=[removed]))],
    )
    request = _request(store, story, packs)
    assert [item.code for item in request.conditions] == [
        "reporting.office_visits",
        "contact.no_contact_person",
        BESPOKE,
    ]
    assert all(HOME not in item.text for item in request.conditions)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_texts_are_in_the_pack_language_and_register(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack], language: str
) -> None:
    pack = packs[language]
    standard = _request(store, story, packs, language)
    easy = _request(store, story, packs, language, easy_read=True)
    english = _request(store, story, packs, "en")
    assert standard.measure_title != english.measure_title

    for plain, simple, source in zip(
        standard.conditions, easy.conditions, english.conditions, strict=True
    ):
        if plain.code == BESPOKE:
            continue
        template = store.catalogue.condition(plain.code)
        assert template is not None
        values = CATALOGUE_CONDITIONS[plain.code]
        assert plain.text == condition_text(pack, template, values, easy_read=False)
        assert simple.text == condition_text(pack, template, values, easy_read=True)
        assert plain.text != simple.text  # the register changes the words
        assert plain.text != source.text  # and the language does too
        assert "…" not in plain.text  # every stored parameter was filled in
        if language == "ar":
            assert ARABIC_LETTER.search(plain.text)
            assert ARABIC_LETTER.search(simple.text)
    texts = {item.code: item.text for item in standard.conditions}
    assert OFFICE in texts["reporting.office_visits"]  # names and addresses stay as written
    assert VICTIM in texts["contact.no_contact_person"]


def test_bespoke_text_is_printed_verbatim(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    def bespoke(language: str, *, easy_read: bool = False) -> str:
        request = _request(store, story, packs, language, easy_read=easy_read)
        return next(item.text for item in request.conditions if item.code == BESPOKE)

    assert bespoke("fr") == BESPOKE_FR  # the text issued in the person's language
    assert bespoke("fr", easy_read=True) == BESPOKE_FR  # no Easy Read rewrite of a court order
    assert bespoke("en") == BESPOKE_EN
    assert bespoke("ar") == BESPOKE_EN  # not issued in Arabic: the official language's text


# --- printing, recording and verifying -------------------------------------------------------


@pytest.mark.parametrize(("language", "easy_read"), [("fr", False), ("ar", True)])
def test_the_printed_code_is_confirmed_by_the_stored_record(
    store: CaseStore,
    story: Story,
    packs: dict[str, LanguagePack],
    language: str,
    easy_read: bool,
) -> None:
    key, key_version = store.verification_key()
    sheet_id = uuid7()
    request = _request(store, story, packs, language, easy_read=easy_read, sheet_id=sheet_id)
    rendered = render_sheet(
        request, packs[language], packs["en"], store.catalogue, key=key, key_version=key_version
    )
    payload = document_payload(
        request, rendered, document_id=sheet_id, issued_at=ISSUED_AT, key_version=key_version
    )
    assert payload["content_sha256"] == hashlib.sha256(rendered.pdf).hexdigest()
    assert payload["languages"] == [language, "en"]
    assert payload["reading_level"] == ("easy_read" if easy_read else "standard")
    assert payload["conditions"] == [
        {"code": item.code, "version": item.version} for item in request.conditions
    ]
    store.record(story.case_id, [("document.issued", payload)])
    assert sheet_id in store.case(story.case_id).documents

    code = rendered.verification_code
    typed = code.lower().replace("-", " ")  # as an officer might type it
    normalised = normalise_code(typed)
    assert normalised == code
    candidates = store.documents_with_code(normalised)
    found = check_documents(candidates, typed, key)
    assert found is not None
    assert facts_of_document(found) == request_facts(request)
    assert facts_of_document(found).sheet_id == sheet_id

    # A tampered code is not confirmed, nor the code of the same sheet in another language.
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert store.documents_with_code(tampered) == []
    assert check_documents(candidates, tampered, key) is None
    other = "ar" if language == "fr" else "fr"
    translated = dataclasses.replace(request, language=other)
    elsewhere = render_sheet(
        translated, packs[other], packs["en"], store.catalogue, key=key, key_version=key_version
    )
    assert elsewhere.verification_code != code
    assert check_documents(candidates, elsewhere.verification_code, key) is None
    assert check_documents(candidates, code, b"another agency key" * 2) is None


def test_a_payload_that_could_not_verify_is_refused(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    key, key_version = store.verification_key()
    request = _request(store, story, packs)
    rendered = render_sheet(
        request, packs["fr"], packs["en"], store.catalogue, key=key, key_version=key_version
    )
    with pytest.raises(ValueError, match="sheet id"):
        document_payload(
            request, rendered, document_id=uuid7(), issued_at=ISSUED_AT, key_version=key_version
        )
    with pytest.raises(ValueError, match="UTC date"):
        document_payload(
            request,
            rendered,
            document_id=request.sheet_id,
            issued_at=ISSUED_AT + dt.timedelta(days=1),
            key_version=key_version,
        )
    with pytest.raises(ValueError, match="does not match"):
        document_payload(
            request,
            rendered,
            document_id=request.sheet_id,
            issued_at=ISSUED_AT,
            key_version=key_version + 1,
        )
    # 01:30 in Nairobi is still the previous day in UTC, the date the stored event yields.
    late = dt.datetime(2026, 11, 21, 1, 30, tzinfo=NAIROBI)
    assert issued_on_for(late) == ISSUED_ON
    document_payload(
        request, rendered, document_id=request.sheet_id, issued_at=late, key_version=key_version
    )
    with pytest.raises(ValueError, match="time zone"):
        issued_on_for(dt.datetime(2026, 11, 20, 9, 0))
    in_arabic = render_sheet(
        request, packs["ar"], packs["en"], store.catalogue, key=key, key_version=key_version
    )
    with pytest.raises(ValueError, match="does not match"):
        document_payload(
            request,
            in_arabic,
            document_id=request.sheet_id,
            issued_at=ISSUED_AT,
            key_version=key_version,
        )


# --- measures that have no sheet -------------------------------------------------------------


def test_an_unknown_measure_is_not_found(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    with pytest.raises(NotFound, match="does not exist"):
        _request(store, story, packs, measure_id=uuid7())


def test_an_ended_measure_has_no_sheet(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    store.record(story.case_id, [("measure.terminated", b.termination(story.measure_id))])
    with pytest.raises(SheetNotPossible, match="ended") as caught:
        _request(store, story, packs)
    assert isinstance(caught.value, UserError)


def test_a_measure_without_conditions_has_no_sheet(
    store: CaseStore, packs: dict[str, LanguagePack]
) -> None:
    bare = _impose(store, _open_case(store), conditions=False)
    with pytest.raises(SheetNotPossible, match="no conditions"):
        _request(store, bare, packs)


def test_a_measure_whose_conditions_were_all_removed_has_no_sheet(
    store: CaseStore, story: Story, packs: dict[str, LanguagePack]
) -> None:
    change = b.modification(story.measure_id, remove=list(story.condition_ids.values()))
    store.record(story.case_id, [("modification.recorded", change)])
    with pytest.raises(SheetNotPossible, match="no conditions"):
        _request(store, story, packs)
