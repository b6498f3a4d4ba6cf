"""The ``sheets`` area: warm render latency, cold first sheet, PDF size and page counts.

Measured on the bundled sample (``tokyo_desk.sheets.sample``) in every bundled language pack,
in both registers (standard and Easy Read), exactly as ``tokyo-desk sheet --sample`` renders it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.sheets.packs import LanguagePack, available_languages, load_pack
from tokyo_desk.sheets.render import RenderedSheet, render_sheet
from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request

ROOT = Path(__file__).resolve().parents[2]
REGISTERS = (("standard", False), ("easy_read", True))

# Run in a fresh interpreter: everything from the first import to the rendered PDF.
FIRST_SHEET_CODE = """\
import time
started = time.perf_counter()
from tokyo_desk.domain.catalogue import load_default
from tokyo_desk.sheets.packs import load_pack
from tokyo_desk.sheets.render import render_sheet
from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request
catalogue = load_default()
pack = load_pack({language!r}, catalogue)
official = load_pack("en", catalogue)
request = sample_request(pack, catalogue)
sheet = render_sheet(request, pack, official, catalogue, key=SAMPLE_KEY)
assert sheet.pdf.startswith(b"%PDF")
print((time.perf_counter() - started) * 1000)
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _render(
    pack: LanguagePack, official: LanguagePack, catalogue: Catalogue, easy_read: bool
) -> RenderedSheet:
    request = sample_request(pack, catalogue, easy_read=easy_read)
    return render_sheet(request, pack, official, catalogue, key=SAMPLE_KEY)


def warm_renders(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """p50/p95 of rendering the sample after one untimed render per language; size, pages."""
    repeats = 3 if quick else 20
    official = load_pack("en", catalogue)
    all_timings: list[float] = []
    figures: dict[str, float] = {}
    sizes_kb: list[float] = []
    pages: dict[str, list[int]] = {name: [] for name, _ in REGISTERS}
    for language in available_languages():
        print(f"    {language}", file=sys.stderr, flush=True)
        pack = load_pack(language, catalogue)
        _render(pack, official, catalogue, False)  # fonts registered, caches filled
        timings: list[float] = []
        for register, easy_read in REGISTERS:
            for _ in range(repeats):
                started = time.perf_counter()
                sheet = _render(pack, official, catalogue, easy_read)
                timings.append((time.perf_counter() - started) * 1000)
            size_kb = len(sheet.pdf) / 1024
            sizes_kb.append(size_kb)
            pages[register].append(sheet.pages)
            if language == "en" and register == "standard":
                figures["pdf_kb_en"] = size_kb
        figures[f"render_p95_ms_{language}"] = _percentile(timings, 0.95)
        all_timings += timings
    return {
        "render_p50_ms": _percentile(all_timings, 0.5),
        "render_p95_ms": _percentile(all_timings, 0.95),
        **figures,
        "pdf_kb_max": max(sizes_kb),
        "pages_max_standard": max(pages["standard"]),
        "pages_max_easy_read": max(pages["easy_read"]),
    }


def _first_sheet_ms(language: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SHEET_CODE.format(language=language)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"first-sheet child ({language}) failed:\n{result.stderr[-3000:]}")
    return float(result.stdout.strip().splitlines()[-1])


def first_sheet(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """A cold process: imports, catalogue, packs, font registration and one render (median)."""
    runs = 1 if quick else 3
    figures: dict[str, float] = {}
    for language, name in (
        ("en", "first_sheet_ms"),
        ("ar", "first_sheet_ms_ar"),
        ("zh", "first_sheet_ms_zh"),
    ):
        if language not in available_languages():
            print(f"    no {language} pack: {name} not measured", file=sys.stderr, flush=True)
            continue
        print(f"    {language}", file=sys.stderr, flush=True)
        figures[name] = statistics.median(_first_sheet_ms(language) for _ in range(runs))
    return figures


def run(quick: bool) -> dict[str, float]:
    catalogue = load_default()
    figures: dict[str, float] = {}
    for step in (warm_renders, first_sheet):
        print(f"  {step.__name__}", file=sys.stderr, flush=True)
        figures.update(step(catalogue, quick))
    return {name: round(value, 3) for name, value in figures.items()}
