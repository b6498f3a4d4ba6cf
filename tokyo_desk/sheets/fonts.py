"""Fonts for sheets: one merged font family per script, registered with ReportLab lazily.

The fonts are built by ``packaging/build_fonts.py`` from Debian's Noto and WenQuanYi fonts
(renamed, subset and merged with a Latin subset, so one font covers a line that mixes the
script with Latin names, digits and punctuation); ``resources/fonts/manifest.json`` says which
file serves which script.  Registering a font costs milliseconds (CJK about 100 ms), so each
family is registered the first time a sheet in that script is drawn.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tokyo_desk.paths import resource

# Which manifest entry serves each pack script (Urdu is written in Nastaliq).
SCRIPT_FOR_LANGUAGE = {"ur": "Arab-ur"}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class FontFamily:
    """ReportLab names of a registered regular/bold pair."""

    regular: str
    bold: str
    latin_fallback: bool


@cache
def manifest() -> dict[str, dict[str, object]]:
    data = json.loads(resource("fonts", "manifest.json").read_text(encoding="utf-8"))
    return dict(data["scripts"])


def family_for(language: str, script: str) -> FontFamily:
    """Register (once) and return the font family for a pack's language and script."""
    key = SCRIPT_FOR_LANGUAGE.get(language, script)
    entry = manifest().get(key)
    if entry is None:
        raise LookupError(f"no font for script {key}")
    regular_file, bold_file = str(entry["regular"]), entry.get("bold")
    regular = f"TD-{key}-Regular"
    # A script without a bold file uses the regular face for headings too, under the same
    # name, so the PDF embeds one subset of it rather than two copies.
    bold = f"TD-{key}-Bold" if bold_file else regular
    files = {regular: regular_file, bold: str(bold_file or regular_file)}
    with _LOCK:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, filename in files.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    return FontFamily(regular, bold, bool(entry.get("latin_fallback", False)))


def covers(family: FontFamily, text: str) -> set[str]:
    """Characters of ``text`` the family's regular font has no glyph for."""
    font = pdfmetrics.getFont(family.regular)
    assert isinstance(font, TTFont)
    cmap = font.face.charToGlyph
    return {char for char in text if ord(char) not in cmap and char not in "\n\t\u200b"}
