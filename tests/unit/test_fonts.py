"""Sheet fonts built by packaging/build_fonts.py: manifest, names, coverage, embedding, shaping."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import uharfbuzz as hb
from fontTools.misc.timeTools import timestampSinceEpoch
from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
BUILD_SCRIPT = ROOT / "packaging" / "build_fonts.py"
NOTO = Path("/usr/share/fonts/truetype/noto")

SCRIPT_KEYS = ("Latn", "Cyrl", "Arab", "Arab-ur", "Deva", "Beng", "Hans")
FIXED_TIMESTAMP = timestampSinceEpoch(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp())

LATIN_LETTERS = "ÀÂÇÉÈÊËÎÏÔŒÙÛÜŸàâçéèêëîïôœùûüÿÁÍÑÓÚáíñóúãõ"
MIXED = "Kabul Road 10:30 +93 70 123 4567 PS-2026-000123"
SAMPLES = {
    "Latn": (
        LATIN_LETTERS,
        "Swahili: Ofisi ya Wilaya, saa nne na nusu.",
        "¿Por qué? ¡Sí! « Bonjour » “quotes” ‘single’ – — … € −5 \u00a0\u202f\u200c\u200d",
        "→ ← ↑ ↓",
    ),
    "Cyrl": ("Ёё Щщ Ъъ", "Вы должны явиться в офис № 5."),
    "Arab": ("محمد", "گچپژکی\u200c", "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "مي\u200cخواهم"),
    "Arab-ur": ("ےہٹڈڑں", "محمد", "آپ کو ہر ہفتے دفتر آنا ہوگا۔"),
    "Deva": ("क्षत्रज्ञ", "आपको हर सप्ताह कार्यालय आना होगा।"),
    "Beng": ("ক্ষজ্ঞ", "আপনাকে প্রতি সপ্তাহে অফিসে আসতে হবে।"),
    "Hans": ("你的条件和权利", "，。、“”：（）"),
}
# Script keys whose font must also carry Latin letters and digits itself.
NON_LATIN = ("Arab", "Arab-ur", "Deva", "Beng", "Hans")
# Source fonts, to compare shaping with (tests skip when Debian's fonts are not installed).
ORIGINALS = {
    "Arab": "NotoNaskhArabic",
    "Arab-ur": "NotoNastaliqUrdu",
    "Deva": "NotoSansDevanagari",
    "Beng": "NotoSansBengali",
}
SHAPING_TEXTS = {
    "Arab": ("محمد", "يجب عليك الحضور إلى المكتب كل أسبوع.", "می\u200cخواهم با افسر صحبت کنم."),
    "Arab-ur": ("محمد", "آپ کو ہر ہفتے دفتر آنا ہوگا۔", "پاکستان، کراچی، لاہور"),
    "Deva": ("क्षत्रज्ञ", "आपको हर सप्ताह कार्यालय आना होगा।"),
    "Beng": ("ক্ষজ্ঞ", "আপনাকে প্রতি সপ্তাহে অফিসে আসতে হবে।"),
}


@cache
def manifest() -> dict[str, Any]:
    return dict(json.loads((FONTS / "manifest.json").read_text(encoding="utf-8")))


def entry(key: str) -> dict[str, Any]:
    return dict(manifest()["scripts"][key])


def weights(key: str) -> list[str]:
    """The font files of a script key (one when the bold is synthesised)."""
    item = entry(key)
    return [item["regular"]] + ([item["bold"]] if item["bold"] else [])


def font_files() -> list[str]:
    return sorted({name for key in SCRIPT_KEYS for name in weights(key)})


@cache
def font(name: str) -> TTFont:
    return TTFont(str(FONTS / name))


@cache
def hb_font(path: Path) -> Any:
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))


def shape(path: Path, text: str) -> list[tuple[int, int]]:
    """HarfBuzz glyph ids and clusters of ``text``."""
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(hb_font(path), buffer, {})
    return [(info.codepoint, info.cluster) for info in buffer.glyph_infos]


def test_manifest_lists_every_script() -> None:
    scripts = manifest()["scripts"]
    assert set(SCRIPT_KEYS) <= set(scripts)
    for key in SCRIPT_KEYS:
        item = entry(key)
        assert item["family"].startswith("TokyoDesk ")
        assert item["regular"].endswith("-Regular.ttf")
        assert item["bold"] is None or item["bold"].endswith("-Bold.ttf")
        assert item["bold_synthesised"] is (item["bold"] is None)
        assert isinstance(item["latin_fallback"], bool)
        assert (FONTS / item["licence"]).is_file()
        assert item["source_package"] in ("fonts-noto-core", "fonts-wqy-microhei")
        assert item["source_version"]
        assert set(item["sha256"]) == set(weights(key))
    assert entry("Hans")["licence"] == "WenQuanYi-LICENSE.txt"
    assert entry("Arab")["licence"] == "OFL.txt"


def test_listed_files_exist_with_recorded_sha256() -> None:
    recorded = {name: info["sha256"] for name, info in manifest()["files"].items()}
    for key in SCRIPT_KEYS:
        recorded.update(entry(key)["sha256"])
    assert {"OFL.txt", "WenQuanYi-LICENSE.txt", "README.md"} <= set(recorded)
    for name, digest in recorded.items():
        path = FONTS / name
        assert path.is_file(), name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, name


def test_licence_files() -> None:
    ofl = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "Copyright 2015 Google LLC" in ofl
    assert "PERMISSION & CONDITIONS" in ofl
    wqy = (FONTS / "WenQuanYi-LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in wqy
    assert "WenQuanYi Project" in wqy
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    for word in ("subset", "merged", "renamed", "fonts-noto-core", "fonts-wqy-microhei"):
        assert word in readme


def test_total_size_is_reasonable() -> None:
    total = sum(path.stat().st_size for path in FONTS.iterdir() if path.is_file())
    assert total < 12 * 1024 * 1024


@pytest.mark.parametrize("name", font_files())
def test_font_is_renamed_truetype(name: str) -> None:
    ttf = font(name)
    assert "glyf" in ttf
    assert "CFF " not in ttf
    key = next(key for key in SCRIPT_KEYS if name in weights(key))
    family = entry(key)["family"]
    names = {record.nameID: record.toUnicode() for record in ttf["name"].names}
    assert names[1] == family
    assert names[6] == name.removesuffix(".ttf")
    for name_id in (1, 3, 4, 6, 16, 17, 18, 21, 22, 25):
        value = names.get(name_id, "")
        assert "noto" not in value.lower(), (name_id, value)
        assert "wenquanyi" not in value.lower(), (name_id, value)
    assert names[0]  # copyright notices kept
    assert "Modified version" in names[10]
    assert ttf["head"].created == ttf["head"].modified == FIXED_TIMESTAMP


@pytest.mark.parametrize("key", SCRIPT_KEYS)
def test_coverage(key: str) -> None:
    texts = list(SAMPLES[key])
    fallback = entry(key)["latin_fallback"]
    if key in NON_LATIN and not fallback:
        texts.append(MIXED)
    for name in weights(key):
        cmap = font(name).getBestCmap()
        for text in texts:
            missing = sorted({char for char in text if ord(char) not in cmap})
            assert not missing, (name, text, missing)
    if fallback:  # the renderer draws Latin with the Latin font instead
        cmap = font(entry("Latn")["regular"]).getBestCmap()
        assert all(ord(char) in cmap for char in MIXED)


@pytest.mark.parametrize("name", font_files())
def test_reportlab_embeds_the_font(name: str) -> None:
    key = next(key for key in SCRIPT_KEYS if name in weights(key))
    rl_name = f"test-fonts-{name}"
    if rl_name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(ReportLabFont(rl_name, str(FONTS / name)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont(rl_name, 12)
    canvas.drawString(72, 720, SAMPLES[key][0])
    if key in NON_LATIN:
        canvas.drawString(72, 700, MIXED)
    canvas.showPage()
    canvas.save()
    pdf = buffer.getvalue()
    assert b"/FontFile2" in pdf
    assert b"+" + name.removesuffix(".ttf").encode() in pdf  # subset, under our name
    assert b"Noto" not in pdf


@pytest.mark.parametrize("key", ["Arab", "Arab-ur"])
def test_arabic_letters_join(key: str) -> None:
    word = "محمد"
    for name in weights(key):
        path = FONTS / name
        isolated = [shape(path, letter)[0][0] for letter in word]
        joined = shape(path, word)
        assert joined
        for glyph, cluster in joined:
            assert glyph != 0
            assert glyph != isolated[cluster], (name, cluster)


@pytest.mark.parametrize(("key", "cluster"), [("Deva", "क्ष"), ("Beng", "ক্ষ")])
def test_indic_conjunct_forms(key: str, cluster: str) -> None:
    for name in weights(key):
        glyphs = shape(FONTS / name, cluster)
        assert 0 < len(glyphs) < len(cluster), name
        assert all(glyph != 0 for glyph, _ in glyphs)


@pytest.mark.parametrize("key", sorted(ORIGINALS))
def test_merge_kept_the_original_shaping(key: str) -> None:
    """Same glyphs (by name) and clusters as the Noto font the script comes from."""
    for name in weights(key):
        weight = name.removesuffix(".ttf").rsplit("-", 1)[1]
        original = NOTO / f"{ORIGINALS[key]}-{weight}.ttf"
        if not original.is_file():
            pytest.skip("Debian's fonts-noto-core is not installed")
        original_order = TTFont(str(original)).getGlyphOrder()
        built_order = font(name).getGlyphOrder()
        for text in SHAPING_TEXTS[key]:
            before = [(original_order[g], c) for g, c in shape(original, text)]
            after = [(built_order[g], c) for g, c in shape(FONTS / name, text)]
            assert before == after, (name, text)


@pytest.mark.slow
def test_build_is_reproducible(tmp_path: Path) -> None:
    """Rebuilding from the same Debian packages gives the committed bytes."""
    if not (NOTO / "NotoSans-Regular.ttf").is_file():
        pytest.skip("Debian's fonts-noto-core is not installed")
    installed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "fonts-noto-core"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if installed != entry("Latn")["source_version"]:
        pytest.skip(f"fonts-noto-core {installed} is not the version the fonts were built from")
    out = tmp_path / "fonts"
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for name in [*manifest()["files"], "manifest.json"]:
        assert (out / name).read_bytes() == (FONTS / name).read_bytes(), name
