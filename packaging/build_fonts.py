"""Build the sheet fonts in resources/fonts/ from Debian's Noto and WenQuanYi fonts.

What it builds -- Regular and Bold of each, TrueType ``glyf`` outlines (ReportLab embeds and
subsets only those), renamed "TokyoDesk ..." because they are modified fonts ("Noto" is a
trademark of Google LLC; the OFL expects a Modified Version not to pass as the original):

- ``TokyoDeskSans`` (script keys Latn, Cyrl): Noto Sans cut down to Latin-1, Latin
  Extended-A/B, Greek, Cyrillic, general punctuation (typographic quotes, dashes, ZWNJ/ZWJ,
  NNBSP), currency signs and NBSP; plus U+2190-2199 arrows taken from Noto Sans Symbols and a
  U+2212 minus drawn from Noto Sans's own plus sign (Noto Sans 2.004 has neither).
- ``TokyoDeskSansArabic`` (Arab): Noto Naskh Arabic merged with a Latin subset of Noto Sans.
- ``TokyoDeskNastaliqUrdu`` (Arab-ur): Noto Nastaliq Urdu merged with the Latin subset.
- ``TokyoDeskSansDevanagari`` (Deva), ``TokyoDeskSansBengali`` (Beng): Noto Sans Devanagari /
  Bengali merged with the Latin subset.
- ``TokyoDeskCJK`` (Hans): face 0 of WenQuanYi Micro Hei cut down to CJK Unified Ideographs,
  CJK punctuation, fullwidth forms, Latin-1 and general punctuation. WenQuanYi has no bold
  face: the manifest says ``"bold": null, "bold_synthesised": true``.

Merging (fontTools.merge.Merger; unitsPerEm are equalised with scaleUpem first when they
differ): the script font comes first and keeps every code point it maps, its metrics and all of
its OpenType layout; the Latin part only fills code points the script font lacks (Latin
letters, ASCII punctuation, NBSP, quotes ...), so one font covers a line that mixes the script
with Latin names, digits and punctuation (ReportLab has no font fallback). Hinting is dropped
(print output; merged fonts cannot share one ``fpgm``). After each merge the shaping of the
script (every mapped code point alone, plus sample sentences) and of Latin words is compared
with HarfBuzz against the original fonts; if a merge changed it, the script font is shipped
alone and the manifest says ``"latin_fallback": true`` (Latin must then come from
TokyoDeskSans).

Also written: ``manifest.json`` (per script key: files, family, licence, source package and
version, sha256), ``OFL.txt`` (the sources' copyright notices and the OFL text from the Debian
copyright file of fonts-noto-core), ``WenQuanYi-LICENSE.txt`` and ``README.md``. Two runs give
byte-identical files: fixed ``head`` timestamps, no build dates, sorted JSON.

Sources, Debian packages: ``fonts-noto-core`` (/usr/share/fonts/truetype/noto/),
``fonts-wqy-microhei`` (/usr/share/fonts/truetype/wqy/wqy-microhei.ttc), and ``base-files``
for the Apache-2.0 text (/usr/share/common-licenses/Apache-2.0). A missing source stops the
build with the name of the package to install.

Run from the repository root:  .venv/bin/python packaging/build_fonts.py  [--out DIR]
(the virtual environment needs fonttools, uharfbuzz and reportlab; about 30 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from fontTools import subset
from fontTools.merge import Merger
from fontTools.misc.timeTools import timestampSinceEpoch
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "fonts"

NOTO_PACKAGE = "fonts-noto-core"
WQY_PACKAGE = "fonts-wqy-microhei"
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
NOTO_COPYRIGHT = Path("/usr/share/doc/fonts-noto-core/copyright")
WQY_COPYRIGHT = Path("/usr/share/doc/fonts-wqy-microhei/copyright")
APACHE_TEXT = Path("/usr/share/common-licenses/Apache-2.0")

# head.created / head.modified of every output: fixed, so two builds are byte-identical.
FIXED_TIMESTAMP = timestampSinceEpoch(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp())
VENDOR_ID = "NONE"  # not Google's "GOOG": these modified fonts are not published by Google
WEIGHTS = ("Regular", "Bold")
MINUS = 0x2212


def _ranges(*spans: tuple[int, int]) -> frozenset[int]:
    return frozenset(code for first, last in spans for code in range(first, last + 1))


ARROWS = _ranges((0x2190, 0x2199))  # from Noto Sans Symbols: Noto Sans has no arrows

# TokyoDeskSans: what the Latin-script and Cyrillic packs need (plus Greek).
LATIN_FULL = _ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # NBSP, Latin-1 letters (fr, es, pt), « » ¿ ¡ °
    (0x0100, 0x017F),  # Latin Extended-A: Œ œ Ÿ ...
    (0x0180, 0x024F),  # Latin Extended-B
    (0x02B0, 0x02FF),  # spacing modifier letters (ʻ ˆ ˜ ...)
    (0x0300, 0x036F),  # combining diacritics, for decomposed input
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic and Cyrillic Supplement
    (0x2000, 0x206F),  # general punctuation: dashes, quotes, ellipsis, ZWNJ/ZWJ, NNBSP
    (0x20A0, 0x20CF),  # currency signs
    (0x2116, 0x2116),  # numero sign (Russian)
    (0x2122, 0x2122),  # trade mark sign
    (0x2190, 0x2199),  # arrows
    (MINUS, MINUS),
    (0x25CC, 0x25CC),  # dotted circle (HarfBuzz shows broken clusters on it)
    (0xFEFF, 0xFEFF),
    (0xFFFD, 0xFFFD),
)

# The Latin part merged into the script fonts; only code points the script font lacks are taken.
LATIN_FOR_MERGE = _ranges(
    (0x0020, 0x007E),  # letters, digits, ASCII punctuation
    (0x00A0, 0x00FF),  # NBSP, Latin-1 letters for names, « » ° × ÷
    (0x0100, 0x017F),  # Latin Extended-A, for names
    (0x2010, 0x2027),  # hyphens, dashes, typographic quotes, bullet, ellipsis
    (0x202F, 0x2030),  # narrow NBSP, per mille
    (0x2039, 0x203A),
    (0x20AC, 0x20AC),  # euro
    (0x2116, 0x2116),
    (MINUS, MINUS),
)

CJK_SET = _ranges(
    (0x0020, 0x007E),  # Latin basic and digits
    (0x00A0, 0x00FF),  # NBSP, Latin-1 (· × ÷ °)
    (0x2000, 0x206F),  # general punctuation (“ ” ‘ ’ — …)
    (0x2116, 0x2116),
    (MINUS, MINUS),
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
)

# Sample text whose shaping a merge must not change (besides every mapped code point alone).
SHAPING_SAMPLES = {
    "Arab": (
        "محمد",
        "مُحَمَّد",
        "يجب عليك الحضور إلى المكتب كل أسبوع، يوم الاثنين الساعة ١٠:٣٠.",
        "لا إله ولا لأن",
        "من حقك أن تطلب مترجماً مجاناً؟",
        "گچپژکی",
        "می\u200cخواهم با افسر صحبت کنم. ۰۱۲۳۴۵۶۷۸۹",
        "ےہٹڈڑں",
    ),
    "Arab-ur": (
        "محمد",
        "ےہٹڈڑں",
        "آپ کو ہر ہفتے دفتر آنا ہوگا۔",
        "آپ کو مفت ترجمان کا حق ہے۔ ۰۱۲۳۴۵۶۷۸۹",
        "پاکستان، کراچی، لاہور",
        "اگر آپ کسی شرط پر عمل نہ کر سکیں تو پہلے افسر کو فون کریں۔",
        "گچپژکی",
        "نستعلیق",
    ),
    "Deva": (
        "क्ष",
        "क्षत्रज्ञ",
        "आपको हर सप्ताह कार्यालय आना होगा। १०:३०",
        "श्री द्ध र्क हिन्दी कृष्ण प्रश्न",
    ),
    "Beng": (
        "ক্ষ",
        "ক্ষজ্ঞ",
        "আপনাকে প্রতি সপ্তাহে অফিসে আসতে হবে। ১০:৩০",
        "র্ক ক্র স্ত্র বাংলা",
    ),
}
HB_SCRIPT = {"Arab": "Arab", "Arab-ur": "Arab", "Deva": "Deva", "Beng": "Beng"}
# Words that must shape in the Latin part exactly as in Noto Sans (kerning, ligatures).
LATIN_WORDS = ("Kabul", "Road", "District", "Office", "AVATAR", "Tokyo", "fjord", "José", "WAVE")
MIXED_SAMPLE = "Kabul Road 10:30 +93 70 123 4567 PS-2026-000123"


class BuildError(Exception):
    """A source is missing or an output failed a check."""


@dataclass(frozen=True)
class Spec:
    """One output family."""

    keys: tuple[str, ...]  # manifest script keys served by this family
    family: str  # name table family, e.g. "TokyoDesk Sans Arabic"
    kind: str  # "latin": Latin part only; "merged": script + Latin part; "plain": subset only
    sources: dict[str, Path]  # weight -> script font (the Latin sources are implied)
    unicodes: frozenset[int] | None  # None: every code point the source maps
    package: str
    licence: str
    description: str  # source family names, for the name table and README
    changes: str  # for README

    @property
    def ps_family(self) -> str:
        return self.family.replace(" ", "")


def noto(name: str) -> dict[str, Path]:
    return {weight: NOTO_DIR / f"{name}-{weight}.ttf" for weight in WEIGHTS}


MERGED = "script font (all its code points) merged with the Noto Sans Latin subset, renamed"
LATIN_SOURCES = noto("NotoSans")
ARROW_SOURCES = noto("NotoSansSymbols")

SPECS = (
    Spec(
        ("Latn", "Cyrl"),
        "TokyoDesk Sans",
        "latin",
        LATIN_SOURCES,
        LATIN_FULL,
        NOTO_PACKAGE,
        "OFL.txt",
        "Noto Sans (arrows from Noto Sans Symbols)",
        "subset (Latin-1, Latin Extended-A/B, Greek, Cyrillic, punctuation, currency),"
        " arrows U+2190-2199 merged in, U+2212 minus added (the plus sign's bar), renamed",
    ),
    Spec(
        ("Arab",),
        "TokyoDesk Sans Arabic",
        "merged",
        noto("NotoNaskhArabic"),
        None,
        NOTO_PACKAGE,
        "OFL.txt",
        "Noto Naskh Arabic and Noto Sans",
        MERGED,
    ),
    Spec(
        ("Arab-ur",),
        "TokyoDesk Nastaliq Urdu",
        "merged",
        noto("NotoNastaliqUrdu"),
        None,
        NOTO_PACKAGE,
        "OFL.txt",
        "Noto Nastaliq Urdu and Noto Sans",
        MERGED,
    ),
    Spec(
        ("Deva",),
        "TokyoDesk Sans Devanagari",
        "merged",
        noto("NotoSansDevanagari"),
        None,
        NOTO_PACKAGE,
        "OFL.txt",
        "Noto Sans Devanagari and Noto Sans",
        MERGED,
    ),
    Spec(
        ("Beng",),
        "TokyoDesk Sans Bengali",
        "merged",
        noto("NotoSansBengali"),
        None,
        NOTO_PACKAGE,
        "OFL.txt",
        "Noto Sans Bengali and Noto Sans",
        MERGED,
    ),
    Spec(
        ("Hans",),
        "TokyoDesk CJK",
        "plain",
        {"Regular": WQY_TTC},  # face 0 of the collection; there is no bold face
        CJK_SET,
        WQY_PACKAGE,
        "WenQuanYi-LICENSE.txt",
        "WenQuanYi Micro Hei (face 0 of wqy-microhei.ttc)",
        "subset (CJK Unified Ideographs, CJK punctuation, fullwidth forms, Latin-1,"
        " punctuation), renamed",
    ),
)


# --------------------------------------------------------------------------- sources


def package_version(package: str) -> str:
    try:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError as exc:
        raise BuildError(f"dpkg-query not found: the fonts come from Debian ({package})") from exc
    if result.returncode != 0 or not result.stdout.strip():
        raise BuildError(f"Debian package {package} is not installed: apt-get install {package}")
    return result.stdout.strip()


def check_sources() -> None:
    needed = [(path, NOTO_PACKAGE) for path in [*LATIN_SOURCES.values(), *ARROW_SOURCES.values()]]
    for spec in SPECS:
        needed += [(path, spec.package) for path in spec.sources.values()]
    needed += [(NOTO_COPYRIGHT, NOTO_PACKAGE), (WQY_COPYRIGHT, WQY_PACKAGE)]
    needed.append((APACHE_TEXT, "base-files"))
    missing = sorted({(str(path), package) for path, package in needed if not path.is_file()})
    if missing:
        lines = "\n".join(f"  {path}  (Debian package {package})" for path, package in missing)
        packages = " ".join(sorted({package for _, package in missing}))
        raise BuildError(
            f"source fonts or licence files missing:\n{lines}\n"
            f"install the Debian package(s): apt-get install {packages}"
        )


def load(path: Path) -> TTFont:
    """A source font (face 0 of a collection)."""
    return TTFont(str(path), fontNumber=0, recalcTimestamp=False, lazy=False)


def to_bytes(font: TTFont) -> bytes:
    font.recalcTimestamp = False
    buffer = io.BytesIO()
    font.save(buffer, reorderTables=True)
    return buffer.getvalue()


def from_bytes(data: bytes) -> TTFont:
    return TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=False)


# --------------------------------------------------------------------------- building


def subset_font(font: TTFont, unicodes: Iterable[int] | None) -> TTFont:
    """Keep ``unicodes`` (all mapped code points when None) with every layout feature."""
    options = subset.Options()
    options.layout_features = ["*"]
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = True
    options.hinting = False
    options.legacy_kern = True
    options.recalc_timestamp = False
    options.drop_tables = [*options.drop_tables, "FFTM", "DSIG"]
    wanted = set(font.getBestCmap()) if unicodes is None else set(unicodes)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    return font


class _BytesMerger(Merger):
    """fontTools' Merger opens its inputs twice: give it a fresh stream each time."""

    def _openFonts(self, fontfiles):  # type: ignore[no-untyped-def]
        return super()._openFonts([io.BytesIO(data) for data in fontfiles])


def merge(fonts: list[TTFont]) -> TTFont:
    """Merge ``fonts`` (the first one's metrics, names and clashing code points win)."""
    upem = fonts[0]["head"].unitsPerEm
    for font in fonts[1:]:
        if font["head"].unitsPerEm != upem:
            scale_upem(font, upem)
    merged = _BytesMerger().merge([to_bytes(font) for font in fonts])
    merged.recalcTimestamp = False
    return from_bytes(to_bytes(merged))


def add_minus(font: TTFont) -> None:
    """Add U+2212 drawn as the horizontal bar of the font's own plus sign, same advance."""
    glyf, cmap = font["glyf"], font.getBestCmap()
    plus = cmap[ord("+")]
    coordinates = glyf[plus].getCoordinates(glyf)[0]
    left = min(x for x, _ in coordinates)
    right = max(x for x, _ in coordinates)
    bar = [y for x, y in coordinates if x == left]  # the bar's ends are the leftmost points
    bottom, top = min(bar), max(bar)
    pen = TTGlyphPen(None)
    pen.moveTo((left, bottom))
    pen.lineTo((left, top))
    pen.lineTo((right, top))
    pen.lineTo((right, bottom))
    pen.closePath()
    name = "minus"
    order = list(font.getGlyphOrder())
    while name in order:
        name += ".td"
    order.append(name)
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    glyf[name] = pen.glyph()
    font["hmtx"][name] = (font["hmtx"][plus][0], left)
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[MINUS] = name
    if "GDEF" in font and font["GDEF"].table.GlyphClassDef:
        classes = font["GDEF"].table.GlyphClassDef.classDefs
        classes[name] = classes.get(plus, 1)


def latin_part(weight: str, wanted: frozenset[int]) -> TTFont:
    """Noto Sans cut down to ``wanted``, with the minus and arrows Noto Sans lacks."""
    font = subset_font(load(LATIN_SOURCES[weight]), wanted)
    if MINUS in wanted and MINUS not in font.getBestCmap():
        add_minus(font)
        font = from_bytes(to_bytes(font))
    arrows = wanted & ARROWS
    if arrows:
        font = merge([font, subset_font(load(ARROW_SOURCES[weight]), arrows)])
    return font


def _name_value(font: TTFont, name_id: int) -> str | None:
    record = font["name"].getName(name_id, 3, 1, 0x409) or font["name"].getName(name_id, 1, 0, 0)
    return record.toUnicode() if record is not None else None


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return out


def rename(font: TTFont, spec: Spec, weight: str, originals: list[Path], note: str) -> None:
    """TokyoDesk names (Windows English records only); copyright and licence records kept."""
    sources = [load(path) for path in originals]

    def kept(name_id: int) -> list[str]:
        return _unique(_name_value(source, name_id) for source in sources)

    revision = f"{font['head'].fontRevision:.3f}"
    ps_name = f"{spec.ps_family}-{weight}"
    modified = "subset, merged" if spec.kind == "merged" else "subset"
    names = {
        0: "\n".join(kept(0)),
        1: spec.family,
        2: weight,
        3: f"{revision};TokyoDesk;{ps_name}",
        4: f"{spec.family} {weight}",
        5: f"Version {revision}; {note}",
        6: ps_name,
        7: " ".join(kept(7)),
        8: "; ".join(kept(8)),
        9: "; ".join(kept(9)),
        10: (
            f"Modified version of {spec.description} ({note}) for Tokyo Desk sheets: "
            f"{modified}, hinting removed, renamed. Not an original font of its authors."
        ),
        11: (kept(11) or [""])[0],
        12: (kept(12) or [""])[0],
        13: (kept(13) or [""])[0],
        14: (kept(14) or [""])[0],
    }
    table = font["name"]
    table.names = []
    for name_id, value in sorted(names.items()):
        if value:
            table.setName(value, name_id, 3, 1, 0x409)
    font["OS/2"].achVendID = VENDOR_ID


def finish(font: TTFont) -> bytes:
    """Fixed timestamps, recomputed Unicode ranges; the bytes after a save/load round trip."""
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP
    font["OS/2"].recalcUnicodeRanges(font)
    return to_bytes(from_bytes(to_bytes(font)))


def build_family(spec: Spec, weight: str, note: str, *, merged: bool) -> tuple[bytes, list[Path]]:
    """One weight of a family, and the source files it was made from."""
    source = spec.sources[weight]
    if spec.kind == "latin":
        font = latin_part(weight, spec.unicodes or LATIN_FULL)
        originals = [source, ARROW_SOURCES[weight]]
    elif merged:
        script = subset_font(load(source), spec.unicodes)
        latin = latin_part(weight, LATIN_FOR_MERGE - set(script.getBestCmap()))
        font = merge([script, latin])
        originals = [source, LATIN_SOURCES[weight]]
    else:
        font = subset_font(load(source), spec.unicodes)
        originals = [source]
    rename(font, spec, weight, originals, note)
    return finish(font), originals


# --------------------------------------------------------------------------- checks


def hb_font(data: bytes) -> Any:
    return hb.Font(hb.Face(hb.Blob(data)))


def shape(font: Any, text: str, script: str | None = None) -> list[tuple[int, int, int, int, int]]:
    """HarfBuzz glyph ids, clusters, advances and offsets of ``text``."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    if script:
        buffer.script = script
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    return [
        (info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


def shaping_differences(
    built: bytes, original: Path, texts: Iterable[str], script: str | None = None
) -> list[str]:
    """Texts that shape differently in ``built`` (glyph names, clusters, advances, offsets)."""
    original_bytes = original.read_bytes()
    orders = (from_bytes(original_bytes).getGlyphOrder(), from_bytes(built).getGlyphOrder())
    fonts = (hb_font(original_bytes), hb_font(built))

    def named(index: int, text: str) -> list[tuple[object, ...]]:
        # Names, not ids (ids move); the Merger renames clashing later glyphs "name.1".
        return [
            (re.sub(r"\.\d+$", "", orders[index][gid]), *rest)
            for gid, *rest in shape(fonts[index], text, script)
        ]

    return [text for text in texts if named(0, text) != named(1, text)]


def joins(data: bytes, word: str = "محمد") -> bool:
    """Arabic joining works: no letter of ``word`` keeps its isolated glyph."""
    font = hb_font(data)
    isolated = [shape(font, letter)[0][0] for letter in word]
    return all(gid != isolated[cluster] for gid, cluster, *_ in shape(font, word))


def verify(data: bytes, spec: Spec, weight: str) -> list[str]:
    """Problems of a built font: script shaping changed, Latin shaping changed, gaps."""
    problems = []
    cmap = from_bytes(data).getBestCmap()
    if spec.kind == "merged":
        source = spec.sources[weight]
        source_cmap = load(source).getBestCmap()
        key = spec.keys[0]
        # Every mapped code point alone, shaped as the font's script: with no script given, a
        # lone Common or foreign-block mark (U+A8F1 in Bengali) would select the DFLT script
        # the Latin part brings, and HarfBuzz's default shaper instead of the Indic one.
        singles = [chr(code) for code in sorted(source_cmap) if code > 0x20]
        changed = shaping_differences(data, source, singles, HB_SCRIPT[key])
        changed += shaping_differences(data, source, SHAPING_SAMPLES[key])
        if changed:
            problems.append(f"{len(changed)} texts shape differently, e.g. {changed[:3]!r}")
        if missing := [c for c in source_cmap if c not in cmap]:
            problems.append(f"lost {len(missing)} code points of the script font")
        if gaps := sorted({char for char in MIXED_SAMPLE if ord(char) not in cmap}):
            problems.append(f"the Latin/digit sample lacks {gaps!r}")
    if spec.kind in ("latin", "merged"):
        latin_words = [w for w in LATIN_WORDS if all(ord(c) in cmap for c in w)]
        if spec.kind == "merged":
            source_cmap = load(spec.sources[weight]).getBestCmap()
            latin_words = [w for w in latin_words if not any(ord(c) in source_cmap for c in w)]
        if changed := shaping_differences(data, LATIN_SOURCES[weight], latin_words):
            problems.append(f"Latin words shape differently: {changed!r}")
    return problems


def check_reportlab(data: bytes, name: str) -> None:
    ReportLabFont(f"check-{name}", io.BytesIO(data))


# --------------------------------------------------------------------------- licences


def ofl_text(copyrights: list[str]) -> str:
    """OFL.txt: the sources' copyright notices, then the OFL from the Debian copyright file."""
    body = None
    for stanza in NOTO_COPYRIGHT.read_text(encoding="utf-8").split("\n\n"):
        lines = stanza.strip("\n").split("\n")
        if lines[0].strip() == "License: OFL-1.1" and len(lines) > 5:
            body = lines[1:]
            break
    if body is None:
        raise BuildError(f"no OFL-1.1 licence text in {NOTO_COPYRIGHT} ({NOTO_PACKAGE})")
    text = "\n".join("" if line.strip() == "." else line.removeprefix(" ") for line in body)
    if "PERMISSION & CONDITIONS" not in text or "DISCLAIMER" not in text:
        raise BuildError(f"the OFL text in {NOTO_COPYRIGHT} looks incomplete")
    notices = "\n".join(copyrights)
    return (
        f"{notices}\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
        "The fonts TokyoDesk* in this directory, except TokyoDeskCJK, are Modified Versions\n"
        "of Noto fonts (see README.md). The licence text below is taken from\n"
        f"{NOTO_COPYRIGHT} (Debian package {NOTO_PACKAGE}).\n"
        "\n"
        "-----------------------------------------------------------\n"
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n"
        "-----------------------------------------------------------\n"
        "\n"
        f"{text.strip()}\n"
    )


def wqy_licence_text(version: str) -> str:
    return (
        "TokyoDeskCJK-Regular.ttf is a modified version of WenQuanYi Micro Hei\n"
        f"(face 0 of wqy-microhei.ttc, Debian package {WQY_PACKAGE} {version}):\n"
        "subset to CJK Unified Ideographs, CJK symbols and punctuation, fullwidth forms,\n"
        'Latin-1 and general punctuation; hinting removed; renamed "TokyoDesk CJK". The\n'
        "changes were made by packaging/build_fonts.py of Tokyo Desk.\n"
        "\n"
        "WenQuanYi Micro Hei is dual-licensed: Apache License 2.0, or GNU GPL version 3 or\n"
        "later with a font embedding exception. Tokyo Desk uses and redistributes it under\n"
        "the Apache License 2.0, whose full text follows the upstream notice below.\n"
        "\n"
        f"===== {WQY_COPYRIGHT} =====\n"
        "\n"
        f"{WQY_COPYRIGHT.read_text(encoding='utf-8').rstrip()}\n"
        "\n"
        f"===== Apache License 2.0 ({APACHE_TEXT}) =====\n"
        "\n"
        f"{APACHE_TEXT.read_text(encoding='utf-8').rstrip()}\n"
    )


def readme_text(scripts: dict[str, dict[str, Any]], sizes: dict[str, int]) -> str:
    noto_version = scripts["Latn"]["source_version"]
    wqy_version = scripts["Hans"]["source_version"]
    rows = "\n".join(f"| `{name}` | {size:,} |" for name, size in sorted(sizes.items()))
    table = "\n".join(
        f"| {spec.ps_family}-{'/'.join(spec.sources)} | {spec.description} | {spec.changes}"
        f" | `{spec.licence}` |"
        for spec in SPECS
    )
    fallback = [key for key, entry in sorted(scripts.items()) if entry["latin_fallback"]]
    fallback_note = (
        "Every merge kept its script's shaping (compared with HarfBuzz against the original\n"
        "font), so no script needs a separate Latin font."
        if not fallback
        else f"The merge changed the shaping of {', '.join(fallback)}: those fonts are the\n"
        "script font alone (renamed) and Latin must be drawn with TokyoDeskSans."
    )
    return f"""# Sheet fonts

Generated by `packaging/build_fonts.py` (`.venv/bin/python packaging/build_fonts.py`); do not
edit by hand. `manifest.json` says which file serves which script, with sha256 sums.

All fonts here are **modified versions** of their sources: **subset** (only the code points
the sheets need are kept), hinting instructions removed, the script fonts **merged** with a
Latin subset of Noto Sans, and all of them **renamed** ("TokyoDesk ..."), with fixed
timestamps. OpenType layout (GSUB/GPOS/GDEF) is kept, so HarfBuzz shapes them as the originals.

| Font | Made from | Modifications | Licence |
|---|---|---|---|
{table}

Sources: Debian `{NOTO_PACKAGE}` {noto_version} (`{NOTO_DIR}/`) and Debian `{WQY_PACKAGE}`
{wqy_version} (`{WQY_TTC}`).

The Latin part of a merged font only fills code points the script font lacks (Latin letters,
ASCII punctuation, NBSP, typographic quotes and dashes, U+2212); the script font's own
digits, spaces and punctuation win (Noto Nastaliq Urdu's space is narrow by design).
{fallback_note}

There is no bold WenQuanYi face: the manifest marks the CJK bold as synthesised
(`"bold": null, "bold_synthesised": true`).

Licences: the Noto fonts are under the SIL Open Font License 1.1 (`OFL.txt`, with the
sources' copyright notices). Their copyright notices declare no Reserved Font Name, but "Noto"
is a trademark of Google LLC and a Modified Version should not present itself as the
original, so the fonts are renamed; the copyright, trademark, designer and licence name
records are kept, and the description record says what was changed. WenQuanYi Micro Hei is
under Apache-2.0 or GPL-3+ with a font exception; it is used under Apache-2.0
(`WenQuanYi-LICENSE.txt`, which also carries the change notice Apache-2.0 section 4(b) asks
for).

| File | Bytes |
|---|---|
{rows}
"""


# --------------------------------------------------------------------------- main


def modifications(spec: Spec, *, merged: bool) -> list[str]:
    if spec.kind == "latin":
        added = ["arrows merged from Noto Sans Symbols", "U+2212 minus added"]
    else:
        added = ["merged with a Noto Sans Latin subset"] if merged else []
    return ["subset", *added, "hinting removed", "renamed"]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(out: Path) -> dict[str, Any]:
    check_sources()
    versions = {package: package_version(package) for package in (NOTO_PACKAGE, WQY_PACKAGE)}
    files: dict[str, bytes] = {}
    scripts: dict[str, dict[str, Any]] = {}
    noto_sources: list[Path] = []

    for spec in SPECS:
        note = f"TokyoDesk build from Debian {spec.package} {versions[spec.package]}"
        merged = spec.kind == "merged"
        built: dict[str, tuple[bytes, list[Path]]] = {}
        for weight in spec.sources:
            built[weight] = build_family(spec, weight, note, merged=merged)
            problems = verify(built[weight][0], spec, weight)
            if problems and not merged:
                raise BuildError(f"{spec.family} {weight}: {problems}")
            if problems:
                print(f"{spec.family} {weight}: merge rejected, shipping the script alone:")
                print("\n".join(f"  {problem}" for problem in problems))
                merged = False
                break
        if spec.kind == "merged" and not merged:  # both weights without the Latin part
            built = {w: build_family(spec, w, note, merged=False) for w in spec.sources}
        written: dict[str, str] = {}
        for weight, (data, originals) in built.items():
            if {"Arab", "Arab-ur"} & set(spec.keys) and not joins(data):
                raise BuildError(f"{spec.family} {weight}: Arabic letters do not join")
            filename = f"{spec.ps_family}-{weight}.ttf"
            check_reportlab(data, filename)
            files[filename] = data
            written[weight] = filename
            if spec.package == NOTO_PACKAGE:
                noto_sources += [path for path in originals if path not in noto_sources]
        sources = sorted({path.name for _, paths in built.values() for path in paths})
        for key in spec.keys:
            scripts[key] = {
                "regular": written["Regular"],
                "bold": written.get("Bold"),
                "bold_synthesised": "Bold" not in written,
                "family": spec.family,
                "postscript_names": {w: f"{spec.ps_family}-{w}" for w in written},
                "latin_fallback": spec.kind == "merged" and not merged,
                "latin_fallback_script": "Latn" if spec.kind == "merged" and not merged else None,
                "licence": spec.licence,
                "source_package": spec.package,
                "source_version": versions[spec.package],
                "sources": sources,
                "modifications": modifications(spec, merged=merged),
                "sha256": {name: sha256(files[name]) for name in written.values()},
            }

    copyrights = _unique(_name_value(load(path), 0) for path in noto_sources)
    files["OFL.txt"] = ofl_text(copyrights).encode("utf-8")
    files["WenQuanYi-LICENSE.txt"] = wqy_licence_text(versions[WQY_PACKAGE]).encode("utf-8")
    sizes = {name: len(data) for name, data in files.items()}
    files["README.md"] = readme_text(scripts, sizes).encode("utf-8")
    manifest = {
        "format": 1,
        "generator": "packaging/build_fonts.py",
        "scripts": scripts,
        "files": {name: {"bytes": len(d), "sha256": sha256(d)} for name, d in files.items()},
        "total_bytes": sum(len(data) for data in files.values()),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(files.items()):
        (out / name).write_bytes(data)
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build resources/fonts/ (see the docstring).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    try:
        manifest = build(args.out)
    except BuildError as exc:
        print(f"build_fonts: {exc}", file=sys.stderr)
        return 2
    for name, info in sorted(manifest["files"].items()):
        print(f"{info['bytes']:>10,}  {name}")
    print(f"{manifest['total_bytes']:>10,}  total (plus manifest.json) in {args.out}")
    fallback = [key for key, entry in manifest["scripts"].items() if entry["latin_fallback"]]
    print(f"latin_fallback: {', '.join(fallback) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
