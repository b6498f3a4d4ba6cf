"""What the desktop bundle leaves out, and why: read by ``tokyo-desk.spec``.

Three kinds of rule:

- ``EXCLUDED_MODULES``: Python modules PyInstaller must not follow.  Some are reached only
  through optional imports of libraries we use (pydantic's mypy and hypothesis plugins, a
  doctest in ReportLab's colours module, Pillow's image codecs), some are in the build
  environment for other reasons (the head-office server, the test tools).  A module left out
  here also leaves out the native libraries only it needs.
- ``FILE_RULES``: files PyInstaller collected that the window never loads: Qt plugins for
  other platforms and other kinds of program, Qt's translations into languages the window
  does not offer, Qt libraries only those plugins need, and (Linux) the desktop's own system
  libraries, which must come from the computer the bundle runs on.
- ``ICU_DROPPED_TREES`` (Linux): parts of ICU's data that Qt never reads; ``icu_data.py``
  rebuilds the wheel's ``libicudata`` without them.

``build_bundle.py`` reports the bytes each rule kept out (``build/.../exclusions.json``).  What
the app needs is proved by the self-test run from the built bundle.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass
from pathlib import PurePosixPath

# The head-office service and its stack: never imported by the desktop (an import-linter
# contract says so); listed so that no hook can pull them in either.
SERVER_MODULES = (
    "tokyo_desk.server",
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "mako",
    "greenlet",
    "psycopg",
    "psycopg_binary",
    "psycopg_pool",
    "httptools",
    "uvloop",
    "watchfiles",
    "websockets",
    "anyio",
    "sniffio",
    "h11",
    "httpx",
    "httpcore",
)
# Development and test tools installed beside the app in the build environment.  pydantic's
# PyInstaller hook reaches mypy (pydantic.mypy) and hypothesis (pydantic.v1's plugin).
TOOL_MODULES = (
    "pytest",
    "_pytest",
    "pytestqt",
    "pluggy",
    "hypothesis",
    "_hypothesis_globals",
    "_hypothesis_ftz_detector",
    "mypy",
    "mypyc",
    "ast_serialize",
    "pydantic.mypy",
    "pydantic.v1",
    "ruff",
    "importlinter",
    "grimp",
    "tomli_w",
    "fontTools",
    "PyInstaller",
    "librt",  # mypyc's runtime, installed with mypy
    "pip",
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
)
# Qt modules the app never imports (its Qt is QtCore, QtGui, QtWidgets, QtPrintSupport,
# QtPdf, QtPdfWidgets).  QtNetwork's library stays: libQt6Pdf links it.
QT_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdfQuick",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)
# Backends and codecs of libraries we use that the app never reaches: zstandard's CFFI
# backend (the C one is used), uharfbuzz's test module, and every Pillow codec (ReportLab
# imports PIL.Image, but our sheets hold no bitmap images).
UNUSED_PARTS = (
    "zstandard.backend_cffi",
    "zstandard._cffi",
    "uharfbuzz._harfbuzz_test",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    "numpy",
    "charset_normalizer",
    # pydantic's error formatting can use rich (and rich pygments and markdown-it); the
    # desktop never asks it to.
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
)
# Standard library the app does not use: reached only through doctest blocks and tools.
STDLIB_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "doctest",
    "pdb",
    "pydoc",
    "asyncio",
    "multiprocessing",
    "curses",
    "readline",
    "sqlite3",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "turtle",
    # Legacy CJK codecs: the app reads and writes UTF-8 only (Japanese stays: ReportLab's QR
    # encoder looks up shift_jis).
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    "_pydecimal",  # decimal's pure-Python fallback: the C module is there
)
EXCLUDED_MODULES = SERVER_MODULES + TOOL_MODULES + QT_MODULES + UNUSED_PARTS + STDLIB_MODULES

# Linux: the PySide6 wheel's ICU data library (libicudata, 30.5 MiB) is rebuilt without these
# parts ("trees") of ICU's data by icu_data.py, the spec says where.  Qt Core is the only
# bundled library that calls ICU, and only for collation (ucol_*), calendars and time-zone
# names (ucal_*), named codecs (ucnv_*) and locale case mapping (u_strToUpper/Lower): none of
# these reads the trees below.  QLocale's own names (languages, territories, currencies, day
# names) come from Qt's built-in CLDR tables, not from ICU.  Kept: the locale data (calendars,
# number symbols for time-zone offsets), coll, zone, every converter, normalisation.
# tests/packaging/icu_probe.py prints what Qt computes with ICU; test_bundle.py checks that
# the trimmed data gives the same output as the full one.
ICU_DROPPED_TREES = (
    "brkitr",  # break iterators and their dictionaries (3.2 MiB): Qt has its own (no ubrk_*)
    "unit",  # names of measurement units (3.2 MiB): number formatting, not used by Qt
    "curr",  # currency names (2.8 MiB): QLocale::currencySymbol is Qt's own table
    "lang",  # language names (2.6 MiB): QLocale::languageToString is Qt's own table
    "region",  # territory names (1.1 MiB): QLocale::territoryToString is Qt's own table
    "translit",  # transliteration rules (1.0 MiB): no utrans_* in Qt
    "rbnf",  # spelled-out numbers (0.6 MiB): no unum_*/RuleBasedNumberFormat in Qt
)


@dataclass(frozen=True)
class FileRule:
    """Leave out collected files whose bundle path matches ``drop`` unless it matches ``keep``.

    Patterns are ``fnmatch`` patterns over the path inside the bundle, with ``/`` separators
    (``*`` also crosses ``/``).  ``system_only`` rules apply only to files PyInstaller took from
    the build machine's system library directories, never to libraries that came with a
    Python package.
    """

    name: str
    why: str
    drop: tuple[str, ...]
    keep: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ("linux", "win32", "darwin")
    system_only: bool = False

    def leaves_out(self, destination: str, source: str, platform: str = sys.platform) -> bool:
        if platform not in self.platforms:
            return False
        path = PurePosixPath(destination.replace("\\", "/")).as_posix()
        if self.system_only and not _from_system(source):
            return False
        dropped = any(fnmatch.fnmatchcase(path, pattern) for pattern in self.drop)
        return dropped and not any(fnmatch.fnmatchcase(path, pattern) for pattern in self.keep)


def _from_system(source: str) -> bool:
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))


PLUGINS = "PySide6/*plugins"  # PySide6/Qt/plugins (Linux, macOS), PySide6/plugins (Windows)
KEPT_QT_LANGUAGES = ("en", "fr", "ar")  # the window's languages (settings.UI_LANGUAGES)

FILE_RULES = (
    FileRule(
        "qt-translations",
        "Qt's own translations except qt/qtbase for the window's languages (en, fr, ar)",
        drop=("PySide6/*translations/*",),
        keep=tuple(
            f"PySide6/*translations/{kind}_{language}.qm"
            for kind in ("qt", "qtbase")
            for language in KEPT_QT_LANGUAGES
        ),
    ),
    FileRule(
        "qt-platform-plugins",
        "display back ends for embedded devices and remote screens (kept: the desktop's "
        "own, xcb and wayland on Linux, windows, cocoa, and offscreen for the self-test)",
        drop=(f"{PLUGINS}/platforms/*",),
        keep=tuple(
            f"{PLUGINS}/platforms/*{name}*"
            for name in ("qxcb", "qwayland", "qwindows", "qdirect2d", "qcocoa", "qoffscreen")
        ),
    ),
    FileRule(
        "qt-opengl-plugins",
        "OpenGL/EGL/Vulkan integrations: the window paints with the raster engine",
        drop=(
            f"{PLUGINS}/xcbglintegrations/*",
            f"{PLUGINS}/egldeviceintegrations/*",
            f"{PLUGINS}/wayland-graphics-integration-client/*",
            f"{PLUGINS}/wayland-graphics-integration-server/*",
        ),
    ),
    FileRule(
        "qt-wayland-shells",
        "Wayland shells other than xdg-shell (the one desktop compositors speak)",
        drop=(f"{PLUGINS}/wayland-shell-integration/*",),
        keep=(f"{PLUGINS}/wayland-shell-integration/*xdg-shell*",),
    ),
    FileRule(
        "qt-unused-plugins",
        "image codecs (icons are PNG, sheets are PDF; SVG kept for the system icon theme), "
        "touch and evdev input without a window system, network information, TLS back ends, "
        "SQL drivers, QML tooling, Designer plugins, the QML virtual keyboard",
        drop=(
            f"{PLUGINS}/imageformats/*",
            f"{PLUGINS}/generic/*",
            f"{PLUGINS}/networkinformation/*",
            f"{PLUGINS}/tls/*",
            f"{PLUGINS}/sqldrivers/*",
            f"{PLUGINS}/qmltooling/*",
            f"{PLUGINS}/designer/*",
            f"{PLUGINS}/platforminputcontexts/*virtualkeyboard*",
        ),
        keep=(f"{PLUGINS}/imageformats/*qsvg*",),
    ),
    FileRule(
        "qt-libraries-of-dropped-plugins",
        "Qt libraries that only the plugins left out above load",
        drop=tuple(
            pattern
            for name in (
                "EglFSDeviceIntegration",
                "EglFsKmsSupport",
                "OpenGL",
                "WlShellIntegration",
                "WaylandEglClientHwIntegration",
                "VirtualKeyboard",
                "Quick",
                "Qml",
            )
            for pattern in (f"*libQt6{name}.so*", f"*Qt6{name}.dll", f"*Qt{name}.framework/*")
        ),
    ),
    FileRule(
        "linux-libraries-of-dropped-plugins",
        "libxcb-glx: PyInstaller takes it from the system for the GLX integration plugin left "
        "out above; no other bundled library links it",
        drop=("*libxcb-glx.so*",),
        platforms=("linux",),
        system_only=True,
    ),
    FileRule(
        "windows-opengl-fallbacks",
        "software OpenGL (Mesa llvmpipe) and the Direct3D shader compiler, loaded only by "
        "OpenGL and Qt Quick rendering, never by widgets painted with the raster engine",
        drop=("*opengl32sw.dll", "*d3dcompiler_*.dll"),
        platforms=("win32",),
    ),
    FileRule(
        "linux-desktop-system-libraries",
        "the desktop's own libraries (X11 and xkbcommon, GLib, GTK/Pango/Cairo for the GTK "
        "theme, fontconfig/FreeType, D-Bus, CUPS and what it links, the C++ runtime): the "
        "PySide6 wheels expect them from the system too, and a second copy beside the system "
        "one breaks the plugins that load them (kept: the xcb-util libraries Qt needs and "
        "distributions do not always install, and what Python's own modules link)",
        drop=tuple(
            f"*{name}.so*"
            for name in (
                "libX11",
                "libX11-xcb",
                "libXau",
                "libXdmcp",
                "libXext",
                "libXrender",
                "libxkbcommon",
                "libxkbcommon-x11",
                "libglib-2.0",
                "libgobject-2.0",
                "libgio-2.0",
                "libgmodule-2.0",
                "libgthread-2.0",
                "libpcre2-8",
                "libmount",
                "libblkid",
                "libselinux",
                "libgtk-3",
                "libgdk-3",
                "libgdk_pixbuf-2.0",
                "libatk-1.0",
                "libatk-bridge-2.0",
                "libatspi",
                "libepoxy",
                "libpango-1.0",
                "libpangocairo-1.0",
                "libpangoft2-1.0",
                "libcairo",
                "libcairo-gobject",
                "libpixman-1",
                "libharfbuzz",
                "libfribidi",
                "libgraphite2",
                "libthai",
                "libdatrie",
                "libpng16",
                "libjpeg",
                "libfontconfig",
                "libfreetype",
                "libbrotlicommon",
                "libbrotlidec",
                "libdbus-1",
                "libsystemd",
                "libcap",
                "libgcrypt",
                "libgpg-error",
                "liblz4",
                "libcups",
                "libavahi-client",
                "libavahi-common",
                "libgnutls",
                "libnettle",
                "libhogweed",
                "libgmp",
                "libidn2",
                "libunistring",
                "libp11-kit",
                "libtasn1",
                "libgssapi_krb5",
                "libkrb5",
                "libkrb5support",
                "libk5crypto",
                "libcom_err",
                "libkeyutils",
                "libbsd",
                "libmd",
                "libstdc++",
                "libgcc_s",
            )
        ),
        platforms=("linux",),
        system_only=True,
    ),
)


def rule_leaving_out(destination: str, source: str, platform: str = sys.platform) -> str | None:
    """The name of the first rule that leaves this file out, or None when it stays."""
    for rule in FILE_RULES:
        if rule.leaves_out(destination, source, platform):
            return rule.name
    return None
