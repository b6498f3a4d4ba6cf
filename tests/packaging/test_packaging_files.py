"""Packaging files that need no build: the icon set, what the bundle rules leave out, the one
place the version comes from, the Linux desktop entry and AppStream metadata, the Windows
installer script and install.sh."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from tokyo_desk import __version__
from tokyo_desk.gui.application import DESKTOP_FILE_NAME, ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.tokyodesk.TokyoDesk"
sys.path.insert(0, str(PACKAGING))

import build_bundle  # noqa: E402
import build_icons  # noqa: E402
import icu_data  # noqa: E402
from bundle_contents import EXCLUDED_MODULES, ICU_DROPPED_TREES, rule_leaving_out  # noqa: E402

# --- icons -----------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR comes first
    return width, height


def test_the_icon_set_is_rendered_from_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for size in ICON_SIZES:
        assert png_size((ICONS / f"tokyo-desk-{size}.png").read_bytes()) == (size, size)


def _edited(png: bytes, edit: Callable[[QImage], None]) -> bytes:
    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    edit(image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_icon_check_allows_rounding_but_not_a_changed_drawing() -> None:
    committed = (ICONS / "tokyo-desk-256.png").read_bytes()

    def rounded(image: QImage) -> None:  # what another processor's rasteriser does
        for x in range(6):
            colour = image.pixelColor(100 + x, 100)
            colour.setRed(colour.red() + (1 if colour.red() < 255 else -1))
            image.setPixelColor(100 + x, 100, colour)

    def redrawn(image: QImage) -> None:  # a small mark, clearly another picture
        for x in range(4):
            image.setPixelColor(120 + x, 120, QColor(255, 0, 0))

    assert build_icons.same_picture(committed, _edited(committed, rounded))
    assert not build_icons.same_picture(committed, _edited(committed, redrawn))
    small = (ICONS / "tokyo-desk-128.png").read_bytes()
    assert not build_icons.same_picture(committed, small)  # another size


def test_the_ico_file_holds_a_png_per_size() -> None:
    data = (ICONS / "tokyo-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        width, height = png_size(data[offset : offset + length])
        assert width == height == (side or 256)
        assert (planes, bits) == (1, 32)
        sizes.append(width)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_file_holds_the_apple_sizes() -> None:
    data = (ICONS / "tokyo-desk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        code = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        found[code.decode()] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert found == {
        "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512,
        "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
    }  # fmt: skip


# --- what the bundle leaves out --------------------------------------------------------------

SITE = "/venv/lib/python3.13/site-packages"
SYS = "/lib/x86_64-linux-gnu"
DESKTOP_LIBRARIES = "linux-desktop-system-libraries"


@pytest.mark.parametrize(
    ("destination", "source", "platform", "rule"),
    [
        # Qt's own translations: only qt/qtbase in en, fr, ar stay.
        ("PySide6/Qt/translations/qtbase_fr.qm", SITE, "linux", None),
        ("PySide6/Qt/translations/qt_ar.qm", SITE, "linux", None),
        ("PySide6/Qt/translations/qtbase_de.qm", SITE, "linux", "qt-translations"),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", SITE, "linux", "qt-translations"),
        ("PySide6\\translations\\qtbase_ja.qm", SITE, "win32", "qt-translations"),
        # Display back ends: the desktop's own and offscreen stay.
        ("PySide6/Qt/plugins/platforms/libqxcb.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", SITE, "linux", "qt-platform-plugins"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", SITE, "linux", "qt-platform-plugins"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", SITE, "win32", None),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", SITE, "darwin", None),
        # Plugins the window needs stay; the rest goes.
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", SITE, "linux", None),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            SITE,
            "linux",
            None,
        ),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", SITE, "linux", "qt-unused-plugins"),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", SITE, "linux", "qt-unused-plugins"),
        (
            "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
            SITE,
            "linux",
            "qt-opengl-plugins",
        ),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", SITE, "linux", "qt-libraries-of-dropped-plugins"),
        ("libQt6OpenGL.so.6", SITE, "linux", "qt-libraries-of-dropped-plugins"),  # its link
        ("PySide6/Qt/lib/libQt6Network.so.6", SITE, "linux", None),  # libQt6Pdf links it
        # Windows: the OpenGL fallbacks go there only.
        ("PySide6\\opengl32sw.dll", SITE, "win32", "windows-opengl-fallbacks"),
        # Linux: the desktop's system libraries come from the system, not from a wheel.
        ("libglib-2.0.so.0", f"{SYS}/libglib-2.0.so.0", "linux", DESKTOP_LIBRARIES),
        ("libcups.so.2", f"{SYS}/libcups.so.2", "linux", DESKTOP_LIBRARIES),
        ("libstdc++.so.6", f"{SYS}/libstdc++.so.6", "linux", DESKTOP_LIBRARIES),
        ("libxcb-cursor.so.0", f"{SYS}/libxcb-cursor.so.0", "linux", None),
        # Only the GLX integration plugin (left out) links libxcb-glx.
        (
            "libxcb-glx.so.0",
            f"{SYS}/libxcb-glx.so.0",
            "linux",
            "linux-libraries-of-dropped-plugins",
        ),
        ("libxcb-glx.so.0", f"{SITE}/somewheel.libs/libxcb-glx.so.0", "linux", None),
        # Wayland, the SVG icon engine and the desktop integrations stay (see docs/packaging.md).
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", SITE, "linux", None),
        (
            "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
            SITE,
            "linux",
            None,
        ),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", SITE, "linux", None),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", SITE, "linux", None),
        # ICU's libraries stay (their data library is trimmed, not left out).
        ("PySide6/Qt/lib/libicudata.so.73", SITE, "linux", None),
        ("libffi.so.8", f"{SYS}/libffi.so.8", "linux", None),
        ("libssl.so.3", f"{SYS}/libssl.so.3", "linux", None),
        ("pillow.libs/libjpeg-6d.so.62", f"{SITE}/pillow.libs/libjpeg-6d.so.62", "linux", None),
        ("libfreetype.so.6", f"{SYS}/libfreetype.so.6", "win32", None),
        # Our own resources are never touched.
        ("resources/fonts/TokyoDeskSans-Regular.ttf", "/src/resources/fonts/x.ttf", "linux", None),
    ],
)  # fmt: skip
def test_the_file_rules_leave_out_only_what_the_window_never_loads(
    destination: str, source: str, platform: str, rule: str | None
) -> None:
    assert rule_leaving_out(destination, source, platform) == rule


def test_the_head_office_stack_and_the_test_tools_are_excluded_modules() -> None:
    must = {
        "tokyo_desk.server", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic",
        "psycopg", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "PyInstaller",
    }  # fmt: skip
    assert must <= set(EXCLUDED_MODULES)
    kept = {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "_rl_accel"}
    assert not kept & set(EXCLUDED_MODULES)


# --- ICU's data, trimmed -------------------------------------------------------------------

WHEEL_ICU_DATA = sorted(
    (Path(sys.prefix) / "lib").glob("python3*/site-packages/PySide6/Qt/lib/libicudata.so.*")
)
needs_wheel_icu = pytest.mark.skipif(
    not WHEEL_ICU_DATA, reason="the PySide6 wheel carries its own ICU on Linux only"
)


@needs_wheel_icu
def test_the_icu_data_package_reads_and_writes_back_byte_for_byte() -> None:
    symbol, blob = icu_data.data_symbol(WHEEL_ICU_DATA[0])
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    header, items = icu_data.read_package(blob)
    assert len(items) > 1000
    assert icu_data.write_package(header, items) == blob


@needs_wheel_icu
def test_trimming_icu_data_leaves_out_the_dropped_trees_and_nothing_else() -> None:
    _, blob = icu_data.data_symbol(WHEEL_ICU_DATA[0])
    _, items = icu_data.read_package(blob)
    trimmed, left_out = icu_data.trim_package(blob, ICU_DROPPED_TREES)
    _, kept = icu_data.read_package(trimmed)
    expected = [item for item in items if icu_data.tree_of(item[0]) not in ICU_DROPPED_TREES]
    assert kept == expected  # the same names, in the same (sorted) order, with the same bytes
    assert left_out == len(items) - len(kept) > 0
    assert [name for name, _ in kept] == sorted(name for name, _ in kept)
    assert not [name for name, _ in kept if icu_data.tree_of(name) in ICU_DROPPED_TREES]
    assert len(trimmed) < len(blob) - 10 * 2**20


def test_icu_keeps_what_qt_reads() -> None:
    # Collation, time-zone names, converters and the locale data (calendars, time zones,
    # normalisation: the top of the package, tree "") are read by Qt Core.
    assert not {"coll", "zone", ""} & set(ICU_DROPPED_TREES)
    assert icu_data.tree_of("icudt73l/coll/fr.res") == "coll"
    assert icu_data.tree_of("icudt73l/ibm-1252_P100-2000.cnv") == ""


def test_a_package_that_is_not_icu_data_is_refused() -> None:
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_data.read_package(b"\x90\x00\xda\x27" + b"\0" * 200)


# --- one version, everywhere ----------------------------------------------------------------


def test_the_version_comes_from_the_package_only() -> None:
    assert build_bundle.version() == __version__
    iss = (PACKAGING / "windows" / "tokyo-desk.iss").read_text(encoding="utf-8-sig")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.MULTILINE)
    assert not re.search(r"\d+\.\d+\.\d+", iss)  # no version written into the script
    metainfo = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert '<release version="@VERSION@" date="@DATE@"/>' in metainfo
    spec = (PACKAGING / "tokyo-desk.spec").read_text(encoding="utf-8")
    assert "from tokyo_desk import __version__" in spec
    assert '"CFBundleShortVersionString": __version__' in spec


def test_inno_setup_gets_the_version_and_folders_on_its_command_line(tmp_path: Path) -> None:
    command = build_bundle.inno_setup_command("ISCC.exe", "1.2.3rc1", tmp_path / "b", tmp_path)
    assert command[0] == "ISCC.exe"
    assert "/DAppVersion=1.2.3rc1" in command
    assert "/DAppVersionNumeric=1.2.3.1" in command  # Windows wants four numbers
    assert f"/DSourceDir={tmp_path / 'b'}" in command
    assert command[-1].endswith("tokyo-desk.iss")


def test_the_installer_keeps_profiles_unless_asked_and_runs_the_self_test() -> None:
    iss = (PACKAGING / "windows" / "tokyo-desk.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in iss  # per user
    assert '{group}\\Tokyo Desk"; Filename: "{app}\\tokyo-desk.exe"' in iss  # Start menu
    assert "'--self-test'" in iss
    deleting = iss[iss.index("procedure CurUninstallStepChanged") :]
    assert "/DELETEPROFILES" in deleting
    assert "MB_DEFBUTTON2" in deleting  # "No" is the default answer
    assert (PACKAGING / "windows" / "tokyo-desk.iss").read_bytes()[:3] == b"\xef\xbb\xbf"


# --- Linux desktop integration -----------------------------------------------------------------


def test_the_desktop_entry_matches_the_window_and_the_icons() -> None:
    entry = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == "tokyo-desk"
    assert fields["Icon"] == APP_ID
    assert fields["Type"] == "Application"
    assert DESKTOP_FILE_NAME == APP_ID  # the window names this file (task bar icon)
    assert {"Comment[fr]", "Comment[ar]", "GenericName[fr]", "GenericName[ar]"} <= set(fields)
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run([validator, str(PACKAGING / "linux" / f"{APP_ID}.desktop")],
                                capture_output=True, text=True, check=False)  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_linux_files_are_added_with_the_version_and_validate(tmp_path: Path) -> None:
    build_bundle.add_linux_desktop_files(tmp_path, "9.8.7")
    metainfo = tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    text = metainfo.read_text(encoding="utf-8")
    assert re.search(r'<release version="9\.8\.7" date="\d{4}-\d\d-\d\d"/>', text)
    for size in ICON_SIZES:
        icons = tmp_path / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert png_size((icons / f"{APP_ID}.png").read_bytes()) == (size, size)
    assert (tmp_path / "install.sh").stat().st_mode & 0o111
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed: AppStream metadata not validated")
    result = subprocess.run([validator, "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_sh_is_valid_posix_shell() -> None:
    result = subprocess.run(["sh", "-n", str(PACKAGING / "linux" / "install.sh")],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_the_tarball_holds_the_folder_as_tokyo_desk(tmp_path: Path) -> None:
    import tarfile

    folder = tmp_path / "tokyo-desk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "tokyo-desk").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "tokyo-desk").chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    packed = build_bundle.make_tarball(folder, tmp_path, "9.8.7")
    assert packed.name.startswith("tokyo-desk-9.8.7-linux-")
    assert packed.name.endswith(".tar.xz")
    with tarfile.open(packed) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert set(members) == {
        "tokyo-desk/_internal",
        "tokyo-desk/_internal/data.txt",
        "tokyo-desk/tokyo-desk",
    }
    assert members["tokyo-desk/tokyo-desk"].mode & 0o111
    assert {member.uid for member in members.values()} == {0}
