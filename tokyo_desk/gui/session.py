"""The unlocked profile as the GUI sees it: every store call goes through the runner.

Widgets never touch the ``CaseStore``; they hand the session a function of the store, and
get its plain-data result back on the GUI thread.  After ``lock`` nothing more reaches the
store and results still in flight are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from tokyo_desk.gui.worker import Done, Failed, Runner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile, ProfileInfo

log = logging.getLogger(__name__)


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

    def wipe(
        self,
        count_unsent: Callable[[CaseStore], int],
        reason: str,
        done: Callable[[int], None],
        failed: Failed,
    ) -> None:
        """Head office revoked this device: lock, and make the profile unreadable for good.

        ``done`` gets the number of events that never reached head office (counted just
        before the wipe; -1 when they could not be counted).  Jobs already queued run first.
        """
        store, self._store = self._store, None
        if store is None:
            return
        self._runner.forget_pending()
        profile = self.profile

        def wipe() -> int:
            try:
                unsent = count_unsent(store)
            except Exception as error:  # the wipe matters more than the count
                # The type only: a message could quote stored text.
                log.error("could not count the unsent events before the wipe: %s",
                          type(error).__name__)  # fmt: skip
                unsent = -1
            profile.wipe(store, reason=reason, unsent=unsent)
            return unsent

        self._runner.submit(wipe, done, failed)
        self.locked.emit()
