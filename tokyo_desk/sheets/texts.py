"""Condition and rights text in the person's language, with values written the local way."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate
from tokyo_desk.domain.parameters import ParameterKind
from tokyo_desk.sheets.packs import LanguagePack

# Between digit groups an ordinary space would let the bidi algorithm reorder the groups of a
# phone number in right-to-left text ("4567 123 70 +93"); a no-break space (bidi class CS)
# keeps the number one left-to-right run, and one unbreakable word.


def format_date(pack: LanguagePack, day: dt.date) -> str:
    """A date in the pack's own order and month names."""
    return pack.get(
        "values.format.date",
        day=str(day.day),
        month=pack.get(f"values.month.{day.month}"),
        year=str(day.year),
    )


def format_list(pack: LanguagePack, items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    separator = pack.get("values.format.list_separator")
    return pack.get("values.format.list_and", items=separator.join(items[:-1]), last=items[-1])


def localized_value(
    pack: LanguagePack, template: ConditionTemplate, name: str, kind: ParameterKind, value: Any
) -> str:
    """How one parameter value reads in the pack's language."""
    if kind is ParameterKind.FREQUENCY:
        return pack.get(f"values.frequency.{value}")
    if kind is ParameterKind.WEEKDAYS:
        return format_list(pack, [pack.get(f"values.weekday.{day}") for day in value])
    if kind is ParameterKind.DATE:
        return format_date(pack, dt.date.fromisoformat(value))
    if kind is ParameterKind.CHOICE:
        return pack.get(f"choices.{template.code}.{name}.{value}")
    if kind is ParameterKind.MONEY:
        currency, amount = str(value).split(" ", 1)
        return f"{Decimal(amount):,.2f}\u00a0{currency}"
    return str(value)


def condition_text(
    pack: LanguagePack, template: ConditionTemplate, values: dict[str, Any], *, easy_read: bool
) -> str:
    """The condition in the pack's language, register and value formats."""
    register = "easy_read" if easy_read else "text"
    source = pack.get(f"conditions.{template.code}.{register}")
    filled = {
        spec.name: localized_value(pack, template, spec.name, spec.kind, values[spec.name])
        if values.get(spec.name) not in (None, "")
        else "…"
        for spec in template.parameters
    }
    return source.format_map(filled)


def rights_texts(
    pack: LanguagePack, catalogue: Catalogue, jurisdiction: str, *, easy_read: bool
) -> list[tuple[str, str]]:
    """(title, text) of every right, with the jurisdiction's bodies and limits filled in."""
    notice = catalogue.jurisdiction(jurisdiction)
    values = {
        key: pack.get(f"jurisdiction_values.{notice.code}.{key}")
        if pack.has(f"jurisdiction_values.{notice.code}.{key}")
        else value
        for key, value in notice.values.items()
    }
    register = "easy_read" if easy_read else "text"
    found = []
    for item in notice.rights:
        if pack.code == "en":
            text = notice.render(item, easy_read=easy_read)  # the jurisdiction's own English
        else:
            text = pack.get(f"rights.{item.code}.{register}").format_map(values)
        found.append((pack.get(f"rights.{item.code}.title"), text))
    return found
