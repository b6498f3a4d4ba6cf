"""Domain messages: an English sentence that remembers its template and values."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from typing import Any

import pytest

from tokyo_desk.domain.messages import Message, Verbatim, nested
from tokyo_desk.errors import ValidationError

START = Message("the start date")


def test_a_message_is_its_english_text() -> None:
    message = Message("{field} cannot be in the future", field=START)
    assert message == "the start date cannot be in the future"
    assert isinstance(message, str)
    assert message.template == "{field} cannot be in the future"
    assert dict(message.values) == {"field": START}
    assert message.values["field"].template == "the start date"
    assert "cannot be in the future" in message  # what tests and logs did with plain strings


def test_a_message_without_placeholders_is_its_template() -> None:
    message = Message("the modification changes nothing")
    assert message == message.template == "the modification changes nothing"
    assert dict(message.values) == {}


def test_numbers_dates_and_verbatim_values_read_in_english() -> None:
    message = Message(
        "{count} on {day} under {code}",
        count=12,
        day=dt.date(2027, 3, 4),
        code=Verbatim("reporting.office_visits"),
    )
    assert message == "12 on 2027-03-04 under reporting.office_visits"


def test_a_refusal_keeps_its_messages() -> None:
    problem = Message("{count} condition(s) in force were not explained (rule 12.3)", count=2)
    error = ValidationError([problem, "plain English from the catalogue"])
    assert error.problems[0] is problem
    assert str(error) == (
        "2 condition(s) in force were not explained (rule 12.3); plain English from the catalogue"
    )


def test_a_message_is_immutable() -> None:
    message = Message("{limit} days", limit=5)
    with pytest.raises(AttributeError):
        message.template = "{limit} weeks"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del message.template
    with pytest.raises(TypeError):
        message.values["limit"] = 6  # type: ignore[index]
    assert message == "5 days"


@pytest.mark.parametrize(
    "value",
    [
        "Grace Banda",  # free text: a name, a note, anything typed
        True,  # a bool is an int to Python, but never a count
        1.5,
        dt.datetime(2027, 3, 4, 10, 0, tzinfo=dt.UTC),
        None,
        ["a"],
    ],
)
def test_only_numbers_dates_messages_and_verbatim_are_values(value: Any) -> None:
    with pytest.raises(TypeError, match="must be a number, a date, a Message or Verbatim"):
        Message("{field} is wrong", field=value)


@pytest.mark.parametrize(
    ("template", "values"),
    [
        ("{field} is wrong", {}),  # a placeholder left empty
        ("nothing to fill", {"field": 1}),  # a value with nowhere to go
        ("{field} and {other}", {"field": 1}),
    ],
)
def test_values_must_match_the_placeholders(template: str, values: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="do not match the placeholders"):
        Message(template, **values)


@pytest.mark.parametrize(
    "template", ["{0} days", "{} days", "{limit:>4} days", "{limit!r}", "{a.b}"]
)
def test_placeholders_are_plain_names(template: str) -> None:
    """A translator only has to keep ``{name}``: no positions, formats or attributes."""
    with pytest.raises(ValueError, match="plain"):
        Message(template, limit=1)


def test_pickling_and_copying_keep_the_template_and_values() -> None:
    message = Message("{later} cannot be before {earlier}", later=Message("the end date"),
                      earlier=START)  # fmt: skip
    for clone in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert isinstance(clone, Message)
        assert clone == message
        assert clone.template == message.template
        assert dict(clone.values) == dict(message.values)
        assert isinstance(clone.values["later"], Message)


def test_repr_shows_the_template_and_values() -> None:
    message = Message("{limit} days", limit=5)
    assert repr(message) == "Message('{limit} days', limit=5)"


def test_nested_keeps_a_message_and_wraps_plain_text_as_verbatim() -> None:
    assert nested(START) is START
    wrapped = nested("Total hours must be at least 10")
    assert isinstance(wrapped, Verbatim)
    assert wrapped == "Total hours must be at least 10"
    message = Message("after this correction: {problem}", problem=wrapped)
    assert message == "after this correction: Total hours must be at least 10"
