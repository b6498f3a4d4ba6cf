"""What a sheet is made from: plain data, already in the person's language where it matters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Paper = Literal["a4", "letter"]


@dataclass(frozen=True)
class SheetCondition:
    """One imposed condition as issued: its frozen text in the person's language."""

    code: str  # catalogue code, or "bespoke"
    version: int
    category: str
    prohibition: bool
    text: str
    purpose: str


@dataclass(frozen=True)
class SheetInterpreter:
    name: str
    accreditation: str
    mode: Literal["in_person", "telephone", "video", "sign_language"]


@dataclass(frozen=True)
class SheetRequest:
    """Everything one explanation sheet prints (and nothing more: rule 3.11)."""

    sheet_id: str
    case_id: str
    case_number: str
    measure_id: str
    person_name: str
    measure_title: str
    authority: str
    decision_reference: str
    decision_date: dt.date
    start_date: dt.date
    end_date: dt.date | None
    conditions: tuple[SheetCondition, ...]
    jurisdiction: str
    officer_id: str
    officer_name: str
    office_name: str
    office_phone: str
    office_hours: str
    next_appointment: dt.datetime | None
    next_appointment_place: str
    language: str
    official_language: str
    easy_read: bool
    paper: Paper
    issued_on: dt.date
    catalogue_version: str
    interpreter: SheetInterpreter | None = None
    large_print: bool = False
