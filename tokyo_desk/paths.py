"""Where Tokyo Desk keeps things: platformdirs locations and bundled resources.

Every location can be overridden (``--profile-dir`` on the command line, or the
``TOKYO_DESK_HOME`` environment variable for tests) so that nothing under test touches the
officer's real data directory.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "TokyoDesk"
APP_AUTHOR = "TokyoDesk"


@dataclass(frozen=True)
class AppPaths:
    """The directories one run of the application uses."""

    profiles: Path
    config: Path
    logs: Path
    cache: Path

    @classmethod
    def default(cls) -> AppPaths:
        """Per-user platform locations (never a cloud-synced Documents folder)."""
        home = os.environ.get("TOKYO_DESK_HOME")
        if home:
            return cls.under(Path(home))
        return cls(
            profiles=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "profiles",
            config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All locations inside one directory (tests, portable installs)."""
        return cls(
            profiles=root / "profiles",
            config=root / "config",
            logs=root / "logs",
            cache=root / "cache",
        )


def resources_dir() -> Path:
    """The bundled ``resources/`` directory: frozen bundle, wheel, or source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")  # copied in by the wheel build
    candidates.append(package_dir.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if (candidate / "catalogue").is_dir():
            return candidate
    raise FileNotFoundError("Tokyo Desk resources are missing from this installation.")


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)
