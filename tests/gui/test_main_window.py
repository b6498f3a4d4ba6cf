"""The desktop window, offscreen: unlock, caseload and search, case record, locking (LCK-1),
rich text shown literally (UI-1), throttling shown to the officer, forms up to date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.unlock import CreateProfileDialog
from tokyo_desk.gui.worker import ImmediateRunner, ThreadRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.demo import fill
from tokyo_desk.store.profile import Profile, Profiles

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MINUTES = 5
ODD_NAME = '<img src="file:///etc/passwd"> <b>Bold</b> <a href="file:///x">Amina</a>'


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def profiles(tmp_path: Path, catalogue: Catalogue) -> Profiles:
    """A profile with synthetic cases and one person whose name is markup, locked."""
    root = tmp_path / "profiles"
    profile, store = Profile.create(
        root, catalogue, officer_name="Grace Officer", office="North Office",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    fill(store, catalogue, 40, seed=7, today=dt.date.today())
    store.open_case(
        {"given_names": ODD_NAME, "family_name": "Zulu", "languages_spoken": ["en"],
         "preferred_language": "en"},
        office="North Office", opened_on=dt.date.today(), jurisdiction="default",
    )  # fmt: skip
    profile.lock(store)
    return Profiles(root, catalogue)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(
    qtbot: QtBot, profiles: Profiles, catalogue: Catalogue, clock: FakeClock
) -> Iterator[MainWindow]:
    main = MainWindow(
        ImmediateRunner(),
        profiles,
        catalogue,
        auto_lock_minutes=LIMIT_MINUTES,
        kdf=cheap_kdf(),
        idle_clock=clock,
    )
    qtbot.addWidget(main)
    main.show()
    main.start()
    yield main
    main.lock()


def unlock(window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.ui.passphrase_edit.setText(passphrase)
    window.unlock_page.ui.unlock_button.click()


def visible_texts(root: QWidget) -> list[str]:
    """Every piece of text a widget tree holds: labels, edits, trees and item views."""
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [edit.text() for edit in root.findChildren(QLineEdit)]
    for tree in root.findChildren(QTreeWidget):
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            texts += [item.text(column) for column in range(tree.columnCount())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    return texts


def test_unlock_shows_the_caseload(window: MainWindow) -> None:
    assert window.unlock_page.ui.profile_combo.count() == 1
    assert "Grace Officer" in window.unlock_page.ui.profile_combo.currentText()
    unlock(window)
    assert window.workspace is not None
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.model.rowCount() > 0
    assert window.windowTitle() == "Tokyo Desk"  # never a person's name
    counts = window.workspace.ui.filter_combo.itemText(0)
    assert "(" in counts  # the filter shows how many cases it holds


def test_wrong_passphrase_is_explained_and_throttled(window: MainWindow) -> None:
    for _ in range(2):
        unlock(window, "not the passphrase at all")
        assert "not correct" in window.unlock_page.ui.status_label.text()
    unlock(window, "not the passphrase at all")  # the third attempt must wait
    assert "Wait" in window.unlock_page.ui.status_label.text()
    assert not window.unlock_page.ui.unlock_button.isEnabled()
    assert window.workspace is None
    assert window.unlock_page.ui.passphrase_edit.text() == ""  # never kept in the field


def test_search_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClicks(workspace.ui.search_edit, "Zulu")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=2000)
    row = workspace.model.row_at(0)
    assert row is not None
    assert "Zulu" in row.display_name
    workspace.ui.search_edit.clear()
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 1, timeout=2000)


def test_selecting_a_case_shows_its_record(window: MainWindow) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.caseload_view.selectRow(0)
    page = workspace.case_page
    assert page.case_id is not None
    assert page.ui.person_tree.topLevelItemCount() > 5
    assert page.ui.timeline_tree.topLevelItemCount() >= 1


def test_ui1_markup_in_a_record_is_shown_literally(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClicks(workspace.ui.search_edit, "Zulu")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1, timeout=2000)
    assert ODD_NAME in workspace.model.index(0, 1).data()
    workspace.ui.caseload_view.selectRow(0)
    label = workspace.case_page.ui.name_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert ODD_NAME in label.text()
    for found in window.findChildren(QLabel):
        if "<" in found.text():  # whatever label shows the record shows it as plain text
            assert found.textFormat() == Qt.TextFormat.PlainText, found.objectName()
    tree = workspace.case_page.ui.person_tree
    shown = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert ODD_NAME in shown  # tree items never interpret markup


def test_lck1_locks_after_idle_but_not_while_working(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.caseload_view.selectRow(0)
    limit = LIMIT_MINUTES * 60
    clock.now += limit - 1
    window.idle.check()
    assert window.session is not None  # one second short: still open
    qtbot.keyClick(workspace.ui.search_edit, Qt.Key.Key_Shift)  # input just before the limit
    clock.now += limit - 1
    window.idle.check()
    assert window.session is not None  # input restarted the count
    clock.now += 1
    window.idle.check()
    assert window.session is None
    assert window.stack.currentWidget() is window.lock_page
    texts = " ".join(visible_texts(window))
    assert "Zulu" not in texts
    assert "Grace Officer" in texts  # the lock screen says whose profile it is


def test_lock_on_demand_and_unlock_again(window: MainWindow) -> None:
    unlock(window)
    window.copy_to_clipboard("a case number we copied")
    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.lock_page
    assert QGuiApplication.clipboard().text() != "a case number we copied"
    window.lock_page.ui.passphrase_edit.setText("wrong wrong wrong wrong")
    window.lock_page.ui.unlock_button.click()
    assert "not correct" in window.lock_page.ui.status_label.text()
    assert window.session is None
    window.lock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.lock_page.ui.unlock_button.click()
    assert window.session is not None
    assert window.workspace is not None
    assert window.workspace.model.rowCount() > 0


def test_clipboard_text_of_others_is_left_alone(window: MainWindow) -> None:
    unlock(window)
    QGuiApplication.clipboard().setText("something the officer copied elsewhere")
    window.lock()
    assert QGuiApplication.clipboard().text() == "something the officer copied elsewhere"


def test_create_profile_dialog(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue) -> None:
    profiles = Profiles(tmp_path / "new", catalogue)
    dialog = CreateProfileDialog(ImmediateRunner(), profiles, catalogue, kdf=cheap_kdf())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.name_edit.setText("Joseph Mwangi")
    ui.office_edit.setText("Kitui Office")
    ui.passphrase_edit.setText("password1234")
    ui.confirm_edit.setText("password1234")
    dialog.submit()
    assert dialog.created is None
    assert "common" in ui.status_label.text()  # the policy explains itself
    ui.passphrase_edit.setText("river mango lantern 77")
    ui.confirm_edit.setText("river mango lantern 7")
    dialog.submit()
    assert "not the same" in ui.status_label.text()
    ui.confirm_edit.setText("river mango lantern 77")
    dialog.submit()
    assert dialog.created is not None
    profile, store = dialog.created
    profile.lock(store)
    assert [info.officer_name for info in profiles.list()] == ["Joseph Mwangi"]


def test_the_real_database_thread(qtbot: QtBot, profiles: Profiles, catalogue: Catalogue) -> None:
    runner = ThreadRunner()
    main = MainWindow(runner, profiles, catalogue, auto_lock_minutes=5, kdf=cheap_kdf())
    qtbot.addWidget(main)
    main.start()
    qtbot.waitUntil(lambda: main.unlock_page.ui.profile_combo.count() == 1, timeout=5000)
    unlock(main)
    qtbot.waitUntil(lambda: main.workspace is not None, timeout=10000)
    workspace = main.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=5000)
    main.close()  # locks, then ends the thread


def test_forms_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_explain_opens_the_guided_explanation(qtbot: QtBot, window: MainWindow) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.filter_combo.setCurrentIndex(
        workspace.ui.filter_combo.findData("explanation_pending")
    )
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0, timeout=2000)
    workspace.ui.caseload_view.selectRow(0)
    page = workspace.case_page
    assert page.ui.explain_button.isVisible()
    assert "rule 12.3" in page.ui.attention_label.text()
    page.ui.explain_button.click()
    wizard = workspace.wizard
    assert wizard is not None
    assert wizard.isVisible()
    wizard.reject()
    assert workspace.wizard is None


def test_dashboard_counts_open_their_filter(window: MainWindow) -> None:
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.side.currentWidget() is workspace.dashboard
    tile = workspace.dashboard.ui.explanation_button
    assert tile.text().split("\n")[0].isdigit()
    assert "12.3" in tile.text()
    assert workspace.dashboard.chart.accessibleDescription()  # the chart has text for readers
    tile.click()
    assert workspace.ui.filter_combo.currentData() == "explanation_pending"
    workspace.ui.caseload_view.selectRow(0)
    assert workspace.side.currentWidget() is workspace.case_page
    workspace.case_page.ui.dashboard_button.click()
    assert workspace.side.currentWidget() is workspace.dashboard


def test_record_menu_opens_the_dialogs(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from tokyo_desk.gui import workspace as workspace_module

    opened: list[str] = []

    def fake_ask(name: str) -> Any:
        def ask(*args: Any, **kwargs: Any) -> bool:
            opened.append(name)
            return True

        return ask

    for name, dialog in workspace_module.RECORD_DIALOGS.items():
        monkeypatch.setattr(dialog, "ask", fake_ask(name))
    unlock(window)
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.caseload_view.selectRow(0)
    page = workspace.case_page
    assert page.ui.record_button.isEnabled()
    actions = page._record_actions
    assert list(actions) == list(workspace_module.RECORD_DIALOGS)
    for action in actions.values():
        action.trigger()
    assert opened == list(workspace_module.RECORD_DIALOGS)
    assert "Recorded" in window.statusBar().currentMessage()


def test_each_open_breach_has_its_hearing_and_response_steps(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tokyo_desk.gui import workspace as workspace_module

    steps: list[tuple[str, str]] = []
    for kind, dialog in workspace_module.BREACH_STEP_DIALOGS.items():
        monkeypatch.setattr(
            dialog, "ask", lambda *args, chosen=kind, **_: steps.append((chosen, args[4])) or False
        )
    unlock(window)
    workspace = window.workspace
    session = window.session
    assert workspace is not None
    assert session is not None

    def report_a_breach(store: CaseStore) -> None:
        for row in store.caseload(limit=100):
            state = store.case(row.case_id)
            for measure in state.measures.values():
                started = measure.imposed.start_date
                if measure.active_conditions and started <= dt.date.today() and not measure.ended:
                    condition = measure.active_conditions[0].condition_id
                    report = b.breach(
                        measure.measure_id, [condition], occurred_on=started, reported_on=started
                    )
                    store.record(row.case_id, [("breach.reported", report)])
                    return
        raise AssertionError("no measure to report a breach on")

    session.call(report_a_breach, lambda _: None, pytest.fail)
    workspace.refresh_counts()
    workspace.ui.filter_combo.setCurrentIndex(workspace.ui.filter_combo.findData("breach_open"))
    assert workspace.model.rowCount() > 0
    workspace.ui.caseload_view.selectRow(0)
    state = workspace._state
    assert state is not None
    waiting = [b for b in state.breaches.values() if b.response is None]
    assert waiting
    entries = [a for a in workspace.case_page.record_menu.actions() if "breach of" in a.text()]
    assert len(entries) == 2 * len(waiting)
    entries[0].trigger()
    entries[1].trigger()
    assert (
        steps
        == [("breach_account", waiting[0].breach_id), ("breach_response", waiting[0].breach_id)]
        or len(waiting) > 1
    )
