"""Messages for the officer as values: an English template with named placeholders, and the
values that fill it.

A ``Message`` is a ``str`` whose text is the English sentence, so the command line, logs and
every comparison with a plain string keep working; the GUI reads ``template`` and ``values``
to show the same sentence in the window's language.  The domain stays free of Qt: it only
says *which* sentence, the GUI translates it.

Values are numbers, dates, nested messages (a field's name: "the start date") and
``Verbatim`` identifiers.  A plain ``str`` is refused as a value, because free text in a
message would sooner or later be record content (a name, a note) in a log or on screen.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Self


class Verbatim(str):
    """Text shown as it is in every language: a field path, a catalogue code, a schema's
    own wording, or English that has no translation yet.  Only text the program or its
    catalogue wrote, never what an officer typed."""

    __slots__ = ()


type Value = Message | Verbatim | int | dt.date


def _placeholders(template: str) -> list[str]:
    """The names of ``template``'s placeholders; ValueError for anything but ``{name}``."""
    names = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        # Translators get plain {name}: no positions, attributes, indexes or formats to keep.
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"a message placeholder must be a plain {{name}}: {template!r}")
        names.append(name)
    return names


def _english(value: Value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _check_value(name: str, value: object) -> None:
    allowed = isinstance(value, Message | Verbatim | dt.date) or (
        isinstance(value, int) and not isinstance(value, bool)
    )
    if not allowed or isinstance(value, dt.datetime):
        raise TypeError(
            f"message value {name!r} must be a number, a date, a Message or Verbatim, "
            f"not {type(value).__name__}"
        )


class Message(str):
    """An English sentence that remembers its template and values (see the module)."""

    template: str
    values: Mapping[str, Value]

    def __new__(cls, template: str, /, **values: Value) -> Self:
        """``Message("{field} cannot be in the future", field=Message("the start date"))``."""
        names = _placeholders(template)
        if set(names) != set(values):
            raise ValueError(
                f"message values {sorted(values)} do not match the placeholders {sorted(names)}"
            )
        for name, value in values.items():
            _check_value(name, value)
        text = template.format_map({name: _english(value) for name, value in values.items()})
        message = super().__new__(cls, text)
        # str subclasses cannot have slots; the attributes are set once, here, and frozen.
        object.__setattr__(message, "template", template)
        object.__setattr__(message, "values", MappingProxyType(dict(values)))
        return message

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Message is immutable: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Message is immutable: cannot delete {name}")

    def __repr__(self) -> str:
        shown = "".join(f", {name}={value!r}" for name, value in self.values.items())
        return f"Message({self.template!r}{shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        # The default for a str subclass would rebuild from the English text alone.
        return (_rebuild, (self.template, dict(self.values)))


def _rebuild(template: str, values: dict[str, Value]) -> Message:
    return Message(template, **values)


def nested(text: str) -> Message | Verbatim:
    """``text`` as a value inside another message: a Message as it is, a plain string (an
    English sentence from the catalogue that has no template yet) verbatim."""
    return text if isinstance(text, Message | Verbatim) else Verbatim(text)
