"""Compile the Qt Designer forms in ``ui/`` into ``tokyo_desk/gui/forms/``.

    .venv/bin/python packaging/build_forms.py [--check] [--out DIR]

Each ``ui/<name>.ui`` becomes ``tokyo_desk/gui/forms/ui_<name>.py`` (``pyside6-uic``); the
widgets use them by composition.  ``--check`` compiles into a temporary directory and exits 1
when the committed output is stale (a test runs it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "tokyo_desk" / "gui" / "forms"
HEADER = '"""Generated from ui/*.ui by packaging/build_forms.py: do not edit."""\n'


def uic() -> str:
    """The pyside6-uic beside the running interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit(
            "pyside6-uic not found: install PySide6-Essentials (bash scripts/setup.sh)"
        )
    return found


def compile_forms(out: Path) -> list[Path]:
    """Compile every form into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "__init__.py"]
    written[0].write_text(HEADER, encoding="utf-8")
    for form in sorted(UI_DIR.glob("*.ui")):
        target = out / f"ui_{form.stem}.py"
        subprocess.run([uic(), "--generator", "python", str(form), "-o", str(target)], check=True)
        # The generator's banner names the file it read; keep it independent of the checkout.
        text = target.read_text(encoding="utf-8").replace(str(form), f"ui/{form.name}")
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def stale(out: Path) -> list[str]:
    """Names of forms whose committed output differs from a fresh compile."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = {path.name: path.read_bytes() for path in compile_forms(Path(scratch))}
    committed = {path.name: path.read_bytes() for path in out.glob("*.py")}
    return sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the forms are stale")
    parser.add_argument("--out", type=Path, default=FORMS_DIR)
    args = parser.parse_args()
    if args.check:
        problems = stale(args.out)
        if problems:
            print(
                f"stale forms: {', '.join(problems)}; run packaging/build_forms.py", file=sys.stderr
            )
            return 1
        print("forms are up to date")
        return 0
    for path in compile_forms(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
