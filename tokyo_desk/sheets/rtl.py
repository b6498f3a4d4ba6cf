"""A right-to-left paragraph for ReportLab: Arabic, Persian, Urdu with embedded Latin/digits.

ReportLab's own bidi needs ``rlbidi`` (not on PyPI) and its ``shaping=1`` paragraphs switch
bidi off (``design/sheets.md``).  This flowable does the work in three steps:

1. resolve the bidi embedding level of every character of the logical paragraph
   (python-bidi's reference implementation of UAX #9, base level 1);
2. cut the text into tokens -- maximal runs of one level, spaces separate -- and shape each
   token with ReportLab's HarfBuzz support to get its glyphs and width; wrap lines greedily in
   logical order, breaking only at spaces;
3. for each line apply UAX #9 rule L2 (reverse runs from the highest level down to 1),
   mirror brackets in right-to-left runs, and draw the tokens right-aligned.

Digit groups joined by no-break spaces (``keep_numbers_together``) stay one run, so a
phone number or a time reads left to right inside right-to-left text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import algorithm as uax9
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Token:
    text: str
    level: int
    space: bool  # a space or a no-break space: drawn as an advance only
    breakable: bool  # a line may break here (ordinary spaces only)
    width: float
    glyphs: Any  # a ReportLab ShapedStr (or the plain text of a space)


# Phone numbers, times and similar: keep them one left-to-right unit, as if isolated with
# LRI ... PDI (UAX #9 would otherwise detach a leading "+" and order groups right to left).
_NUMBER_LIKE = re.compile(r"\+?\d[\d\u00a0:./-]*\d|\+?\d")
_SPACES = " \u00a0"
# Explicit directional formatting characters (ZWNJ and ZWJ are not here: they shape).
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LTR_EMBEDDING, POP_DIRECTIONAL = "\u202a", "\u202c"


# Kerning and standard ligatures only: discretionary ligatures (ReportLab's default) turn
# "st" into a historical ligature in some fonts.
FEATURES = {"kern": True, "liga": True}
LATIN_FEATURES = {"kern": True, "liga": False}
MIN_SPACE_EM = 0.2


def shape(text: str, font: str, size: float, features: dict[str, bool] | None = None) -> Any:
    """``text`` shaped by HarfBuzz: a ReportLab ShapedStr carrying glyphs and advances."""
    chosen = features or FEATURES
    return _shape(text, font, size, tuple(sorted(chosen.items())))


@lru_cache(maxsize=20_000)
def _shape(text: str, font: str, size: float, features: tuple[tuple[str, bool], ...]) -> Any:
    # Words repeat within a sheet and from sheet to sheet; shaping them once saves most of
    # the time a right-to-left sheet takes.  A ShapedStr is never changed after shaping.
    word = [stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    return shapeFragWord(word, features=dict(features), force=True)[1][1]


_DIGIT_GROUP_SPACE = re.compile(r"(?<=\d) (?=[\d+])")


def keep_numbers_together(text: str) -> str:
    """Join digit groups ("+93 70 123 4567") with no-break spaces, so a phone number is one
    left-to-right unit that never wraps or reorders."""
    return _DIGIT_GROUP_SPACE.sub("\u00a0", text)


def embedding_levels(text: str) -> list[int]:
    """UAX #9 resolved level of each character, paragraph base level 1 (right-to-left)."""
    storage = uax9.get_empty_storage()
    storage["base_level"] = 1
    storage["base_dir"] = "R"
    uax9.get_embedding_levels(text, storage)
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    # Rule X9 drops format characters (ZWNJ in Persian, LRM, ...) from the result; give each
    # the level of the character before it so the list lines up with the text again.
    levels: list[int] = []
    resolved = storage["chars"]
    position = 0
    for char in text:
        if position < len(resolved) and resolved[position]["ch"] == char:
            levels.append(int(resolved[position]["level"]))
            position += 1
        else:
            levels.append(levels[-1] if levels else 1)
    for match in _NUMBER_LIKE.finditer(text):
        for index in range(match.start(), match.end()):
            levels[index] = 2
    return levels


def _has_rtl_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _mirror(text: str) -> str:
    return "".join(uax9.MIRRORED.get(char, char) for char in text)


def tokenize(text: str, font: str, size: float) -> list[Token]:
    """Level runs split at spaces, each shaped and measured."""
    text = keep_numbers_together(text)
    levels = embedding_levels(text)
    # Explicit embeddings (LRE ... PDF around an English half) have done their work once the
    # levels are known; they are not drawn.
    kept = [index for index, char in enumerate(text) if char not in BIDI_CONTROLS]
    text = "".join(text[index] for index in kept)
    levels = [levels[index] for index in kept]
    tokens: list[Token] = []
    start = 0
    for index in range(1, len(text) + 1):
        at_end = index == len(text)
        if not at_end:
            same_level = levels[index] == levels[start]
            same_kind = (text[index] in _SPACES) == (text[start] in _SPACES) and (
                text[index] not in _SPACES or text[index] == text[start]
            )
            if same_level and same_kind:
                continue
        piece = text[start:index]
        level = levels[start]
        if piece[0] in _SPACES:
            # Some script fonts (Nastaliq) have a very narrow space; a fifth of an em keeps the
            # words of a Latin name or a sentence visibly apart.
            width = max(stringWidth(" ", font, size), MIN_SPACE_EM * size) * len(piece)
            tokens.append(Token(piece, level, True, piece[0] == " ", width, piece))
        else:
            # HarfBuzz shapes a run with right-to-left letters right to left and mirrors its
            # brackets itself; a neutral-only run in a right-to-left level we mirror here.
            mirror = level % 2 == 1 and not _has_rtl_letter(piece)
            shown = _mirror(piece) if mirror else piece
            # Standard ligatures only where the script needs them (lam-alef): in Latin words
            # "ffi" would become one glyph that copies out as a private-use character.
            features = FEATURES if _has_rtl_letter(piece) else LATIN_FEATURES
            shaped = shape(shown, font, size, features)
            width = sum(glyph.x_advance for glyph in shaped.__shapeData__) * size / 1000
            tokens.append(Token(piece, level, False, False, width, shaped))
        start = index
    return tokens


def wrap_lines(tokens: list[Token], width: float) -> list[list[Token]]:
    """Greedy line breaking at spaces, in logical order; no space ends or starts a line."""
    words: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if token.breakable:
            if current:
                words.append(current)
                current = []
            words.append([token])
        else:
            current.append(token)
    if current:
        words.append(current)
    lines: list[list[Token]] = []
    line: list[Token] = []
    line_width = 0.0
    for word in words:
        word_width = sum(token.width for token in word)
        is_space = word[0].breakable
        if is_space and not line:
            continue
        if not is_space and line and line_width + word_width > width:
            while line and line[-1].breakable:
                line_width -= line.pop().width
            lines.append(line)
            line, line_width = [], 0.0
        line.extend(word)
        line_width += word_width
    while line and line[-1].breakable:
        line.pop()
    if line:
        lines.append(line)
    return lines


def visual_order(line: list[Token]) -> list[Token]:
    """UAX #9 rule L2: from the highest level down to 1, reverse every run at or above it."""
    order = list(line)
    if not order:
        return order
    highest = max(token.level for token in order)
    lowest_odd = min(token.level for token in order) | 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index].level >= level:
                end = index
                while end < len(order) and order[end].level >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


class RTLParagraph(Flowable):
    """Right-aligned, right-to-left paragraph that wraps and splits across pages."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        *,
        space_after: float = 0.0,
        lines: list[list[Token]] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.spaceAfter = space_after
        self._tokens = tokenize(text, font, size) if lines is None else []
        self._lines = lines
        self._wrapped_for: float | None = None

    def _lines_for(self, width: float) -> list[list[Token]]:
        if self._tokens and self._wrapped_for != width:
            self._lines = wrap_lines(self._tokens, width)
            self._wrapped_for = width
        return self._lines or []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._lines_for(availWidth)) * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines_for(availWidth)
        fits = int(availHeight // self.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        head = RTLParagraph(self.text, self.font, self.size, self.leading, lines=lines[:fits])
        tail = RTLParagraph(
            self.text,
            self.font,
            self.size,
            self.leading,
            lines=lines[fits:],
            space_after=self.spaceAfter,
        )
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        descent = (self.leading - self.size) / 2 + self.size * 0.22
        for number, line in enumerate(self._lines or []):
            baseline = self.height - (number + 1) * self.leading + descent
            x = self.width - sum(token.width for token in line)
            for token in visual_order(line):
                if not token.space:
                    canvas.drawString(x, baseline, token.glyphs)
                x += token.width

    def visual_lines(self) -> list[str]:
        """The lines as they appear on paper, left to right (for tests)."""
        return ["".join(token.text for token in visual_order(line)) for line in self._lines or []]
