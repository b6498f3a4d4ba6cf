"""Keyboard only (issue 4): an officer does the daily work without touching the mouse.

Every step here is a key press or typed text sent to the widget that has the keyboard focus
(``QApplication.focusWidget()``, or the open popup menu, which is where a real keyboard's
keys go), never a slot call, a value set on a widget or a click: unlock, search, open a case,
record a note and a contact from the Record menu, open a new case, explain the conditions
with the guided wizard, lock and unlock again.  The checks after each step read what the
officer would see (the page shown, the focus, the record).

Beside the walk-through: mnemonics (Alt+letter) are unique in every real window as the
officer meets it (menu bar, pages and code-set texts included), every input of every form is
reached by Tab and no multi-line field keeps the Tab key for itself.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.gui import new_case_dialog as new_case_module
from tokyo_desk.gui.explanation_wizard import (
    ACKNOWLEDGEMENT,
    CONDITION,
    RESPONSE,
    RIGHTS,
    SHEET,
    ExplanationWizard,
)
from tokyo_desk.gui.impose_measure_dialog import ImposeMeasureDialog
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.new_case_dialog import NewCaseDialog
from tokyo_desk.gui.record_dialog import StoreDialog
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.settings_dialog import SettingsDialog
from tokyo_desk.gui.supervision_dialogs import ContactDialog, NoteDialog
from tokyo_desk.gui.unlock import CreateProfileDialog
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.gui.workspace import BREACH_STEP_DIALOGS, RECORD_DIALOGS
from tokyo_desk.settings import Settings
from tokyo_desk.sheets.from_case import OfficerDetails
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.demo import fill
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
Key = Qt.Key
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
GIVEN, FAMILY = "Mutua", "Kilonzo"
CONDITIONS = ("reporting.office_visits", "curfew.night_hours")
PRE_TRIAL = "pre_trial.conditional_disposal"
# The offscreen platform cannot raise windows nor grab the keyboard for a popup menu; a
# desktop can, and the menus work the same either way.
OFFSCREEN_LIMITS = ("This plugin does not support raise", "This plugin does not support grabbing")

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS, extend=True)


# --- the profile and the window ---------------------------------------------------------------


@pytest.fixture
def profiles(tmp_path: Path, catalogue: Catalogue) -> Profiles:
    """Like the demo: synthetic cases, plus one person whose conditions are not yet explained."""
    today = dt.date.today()
    root = tmp_path / "profiles"
    profile, store = Profile.create(
        root, catalogue, officer_name="Grace Officer", office="North Office",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    fill(store, catalogue, 30, seed=7, today=today)
    case_id, _ = store.open_case(
        b.person(given_names=GIVEN, family_name=FAMILY, languages_spoken=["sw", "en"],
                 languages_written=["en"], preferred_language="sw"),
        office="North Office", opened_on=today - dt.timedelta(days=40),
    )  # fmt: skip
    measure = b.measure_imposed(
        decision_date=today - dt.timedelta(days=30),
        start_date=today - dt.timedelta(days=25),
        end_date=today + dt.timedelta(days=340),
    )
    conditions = [
        ("condition.imposed", b.condition_imposed(measure["measure_id"], b.condition_spec(t)))
        for t in (catalogue.condition(code) for code in CONDITIONS)
        if t is not None
    ]
    assert len(conditions) == len(CONDITIONS)
    store.record(case_id, [("measure.imposed", measure), *conditions])
    profile.lock(store)
    return Profiles(root, catalogue)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown after recording (a modal box each; kept here instead)."""
    shown: list[str] = []

    def keep_store_warnings(dialog: StoreDialog, warnings: list[str]) -> None:
        shown.extend(warnings)

    monkeypatch.setattr(StoreDialog, "show_warnings", keep_store_warnings)
    monkeypatch.setattr(new_case_module, "inform", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def window(
    qtbot: QtBot, profiles: Profiles, catalogue: Catalogue, warnings_shown: list[str]
) -> Iterator[MainWindow]:
    main = MainWindow(ImmediateRunner(), profiles, catalogue, auto_lock_minutes=5, kdf=cheap_kdf())
    qtbot.addWidget(main)
    main.show()
    main.start()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    main.lock()


# --- the keyboard ---------------------------------------------------------------------------


def focused() -> QWidget:
    """Where a key press goes: the open popup menu, else the focus widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "the keyboard focus is nowhere"
    return target


def press(key: Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def alt(qtbot: QtBot, letter: str) -> None:
    """Alt+letter; a button pressed this way clicks after a short animation."""
    press(Key(ord(letter.upper())), ALT)
    qtbot.wait(200)


def tab_to(widget: QWidget, *, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the focus (it must be on the Tab chain)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(Key.Key_Tab)
    assert QApplication.focusWidget() is widget, f"Tab never reaches {widget.objectName()}"


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A dialog has closed: the window manager gives the keyboard back to the main window
    (the offscreen platform has no window manager, so the test does what it would)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def in_modal_dialog(opening_key: Callable[[], None], steps: Callable[[QDialog], None]) -> None:
    """Press the key that opens a dialog run with ``exec()``, then work in that dialog: the
    steps run inside the dialog's own event loop, as the officer's keys would."""
    errors: list[BaseException] = []
    entered: list[QDialog] = []

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        if entered or not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            return  # not shown yet, or not yet given the keyboard
        entered.append(dialog)
        try:
            steps(dialog)
            assert not dialog.isVisible(), "the keys left the dialog open"
        except BaseException as error:  # the dialog must close, or exec() never returns
            errors.append(error)
            dialog.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(inside)
    timer.start()
    try:
        opening_key()
    finally:
        timer.stop()
    assert entered, "the key opened no dialog"
    if errors:
        raise errors[0]


def unlock_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """The unlock screen puts the focus in the passphrase field: type it, press Enter."""
    assert QApplication.focusWidget() is window.unlock_page.ui.passphrase_edit
    type_text(PASSPHRASE)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)


def open_case_by_keyboard(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Type in the search field, go down to the caseload, choose the case and press Enter."""
    workspace = window.workspace
    assert workspace is not None
    assert QApplication.focusWidget() is workspace.ui.search_edit
    type_text(name)
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    tab_to(workspace.ui.caseload_view, limit=3)
    press(Key.Key_Down)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.case_page.case_id is not None)
    assert workspace.side.currentWidget() is workspace.case_page
    assert workspace.case_page.ui.name_label.text() == f"{GIVEN} {FAMILY}"


# --- the walk-through -----------------------------------------------------------------------


def test_unlock_search_and_open_a_case(qtbot: QtBot, window: MainWindow) -> None:
    unlock_by_keyboard(qtbot, window)
    open_case_by_keyboard(qtbot, window, FAMILY)
    workspace = window.workspace
    assert workspace is not None
    # Enter took the officer into the record: the keys now read the case.
    page = workspace.case_page
    assert page.isAncestorOf(QApplication.focusWidget())
    assert mnemonic_clashes(window) == {}  # menu bar, caseload and record together
    press(Key.Key_F, CTRL)  # back to the search, ready to type over it
    assert focused() is workspace.ui.search_edit
    assert workspace.ui.search_edit.selectedText() == FAMILY
    alt(qtbot, "w")  # Show: which cases
    assert focused() is workspace.ui.filter_combo
    alt(qtbot, "a")  # Search, by its label
    assert focused() is workspace.ui.search_edit


def choose_in_record_menu(qtbot: QtBot, entry: str) -> None:
    """Alt+R opens the Record menu; the arrow keys move to ``entry``."""
    alt(qtbot, "r")
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "Alt+R opened no menu"
    for _ in range(len(menu.actions())):
        press(Key.Key_Down)
        active = menu.activeAction()
        if active is not None and active.text() == entry:
            return
    pytest.fail(f"the arrow keys never reach {entry!r}")


def timeline(window: MainWindow, column: int = 1) -> list[str]:
    """The case's timeline as shown: what happened (column 1) or its details (column 2)."""
    workspace = window.workspace
    assert workspace is not None
    tree = workspace.case_page.ui.timeline_tree
    return [tree.topLevelItem(row).text(column) for row in range(tree.topLevelItemCount())]


def test_record_a_note_and_a_contact(
    qtbot: QtBot, window: MainWindow, warnings_shown: list[str]
) -> None:
    unlock_by_keyboard(qtbot, window)
    open_case_by_keyboard(qtbot, window, FAMILY)
    before = timeline(window)

    def write_note(dialog: QDialog) -> None:
        assert isinstance(dialog, NoteDialog)
        assert mnemonic_clashes(dialog) == {}
        type_text("Met at the market; looking for work.")
        press(Key.Key_Tab)  # out of the note, onto Record
        button = focused()
        assert isinstance(button, QAbstractButton)
        assert button.text() == "Record"
        press(Key.Key_Return)

    choose_in_record_menu(qtbot, "Note…")
    in_modal_dialog(lambda: press(Key.Key_Return), write_note)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: len(timeline(window)) == len(before) + 1)
    assert "Note" in timeline(window)
    assert any("looking for work" in details for details in timeline(window, 2))

    def record_contact(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert mnemonic_clashes(dialog) == {}
        tab_to(dialog.ui.kind_combo)
        type_text("Home")  # the combo finds "Home visit" as one types
        assert dialog.ui.kind_combo.currentData() == "home_visit"
        press(Key.Key_Tab)
        press(Key.Key_Space)  # did not attend after all
        assert not dialog.ui.attended_check.isChecked()
        press(Key.Key_Tab)
        type_text("Not at home; neighbour says he is at work.")
        alt(qtbot, "w")  # back to When: Enter from there records
        press(Key.Key_Return)

    choose_in_record_menu(qtbot, "Contact…")
    in_modal_dialog(lambda: press(Key.Key_Return), record_contact)
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: len(timeline(window)) == len(before) + 2)
    assert "Contact" in timeline(window)
    contact = next(details for details in timeline(window, 2) if "neighbour" in details)
    assert "home visit" in contact
    assert "attended: no" in contact
    assert warnings_shown == []


def test_open_a_new_case(qtbot: QtBot, window: MainWindow, warnings_shown: list[str]) -> None:
    unlock_by_keyboard(qtbot, window)

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        ui = dialog.ui
        assert mnemonic_clashes(dialog) == {}
        assert QApplication.focusWidget() is ui.given_names_edit
        type_text("Achieng")
        press(Key.Key_Tab)
        type_text("Otieno")
        tab_to(ui.languages_table)  # the office is filled in already
        press(Key.Key_Space)  # English: speaks
        press(Key.Key_Right)
        press(Key.Key_Space)  # English: reads
        for _ in range(4):
            press(Key.Key_Down)  # Kiswahili, four rows down
        press(Key.Key_Left)
        press(Key.Key_Space)  # Kiswahili: speaks
        assert "speaks English" in ui.summary_label.text()
        alt(qtbot, "p")  # the preferred language, among those ticked
        assert QApplication.focusWidget() is ui.preferred_combo
        press(Key.Key_Down)
        assert ui.preferred_combo.currentData() == "sw"
        press(Key.Key_Return)  # Open case

    in_modal_dialog(lambda: press(Key.Key_N, CTRL), fill_in)
    back_to(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.case_page.ui.name_label.text() == "Achieng Otieno")
    tree = workspace.case_page.ui.person_tree
    details = {tree.topLevelItem(row).text(0): tree.topLevelItem(row).text(1)
               for row in range(tree.topLevelItemCount())}  # fmt: skip
    assert details["Languages spoken"] == "en, sw"
    assert details["Languages read"] == "en"
    assert details["Preferred language"] == "sw"


def test_explain_the_conditions(qtbot: QtBot, window: MainWindow, printed_to: list[Path]) -> None:
    unlock_by_keyboard(qtbot, window)
    open_case_by_keyboard(qtbot, window, FAMILY)
    workspace = window.workspace
    assert workspace is not None
    alt(qtbot, "e")  # Explain the conditions…
    qtbot.waitUntil(lambda: workspace.wizard is not None)
    wizard = workspace.wizard
    assert wizard is not None
    ui = wizard.ui
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert focused() is ui.language_combo
    assert ui.language_combo.currentData() == "sw"  # the person's preferred language
    assert mnemonic_clashes(wizard) == {}  # checked on every step: each has its own

    press(Key.Key_Return)  # Next
    for number in range(1, len(CONDITIONS) + 1):
        assert ui.pages.currentIndex() == CONDITION
        assert f"{number} of {len(CONDITIONS)}" in ui.step_label.text()
        assert focused() is ui.explained_check
        assert mnemonic_clashes(wizard) == {}
        press(Key.Key_Return)  # not explained yet: refused, with the reason
        assert "orally" in ui.status_label.text()
        press(Key.Key_Space)
        press(Key.Key_Tab)
        press(Key.Key_Down)  # understood: partly
        assert ui.understanding_combo.currentData() == "partly"
        press(Key.Key_Return)

    assert ui.pages.currentIndex() == RIGHTS
    assert focused() is ui.rights_text
    assert mnemonic_clashes(wizard) == {}
    press(Key.Key_PageDown)  # read on
    press(Key.Key_Tab)
    press(Key.Key_Space)
    press(Key.Key_Tab)
    press(Key.Key_Space)
    assert ui.rights_check.isChecked()
    assert ui.breach_check.isChecked()
    alt(qtbot, "n")

    assert ui.pages.currentIndex() == RESPONSE
    assert focused() is ui.questions_edit
    assert mnemonic_clashes(wizard) == {}
    type_text("Can I visit my sister in Mombasa?")
    press(Key.Key_Return)
    type_text("Yes, with two weeks' notice to the office.")
    press(Key.Key_Tab)  # out of the questions, to the response
    assert focused() is ui.response_combo
    alt(qtbot, "n")

    assert ui.pages.currentIndex() == SHEET
    assert mnemonic_clashes(wizard) == {}
    qtbot.waitUntil(ui.print_button.isEnabled)
    alt(qtbot, "p")  # Print…
    qtbot.waitUntil(lambda: wizard.draft.printed is not None and ui.next_button.isEnabled())
    assert len(printed_to) == 1
    press(Key.Key_Return)

    assert ui.pages.currentIndex() == ACKNOWLEDGEMENT
    assert mnemonic_clashes(wizard) == {}  # Next is "&Finish" here
    for _ in range(3):
        press(Key.Key_Up)  # from "Not yet" up to "Signed"
    assert ui.signed_radio.isChecked()
    alt(qtbot, "f")  # Finish
    qtbot.waitUntil(lambda: workspace.wizard is None)
    assert wizard.recorded is not None
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: not workspace.case_page.ui.explain_button.isVisible())
    assert "Conditions explained" in timeline(window)
    explanation = next(e for e in wizard.recorded.events if e.kind == "explanation.given")
    given = explanation.payload.model_dump()
    assert given["questions"].startswith("Can I visit my sister")
    assert given["acknowledgement"] == "signed"
    assert [item["understanding"] for item in given["conditions"]] == ["partly", "partly"]


def test_lock_and_unlock_again(qtbot: QtBot, window: MainWindow) -> None:
    unlock_by_keyboard(qtbot, window)
    open_case_by_keyboard(qtbot, window, FAMILY)
    press(Key.Key_L, CTRL)
    assert window.session is None
    assert window.stack.currentWidget() is window.lock_page
    assert focused() is window.lock_page.ui.passphrase_edit
    type_text("not my passphrase")
    press(Key.Key_Return)
    assert "not correct" in window.lock_page.ui.status_label.text()
    assert focused() is window.lock_page.ui.passphrase_edit  # ready for another try
    type_text(PASSPHRASE)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    open_case_by_keyboard(qtbot, window, FAMILY)


# --- mnemonics, Tab chains ------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def pages_of(widget: QWidget, top: QWidget) -> dict[int, int]:
    """For every stacked widget (tab pages too) above ``widget``: which of its pages it is on."""
    pages: dict[int, int] = {}
    current = widget
    while current is not top:
        parent = current.parentWidget()
        if parent is None:
            break
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = id(current)
        current = parent
    return pages


def mnemonic_owners(top: QWidget, *, shown_only: bool) -> list[tuple[str, str, dict[int, int]]]:
    """(letter, who, pages) for every Alt+letter in a window: labels, buttons, group boxes,
    tabs and the menu bar; with ``shown_only``, those on screen now (a hidden widget's
    shortcut does nothing)."""
    owners = []
    for widget in [top, *top.findChildren(QWidget)]:
        if shown_only and not widget.isVisible():
            continue
        texts: list[tuple[str, str]] = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((widget.text(), widget.objectName()))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title(), widget.objectName()))
        elif isinstance(widget, QTabBar):
            texts += [
                (widget.tabText(i), f"tab {widget.tabText(i)}")
                for i in range(widget.count())
                if widget.isTabVisible(i)
            ]
        elif isinstance(widget, QMenuBar):
            texts += [(action.text(), f"menu {action.text()}") for action in widget.actions()]
        for text, who in texts:
            letter = mnemonic(text)
            if letter is not None:
                owners.append((letter, who or type(widget).__name__, pages_of(widget, top)))
    return owners


def mnemonic_clashes(top: QWidget, *, shown_only: bool = True) -> dict[str, list[str]]:
    """Letters two controls answer to while both can be on screen (not on two pages of one
    stacked widget): Qt then only moves the focus between them, and presses neither."""
    owners = mnemonic_owners(top, shown_only=shown_only)
    clashes: dict[str, list[str]] = {}
    for index, (letter, who, pages) in enumerate(owners):
        for other_letter, other, other_pages in owners[index + 1 :]:
            exclusive = any(
                pages[stack] != other_pages[stack] for stack in pages.keys() & other_pages.keys()
            )
            if letter == other_letter and not exclusive:
                clashes.setdefault(letter, []).extend([who, other])
    return clashes


def every_dialog(
    session: Session, catalogue: Catalogue, state: CaseState, breach_id: str, profiles: Profiles
) -> dict[str, QDialog]:
    """Every dialog of the application, built on a case with a measure in force, a measure
    waiting for consent and a breach awaiting the person's account."""
    common = (session, catalogue, state)
    dialogs: dict[str, QDialog] = {
        name: dialog_class(*common, now=lambda: b.NOW)
        for name, dialog_class in RECORD_DIALOGS.items()
        if name != "measure"
    }
    for name, step_class in BREACH_STEP_DIALOGS.items():
        dialogs[name] = step_class(*common, breach_id, now=lambda: b.NOW)
    dialogs["measure"] = ImposeMeasureDialog(*common, today=lambda: b.TODAY)
    dialogs["new_case"] = NewCaseDialog(session, catalogue, today=lambda: b.TODAY)
    dialogs["create_profile"] = CreateProfileDialog(
        ImmediateRunner(), profiles, catalogue, kdf=cheap_kdf()
    )
    dialogs["settings"] = SettingsDialog(Settings())
    officer = OfficerDetails(
        officer_id=str(uuid.uuid4()), name="Grace Officer", office_name="North Office",
        office_phone="", office_hours="",
    )  # fmt: skip
    measure_id = next(m.measure_id for m in state.measures.values() if m.explanation_pending)
    dialogs["explanation"] = ExplanationWizard(
        session, ImmediateRunner(), state, measure_id, catalogue, officer, now=lambda: b.NOW
    )
    return dialogs


def case_for_every_dialog(
    profile: Profile, store: CaseStore, catalogue: Catalogue
) -> tuple[Session, CaseState, str]:
    """(session, case, breach id): what ``every_dialog`` needs."""
    case_id, _ = store.open_case(
        b.person(languages_spoken=["en", "ny"]), office="North", opened_on=b.OPENED_ON
    )
    measure = b.measure_imposed()
    specs = [b.condition_spec(t) for t in b.templates_for(catalogue, b.MEASURE_TYPE, 2)]
    breach = b.breach(measure["measure_id"], [specs[0]["condition_id"]])
    store.record(
        case_id,
        [
            ("measure.imposed", measure),
            *(("condition.imposed", b.condition_imposed(measure["measure_id"], s)) for s in specs),
            ("measure.imposed", b.measure_imposed(type_code=PRE_TRIAL)),
            ("breach.reported", breach),
        ],
    )
    return Session(ImmediateRunner(), profile, store), store.case(case_id), breach["breach_id"]


@pytest.fixture
def dialogs(
    qtbot: QtBot,
    tmp_path: Path,
    profile_and_store: tuple[Profile, CaseStore],
    catalogue: Catalogue,
) -> dict[str, QDialog]:
    session, state, breach_id = case_for_every_dialog(*profile_and_store, catalogue)
    built = every_dialog(session, catalogue, state, breach_id, Profiles(tmp_path, catalogue))
    for dialog in built.values():
        qtbot.addWidget(dialog)
    return built


def takes_tab(widget: QWidget) -> bool:
    """A control the officer should reach with Tab as the form is now."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        and not widget.objectName().startswith("qt_")
    )


def tab_chain(qtbot: QtBot, top: QWidget, *, limit: int = 300) -> list[QWidget]:
    """The widgets Tab visits from the focus until it comes back (it must come back: a
    control that keeps the Tab key is a trap)."""
    start = QApplication.focusWidget()
    assert start is not None, "no focus anywhere"
    assert top.isAncestorOf(start), "the focus is outside the window"
    visited = [start]
    left = False
    for _ in range(limit):
        press(Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "Tab left the focus nowhere"
        assert now is top or top.isAncestorOf(now), "Tab left the window"
        if now is start and left:
            return visited
        left = left or now is not start
        if now not in visited:
            visited.append(now)
    pytest.fail(f"Tab never comes back to {start.objectName()}: stuck at {visited[-1]!r}")


def test_tab_reaches_every_control_of_every_dialog(
    qtbot: QtBot, dialogs: dict[str, QDialog]
) -> None:
    unreached: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitUntil(lambda dialog=dialog: QApplication.activeWindow() is dialog)
        tabs = dialog.findChild(QTabWidget)
        for _ in range(tabs.count() if tabs is not None else 1):
            visited = tab_chain(qtbot, dialog)
            missing = [  # after the walk: Qt gives Tab only to the checked radio of a group
                widget.objectName() or type(widget).__name__
                for widget in dialog.findChildren(QWidget)
                if takes_tab(widget) and widget not in visited
            ]
            if missing:
                unreached[name] = missing
            if tabs is not None:
                press(Key.Key_Tab, CTRL)  # the next tab
        dialog.reject()
    assert unreached == {}


def test_mnemonics_are_unique_in_every_dialog(dialogs: dict[str, QDialog]) -> None:
    """All pages and tabs, hidden controls included (they show up as the form is filled)."""
    clashes = {
        name: found
        for name, dialog in dialogs.items()
        if (found := mnemonic_clashes(dialog, shown_only=False))
    }
    assert clashes == {}


def test_no_text_field_keeps_the_tab_key(dialogs: dict[str, QDialog]) -> None:
    """In a multi-line field Tab would type a tab character; Tab must move on instead."""
    trapping = [
        f"{name}.{edit.objectName()}"
        for name, dialog in dialogs.items()
        for edit in dialog.findChildren(QWidget)
        if isinstance(edit, (QPlainTextEdit, QTextEdit))
        and not edit.isReadOnly()
        and not edit.tabChangesFocus()
    ]
    assert trapping == []


FORMS = sorted(path.stem for path in (ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("name", FORMS)
def test_mnemonics_are_unique_on_every_page_of_every_form(qtbot: QtBot, name: str) -> None:
    """The forms as designed, page by page (the buttons under a wizard's pages belong to
    every page)."""
    module = importlib.import_module(f"tokyo_desk.gui.forms.ui_{name}")
    form_class = next(getattr(module, item) for item in dir(module) if item.startswith("Ui_"))
    top = QDialog() if "dialog" in name or "wizard" in name else QWidget()
    form_class().setupUi(top)
    qtbot.addWidget(top)
    assert mnemonic_clashes(top, shown_only=False) == {}
