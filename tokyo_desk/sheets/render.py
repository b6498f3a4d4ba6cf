"""Render an explanation sheet (rule 12.3) to PDF bytes in memory.

Order and content follow ``design/sheets.md``: header, about this paper, what you must do,
what you must not do, your rights, if you cannot keep a condition, changes, who to contact,
words to know, signatures, and a footer with page i of n, the verification code and a QR
code holding no personal data.  Nothing touches the disk.
"""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.sheets.fonts import FontFamily, family_for
from tokyo_desk.sheets.model import SheetRequest
from tokyo_desk.sheets.packs import LanguagePack
from tokyo_desk.sheets.pictograms import pictogram
from tokyo_desk.sheets.rtl import (
    LTR_EMBEDDING,
    POP_DIRECTIONAL,
    RTLParagraph,
    tokenize,
    visual_order,
)
from tokyo_desk.sheets.texts import format_date, rights_texts
from tokyo_desk.sheets.verification import SheetFacts, qr_payload, verification_code

GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.92, 0.92, 0.92)
MARGIN = 15 * mm  # 12-15 mm from the edges survives A4 <-> Letter printing at 100 %
FOOTER = 26 * mm  # footer band: text and QR, all at least 12 mm from the paper's edge
QR_SIDE = 16 * mm
QR_BOTTOM = 12 * mm
SHAPED_SCRIPTS = {"Deva", "Beng"}
# Easy Read keeps to two pages: these rights repeat "About this paper" or are not needed on
# day one, and the review right already says who can change the conditions.
EASY_READ_SKIPS_RIGHTS = {"explanation", "early_termination"}
# Scripts that need more size to be read as easily (sheets.md: +2 pt for Easy Read).
LARGER_SCRIPTS = {"Arab", "Deva", "Beng"}
# Nastaliq stacks letters on a slanting baseline and reaches far above and below the line.
NASTALIQ = {"ur"}
NASTALIQ_LEADING = 1.6
# A label's colon as each language writes it (French spaces it; Chinese uses the full width).
COLON = {"fr": "\u202f: ", "zh": "：", "ja": "："}


@dataclass(frozen=True)
class Sizes:
    body: float
    small: float
    heading: float
    title: float

    @property
    def leading(self) -> float:
        return self.body * 1.38


def sizes_for(request: SheetRequest, script: str) -> Sizes:
    """Type sizes for the register; Easy Read never below 14 pt after A4->Letter fitting."""
    extra = 2.0 if script in LARGER_SCRIPTS else 0.0
    if request.easy_read:
        # Even labels and tick-box lines stay at 14 pt or more (the footer is for the office).
        return Sizes(15 + extra, 14 + extra, 17 + extra, 21 + extra)
    if request.large_print:
        return Sizes(14 + extra, 11 + extra, 16 + extra, 20 + extra)
    return Sizes(10.5 + extra / 2, 8 + extra / 2, 13 + extra / 2, 17 + extra / 2)


@dataclass(frozen=True)
class RenderedSheet:
    pdf: bytes
    verification_code: str
    pages: int
    qr_payload: str
    content_pages: int  # pages up to the end of "who to contact" (Easy Read: at most 2)
    signatures_page: int  # the page the signature block starts on


class _PageMark(Flowable):
    """Takes no space; notes the page it lands on (for the layout checks)."""

    def __init__(self, name: str, marks: dict[str, int]) -> None:
        super().__init__()
        self.name = name
        self.marks = marks
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.marks[self.name] = self.canv.getPageNumber()


class _FauxBoldParagraph(Paragraph):
    """Bold for a script whose font has no bold face (CJK): the glyphs are filled and also
    stroked with a thin outline (PDF text render mode 2), as word processors do."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(self.style.fontSize * 0.04)
        canvas.setStrokeColor(self.style.textColor)
        canvas.addLiteral("2 Tr")  # restored with the graphics state below
        super().draw()
        canvas.restoreState()


class _Writer:
    """Makes paragraphs in the right font, direction and size for one pack."""

    def __init__(self, pack: LanguagePack, family: FontFamily, sizes: Sizes) -> None:
        self.pack = pack
        self.family = family
        self.sizes = sizes
        self.rtl = pack.info.rtl
        self.script = pack.info.script

    def para(
        self,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        colour: Color = black,
        after: float = 3.0,
        before: float = 0.0,
        keep_with_next: bool = False,
    ) -> Flowable:
        size = size or self.sizes.body
        font = self.family.bold if bold else self.family.regular
        leading = size * (NASTALIQ_LEADING if self.pack.code in NASTALIQ else 1.38)
        if self.rtl:
            flowable: Flowable = RTLParagraph(text, font, size, leading, space_after=after)
            flowable.keepWithNext = keep_with_next
            flowable.spaceBefore = before
            return flowable
        style = ParagraphStyle(
            "p",
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=colour,
            alignment=TA_LEFT,
            spaceAfter=after,
            spaceBefore=before,
            wordWrap="CJK" if self.script == "Hans" else None,
            shaping=1 if self.script in SHAPED_SCRIPTS else 0,
            keepWithNext=int(keep_with_next),
        )
        if bold and self.family.bold == self.family.regular:
            return _FauxBoldParagraph(escape(text), style)
        return Paragraph(escape(text), style)

    def heading(self, key: str) -> Flowable:
        # Nastaliq's tall letters need room above a heading or they touch the line before.
        before = self.sizes.body * 0.5 if self.pack.code in NASTALIQ else 2.0
        return self.para(
            self.pack.get(key),
            size=self.sizes.heading,
            bold=True,
            after=4,
            before=before,
            keep_with_next=True,
        )

    def row(self, left: Any, right: Any, widths: tuple[float, float]) -> list[Any]:
        """A two-cell row in reading order (the first cell on the reading-start side)."""
        return [right, left] if self.rtl else [left, right]

    def widths(self, first: float, rest: float) -> list[float]:
        return [rest, first] if self.rtl else [first, rest]


def _table(font: str, rows: list[list[Any]], widths: list[float], *, grid: bool = False) -> Table:
    table = Table(rows, colWidths=widths, hAlign="CENTER")
    commands: list[tuple[Any, ...]] = [
        # Cells hold flowables, but a table selects its cell font anyway: make it ours, or
        # the PDF lists Helvetica, a font it does not embed.
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if grid:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT))
    table.setStyle(TableStyle(commands))
    return table


def _story(
    request: SheetRequest,
    pack: LanguagePack,
    official: LanguagePack,
    catalogue: Catalogue,
    w: _Writer,
    width: float,
    marks: dict[str, int],
) -> list[Flowable]:
    get = pack.get
    sizes = w.sizes
    story: list[Flowable] = []
    # 0. Header: title in the person's language, official language small.
    title_key = "sheet.easy_read_title" if request.easy_read else "sheet.title"
    story.append(w.para(get(title_key), size=sizes.title, bold=True, after=2))
    if official.code != pack.code:
        story.append(w.para(official.get(title_key), size=sizes.small, colour=GREY, after=2))
    if pack.info.is_draft:
        story.append(
            w.para(
                f"{get('sheet.draft_translation')} / {official.get('sheet.draft_translation')}",
                size=sizes.small,
                bold=True,
                after=4,
            )
        )
    facts = [
        ("sheet.name", request.person_name),
        ("sheet.case_reference", request.case_number),
        ("sheet.measure", request.measure_title),
        ("sheet.authority", request.authority),
    ]
    if not request.easy_read:  # Easy Read keeps to what the person acts on
        facts += [
            ("sheet.decision", request.decision_reference),
            ("sheet.decision_date", format_date(pack, request.decision_date)),
        ]
    facts.append(("sheet.start_date", format_date(pack, request.start_date)))
    if request.end_date is not None:
        facts.append(("sheet.end_date", format_date(pack, request.end_date)))
    if not request.easy_read:
        facts += [
            ("sheet.sheet_id", request.sheet_id),
            ("sheet.template_version", request.catalogue_version),
            ("sheet.language", pack.info.native_name),
        ]
    label_width = width * 0.32
    rows = [
        w.row(
            w.para(get(key), bold=True, size=sizes.small + 1, after=0),
            w.para(value, size=sizes.small + 1, after=0),
            (label_width, width - label_width),
        )
        for key, value in facts
    ]
    story += [
        _table(w.family.regular, rows, w.widths(label_width, width - label_width), grid=True),
        Spacer(1, 4 * mm),
    ]

    # 1. About this paper.
    story.append(w.heading("sheet.about_heading"))
    about = "sheet.about_easy" if request.easy_read else "sheet.about_text"
    story.append(w.para(get(about, authority=_value(pack, catalogue, request, "authority"))))

    # 2-3. Conditions: what you must do, what you must not do.
    icon = 16 * mm if request.easy_read else 11 * mm
    for heading, prohibitions in (
        ("sheet.must_do_heading", False),
        ("sheet.must_not_heading", True),
    ):
        chosen = [item for item in request.conditions if item.prohibition == prohibitions]
        if not chosen:
            continue
        story.append(w.heading(heading))  # kept with the first condition
        for item in chosen:
            cell = [w.para(item.text, after=2)]
            if item.purpose and not request.easy_read:
                cell.append(
                    w.para(
                        f"{get('sheet.why')}{COLON.get(pack.code, ': ')}{item.purpose}",
                        size=sizes.small,
                        colour=GREY,
                        after=0,
                    )
                )
            picture = _Pictogram(
                pictogram(item.category, icon, forbidden=item.prohibition), w.family.regular
            )
            row = w.row(picture, cell, (icon + 4, width - icon - 4))
            # One table per condition: a condition never splits, the heading stays with the
            # first one, and the rest can flow onto the next page.
            story.append(
                _table(w.family.regular, [row], w.widths(icon + 6, width - icon - 6), grid=True)
            )
        story.append(Spacer(1, 3 * mm))

    # 4. Rights; 5. if you cannot keep a condition.
    rights = rights_texts(pack, catalogue, request.jurisdiction, easy_read=request.easy_read)
    codes = [item.code for item in catalogue.jurisdiction(request.jurisdiction).rights]
    # A title starts a new page only when fewer than a few lines are left; its text then
    # flows on across the page end instead of leaving a gap the size of the whole right.
    room_for_a_start = sizes.leading * 4
    story.append(CondPageBreak(room_for_a_start + sizes.heading * 1.5))
    story.append(w.heading("sheet.rights_heading"))
    for code, (title, text) in zip(codes, rights, strict=True):
        if code == "breach" or (request.easy_read and code in EASY_READ_SKIPS_RIGHTS):
            continue
        story.append(CondPageBreak(room_for_a_start))
        story.append(w.para(title, bold=True, after=0))
        story.append(w.para(text, after=4))
    story.append(CondPageBreak(room_for_a_start + sizes.heading * 1.5))
    story.append(w.heading("sheet.breach_heading"))
    story.append(w.para(get("sheet.breach_call_first"), bold=True))
    story += [
        w.para(text) for code, (_, text) in zip(codes, rights, strict=True) if code == "breach"
    ]

    # 6. Changes (in Easy Read the review right already says this).
    if not request.easy_read:
        story.append(w.heading("sheet.changes_heading"))
        authority = _value(pack, catalogue, request, "authority")
        story.append(w.para(get("sheet.changes_text", authority=authority)))

    # 7. Who to contact; the next appointment in large type.
    contact_rows = [
        ("sheet.officer", request.officer_name),
        ("sheet.office", request.office_name),
        ("sheet.phone", request.office_phone),
        ("sheet.hours", request.office_hours),
    ]
    block: list[Flowable] = [w.heading("sheet.contact_heading")]
    rows = [
        w.row(
            w.para(get(key), bold=True, after=0),
            w.para(value, after=0),
            (label_width, width - label_width),
        )
        for key, value in contact_rows
    ]
    block.append(_table(w.family.regular, rows, w.widths(label_width, width - label_width)))
    if request.next_appointment is not None:
        when = request.next_appointment
        text = (
            f"{get('sheet.next_appointment')}: {format_date(pack, when.date())} "
            f"{when.strftime('%H:%M')} — {request.next_appointment_place}"
        )
        block.append(Spacer(1, 2 * mm))
        block.append(w.para(text, size=sizes.heading + 2, bold=True))
    block.append(_PageMark("content_end", marks))
    story.append(KeepTogether(block))

    # 8. Words to know (standard register; Easy Read explains words in the text itself).
    if not request.easy_read:
        story.append(w.heading("sheet.glossary_heading"))
        for key in sorted(k for k in pack.strings if k.startswith("glossary.")):
            story.append(
                w.para(
                    f"{key.split('.', 1)[1]}: {get(key)}" if pack.code == "en" else get(key),
                    size=sizes.small + 1,
                    after=1,
                )
            )

    # 9. Signatures, labels in both languages, kept on one page.
    story.append(CondPageBreak(95 * mm))
    signatures = _signatures(request, pack, official, w, width)
    story.append(KeepTogether([_PageMark("signatures", marks), *signatures]))
    return story


def _value(pack: LanguagePack, catalogue: Catalogue, request: SheetRequest, key: str) -> str:
    code = catalogue.jurisdiction(request.jurisdiction).code
    if pack.has(f"jurisdiction_values.{code}.{key}"):
        return pack.get(f"jurisdiction_values.{code}.{key}")
    return catalogue.jurisdiction(request.jurisdiction).values[key]


def _bilingual(pack: LanguagePack, official: LanguagePack, key: str, **values: str) -> str:
    mine = pack.get(key, **values)
    if official.code == pack.code:
        return mine
    if "language" in values:  # the official half names the language in its own words
        values = {**values, "language": pack.info.name}
    theirs = official.get(key, **values)
    if pack.info.rtl and not official.info.rtl:
        # Keep the left-to-right half one unit: its full stop and brackets stay with it.
        theirs = f"{LTR_EMBEDDING}{theirs}{POP_DIRECTIONAL}"
    return f"{mine} / {theirs}"


_GRAPHICS_LOCK = threading.Lock()


class _Pictogram(Flowable):
    """A pictogram drawing that leaves no stray font in the PDF.

    ReportLab's graphics renderer selects its default font (Helvetica, not embedded) before
    drawing any shape, even when no text is drawn; for the moment of drawing, the default is
    the sheet's own (embedded) font instead.
    """

    def __init__(self, drawing: Drawing, font: str) -> None:
        super().__init__()
        self.drawing = drawing
        self.font = font
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (self.width, self.height)

    def draw(self) -> None:
        with _GRAPHICS_LOCK:
            saved = STATE_DEFAULTS["fontName"]
            STATE_DEFAULTS["fontName"] = self.font
            try:
                renderPDF.draw(self.drawing, self.canv, 0, 0)
            finally:
                STATE_DEFAULTS["fontName"] = saved


class _Box(Flowable):
    """An empty box to tick or sign in."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.width, self.height)


def _signatures(
    request: SheetRequest, pack: LanguagePack, official: LanguagePack, w: _Writer, width: float
) -> list[Flowable]:
    # Easy Read labels are 14 pt or more already: a point less (never under 14) keeps the
    # block on one page even in the larger scripts.
    small = max(14.0, w.sizes.small - 1) if w.sizes.small >= 14 else w.sizes.small + 1
    language = pack.info.native_name

    def ticks(keys: list[tuple[str, dict[str, str]]]) -> Table:
        rows = [
            w.row(
                _Box(4 * mm, 4 * mm),
                w.para(_bilingual(pack, official, key, **values), size=small, after=0),
                (7 * mm, width - 7 * mm),
            )
            for key, values in keys
        ]
        return _table(w.family.regular, rows, w.widths(7 * mm, width - 7 * mm))

    def line(key: str, height: float = 9 * mm, span: float = width) -> Table:
        return _table(
            w.family.regular,
            [
                w.row(
                    w.para(_bilingual(pack, official, key), size=small, after=0),
                    _Box(span * 0.45, height),
                    (span * 0.5, span * 0.5),
                )
            ],
            w.widths(span * 0.52, span * 0.48),
        )

    block: list[Flowable] = [
        w.para(
            _bilingual(pack, official, "sheet.signatures_heading"),
            size=w.sizes.heading,
            bold=True,
            after=3,
        )
    ]
    block.append(w.para(_bilingual(pack, official, "sheet.person_heading"), bold=True, after=1))
    block.append(
        ticks(
            [
                ("sheet.read_with_me", {"language": language}),
                ("sheet.could_ask", {}),
                ("sheet.got_copy", {}),
                ("sheet.understood", {}),
                ("sheet.need_help", {}),
            ]
        )
    )
    block += [
        line("sheet.signature"),
        line("sheet.mark_with_witness"),
        line("sheet.witness"),
        ticks([("sheet.refused", {})]),
        Spacer(1, 2 * mm),
    ]
    block.append(w.para(_bilingual(pack, official, "sheet.officer_heading"), bold=True, after=1))
    block.append(ticks([("sheet.explained_orally", {"language": language})]))
    block.append(line("sheet.signature"))
    block.append(
        w.para(_bilingual(pack, official, "sheet.interpreter_heading"), bold=True, after=1)
    )
    if request.interpreter is not None:
        mode = pack.get(f"sheet.mode_{request.interpreter.mode}")
        block.append(
            w.para(
                f"{pack.get('sheet.interpreter_name')}: {request.interpreter.name} · "
                f"{pack.get('sheet.accreditation')}: {request.interpreter.accreditation} · "
                f"{pack.get('sheet.mode')}: {mode}",
                size=small,
            )
        )
    block.append(ticks([("sheet.interpreted_fully", {})]))
    block.append(line("sheet.signature"))
    half = width / 2
    date_and_place = w.row(
        line("sheet.date", 7 * mm, half - 2 * mm),
        line("sheet.place", 7 * mm, half - 2 * mm),
        (half, half),
    )
    block.append(_table(w.family.regular, [date_and_place], w.widths(half, half)))
    return block


def _draw_line(
    canvas: Canvas, text: str, x: float, y: float, font: str, size: float, *, rtl: bool, anchor: str
) -> None:
    """One footer line, bidi-ordered and shaped when right-to-left."""
    if not rtl:
        canvas.setFont(font, size)
        {
            "left": canvas.drawString,
            "right": canvas.drawRightString,
            "centre": canvas.drawCentredString,
        }[anchor](x, y, text)
        return
    tokens = tokenize(text, font, size)
    total = sum(token.width for token in tokens)
    start = {"left": x, "right": x - total, "centre": x - total / 2}[anchor]
    canvas.setFont(font, size)
    for token in visual_order(tokens):
        if not token.space:
            canvas.drawString(start, y, token.glyphs)
        start += token.width


QR_QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)


def _qr_modules(payload: str) -> list[list[bool]]:
    """The QR symbol's dark modules, row by row (error correction level M)."""
    symbol = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    symbol.addData(payload)
    symbol.make()
    modules: list[list[bool | None]] = symbol.modules
    return [[bool(dark) for dark in row] for row in modules]


def _draw_qr(canvas: Canvas, rows: list[list[bool]], x: float, y: float, side: float) -> None:
    """One filled path of horizontal runs: far cheaper than a widget drawn module by module."""
    module = side / (len(rows) + 2 * QR_QUIET_ZONE)
    path = canvas.beginPath()
    for index, row in enumerate(rows):
        top = y + side - (index + QR_QUIET_ZONE + 1) * module
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(x + (column + QR_QUIET_ZONE) * module, top, length * module, module)
            column += length
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)


def _numbered_canvas(footer: Callable[[Canvas, int, int], None], font: str) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer ("page i of n")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start every page in our embedded font: the default (Helvetica) would be listed
            # on each page as a font the PDF does not embed.
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab internal

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def story_for(
    request: SheetRequest,
    pack: LanguagePack,
    official: LanguagePack,
    catalogue: Catalogue,
    marks: dict[str, int] | None = None,
) -> list[Flowable]:
    """The sheet's flowables (rendering builds exactly these; the layout tests inspect them)."""
    family = family_for(pack.code, pack.info.script)
    writer = _Writer(pack, family, sizes_for(request, pack.info.script))
    page = A4 if request.paper == "a4" else LETTER
    return _story(
        request,
        pack,
        official,
        catalogue,
        writer,
        page[0] - 2 * MARGIN,
        marks if marks is not None else {},
    )


def render_sheet(
    request: SheetRequest,
    pack: LanguagePack,
    official: LanguagePack,
    catalogue: Catalogue,
    *,
    key: bytes,
    key_version: int = 1,
) -> RenderedSheet:
    """The sheet as PDF bytes, with its verification code."""
    rl_config.invariant = 1  # byte-identical output for identical input (golden tests)
    family = family_for(pack.code, pack.info.script)
    official_family = family_for(official.code, official.info.script)
    page = A4 if request.paper == "a4" else LETTER
    facts = SheetFacts(
        sheet_id=request.sheet_id,
        case_id=request.case_id,
        measure_id=request.measure_id,
        language=pack.code,
        catalogue_version=request.catalogue_version,
        conditions=tuple((item.code, item.version) for item in request.conditions),
        officer_id=request.officer_id,
        issued_on=request.issued_on.isoformat(),
    )
    code = verification_code(facts, key)
    payload = qr_payload(facts, code, key_version)
    qr_rows = _qr_modules(payload)
    qr_forms: list[str] = []

    def footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(black)
        y = QR_BOTTOM + 5 * mm  # the footer's text line, level with the QR's middle
        small = 8.0
        left, right = MARGIN, page[0] - MARGIN - 20 * mm
        page_text = pack.get("sheet.page_of", page=str(number), pages=str(total))
        _draw_line(
            canvas,
            page_text,
            page[0] / 2,
            y,
            family.regular,
            small,
            rtl=pack.info.rtl,
            anchor="centre",
        )
        canvas.setFont(official_family.regular, small)
        canvas.drawString(
            left,
            y,
            f"{request.case_number} · {request.sheet_id[:13]} · v{request.catalogue_version}",
        )
        canvas.setFont(official_family.bold, small + 1)
        canvas.drawRightString(right - 2 * mm, y + 4, code)
        _draw_line(
            canvas,
            pack.get("sheet.verification"),
            right - 2 * mm,
            y - 6,
            family.regular,
            small - 1,
            rtl=pack.info.rtl,
            anchor="right",
        )
        side = QR_SIDE
        if not qr_forms:  # one form object, drawn on every page
            canvas.beginForm("qr", lowerx=0, lowery=0, upperx=side, uppery=side)
            _draw_qr(canvas, qr_rows, 0, 0, side)
            canvas.endForm()
            qr_forms.append("qr")
        canvas.translate(page[0] - MARGIN - side, QR_BOTTOM)
        canvas.doForm("qr")
        canvas.restoreState()

    buffer = io.BytesIO()
    title_key = "sheet.easy_read_title" if request.easy_read else "sheet.title"
    title = f"{pack.get(title_key)} — {request.case_number}"
    document = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER + 4 * mm,
        title=title,
        author=request.office_name,
        subject="Tokyo Rules 12.3",
        creator="Tokyo Desk",
        lang=pack.code,
    )
    frame = Frame(
        MARGIN,
        FOOTER + 4 * mm,
        page[0] - 2 * MARGIN,
        page[1] - MARGIN - FOOTER - 4 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    marks: dict[str, int] = {}
    story = story_for(request, pack, official, catalogue, marks)
    document.build(story, canvasmaker=_numbered_canvas(footer, official_family.regular))
    pdf = buffer.getvalue()
    return RenderedSheet(
        pdf,
        code,
        pdf.count(b"/Type /Page\n"),
        payload,
        content_pages=marks["content_end"],
        signatures_page=marks["signatures"],
    )


__all__ = ["RenderedSheet", "render_sheet", "sizes_for", "story_for", "white"]
