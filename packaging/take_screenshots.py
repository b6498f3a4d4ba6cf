"""Screenshots of the main screens for ``docs/screenshots/``, from a demo profile.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python packaging/take_screenshots.py [OUT]

Runs the real window (database thread included) on a throw-away demo profile under Xvfb and
saves unlock, caseload, case record and lock screens.  Look at every image before committing.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.gui.main_window import MainWindow  # noqa: E402
from tokyo_desk.gui.worker import ThreadRunner  # noqa: E402
from tokyo_desk.store.demo import DEMO_PASSPHRASE, create_demo  # noqa: E402
from tokyo_desk.store.keyfile import KdfParams  # noqa: E402
from tokyo_desk.store.profile import Profiles  # noqa: E402


def wait_until(app: QApplication, ready: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not ready():
        app.processEvents()
        QTimer.singleShot(20, lambda: None)
        app.processEvents()
        waited += 20
        if waited > timeout_ms:
            raise SystemExit("the window did not get ready in time")
        import time  # noqa: PLC0415

        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    catalogue = load_default()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "profiles"
        profile, store = create_demo(root, catalogue, cases=300, kdf=KdfParams.new(8 * 1024, 1, 1))
        profile.lock(store)
        app = QApplication(sys.argv[:1])
        window = MainWindow(
            ThreadRunner(), Profiles(root, catalogue), catalogue,
            auto_lock_minutes=5, demo_passphrase=DEMO_PASSPHRASE,
        )  # fmt: skip
        window.resize(1280, 800)
        window.show()
        window.start()
        wait_until(app, lambda: window.unlock_page.ui.profile_combo.count() > 0)

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        shot("en-unlock")
        window.unlock_page.ui.passphrase_edit.setText(DEMO_PASSPHRASE)
        window.unlock_page.unlock()
        wait_until(app, lambda: window.workspace is not None)
        workspace = window.workspace
        assert workspace is not None
        wait_until(app, lambda: workspace.model.rowCount() > 0)
        shot("en-caseload")
        workspace.ui.caseload_view.selectRow(2)
        wait_until(app, lambda: workspace.case_page.case_id is not None)
        shot("en-case-person")
        workspace.case_page.ui.tabs.setCurrentIndex(1)
        shot("en-case-measures")
        workspace.case_page.ui.tabs.setCurrentIndex(2)
        shot("en-case-timeline")
        workspace.ui.search_edit.setText("mar")
        wait_until(app, lambda: workspace.model.rowCount() < 100)
        shot("en-search")
        window.lock()
        shot("en-locked")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
