"""De-identified statistics on how measures are applied (Tokyo Rules, rule 20.3).

Computed from the events head office holds, read with their corrections.  The result holds
counts only: no names, case numbers, ids or dates.  Before anything is shown, every count
below ``SMALL_CELL`` is replaced by "<5" (small-cell suppression), and in open-ended
breakdowns (measure types, languages) the rare categories are pooled into "other" so that
the mere name of a rare language or measure does not point at a person.

The desk records no custody decision itself: "revoked after a breach" (a non-custodial
measure revoked by the authority after a breach was reported under it) is what stands for
"custody after breach" here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, get_args

from sqlalchemy import Connection, select

from tokyo_desk.domain import events as ev
from tokyo_desk.errors import ValidationError
from tokyo_desk.server import db

SMALL_CELL = 5
SUPPRESSED = f"<{SMALL_CELL}"
OTHER = "other"

_KINDS = (
    "measure.imposed",
    "explanation.given",
    "breach.reported",
    "breach.responded",
    "measure.terminated",
)
TIMINGS = ("within", "later", "not_yet")
RESPONSES = (*get_args(ev.BreachResponded.model_fields["response"].annotation), "awaiting")
ENDINGS = get_args(ev.MeasureTerminated.model_fields["kind"].annotation)
INTERPRETERS = ("none", *get_args(ev.Interpreter.model_fields["mode"].annotation))

Cell = int | str


@dataclass
class Statistics:
    """Raw (unsuppressed) counts; ``report`` is what may leave the server."""

    within_days: int
    measures_by_type: Counter[str] = field(default_factory=Counter)
    # Per measure: its first explanation within ``within_days`` of the start, later, or none.
    explanation_timing: Counter[str] = field(default_factory=Counter)
    explanation_languages: Counter[str] = field(default_factory=Counter)
    interpreters: Counter[str] = field(default_factory=Counter)
    breaches_reported: int = 0
    breach_responses: Counter[str] = field(default_factory=Counter)
    revoked_after_breach: int = 0
    measures_ended: Counter[str] = field(default_factory=Counter)

    def report(self) -> dict[str, Any]:
        """The suppressed figures, ready for JSON or text."""
        return {
            "v": 1,
            "suppressed_below": SMALL_CELL,
            "explained_within_days": self.within_days,
            "measures_by_type": _open(self.measures_by_type),
            "explanation_timing": _fixed(self.explanation_timing, TIMINGS),
            "explanation_languages": _open(self.explanation_languages),
            "interpreters": _fixed(self.interpreters, INTERPRETERS),
            "breaches_reported": suppress(self.breaches_reported),
            "breach_responses": _fixed(self.breach_responses, RESPONSES),
            "revoked_after_breach": suppress(self.revoked_after_breach),
            "measures_ended": _fixed(self.measures_ended, ENDINGS),
        }


def suppress(count: int) -> Cell:
    """``count``, or "<5" when it is small enough to point at a person."""
    return count if count >= SMALL_CELL else SUPPRESSED


def _fixed(counts: Counter[str], categories: tuple[str, ...]) -> dict[str, Cell]:
    """Every category, always listed (so an absent one says nothing more than a small one)."""
    return {name: suppress(counts[name]) for name in categories}


def _open(counts: Counter[str]) -> dict[str, Cell]:
    """Categories seen often enough by name; the rare ones pooled into "other"."""
    shown = {name: count for name, count in sorted(counts.items()) if count >= SMALL_CELL}
    rare = sum(count for count in counts.values() if count < SMALL_CELL)
    result: dict[str, Cell] = dict(shown)
    if rare:
        result[OTHER] = suppress(rare)
    return result


# --- computing ----------------------------------------------------------------------------


@dataclass
class _Measure:
    type_code: str
    start: dt.date
    explained_on: dt.date | None = None
    first_breach: dt.date | None = None


def compute(connection: Connection, within_days: int) -> Statistics:
    """The counts over every event head office holds."""
    corrections = _corrections(connection)
    measures: dict[str, _Measure] = {}
    explanations: list[ev.ExplanationGiven] = []
    breaches: dict[str, ev.BreachReported] = {}
    responses: dict[str, str] = {}
    endings: dict[str, ev.MeasureTerminated] = {}
    rows = connection.execute(
        select(db.events.c.event_id, db.events.c.kind, db.events.c.payload)
        .where(db.events.c.kind.in_(_KINDS))
        .order_by(db.events.c.server_seq)
    )
    for row in rows:
        payload = _payload(row.kind, row.payload, corrections.get(row.event_id))
        match payload:
            case ev.MeasureImposed():
                measures.setdefault(
                    payload.measure_id, _Measure(payload.type_code, payload.start_date)
                )
            case ev.ExplanationGiven():
                explanations.append(payload)
            case ev.BreachReported():
                breaches.setdefault(payload.breach_id, payload)
            case ev.BreachResponded():
                responses.setdefault(payload.breach_id, payload.response)
            case ev.MeasureTerminated():
                endings.setdefault(payload.measure_id, payload)

    stats = Statistics(within_days)
    for explanation in explanations:
        stats.explanation_languages[explanation.language] += 1
        stats.interpreters[explanation.interpreter.mode if explanation.interpreter else "none"] += 1
        measure = measures.get(explanation.measure_id)
        given_on = explanation.given_at.date()
        if measure and (measure.explained_on is None or given_on < measure.explained_on):
            measure.explained_on = given_on
    for breach_id, breach in breaches.items():
        stats.breach_responses[responses.get(breach_id, "awaiting")] += 1
        measure = measures.get(breach.measure_id)
        if measure and (measure.first_breach is None or breach.occurred_on < measure.first_breach):
            measure.first_breach = breach.occurred_on
    stats.breaches_reported = len(breaches)
    for measure in measures.values():
        stats.measures_by_type[measure.type_code] += 1
        if measure.explained_on is None:
            stats.explanation_timing["not_yet"] += 1
        elif (measure.explained_on - measure.start).days <= within_days:
            stats.explanation_timing["within"] += 1
        else:
            stats.explanation_timing["later"] += 1
    for measure_id, ending in endings.items():
        stats.measures_ended[ending.kind] += 1
        measure = measures.get(measure_id)
        if (
            ending.kind == "revoked"
            and measure is not None
            and measure.first_breach is not None
            and measure.first_breach <= ending.decided_on
        ):
            stats.revoked_after_breach += 1
    return stats


def _corrections(connection: Connection) -> dict[str, dict[str, Any]]:
    """Corrected event id -> the payload it is read with (the latest correction wins)."""
    found: dict[str, dict[str, Any]] = {}
    rows = connection.execute(
        select(db.events.c.payload)
        .where(db.events.c.kind == "event.corrected")
        # The order a case is replayed in (Event.order_key), so "latest" means the same here.
        .order_by(db.events.c.hlc, db.events.c.device_id, db.events.c.seq)
    )
    for row in rows:
        correction = json.loads(row.payload)
        if isinstance(correction.get("payload"), dict):
            found[str(correction.get("corrects"))] = correction["payload"]
    return found


def _payload(kind: str, stored: str, corrected: dict[str, Any] | None) -> ev.Payload | None:
    """The event's payload as corrected; the original when a correction does not fit."""
    for candidate in (corrected, json.loads(stored)):
        if candidate is None:
            continue
        try:
            return ev.parse_payload(kind, candidate)
        except ValidationError:
            continue
    return None


# --- text --------------------------------------------------------------------------------

_LABELS = {
    "within": "within {days} days of the start",
    "later": "later",
    "not_yet": "not yet",
    "awaiting": "awaiting a response",
}


def render_text(report: dict[str, Any]) -> str:
    """The report as aligned lines for a terminal."""
    days = report["explained_within_days"]
    lines = [
        "De-identified statistics (Tokyo Rules, rule 20.3)",
        f'Counts below {report["suppressed_below"]} are shown as "{SUPPRESSED}".',
    ]

    def section(title: str, cells: dict[str, Cell]) -> None:
        lines.append("")
        lines.append(title)
        if not cells:
            lines.append("  (none recorded)")
        for name, value in cells.items():
            label = _LABELS.get(name, name).format(days=days)
            lines.append(f"  {label:<44}{value:>8}")

    def single(title: str, value: Cell) -> None:
        lines.append("")
        lines.append(f"{title:<46}{value:>8}")

    section("Measures imposed, by type", report["measures_by_type"])
    section("Conditions explained (rule 12.3), per measure", report["explanation_timing"])
    section("Explanations, by language", report["explanation_languages"])
    section("Interpreters at explanations", report["interpreters"])
    single("Breaches reported (rule 14.1)", report["breaches_reported"])
    section("Responses to breaches", report["breach_responses"])
    single("Measures revoked after a breach", report["revoked_after_breach"])
    section("Measures ended, by how (rule 11.2)", report["measures_ended"])
    return "\n".join(lines) + "\n"
