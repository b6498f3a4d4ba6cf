"""Update the Qt translation sources and compile them.

    .venv/bin/python packaging/build_translations.py [--check]

``pyside6-lupdate`` collects every ``tr()`` string of ``tokyo_desk/gui`` and ``ui/*.ui`` into
``resources/i18n/tokyo_desk_<lang>.ts`` (English, French, Arabic); ``pyside6-lrelease``
compiles them to ``.qm`` beside them, which the application loads.  ``--check`` fails when a
``.ts`` misses strings of the code or a ``.qm`` is older than its ``.ts`` content.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "ar")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (bash scripts/setup.sh)")
    return found


def sources() -> list[str]:
    code = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "tokyo_desk" / "gui").glob("*.py")
    )
    forms = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").glob("*.ui"))
    return code + forms


def update(ts_dir: Path) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = ts_dir / f"tokyo_desk_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             *sources(), "-target-language", language, "-ts", str(target)],
            cwd=ROOT, check=True,
        )  # fmt: skip


def release(ts_dir: Path) -> None:
    for language in LANGUAGES:
        source = ts_dir / f"tokyo_desk_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
        )


def stale() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for path in I18N.glob("*.ts"):
            shutil.copy(path, copy / path.name)
        update(copy)
        release(copy)
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                name = f"tokyo_desk_{language}{suffix}"
                fresh, committed = copy / name, I18N / name
                if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                    problems.append(name)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        if problems:
            print(
                f"stale translations: {', '.join(problems)}; run packaging/build_translations.py",
                file=sys.stderr,
            )
            return 1
        print("translations are up to date")
        return 0
    update(I18N)
    release(I18N)
    for path in sorted(I18N.iterdir()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
