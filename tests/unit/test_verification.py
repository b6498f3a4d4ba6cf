"""Verification codes and QR payloads for printed sheets."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given
from hypothesis import strategies as st

from tokyo_desk.sheets.verification import (
    SheetFacts,
    code_matches,
    normalise_code,
    parse_qr,
    qr_payload,
    verification_code,
)

KEY = b"k" * 32
FACTS = SheetFacts(
    sheet_id="01a20b6c-5f00-7000-8000-000000012345",
    case_id="01a20b6c-5f00-7000-8000-00000000c0de",
    measure_id="01a20b6c-5f00-7000-8000-00000000beef",
    language="ar",
    catalogue_version="2026.1",
    conditions=(("reporting.office_visits", 1), ("curfew.night_hours", 1)),
    officer_id="01a20b6c-5f00-7000-8000-0000000000af",
    issued_on="2026-11-09",
)


def test_code_shape_and_stability() -> None:
    code = verification_code(FACTS, KEY)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", code)
    assert verification_code(FACTS, KEY) == code
    reordered = dataclasses.replace(FACTS, conditions=tuple(reversed(FACTS.conditions)))
    assert verification_code(reordered, KEY) == code  # condition order does not matter


def test_every_fact_and_the_key_change_the_code() -> None:
    code = verification_code(FACTS, KEY)
    for field in dataclasses.fields(SheetFacts):
        value = getattr(FACTS, field.name)
        changed = (("other.code", 2),) if field.name == "conditions" else value + "x"
        assert verification_code(dataclasses.replace(FACTS, **{field.name: changed}), KEY) != code
    assert verification_code(FACTS, b"other key" * 4) != code


def test_typed_codes_are_forgiving_but_exact() -> None:
    code = verification_code(FACTS, KEY)
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert code_matches(FACTS, KEY, typed)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert not code_matches(FACTS, KEY, wrong)
    assert not code_matches(FACTS, KEY, "")
    assert normalise_code("not a code at all") is None


def test_qr_holds_no_personal_data_and_parses_back() -> None:
    code = verification_code(FACTS, KEY)
    payload = qr_payload(FACTS, code, key_version=3)
    assert FACTS.case_id not in payload
    assert FACTS.officer_id not in payload
    assert len(payload) < 90  # a small QR prints crisply in the footer
    parsed = parse_qr(payload)
    assert parsed is not None
    assert parsed[0] == 3
    assert parsed[1] == FACTS.sheet_id
    assert parsed[3] == code


@given(st.text(max_size=120))
def test_parsing_arbitrary_input_never_fails(text: str) -> None:
    parse_qr(text)
    normalise_code(text)
