"""Screenshots of the main screens for ``docs/screenshots/``, from a demo profile.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python packaging/take_screenshots.py [OUT] [LANG]

Runs the real window (database thread included) on a throw-away demo profile under Xvfb and
saves unlock, caseload, case record, explanation, head-office enrollment and sync, and lock
screens.  Head office is the real demo service (``tokyo-desk-server serve --demo``) on a free
port of this machine.  Look at every image before committing.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.gui.application import install_translation  # noqa: E402
from tokyo_desk.gui.enroll_dialog import EnrollDialog  # noqa: E402
from tokyo_desk.gui.main_window import MainWindow  # noqa: E402
from tokyo_desk.gui.new_case_dialog import NewCaseDialog  # noqa: E402
from tokyo_desk.gui.worker import ThreadRunner  # noqa: E402
from tokyo_desk.gui.workspace import RECORD_DIALOGS  # noqa: E402
from tokyo_desk.store.demo import DEMO_PASSPHRASE, create_demo  # noqa: E402
from tokyo_desk.store.keyfile import KdfParams  # noqa: E402
from tokyo_desk.store.profile import Profiles  # noqa: E402


def wait_until(app: QApplication, ready: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Turn the event loop (results arrive from the database thread) until ``ready()``."""
    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not get ready in time")
        app.processEvents()
        time.sleep(0.02)


@contextmanager
def demo_head_office(directory: Path) -> Iterator[tuple[str, str, str]]:
    """The demo head office in its own process: (address, fingerprint, enrollment code)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "tokyo_desk.server.cli", "serve", "--demo",
         "--demo-dir", str(directory), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        printed = ""
        while "--code" not in printed:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("the demo head office did not start")
            printed += line
        found = re.search(r"--server (\S+) --pin (\S+) --code (\S+)", printed)
        assert found is not None, "the demo head office printed no enroll command"
        yield found.group(1), found.group(2), found.group(3)
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    catalogue = load_default()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "profiles"
        profile, store = create_demo(root, catalogue, cases=300, kdf=KdfParams.new(8 * 1024, 1, 1))
        profile.lock(store)
        app = QApplication(sys.argv[:1])
        install_translation(app, language)
        window = MainWindow(
            ThreadRunner(), Profiles(root, catalogue), catalogue,
            auto_lock_minutes=5, demo_passphrase=DEMO_PASSPHRASE,
        )  # fmt: skip
        window.resize(1280, 800)
        window.show()
        window.start()
        wait_until(app, lambda: window.unlock_page.ui.profile_combo.count() > 0)

        def shot(name: str, widget: QWidget = window) -> None:
            """Save ``widget`` (the main window unless told) as ``<language>-<name>.png``."""
            app.processEvents()
            target = out / f"{language}-{name}.png"
            widget.grab().save(str(target))
            print(target)

        shot("unlock")
        window.unlock_page.ui.passphrase_edit.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock()
        wait_until(app, lambda: window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        wait_until(app, lambda: workspace.model.rowCount() > 0)
        shot("caseload")
        workspace.ui.caseload_view.setCurrentIndex(workspace.model.index(2, 0))
        wait_until(app, lambda: workspace.case_page.case_id is not None)
        shot("case-person")
        workspace.case_page.ui.tabs.setCurrentIndex(1)
        shot("case-measures")
        workspace.case_page.ui.tabs.setCurrentIndex(2)
        shot("case-timeline")
        workspace.ui.filter_combo.setCurrentIndex(
            workspace.ui.filter_combo.findData("explanation_pending")
        )
        wait_until(app, lambda: workspace.model.rowCount() > 0)
        workspace.ui.caseload_view.setCurrentIndex(workspace.model.index(0, 0))
        wait_until(app, workspace.case_page.ui.explain_button.isVisible)
        shot("case-explanation-pending")
        workspace.case_page.ui.explain_button.click()
        wait_until(app, lambda: workspace.wizard is not None)
        wizard = workspace.wizard
        assert wizard is not None
        wizard.resize(1000, 720)

        shot("explain-1-setup", wizard)
        # The written copy follows later here, so the acknowledgement step can be shown
        # without a printer.
        wizard.ui.mode_combo.setCurrentIndex(
            wizard.ui.mode_combo.findData("oral_now_written_later")
        )
        wizard.ui.later_edit.setText("The printer at the office is out of paper")
        wizard.next_step()
        wizard.ui.explained_check.setChecked(True)
        shot("explain-2-condition", wizard)
        while wizard.ui.pages.currentIndex() == 1:
            wizard.ui.explained_check.setChecked(True)
            wizard.next_step()
        shot("explain-3-rights", wizard)
        wizard.ui.rights_check.setChecked(True)
        wizard.ui.breach_check.setChecked(True)
        wizard.next_step()
        shot("explain-4-response", wizard)
        wizard.next_step()
        wait_until(app, lambda: wizard.preview.page_count() > 0)
        settle = time.monotonic() + 1.5  # QPdfView draws its pages on its own thread
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.02)
        shot("explain-5-sheet", wizard)
        wizard.next_step()
        shot("explain-6-acknowledgement", wizard)
        wizard.reject()
        # The forms the Record menu opens, on the same case.
        state = workspace.case_state
        assert state is not None
        session = workspace.session
        for kind in ("measure", "breach", "review", "modification"):
            dialog = RECORD_DIALOGS[kind](session, catalogue, state)
            dialog.show()
            shot(f"record-{kind}", dialog)
            dialog.close()
        new_case = NewCaseDialog(session, catalogue)
        new_case.show()
        shot("new-case", new_case)
        new_case.close()
        workspace.ui.filter_combo.setCurrentIndex(0)
        workspace.ui.search_edit.setText("mar")
        wait_until(app, lambda: workspace.model.rowCount() < 100)
        shot("search")
        sync = window.sync
        assert sync is not None
        with demo_head_office(Path(scratch) / "head-office") as (address, pin, code):
            dialog = EnrollDialog(sync, "", window)
            dialog.show()
            dialog.ui.server_edit.setText(address)
            dialog.ui.fingerprint_edit.setText(pin)
            dialog.ui.code_edit.setText(code)

            shot("enroll", dialog)
            dialog.submit()
            wait_until(app, lambda: dialog.officer_name is not None, timeout_s=60)
            shot("enrolled", dialog)
            dialog.accept()
            # The first sync sends the 300 demo cases' events.
            wait_until(app, lambda: not sync.running and sync.status is not None
                       and sync.status.unsent == 0, timeout_s=180)  # fmt: skip
            shot("synced")
        window.lock()
        shot("locked")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
