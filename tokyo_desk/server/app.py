"""The head-office HTTP API: bodies in, service calls, bodies or error answers out.

Everything the service needs arrives as one compressed protocol body; this module only checks
the media type and the size (while the body streams in, so a liar's Content-Length or a
chunked upload cannot make us hold more than the limit), decodes, calls ``SyncService`` on a
worker thread (it blocks on the database), and maps failures to status codes with a plain
JSON ``ErrorBody``.  No record content reaches a log line or an error message.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Literal

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from tokyo_desk.errors import UserError
from tokyo_desk.server.service import EnrollmentRefused, Revoked, SyncService, Unauthorized
from tokyo_desk.sync import protocol as p

HEALTH_PATH = "/v1/health"
# Failed enrollments allowed per client address and window before answering 429.
ENROLL_FAILURES = 10
ENROLL_WINDOW_S = 600.0

log = logging.getLogger("tokyo_desk.server")

Directive = Literal["none", "wipe", "re_enroll"]


class FailureLimit:
    """At most ``limit`` failures per client address within ``window_s`` seconds.

    Kept in memory, per process: a guessed code is refused long before a guesser gets
    anywhere (codes have 60 random bits); this stops a scripted enumeration early.
    """

    def __init__(
        self,
        limit: int = ENROLL_FAILURES,
        window_s: float = ENROLL_WINDOW_S,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_addresses: int = 10_000,
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self.max_addresses = max_addresses
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_s(self, address: str) -> float:
        """Seconds before ``address`` may try again (0 when it may try now)."""
        with self._lock:
            now = self.clock()
            times = self._failures.get(address)
            if times is None:
                return 0.0
            self._expire(times, now)
            if len(times) < self.limit:
                return 0.0
            return max(0.0, times[0] + self.window_s - now)

    def record(self, address: str) -> None:
        """Count one failure from ``address``."""
        with self._lock:
            now = self.clock()
            if address not in self._failures and len(self._failures) >= self.max_addresses:
                self._forget_idle(now)
            times = self._failures.setdefault(address, deque())
            self._expire(times, now)
            times.append(now)

    def _expire(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window_s:
            times.popleft()

    def _forget_idle(self, now: float) -> None:
        """Bound the memory an address-spraying client can make us use."""
        for address in list(self._failures):
            times = self._failures[address]
            self._expire(times, now)
            if not times:
                del self._failures[address]
        while len(self._failures) >= self.max_addresses:
            del self._failures[next(iter(self._failures))]  # the oldest address first


def create_app(service: SyncService, *, enroll_limit: FailureLimit | None = None) -> FastAPI:
    """The ASGI application answering the sync protocol for ``service``."""
    limit = FailureLimit() if enroll_limit is None else enroll_limit
    # No interactive documentation in production: the protocol is documented in the code.
    app = FastAPI(
        title="Tokyo Desk head office",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        # Unknown paths and methods answer in the protocol's error shape too.
        return _error(error.status_code, "http", "This request is not part of the protocol.")

    @app.get(HEALTH_PATH)
    async def health() -> JSONResponse:
        return JSONResponse({"v": p.PROTOCOL_VERSION, "status": "ok"})

    @app.post(p.ENROLL_PATH)
    async def enroll(request: Request) -> Response:
        address = request.client.host if request.client else "unknown"
        wait = limit.wait_s(address)
        if wait > 0:
            return _error(
                429,
                "rate_limited",
                "Too many failed enrollments from this address; try again later.",
                headers={"Retry-After": str(math.ceil(wait))},
            )
        try:
            body = await _read_body(request)
            answer = await run_in_threadpool(_enroll, service, body)
        except EnrollmentRefused as error:
            limit.record(address)
            return _error(403, "enrollment_refused", error.message)
        except Exception as error:  # every failure becomes an answer
            return _answer_error(error, request)
        return Response(answer, media_type=p.MEDIA_TYPE)

    @app.post(p.SYNC_PATH)
    async def sync(request: Request) -> Response:
        try:
            body = await _read_body(request)
            token = _bearer_token(request)
            answer = await run_in_threadpool(_sync, service, token, body)
        except Exception as error:  # every failure becomes an answer
            return _answer_error(error, request)
        return Response(answer, media_type=p.MEDIA_TYPE)

    return app


# --- the work done on a worker thread -------------------------------------------------------


def _enroll(service: SyncService, body: bytes) -> bytes:
    return p.encode(service.enroll(p.decode(body, p.EnrollRequest)))


def _sync(service: SyncService, token: str, body: bytes) -> bytes:
    return p.encode(service.sync(token, p.decode(body, p.SyncRequest)))


# --- reading a request ----------------------------------------------------------------------


def _bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("This request carries no device token.")
    return token.strip()


async def _read_body(request: Request) -> bytes:
    """The body, refused (415, 413) before more than MAX_BODY_BYTES of it is held."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != p.MEDIA_TYPE:
        raise p.ProtocolError(f"The body must be {p.MEDIA_TYPE}.", status=415, reason="media_type")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise p.ProtocolError("The Content-Length header is not a number.")
        if int(declared) > p.MAX_BODY_BYTES:
            raise p.ProtocolError("The body is too large.", status=413, reason="too_large")
    # The declared length may be absent (chunked) or wrong: count what actually arrives.
    chunks: list[bytes] = []
    held = 0
    async for chunk in request.stream():
        held += len(chunk)
        if held > p.MAX_BODY_BYTES:
            raise p.ProtocolError("The body is too large.", status=413, reason="too_large")
        chunks.append(chunk)
    return b"".join(chunks)


# --- answering a failure --------------------------------------------------------------------


def _answer_error(error: Exception, request: Request) -> JSONResponse:
    """The answer for a failed request; unexpected failures are logged without content."""
    match error:
        case p.ProtocolError():
            return _error(error.status, error.reason, error.message)
        case Unauthorized():
            return _error(401, "unauthorized", error.message, directive="re_enroll")
        case Revoked():
            return _error(403, "revoked", error.message, directive="wipe")
        case EnrollmentRefused():
            return _error(403, "enrollment_refused", error.message)
        case UserError():
            return _error(400, error.code[:40], error.message)
        case ClientDisconnect():
            # The link dropped mid-upload (routine on 2G): nobody is left to read an answer.
            return _error(400, "disconnected", "The connection closed before the body ended.")
        case sa_exc.OperationalError():
            # The database is down, locked or chose this transaction as a deadlock victim:
            # nothing was committed and the same request may simply be sent again.
            _log_failure(error, request, logging.WARNING)
            return _error(
                503,
                "unavailable",
                "Head office is busy or its database is unavailable; try again later.",
                headers={"Retry-After": "30"},
            )
        case sa_exc.IntegrityError():
            # Two requests raced for the same row (two enrollments of one device, one event
            # id from two devices): the loser changed nothing and gets its answer on retry.
            _log_failure(error, request, logging.WARNING)
            return _error(409, "conflict", "Another request changed the same data; try again.")
        case _:
            _log_failure(error, request, logging.ERROR)
            return _error(500, "internal", "Head office could not process this request.")


def _log_failure(error: Exception, request: Request, level: int) -> None:
    """The exception's type and stack, never its message (it may quote request content)."""
    stack = "".join(traceback.format_tb(error.__traceback__))
    log.log(level, "%s on %s\n%s", type(error).__name__, request.url.path, stack)


def _error(
    status: int,
    reason: str,
    message: str,
    *,
    directive: Directive = "none",
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = p.ErrorBody(reason=reason[:40], message=message[:500], directive=directive)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)
