"""150 % scaling (issue 4): every page and dialog fits on a 1366x768 laptop screen.

Two ways a screen gets to 150 %: the display scale (Windows' "150 %", ``QT_SCALE_FACTOR=1.5``:
everything, pixel sizes included, is drawn half as large again, so the screen holds 911x512
logical pixels), and a 150 % font (a desktop set to large text: the text grows, pixel sizes
do not).  The offscreen platform honours both, with a screen of the size given in a
configuration file, so each mode runs in a process of its own (the scale is read when the
application starts) and reports what does not fit.

"Fits" means: the window is no larger than the screen's free area (less a task bar and a
title bar), it cannot be made to need more, no control on screen is squeezed to nothing or
cut off at the window's edge, and no text is cut (a wrapped label as tall as its text needs,
a button or label as wide as its text).  What scrolls (inside a scroll area or a list) may
be larger: it scrolls.

The same code takes screenshots (``--shots DIR``) under a real X server, at 150 %:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.5 \\
        .venv/bin/python -m tests.gui.test_scaling --shots /tmp/shots
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.gui.test_keyboard import case_for_every_dialog, every_dialog
from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.demo import fill
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)  # physical pixels: the smallest laptop screen still sold in numbers
TASK_BAR = 48  # physical pixels the desktop keeps for itself (Windows' task bar)
TITLE_BAR = 32  # logical pixels of a window's title bar (it grows with the display scale)
FACTOR = 1.5

Views = Iterator[tuple[str, QWidget]]


# --- what is checked --------------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    parent = widget.parentWidget()
    if not name and parent is not None:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        name = f"{type(widget).__name__}({text[:20]!r}) in {describe(parent)}"
    return name or type(widget).__name__


def scrolls(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area or an item view: larger content scrolls there."""
    current = widget.parentWidget()
    while current is not None and current is not top:
        if isinstance(current, (QAbstractScrollArea, QAbstractItemView)):
            return True
        current = current.parentWidget()
    return False


def problems_in(top: QWidget, room: tuple[int, int]) -> list[str]:
    """What does not fit in ``top`` as it is shown now, on a screen with ``room`` (logical
    pixels for a window, title bar included)."""
    QApplication.processEvents()
    width, height = room
    found = []
    if top.width() > width or top.height() + TITLE_BAR > height:
        found.append(f"the window is {top.width()}x{top.height()}: larger than the screen")
    least = top.minimumSizeHint().expandedTo(top.minimumSize())
    if least.width() > width or least.height() + TITLE_BAR > height:
        found.append(f"it cannot be made smaller than {least.width()}x{least.height()}")
    controls = [
        widget
        for widget in top.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parentWidget(), QDialogButtonBox)
    ]
    if not controls:
        found.append("no control of the form is on screen")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or scrolls(widget, top):
            continue
        who = describe(widget)
        if widget.width() <= 0 or widget.height() <= 0:
            found.append(f"{who} is squeezed to {widget.width()}x{widget.height()}")
            continue
        placed = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not top.rect().contains(placed):
            found.append(f"{who} is cut off at the window's edge")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{who}: text cut ({needed} px needed, {widget.height()} shown)")
        elif (
            isinstance(widget, (QLabel, QAbstractButton))
            and widget.text()
            and widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"{who}: text cut (too narrow)")
    return found


# --- every page and dialog ------------------------------------------------------------------


def each_page(top: QWidget) -> Iterator[str]:
    """Show every tab and stacked page of a dialog in turn (named by its object name)."""
    stacks: list[QWidget] = [
        widget
        for widget in top.findChildren(QWidget)
        if isinstance(widget, QTabWidget)
        or (isinstance(widget, QStackedWidget) and not isinstance(widget.parent(), QTabWidget))
    ]
    yield "first"
    for stack in stacks:
        assert isinstance(stack, (QTabWidget, QStackedWidget))
        for index in range(stack.count()):
            page = stack.widget(index)
            if isinstance(stack, QTabWidget) and not (
                stack.isTabVisible(index) and stack.isTabEnabled(index)
            ):
                continue
            stack.setCurrentIndex(index)
            yield page.objectName() or f"{stack.objectName()} {index}"
        stack.setCurrentIndex(0)


def main_window_views(window: MainWindow) -> Views:
    window.show()
    window.start()
    yield "unlock", window
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.unlock()
    workspace = window.workspace
    assert workspace is not None
    yield "caseload and dashboard", window
    # A case whose record asks for the explanation: the longest row of buttons and notes.
    filters = workspace.ui.filter_combo
    filters.setCurrentIndex(filters.findData("explanation_pending"))
    assert workspace.model.rowCount() > 0
    workspace.ui.caseload_view.selectRow(0)
    assert workspace.case_page.ui.explain_button.isVisibleTo(workspace.case_page)
    assert workspace.case_page.case_id is not None
    tabs = workspace.case_page.ui.tabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            yield f"case record, {tabs.widget(index).objectName()}", window
    window.lock()
    yield "locked", window


def make_profile(root: Path, catalogue: Catalogue) -> Profiles:
    profile, store = Profile.create(
        root, catalogue, officer_name="Grace Officer", office="North district office",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    fill(store, catalogue, 20, seed=7, today=dt.date.today())
    profile.lock(store)
    return Profiles(root, catalogue)


def every_view(scratch: Path, catalogue: Catalogue, keep: list[QWidget]) -> Views:
    """(name, top-level window) for every page of the main window and of every dialog,
    each shown as the officer would see it."""
    window = MainWindow(
        ImmediateRunner(), make_profile(scratch / "main", catalogue), catalogue,
        auto_lock_minutes=5, kdf=cheap_kdf(),
    )  # fmt: skip
    keep.append(window)
    yield from main_window_views(window)
    window.hide()
    profile, store = Profile.create(
        scratch / "dialogs", catalogue, officer_name="Grace Officer", office="North",
        passphrase=PASSPHRASE, kdf=cheap_kdf(), now=lambda: b.NOW,
    )  # fmt: skip
    session, state, breach_id = case_for_every_dialog(profile, store, catalogue)
    dialogs = every_dialog(session, catalogue, state, breach_id, Profiles(scratch, catalogue))
    keep.extend(dialogs.values())
    for name, dialog in dialogs.items():
        dialog.show()
        for page in each_page(dialog):
            yield f"{name}, {page}", dialog
        dialog.hide()
    store.close()


def report(shots: Path | None) -> tuple[dict[str, list[str]], int, float]:
    """Problems per view, how many views were looked at and the font's enlargement, in this
    process's Qt set-up; screenshots into ``shots``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    usual_points = app.font().pointSizeF()
    if os.environ.get("SCALING_TEST_FONT_FACTOR"):
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * float(os.environ["SCALING_TEST_FONT_FACTOR"]))
        app.setFont(font)
    screen = app.primaryScreen().availableGeometry()  # the configured screen less the task bar
    room = (screen.width(), screen.height())
    found: dict[str, list[str]] = {}
    keep: list[QWidget] = []
    seen = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name, top in every_view(Path(scratch), load_default(), keep):
            seen += 1
            problems = problems_in(top, room)
            if problems:
                found[name] = problems
            if shots is not None:
                shots.mkdir(parents=True, exist_ok=True)
                top.grab().save(str(shots / f"{name.replace(', ', '-').replace(' ', '_')}.png"))
        for widget in keep:
            with contextlib.suppress(RuntimeError):  # already deleted with its parent
                widget.close()
    return found, seen, app.font().pointSizeF() / usual_points


# --- the tests ----------------------------------------------------------------------------------


def run_scaled(tmp_path: Path, environment: dict[str, str]) -> dict[str, list[str]]:
    """``report`` in a new process on a 1366x768 offscreen screen, with ``environment``."""
    scale = float(environment.get("QT_SCALE_FACTOR", "1"))
    font_factor = float(environment.get("SCALING_TEST_FONT_FACTOR", "1"))
    config = tmp_path / "screen.json"
    width, height = SCREEN
    # The offscreen screen has no task bar: the configured screen is what the desktop leaves.
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                 "height": height - TASK_BAR, "logicalDpi": 96, "dpr": 1}]})
    )  # fmt: skip
    inherited = {
        name: value
        for name, value in os.environ.items()
        if name not in {"QT_SCALE_FACTOR", "SCALING_TEST_FONT_FACTOR"}
    }
    env = {
        **inherited,
        **environment,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "TOKYO_DESK_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.test_scaling", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["scale"] == pytest.approx(scale)
    assert outcome["font_factor"] == pytest.approx(font_factor)
    assert outcome["views"] > 20  # every page of the window and every dialog was looked at
    return dict(outcome["problems"])


@pytest.mark.slow
@pytest.mark.parametrize(
    "environment",
    [{"QT_SCALE_FACTOR": str(FACTOR)}, {"SCALING_TEST_FONT_FACTOR": str(FACTOR)}],
    ids=["display-150", "font-150"],
)
def test_every_page_and_dialog_fits_a_small_screen_at_150_percent(
    tmp_path: Path, environment: dict[str, str]
) -> None:
    assert run_scaled(tmp_path, environment) == {}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")
    parser.add_argument("--shots", type=Path, help="save a screenshot of every view here")
    arguments = parser.parse_args(argv)
    problems, seen, font_factor = report(arguments.shots)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if arguments.json:
        scale = app.primaryScreen().devicePixelRatio()
        print(json.dumps({"scale": scale, "font_factor": font_factor, "views": seen,
                          "problems": problems}))  # fmt: skip
        return 0
    for view, found in problems.items():
        print(view, *found, sep="\n    ")
    print(f"{seen} views, {len(problems)} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
