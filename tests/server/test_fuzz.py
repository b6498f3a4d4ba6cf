"""Hypothesis against the HTTP API: random bytes, random JSON, mutated valid bodies.

Whatever arrives, the answer is never a 5xx, and a refused request (any 4xx) leaves every
table exactly as it was: nothing is half-written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import zstandard
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from tests.server.support import Device, enroll, headers, row_counts, upload
from tests.support import builders
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.events import KINDS
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server import db
from tokyo_desk.server.app import FailureLimit, create_app
from tokyo_desk.server.service import SyncService
from tokyo_desk.sync import protocol as p

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

EDGE_INTS = st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63), 10**30])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | EDGE_INTS
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["", "case.opened", "note.added", "x" * 300, uuid7(), "2026-11-20"])
)
# Text a database may choke on: NUL and other control characters, lone surrogates.
AWKWARD_TEXT = st.sampled_from(["\x00", "\ud800", "\udfff", "\x7f", "\u202e"]) | st.text(
    st.characters(codec=None, categories=["Cc", "Cs", "Lo", "So"]), min_size=1, max_size=4
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


def replacement(draw: Callable[..., Any], current: Any) -> Any:
    """A new value for a field: often one of the same type at an awkward extreme."""
    if isinstance(current, bool) or draw(st.integers(0, 3)) == 0:
        return draw(JSON)
    if isinstance(current, int):
        return draw(EDGE_INTS)
    if isinstance(current, str):
        return draw(AWKWARD_TEXT | st.text(max_size=120) | st.sampled_from([uuid7(), ""]))
    return draw(JSON)


@dataclass
class World:
    client: TestClient
    service: SyncService
    engine: Engine
    officer: str
    device: Device
    case_id: str
    payloads: dict[str, dict[str, Any]]


@pytest.fixture
def world(service: SyncService, engine: Engine, officer: str, catalogue: Catalogue) -> Any:
    device = enroll(service, officer)
    case_id = uuid7()
    upload(service, device, [device.event("case.opened", builders.case_opened(), case_id)])
    # No rate limit here: the fuzzer must reach the enrollment logic, not the 429.
    app = create_app(service, enroll_limit=FailureLimit(limit=10**9))
    with TestClient(app) as client:
        yield World(
            client, service, engine, officer, device, case_id, builders.valid_payloads(catalogue)
        )


def compress(data: bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data)


def send(world: World, path: str, body: bytes, token: str | None) -> None:
    """Post ``body``: never a 5xx; a refusal changes no row; an answer decodes."""
    before = row_counts(world.engine)
    response = world.client.post(path, content=body, headers=headers(token))
    assert response.status_code < 500, response.text
    event(
        f"{response.status_code} {response.json()['reason'] if response.status_code >= 400 else ''}"
    )
    if response.status_code >= 400:
        p.ErrorBody.model_validate(response.json())
        assert row_counts(world.engine) == before
    else:
        assert response.status_code == 200
        model = p.SyncResponse if path == p.SYNC_PATH else p.EnrollResponse
        p.decode(response.content, model)


# --- mutations of a valid body ----------------------------------------------------------------


Path = tuple[Any, ...]


def paths(value: Any, prefix: Path = ()) -> list[Path]:
    """Every place inside ``value`` (containers and leaves), as key/index paths."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def get(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


def mutate(draw: Callable[..., Any], body: dict[str, Any], kinds: list[str]) -> dict[str, Any]:
    """``body`` with a few random changes, anywhere in it."""
    body = copy.deepcopy(body)
    # Mostly one change: a single bad field inside an otherwise valid body goes deepest.
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 4]))):
        everywhere = paths(body)
        ints = [path for path in everywhere if type(get(body, path)) is int]
        texts = [path for path in everywhere if isinstance(get(body, path), str)]
        # Pick the depth first, so that the many payload fields do not drown the envelope.
        by_depth = [[path for path in everywhere if len(path) == depth] for depth in (1, 1, 3, 4)]
        by_depth.append([path for path in everywhere if len(path) > 4])
        places = draw(st.sampled_from([group for group in by_depth if group] or [[("extra",)]]))
        path = draw(st.sampled_from(places))
        parent = get(body, path[:-1])
        listed = body.get("events")
        events: list[Any] = listed if isinstance(listed, list) else []
        whole = [item for item in events if isinstance(item, list) and len(item) == 9]
        choice = draw(st.integers(0, 7))
        if choice <= 1:
            parent[path[-1]] = replacement(draw, get(body, path))
        elif choice == 2 and ints:  # a number at a storage limit, anywhere
            path = draw(st.sampled_from(ints))
            get(body, path[:-1])[path[-1]] = draw(EDGE_INTS)
        elif choice == 3 and texts:  # text a database or an encoder may choke on, inserted
            path = draw(st.sampled_from(texts))
            text = get(body, path)
            cut = draw(st.integers(0, len(text)))
            get(body, path[:-1])[path[-1]] = text[:cut] + draw(AWKWARD_TEXT) + text[cut:]
        elif choice == 4 and isinstance(parent, dict):
            parent.pop(path[-1])
        elif choice == 4 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        elif choice == 5 and whole:
            draw(st.sampled_from(whole))[2] = draw(st.sampled_from([*kinds, "nope.nothing"]))
        elif choice == 6 and events:
            events.reverse()
        elif choice == 7 and whole:
            event = draw(st.sampled_from(whole))
            if isinstance(event[6], int):
                event[6] += draw(st.integers(-3, 3))
    return body


def valid_sync_body(world: World, draw: Callable[..., Any]) -> dict[str, Any]:
    """A valid request from the world's device: new events from its high-water mark."""
    with world.engine.connect() as connection:
        up_hwm = connection.execute(
            select(db.devices.c.up_hwm).where(db.devices.c.device_id == world.device.device_id)
        ).scalar_one()
    device = world.device
    device.seq = up_hwm
    kinds = draw(st.lists(st.sampled_from(sorted(world.payloads)), min_size=1, max_size=3))
    case_id = draw(st.sampled_from([world.case_id, uuid7()]))
    events = [device.event(kind, copy.deepcopy(world.payloads[kind]), case_id) for kind in kinds]
    request = device.request(events, acked=up_hwm)
    return request.model_dump(mode="json")


# --- the fuzzers ------------------------------------------------------------------------------


@given(data=st.data())
@FUZZ
def test_sync_never_fails_and_refusals_change_nothing(world: World, data: st.DataObject) -> None:
    draw = data.draw
    shape = draw(st.sampled_from(["bytes", "json", "mutated", "mutated", "mutated", "valid"]))
    if shape == "bytes":
        body = draw(st.binary(max_size=200) | st.binary(max_size=200).map(compress))
    elif shape == "json":
        body = compress(json.dumps(draw(JSON)).encode())
    else:
        valid = valid_sync_body(world, draw)
        chosen = valid if shape == "valid" else mutate(draw, valid, sorted(KINDS))
        body = compress(json.dumps(chosen).encode())
    token = draw(st.sampled_from([world.device.token] * 5 + ["forged-token"]))
    send(world, p.SYNC_PATH, body, token)


@given(data=st.data())
@settings(FUZZ, max_examples=150)
def test_enroll_never_fails_and_refusals_change_nothing(world: World, data: st.DataObject) -> None:
    draw = data.draw
    shape = draw(st.sampled_from(["bytes", "json", "mutated", "mutated"]))
    if shape == "bytes":
        body = draw(st.binary(max_size=200) | st.binary(max_size=200).map(compress))
    elif shape == "json":
        body = compress(json.dumps(draw(JSON)).encode())
    else:
        code = world.service.enrollment_code(world.officer)
        valid = p.EnrollRequest(
            code=code,
            device_id=draw(st.sampled_from([uuid7(), world.device.device_id])),
            local_officer_id=uuid7(),
            device_label="fuzz",
        ).model_dump(mode="json")
        body = compress(json.dumps(mutate(draw, valid, [])).encode())
    send(world, p.ENROLL_PATH, body, None)
