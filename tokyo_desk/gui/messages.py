"""The domain's refusals and warnings in the window's language.

The domain hands over ``Message`` values (an English template and its values); here the
template is looked up in the Qt translations (context ``DomainMessage``, listed for lupdate
in ``domain_templates.py``) and filled with the values, nested messages translated the same
way.  Anything else (plain English from the catalogue) is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication

from tokyo_desk.domain.messages import Message, Value

CONTEXT = "DomainMessage"

log = logging.getLogger(__name__)


def translated(message: str) -> str:
    """``message`` in the window's language; English when it is a plain string or when its
    translation does not fit its values."""
    if not isinstance(message, Message):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template)
    values = {name: _shown(value) for name, value in message.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or renamed a placeholder must not hide the refusal itself.
        # The template is program text; the values are not logged.
        log.warning("the translation of a domain message does not fit: %r", message.template)
        return str(message)


def _shown(value: Value) -> str:
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, dt.date):
        # The way every date field of the window shows a date (yyyy-MM-dd), whatever the
        # language, so the officer can match it with what they typed.
        return value.isoformat()
    # Numbers in Western digits, like the rule numbers in the sentences; identifiers as they are.
    return str(value)
