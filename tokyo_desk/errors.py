"""Expected failures (shown to the officer as a message) versus bugs (everything else).

A ``UserError`` carries a stable ``code`` so that the GUI can translate the message, and a
plain-English ``message`` for the command line and logs.  Messages never contain record
content, passphrases or keys: they name fields and rules, not values.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected failure with a clear message for the officer."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """Input refused by the domain rules; ``problems`` lists every reason."""

    code = "invalid"

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(self.problems) if self.problems else "Invalid input.")


class WrongPassphrase(UserError):
    """The passphrase does not unlock this profile."""

    code = "wrong_passphrase"


class UnlockThrottled(UserError):
    """Too many failed unlocks: wait before the next attempt."""

    code = "unlock_throttled"

    def __init__(self, message: str, wait_seconds: float, locked_out: bool) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds
        self.locked_out = locked_out


class WeakPassphrase(UserError):
    """The new passphrase does not meet the policy."""

    code = "weak_passphrase"


class KeyFileDamaged(UserError):
    """The key file is unreadable, truncated or altered."""

    code = "key_file_damaged"


class DatabaseDamaged(UserError):
    """The encrypted database failed authentication or integrity checks."""

    code = "database_damaged"


class DatabaseNewer(UserError):
    """The database was written by a newer Tokyo Desk."""

    code = "database_newer"


class DiskFull(UserError):
    """The disk (or the database's size limit) is full; nothing was written."""

    code = "disk_full"


class ProfileError(UserError):
    """A profile is missing, already exists, or is in use."""

    code = "profile"


class NotFound(UserError):
    """The requested record does not exist in this profile."""

    code = "not_found"
