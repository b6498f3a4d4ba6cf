"""Current-state tables and the search index, derived from the event log.

``write_case`` replaces one case's rows from its folded ``CaseState``; ``rebuild`` throws
all projections away and derives them again from the events (also the v1 -> v2 migration).
"""

from __future__ import annotations

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.state import CaseState
from tokyo_desk.store import eventlog, search
from tokyo_desk.store.connection import Connection


def write_case(connection: Connection, state: CaseState) -> None:
    """Replace the projection rows of one case."""
    opened = state.opened
    if opened is None:
        return
    given = state.person_value("given_names") or ""
    family = state.person_value("family_name") or ""
    # Both orders, so a name is found as the person writes it (family first in Chinese,
    # Hungarian, ...) as well as given-then-family.
    names = [given, family, *(state.person_value("other_names") or ()), f"{family} {given}"]
    review_due = state.next_review_due
    ends_on = state.ends_on
    row = connection.execute(
        "INSERT INTO cases (case_id, case_number, display_name, preferred_language, office, "
        "status, opened_on, measure_types, explanation_pending, breach_open, review_due, "
        "ends_on, last_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (case_id) DO UPDATE SET case_number = excluded.case_number, "
        "display_name = excluded.display_name, preferred_language = "
        "excluded.preferred_language, office = excluded.office, status = excluded.status, "
        "opened_on = excluded.opened_on, measure_types = excluded.measure_types, "
        "explanation_pending = excluded.explanation_pending, breach_open = "
        "excluded.breach_open, review_due = excluded.review_due, ends_on = excluded.ends_on, "
        "last_hlc = excluded.last_hlc RETURNING rowid",
        (
            state.case_id,
            opened.case_number,
            state.display_name,
            state.person_value("preferred_language") or "",
            opened.office,
            "closed" if state.closed else "open",
            opened.opened_on.isoformat(),
            ",".join(sorted({m.type_code for m in state.measures.values() if not m.ended})),
            int(state.explanation_pending),
            int(state.breach_open),
            review_due.isoformat() if review_due else None,
            ends_on.isoformat() if ends_on else None,
            max((event.hlc for event in state.events), default=0),
        ),
    ).fetchone()
    connection.execute("DELETE FROM measures WHERE case_id = ?", (state.case_id,))
    connection.execute("DELETE FROM conditions WHERE case_id = ?", (state.case_id,))
    for measure in state.measures.values():
        connection.execute(
            "INSERT INTO measures (measure_id, case_id, type_code, status, start_date, "
            "end_date, conditions_version, explained_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                measure.measure_id,
                state.case_id,
                measure.type_code,
                measure.status,
                measure.imposed.start_date.isoformat(),
                measure.end_date.isoformat() if measure.end_date else None,
                measure.conditions_version,
                measure.explained_version,
            ),
        )
        connection.executemany(
            "INSERT INTO conditions (condition_id, measure_id, case_id, template_code, "
            "template_version, active, next_review_due) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    item.condition_id,
                    measure.measure_id,
                    state.case_id,
                    item.template_code,
                    item.template_version,
                    int(item.active),
                    item.next_review_due.isoformat() if item.next_review_due else None,
                )
                for item in measure.conditions.values()
            ],
        )
    search.index_case(connection, row[0], names, opened.case_number)


def remove_case(connection: Connection, case_id: str) -> None:
    """Drop one case's projection rows and its search entry."""
    row = connection.execute("SELECT rowid FROM cases WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None:
        search.unindex_case(connection, row[0])
    for table in ("cases", "measures", "conditions"):
        connection.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))  # noqa: S608


def rebuild(connection: Connection, catalogue: Catalogue) -> int:
    """Derive every projection again from the events; returns the number of cases."""
    for table in ("cases", "measures", "conditions"):
        connection.execute(f"DELETE FROM {table}")  # noqa: S608
    connection.execute("INSERT INTO case_search (case_search) VALUES ('delete-all')")
    count = 0
    for case_id, events in eventlog.all_events_by_case(connection):
        write_case(connection, CaseState.replay(case_id, events, catalogue))
        count += 1
    return count
