"""The wire format: compressed, validated, bounded (SYN-9 on the shared decoder)."""

from __future__ import annotations

import contextlib
import json
import tracemalloc

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from tokyo_desk.domain.ids import uuid7
from tokyo_desk.sync import protocol as p


def _request(**overrides: object) -> p.SyncRequest:
    values: dict[str, object] = {
        "device_id": uuid7(),
        "acked": 0,
        "cursor": 0,
        "down_budget": p.MIN_BUDGET,
        "wall_ms": 1,
    }
    values.update(overrides)
    return p.SyncRequest.model_validate(values)


def _note(seq: int) -> list[object]:
    return [uuid7(), uuid7(), "note.added", 1, uuid7(), uuid7(), seq, 10,
            {"written_at": "2026-11-02T10:00:00+00:00", "text": "Seen."}]  # fmt: skip


def test_a_request_round_trips() -> None:
    request = _request(events=[_note(1), _note(2)])
    assert p.decode(p.encode(request), p.SyncRequest) == request


def test_events_decode_into_domain_events() -> None:
    event = p.event_from_wire(tuple(_note(3)))  # type: ignore[arg-type]
    assert event.kind == "note.added"
    assert event.seq == 3
    assert p.event_to_wire(event)[8] == {
        "written_at": "2026-11-02T10:00:00Z",
        "text": "Seen.",
    }


def _refusal(body: bytes) -> p.ProtocolError:
    with pytest.raises(p.ProtocolError) as caught:
        p.decode(body, p.SyncRequest)
    return caught.value


def test_a_body_over_the_limit_is_refused_before_decompression() -> None:
    error = _refusal(b"\0" * (p.MAX_BODY_BYTES + 1))
    assert (error.status, error.reason) == (413, "too_large")


@pytest.mark.parametrize("frames", [1, 40])
def test_a_decompression_bomb_is_refused_with_bounded_memory(frames: int) -> None:
    compressor = zstandard.ZstdCompressor(level=19)
    bomb = b"".join(compressor.compress(b"0" * ((64 << 20) // frames)) for _ in range(frames))
    assert len(bomb) < p.MAX_BODY_BYTES
    tracemalloc.start()
    try:
        error = _refusal(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (error.status, error.reason) == (413, "too_large")
    assert peak < 3 * p.MAX_DECOMPRESSED_BYTES


def test_not_zstd_not_json_wrong_shape_and_future_versions_are_refused() -> None:
    assert _refusal(b"plain text").reason == "compression"
    assert _refusal(zstandard.compress(b"\xff\xfe")).reason == "not_json"
    assert _refusal(zstandard.compress(b'{"v": 1}')).status == 422
    future = json.dumps({**_request().model_dump(), "v": 2}).encode()
    assert _refusal(zstandard.compress(future)).reason == "version"
    unknown_field = json.dumps({**_request().model_dump(), "extra": 1}).encode()
    assert _refusal(zstandard.compress(unknown_field)).status == 422


def test_the_schema_message_names_fields_not_values() -> None:
    secret = "Grace Banda lives at 4 Mill Road"
    bad = json.dumps({**_request().model_dump(), "device_id": secret}).encode()
    error = _refusal(zstandard.compress(bad))
    assert "device_id" in error.message
    assert "Grace" not in error.message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_either_decode_or_give_a_protocol_error(body: bytes) -> None:
    with contextlib.suppress(p.ProtocolError):
        p.decode(body, p.SyncRequest)


def test_budgets_double_on_success_and_halve_on_failure() -> None:
    budget = p.Budget()
    assert budget.value == p.MIN_BUDGET
    for _ in range(10):
        budget = budget.grown()
    assert budget.value == p.MAX_BUDGET
    assert budget.shrunk().value == p.MAX_BUDGET // 2
    assert p.Budget().shrunk().value == p.MIN_BUDGET
