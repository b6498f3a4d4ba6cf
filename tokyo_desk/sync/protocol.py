"""The head-office sync protocol, shared by the desktop client and the server.

Two requests exist. ``POST /v1/enroll`` is made once per device with a one-time code.
``POST /v1/sync`` is the only request a device makes afterwards: one exchange carries the
device's unacknowledged events up and the events of its officer's cases down
(``design/sync.md``).  Both bodies are JSON compressed with zstd; both directions are
validated against the models below, and a body that is too large, decompresses to too much,
or does not match its model is refused before anything is stored.

Events travel as positional lists, not objects: a batch of twenty events would otherwise
repeat the same nine key names twenty times.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import zstandard
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from tokyo_desk.domain.events import Event, Payload, parse_payload
from tokyo_desk.errors import UserError, ValidationError

PROTOCOL_VERSION: Literal[1] = 1
MEDIA_TYPE = "application/vnd.tokyo-desk.v1+json+zstd"
SYNC_PATH = "/v1/sync"
ENROLL_PATH = "/v1/enroll"

# Limits, enforced by both sides on what they receive.
MAX_BODY_BYTES = 1 << 20  # compressed body as sent
MAX_DECOMPRESSED_BYTES = 8 << 20  # after decompression: a zstd bomb stops here
MAX_WINDOW_BYTES = 8 << 20  # zstd window memory a body may ask for
MAX_EVENTS_PER_EXCHANGE = 5_000
# Integers a database column can hold (BIGINT; INTEGER for schema versions): a larger one
# is refused as malformed rather than failing inside the server's transaction.
MAX_INT64 = (1 << 63) - 1
MAX_INT32 = (1 << 31) - 1

# Byte budgets for one exchange (sizes of the events' JSON before compression): start small
# so one exchange fits inside a short window of connectivity, grow while exchanges succeed.
MIN_BUDGET = 16 * 1024
MAX_BUDGET = 256 * 1024

COMPRESSION_LEVEL = 10

Uuid = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
Kind = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,32}\.[a-z_]{1,32}$")]
Reason = Annotated[str, StringConstraints(max_length=500)]
# Labels stored as they are: no control characters (PostgreSQL refuses NUL in text).
Label = Annotated[str, StringConstraints(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$")]


class ProtocolError(UserError):
    """A body the receiver refuses: wrong size, compression, shape or version."""

    code = "protocol"

    def __init__(self, message: str, *, status: int = 400, reason: str = "malformed") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# [event_id, case_id, kind, schema_version, author, device_id, seq, hlc, payload]
Positive = Annotated[int, Field(ge=1, le=MAX_INT64)]
NonNegative = Annotated[int, Field(ge=0, le=MAX_INT64)]
Version = Annotated[int, Field(ge=1, le=MAX_INT32)]
WireEvent = tuple[Uuid, Uuid, Kind, Version, Uuid, Uuid, Positive, NonNegative, dict[str, Any]]


def event_to_wire(event: Event) -> list[Any]:
    """The positional form of ``event`` for a message."""
    return [
        event.event_id,
        event.case_id,
        event.kind,
        event.schema_version,
        event.author,
        event.device_id,
        event.seq,
        event.hlc,
        event.payload.model_dump(mode="json"),
    ]


def event_from_wire(item: WireEvent) -> Event:
    """A domain event from its positional form; ValidationError if its payload is refused."""
    event_id, case_id, kind, schema_version, author, device_id, seq, hlc, raw = item
    payload: Payload = parse_payload(kind, raw)
    return Event(event_id, case_id, kind, schema_version, author, device_id, seq, hlc, payload)


def wire_size(item: WireEvent | list[Any]) -> int:
    """Bytes an event adds to a message before compression (what the budgets count)."""
    return len(json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode()) + 1


# --- enrollment ---------------------------------------------------------------------------


class EnrollRequest(Message):
    v: Literal[1] = PROTOCOL_VERSION
    code: Annotated[str, StringConstraints(min_length=8, max_length=40)]
    device_id: Uuid
    # The officer id the device wrote its events with before it was enrolled.
    local_officer_id: Uuid
    device_label: Label = ""
    app_version: Annotated[str, StringConstraints(max_length=40)] = ""


class EnrollResponse(Message):
    v: Literal[1] = PROTOCOL_VERSION
    device_id: Uuid
    token: Annotated[str, StringConstraints(min_length=32, max_length=200)]
    officer_id: Uuid
    officer_name: Annotated[str, StringConstraints(max_length=200)]
    generation: Uuid


# --- the exchange --------------------------------------------------------------------------


class SyncRequest(Message):
    v: Literal[1] = PROTOCOL_VERSION
    device_id: Uuid
    # The server generation the device's acknowledgements and cursor belong to (None before
    # the first exchange).
    generation: Uuid | None = None
    # The highest seq the server has acknowledged to this device, as the device remembers it.
    acked: NonNegative
    # Unacknowledged events from acked + 1, contiguous, in seq order.
    events: list[WireEvent] = Field(default_factory=list, max_length=MAX_EVENTS_PER_EXCHANGE)
    cursor: NonNegative
    down_budget: int = Field(ge=MIN_BUDGET, le=MAX_BUDGET)
    # The device's wall clock when it sent this: the server reports the skew.
    wall_ms: NonNegative


class Rejection(Message):
    """An event the server processed but did not accept: the device quarantines it."""

    seq: int = Field(ge=1)
    event_id: Uuid
    code: Literal["invalid", "out_of_scope", "wrong_author", "unknown_kind", "refused"]
    reason: Reason


class SyncResponse(Message):
    v: Literal[1] = PROTOCOL_VERSION
    generation: Uuid
    # Highest seq of this device the server holds: everything up to it is acknowledged.
    up_hwm: int = Field(ge=0)
    rejected: list[Rejection] = Field(default_factory=list)
    events: list[WireEvent] = Field(default_factory=list, max_length=MAX_EVENTS_PER_EXCHANGE)
    cursor: int = Field(ge=0)
    more: bool = False
    # Cases no longer in this device's scope (reassigned): deleted once their own unsent
    # events are acknowledged.
    evict: list[Uuid] = Field(default_factory=list)
    server_ms: int = Field(ge=0)
    skew_ms: int = 0
    # True when the server had to drop the device's acknowledgement or cursor (restored from
    # a backup, or a cursor of another generation): the device re-sends from up_hwm + 1.
    reset: bool = False


class ErrorBody(Message):
    """The body of every 4xx answer (plain JSON, uncompressed)."""

    v: Literal[1] = PROTOCOL_VERSION
    reason: Annotated[str, StringConstraints(max_length=40)]
    message: Reason
    # "wipe": the device was revoked and must lock and keep nothing readable.
    directive: Literal["none", "wipe", "re_enroll"] = "none"


# --- bodies ------------------------------------------------------------------------------


def encode(message: Message) -> bytes:
    """The compressed body for ``message``."""
    data = json.dumps(
        message.model_dump(mode="json"), separators=(",", ":"), ensure_ascii=False
    ).encode()
    return zstandard.ZstdCompressor(level=COMPRESSION_LEVEL).compress(data)


def decode[M: Message](body: bytes, model: type[M]) -> M:
    """The message in ``body``; ProtocolError if it is too large, not zstd, or not ``model``."""
    if len(body) > MAX_BODY_BYTES:
        raise ProtocolError("The body is too large.", status=413, reason="too_large")
    data = decompress(body)
    try:
        raw = json.loads(data)
        # Lone surrogates ("\\ud800") parse but cannot be stored or sent back as UTF-8.
        json.dumps(raw, ensure_ascii=False).encode()
    # ValueError: an integer too long to convert; RecursionError: nesting too deep.
    except (UnicodeError, ValueError, RecursionError):
        raise ProtocolError("The body is not JSON.", reason="not_json") from None
    if isinstance(raw, dict) and raw.get("v") not in (None, PROTOCOL_VERSION):
        raise ProtocolError(
            "This protocol version is not supported; update the application.",
            status=400,
            reason="version",
        )
    try:
        return model.model_validate(raw)
    except PydanticValidationError as error:
        fields = sorted({".".join(str(p) for p in e["loc"][:2]) for e in error.errors()})[:5]
        raise ProtocolError(
            f"The body does not match the protocol ({', '.join(fields) or 'body'}).",
            status=422,
            reason="schema",
        ) from None


def decompress(body: bytes) -> bytes:
    """zstd-decompressed ``body``, never more than MAX_DECOMPRESSED_BYTES held in memory."""
    decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW_BYTES)
    try:
        with decompressor.stream_reader(io.BytesIO(body), read_across_frames=True) as reader:
            chunks: list[bytes] = []
            held = 0
            # A read may return less than asked for: read on until the end or the cap.
            while held <= MAX_DECOMPRESSED_BYTES:
                chunk = reader.read(MAX_DECOMPRESSED_BYTES + 1 - held)
                if not chunk:
                    break
                chunks.append(chunk)
                held += len(chunk)
            data = b"".join(chunks)
    except zstandard.ZstdError:
        raise ProtocolError(
            "The body is not valid zstd.", status=415, reason="compression"
        ) from None
    if len(data) > MAX_DECOMPRESSED_BYTES:
        raise ProtocolError("The body decompresses to too much.", status=413, reason="too_large")
    return data


@dataclass(frozen=True)
class Budget:
    """The byte budget of one direction: doubles after a success, halves after a timeout."""

    value: int = MIN_BUDGET

    def grown(self) -> Budget:
        return Budget(min(self.value * 2, MAX_BUDGET))

    def shrunk(self) -> Budget:
        return Budget(max(self.value // 2, MIN_BUDGET))


__all__ = [
    "ENROLL_PATH",
    "MAX_BODY_BYTES",
    "MAX_BUDGET",
    "MAX_DECOMPRESSED_BYTES",
    "MEDIA_TYPE",
    "MIN_BUDGET",
    "PROTOCOL_VERSION",
    "SYNC_PATH",
    "Budget",
    "EnrollRequest",
    "EnrollResponse",
    "ErrorBody",
    "ProtocolError",
    "Rejection",
    "SyncRequest",
    "SyncResponse",
    "ValidationError",
    "WireEvent",
    "decode",
    "decompress",
    "encode",
    "event_from_wire",
    "event_to_wire",
    "wire_size",
]
