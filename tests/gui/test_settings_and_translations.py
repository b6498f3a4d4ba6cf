"""Settings (window language, auto-lock) and the Qt translations: English, French, Arabic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import cheap_kdf
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui import main_window as main_window_module
from tokyo_desk.gui.application import install_translation
from tokyo_desk.gui.catalogue_texts import LANGUAGE_PROPERTY, measure_title
from tokyo_desk.gui.main_window import MainWindow
from tokyo_desk.gui.settings_dialog import SettingsDialog
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.settings import Settings
from tokyo_desk.store.profile import Profiles

ROOT = Path(__file__).resolve().parents[2]


def test_settings_dialog_returns_the_choices(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("ar"))
    dialog.ui.lock_spin.setValue(2)
    dialog.accept_choices()
    assert dialog.result_settings == Settings(auto_lock_minutes=2, ui_language="ar")
    dialog.ui.lock_spin.setValue(99)  # the spin box never leaves 1-15
    assert dialog.ui.lock_spin.value() == 15


def test_new_settings_apply_and_are_saved(
    qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[Settings] = []
    window = MainWindow(
        ImmediateRunner(), Profiles(tmp_path, catalogue), catalogue,
        auto_lock_minutes=5, kdf=cheap_kdf(), save_settings=saved.append,
    )  # fmt: skip
    qtbot.addWidget(window)
    chosen = Settings(auto_lock_minutes=1, ui_language="fr")
    monkeypatch.setattr(main_window_module.SettingsDialog, "ask", lambda *_: chosen)
    window.edit_settings()
    assert saved == [chosen]
    assert window.idle.limit_seconds == 60


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_translation_loads_and_arabic_is_right_to_left(qtbot: QtBot, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translation(app, language)
    try:
        assert translator is not None
        assert not translator.isEmpty()
        expected = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        assert app.layoutDirection() == expected
        translated = QCoreApplication.translate("UnlockPage", "&Unlock")
        assert translated
        assert translated != "&Unlock"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        app.setProperty(LANGUAGE_PROPERTY, "en")


def test_translations_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_translations.py"), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_every_event_kind_title_is_translatable() -> None:
    from tokyo_desk.domain.events import KINDS
    from tokyo_desk.gui.case_page import EVENT_TITLES

    assert {str(title) for title in EVENT_TITLES} == {info.title for info in KINDS.values()}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_message_is_translated(language: str) -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "i18n" / f"tokyo_desk_{language}.ts").getroot()
    missing = [
        message.findtext("source")
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") == "unfinished"
        or not (translation.text or "").strip()
    ]
    assert missing == []


def test_catalogue_titles_follow_the_window_language(catalogue: Catalogue) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = measure_title(catalogue, "sentencing.probation")
    app.setProperty(LANGUAGE_PROPERTY, "fr")
    try:
        french = measure_title(catalogue, "sentencing.probation")
    finally:
        app.setProperty(LANGUAGE_PROPERTY, "en")
    assert english == catalogue.measure_types["sentencing.probation"].title
    assert french != english
    assert measure_title(catalogue, "no.such_type") == "no.such_type"


def test_condition_titles_follow_the_window_language(catalogue: Catalogue) -> None:
    from tokyo_desk.gui.catalogue_texts import condition_title

    template = catalogue.condition("reporting.office_visits")
    assert template is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty(LANGUAGE_PROPERTY, "ar")
    try:
        arabic = condition_title(catalogue, template)
    finally:
        app.setProperty(LANGUAGE_PROPERTY, "en")
    assert condition_title(catalogue, template) == template.title
    assert arabic != template.title
    assert any("\u0600" <= char <= "\u06ff" for char in arabic)
