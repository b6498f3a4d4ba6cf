"""Verification codes for printed sheets: prove a sheet came from our records, leak nothing.

The code is an HMAC-SHA256, under an agency key, of the canonical JSON of the facts that
identify the sheet (sheet id, case id, measure id, language, catalogue version, condition
codes and versions, officer id, date), cut to 60 bits and shown as 12 Crockford base-32
characters ``XXXX-XXXX-XXXX``.  The QR code holds only a format and key version, the sheet
id, a short hash of the facts and the code: no name, no date of birth, no case content, so a
lost sheet leaks no more than its id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from dataclasses import asdict, dataclass

from tokyo_desk.domain.events import DocumentIssued, Event

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_FORMAT = "TD1"
_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{12}$")


@dataclass(frozen=True)
class SheetFacts:
    """What a verification code vouches for."""

    sheet_id: str
    case_id: str
    measure_id: str
    language: str
    catalogue_version: str
    conditions: tuple[tuple[str, int], ...]  # (template code or "bespoke", version)
    officer_id: str
    issued_on: str  # ISO date

    def canonical(self) -> bytes:
        data = asdict(self)
        data["conditions"] = [list(item) for item in sorted(self.conditions)]
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def verification_code(facts: SheetFacts, key: bytes) -> str:
    """``XXXX-XXXX-XXXX`` for these facts under ``key``."""
    digest = hmac.new(key, facts.canonical(), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8]) >> 4  # 60 bits = 12 base-32 characters
    chars = "".join(CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(12)))
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def normalise_code(text: str) -> str | None:
    """The canonical form of a typed or scanned code (None if it cannot be one)."""
    cleaned = re.sub(r"[\s\-]", "", text.upper()).replace("O", "0").replace("I", "1")
    cleaned = cleaned.replace("L", "1")
    if not _CODE.fullmatch(cleaned):
        return None
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8:]}"


def code_matches(facts: SheetFacts, key: bytes, typed: str) -> bool:
    """True when ``typed`` is the code of ``facts`` (constant-time comparison)."""
    code = normalise_code(typed)
    return code is not None and hmac.compare_digest(code, verification_code(facts, key))


def qr_payload(facts: SheetFacts, code: str, key_version: int) -> str:
    """What the QR code holds: format, key version, sheet id, short fact hash, code."""
    short_hash = hashlib.sha256(facts.canonical()).hexdigest()[:8]
    return f"{QR_FORMAT}:{key_version}:{facts.sheet_id}:{short_hash}:{code}"


def parse_qr(payload: str) -> tuple[int, str, str, str] | None:
    """(key version, sheet id, short hash, code) from a scanned QR payload."""
    parts = payload.strip().split(":")
    if len(parts) != 5 or parts[0] != QR_FORMAT or not parts[1].isdigit():
        return None
    code = normalise_code(parts[4])
    if code is None or not re.fullmatch(r"[0-9a-f]{8}", parts[3]):
        return None
    return int(parts[1]), parts[2], parts[3], code


def facts_of_document(event: Event) -> SheetFacts:
    """The facts a stored ``document.issued`` event vouches for."""
    document = event.payload
    if not isinstance(document, DocumentIssued):
        raise TypeError("not a document.issued event")
    return SheetFacts(
        sheet_id=document.document_id,
        case_id=event.case_id,
        measure_id=document.measure_id,
        language=document.languages[0],
        catalogue_version=document.catalogue_version,
        conditions=tuple((item.code, item.version) for item in document.conditions),
        officer_id=event.author,
        issued_on=document.issued_at.astimezone(dt.UTC).date().isoformat(),
    )


def check_documents(candidates: list[Event], typed: str, key: bytes) -> Event | None:
    """The stored document whose facts produce the typed code under ``key``, if any."""
    for event in candidates:
        if code_matches(facts_of_document(event), key, typed):
            return event
    return None
