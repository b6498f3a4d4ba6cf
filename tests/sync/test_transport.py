"""HttpTransport on a real socket: keep-alive, a connection head office closed, failures."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from tokyo_desk.sync.client import Offline, SyncError
from tokyo_desk.sync.transport import HttpTransport


class _OneRequestPerConnection(http.server.BaseHTTPRequestHandler):
    """Answers one request, then drops the connection without saying so (as a server does
    when a kept-alive connection has been idle too long)."""

    protocol_version = "HTTP/1.1"
    served: list[int] = []  # noqa: RUF012 - shared by the handler instances on purpose

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.rfile.read(length)
        self.served.append(length)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")
        self.close_connection = True  # closed, but the response promised keep-alive

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[http.server.ThreadingHTTPServer]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OneRequestPerConnection)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_a_connection_closed_by_head_office_is_replaced_once(
    server: http.server.ThreadingHTTPServer,
) -> None:
    transport = HttpTransport(f"http://127.0.0.1:{server.server_address[1]}")
    assert transport.post("/v1/sync", b"first", "t").body == b"ok"
    # Idle for a while, the kept connection is dead: the transport sends again on a new one.
    transport._last_used -= 5
    assert transport.post("/v1/sync", b"second", "t").body == b"ok"
    assert _OneRequestPerConnection.served[-2:] == [5, 6]
    # Dropped right after an answer (in the middle of a sync): reported, not retried.
    with pytest.raises(Offline):
        transport.post("/v1/sync", b"third", "t")
    transport.close()


def test_no_server_is_offline() -> None:
    transport = HttpTransport("http://127.0.0.1:9")  # discard port: nothing listens
    with pytest.raises(Offline):
        transport.post("/v1/sync", b"x", None)


@pytest.mark.parametrize(
    ("url", "pin"),
    [
        ("ftp://head-office:21", ""),
        ("http://head-office.example:8443", ""),  # plain http only on this computer
        ("https://head-office.example:8443", ""),  # https needs the pin
        ("https://head-office.example:8443", "12:34"),  # a pin has 64 hex digits
    ],
)
def test_bad_addresses_and_pins_are_refused_with_a_message(url: str, pin: str) -> None:
    with pytest.raises(SyncError):
        HttpTransport(url, pin)
