"""Easy Read layout rules (design/sheets.md) checked on the built story and the rendered
sheet, for every bundled language: type sizes after fitting, a pictogram on every condition
row, no italics and no capitals used for emphasis, the signature block on one page, and the
page budget."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.sheets.model import SheetRequest
from tokyo_desk.sheets.packs import LanguagePack, available_languages, load_pack
from tokyo_desk.sheets.render import RenderedSheet, render_sheet, story_for
from tokyo_desk.sheets.rtl import RTLParagraph
from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request

LANGUAGES = available_languages()
PAPERS = ("a4", "letter")
EASY_READ_MIN_PT = 14.0  # never below 14 pt after fitting (we render in the printer's size)


@cache
def _catalogue() -> Catalogue:
    return load_default()


@cache
def _pack(code: str) -> LanguagePack:
    return load_pack(code, _catalogue())


def _request(code: str, paper: str, *, easy_read: bool = True) -> SheetRequest:
    return sample_request(_pack(code), _catalogue(), easy_read=easy_read, paper=paper)  # type: ignore[arg-type]


@cache
def _rendered(code: str, paper: str, easy_read: bool) -> RenderedSheet:
    request = _request(code, paper, easy_read=easy_read)
    return render_sheet(request, _pack(code), _pack("en"), _catalogue(), key=SAMPLE_KEY)


def _walk(item: Any) -> Iterator[Any]:
    """Every flowable and drawing in a story, tables and kept-together blocks opened."""
    if isinstance(item, list | tuple):
        for child in item:
            yield from _walk(child)
        return
    yield item
    if isinstance(item, Table):
        for row in getattr(item, "_cellvalues"):  # noqa: B009 - ReportLab keeps the cells here
            yield from _walk(list(row))
    elif isinstance(item, KeepTogether):
        yield from _walk(getattr(item, "_content"))  # noqa: B009


def _texts(story: list[Flowable]) -> Iterator[tuple[str, str, float]]:
    """(text, font, size) of every paragraph."""
    for item in _walk(story):
        if isinstance(item, Paragraph):
            yield item.text, item.style.fontName, item.style.fontSize
        elif isinstance(item, RTLParagraph):
            yield item.text, item.font, item.size


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_easy_read_type_is_never_below_14_pt(code: str, paper: str) -> None:
    story = story_for(_request(code, paper), _pack(code), _pack("en"), _catalogue())
    sizes = [size for _, _, size in _texts(story)]
    assert sizes, "no text found in the story"
    assert min(sizes) >= EASY_READ_MIN_PT
    body = max(set(sizes), key=sizes.count)  # the size most paragraphs use
    assert 15 <= body <= 17 + 0.01


@pytest.mark.parametrize("code", LANGUAGES)
def test_easy_read_has_a_pictogram_on_every_condition_row(code: str) -> None:
    request = _request(code, "a4")
    story = story_for(request, _pack(code), _pack("en"), _catalogue())
    drawings = [
        item
        for item in _walk(story)
        if isinstance(item, Drawing) or isinstance(getattr(item, "drawing", None), Drawing)
    ]
    assert len(drawings) == len(request.conditions)


@pytest.mark.parametrize("code", LANGUAGES)
def test_easy_read_uses_no_italics_and_no_capitals_for_emphasis(code: str) -> None:
    story = story_for(_request(code, "a4"), _pack(code), _pack("en"), _catalogue())
    shouting = re.compile(r"\b[^\W\d_]{4,}\b")
    for text, font, _ in _texts(story):
        assert "Italic" not in font, font
        assert "Oblique" not in font, font
        assert "<i>" not in text
        capitals = [w for w in shouting.findall(text) if all(char.isupper() for char in w)]
        assert capitals == [], text


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy"])
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_signature_block_is_on_one_page(code: str, paper: str, easy_read: bool) -> None:
    sheet = _rendered(code, paper, easy_read)
    assert sheet.signatures_page == sheet.pages, "the signature block runs onto another page"
    assert sheet.content_pages <= sheet.signatures_page


@pytest.mark.parametrize("code", LANGUAGES)
def test_easy_read_stays_within_its_current_page_budget(code: str) -> None:
    """A regression guard at today's length (see the next test for the target)."""
    for paper in PAPERS:
        sheet = _rendered(code, paper, True)
        assert sheet.content_pages <= 4, (paper, sheet.content_pages)
        assert sheet.pages <= 5, (paper, sheet.pages)


@pytest.mark.xfail(
    strict=True,
    reason="KNOWN GAP, needs an Easy Read reviewer's decision: sheets.md asks for at most 2 "
    "pages plus signatures; with the sample's six conditions Easy Read takes 3 pages before "
    "the signatures (en, hi, ar, zh on A4) or 4 (es, fr, pt, sw, ru, bn, fa, ur). Measured "
    "2026-11-30: with every rights text left empty it still fills 1.7 (en, zh) to 2.6 (ur) "
    "pages, so only shorter condition texts (two sentences each, against 'one idea per "
    "sentence') could reach 2 pages",
)
def test_easy_read_fits_two_pages_plus_signatures() -> None:
    over = {
        f"{code}-{paper}": _rendered(code, paper, True).content_pages
        for code in LANGUAGES
        for paper in PAPERS
        if _rendered(code, paper, True).content_pages > 2
    }
    assert over == {}
