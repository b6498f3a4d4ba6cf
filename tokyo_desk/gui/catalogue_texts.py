"""Measure and condition titles in the window's language.

The catalogue holds English; the sheet language packs hold every title in 12 languages, so
the window shows those for its own language (falling back to English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tokyo_desk.domain.catalogue import Catalogue, ConditionTemplate
from tokyo_desk.sheets.packs import LanguagePack, available_languages, bundled_pack

LANGUAGE_PROPERTY = "tokyo_desk_language"


def window_language() -> str:
    """The language the window was started in (``application.install_translation``)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value else "en"


def _pack(language: str, catalogue: Catalogue) -> LanguagePack | None:
    return bundled_pack(language, catalogue) if language in available_languages() else None


def measure_title(catalogue: Catalogue, code: str) -> str:
    pack = _pack(window_language(), catalogue)
    if pack is not None and pack.has(f"measure_types.{code}"):
        return pack.get(f"measure_types.{code}")
    kind = catalogue.measure_types.get(code)
    return kind.title if kind is not None else code


def condition_title(catalogue: Catalogue, template: ConditionTemplate) -> str:
    """A catalogue condition's title in the window's language.  The packs translate the
    current version of each condition; an older version keeps its catalogue title."""
    pack = _pack(window_language(), catalogue)
    current = catalogue.condition(template.code)
    key = f"conditions.{template.code}.title"
    if pack is None or current is None or current.version != template.version or not pack.has(key):
        return template.title
    return pack.get(key)
