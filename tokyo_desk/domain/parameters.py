"""Typed condition parameters: what an officer may enter, and how a value reads in a sentence."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any


class ParameterKind(StrEnum):
    """The kinds of value a condition template can ask for."""

    TEXT = "text"
    PLACE = "place"
    PERSON = "person"
    DATE = "date"
    TIME = "time"
    COUNT = "count"
    HOURS = "hours"
    DAYS = "days"
    MONEY = "money"
    FREQUENCY = "frequency"
    WEEKDAYS = "weekdays"
    PHONE = "phone"
    CHOICE = "choice"


FREQUENCIES = {
    "daily": "every day",
    "twice_weekly": "twice a week",
    "weekly": "once a week",
    "fortnightly": "once every two weeks",
    "monthly": "once a month",
}
WEEKDAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
MAX_TEXT_LENGTH = 200
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_MONEY = re.compile(r"[A-Z]{3} \d{1,12}(\.\d{1,2})?")
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{4,22}[0-9]")
_NUMERIC = {ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS}


def check_value(
    kind: ParameterKind,
    value: Any,
    *,
    label: str,
    minimum: int | None = None,
    maximum: int | None = None,
    choices: tuple[str, ...] = (),
) -> str | None:
    """Return a problem description if ``value`` is not a valid ``kind``, else None."""
    if kind in _NUMERIC:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{label} must be a whole number"
        if minimum is not None and value < minimum:
            return f"{label} must be at least {minimum}"
        if maximum is not None and value > maximum:
            return f"{label} must be at most {maximum}"
        return None
    if kind is ParameterKind.WEEKDAYS:
        if not isinstance(value, list) or not value:
            return f"{label} must list at least one day of the week"
        if any(day not in WEEKDAYS for day in value) or len(set(value)) != len(value):
            return f"{label} must be distinct days among {', '.join(WEEKDAYS)}"
        return None
    if not isinstance(value, str) or not value.strip():
        return f"{label} is required"
    if len(value) > MAX_TEXT_LENGTH:
        return f"{label} must be at most {MAX_TEXT_LENGTH} characters"
    if kind is ParameterKind.DATE:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"{label} must be a date (YYYY-MM-DD)"
    elif kind is ParameterKind.TIME and not _TIME.fullmatch(value):
        return f"{label} must be a time of day (HH:MM, 24-hour)"
    elif kind is ParameterKind.MONEY:
        if not _MONEY.fullmatch(value):
            return f"{label} must be a currency code and an amount, like 'KES 1500.00'"
        try:
            if Decimal(value.split(" ", 1)[1]) <= 0:
                return f"{label} must be more than zero"
        except InvalidOperation:  # pragma: no cover - the pattern already guarantees digits
            return f"{label} must be an amount"
    elif kind is ParameterKind.FREQUENCY and value not in FREQUENCIES:
        return f"{label} must be one of: {', '.join(FREQUENCIES)}"
    elif kind is ParameterKind.PHONE and not _PHONE.fullmatch(value):
        return f"{label} must be a phone number (digits, spaces, + ( ) -)"
    elif kind is ParameterKind.CHOICE and value not in choices:
        return f"{label} must be one of: {', '.join(choices)}"
    return None


def render_value(kind: ParameterKind, value: Any) -> str:
    """How a valid value reads inside an English sentence."""
    if kind is ParameterKind.FREQUENCY:
        return FREQUENCIES[value]
    if kind is ParameterKind.WEEKDAYS:
        names = [WEEKDAYS[day] for day in value]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if kind is ParameterKind.DATE:
        return dt.date.fromisoformat(value).strftime("%d %B %Y").lstrip("0")
    if kind is ParameterKind.MONEY:
        currency, amount = value.split(" ", 1)
        return f"{Decimal(amount):,.2f} {currency}"
    return str(value)
