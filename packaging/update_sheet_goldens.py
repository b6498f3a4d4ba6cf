"""Regenerate the golden page images of the sample sheets, and their previews.

    .venv/bin/python packaging/update_sheet_goldens.py [CODE ...]

For every available language pack (or the CODEs given) and both registers, the bundled sample
sheet (A4) is rendered and page 1 is written twice:

- ``tests/golden/sheets/<lang>-<standard|easy>.png``: 36 dpi greyscale (``pdftoppm -gray``),
  compared by ``tests/integration/test_sheet_render.py`` with a small tolerance;
- ``docs/sheets/<lang>-<standard|easy>.png``: 70 dpi colour, for people to look at.

Look at the changed previews before committing new goldens (``git diff --stat`` shows which
changed).  Needs ``pdftoppm`` from poppler-utils.  Exits 1 if any sheet could not be rendered
(the others are still written).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageChops  # noqa: E402

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.sheets.packs import available_languages, load_pack  # noqa: E402
from tokyo_desk.sheets.render import render_sheet  # noqa: E402
from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request  # noqa: E402

GOLDEN_DIR = ROOT / "tests" / "golden" / "sheets"
PREVIEW_DIR = ROOT / "docs" / "sheets"
GOLDEN_DPI = 36  # keep in step with tests/integration/test_sheet_render.py
PREVIEW_DPI = 70
REGISTERS = {"standard": False, "easy": True}


def page_one(pdf: bytes, directory: Path, *, dpi: int, grey: bool) -> Image.Image:
    """Page 1 rendered by pdftoppm (PNG), as a Pillow image."""
    source = directory / "sheet.pdf"
    source.write_bytes(pdf)
    root = directory / f"page-{dpi}"
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
    if grey:
        command.append("-gray")
    subprocess.run([*command, str(source), str(root)], check=True, capture_output=True)
    data = root.with_suffix(".png").read_bytes()
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image


def lossless_palette(image: Image.Image) -> Image.Image:
    """The image with a palette when 256 colours hold it exactly (previews are mostly grey:
    a palette PNG is under half the size of an RGB one); otherwise the image itself."""
    if image.mode != "RGB" or image.getcolors(256) is None:
        return image
    palette = image.quantize(colors=256, dither=Image.Dither.NONE)
    exact = ImageChops.difference(palette.convert("RGB"), image).getbbox() is None
    return palette if exact else image


def save_png(image: Image.Image, path: Path) -> bool:
    """Write ``image`` (optimised, no timestamps); True if the file changed."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    data = buffer.getvalue()
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def main(argv: list[str]) -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 2
    available = available_languages()
    codes = argv or list(available)
    unknown = sorted(set(codes) - set(available))
    if unknown:
        print(f"no language pack: {', '.join(unknown)}", file=sys.stderr)
        return 2
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    PREVIEW_DIR.mkdir(parents=True, exist_ok=True)
    catalogue = load_default()
    english = load_pack("en", catalogue)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as work:
        directory = Path(work)
        for code in codes:
            pack = load_pack(code, catalogue)
            for register, easy_read in REGISTERS.items():
                name = f"{code}-{register}.png"
                try:
                    request = sample_request(pack, catalogue, easy_read=easy_read)
                    sheet = render_sheet(request, pack, english, catalogue, key=SAMPLE_KEY)
                except Exception:  # report every failing sheet, write the others
                    failed.append(name)
                    print(f"FAILED {name}:\n{traceback.format_exc()}", file=sys.stderr)
                    continue
                golden = page_one(sheet.pdf, directory, dpi=GOLDEN_DPI, grey=True).convert("L")
                preview = lossless_palette(
                    page_one(sheet.pdf, directory, dpi=PREVIEW_DPI, grey=False)
                )
                changed = [
                    str(path.relative_to(ROOT))
                    for image, path in ((golden, GOLDEN_DIR / name), (preview, PREVIEW_DIR / name))
                    if save_png(image, path)
                ]
                print(f"{name}: {sheet.pages} pages, " + (", ".join(changed) or "unchanged"))
    # Images of packs that no longer exist.
    for directory_ in (GOLDEN_DIR, PREVIEW_DIR):
        for path in sorted(directory_.glob("*.png")):
            if path.stem.rsplit("-", 1)[0] not in available:
                path.unlink()
                print(f"removed {path.relative_to(ROOT)}")
    if failed:
        print(f"could not render: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
