"""Only tokyo_desk.gui may import Qt: checked by importing every other module in a fresh
interpreter and looking at sys.modules (import-linter checks the same statically)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tokyo_desk

NON_GUI = sorted(
    module.name
    for module in pkgutil.walk_packages(tokyo_desk.__path__, "tokyo_desk.")
    if not module.name.startswith("tokyo_desk.gui") and module.name != "tokyo_desk.__main__"
)


def test_there_is_something_to_check() -> None:
    assert "tokyo_desk.store.case_store" in NON_GUI
    assert "tokyo_desk.domain.rules" in NON_GUI


def test_non_gui_packages_never_load_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {NON_GUI!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_importing_the_package_has_no_side_effects(tmp_path: Path) -> None:
    code = (
        "import tokyo_desk, sys; "
        "print(sorted(m for m in sys.modules if m.startswith('tokyo_desk')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert result.stdout.strip() == "['tokyo_desk']"
    assert list(tmp_path.iterdir()) == []
