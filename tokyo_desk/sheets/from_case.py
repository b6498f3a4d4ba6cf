"""An explanation sheet (rule 12.3) built from a real case, and the record of printing it.

``sheet_request`` turns the current state of a case into the plain ``SheetRequest`` that
``render.render_sheet`` prints: the measure's conditions in force, each in the person's
language and register.  ``document_payload`` is the ``document.issued`` event that records the
printed sheet, carrying exactly the facts its verification code vouches for, so that
``verification.check_documents`` can later confirm a typed or scanned code.

No store, no Qt: this works on a ``CaseState`` and plain values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from tokyo_desk.domain.catalogue import Catalogue, ConditionCategory
from tokyo_desk.domain.events import Interpreter, parse_payload
from tokyo_desk.domain.state import CaseState, ConditionState, MeasureState
from tokyo_desk.errors import NotFound, UserError
from tokyo_desk.sheets.model import Paper, SheetCondition, SheetInterpreter, SheetRequest
from tokyo_desk.sheets.packs import LanguagePack
from tokyo_desk.sheets.texts import condition_text
from tokyo_desk.sheets.verification import SheetFacts, qr_payload

if TYPE_CHECKING:  # rendering imports ReportLab (~200 ms): not needed to build a request
    from tokyo_desk.sheets.render import RenderedSheet

BESPOKE = "bespoke"  # the code a condition outside the catalogue carries on a sheet
BESPOKE_VERSION = 1
BESPOKE_CATEGORY = ConditionCategory.CONDUCT.value
SheetKind = Literal["explanation_sheet", "variation_sheet"]


class SheetNotPossible(UserError):
    """No explanation sheet can be printed for this measure (ended, no conditions, ...)."""

    code = "sheet_not_possible"


@dataclass(frozen=True)
class OfficerDetails:
    """Who explains the sheet and how the person reaches them (section 7)."""

    officer_id: str  # must be the author of the document.issued event (the store's officer)
    name: str
    office_name: str
    office_phone: str
    office_hours: str


def sheet_interpreter(interpreter: Interpreter) -> SheetInterpreter:
    """The interpreter of an explanation event, as the sheet prints them."""
    return SheetInterpreter(interpreter.name, interpreter.accreditation, interpreter.mode)


def sheet_request(
    state: CaseState,
    measure_id: str,
    pack: LanguagePack,
    official: LanguagePack,
    catalogue: Catalogue,
    *,
    officer: OfficerDetails,
    issued_on: dt.date,
    easy_read: bool,
    paper: Paper,
    sheet_id: str,
    large_print: bool = False,
    interpreter: SheetInterpreter | None = None,
    next_appointment: dt.datetime | None = None,
    next_appointment_place: str = "",
) -> SheetRequest:
    """The explanation sheet of ``measure_id``'s conditions in force, in ``pack``'s language.

    ``sheet_id`` becomes the ``document_id`` of the ``document.issued`` event, and
    ``issued_on`` must be the UTC date of its ``issued_at`` (``issued_on_for``): take both
    from the moment of printing, not of saving, or a session that crosses midnight UTC
    cannot be recorded.
    Raises ``NotFound`` for an unknown measure and ``SheetNotPossible`` for one that has
    ended, whose consent was refused, or that has no conditions in force.
    """
    opened = state.opened
    if opened is None:
        raise NotFound("The case has not been opened.")
    measure = state.measures.get(measure_id)
    if measure is None:
        raise NotFound("The measure does not exist in this case.")
    _check_printable(measure)
    conditions = tuple(
        _sheet_condition(item, pack, official, catalogue, easy_read=easy_read)
        for item in measure.active_conditions
    )
    imposed = measure.imposed
    return SheetRequest(
        sheet_id=sheet_id,
        case_id=state.case_id,
        case_number=opened.case_number,
        measure_id=measure.measure_id,
        person_name=state.display_name,
        measure_title=pack.get(f"measure_types.{measure.type_code}"),
        authority=imposed.authority,
        decision_reference=imposed.decision_reference,
        decision_date=imposed.decision_date,
        start_date=imposed.start_date,
        end_date=measure.end_date,  # the imposed end date, or the one a modification set
        conditions=conditions,
        jurisdiction=opened.jurisdiction,
        officer_id=officer.officer_id,
        officer_name=officer.name,
        office_name=officer.office_name,
        office_phone=officer.office_phone,
        office_hours=officer.office_hours,
        next_appointment=next_appointment,
        next_appointment_place=next_appointment_place,
        language=pack.code,
        official_language=official.code,
        easy_read=easy_read,
        paper=paper,
        issued_on=issued_on,
        catalogue_version=catalogue.version,
        interpreter=interpreter,
        large_print=large_print,
    )


def _check_printable(measure: MeasureState) -> None:
    if measure.ended:
        raise SheetNotPossible("The measure has ended: its conditions are no longer in force.")
    if measure.status == "consent_refused":
        raise SheetNotPossible("The person refused consent: the measure imposes no conditions.")
    if not measure.active_conditions:
        raise SheetNotPossible("The measure has no conditions in force to explain.")


def _sheet_condition(
    held: ConditionState,
    pack: LanguagePack,
    official: LanguagePack,
    catalogue: Catalogue,
    *,
    easy_read: bool,
) -> SheetCondition:
    if held.template_code is None:
        # Outside the catalogue: the text the authority ordered, word for word.  Nothing says
        # whether it forbids something, so it is listed under "what you must do".
        return SheetCondition(
            code=BESPOKE,
            version=BESPOKE_VERSION,
            category=BESPOKE_CATEGORY,
            prohibition=False,
            text=_issued_text(held, pack, official),
            purpose="",  # the necessity note is the officer's, in the officer's language
        )
    template = catalogue.condition(held.template_code, held.template_version)
    if template is None:
        raise SheetNotPossible(
            f"Condition {held.template_code} version {held.template_version} is not in this "
            "catalogue: update Tokyo Desk before printing the sheet."
        )
    latest = catalogue.condition(template.code)
    if latest is not None and latest.version != template.version:
        # Language packs translate the current template only; an older version keeps the
        # text it was issued with.
        text = _issued_text(held, pack, official)
    else:
        text = condition_text(pack, template, held.parameters, easy_read=easy_read)
    return SheetCondition(
        code=template.code,
        version=template.version,
        category=template.category.value,
        prohibition=template.prohibition,
        text=text,
        purpose=pack.get(f"conditions.{template.code}.purpose"),
    )


def _issued_text(held: ConditionState, pack: LanguagePack, official: LanguagePack) -> str:
    """The frozen text: the person's language, else the official one, else the bespoke text."""
    for language in (pack.code, official.code):
        if held.issued_text.get(language):
            return held.issued_text[language]
    if held.bespoke_text:
        return held.bespoke_text
    if held.issued_text:
        return next(iter(held.issued_text.values()))
    raise SheetNotPossible("A condition has no issued text to print.")


def issued_on_for(issued_at: dt.datetime) -> dt.date:
    """The ``issued_on`` date a sheet printed at ``issued_at`` must carry: its UTC date, the
    date ``verification.facts_of_document`` reads back from the stored event."""
    if issued_at.tzinfo is None:
        raise ValueError("issued_at must carry a time zone")
    return issued_at.astimezone(dt.UTC).date()


def request_facts(request: SheetRequest) -> SheetFacts:
    """What the verification code of ``request``'s sheet vouches for (as ``render_sheet``
    computes it when rendered with the pack of ``request.language``)."""
    return SheetFacts(
        sheet_id=request.sheet_id,
        case_id=request.case_id,
        measure_id=request.measure_id,
        language=request.language,
        catalogue_version=request.catalogue_version,
        conditions=tuple((item.code, item.version) for item in request.conditions),
        officer_id=request.officer_id,
        issued_on=request.issued_on.isoformat(),
    )


def document_payload(
    request: SheetRequest,
    rendered: RenderedSheet,
    *,
    document_id: str,
    issued_at: dt.datetime,
    key_version: int,
    copies: int = 1,
    reprint_of: str | None = None,
    rights_version: str | None = None,
    kind: SheetKind = "explanation_sheet",
) -> dict[str, Any]:
    """The ``document.issued`` payload recording ``rendered`` (the sheet of ``request``).

    Stored facts must reproduce the printed code (``verification.facts_of_document``):
    the document id is the sheet id, the first language is the sheet's, the conditions are
    the sheet's, and the UTC date of ``issued_at`` is ``request.issued_on``.  The event must
    be recorded by the officer named in the request (the event's author is the officer id
    the code was made with).  ``rights_version`` defaults to ``<jurisdiction>@<catalogue
    version>``; ``kind`` is ``variation_sheet`` for a sheet after a modification (12.4).
    A mismatch is a programming error (ValueError); a payload the event model
    refuses raises ``ValidationError``.
    """
    if document_id != request.sheet_id:
        raise ValueError("the document id must be the sheet id the code was made with")
    if issued_on_for(issued_at) != request.issued_on:
        raise ValueError("the UTC date of issued_at must be the sheet's issued_on date")
    facts = request_facts(request)
    if qr_payload(facts, rendered.verification_code, key_version) != rendered.qr_payload:
        raise ValueError(
            "the rendered sheet does not match this request (language, key version or facts)"
        )
    languages = [request.language]
    if request.official_language != request.language:
        languages.append(request.official_language)
    payload: dict[str, Any] = {
        "document_id": document_id,
        "kind": kind,
        "measure_id": request.measure_id,
        "issued_at": issued_at.isoformat(),
        "languages": languages,
        "reading_level": "easy_read" if request.easy_read else "standard",
        "catalogue_version": request.catalogue_version,
        "rights_version": rights_version or f"{request.jurisdiction}@{request.catalogue_version}",
        "content_sha256": hashlib.sha256(rendered.pdf).hexdigest(),
        "verification_code": rendered.verification_code,
        "copies": copies,
        "reprint_of": reprint_of,
        "conditions": [{"code": item.code, "version": item.version} for item in request.conditions],
        "key_version": key_version,
    }
    parse_payload("document.issued", payload)  # refuse here, not only when recording
    return payload


__all__ = [
    "BESPOKE",
    "OfficerDetails",
    "SheetNotPossible",
    "document_payload",
    "issued_on_for",
    "request_facts",
    "sheet_interpreter",
    "sheet_request",
]
