"""Small helpers around poppler's command-line tools, and a tolerant PNG comparison.

Every helper takes the PDF as bytes, writes it to a file in a directory the caller owns (a
pytest ``tmp_path`` or ``tmp_path_factory`` directory) and runs one poppler tool on it.
The tools are ``pdfinfo``, ``pdffonts``, ``pdftotext`` (plain and ``-bbox-layout``) and
``pdftoppm`` from Debian's ``poppler-utils``; ``.ci/run`` installs them.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops

TOOLS = ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm")
TIMEOUT = 60
# A pixel "differs" when its grey value changes by more than this (0-255).
GREY_THRESHOLD = 64
_XHTML = "{http://www.w3.org/1999/xhtml}"


def missing_tools() -> list[str]:
    """The poppler tools that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def write_pdf(pdf: bytes, directory: Path) -> Path:
    """The PDF in ``directory``, named by its hash (the same bytes are written once)."""
    path = directory / f"{hashlib.sha256(pdf).hexdigest()[:16]}.pdf"
    if not path.exists():
        path.write_bytes(pdf)
    return path


def _run(*args: str) -> bytes:
    result = subprocess.run(args, capture_output=True, timeout=TIMEOUT, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(args)} failed ({result.returncode}): "
            f"{result.stderr.decode('utf-8', 'replace')}"
        )
    return result.stdout


# -- pdfinfo -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfInfo:
    fields: dict[str, str]

    @property
    def pages(self) -> int:
        return int(self.fields["Pages"])

    @property
    def title(self) -> str:
        return self.fields.get("Title", "")

    @property
    def page_size(self) -> tuple[float, float]:
        """Width and height in points, e.g. (595.276, 841.89) for A4."""
        match = re.match(r"([\d.]+) x ([\d.]+) pts", self.fields["Page size"])
        if match is None:
            raise ValueError(f"unexpected page size {self.fields['Page size']!r}")
        return float(match.group(1)), float(match.group(2))


def pdfinfo(pdf: bytes, directory: Path) -> PdfInfo:
    out = _run("pdfinfo", "-enc", "UTF-8", str(write_pdf(pdf, directory)))
    fields: dict[str, str] = {}
    for line in out.decode("utf-8").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return PdfInfo(fields)


# -- pdffonts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfFont:
    name: str
    type: str
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool
    object_id: str


def pdffonts(pdf: bytes, directory: Path) -> list[PdfFont]:
    """One row per font object, as ``pdffonts`` lists them."""
    out = _run("pdffonts", str(write_pdf(pdf, directory))).decode("utf-8")
    lines = out.splitlines()
    if len(lines) < 2 or not lines[1].startswith("---"):
        raise ValueError(f"unexpected pdffonts output:\n{out}")
    fonts = []
    for line in lines[2:]:
        # Read from the right: names can overflow their column and types hold spaces
        # ("Type 1C", "CID TrueType"); "emb sub uni" and the two-part object id are fixed.
        cells = line.split()
        if not cells:
            continue
        if len(cells) < 8:
            raise ValueError(f"unexpected pdffonts line: {line!r}")
        name, kind = cells[0], " ".join(cells[1:-6])
        encoding, emb, sub, uni = cells[-6:-2]
        fonts.append(
            PdfFont(
                name, kind, encoding, emb == "yes", sub == "yes", uni == "yes", " ".join(cells[-2:])
            )
        )
    return fonts


# -- pdftotext -----------------------------------------------------------------------------


def pdftotext(pdf: bytes, directory: Path, *, first: int | None = None) -> str:
    """The text, UTF-8, in poppler's reading order (it puts right-to-left runs in logical
    order and marks them with U+202B ... U+202C)."""
    pages = ["-f", str(first), "-l", str(first)] if first else []
    out = _run("pdftotext", "-enc", "UTF-8", *pages, str(write_pdf(pdf, directory)), "-")
    return out.decode("utf-8")


@dataclass(frozen=True)
class Word:
    """A word box from ``pdftotext -bbox-layout``: PDF points, y growing downwards."""

    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float

    @property
    def x_mid(self) -> float:
        return (self.x_min + self.x_max) / 2


@dataclass(frozen=True)
class PageBoxes:
    width: float
    height: float
    words: list[Word]


def word_boxes(pdf: bytes, directory: Path) -> list[PageBoxes]:
    """Every word of every page with its box (poppler's ``-bbox-layout`` XHTML)."""
    out = _run("pdftotext", "-enc", "UTF-8", "-bbox-layout", str(write_pdf(pdf, directory)), "-")
    root = ET.fromstring(out)
    pages = []
    for number, page in enumerate(root.iter(f"{_XHTML}page"), start=1):
        words = [
            Word(
                number,
                element.text or "",
                float(element.attrib["xMin"]),
                float(element.attrib["yMin"]),
                float(element.attrib["xMax"]),
                float(element.attrib["yMax"]),
            )
            for element in page.iter(f"{_XHTML}word")
        ]
        pages.append(PageBoxes(float(page.attrib["width"]), float(page.attrib["height"]), words))
    return pages


# -- pdftoppm and image comparison ---------------------------------------------------------


def rasterise(pdf: bytes, directory: Path, *, dpi: int, page: int = 1, grey: bool = False) -> bytes:
    """One page as PNG bytes (``pdftoppm -png -r DPI [-gray]``)."""
    source = write_pdf(pdf, directory)
    root = source.with_name(f"{source.stem}-p{page}-{dpi}{'-grey' if grey else ''}")
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile"]
    if grey:
        args.append("-gray")
    _run(*args, str(source), str(root))
    return root.with_suffix(".png").read_bytes()


def png_greyscale(png: bytes) -> bytes:
    """The PNG stored as 8-bit grey (poppler writes ``-gray`` PNGs as RGB): a third the size."""
    buffer = io.BytesIO()
    _grey(png).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class ImageDifference:
    size_a: tuple[int, int]
    size_b: tuple[int, int]
    differing: int  # pixels whose grey value differs by more than the threshold
    total: int

    @property
    def same_size(self) -> bool:
        return self.size_a == self.size_b

    @property
    def fraction(self) -> float:
        return 1.0 if not self.same_size else self.differing / self.total

    def __str__(self) -> str:
        if not self.same_size:
            return f"sizes differ: {self.size_a} vs {self.size_b}"
        return f"{self.differing} of {self.total} pixels differ ({self.fraction:.3%})"


def _grey(png: bytes | Path) -> Image.Image:
    source = io.BytesIO(png) if isinstance(png, bytes) else png
    with Image.open(source) as image:
        return image.convert("L")


def compare_images(
    a: bytes | Path, b: bytes | Path, *, threshold: int = GREY_THRESHOLD
) -> ImageDifference:
    """How many pixels differ by more than ``threshold`` grey levels (after greyscale)."""
    first, second = _grey(a), _grey(b)
    if first.size != second.size:
        return ImageDifference(first.size, second.size, 0, 0)
    difference = ImageChops.difference(first, second)
    histogram = difference.histogram()
    differing = sum(histogram[threshold + 1 :])
    return ImageDifference(first.size, second.size, differing, first.width * first.height)


def difference_image(a: bytes | Path, b: bytes | Path) -> Image.Image:
    """Where two same-size images differ, white on black (to save next to a failure)."""
    return ImageChops.difference(_grey(a), _grey(b)).point(
        lambda value: 255 if value > GREY_THRESHOLD else 0
    )
