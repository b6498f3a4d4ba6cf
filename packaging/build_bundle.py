"""Build the desktop bundle: ``dist/tokyo-desk/`` (and ``dist/Tokyo Desk.app`` on macOS).

    .venv/bin/python packaging/build_bundle.py [--dist DIR] [--work DIR] [--tarball] [--installer]

1. Forms: ``ui/*.ui`` compiled into ``tokyo_desk/gui/forms`` when the committed ones are stale.
2. Window translations: ``resources/i18n/*.ts`` compiled by lrelease into a staging
   directory (the ``.ts`` sources are only read).
3. Licences: the licence files of every bundled Python distribution, Python's own, and a
   list with versions (``licenses/THIRD-PARTY.txt`` in the bundle).
4. PyInstaller with ``packaging/tokyo-desk.spec`` (what is left out: ``bundle_contents.py``).
5. Checks: nothing of the head-office server or the test tools inside.
6. Linux: the ``.desktop`` file, icons, AppStream metadata and ``install.sh`` are added to the
   folder; ``--tarball`` packs it as ``dist/tokyo-desk-<version>-linux-<arch>.tar.xz``.
   Windows: ``--installer`` runs Inno Setup's compiler (ISCC) on ``windows/tokyo-desk.iss``.

The version comes from ``tokyo_desk/__init__.py`` (the one place it is defined) and is
written into the AppStream metadata, the macOS Info.plist (by the spec) and the installer.
Prints a summary and writes ``<work>/bundle-report.json`` (sizes, what each exclusion saved).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import build_forms  # noqa: E402
import build_translations  # noqa: E402
from bundle_contents import EXCLUDED_MODULES  # noqa: E402

NAME = "tokyo-desk"
APP_ID = "org.tokyodesk.TokyoDesk"  # AppStream id, desktop file and icon name (reverse DNS)
SPEC = PACKAGING / "tokyo-desk.spec"
LINUX = PACKAGING / "linux"
WINDOWS = PACKAGING / "windows"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Top-level Python packages that must never be in the desktop bundle (checked after the build
# and again by tests/packaging): the head-office stack and the development tools.
FORBIDDEN_PACKAGES = (
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "PyInstaller",
)
FORBIDDEN_MODULES = ("tokyo_desk.server",)
MIB = 1024 * 1024


def version() -> str:
    """``__version__`` from tokyo_desk/__init__.py."""
    text = (ROOT / "tokyo_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("tokyo_desk/__init__.py does not define __version__")
    return found.group(1)


def say(text: str) -> None:
    print(f"build_bundle: {text}", file=sys.stderr, flush=True)


# --- 1-3: what the spec needs ------------------------------------------------------------------


def compile_forms() -> None:
    stale = build_forms.stale(build_forms.FORMS_DIR)
    if stale:
        say(f"forms out of date ({', '.join(stale)}): compiling")
        build_forms.compile_forms(build_forms.FORMS_DIR)
    else:
        say("forms up to date")


def compile_translations(staging: Path) -> None:
    """lrelease every .ts into ``staging/i18n`` (the checkout's .ts files are only read)."""
    target = staging / "i18n"
    target.mkdir(parents=True)
    for source in sorted(build_translations.I18N.glob("*.ts")):
        shutil.copy2(source, target / source.name)
    build_translations.release(target)
    for copy in target.glob("*.ts"):
        copy.unlink()
    say(f"translations compiled: {', '.join(sorted(path.name for path in target.glob('*.qm')))}")


def runtime_distributions() -> list[metadata.Distribution]:
    """tokyo-desk's runtime dependencies, and theirs (no extras), sorted by name."""
    environment = {key: str(value) for key, value in default_environment().items()}
    found: dict[str, metadata.Distribution] = {}
    pending = ["tokyo-desk"]
    while pending:
        name = pending.pop()
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({**environment, "extra": ""}):
                continue
            key = requirement.name.lower().replace("_", "-")
            if key not in found:
                found[key] = metadata.distribution(requirement.name)
                pending.append(requirement.name)
    return [found[key] for key in sorted(found)]


LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def stage_licences(staging: Path) -> None:
    """Licence files of Python and of every bundled distribution, and a list of them all."""
    target = staging / "licenses"
    target.mkdir(parents=True)
    lines = [
        "Third-party software in this Tokyo Desk bundle",
        "",
        f"Python {platform.python_version()}: PSF-2.0 (python/LICENSE.txt)",
    ]
    python_licence = _python_licence()
    if python_licence is not None:
        (target / "python").mkdir()
        shutil.copy2(python_licence, target / "python" / "LICENSE.txt")
    modules_of = _modules_by_distribution()
    for dist in runtime_distributions():
        name, dist_version = dist.metadata["Name"], dist.version
        modules = modules_of.get(name, set())
        if modules and modules <= set(EXCLUDED_MODULES):
            continue  # required on paper, left out of the bundle (bundle_contents.py)
        expression = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        expression = expression.split("(")[0].split(",")[0].strip() or "see its files"
        folder = target / f"{name}-{dist_version}"
        copied = []
        for file in dist.files or []:
            if LICENCE_FILE.search(file.name) and ".dist-info" in str(file):
                folder.mkdir(exist_ok=True)
                shutil.copy2(Path(str(dist.locate_file(file))), folder / file.name)
                copied.append(file.name)
        where = f" ({folder.name}/)" if copied else ""
        lines.append(f"{name} {dist_version}: {expression}{where}")
    lines += [
        "",
        "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU LGPL version 3: the",
        "Qt libraries are the unmodified shared libraries of the PySide6 wheels, in",
        "_internal/PySide6/, and can be replaced by other builds of the same version.",
        "The sheet fonts and their licences: _internal/resources/fonts/ (OFL.txt,",
        "WenQuanYi-LICENSE.txt).",
    ]
    for licence in ("LGPL-3", "GPL-3"):  # Debian's base-files has the texts; copy them along
        text = Path("/usr/share/common-licenses") / licence
        if text.is_file():
            shutil.copy2(text, target / f"{licence}.txt")
    (target / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _modules_by_distribution() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for module, names in metadata.packages_distributions().items():
        for name in names:
            found.setdefault(name, set()).add(module)
    return found


def _python_licence() -> Path | None:
    candidates = [
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
    ]  # fmt: skip
    return next((path for path in candidates if path.is_file()), None)


# --- 4-5: PyInstaller and checks ---------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path, staging: Path, report: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC),
        "--", "--staging", str(staging), "--report", str(report),
    ]  # fmt: skip
    say("running PyInstaller (a minute or two)")
    subprocess.run(command, check=True, cwd=ROOT)


def bundle_modules(bundle: Path) -> set[str]:
    """Every Python module name inside the bundle: the executable's archive, the standard
    library zip, extension modules and package folders."""
    from PyInstaller.archive.readers import pkg_archive_contents  # noqa: PLC0415

    executable = bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    names = set(pkg_archive_contents(str(executable)))
    internal = bundle / "_internal"
    for path in internal.rglob("*"):
        relative = path.relative_to(internal)
        if path.is_dir():
            names.add(".".join(relative.parts))
        elif path.suffix in {".so", ".pyd", ".py", ".pyc"}:
            stem = path.name.split(".")[0]
            names.add(".".join((*relative.parts[:-1], stem)))
    return names


def forbidden_content(bundle: Path) -> list[str]:
    """Modules of the head-office server or the test tools found in the bundle."""
    found = []
    for name in sorted(bundle_modules(bundle)):
        top = name.split(".")[0]
        if top in FORBIDDEN_PACKAGES or any(
            name == module or name.startswith(module + ".") for module in FORBIDDEN_MODULES
        ):
            found.append(name)
    return found


def tree_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symbolic links count for nothing)."""
    return sum(
        item.lstat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink()
    )


# --- 6: per platform ---------------------------------------------------------------------------


def release_date() -> str:
    """The release date for AppStream: SOURCE_DATE_EPOCH when set (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date().isoformat()


def add_linux_desktop_files(bundle: Path, app_version: str) -> None:
    """The desktop entry, icons, AppStream metadata and install.sh, inside the folder."""
    share = bundle / "share"
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop")
    for size in ICON_SIZES:
        icon_dir = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icon_dir.mkdir(parents=True, exist_ok=True)
        source = ROOT / "resources" / "icons" / f"tokyo-desk-{size}.png"
        shutil.copy2(source, icon_dir / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "tokyo-desk.svg", scalable / f"{APP_ID}.svg")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    template = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    filled = template.replace("@VERSION@", app_version).replace("@DATE@", release_date())
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(filled, encoding="utf-8")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def make_tarball(bundle: Path, dist: Path, app_version: str) -> Path:
    """``tokyo-desk-<version>-linux-<arch>.tar.xz`` holding the folder as ``tokyo-desk/``."""
    target = dist / f"{NAME}-{app_version}-linux-{platform.machine()}.tar.xz"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if epoch is not None:
            info.mtime = epoch
        return info

    # xz preset 9: slow to pack (once, here), small to download over slow links.
    with tarfile.open(target, "w:xz", preset=9) as archive:
        for item in sorted(bundle.rglob("*")):
            archive.add(item, NAME / item.relative_to(bundle), recursive=False, filter=normalise)
    return target


def inno_setup_command(iscc: str, app_version: str, bundle: Path, output: Path) -> list[str]:
    """ISCC's command line: the version and the folders come from here, not the script."""
    numeric = ".".join([*re.findall(r"\d+", app_version), "0", "0", "0"][:4])
    return [
        iscc,
        f"/DAppVersion={app_version}",
        f"/DAppVersionNumeric={numeric}",
        f"/DSourceDir={bundle}",
        f"/DOutputDir={output}",
        f"/DIconFile={ROOT / 'resources' / 'icons' / 'tokyo-desk.ico'}",
        str(WINDOWS / "tokyo-desk.iss"),
    ]


def build_installer(bundle: Path, dist: Path, app_version: str) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        raise SystemExit("Inno Setup 6 (ISCC.exe) not found: install it or put it on PATH")
    subprocess.run(inno_setup_command(iscc, app_version, bundle, dist), check=True)


# --- the whole build ---------------------------------------------------------------------------


def build(dist: Path, work: Path, *, tarball: bool, installer: bool) -> dict[str, object]:
    started = time.monotonic()
    app_version = version()
    say(f"Tokyo Desk {app_version} on {sys.platform} ({platform.machine()})")
    staging = work / "staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    compile_forms()
    compile_translations(staging)
    stage_licences(staging)
    exclusions = work / "exclusions.json"
    run_pyinstaller(dist, work, staging, exclusions)
    bundle = dist / NAME
    forbidden = forbidden_content(bundle)
    if forbidden:
        raise SystemExit(f"the bundle holds what it must not: {', '.join(forbidden[:20])}")
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle, app_version)
    excluded: dict[str, dict[str, int]] = json.loads(exclusions.read_text(encoding="utf-8"))
    size = tree_size(bundle)
    report: dict[str, object] = {
        "version": app_version,
        "platform": sys.platform,
        "bundle": str(bundle),
        "bundle_bytes": size,
        "excluded": excluded,
    }
    say(f"{bundle}: {size / MIB:.1f} MiB unpacked")
    for rule, counted in sorted(excluded.items()):
        say(f"  left out by {rule}: {counted['files']} files, {counted['bytes'] / MIB:.1f} MiB")
    if tarball and sys.platform.startswith("linux"):
        say("packing the tarball (xz -9: a few minutes)")
        packed = make_tarball(bundle, dist, app_version)
        report["tarball"] = str(packed)
        report["tarball_bytes"] = packed.stat().st_size
        say(f"{packed}: {packed.stat().st_size / MIB:.1f} MiB")
    if installer and sys.platform == "win32":
        build_installer(bundle, dist, app_version)
    report["build_seconds"] = round(time.monotonic() - started, 1)
    (work / "bundle-report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output directory")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="build directory")
    parser.add_argument("--tarball", action="store_true", help="Linux: also pack a .tar.xz")
    parser.add_argument("--installer", action="store_true", help="Windows: also run Inno Setup")
    args = parser.parse_args()
    build(args.dist.resolve(), args.work.resolve(), tarball=args.tarball, installer=args.installer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
