"""The case record page: what its timeline says about when things happened."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.support import builders as b
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.case_page import CasePage
from tokyo_desk.store.case_store import CaseStore


def test_conditions_are_dated_with_their_measures_decision(
    qtbot: QtBot, store: CaseStore, catalogue: Catalogue
) -> None:
    """Recorded weeks after the court decided, the conditions still belong to that day."""
    case_id, _ = store.open_case(b.person(), office="North", opened_on=b.OPENED_ON)
    measure = b.measure_imposed()
    conditions = [
        ("condition.imposed", b.condition_imposed(measure["measure_id"], b.condition_spec(t)))
        for t in b.templates_for(catalogue, b.MEASURE_TYPE, 2)
    ]
    store.record(case_id, [("measure.imposed", measure), *conditions])
    store.record(case_id, [("note.added", b.note(text="Seen at home."))])
    page = CasePage(catalogue)
    qtbot.addWidget(page)
    page.show_case(store.case(case_id))
    tree = page.ui.timeline_tree
    rows = [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
        for i in range(tree.topLevelItemCount())
    ]
    decided = b.DECISION_DATE.isoformat()
    assert decided != b.NOW.date().isoformat()  # recorded weeks after the decision
    days = {what: day for day, what in rows}
    assert days["Measure imposed"] == decided
    assert [day for day, what in rows if what == "Condition imposed"] == [decided, decided]
    assert days["Note"].startswith("2026-11-19")  # a note keeps the day it was written
