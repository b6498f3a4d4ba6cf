"""Every status the HTTP API answers with, through FastAPI's TestClient (httpx)."""

from __future__ import annotations

import asyncio
import json
import logging
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest
import zstandard
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from tests.server.support import HOUR_MS, Clock, enroll, headers, row_counts, upload
from tests.support import builders
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server.app import FailureLimit, create_app
from tokyo_desk.server.service import SyncService
from tokyo_desk.sync import protocol as p


def enroll_body(code: str, **overrides: Any) -> bytes:
    fields = {
        "code": code,
        "device_id": uuid7(),
        "local_officer_id": uuid7(),
        "device_label": "North laptop 3",
    } | overrides
    return p.encode(p.EnrollRequest.model_validate(fields))


def compressed(value: Any) -> bytes:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return zstandard.ZstdCompressor().compress(raw)


def asgi_scope(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    """An HTTP scope for a POST to the sync path, for calling the ASGI app directly."""
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": p.SYNC_PATH,
        "raw_path": p.SYNC_PATH.encode(),
        "query_string": b"",
        "root_path": "",
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8443),
        "headers": headers,
    }


def error_of(response: Any) -> p.ErrorBody:
    assert response.headers["content-type"] == "application/json"
    return p.ErrorBody.model_validate(response.json())


# --- health and documentation -------------------------------------------------------------------


def test_health_needs_no_token(client: TestClient) -> None:
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"v": 1, "status": "ok"}


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json", "/v1/unknown"])
def test_no_documentation_or_other_paths_are_served(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert error_of(response).reason == "http"


def test_a_get_on_the_sync_path_is_refused(client: TestClient) -> None:
    assert client.get(p.SYNC_PATH).status_code == 405


# --- enrollment -----------------------------------------------------------------------------


def test_a_valid_code_enrolls_the_device(
    client: TestClient, service: SyncService, officer: str
) -> None:
    code = service.enrollment_code(officer)
    response = client.post(p.ENROLL_PATH, content=enroll_body(code.lower()), headers=headers())
    assert response.status_code == 200
    assert response.headers["content-type"] == p.MEDIA_TYPE
    answer = p.decode(response.content, p.EnrollResponse)
    assert answer.officer_id == officer
    assert answer.officer_name == "Asha Njoroge"
    assert len(answer.token) >= 32


def test_a_wrong_code_is_refused_and_changes_nothing(
    client: TestClient, service: SyncService, officer: str, engine: Engine
) -> None:
    service.enrollment_code(officer)
    before = row_counts(engine)
    response = client.post(p.ENROLL_PATH, content=enroll_body("ABCD-EFGH-JKMN"), headers=headers())
    assert response.status_code == 403
    assert error_of(response).reason == "enrollment_refused"
    assert row_counts(engine) == before


def test_a_used_code_is_refused(client: TestClient, service: SyncService, officer: str) -> None:
    code = service.enrollment_code(officer)
    assert client.post(p.ENROLL_PATH, content=enroll_body(code), headers=headers()).is_success
    second = client.post(p.ENROLL_PATH, content=enroll_body(code), headers=headers())
    assert second.status_code == 403
    assert "used or expired" in error_of(second).message


def test_an_expired_code_is_refused(
    client: TestClient, service: SyncService, officer: str, clock: Clock
) -> None:
    code = service.enrollment_code(officer, ttl_ms=2 * HOUR_MS)
    clock.ms += 2 * HOUR_MS + 1
    response = client.post(p.ENROLL_PATH, content=enroll_body(code), headers=headers())
    assert response.status_code == 403
    assert error_of(response).reason == "enrollment_refused"


def test_failed_enrollments_are_rate_limited_per_address(
    service: SyncService, officer: str
) -> None:
    now = [1000.0]
    limit = FailureLimit(limit=10, window_s=600, clock=lambda: now[0])
    good = service.enrollment_code(officer)
    with TestClient(create_app(service, enroll_limit=limit)) as client:
        for _ in range(10):
            bad = client.post(
                p.ENROLL_PATH, content=enroll_body("WRONG-CODE-0000"), headers=headers()
            )
            assert bad.status_code == 403
        limited = client.post(p.ENROLL_PATH, content=enroll_body(good), headers=headers())
        assert limited.status_code == 429
        assert error_of(limited).reason == "rate_limited"
        assert 0 < int(limited.headers["retry-after"]) <= 600
        now[0] += 601  # the window has passed: the good code still works (it was not used)
        assert client.post(p.ENROLL_PATH, content=enroll_body(good), headers=headers()).is_success


def test_the_failure_limit_is_per_address_and_bounded() -> None:
    now = [0.0]
    limit = FailureLimit(limit=2, window_s=10, clock=lambda: now[0], max_addresses=3)
    limit.record("a")
    limit.record("a")
    assert limit.wait_s("a") == 10
    assert limit.wait_s("b") == 0
    for address in ("b", "c", "d", "e"):
        limit.record(address)
    assert len(limit._failures) <= 3


def test_malformed_enrollments_are_not_counted_as_guesses(service: SyncService) -> None:
    limit = FailureLimit(limit=1, window_s=600)
    with TestClient(create_app(service, enroll_limit=limit)) as client:
        for _ in range(3):
            response = client.post(p.ENROLL_PATH, content=compressed({"v": 1}), headers=headers())
            assert response.status_code == 422


# --- the exchange ---------------------------------------------------------------------------


def test_an_exchange_uploads_and_another_device_downloads(
    client: TestClient, service: SyncService, officer: str
) -> None:
    writer, reader = enroll(service, officer), enroll(service, officer)
    case_id = uuid7()
    event = writer.event("case.opened", builders.case_opened(), case_id)
    response = client.post(
        p.SYNC_PATH, content=p.encode(writer.request([event])), headers=headers(writer.token)
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == p.MEDIA_TYPE
    answer = p.decode(response.content, p.SyncResponse)
    assert (answer.up_hwm, answer.rejected) == (1, [])
    down = client.post(
        p.SYNC_PATH, content=p.encode(reader.request()), headers=headers(reader.token)
    )
    events = p.decode(down.content, p.SyncResponse).events
    assert [item[0] for item in events] == [event[0]]


@pytest.mark.parametrize("authorization", ["Bearer not-a-token", "Bearer ", "Basic abc", None])
def test_a_wrong_or_missing_token_is_told_to_enroll_again(
    client: TestClient, service: SyncService, officer: str, authorization: str | None
) -> None:
    device = enroll(service, officer)
    sent = headers()
    if authorization is not None:
        sent["authorization"] = authorization
    response = client.post(p.SYNC_PATH, content=p.encode(device.request()), headers=sent)
    assert response.status_code == 401
    assert error_of(response).directive == "re_enroll"


def test_a_token_of_another_device_is_refused(
    client: TestClient, service: SyncService, officer: str
) -> None:
    mine, other = enroll(service, officer), enroll(service, officer)
    response = client.post(
        p.SYNC_PATH, content=p.encode(mine.request()), headers=headers(other.token)
    )
    assert response.status_code == 401


def test_a_revoked_device_is_told_to_wipe_and_nothing_is_stored(
    client: TestClient, service: SyncService, officer: str, engine: Engine
) -> None:
    device = enroll(service, officer)
    assert service.revoke(device.device_id)
    event = device.event("case.opened", builders.case_opened(), uuid7())
    before = row_counts(engine)
    response = client.post(
        p.SYNC_PATH, content=p.encode(device.request([event])), headers=headers(device.token)
    )
    assert response.status_code == 403
    body = error_of(response)
    assert (body.reason, body.directive) == ("revoked", "wipe")
    assert row_counts(engine) == before


@pytest.mark.parametrize("path", [p.SYNC_PATH, p.ENROLL_PATH])
@pytest.mark.parametrize("media_type", ["application/json", "application/zstd", ""])
def test_another_media_type_is_refused(client: TestClient, path: str, media_type: str) -> None:
    response = client.post(path, content=compressed({"v": 1}), headers=headers("t", media_type))
    assert response.status_code == 415
    assert error_of(response).reason == "media_type"


def test_media_type_parameters_and_case_are_accepted(
    client: TestClient, service: SyncService, officer: str
) -> None:
    code = service.enrollment_code(officer)
    sent = headers(media_type=p.MEDIA_TYPE.upper() + "; charset=utf-8")
    assert client.post(p.ENROLL_PATH, content=enroll_body(code), headers=sent).is_success


@pytest.mark.parametrize("path", [p.SYNC_PATH, p.ENROLL_PATH])
def test_a_body_declared_too_large_is_refused(client: TestClient, path: str) -> None:
    body = b"\0" * (p.MAX_BODY_BYTES + 1)
    response = client.post(path, content=body, headers=headers("t"))
    assert response.status_code == 413
    assert error_of(response).reason == "too_large"


def test_a_streamed_body_without_length_is_refused_when_too_large(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"\0" * (64 * 1024)

    response = client.post(p.SYNC_PATH, content=chunks(), headers=headers("t"))
    assert "content-length" not in response.request.headers
    assert response.status_code == 413


def test_the_body_stops_being_read_at_the_limit(service: SyncService) -> None:
    """Straight at the ASGI app: an endless chunked body is read only up to the limit."""
    app = create_app(service)
    chunk = b"\0" * (64 * 1024)
    delivered = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        delivered += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = asgi_scope(
        [(b"content-type", p.MEDIA_TYPE.encode()), (b"transfer-encoding", b"chunked")]
    )
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert delivered == p.MAX_BODY_BYTES // len(chunk) + 1


def test_a_dropped_upload_is_not_logged_as_a_failure(
    service: SyncService, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(service)
    sent: list[dict[str, Any]] = []
    messages = iter(
        [
            {"type": "http.request", "body": b"(\xb5/\xfd", "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = asgi_scope([(b"content-type", p.MEDIA_TYPE.encode())])
    with caplog.at_level(logging.WARNING):
        asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 400
    assert caplog.records == []


def test_a_decompression_bomb_is_refused_in_bounded_memory(
    client: TestClient, engine: Engine
) -> None:
    # 64 MiB of JSON whitespace: a few kilobytes compressed.
    bomb = zstandard.ZstdCompressor(level=1).compress(b" " * (64 << 20))
    assert len(bomb) < p.MAX_BODY_BYTES
    before = row_counts(engine)
    tracemalloc.start()
    try:
        response = client.post(p.SYNC_PATH, content=bomb, headers=headers("t"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 413
    assert error_of(response).reason == "too_large"
    assert peak < 32 << 20, peak
    assert row_counts(engine) == before


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        pytest.param(b"not zstd at all", 415, "compression", id="not-zstd"),
        pytest.param(compressed(b"{not json"), 400, "not_json", id="not-json"),
        pytest.param(compressed(b"\xff\xfe binary"), 400, "not_json", id="not-utf8"),
        pytest.param(compressed(b"[" * 100_000), 400, "not_json", id="too-deep"),
        pytest.param(compressed(b"1" * 10_000), 400, "not_json", id="huge-integer"),
        pytest.param(
            compressed(b'{"v": 1, "device_id": "\\ud800"}'), 400, "not_json", id="lone-surrogate"
        ),
        pytest.param(compressed({"v": 1}), 422, "schema", id="missing-fields"),
        pytest.param(compressed([1, 2, 3]), 422, "schema", id="not-an-object"),
        pytest.param(compressed({"v": 2, "device_id": "x"}), 400, "version", id="future-version"),
    ],
)
@pytest.mark.parametrize("path", [p.SYNC_PATH, p.ENROLL_PATH])
def test_malformed_bodies_get_a_4xx_with_a_reason(
    client: TestClient, engine: Engine, path: str, body: bytes, status: int, reason: str
) -> None:
    before = row_counts(engine)
    response = client.post(path, content=body, headers=headers("t"))
    assert (response.status_code, error_of(response).reason) == (status, reason)
    assert row_counts(engine) == before


def test_a_field_beyond_64_bits_is_a_schema_error(
    client: TestClient, service: SyncService, officer: str, engine: Engine
) -> None:
    device = enroll(service, officer)
    request = device.request().model_dump(mode="json") | {"cursor": 1 << 63}
    before = row_counts(engine)
    response = client.post(p.SYNC_PATH, content=compressed(request), headers=headers(device.token))
    assert response.status_code == 422
    assert row_counts(engine) == before


def test_a_device_label_with_control_characters_is_refused(
    client: TestClient, service: SyncService, officer: str
) -> None:
    code = service.enrollment_code(officer)
    fields = {
        "v": 1,
        "code": code,
        "device_id": uuid7(),
        "local_officer_id": uuid7(),
        "device_label": "laptop\u0000one",
    }
    response = client.post(p.ENROLL_PATH, content=compressed(fields), headers=headers())
    assert response.status_code == 422


def test_an_invalid_event_is_rejected_not_refused(
    client: TestClient, service: SyncService, officer: str
) -> None:
    """A bad event inside a valid body is acknowledged with a reason, never blocks."""
    device = enroll(service, officer)
    event = device.event("case.opened", {"case_number": ""}, uuid7())
    response = client.post(
        p.SYNC_PATH, content=p.encode(device.request([event])), headers=headers(device.token)
    )
    answer = p.decode(response.content, p.SyncResponse)
    assert answer.up_hwm == 1
    assert [item.code for item in answer.rejected] == ["invalid"]


# --- failures of the server itself ----------------------------------------------------------


class FailingService(SyncService):
    def __init__(self, base: SyncService, error: Exception) -> None:
        super().__init__(base.engine, base.catalogue, clock_ms=base.clock_ms)
        self.error = error

    def sync(self, token: str, request: p.SyncRequest) -> p.SyncResponse:
        raise self.error


def test_an_unexpected_failure_is_a_500_without_details(
    service: SyncService, officer: str, caplog: pytest.LogCaptureFixture
) -> None:
    device = enroll(service, officer)
    failing = FailingService(service, RuntimeError("Grace Banda lives at 12 Market Street"))
    with TestClient(create_app(failing)) as client, caplog.at_level(logging.ERROR):
        response = client.post(
            p.SYNC_PATH, content=p.encode(device.request()), headers=headers(device.token)
        )
    assert response.status_code == 500
    assert error_of(response).reason == "internal"
    assert "Grace" not in response.text
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "RuntimeError" in logged
    assert "Grace" not in logged
    assert device.token not in logged


def test_a_database_outage_is_a_503_to_retry(service: SyncService, officer: str) -> None:
    device = enroll(service, officer)
    outage = sa_exc.OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    with TestClient(create_app(FailingService(service, outage))) as client:
        response = client.post(
            p.SYNC_PATH, content=p.encode(device.request()), headers=headers(device.token)
        )
    assert response.status_code == 503
    assert response.headers["retry-after"] == "30"


def test_a_race_lost_on_a_unique_row_is_a_409_to_retry(service: SyncService, officer: str) -> None:
    device = enroll(service, officer)
    race = sa_exc.IntegrityError("INSERT", {}, Exception("duplicate key"))
    with TestClient(create_app(FailingService(service, race))) as client:
        response = client.post(
            p.SYNC_PATH, content=p.encode(device.request()), headers=headers(device.token)
        )
    assert response.status_code == 409


def test_a_retried_exchange_gets_the_same_answer(
    client: TestClient, service: SyncService, officer: str, engine: Engine
) -> None:
    device = enroll(service, officer)
    events = [device.event("case.opened", builders.case_opened(), uuid7())]
    body = p.encode(device.request(events))
    first = client.post(p.SYNC_PATH, content=body, headers=headers(device.token))
    after_first = row_counts(engine)
    second = client.post(p.SYNC_PATH, content=body, headers=headers(device.token))
    assert first.status_code == second.status_code == 200
    assert p.decode(second.content, p.SyncResponse).up_hwm == 1
    assert row_counts(engine)["events"] == after_first["events"] == 1


def test_upload_helper_matches_the_http_path(service: SyncService, officer: str) -> None:
    device = enroll(service, officer)
    answer = upload(service, device, [device.event("case.opened", builders.case_opened(), uuid7())])
    assert answer.up_hwm == device.acked == 1
