"""``tokyo-desk --self-test``: passes in-process and from the command line, names the step that
fails and why, catches blank printing, cleans up after itself; the start-up timing hook; the
window icon."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, cheap_kdf
from tokyo_desk import settings
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui import self_test
from tokyo_desk.gui.application import (
    DESKTOP_FILE_NAME,
    GIL_SWITCH_INTERVAL_S,
    ICON_SIZES,
    run_gui,
    window_icon,
)
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.printing import PrintError, load_pdf, release_pdf
from tokyo_desk.gui.self_test import has_ink, run_self_test
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
STEPS = (
    "start",
    "resources",
    "translations",
    "profile",
    "unlock window",
    "unlock",
    "case",
    "sheets",
    "preview",
    "print",
    "lock",
    "unlock again",
    "close",
)
# Every line the self-test may print: steps, counts, versions, paths -- never record content.
LINE = re.compile(
    r"self-test: (?:"
    r"Tokyo Desk \S+, Python \S+, Qt \S+, platform offscreen, (?:source|bundle)"
    r"|resources in .+"
    r"|\d+ catalogue conditions, \d+ language packs, icon sizes 16-512 px"
    r"|sheets en \d+ pages, ar \d+ pages, hi \d+ pages"
    r"|printed the ar sheet, \d+ pages at \d+ dpi, \d+ KiB"
    r"|[a-z ]+ ok \(\d+ ms\))"
    r"|self-test passed \(\d+\.\d s\)"
)


def no_main_window_left() -> bool:
    return not any(
        isinstance(widget, MainWindow) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def test_the_self_test_passes_every_step_and_leaves_nothing_behind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    lines: list[str] = []
    assert run_self_test(scratch_parent=tmp_path, say=lines.append) == 0
    assert lines[-1].startswith("self-test passed")
    passed = [
        line.removeprefix("self-test: ").split(" ok (")[0] for line in lines if " ok (" in line
    ]
    assert passed == list(STEPS)
    unexpected = [line for line in lines if not LINE.fullmatch(line)]
    assert unexpected == []
    assert list(tmp_path.iterdir()) == []  # the temporary profile is gone
    assert no_main_window_left()


def test_a_failing_step_is_named_with_its_reason_and_cleaned_up(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_printer(data: bytes, printer: QPrinter, *, dpi: int = 300) -> int:
        raise PrintError("The printer could not be started.")

    monkeypatch.setattr(self_test, "print_pdf", broken_printer)
    lines: list[str] = []
    assert run_self_test(scratch_parent=tmp_path, say=lines.append) == 1
    assert lines[-1] == "self-test FAILED: print: The printer could not be started."
    assert "self-test: preview ok" in "\n".join(lines)
    assert list(tmp_path.iterdir()) == []
    assert no_main_window_left()


def test_blank_printed_pages_fail_the_print_step(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def blank_pages(data: bytes, printer: QPrinter, *, dpi: int = 300) -> int:
        document = QPdfDocument()
        array, buffer = load_pdf(document, data)
        pages = document.pageCount()
        release_pdf(document, array, buffer)
        painter = QPainter(printer)  # every page, with nothing on it: a broken driver
        for _ in range(pages - 1):
            printer.newPage()
        painter.end()
        return pages

    monkeypatch.setattr(self_test, "print_pdf", blank_pages)
    lines: list[str] = []
    assert run_self_test(scratch_parent=tmp_path, say=lines.append) == 1
    assert re.fullmatch(
        r"self-test FAILED: print: printed page\(s\) \[1(, \d+)*\] are blank or black", lines[-1]
    ), lines[-1]


def test_a_missing_resource_fails_the_resources_step(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test, "ICON_SIZES", (*self_test.ICON_SIZES, 1024))
    lines: list[str] = []
    assert run_self_test(scratch_parent=tmp_path, say=lines.append) == 1
    assert lines[-1] == "self-test FAILED: resources: resources missing: icons/tokyo-desk-1024.png"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("fill", "text", "expected"),
    [
        (Qt.GlobalColor.white, False, False),  # blank paper
        (Qt.GlobalColor.black, False, False),  # a page printed black
        (Qt.GlobalColor.transparent, False, False),  # nothing rendered at all
        (Qt.GlobalColor.white, True, True),  # text on paper
        (Qt.GlobalColor.transparent, True, True),  # text, as QPdfDocument renders it
    ],
)
def test_ink_is_told_from_blank_and_black_pages(
    qtbot: QtBot, fill: Qt.GlobalColor, text: bool, expected: bool
) -> None:
    image = QImage(300, 400, QImage.Format.Format_ARGB32)
    image.fill(fill)
    if text:
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        font = painter.font()
        font.setPixelSize(20)
        painter.setFont(font)
        for row in range(5):
            painter.drawText(20, 40 + 30 * row, "Report every Tuesday")
        painter.end()
    assert has_ink(image) is expected


def clean_environment(tmp_path: Path) -> dict[str, str]:
    """No display, no Qt platform chosen, a private home: what a fresh laptop's shell has."""
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT")
    env = {key: value for key, value in os.environ.items() if key in keep}
    env["HOME"] = str(tmp_path / "home")
    env["TOKYO_DESK_HOME"] = str(tmp_path / "officer-data")
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.mark.slow
def test_the_command_line_self_test_passes_from_the_checkout(tmp_path: Path) -> None:
    env = clean_environment(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "tokyo_desk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test passed")
    assert "platform offscreen, source" in lines[0]  # forced: no QT_QPA_PLATFORM was given
    assert not (tmp_path / "officer-data").exists()  # nothing in the officer's directories
    assert "propagateSizeHints" not in result.stderr


@pytest.mark.slow
def test_exit_when_ready_closes_the_window_once_the_unlock_window_lists_profiles(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    profile, store = Profile.create(
        tmp_path / "profiles",
        catalogue,
        officer_name="Test Officer",
        office="Test Office",
        passphrase=PASSPHRASE,
        kdf=cheap_kdf(),
    )
    profile.lock(store)
    env = {**clean_environment(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tokyo_desk",
            "--profile-dir",
            str(tmp_path / "profiles"),
            "--exit-when-ready",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["ready"]


def test_the_window_icon_has_every_size_and_the_window_uses_it(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    # run_gui installs the crash dialog's hooks: put the test run's back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    sizes = {size.width() for size in window_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(0, close_window)
    usual_interval = sys.getswitchinterval()
    try:
        run_gui(
            Profiles(tmp_path / "profiles", catalogue),
            catalogue,
            preferences=settings.Settings(),
            save_settings=lambda _: None,
            demo_passphrase=None,
        )
        # The window's thread takes Python's lock back sooner than the default 5 ms.
        assert sys.getswitchinterval() == GIL_SWITCH_INTERVAL_S < usual_interval
    finally:
        sys.setswitchinterval(usual_interval)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert {size.width() for size in app.windowIcon().availableSizes()} == set(ICON_SIZES)
    assert app.desktopFileName() == DESKTOP_FILE_NAME
