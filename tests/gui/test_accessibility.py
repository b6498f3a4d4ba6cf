"""Every form: each input control can be found by a screen reader (an accessible name, or a
label whose buddy it is), and keyboard mnemonics do not clash within one page."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted(path.stem for path in (ROOT / "ui").glob("*.ui"))
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def build(name: str) -> QWidget:
    module = importlib.import_module(f"tokyo_desk.gui.forms.ui_{name}")
    form_class = next(getattr(module, item) for item in dir(module) if item.startswith("Ui_"))
    form = form_class()
    top = QDialog() if "dialog" in name or "wizard" in name else QWidget()
    form.setupUi(top)
    return top


@pytest.mark.parametrize("name", FORMS)
def test_every_input_has_a_name_a_reader_can_say(qtbot: QtBot, name: str) -> None:
    top = build(name)
    qtbot.addWidget(top)
    buddies = {label.buddy() for label in top.findChildren(QLabel) if label.buddy() is not None}
    unnamed = [
        widget.objectName()
        for widget in top.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
        and widget.objectName()
        and not widget.objectName().startswith("qt_")
        and not widget.accessibleName()
        and widget not in buddies
    ]
    assert unnamed == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _page_of(widget: QWidget, top: QWidget) -> QWidget:
    """The tab or stacked page a widget is on (widgets on different pages never clash)."""
    current: QWidget | None = widget
    while current is not None and current is not top:
        parent = current.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), (QTabWidget, QStackedWidget)):
            return current
        if isinstance(parent, QStackedWidget):
            return current
        current = parent
    return top


@pytest.mark.parametrize("name", FORMS)
def test_mnemonics_are_unique_on_each_page(qtbot: QtBot, name: str) -> None:
    top = build(name)
    qtbot.addWidget(top)
    seen: dict[tuple[int, str], list[str]] = {}
    for widget in top.findChildren(QWidget):
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        letter = _mnemonic(text)
        if letter is None:
            continue
        page = _page_of(widget, top)
        seen.setdefault((id(page), letter), []).append(widget.objectName())
    clashes = {key[1]: names for key, names in seen.items() if len(names) > 1}
    assert clashes == {}
