"""The typed parameter fields shared by the impose and modification dialogs: every kind of
parameter takes a good value back as it was given, refuses a bad one with a clear message and
no value, and agrees with the catalogue's own check.  Both dialogs refuse the same bad
inputs with the same words."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue, ParameterSpec
from tokyo_desk.domain.parameters import FREQUENCIES, MAX_TEXT_LENGTH, ParameterKind
from tokyo_desk.gui.catalogue_texts import LANGUAGE_PROPERTY
from tokyo_desk.gui.fields import sentence
from tokyo_desk.gui.impose_measure_dialog import ConditionEditor, ImposeMeasureDialog
from tokyo_desk.gui.parameter_fields import (
    FREQUENCY_NAMES,
    ParameterField,
    ParameterForm,
    read_text,
)
from tokyo_desk.gui.safeguard_dialogs import ModificationDialog
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

DEFAULT_DATE = dt.date(2026, 10, 5)
COMBINATION = "sentencing.combination"  # takes a condition of every kind of parameter
LINE_KINDS = (  # typed into a line (a date only when it is optional)
    ParameterKind.DATE,
    ParameterKind.TEXT,
    ParameterKind.PLACE,
    ParameterKind.PERSON,
    ParameterKind.TIME,
    ParameterKind.MONEY,
    ParameterKind.PHONE,
)
WIDGETS: dict[ParameterKind, type[QWidget]] = {
    ParameterKind.TEXT: QLineEdit,
    ParameterKind.PLACE: QLineEdit,
    ParameterKind.PERSON: QLineEdit,
    ParameterKind.DATE: QDateEdit,
    ParameterKind.TIME: QLineEdit,
    ParameterKind.COUNT: QSpinBox,
    ParameterKind.HOURS: QSpinBox,
    ParameterKind.DAYS: QSpinBox,
    ParameterKind.MONEY: QLineEdit,
    ParameterKind.FREQUENCY: QComboBox,
    ParameterKind.WEEKDAYS: QWidget,  # a row of tick boxes
    ParameterKind.PHONE: QLineEdit,
    ParameterKind.CHOICE: QComboBox,
}


def spec_of(kind: ParameterKind, **extra: Any) -> ParameterSpec:
    """A parameter of ``kind`` as the catalogue would declare it."""
    bounds: dict[str, Any] = {"min": 1, "max": 60} if kind in {
        ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS
    } else {}  # fmt: skip
    if kind is ParameterKind.CHOICE:
        bounds["choices"] = ("life skills", "job skills")
    return ParameterSpec(name="value", kind=kind, label="The value", **(bounds | extra))


def make_field(spec: ParameterSpec) -> tuple[QWidget, ParameterField]:
    parent = QWidget()  # kept by the caller: the field dies with it
    return parent, ParameterField(spec, default_date=DEFAULT_DATE, parent=parent)


def enter(field: ParameterField, raw: Any) -> None:
    """Put ``raw`` in the field the way an officer would: typed into a line, set elsewhere."""
    if isinstance(field.widget, QLineEdit):
        field.widget.clear()
        field.widget.insert(str(raw))  # what typing or pasting does
    else:
        field.set_value(raw)


# --- every kind on its own ------------------------------------------------------------------------

GOOD: dict[ParameterKind, Any] = {
    ParameterKind.TEXT: "Keep the garden gate closed",
    ParameterKind.PLACE: "North Probation Office, 12 Market Street",
    ParameterKind.PERSON: "Ms Adaeze Okafor",
    ParameterKind.DATE: "2026-12-01",
    ParameterKind.TIME: "21:00",
    ParameterKind.COUNT: 12,
    ParameterKind.HOURS: 1,
    ParameterKind.DAYS: 60,
    ParameterKind.MONEY: "KES 1500.00",
    ParameterKind.FREQUENCY: "fortnightly",
    ParameterKind.WEEKDAYS: ["mon", "thu", "sun"],
    ParameterKind.PHONE: "+254 700 000000",
    ParameterKind.CHOICE: "job skills",
}

# (kind, what is entered, words the message must contain)
BAD: list[tuple[ParameterKind, Any, str]] = [
    (ParameterKind.TEXT, "   ", "The value is required"),
    (ParameterKind.TEXT, "x" * (MAX_TEXT_LENGTH + 1), f"at most {MAX_TEXT_LENGTH} characters"),
    (ParameterKind.PLACE, "", "The value is required"),
    (ParameterKind.PLACE, "y" * 500, f"at most {MAX_TEXT_LENGTH} characters"),
    (ParameterKind.PERSON, "\t", "The value is required"),
    (ParameterKind.DATE, "2026-02-30", "The value is required"),
    (ParameterKind.DATE, "next Tuesday", "The value is required"),
    (ParameterKind.DATE, None, "The value is required"),
    (ParameterKind.TIME, "25:00", "must be a time of day (HH:MM, 24-hour)"),
    (ParameterKind.TIME, "9:75", "HH:MM"),
    (ParameterKind.TIME, "noon", "HH:MM"),
    (ParameterKind.COUNT, 0, "The value is required"),  # below the minimum: not set
    (ParameterKind.COUNT, 61, "The value is required"),  # above the maximum: not set
    (ParameterKind.HOURS, "12", "The value is required"),  # not a number
    (ParameterKind.HOURS, True, "The value is required"),
    (ParameterKind.DAYS, None, "The value is required"),
    (ParameterKind.MONEY, "KES 0", "must be more than zero"),
    (ParameterKind.MONEY, "kes 0.00", "must be more than zero"),
    (ParameterKind.MONEY, "1500", "must be a currency code and an amount"),
    (ParameterKind.MONEY, "KES 15.005", "must be a currency code and an amount"),
    (ParameterKind.FREQUENCY, "hourly", "The value is required"),
    (ParameterKind.FREQUENCY, None, "The value is required"),
    (ParameterKind.WEEKDAYS, [], "tick at least one day of the week"),
    (ParameterKind.WEEKDAYS, ["mon", "funday"], "tick at least one day of the week"),
    (ParameterKind.WEEKDAYS, "mon", "tick at least one day of the week"),
    (ParameterKind.PHONE, "call me", "must be a phone number"),
    (ParameterKind.PHONE, "12", "must be a phone number"),
    (ParameterKind.CHOICE, "yoga", "The value is required"),
]


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-02-30", "The value must be a date (YYYY-MM-DD)"),
    ("1 December", "The value must be a date (YYYY-MM-DD)"),
])  # fmt: skip
def test_an_optional_date_is_typed_and_checked(
    qapp: QApplication, typed: str, expected: str
) -> None:
    # Qt's date editor cannot be typed into once it shows "not set": a line can be left empty.
    _parent, field = make_field(spec_of(ParameterKind.DATE, optional=True))
    assert isinstance(field.widget, QLineEdit)
    assert field.problem() is None
    enter(field, typed)
    assert field.value() is None
    assert field.problem() == expected
    enter(field, " 20261201 ")
    assert field.value() == "2026-12-01"


def test_every_kind_has_its_widget_and_cases_here() -> None:
    kinds = set(ParameterKind)
    assert set(WIDGETS) == kinds
    assert set(GOOD) == kinds
    assert {kind for kind, _, _ in BAD} == kinds


@pytest.mark.parametrize("kind", list(ParameterKind))
def test_a_good_value_round_trips(qapp: QApplication, kind: ParameterKind) -> None:
    spec = spec_of(kind)
    _parent, field = make_field(spec)
    assert isinstance(field.widget, WIDGETS[kind])
    assert field.widget.accessibleName() == spec.label
    field.set_value(GOOD[kind])
    assert field.value() == GOOD[kind]
    assert field.problem() is None
    assert spec.problem(field.value()) is None  # what the store will accept
    field.set_value(field.value())  # shown again, read again: unchanged
    assert field.value() == GOOD[kind]


@pytest.mark.parametrize(("kind", "raw", "expected"), BAD)
def test_a_bad_value_gives_a_message_and_no_value(
    qapp: QApplication, kind: ParameterKind, raw: Any, expected: str
) -> None:
    _parent, field = make_field(spec_of(kind))
    field.set_value(GOOD[kind])
    enter(field, raw)
    assert field.value() is None
    problem = field.problem()
    assert problem is not None
    assert expected in problem
    assert problem.startswith("The value")  # names the field


@pytest.mark.parametrize("kind", list(ParameterKind))
def test_a_field_starts_empty_except_a_required_date(
    qapp: QApplication, kind: ParameterKind
) -> None:
    _parent, field = make_field(spec_of(kind))
    if kind is ParameterKind.DATE:
        assert field.value() == DEFAULT_DATE.isoformat()  # the measure's start, as before
    else:
        assert field.value() is None  # never a silent default
        assert field.problem() is not None
    field.set_value(GOOD[kind])
    field.clear()
    assert field.value() == (DEFAULT_DATE.isoformat() if kind is ParameterKind.DATE else None)


@pytest.mark.parametrize("kind", list(ParameterKind))
def test_an_optional_field_may_stay_empty(qapp: QApplication, kind: ParameterKind) -> None:
    _parent, field = make_field(spec_of(kind, optional=True))
    assert field.value() is None
    assert field.problem() is None
    field.set_value(GOOD[kind])
    assert field.value() == GOOD[kind]


def test_out_of_range_numbers_are_not_silently_changed(qapp: QApplication) -> None:
    _parent, field = make_field(spec_of(ParameterKind.HOURS))
    spin = field.widget
    assert isinstance(spin, QSpinBox)
    field.set_value(500)  # a spin box would clamp it to 60 hours
    assert spin.text() == "— not set —"
    field.set_value(60)
    assert spin.text() == "60 hours"


def test_a_date_not_set_says_so(qapp: QApplication) -> None:
    _parent, field = make_field(spec_of(ParameterKind.DATE))
    edit = field.widget
    assert isinstance(edit, QDateEdit)
    field.set_value("2026-13-01")
    assert edit.text() == "— not set —"
    field.set_value("2027-01-31")
    assert edit.text() == "2027-01-31"


@pytest.mark.parametrize(("kind", "typed", "read"), [
    (ParameterKind.TIME, "9:30", "09:30"),
    (ParameterKind.TIME, " 9.30 ", "09:30"),
    (ParameterKind.TIME, "18h05", "18:05"),
    (ParameterKind.TIME, "18 : 05", "18:05"),
    (ParameterKind.MONEY, "kes 1500", "KES 1500"),
    (ParameterKind.MONEY, "KES1500.50", "KES 1500.50"),
    (ParameterKind.PHONE, " +265 999 123 456 ", "+265 999 123 456"),
    (ParameterKind.PLACE, "  Market Street  ", "Market Street"),
    (ParameterKind.DATE, "2026-12-01 ", "2026-12-01"),
    (ParameterKind.DATE, "20261201", "2026-12-01"),
])  # fmt: skip
def test_typing_is_read_leniently(
    qapp: QApplication, kind: ParameterKind, typed: str, read: str
) -> None:
    assert read_text(kind, typed) == read
    _parent, field = make_field(spec_of(kind, optional=kind is ParameterKind.DATE))
    enter(field, typed)
    assert field.value() == read


def test_days_are_ticked_in_week_order_and_named_in_full(qapp: QApplication) -> None:
    _parent, field = make_field(spec_of(ParameterKind.WEEKDAYS))
    field.set_value(["thu", "mon"])
    assert field.value() == ["mon", "thu"]
    boxes = field.widget.findChildren(QCheckBox)
    assert [box.text() for box in boxes] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert boxes[0].accessibleName() == "The value: Monday"
    assert field.inputs() == boxes  # the Tab key visits each day


def test_frequencies_are_offered_by_name(qapp: QApplication) -> None:
    assert set(FREQUENCY_NAMES) == set(FREQUENCIES)
    _parent, field = make_field(spec_of(ParameterKind.FREQUENCY))
    combo = field.widget
    assert isinstance(combo, QComboBox)
    shown = [combo.itemText(index) for index in range(1, combo.count())]
    assert shown == list(FREQUENCIES.values())  # the words the sentence uses


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(LINE_KINDS),
    optional=st.booleans(),
    typed=st.one_of(
        st.from_regex(r"\s*\d{4}-?\d{1,2}-?\d{1,2}\s*", fullmatch=True),
        st.text(alphabet="0123456789 :.hH+-()KESkesx", max_size=24),
        st.from_regex(r"\s*\d{1,3}\s*[:.hH]\s*\d{1,3}\s*", fullmatch=True),
        st.from_regex(r"[A-Za-z]{2,4}\s?-?\d{0,6}(\.\d{0,3})?", fullmatch=True),
        st.from_regex(r"\+?[0-9 ()-]{3,26}", fullmatch=True),
        st.text(max_size=MAX_TEXT_LENGTH + 3),
    ),
)
def test_a_typed_value_is_accepted_exactly_when_the_catalogue_accepts_it(
    qapp: QApplication, kind: ParameterKind, optional: bool, typed: str
) -> None:
    optional = optional or kind is ParameterKind.DATE
    spec = spec_of(kind, optional=optional)
    _parent, field = make_field(spec)
    enter(field, typed)
    assert isinstance(field.widget, QLineEdit)
    read = read_text(kind, field.widget.text())
    catalogue_accepts = read is not None and spec.problem(read) is None
    assert (field.value() is not None) == catalogue_accepts
    assert (field.problem() is None) == (catalogue_accepts or (read is None and optional))
    if catalogue_accepts:
        assert field.value() == read
    else:
        assert field.value() is None


def test_every_catalogue_parameter_takes_its_sample_value(
    qapp: QApplication, catalogue: Catalogue
) -> None:
    for template in catalogue.conditions:
        for spec in template.parameters:
            _parent, field = make_field(spec)
            sample = b.sample_value(spec)
            field.set_value(sample)
            assert field.value() == sample, (template.code, spec.name)
            assert field.problem() is None


def test_messages_follow_the_window_language(qapp: QApplication, tmp_path: Path) -> None:
    """The field's words come from the translation files (context ParameterField)."""
    source = tmp_path / "fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>ParameterField</name>"
        "<message><source>{0} is required</source>"
        "<translation>{0} est obligatoire</translation></message>"
        "<message><source>— not set —</source>"
        "<translation>— non défini —</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "fr.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    qapp.setProperty(LANGUAGE_PROPERTY, "fr")
    try:
        _parent, field = make_field(spec_of(ParameterKind.COUNT))
        assert field.problem() == "The value est obligatoire"
        assert isinstance(field.widget, QSpinBox)
        assert field.widget.text() == "— non défini —"
        _days_parent, days = make_field(spec_of(ParameterKind.WEEKDAYS))
        assert days.widget.findChildren(QCheckBox)[0].text() == "lun."  # Qt's own day names
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.setProperty(LANGUAGE_PROPERTY, "en")


# --- the form ---------------------------------------------------------------------------------


def test_a_form_keeps_the_rows_around_it_and_reports_field_by_field(
    qapp: QApplication, catalogue: Catalogue
) -> None:
    owner = QWidget()
    layout = QFormLayout(owner)
    layout.addRow("Before", QLineEdit(owner))
    form = ParameterForm(layout, owner, default_date=DEFAULT_DATE, mark_required=True)
    layout.addRow("After", QLineEdit(owner))
    edits: list[int] = []
    form.edited.connect(lambda: edits.append(1))
    office_visits = catalogue.condition("reporting.office_visits")
    assert office_visits is not None
    form.show_template(office_visits, {"report_time": "09:30", "report_days": ["mon"]})
    assert edits == []  # showing values is no edit
    assert not form.has_input()
    labels = [layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(6)]
    texts = [label.text() for label in labels if isinstance(label, QLabel)]
    assert texts[0] == "Before"
    assert texts[1:5] == [f"{spec.label} *" for spec in office_visits.parameters]
    assert texts[5] == "After"
    assert form.values() == {"report_time": "09:30", "report_days": ["mon"]}
    assert form.problems() == [
        "Office where the person reports is required", "How often is required"
    ]  # fmt: skip
    enter(form.fields["report_time"], "25:00")
    assert edits
    assert form.has_input()
    assert "report_time" not in form.values()  # an invalid value is left out
    assert any("HH:MM" in problem for problem in form.problems())
    form.clear()
    assert not form.has_input()
    assert form.values() == {}
    # Another template replaces only the form's own rows.
    curfew = catalogue.condition("curfew.answer_checks")
    assert curfew is not None
    form.show_template(curfew)
    assert layout.rowCount() == 3
    form.show_template(None)
    assert layout.rowCount() == 2
    assert form.fields == {}


# --- the two dialogs refuse the same inputs -----------------------------------------------------

# (template offered for a combination measure, parameter, what the officer enters, words)
DIALOG_CASES: list[tuple[str, str, Any, str]] = [
    ("curfew.house_arrest", "permitted_absences", "   ", "is required"),
    ("residence.live_at_address", "address", "z" * 250, "characters"),
    ("contact.no_contact_person", "person", "", "is required"),
    ("reporting.first_appointment", "first_date", "2026-02-30", "is required"),
    ("reporting.office_visits", "report_time", "25:00", "HH:MM"),
    ("reporting.office_visits", "report_time", "noon", "HH:MM"),
    ("contact.stay_away_place", "distance_metres", 10, "is required"),
    ("community_service.unpaid_work", "hours", 301, "is required"),
    ("residence.permission_to_move", "notice_days", None, "is required"),
    ("payment.compensation", "total", "KES 0", "more than zero"),
    ("payment.compensation", "instalment", "250", "currency code"),
    ("reporting.office_visits", "frequency", "hourly", "is required"),
    ("curfew.set_days", "curfew_days", [], "day of the week"),
    ("curfew.answer_checks", "check_phone", "call me", "phone number"),
    ("treatment.behaviour_programme", "programme", "yoga", "is required"),
]


def test_the_dialog_cases_cover_every_kind(catalogue: Catalogue) -> None:
    kinds = set()
    for code, name, _, _ in DIALOG_CASES:
        template = catalogue.condition(code)
        assert template is not None
        assert COMBINATION in template.measure_types
        kinds |= {spec.kind for spec in template.parameters if spec.name == name}
    assert kinds == set(ParameterKind)


@pytest.fixture
def session(profile_and_store: tuple[Profile, CaseStore]) -> Session:
    profile, store = profile_and_store
    return Session(ImmediateRunner(), profile, store)


def impose_editor(
    qtbot: QtBot, session: Session, catalogue: Catalogue, store: CaseStore, code: str
) -> tuple[ImposeMeasureDialog, ConditionEditor]:
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    dialog = ImposeMeasureDialog(session, catalogue, store.case(case_id), today=lambda: b.TODAY)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    dialog.choose_type(COMBINATION)
    ui.authority_edit.setText("North District Court")
    ui.decision_reference_edit.setText("NDC/2026/1234")
    ui.legal_basis_edit.setText("Criminal Procedure Act s. 301")
    editor = dialog.add_condition(code)
    assert editor.template is not None
    editor.set_values(b.sample_parameters(editor.template))
    editor.necessity_edit.setPlainText("Ordered by the court.")
    return dialog, editor


def modification_with(
    qtbot: QtBot, session: Session, catalogue: Catalogue, store: CaseStore, code: str
) -> ModificationDialog:
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    store.record(case_id, [("measure.imposed", b.measure_imposed(type_code=COMBINATION))])
    dialog = ModificationDialog(session, catalogue, store.case(case_id), now=lambda: b.NOW)
    qtbot.addWidget(dialog)
    combo = dialog.ui.add_template_combo
    combo.setCurrentIndex(combo.findData(code))
    template = dialog.add_fields.template
    assert template is not None
    dialog.add_fields.set_values(b.sample_parameters(template))
    dialog.ui.necessity_edit.setText("Ordered by the court.")
    return dialog


@pytest.mark.parametrize(("code", "name", "raw", "expected"), DIALOG_CASES)
def test_both_dialogs_refuse_the_same_bad_input(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
    code: str,
    name: str,
    raw: Any,
    expected: str,
) -> None:
    store = profile_and_store[1]
    impose, editor = impose_editor(qtbot, session, catalogue, store, code)
    modify = modification_with(qtbot, session, catalogue, store, code)
    assert editor.problems() == []  # the sample values are good in both
    assert modify.add_fields.problems() == []
    before = store.event_count()

    enter(editor.fields[name], raw)
    enter(modify.add_fields.fields[name], raw)
    refused = editor.problems()
    assert len(refused) == 1
    assert expected in refused[0]
    assert modify.add_fields.problems() == refused  # same input, same words
    assert name not in editor.values()
    assert name not in modify.add_fields.values()

    impose.submit()
    assert refused[0] in impose.ui.status_label.text()
    assert impose.recorded is None
    modify.ui.add_button.click()
    assert sentence(refused[0]) in modify.ui.status_label.text()
    assert modify.ui.added_list.count() == 0
    assert store.event_count() == before


def test_the_vary_tab_keeps_what_was_typed_for_each_condition(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    store = profile_and_store[1]
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    measure = b.measure_imposed()
    templates = b.templates_for(catalogue, b.MEASURE_TYPE, 2)
    specs = [b.condition_spec(template) for template in templates]
    store.record(case_id, [
        ("measure.imposed", measure),
        *(("condition.imposed", b.condition_imposed(measure["measure_id"], s)) for s in specs),
    ])  # fmt: skip
    dialog = ModificationDialog(session, catalogue, store.case(case_id), now=lambda: b.NOW)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.vary_list.setCurrentRow(0)
    first = dialog.vary_fields
    assert first.values() == b.sample_parameters(templates[0])  # the details now in force
    enter(first.fields["report_time"], "25:00")
    assert ui.vary_list.item(0).checkState() == Qt.CheckState.Checked
    ui.vary_list.setCurrentRow(1)
    assert dialog.vary_fields is not first
    assert ui.vary_list.item(1).checkState() != Qt.CheckState.Checked
    ui.vary_list.setCurrentRow(0)
    assert dialog.vary_fields is first
    time_edit = first.fields["report_time"].widget
    assert isinstance(time_edit, QLineEdit)
    assert time_edit.text() == "25:00"  # kept as typed, still refused
    [variation] = dialog.variations()
    assert any("HH:MM" in problem for problem in variation.problems)


def test_ticking_a_day_marks_the_condition_as_changed(
    qtbot: QtBot,
    session: Session,
    catalogue: Catalogue,
    profile_and_store: tuple[Profile, CaseStore],
) -> None:
    store = profile_and_store[1]
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    measure = b.measure_imposed()
    template = catalogue.condition("reporting.office_visits")
    assert template is not None
    spec = b.condition_spec(template)
    store.record(case_id, [
        ("measure.imposed", measure),
        ("condition.imposed", b.condition_imposed(measure["measure_id"], spec)),
    ])  # fmt: skip
    dialog = ModificationDialog(session, catalogue, store.case(case_id), now=lambda: b.NOW)
    qtbot.addWidget(dialog)
    item = dialog.ui.vary_list.item(0)
    assert item.checkState() != Qt.CheckState.Checked  # shown, not yet changed
    days = dialog.vary_fields.fields["report_days"].widget.findChildren(QCheckBox)
    days[4].click()  # Friday too
    assert item.checkState() == Qt.CheckState.Checked
    [variation] = dialog.variations()
    assert variation.problems == []
    assert variation.values["report_days"] == ["mon", "thu", "fri"]
