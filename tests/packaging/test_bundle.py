"""The Linux bundle, built for real: it runs its self-test from outside the source tree in a
clean environment, holds nothing of the head-office server or the test tools, has every
library it links, stays within its size, and installs and uninstalls with install.sh.

Slow (a PyInstaller build, about a minute): skipped unless TOKYO_DESK_BUILD_BUNDLE=1, which
``.ci/run`` sets in its "bundle" step.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tokyo_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(
        os.environ.get("TOKYO_DESK_BUILD_BUNDLE") != "1",
        reason="builds the desktop bundle (a minute or more): set TOKYO_DESK_BUILD_BUNDLE=1",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

# The target is 150 MiB; the measured bundle is about 155 MiB, almost all of it parts
# the app needs (docs/packaging.md breaks it down).  This limit catches growth.
LIMIT_MIB = 160
# Never inside (checked here on its own, not through the build script's list).
FORBIDDEN = (
    "tokyo_desk.server", "fastapi", "starlette", "uvicorn", "sqlalchemy", "alembic", "psycopg",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy",
)  # fmt: skip
NEEDED = (
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "sqlcipher3",
    "reportlab", "_rl_accel", "uharfbuzz", "bidi", "argon2", "cryptography", "pydantic_core",
    "platformdirs", "zstandard.backend_c", "tokyo_desk.gui.self_test",
)  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import build_bundle

    build = tmp_path_factory.mktemp("bundle-build")
    report = build_bundle.build(build / "dist", build / "work", tarball=False, installer=False)
    return Path(str(report["bundle"]))


def clean_run(
    command: list[str], cwd: Path, home: Path, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """As on a fresh laptop: no PYTHONPATH, no virtual environment, a new home directory."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **(extra or {})}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_bundle_passes_its_self_test_outside_the_source_tree(
    bundle: Path, tmp_path: Path
) -> None:
    result = clean_run([str(bundle / "tokyo-desk"), "--self-test"], tmp_path, tmp_path / "home")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    lines = result.stdout.splitlines()
    assert lines[0].endswith("platform offscreen, bundle")
    assert f"self-test: resources in {bundle / '_internal' / 'resources'}" in lines
    assert lines[-1].startswith("self-test passed")
    assert not (tmp_path / "home" / ".local" / "share" / "TokyoDesk").exists()


def test_the_bundle_holds_no_server_and_no_test_tools_but_what_the_app_needs(
    bundle: Path,
) -> None:
    import build_bundle

    modules = build_bundle.bundle_modules(bundle)
    found = sorted(
        name
        for name in modules
        for forbidden in FORBIDDEN
        if name == forbidden or name.startswith(forbidden + ".")
    )
    assert found == []
    assert set(NEEDED) <= modules, set(NEEDED) - modules


def test_qt_keeps_only_the_window_languages_and_the_plugins_it_uses(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    translations = sorted(path.name for path in (qt / "translations").iterdir())
    assert translations == [
        f"{kind}_{lang}.qm" for kind in ("qt", "qtbase") for lang in ("ar", "en", "fr")
    ]
    plugins = {str(path.relative_to(qt / "plugins")) for path in (qt / "plugins").rglob("*.so")}
    assert "platforms/libqxcb.so" in plugins
    assert "platforms/libqoffscreen.so" in plugins
    assert "printsupport/libcupsprintersupport.so" in plugins
    assert not {path for path in plugins if re.match(r"(generic|tls|sqldrivers|qmltooling)/", path)}
    assert not (qt / "lib" / "libQt6OpenGL.so.6").exists()


def test_every_bundled_library_finds_the_qt_and_python_libraries_it_links(bundle: Path) -> None:
    internal = bundle / "_internal"
    libraries = [
        path for path in internal.rglob("*.so*") if path.is_file() and not path.is_symlink()
    ]
    missing: dict[str, list[str]] = {}
    for library in libraries:
        result = subprocess.run(
            ["ldd", str(library)],
            env={"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=False,
        )
        # Only what the bundle must carry: a system library absent from this build machine
        # (GTK for the GTK theme plugin, say) comes from the officer's desktop.
        lost = re.findall(r"(lib(?:Qt6|icu|python|pyside|shiboken)\S*) => not found", result.stdout)
        if lost:
            missing[str(library.relative_to(internal))] = lost
    assert missing == {}


def test_the_bundle_stays_within_its_size(bundle: Path) -> None:
    import build_bundle

    size_mib = build_bundle.tree_size(bundle) / 2**20
    assert size_mib <= LIMIT_MIB


def test_install_sh_installs_for_one_user_and_uninstalls_keeping_profiles(
    bundle: Path, tmp_path: Path
) -> None:
    home, prefix = tmp_path / "home", tmp_path / "prefix"
    profiles = home / ".local" / "share" / "TokyoDesk" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "kept").write_text("an officer's profile", encoding="utf-8")

    installed = clean_run(
        ["sh", str(bundle / "install.sh"), "--prefix", str(prefix)], tmp_path, home
    )
    assert installed.returncode == 0, installed.stderr
    version = clean_run([str(prefix / "bin" / "tokyo-desk"), "--version"], tmp_path, home)
    assert version.stdout.strip() == f"tokyo-desk {__version__}"
    entry = (prefix / "share" / "applications" / "org.tokyodesk.TokyoDesk.desktop").read_text()
    assert f'Exec="{prefix}/lib/tokyo-desk/tokyo-desk"' in entry
    icon = (
        prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / "org.tokyodesk.TokyoDesk.png"
    )
    assert icon.is_file()

    removed = clean_run(
        ["sh", str(bundle / "install.sh"), "--uninstall", "--prefix", str(prefix)], tmp_path, home
    )
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "lib" / "tokyo-desk").exists()
    assert not (prefix / "bin" / "tokyo-desk").exists()
    assert not icon.exists()
    assert (profiles / "kept").read_text(encoding="utf-8") == "an officer's profile"


def test_the_bundle_benchmark_measures_size_and_start(bundle: Path) -> None:
    from tests.benchmarks import bench_bundle

    figures = bench_bundle.measure(bundle, quick=True)
    assert set(figures) >= {"bundle_mib", "bundle_compressed_mib", "bundle_cold_start_ms"}
    assert 0 < figures["bundle_compressed_mib"] < figures["bundle_mib"] <= LIMIT_MIB
    assert 0 < figures["bundle_cold_start_ms"] < 30_000
