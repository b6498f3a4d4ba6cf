"""Synchronisation in the window (issue 5, part 4): status bar, Sync now, back-off, revocation,
a changed certificate, enrollment, the scheduler's timing, sync issues on the case page, and
the network kept off the GUI and database threads.

Head office is the real service on an SQLite file in this process (tests/support/sync_harness);
only the network is simulated, by ``FaultyTransport``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, cheap_kdf
from tests.support import builders as b
from tests.support.sync_harness import (
    Device,
    FaultyTransport,
    HeadOffice,
    new_device,
    sync_until_done,
)
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.enroll_dialog import EnrollDialog
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.network_runner import NetworkRunner
from tokyo_desk.gui.sync_controller import Outcome, SyncController, SyncResult
from tokyo_desk.gui.sync_scheduler import SyncScheduler, SyncTiming
from tokyo_desk.gui.worker import ImmediateRunner, Runner, ThreadRunner
from tokyo_desk.store import sync_state
from tokyo_desk.store.profile import Profile, Profiles
from tokyo_desk.sync.client import Reply
from tokyo_desk.sync.transport import CertificateMismatch

CLOCK = [1_795_500_000_000]  # 2026-11-24, after every date the builders use
FINGERPRINT = ":".join(["AB"] * 32)


def _office_clock() -> int:
    CLOCK[0] += 1
    return CLOCK[0]


def _device_clock() -> int:
    """The laptop's wall clock: right, unless a test moves it."""
    return CLOCK[0]


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def office(tmp_path: Path, catalogue: Catalogue) -> Iterator[HeadOffice]:
    head_office = HeadOffice(tmp_path / "head-office.db", catalogue, _office_clock)
    yield head_office
    head_office.close()


@pytest.fixture
def officer(office: HeadOffice) -> str:
    return office.service.add_officer("Officer A", "North")


@pytest.fixture
def laptop(
    tmp_path: Path, catalogue: Catalogue, office: HeadOffice, officer: str, now: dt.datetime
) -> Device:
    """An enrolled profile with one case (three events not yet sent)."""
    device = new_device(tmp_path / "laptop", "laptop", catalogue, office, officer, now)
    open_case(device, notes=2)
    return device


def open_case(device: Device, notes: int = 0) -> str:
    case_id, _ = device.store.open_case(b.person(), office="North", opened_on=dt.date(2026, 10, 1))
    for index in range(notes):
        device.store.record(case_id, [("note.added", b.note(text=f"Seen {index}."))])
    return case_id


def make_window(
    qtbot: QtBot,
    catalogue: Catalogue,
    root: Path,
    transport: Any,
    *,
    runner: Runner | None = None,
    network: Runner | None = None,
    clock: FakeMonotonic | None = None,
) -> MainWindow:
    window = MainWindow(
        runner or ImmediateRunner(),
        Profiles(root, catalogue),
        catalogue,
        auto_lock_minutes=5,
        kdf=cheap_kdf(),
        network_runner=network or ImmediateRunner(),
        transport_factory=lambda server, pin: transport,
        sync_clock=clock or FakeMonotonic(),
        wall_ms=_device_clock,
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def open_window(qtbot: QtBot, catalogue: Catalogue, device: Device, **kwargs: Any) -> MainWindow:
    """The window on ``device``'s profile (locked first), unlocked."""
    device.profile.lock(device.store)
    window = make_window(
        qtbot, catalogue, device.profile.directory.parent, device.transport, **kwargs
    )
    unlock(window)
    return window


def unlock(window: MainWindow) -> None:
    window.unlock_page.ui.passphrase_edit.setText(PASSPHRASE)
    window.unlock_page.ui.unlock_button.click()


def controller(window: MainWindow) -> SyncController:
    assert window.sync is not None
    return window.sync


def sync_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the sync at unlock has run and ended (the next one is planned, or none)."""

    def settled() -> bool:
        sync = window.sync
        if sync is None or sync.running:
            return False
        due = sync.scheduler.timing.due_at
        return due is None or due > window._sync_clock()  # at unlock it is due "now"

    qtbot.waitUntil(settled, timeout=5000)


def server_event_count(office: HeadOffice) -> int:
    return len(office.event_ids())


# --- the status bar --------------------------------------------------------------------------


def test_status_counts_before_and_after_the_sync_at_unlock(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    window = open_window(qtbot, catalogue, laptop)
    status = window.sync_status
    # Straight after unlocking: the stored status, before the first sync has run.
    assert status.isVisible()
    assert status.unsent_label.text() == "To send: 3"
    assert status.last_label.text() == "Never synced"
    assert not status.quarantined_label.isVisible()
    # The sync at unlock runs (scheduled at once) and sends everything.
    qtbot.waitUntil(lambda: status.state_label.text() == "Up to date", timeout=5000)
    assert status.unsent_label.text() == "To send: 0"
    assert status.last_label.text() == "Synced just now"
    assert server_event_count(office) == 3
    assert controller(window).scheduler.timing.failures == 0
    # The next automatic sync is the regular one, five minutes on.
    left = controller(window).scheduler.seconds_left()
    assert left is not None
    assert 299 <= left <= 300
    # Every label can be named by a screen reader; the button says the whole status.
    for label in (status.state_label, status.last_label, status.unsent_label):
        assert label.accessibleName()
    assert "To send: 0" in status.sync_button.accessibleDescription()
    assert status.sync_button.focusPolicy() != 0  # reachable with the keyboard


def test_a_save_updates_the_count_and_schedules_a_sync_shortly(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    clock = FakeMonotonic()
    window = open_window(qtbot, catalogue, laptop, clock=clock)
    sync = controller(window)
    qtbot.waitUntil(lambda: window.sync_status.state_label.text() == "Up to date", timeout=5000)
    session, workspace = window.session, window.workspace
    assert session is not None
    assert workspace is not None
    case_id = _first_case(window)
    session.call(
        lambda store: store.record(case_id, [("note.added", b.note(text="Later."))]),
        lambda _: None,
        pytest.fail,
    )
    workspace.after_change(case_id, "Recorded.")
    assert window.sync_status.unsent_label.text() == "To send: 1"
    left = sync.scheduler.seconds_left()
    assert left is not None
    assert left <= 5  # debounced, not five minutes away
    clock.now += 5
    sync.scheduler.check()
    assert window.sync_status.unsent_label.text() == "To send: 0"
    assert server_event_count(office) == 4


def _first_case(window: MainWindow) -> str:
    workspace = window.workspace
    assert workspace is not None
    row = workspace.model.row_at(0)
    assert row is not None
    return row.case_id


def test_offline_backs_off_quietly_then_sync_now_succeeds(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    laptop.transport.faults[:] = ["drop_request", "drop_response"]
    window = open_window(qtbot, catalogue, laptop)
    status = window.sync_status
    sync = controller(window)
    qtbot.waitUntil(lambda: sync.scheduler.timing.failures == 1, timeout=5000)
    # Quiet: a plain status text, no warning, no message box.
    assert status.state_label.text() == "Head office not reachable"
    assert not status.warning_label.isVisible()
    assert window.notice is None
    left = sync.scheduler.seconds_left()
    assert left is not None
    assert 24 <= left <= 36  # 30 s +-20 %
    # Sync now: the response is lost after head office stored the events (still offline).
    status.sync_button.click()
    assert sync.scheduler.timing.failures == 1  # Sync now reset the back-off, then it failed
    assert server_event_count(office) == 3
    assert status.unsent_label.text() == "To send: 3"
    # Sync now again, on a clean link: nothing is sent twice.
    status.sync_button.click()
    assert status.state_label.text() == "Up to date"
    assert sync.scheduler.timing.failures == 0
    assert status.unsent_label.text() == "To send: 0"
    ids = office.event_ids()
    assert len(ids) == len(set(ids)) == 3


def test_a_changed_certificate_is_a_warning_and_stops_automatic_syncs(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    class Intercepted:
        calls = 0

        def post(self, path: str, body: bytes, token: str | None) -> Reply:
            self.calls += 1
            raise CertificateMismatch("The head-office certificate is not the one pinned.")

    transport = Intercepted()
    laptop.profile.lock(laptop.store)
    window = make_window(qtbot, catalogue, laptop.profile.directory.parent, transport)
    unlock(window)
    sync = controller(window)
    qtbot.waitUntil(lambda: transport.calls == 1, timeout=5000)
    sync_settled(qtbot, window)
    warning = window.sync_status.warning_label
    assert warning.isVisible()
    assert "certificate has changed" in warning.text()
    assert window.notice is not None
    assert window.notice.icon() == QMessageBox.Icon.Warning
    assert sync.scheduler.seconds_left() is None  # no retry until the officer acts
    qtbot.wait(50)
    assert transport.calls == 1
    window.sync_action.trigger()  # the officer chose Sync now: one more attempt
    assert transport.calls == 2
    assert server_event_count(office) == 0


def test_clock_skew_over_five_minutes_is_warned_but_the_sync_succeeds(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    laptop.profile.lock(laptop.store)
    window = MainWindow(
        ImmediateRunner(),
        Profiles(laptop.profile.directory.parent, catalogue),
        catalogue,
        auto_lock_minutes=5,
        kdf=cheap_kdf(),
        network_runner=ImmediateRunner(),
        transport_factory=lambda server, pin: laptop.transport,
        sync_clock=FakeMonotonic(),
        wall_ms=lambda: CLOCK[0] + 42 * 60_000,  # 42 minutes fast
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    unlock(window)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.state_label.text() == "Up to date", timeout=5000)
    assert status.clock_label.isVisible()
    assert "42 minutes ahead" in status.clock_label.text()
    assert server_event_count(office) == 3


def test_not_enrolled_says_so_and_never_syncs_by_itself(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, office: HeadOffice
) -> None:
    profile, store = Profile.create(
        tmp_path / "profiles", catalogue, officer_name="New", office="North",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    profile.lock(store)
    transport = FaultyTransport(office.service)
    window = make_window(qtbot, catalogue, tmp_path / "profiles", transport)
    unlock(window)
    sync = controller(window)
    assert "Not enrolled" in window.sync_status.state_label.text()
    assert sync.scheduler.seconds_left() is None
    qtbot.wait(50)
    assert transport.requests == 0
    window.sync_status.sync_button.click()
    assert "Not enrolled" in window.sync_status.state_label.text()
    assert transport.requests == 0  # nothing to send without a token


# --- revocation ------------------------------------------------------------------------------


def test_revocation_locks_wipes_and_reports_the_unsent_count(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    sync_until_done(laptop)
    case_id = next(iter(laptop.case_ids()))
    for text in ("Grace said hello.", "Grace moved house."):
        laptop.store.record(case_id, [("note.added", b.note(text=text))])
    office.service.revoke(laptop.store.device_id)
    profile = laptop.profile
    window = open_window(qtbot, catalogue, laptop)
    qtbot.waitUntil(lambda: window.notice is not None, timeout=5000)
    assert window.session is None
    assert window.workspace is None
    assert window.sync is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.ui.profile_combo.count() == 0  # the profile is gone
    assert not profile.key_path.exists()
    note = profile.wiped()
    assert note is not None
    assert note["unsent_events"] == 2
    notice = window.notice
    assert notice is not None
    text = notice.text()
    assert "revoked" in text
    assert "2 events" in text
    assert "Grace" not in text  # a count, never content
    assert not window.sync_status.isVisible()


# --- enrollment ------------------------------------------------------------------------------


@pytest.fixture
def fresh_window(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, office: HeadOffice
) -> tuple[MainWindow, FaultyTransport]:
    profile, store = Profile.create(
        tmp_path / "profiles", catalogue, officer_name="New", office="North",
        passphrase=PASSPHRASE, kdf=cheap_kdf(),
    )  # fmt: skip
    store.open_case(b.person(), office="North", opened_on=dt.date(2026, 10, 1))
    profile.lock(store)
    transport = FaultyTransport(office.service)
    window = make_window(qtbot, catalogue, tmp_path / "profiles", transport)
    unlock(window)
    return window, transport


@pytest.mark.parametrize(
    ("server", "fingerprint", "code", "expected"),
    [
        ("", FINGERPRINT, "ABCD-EFGH-JKMN", "Enter the head-office address"),
        ("headoffice.org:8443", FINGERPRINT, "ABCD-EFGH-JKMN", "must look like https://host:port"),
        ("ftp://headoffice.org", FINGERPRINT, "ABCD-EFGH-JKMN", "must look like https://host:port"),
        ("https://headoffice.org:99999", FINGERPRINT, "ABCD-EFGH-JKMN", "must look like"),
        ("https://headoffice.org/sync", FINGERPRINT, "ABCD-EFGH-JKMN", "no path"),
        ("http://headoffice.org:8080", "", "ABCD-EFGH-JKMN", "over https"),
        ("https://headoffice.org:8443", "", "ABCD-EFGH-JKMN", "Enter the certificate fingerprint"),
        ("https://headoffice.org:8443", "AB:CD:ZZ", "ABCD-EFGH-JKMN", "only hexadecimal digits"),
        ("https://headoffice.org:8443", "AB:CD:EF", "ABCD-EFGH-JKMN", "has 6 hexadecimal digits"),
        ("https://headoffice.org:8443", FINGERPRINT, "ABCD-EFGH", "12 letters and digits"),
        ("https://headoffice.org:8443", FINGERPRINT, "ABCD-EFGH-JKM!", "12 letters and digits"),
    ],
)
def test_enrollment_dialog_explains_each_mistake(
    qtbot: QtBot,
    fresh_window: tuple[MainWindow, FaultyTransport],
    server: str,
    fingerprint: str,
    code: str,
    expected: str,
) -> None:
    window, transport = fresh_window
    dialog = EnrollDialog(controller(window), "", window)
    qtbot.addWidget(dialog)
    dialog.ui.server_edit.setText(server)
    dialog.ui.fingerprint_edit.setText(fingerprint)
    dialog.ui.code_edit.setText(code)
    dialog.submit()
    assert expected in dialog.ui.status_label.text()
    assert dialog.officer_name is None
    assert transport.requests == 0  # nothing sent for a typo


def test_enrollment_dialog_cleans_what_was_typed(
    qtbot: QtBot, fresh_window: tuple[MainWindow, FaultyTransport]
) -> None:
    window, _ = fresh_window
    dialog = EnrollDialog(controller(window), "", window)
    qtbot.addWidget(dialog)
    dialog.ui.server_edit.setText(" https://HeadOffice.org:8443/ ")
    dialog.ui.fingerprint_edit.setText(" ".join(["ab"] * 32))
    dialog.ui.code_edit.setText("abcd efgh jkmn")
    enrollment, problems = dialog.check()
    assert problems == []
    assert enrollment is not None
    assert enrollment.server == "https://HeadOffice.org:8443"
    assert enrollment.pin == "ab" * 32
    assert enrollment.code == "ABCD-EFGH-JKMN"
    # Plain http only to this computer (a head office run for a demo or a test).
    dialog.ui.server_edit.setText("http://127.0.0.1:8080")
    dialog.ui.fingerprint_edit.setText("")
    assert dialog.check()[1] == []


def test_enrollment_shows_the_officer_and_starts_the_first_sync(
    qtbot: QtBot,
    fresh_window: tuple[MainWindow, FaultyTransport],
    office: HeadOffice,
    officer: str,
) -> None:
    window, _ = fresh_window
    assert "Not enrolled" in window.sync_status.state_label.text()
    dialog = EnrollDialog(controller(window), "", window)
    qtbot.addWidget(dialog)
    dialog.ui.server_edit.setText("https://headoffice.org:8443")
    dialog.ui.fingerprint_edit.setText(FINGERPRINT)
    # A wrong code first: head office's refusal is shown, nothing stored.
    dialog.ui.code_edit.setText("ABCD-EFGH-JKMN")
    dialog.submit()
    assert "did not enroll this device" in dialog.ui.status_label.text()
    assert dialog.officer_name is None
    dialog.ui.code_edit.setText(office.service.enrollment_code(officer))
    dialog.submit()
    assert dialog.officer_name == "Officer A"
    assert "Officer A" in dialog.ui.status_label.text()
    assert not dialog.ui.code_edit.isEnabled()
    # The address and the pin were stored in the profile; the first sync ran.
    session = window.session
    assert session is not None
    stored: list[dict[str, str]] = []
    session.call(lambda store: sync_state.values(store.connection), stored.append, pytest.fail)
    assert stored[0]["server"] == "https://headoffice.org:8443"
    assert stored[0]["pin_sha256"] == "ab" * 32
    assert stored[0]["officer_name"] == "Officer A"
    assert window.sync_status.state_label.text() == "Up to date"
    assert server_event_count(office) == 1
    dialog.submit()  # now the Close button
    assert dialog.result() == EnrollDialog.DialogCode.Accepted


def test_the_head_office_menu(fresh_window: tuple[MainWindow, FaultyTransport]) -> None:
    window, _ = fresh_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Head office" in menus
    assert window.enroll_action.isEnabled()
    assert window.sync_action.isEnabled()
    window.lock()
    assert not window.enroll_action.isEnabled()
    assert not window.sync_action.isEnabled()
    assert not window.sync_status.isVisible()


# --- the case page ---------------------------------------------------------------------------


def test_the_case_shows_refused_events_and_conflicting_values(
    qtbot: QtBot,
    tmp_path: Path,
    catalogue: Catalogue,
    office: HeadOffice,
    officer: str,
    now: dt.datetime,
) -> None:
    laptop = new_device(tmp_path / "laptop", "laptop", catalogue, office, officer, now)
    tablet = new_device(tmp_path / "tablet", "tablet", catalogue, office, officer, now)
    case_id = open_case(laptop)
    sync_until_done(laptop)
    sync_until_done(tablet)
    # Both offline: the phone number changed on each, and both closed the case.
    phone = "<b>+999 1</b>"  # markup stays text
    laptop.store.record(case_id, [("person.field_set", b.person_field_set("phone", phone, 0))])
    tablet.store.record(case_id, [("person.field_set", b.person_field_set("phone", "+999 2", 0))])
    laptop.store.record(case_id, [("case.closed", b.case_closed())])
    tablet.store.record(case_id, [("case.closed", b.case_closed())])
    sync_until_done(laptop)
    sync_until_done(tablet)
    assert [q.code for q in sync_state.quarantined(tablet.store.connection)] == ["refused"]

    window = open_window(qtbot, catalogue, tablet)
    sync_settled(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    workspace.ui.filter_combo.setCurrentIndex(-1)  # closed cases are not in "open cases"
    workspace.show_filter("all")
    workspace._load_case(case_id)
    page = workspace.case_page
    assert page.case_id == case_id
    tabs = page.ui.tabs
    index = tabs.indexOf(page.ui.sync_tab)
    assert tabs.isTabVisible(index)
    assert tabs.tabText(index) == "Sync iss&ues (2)"
    attention = page.ui.attention_label.text()
    assert "Head office did not accept 1 of this case's events." in attention
    assert "Details recorded differently on two devices: 1. See the Sync issues tab." in attention
    tree = page.ui.sync_tree
    refused, conflicts = tree.topLevelItem(0), tree.topLevelItem(1)
    assert "Not accepted by head office (1)" in refused.text(0)
    assert "Case closed" in refused.child(0).text(0)
    assert "as head office has it" in refused.child(0).text(1)  # the code, explained
    assert refused.child(0).child(0).text(1).startswith("Head office said: ")
    assert "Recorded differently on two devices (1)" in conflicts.text(0)
    field = conflicts.child(0)
    assert field.text(0) == "Phone"
    values = {field.child(i).text(1) for i in range(field.childCount())}
    assert values == {phone, "+999 2"}
    # The person tab says so too, with the other value beneath.
    person = page.ui.person_tree
    row = next(
        person.topLevelItem(i)
        for i in range(person.topLevelItemCount())
        if person.topLevelItem(i).text(0) == "Phone"
    )
    assert "edited on two devices" in row.text(1)
    assert row.childCount() == 1
    assert "also recorded:" in row.child(0).text(1)
    # And the timeline marks the refused event.
    timeline = page.ui.timeline_tree
    marked = [
        timeline.topLevelItem(i).text(1)
        for i in range(timeline.topLevelItemCount())
        if "not accepted by head office" in timeline.topLevelItem(i).text(1)
    ]
    assert marked == ["Case closed (not accepted by head office)"]
    # A case with nothing of the kind has no such tab.
    page.clear()
    assert not tabs.isTabVisible(index)


def test_a_command_shows_as_waiting_until_head_office_answers(
    qtbot: QtBot,
    tmp_path: Path,
    catalogue: Catalogue,
    office: HeadOffice,
    officer: str,
    now: dt.datetime,
) -> None:
    laptop = new_device(tmp_path / "laptop", "laptop", catalogue, office, officer, now)
    case_id = open_case(laptop, notes=1)
    sync_until_done(laptop)
    laptop.store.record(case_id, [("case.closed", b.case_closed())])
    laptop.transport.faults[:] = ["drop_request"] * 20  # offline: the close stays unsent

    window = open_window(qtbot, catalogue, laptop)
    sync_settled(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_filter("all")
    workspace._load_case(case_id)
    page = workspace.case_page
    assert "Waiting for head office to confirm: Case closed." in page.ui.attention_label.text()
    timeline = page.ui.timeline_tree
    titles = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert "Case closed (waiting for head office)" in titles
    assert "Note (waiting for head office)" not in titles  # facts need no answer

    laptop.transport.faults.clear()
    controller(window).sync_now()
    sync_settled(qtbot, window)
    # The case on screen changes by itself once head office has answered.
    qtbot.waitUntil(lambda: "Waiting for head office" not in page.ui.attention_label.text())
    titles = [timeline.topLevelItem(i).text(1) for i in range(timeline.topLevelItemCount())]
    assert "Case closed" in titles


# --- threads ---------------------------------------------------------------------------------


class ThreadRecordingTransport:
    """Records which thread posts; waits on ``gate`` (if set) before answering."""

    def __init__(self, inner: FaultyTransport, gate: threading.Event | None = None) -> None:
        self.inner = inner
        self.gate = gate
        self.threads: list[threading.Thread] = []

    def post(self, path: str, body: bytes, token: str | None) -> Reply:
        self.threads.append(threading.current_thread())
        if self.gate is not None and not self.gate.wait(timeout=10):
            raise AssertionError("the test never opened the gate")
        return self.inner.post(path, body, token)


def test_the_network_runs_off_the_gui_and_database_threads(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    gate = threading.Event()
    transport = ThreadRecordingTransport(laptop.transport, gate)
    laptop.profile.lock(laptop.store)
    db_runner = ThreadRunner(name="test-db")
    window = make_window(
        qtbot,
        catalogue,
        laptop.profile.directory.parent,
        transport,
        runner=db_runner,
        network=NetworkRunner(),
    )
    qtbot.waitUntil(lambda: window.unlock_page.ui.profile_combo.count() == 1, timeout=5000)
    unlock(window)
    qtbot.waitUntil(lambda: len(transport.threads) == 1, timeout=10000)
    # The exchange is in flight and held at the gate. The GUI thread keeps turning ...
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)
    timer.stop()
    # ... and the database thread is free: a store job completes meanwhile.
    session = window.session
    assert session is not None
    answered: list[int] = []
    session.call(lambda store: store.event_count(), answered.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert controller(window).running
    gate.set()
    qtbot.waitUntil(lambda: window.sync_status.state_label.text() == "Up to date", timeout=10000)
    main = threading.main_thread()
    assert transport.threads
    assert all(thread is not main for thread in transport.threads)
    assert all(thread.name != "test-db" for thread in transport.threads)
    assert server_event_count(office) == 3
    window.close()


def test_locking_during_an_exchange_drops_its_result(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    gate = threading.Event()
    transport = ThreadRecordingTransport(laptop.transport, gate)
    window = open_window(qtbot, catalogue, laptop, network=NetworkRunner())
    sync = controller(window)
    qtbot.waitUntil(lambda: window.sync_status.state_label.text() == "Up to date", timeout=5000)
    # The next sync goes through the gated transport.
    sync._transport_factory = lambda server, pin: transport
    results: list[SyncResult] = []
    sync.finished.connect(results.append)
    laptop_case = _first_case(window)
    session = window.session
    assert session is not None
    session.call(
        lambda store: store.record(laptop_case, [("note.added", b.note(text="Late."))]),
        lambda _: None,
        pytest.fail,
    )
    sync.sync_now()
    qtbot.waitUntil(lambda: len(transport.threads) == 1, timeout=5000)
    window.lock()
    assert window.sync is None
    gate.set()  # head office answers after the lock
    time.sleep(0.1)
    qtbot.wait(100)
    assert results == []  # nothing reached a controller of a closed session
    assert window.stack.currentWidget() is window.lock_page


def test_cancel_stops_after_the_exchange_in_flight(
    qtbot: QtBot, catalogue: Catalogue, office: HeadOffice, laptop: Device
) -> None:
    case_id = next(iter(laptop.case_ids()))
    long_text = "Visited at home; discussed work and the course schedule. " * 30
    for _ in range(40):  # far more than the first 16 KB budget
        laptop.store.record(case_id, [("note.added", b.note(text=long_text))])
    laptop.transport.faults[:] = ["drop_request"]  # the sync at unlock fails
    window = open_window(qtbot, catalogue, laptop)
    sync = controller(window)
    qtbot.waitUntil(lambda: sync.scheduler.timing.failures == 1, timeout=5000)
    progress: list[Any] = []
    results: list[SyncResult] = []
    sync.progressed.connect(progress.append)
    sync.finished.connect(results.append)

    class CancelWhileSending:
        def post(self, path: str, body: bytes, token: str | None) -> Reply:
            window.sync_status.cancel_button.click()  # the officer presses Stop meanwhile
            return laptop.transport.post(path, body, token)

    sync._transport_factory = lambda server, pin: CancelWhileSending()
    window.sync_status.sync_button.click()
    assert [result.outcome for result in results] == [Outcome.CANCELLED]
    assert results[0].report.exchanges == 1
    sent = results[0].report.sent
    assert 0 < sent < 43
    assert progress[0].to_send == 43
    assert progress[-1].sent == sent
    assert window.sync_status.state_label.text() == "Sync stopped"
    assert server_event_count(office) == sent  # what was acknowledged stays acknowledged


# --- the scheduler's timing (fake clock, no Qt) ----------------------------------------------


def timing(**kwargs: Any) -> SyncTiming:
    return SyncTiming(enrolled=True, **kwargs)


def test_timing_syncs_at_unlock_and_at_the_interval_after_success() -> None:
    t = timing(interval_s=300)
    t.unlocked(100.0)
    assert t.next_due() == 100.0
    assert t.is_due(100.0)
    t.started()
    assert t.next_due() is None  # never two at once
    t.succeeded(110.0)
    assert t.next_due() == 410.0
    assert not t.is_due(409.9)
    assert t.is_due(410.0)


def test_timing_debounces_saves() -> None:
    t = timing(interval_s=300)
    t.succeeded(0.0)
    t.saved(10.0)
    assert t.next_due() == 15.0
    t.saved(13.0)  # another save in the burst pushes it on
    assert t.next_due() == 18.0
    t.started()
    t.saved(20.0)  # saved while syncing: that save still gets its sync
    t.succeeded(21.0)
    assert t.next_due() == 25.0


def test_timing_backs_off_exponentially_up_to_half_an_hour() -> None:
    t = timing(random=lambda: 0.5)  # no jitter
    delays = []
    for _ in range(10):
        t.failed(0.0)
        delays.append(t.next_due())
    assert delays == [30, 60, 120, 240, 480, 960, 1800, 1800, 1800, 1800]
    for _ in range(2000):  # no overflow after a very long time offline
        t.failed(0.0)
    assert t.next_due() == 1800


@pytest.mark.parametrize("draw", [0.0, 0.25, 0.5, 0.999999])
def test_timing_jitter_stays_within_twenty_percent(draw: float) -> None:
    t = timing(random=lambda: draw)
    for base in (30, 60, 120):
        t.failed(0.0)
        due = t.next_due()
        assert due is not None
        assert 0.8 * base <= due <= 1.2 * base
    assert timing(random=lambda: 0.0).backoff_s() == pytest.approx(0.8 * 30)


def test_timing_jitter_spreads_real_random_draws() -> None:
    t = timing()
    samples = []
    for _ in range(200):
        t.failures = 0
        t.failed(0.0)
        due = t.next_due()
        assert due is not None
        samples.append(due)
    assert min(samples) >= 24
    assert max(samples) <= 36
    assert max(samples) - min(samples) > 5  # really jittered


def test_timing_success_and_sync_now_reset_the_back_off() -> None:
    t = timing(random=lambda: 0.5)
    for _ in range(4):
        t.failed(0.0)
    assert t.next_due() == 240
    t.saved(1.0)  # a save does not bring the link back: the back-off stands
    assert t.next_due() == 240
    t.manual()
    assert t.failures == 0
    t.failed(0.0)
    assert t.next_due() == 30  # counted from the start again
    t.succeeded(100.0)
    assert t.failures == 0
    t.failed(100.0)
    assert t.next_due() == 130


def test_timing_waits_for_the_officer_when_halted_or_not_enrolled() -> None:
    t = timing()
    t.unlocked(0.0)
    t.halt()
    assert t.next_due() is None
    t.saved(1.0)
    assert t.next_due() is None
    t.manual()
    assert not t.halted
    t.enrolled = False
    t.unlocked(5.0)
    assert t.next_due() is None
    t.enrolled = True
    assert t.next_due() == 5.0


def test_scheduler_emits_due_by_its_clock(qtbot: QtBot) -> None:
    clock = FakeMonotonic()
    scheduler = SyncScheduler(timing(interval_s=60), clock)
    fired: list[bool] = []
    scheduler.due.connect(lambda: fired.append(True))
    scheduler.succeeded()
    assert scheduler.seconds_left() == 60
    scheduler.check()
    assert fired == []
    clock.now += 60
    scheduler.check()
    assert fired == [True]
    scheduler.stop()
    clock.now += 1000
    scheduler.check()
    assert fired == [True]


def test_the_menu_opens_the_enrollment_dialog_and_locking_closes_it(
    qtbot: QtBot,
    fresh_window: tuple[MainWindow, FaultyTransport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _ = fresh_window
    opened: list[EnrollDialog] = []

    def run_then_lock(dialog: EnrollDialog) -> int:
        opened.append(dialog)
        assert dialog.isModal()
        window.lock()  # auto-lock while the dialog is open
        return int(dialog.result())

    monkeypatch.setattr(EnrollDialog, "exec", run_then_lock)
    window.enroll_action.trigger()
    assert len(opened) == 1
    assert opened[0].result() == EnrollDialog.DialogCode.Rejected
    assert window.session is None
