"""The domain's refusals and warnings in the window's language.

The domain builds ``Message`` values (English template + values); the GUI translates the
template (context ``DomainMessage``) and every nested message.  lupdate only reads the GUI
package, so ``domain_templates.TEMPLATES`` repeats every template: checked here against the
domain's source, and every French and Arabic translation is checked to keep its placeholders.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain import rules
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.messages import Message, Verbatim
from tokyo_desk.errors import ValidationError
from tokyo_desk.gui.application import install_translation
from tokyo_desk.gui.catalogue_texts import LANGUAGE_PROPERTY
from tokyo_desk.gui.domain_templates import TEMPLATES
from tokyo_desk.gui.messages import CONTEXT, translated
from tokyo_desk.gui.new_case_dialog import problems_text
from tokyo_desk.gui.session import Session
from tokyo_desk.gui.supervision_dialogs import ReviewDialog
from tokyo_desk.gui.unlock import report
from tokyo_desk.gui.worker import ImmediateRunner
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.profile import Profile

ROOT = Path(__file__).resolve().parents[2]
# Where the domain builds the messages the officer sees.
MESSAGE_SOURCES = (
    ROOT / "tokyo_desk" / "domain" / "rules.py",
    ROOT / "tokyo_desk" / "domain" / "events.py",
    ROOT / "tokyo_desk" / "store" / "case_store.py",
)
FUTURE_REVIEW = Message("{field} cannot be in the future", field=rules.REVIEW_DATE)


@contextmanager
def window_language(language: str) -> Iterator[None]:
    """The window's language switched as the application does it, then back to English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    install_translation(app, language)
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        app.setProperty(LANGUAGE_PROPERTY, "en")


# --- every template reaches lupdate -------------------------------------------------------------


def message_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Message"
    ]


def domain_templates() -> set[str]:
    found = set()
    for path in MESSAGE_SOURCES:
        for call in message_calls(path):
            template = call.args[0]
            # lupdate and this test read the template from the source: it must be a literal.
            assert isinstance(template, ast.Constant), f"{path.name}:{call.lineno}"
            assert isinstance(template.value, str), f"{path.name}:{call.lineno}"
            found.add(template.value)
    return found


def test_every_domain_template_is_listed_for_lupdate() -> None:
    used = domain_templates()
    listed = {str(template) for template in TEMPLATES}
    assert len(used) > 90
    assert sorted(used - listed) == [], "add these to tokyo_desk/gui/domain_templates.py"
    assert sorted(listed - used) == [], "no longer used: remove from domain_templates.py"


def test_the_templates_found_are_the_ones_the_rules_build() -> None:
    """The source scan sees what runs: a label constant and a refusal built by a rule."""
    used = domain_templates()
    assert rules.REVIEW_DATE.template in used
    assert FUTURE_REVIEW.template in used
    assert rules.INTERPRETER_WARNINGS["child"].template in used


def test_rules_refuse_and_warn_only_with_messages() -> None:
    """A plain or f-string refusal in rules.py would reach the officer in English only."""
    tree = ast.parse((ROOT / "tokyo_desk" / "domain" / "rules.py").read_text(encoding="utf-8"))
    plain = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"refuse", "warn"}
        and any(isinstance(arg, ast.Constant | ast.JoinedStr | ast.BinOp) for arg in node.args)
    ]
    assert plain == []


# --- translations keep their placeholders -------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}|%n|%\d+")
RULE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def translated_entries(language: str) -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of every finished translation in a .ts file."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"tokyo_desk_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue  # test_every_message_is_translated reports those
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                yield name, source, text


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    broken = [
        (context, source, text)
        for context, source, text in translated_entries(language)
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert broken == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_domain_translations_keep_the_rule_numbers(language: str) -> None:
    """Rule numbers are written in the sentences, not passed as values: a translator must
    not lose or change one (Arabic included: the window shows Western digits)."""
    entries = [entry for entry in translated_entries(language) if entry[0] == CONTEXT]
    assert len(entries) == len(set(TEMPLATES))
    broken = [
        (source, text)
        for _, source, text in entries
        if sorted(RULE_NUMBER.findall(source)) != sorted(RULE_NUMBER.findall(text))
    ]
    assert broken == []


def test_the_placeholder_check_catches_a_lost_placeholder() -> None:
    source = "{later} cannot be before {earlier}"
    assert sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall("{later} avant"))
    assert sorted(PLACEHOLDER.findall(source)) == sorted(
        PLACEHOLDER.findall("لا يمكن أن يكون {later} قبل {earlier}")
    )


# --- translated() -------------------------------------------------------------------------------


def test_english_is_the_message_itself() -> None:
    assert translated(FUTURE_REVIEW) == "the review date cannot be in the future"
    assert translated("plain English from the catalogue") == "plain English from the catalogue"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "la date du réexamen ne peut pas être dans le futur"),
        ("ar", "لا يمكن أن يكون تاريخ المراجعة في المستقبل"),
    ],
)
def test_the_template_and_the_nested_field_are_translated(
    qapp: QApplication, language: str, expected: str
) -> None:
    with window_language(language):
        assert translated(FUTURE_REVIEW) == expected
        assert translated("plain English") == "plain English"  # no template: as it is


def test_numbers_and_codes_are_filled_in(qapp: QApplication) -> None:
    days = Message(
        "the measure would last {days} days, more than the maximum of {limit} days set by the "
        "authority or the law (rule 11.1)",
        days=1100,
        limit=1095,
    )
    code = Message(
        "condition {condition} cannot be imposed under a measure of type {measure_type}",
        condition=Verbatim("reporting.office_visits"),
        measure_type=Verbatim("pretrial.bail"),
    )
    with window_language("fr"):
        assert translated(days) == (
            "la mesure durerait 1100 jours, soit plus que le maximum de 1095 jours fixé par "
            "l'autorité ou par la loi (règle 11.1)"
        )
        assert "reporting.office_visits" in translated(code)
        assert "pretrial.bail" in translated(code)
        assert translated(code).startswith("la condition")
        wrapped = Message("after this correction: {problem}", problem=FUTURE_REVIEW)
        assert translated(wrapped) == (
            "après cette rectification\N{NO-BREAK SPACE}: "
            "la date du réexamen ne peut pas être dans le futur"
        )


def test_a_date_value_reads_as_the_date_fields_show_it(qapp: QApplication) -> None:
    """yyyy-MM-dd in every language, so the officer can match it with what was typed."""
    message = Message("due on {day}", day=dt.date(2027, 3, 4))  # no translation: the template
    with window_language("ar"):
        assert translated(message) == "due on 2027-03-04"


class _BrokenFrench(QTranslator):
    """A translation that lost its placeholder, as a careless edit of a .ts file would."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == CONTEXT and source == "{field} cannot be in the future":
            return "{champ} ne peut pas être dans le futur"
        return ""


def test_a_broken_translation_falls_back_to_english(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    broken = _BrokenFrench()
    qapp.installTranslator(broken)
    try:
        assert translated(FUTURE_REVIEW) == "the review date cannot be in the future"
    finally:
        qapp.removeTranslator(broken)
    assert "{field} cannot be in the future" in caplog.text


# --- in the dialogs -----------------------------------------------------------------------------


@pytest.fixture
def review_case(profile_and_store: tuple[Profile, CaseStore]) -> tuple[Session, CaseStore, str]:
    profile, store = profile_and_store
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    store.record(case_id, [("measure.imposed", b.measure_imposed())])
    return Session(ImmediateRunner(), profile, store), store, case_id


@pytest.mark.parametrize(
    ("language", "heading", "reason"),
    [
        (
            "fr",
            "Non enregistré\N{NO-BREAK SPACE}:",
            "• La date du réexamen ne peut pas être dans le futur.",
        ),
        ("ar", "لم يُسجَّل:", "• لا يمكن أن يكون تاريخ المراجعة في المستقبل."),
    ],
)
def test_a_refusal_by_the_store_is_shown_in_the_window_language(
    qtbot: QtBot,
    review_case: tuple[Session, CaseStore, str],
    catalogue: Catalogue,
    language: str,
    heading: str,
    reason: str,
) -> None:
    session, store, case_id = review_case
    before = len(store.case(case_id).events)
    with window_language(language):
        dialog = ReviewDialog(session, catalogue, store.case(case_id), now=lambda: b.NOW)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.reviewed_edit.setDate(b.TODAY + dt.timedelta(days=3))
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        status = dialog.ui.status_label.text()
    assert status.splitlines() == [heading, reason]
    assert "review date" not in status
    assert dialog.isVisible()
    assert dialog.recorded is None
    assert len(store.case(case_id).events) == before


def test_the_new_case_refusal_list_and_error_reports_are_translated(qapp: QApplication) -> None:
    error = ValidationError([FUTURE_REVIEW, Message("nothing to record")])
    shown: list[str] = []
    with window_language("fr"):
        listed = problems_text(error, "Intro")
        report(error, shown.append)
    assert listed == (
        "Intro\n• la date du réexamen ne peut pas être dans le futur\n• rien à enregistrer"
    )
    assert shown == ["la date du réexamen ne peut pas être dans le futur; rien à enregistrer"]
