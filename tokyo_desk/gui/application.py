"""Start the desktop application: QApplication, the database thread, the main window, and a
crash dialog for bugs (expected failures are shown where they happen)."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from tokyo_desk import __version__
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.catalogue_texts import LANGUAGE_PROPERTY
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.worker import ThreadRunner
from tokyo_desk.paths import resource
from tokyo_desk.settings import Settings
from tokyo_desk.store.profile import Profiles

log = logging.getLogger(__name__)

# The PNG renderings of resources/icons/tokyo-desk.svg (packaging/build_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Names the window after the installed .desktop file (packaging/linux/) so that Linux
# desktops show its icon and name in the task bar.
DESKTOP_FILE_NAME = "org.tokyodesk.TokyoDesk"


def window_icon() -> QIcon:
    """The application icon at every bundled size (Qt picks the nearest for each use)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"tokyo-desk-{size}.png")))
    return icon


def describe_crash(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Where a bug happened: exception type and code locations only.

    The exception's message is left out on purpose: it can quote record content.
    """
    frames = traceback.format_list(traceback.extract_tb(tb))
    return f"{kind.__module__}.{kind.__qualname__}\n" + "".join(frames)


def install_crash_handlers(window_title: str) -> None:
    def on_crash(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", describe_crash(kind, tb))
        if (
            QApplication.instance() is not None
            and threading.current_thread() is threading.main_thread()
        ):
            QMessageBox.critical(
                None,
                window_title,
                "Something went wrong inside Tokyo Desk. Your saved records are safe. "
                "The error has been written to the log (without any record content); "
                "please tell your head-office support.",
            )

    def on_thread_crash(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in a thread:\n%s", describe_crash(args.exc_type, args.exc_traceback)
        )

    sys.excepthook = on_crash
    threading.excepthook = on_thread_crash


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Load the window's language (and Qt's own dialogs' strings); Arabic lays out right to
    left.  English needs nothing loaded."""
    app.setProperty(LANGUAGE_PROPERTY, language)
    if language == "ar":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource("i18n", f"tokyo_desk_{language}.qm"))):
        log.warning("no translation file for the chosen window language")
        return None
    app.installTranslator(translator)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
    return translator


# The window shares Python's lock (the GIL) with the database, sheet and print threads. A
# thread waiting for it asks the holder to let go only after the switch interval (5 ms by
# default), and each timer and paint event of the window waits its turn that way: printing
# stalled the window 65-117 ms at 5 ms and 34-70 ms at 1 ms (bench_gui's print scenario,
# same machine, same run).  Switching more often costs the background threads next to
# nothing: they rarely run Python at the same time.
GIL_SWITCH_INTERVAL_S = 0.001


def share_the_interpreter() -> None:
    """Let the window's thread take Python's lock back sooner (see GIL_SWITCH_INTERVAL_S)."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def run_gui(
    profiles: Profiles,
    catalogue: Catalogue,
    *,
    preferences: Settings,
    save_settings: Callable[[Settings], None],
    demo_passphrase: str | None,
    argv: list[str] | None = None,
) -> int:
    """Open the window and run until it is closed."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    share_the_interpreter()
    app.setApplicationName("Tokyo Desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(window_icon())
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    install_crash_handlers("Tokyo Desk")
    install_translation(app, preferences.ui_language)
    runner = ThreadRunner(name="tokyo-desk-db")
    window = MainWindow(
        runner,
        profiles,
        catalogue,
        pdf_runner=ThreadRunner(name="tokyo-desk-pdf"),
        auto_lock_minutes=preferences.auto_lock_minutes,
        demo_passphrase=demo_passphrase,
        settings=preferences,
        save_settings=save_settings,
    )
    window.show()
    window.start()
    return app.exec()
