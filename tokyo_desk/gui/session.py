"""The unlocked profile as the GUI sees it: every store call goes through the runner.

Widgets never touch the ``CaseStore``; they hand the session a function of the store, and
get its plain-data result back on the GUI thread.  After ``lock`` nothing more reaches the
store and results still in flight are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from tokyo_desk.gui.worker import Done, Failed, Runner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile, ProfileInfo


class Session(QObject):
    """One officer's open profile, reached only through the runner."""

    locked = Signal()

    def __init__(self, runner: Runner, profile: Profile, store: CaseStore) -> None:
        super().__init__()
        self._runner = runner
        self.profile = profile
        self.info: ProfileInfo = profile.info()
        self._store: CaseStore | None = store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def call(self, job: Callable[[CaseStore], Any], done: Done, failed: Failed) -> None:
        """Run ``job(store)`` on the database thread; ignored once locked."""
        store = self._store
        if store is None:
            return
        self._runner.submit(lambda: job(store), done, failed)

    def lock(self, failed: Failed) -> None:
        """Close the store (audited), drop results still on their way."""
        store, self._store = self._store, None
        if store is None:
            return
        self._runner.forget_pending()
        profile = self.profile
        self._runner.submit(lambda: profile.lock(store), lambda _: None, failed)
        self.locked.emit()
