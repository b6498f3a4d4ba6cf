"""Small helpers shared by the record dialogs: dates in and out of Qt's editors, store
messages as sentences, language names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

# Qt names a language by its default country ("español de España"); these read better.
NATIVE_NAMES = {"es": "español", "pt": "português", "zh": "中文"}


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, day: dt.date, *, latest: dt.date | None = None) -> None:
    """Show ``day``; with ``latest``, later days cannot be chosen (no future facts)."""
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(day))


def read_date(edit: QDateEdit) -> dt.date:
    return to_date(edit.date())


def set_datetime(edit: QDateTimeEdit, when: dt.datetime) -> None:
    """Show ``when`` (time-zone aware) in this computer's local time, to the minute."""
    local = when.astimezone()
    edit.setDateTime(QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute)))


def read_datetime(edit: QDateTimeEdit) -> dt.datetime:
    """The local date and time shown, as a time-zone aware datetime."""
    value = edit.dateTime()
    day, time = value.date(), value.time()
    naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return naive.astimezone()  # a naive datetime is read as local time


def sentence(problem: str) -> str:
    """A store message ('the review date cannot be …') as a sentence."""
    text = problem.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def language_name(code: str) -> str:
    """A language's English name and its own name, or just the code when Qt does not know it."""
    locale = QLocale(code.split("-", 1)[0])
    if locale.language() == QLocale.Language.C:
        return code
    name = QLocale.languageToString(locale.language())
    native = NATIVE_NAMES.get(code, locale.nativeLanguageName())
    if not native or name.casefold() in native.casefold().split():  # "American English"
        return name
    return f"{name} — {native}"
