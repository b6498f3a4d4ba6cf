"""Typed user settings, stored as TOML in the config directory (never pickled Qt objects).

Settings hold preferences only -- no record content, no secrets.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tokyo_desk.store.keyfile import write_atomically

log = logging.getLogger(__name__)

UI_LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True)
class Settings:
    auto_lock_minutes: int = 5
    ui_language: str = "en"
    last_profile_id: str = ""
    # Minutes between automatic syncs while head office answers (back-off takes over after
    # a failure).
    sync_minutes: int = 5

    def problems(self) -> list[str]:
        """Why these settings are invalid (empty when valid)."""
        found = []
        if not 1 <= self.auto_lock_minutes <= 15:
            found.append("auto-lock must be between 1 and 15 minutes")
        if not 1 <= self.sync_minutes <= 120:
            found.append("the sync interval must be between 1 and 120 minutes")
        if self.ui_language not in UI_LANGUAGES:
            found.append(f"the interface language must be one of {', '.join(UI_LANGUAGES)}")
        return found


def load(path: Path) -> Settings:
    """Settings from ``path``; defaults for anything missing, unknown or invalid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        log.warning("settings file unreadable; using defaults")
        return Settings()
    known = {item.name: item.type for item in fields(Settings)}
    values = {}
    for name, value in data.items():
        if name in known and type(value).__name__ == known[name]:
            values[name] = value
    settings = Settings(**values)
    if settings.problems():
        log.warning("settings file has invalid values; using defaults")
        return Settings()
    return settings


def save(path: Path, settings: Settings) -> None:
    """Write ``settings`` atomically as TOML."""
    if settings.problems():
        raise ValueError("; ".join(settings.problems()))
    lines = []
    for name, value in asdict(settings).items():
        if isinstance(value, str):
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{name} = "{escaped}"')
        else:
            lines.append(f"{name} = {value}")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
