from __future__ import annotations

from pathlib import Path

import pytest

from tokyo_desk.settings import Settings, load, save


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    original = Settings(auto_lock_minutes=3, ui_language="ar", last_profile_id='x"y\\z')
    save(path, original)
    assert load(path) == original


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load(tmp_path / "none.toml") == Settings()


@pytest.mark.parametrize(
    "text",
    [
        "auto_lock_minutes = 99\n",
        "ui_language = 'xx'\n",
        "not toml [[[",
        "auto_lock_minutes = 'x'\n",
    ],
)
def test_bad_files_fall_back_to_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    assert load(path) == Settings()


def test_invalid_settings_are_not_saved(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="auto-lock"):
        save(tmp_path / "s.toml", Settings(auto_lock_minutes=0))
    assert not (tmp_path / "s.toml").exists()
