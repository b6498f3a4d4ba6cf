"""Preferences: the window's language and the auto-lock delay (stored as TOML, no secrets)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from tokyo_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from tokyo_desk.settings import UI_LANGUAGES, Settings

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings`` holds them when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self.result_settings: Settings | None = None
        for code in UI_LANGUAGES:
            self.ui.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.ui.language_combo.setCurrentIndex(
            self.ui.language_combo.findData(settings.ui_language)
        )
        self.ui.lock_spin.setValue(settings.auto_lock_minutes)
        self.ui.button_box.accepted.connect(self.accept_choices)
        self.ui.button_box.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget, settings: Settings) -> Settings | None:
        dialog = cls(settings, parent)
        dialog.exec()
        return dialog.result_settings

    def accept_choices(self) -> None:
        self.result_settings = replace(
            self._settings,
            ui_language=self.ui.language_combo.currentData(),
            auto_lock_minutes=self.ui.lock_spin.value(),
        )
        self.accept()
