"""Typed condition parameters as input widgets, for every dialog where the officer fills in a
catalogue condition (a measure imposed, a modification by the authority).

Each kind of parameter gets the widget that makes a wrong value hard to enter: a spin box for
numbers, a list for frequencies and choices, tick boxes for days, a date editor for a required
date (starting at a default date), and a line for text, places, people, times, money, phone
numbers and optional dates.  A time is typed rather than picked from a time editor because a
time editor always shows some time: a time the officer forgot would read as 00:00.  Times,
money and dates are read leniently ("9.30" is 09:30, "kes 1500" is KES 1500).

Whether a value is valid is decided by the catalogue's own check (``ParameterSpec.problem``),
so a form accepts exactly what the store accepts; this module only words each refusal for the
officer, in the window's language.  A field whose input is missing or not valid has no value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tokyo_desk.domain.catalogue import ConditionTemplate, ParameterSpec
from tokyo_desk.domain.parameters import FREQUENCIES, MAX_TEXT_LENGTH, WEEKDAYS, ParameterKind
from tokyo_desk.gui.catalogue_texts import window_language
from tokyo_desk.gui.fields import to_date, to_qdate

NUMERIC = frozenset({ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS})
LARGEST_NUMBER = 100_000  # for a number the catalogue gives no maximum
# A date editor always shows a date: the earliest one it allows stands for "not set" (shown
# as such), so a value that is not a date is never shown as some other date.
NOT_SET_DATE = QDate(1900, 1, 1)
# The officer reads these in the window's language; the stored value is the code.
FREQUENCY_NAMES: dict[str, object] = {
    "daily": QT_TRANSLATE_NOOP("ParameterField", "every day"),
    "twice_weekly": QT_TRANSLATE_NOOP("ParameterField", "twice a week"),
    "weekly": QT_TRANSLATE_NOOP("ParameterField", "once a week"),
    "fortnightly": QT_TRANSLATE_NOOP("ParameterField", "once every two weeks"),
    "monthly": QT_TRANSLATE_NOOP("ParameterField", "once a month"),
}
PLACEHOLDERS = {
    ParameterKind.DATE: "YYYY-MM-DD",
    ParameterKind.MONEY: "KES 1500.00",
    ParameterKind.PHONE: "+254 700 000000",
}
_TIME_LOOSE = re.compile(r"(\d{1,2})\s*[:.hH]\s*(\d{2})")
_MONEY_LOOSE = re.compile(r"([A-Za-z]{3})\s*(\S+)")


def read_text(kind: ParameterKind, text: str) -> str | None:
    """What the officer typed, tidied the way the catalogue writes it; None when blank.

    Times take ':', '.' or 'h' between hours and minutes and gain a leading zero; a currency
    code is put in capitals with one space before the amount; a date is written YYYY-MM-DD.
    Anything else is returned as typed (stripped), for the catalogue's check to accept or
    refuse.
    """
    text = text.strip()
    if not text:
        return None
    if kind is ParameterKind.DATE:
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return text
    if kind is ParameterKind.TIME and (loose := _TIME_LOOSE.fullmatch(text)):
        return f"{int(loose.group(1)):02d}:{loose.group(2)}"
    if kind is ParameterKind.MONEY and (loose := _MONEY_LOOSE.fullmatch(text)):
        return f"{loose.group(1).upper()} {loose.group(2)}"
    return text


def _not_more_than_zero(money: str) -> bool:
    try:
        return Decimal(money.partition(" ")[2]) <= 0
    except InvalidOperation:
        return False


class ParameterField(QObject):
    """One typed blank of a condition template: its input widget, its value, and what is
    wrong with what was entered."""

    changed = Signal()  # the shown value changed (typed, picked or set)

    def __init__(self, spec: ParameterSpec, *, default_date: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self._default_date = default_date
        self._boxes: dict[str, QCheckBox] = {}
        self.widget = self._build(parent)
        self.setParent(self.widget)  # removed from its form, the field goes with its widget
        self.widget.setAccessibleName(spec.label)
        hint = self.hint()
        if hint:
            self.widget.setToolTip(hint)
            self.widget.setAccessibleDescription(hint)
        self.clear()
        self._connect()

    # --- the widget -------------------------------------------------------------------------

    def _build(self, parent: QWidget) -> QWidget:
        spec, kind = self.spec, self.spec.kind
        widget: QWidget
        if kind in NUMERIC:
            spin = QSpinBox(parent)
            lowest = spec.min if spec.min is not None else (0 if kind is ParameterKind.COUNT else 1)
            # One below the lowest number means "not set": a number is never a silent default.
            spin.setRange(lowest - 1, spec.max if spec.max is not None else LARGEST_NUMBER)
            spin.setSpecialValueText(self.tr("— not set —"))
            if kind is ParameterKind.HOURS:
                spin.setSuffix(self.tr(" hours"))
            elif kind is ParameterKind.DAYS:
                spin.setSuffix(self.tr(" days"))
            widget, suffix = spin, "spin"
        elif kind in {ParameterKind.FREQUENCY, ParameterKind.CHOICE}:
            combo = QComboBox(parent)
            combo.addItem(self.tr("— choose —"), None)
            if kind is ParameterKind.FREQUENCY:
                for code in FREQUENCIES:
                    combo.addItem(self.tr(str(FREQUENCY_NAMES[code])), code)
            else:
                for choice in spec.choices:
                    combo.addItem(choice, choice)
            widget, suffix = combo, "combo"
        elif kind is ParameterKind.WEEKDAYS:
            widget, suffix = self._weekday_boxes(parent), "days"
        elif kind is ParameterKind.DATE and not spec.optional:
            # Qt's date editor cannot be typed into once it shows "not set", so only a
            # required date (which starts at the default date) gets one.
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NOT_SET_DATE)
            edit.setSpecialValueText(self.tr("— not set —"))
            widget, suffix = edit, "date"
        else:  # text, places, people, times, money, phone numbers, optional dates
            line = QLineEdit(parent)
            # No maxLength: a pasted text that is too long is refused with a message rather
            # than cut short without a word.
            if kind is ParameterKind.TIME:
                line.setPlaceholderText(self.tr("HH:MM (24-hour)"))
            else:
                line.setPlaceholderText(PLACEHOLDERS.get(kind, ""))
            widget, suffix = line, "edit"
        widget.setObjectName(f"{spec.name}_{suffix}")
        return widget

    def _weekday_boxes(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        grid = QGridLayout(row)  # two rows of days: the form stays narrow
        grid.setContentsMargins(0, 0, 0, 0)
        locale = QLocale(window_language())  # Qt knows every language's day names
        for index, code in enumerate(WEEKDAYS):  # Monday first, as QLocale numbers them
            short = locale.dayName(index + 1, QLocale.FormatType.ShortFormat)
            full = locale.dayName(index + 1, QLocale.FormatType.LongFormat)
            box = QCheckBox(short, row)
            box.setObjectName(f"{self.spec.name}_{code}_check")
            box.setAccessibleName(f"{self.spec.label}: {full}")
            grid.addWidget(box, index // 4, index % 4)
            self._boxes[code] = box
        return row

    def _connect(self) -> None:
        widget = self.widget

        def emit(*_: object) -> None:
            self.changed.emit()

        if isinstance(widget, QSpinBox):
            widget.valueChanged.connect(emit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(emit)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(emit)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(emit)
        for box in self._boxes.values():
            box.toggled.connect(emit)

    def hint(self) -> str:
        """What to enter, for the tooltip and screen readers ('' when the widget says it)."""
        spec, kind = self.spec, self.spec.kind
        if kind in NUMERIC:
            if spec.min is not None and spec.max is not None:
                return self.tr("A whole number from {0} to {1}").format(spec.min, spec.max)
            return self.tr("A whole number")
        hints = {
            ParameterKind.TIME: self.tr("A time of day: HH:MM (24-hour)"),
            ParameterKind.MONEY: self.tr("Currency and amount, like KES 1500.00"),
            ParameterKind.PHONE: self.tr("A phone number"),
        }
        return hints.get(kind, "")

    @property
    def focus_widget(self) -> QWidget:
        """The control a label's mnemonic jumps to."""
        return self.inputs()[0]

    def inputs(self) -> list[QWidget]:
        """The controls, in the order the Tab key visits them."""
        return list(self._boxes.values()) if self._boxes else [self.widget]

    # --- values -----------------------------------------------------------------------------

    def entered(self) -> Any:
        """What the widget holds, in the form the catalogue checks; None when nothing is
        entered.  Not necessarily valid: see ``problem``."""
        widget = self.widget
        if isinstance(widget, QSpinBox):
            return None if widget.value() == widget.minimum() else widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QDateEdit):
            if widget.date() == widget.minimumDate():
                return None
            return to_date(widget.date()).isoformat()
        if self._boxes:
            return [code for code, box in self._boxes.items() if box.isChecked()] or None
        assert isinstance(widget, QLineEdit)
        return read_text(self.spec.kind, widget.text())

    def value(self) -> Any:
        """The valid value entered, or None (nothing entered, or not valid)."""
        entered = self.entered()
        if entered is None or self.spec.problem(entered) is not None:
            return None
        return entered

    def problem(self) -> str | None:
        """What is wrong with the entry (translated), or None when it can be recorded."""
        spec = self.spec
        entered = self.entered()
        if entered is None:
            if spec.optional:
                return None
            if spec.kind is ParameterKind.WEEKDAYS:
                return self.tr("{0}: tick at least one day of the week").format(spec.label)
            return self.tr("{0} is required").format(spec.label)
        if spec.problem(entered) is None:
            return None
        return self._explain(entered)

    def _explain(self, entered: Any) -> str:
        """Why the catalogue refuses ``entered``, in words the officer can act on."""
        spec, kind, label = self.spec, self.spec.kind, self.spec.label
        if kind in NUMERIC and spec.min is not None and entered < spec.min:
            return self.tr("{0} must be at least {1}").format(label, spec.min)
        if kind in NUMERIC and spec.max is not None and entered > spec.max:
            return self.tr("{0} must be at most {1}").format(label, spec.max)
        if kind in {ParameterKind.TEXT, ParameterKind.PLACE, ParameterKind.PERSON}:
            return self.tr("{0} must be at most {1} characters").format(label, MAX_TEXT_LENGTH)
        if kind is ParameterKind.DATE:
            return self.tr("{0} must be a date (YYYY-MM-DD)").format(label)
        if kind is ParameterKind.TIME:
            return self.tr("{0} must be a time of day (HH:MM, 24-hour), like 09:30").format(label)
        if kind is ParameterKind.MONEY and _not_more_than_zero(entered):
            return self.tr("{0} must be more than zero").format(label)
        if kind is ParameterKind.MONEY:
            return self.tr("{0} must be a currency code and an amount, like KES 1500.00").format(
                label
            )
        if kind is ParameterKind.PHONE:
            return self.tr("{0} must be a phone number: digits, spaces and + ( ) -").format(label)
        return self.tr("{0} is not valid").format(label)  # no widget of ours can produce this

    def set_value(self, value: Any) -> None:
        """Show ``value``.  None, or a value this widget cannot show (a number out of range,
        an unknown choice or day, a text that is not a date), leaves the field empty."""
        widget = self.widget
        if isinstance(widget, QSpinBox):
            fits = (
                isinstance(value, int)
                and not isinstance(value, bool)
                and widget.minimum() < value <= widget.maximum()
            )
            widget.setValue(value if fits else widget.minimum())
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if isinstance(value, str) else -1
            widget.setCurrentIndex(max(0, index))
        elif isinstance(widget, QDateEdit):
            widget.setDate(self._qdate(value))
        elif self._boxes:
            days = value if isinstance(value, list | tuple) else ()
            known = all(day in self._boxes for day in days)
            for code, box in self._boxes.items():
                box.setChecked(known and code in days)
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    @staticmethod
    def _qdate(value: Any) -> QDate:
        try:
            day = dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        return NOT_SET_DATE if day is None or to_qdate(day) <= NOT_SET_DATE else to_qdate(day)

    def clear(self) -> None:
        """Back to the start: empty, or for a required date the default date."""
        if isinstance(self.widget, QDateEdit):
            self.widget.setDate(to_qdate(self._default_date))
        else:
            self.set_value(None)


class ParameterForm(QObject):
    """The fields of one condition template, as rows of a form layout.

    The rows go where the form ends when this object is made, so a dialog can put its own
    rows before and after them; ``show_template`` replaces only these rows.
    """

    edited = Signal()  # a value changed after the fields were shown

    def __init__(
        self,
        form: QFormLayout,
        owner: QWidget,
        *,
        default_date: dt.date,
        mark_required: bool = False,
    ) -> None:
        super().__init__(owner)
        self._form = form
        self._owner = owner
        self._first_row = form.rowCount()
        self._default_date = default_date
        self._mark_required = mark_required  # " *" after a required label, as in its dialog
        self._touched = False
        self.template: ConditionTemplate | None = None
        self.fields: dict[str, ParameterField] = {}

    def show_template(
        self, template: ConditionTemplate | None, values: Mapping[str, Any] | None = None
    ) -> None:
        """Fields for ``template`` (none for None), showing ``values`` by name."""
        for field in self.fields.values():
            self._form.removeRow(field.widget)  # deletes the label, the widget and the field
        self.fields = {}
        self.template = template
        for row, spec in enumerate(template.parameters if template else ()):
            field = ParameterField(spec, default_date=self._default_date, parent=self._owner)
            label = QLabel(self._label_text(spec), self._owner)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(field.focus_widget)
            self._form.insertRow(self._first_row + row, label, field.widget)
            self.fields[spec.name] = field
        self.set_values(values or {})
        for field in self.fields.values():  # connected last: showing values is no edit
            field.changed.connect(self._changed)
        self._touched = False

    def _label_text(self, spec: ParameterSpec) -> str:
        text = spec.label.replace("&", "&&")  # a catalogue '&' is text, not a mnemonic
        if spec.optional:
            return self.tr("{0} (optional)").format(text)
        return text + " *" if self._mark_required else text

    def _changed(self) -> None:
        self._touched = True
        self.edited.emit()

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show each value in the field of that name (a KeyError for an unknown name)."""
        for name, value in values.items():
            self.fields[name].set_value(value)

    def values(self) -> dict[str, Any]:
        """The valid values entered, by name (empty and invalid fields left out)."""
        return {
            name: value
            for name, field in self.fields.items()
            if (value := field.value()) is not None
        }

    def problems(self) -> list[str]:
        """What must be put right (translated), field by field."""
        return [problem for field in self.fields.values() if (problem := field.problem())]

    def has_input(self) -> bool:
        """Whether anything was entered since the fields were shown or cleared."""
        return self._touched

    def clear(self) -> None:
        for field in self.fields.values():
            field.clear()
        self._touched = False

    def inputs(self) -> list[QWidget]:
        """Every control, in the order the Tab key visits them."""
        return [control for field in self.fields.values() for control in field.inputs()]

    def chain_tab_order(self, before: QWidget, after: QWidget) -> None:
        """Put the fields between ``before`` and ``after`` in the tab order."""
        previous = before
        for control in self.inputs():
            QWidget.setTabOrder(previous, control)
            previous = control
        QWidget.setTabOrder(previous, after)
