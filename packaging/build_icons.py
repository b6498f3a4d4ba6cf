"""Render the application icon set from ``resources/icons/tokyo-desk.svg``.

    .venv/bin/python packaging/build_icons.py [--check] [--out DIR]

Writes, beside the SVG (our own drawing, no third-party artwork):

- ``tokyo-desk-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512: the window icon (Qt picks
  the nearest size), the Linux hicolor icons and the sources of the two containers below;
- ``tokyo-desk.ico`` (Windows: the executable's and the installer's icon): 16-256 px, each
  entry a PNG (read by Windows Vista and later);
- ``tokyo-desk.icns`` (macOS app bundle): the ``icp4``-``ic10`` entries, each a PNG (read by
  macOS 10.7 and later), so no ``iconutil`` (macOS only) is needed to build it.

Both containers are written here byte by byte: their formats are a short header and a table
of entries.  ``--check`` renders into a temporary directory and exits 1 when a committed PNG
shows another picture (beyond the rasteriser's rounding, which varies by processor) or a
container was not built from the committed PNGs (a test runs it).  Needs Qt's SVG renderer
(PySide6-Essentials), offscreen.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "tokyo-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's type codes for PNG payloads: (code, pixels).  ic11-ic14 are the @2x variants.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_name(size: int) -> str:
    return f"tokyo-desk-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon at ``size`` x ``size`` pixels, transparent outside the drawing, as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG entry per size (ICONDIR + ICONDIRENTRY table)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    table, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte fields
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + table + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length incl. 8, PNG) entries."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out: Path) -> list[Path]:
    """Render every file of the icon set into ``out``; return the paths written."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    pngs = {size: render_png(renderer, size) for size in PNG_SIZES}
    del app
    files = {png_name(size): data for size, data in pngs.items()}
    files["tokyo-desk.ico"] = ico({size: pngs[size] for size in ICO_SIZES})
    files["tokyo-desk.icns"] = icns(pngs)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


# Qt's rasteriser picks its code path by processor (SSE2, AVX2, ...): the same SVG rendered on
# another machine can differ by one level in a few edge pixels.  Measured: 6 pixels of the
# 512 px icon, by 1.  A changed drawing differs in many pixels or by much more.
TOLERANCE_LEVELS = 2
TOLERANCE_PIXELS = 0.001  # share of the pixels that may differ (by at most TOLERANCE_LEVELS)


def same_picture(committed: bytes, fresh: bytes) -> bool:
    """Whether two PNGs show the same icon, up to the rasteriser's rounding."""
    if committed == fresh:
        return True
    old, new = QImage.fromData(committed, "PNG"), QImage.fromData(fresh, "PNG")
    if old.isNull() or old.size() != new.size():
        return False
    old = old.convertToFormat(QImage.Format.Format_ARGB32)
    new = new.convertToFormat(QImage.Format.Format_ARGB32)
    differing = 0
    for y in range(old.height()):
        for x in range(old.width()):
            a, b = old.pixel(x, y), new.pixel(x, y)
            if a == b:
                continue
            if max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16, 24)) > (
                TOLERANCE_LEVELS
            ):
                return False
            differing += 1
    return differing <= TOLERANCE_PIXELS * old.width() * old.height()


def stale(out: Path) -> list[str]:
    """Names of icon files that differ from a fresh render (or are missing): the PNGs as
    pictures, the two containers as built from the committed PNGs."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = {path.name: path.read_bytes() for path in build(Path(scratch))}
    problems = []
    committed: dict[int, bytes] = {}
    for size in PNG_SIZES:
        path = out / png_name(size)
        if not path.exists() or not same_picture(path.read_bytes(), fresh[path.name]):
            problems.append(path.name)
        else:
            committed[size] = path.read_bytes()
    if len(committed) == len(PNG_SIZES):
        containers = {
            "tokyo-desk.ico": ico({size: committed[size] for size in ICO_SIZES}),
            "tokyo-desk.icns": icns(committed),
        }
        for name, data in containers.items():
            if not (out / name).exists() or (out / name).read_bytes() != data:
                problems.append(name)
    else:
        problems += ["tokyo-desk.ico", "tokyo-desk.icns"]
    return sorted(problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the icon set is stale")
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args()
    if args.check:
        problems = stale(args.out)
        if problems:
            print(f"stale icons: {', '.join(problems)}; run packaging/build_icons.py")
            return 1
        print("icons are up to date")
        return 0
    for path in build(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
