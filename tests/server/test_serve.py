"""``serve --demo`` for real: a subprocess on a free port, reached over TLS with the pin."""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server import tls
from tokyo_desk.sync import protocol as p

STARTUP_S = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def read_until(stream: IO[str], pattern: str, deadline: float) -> list[str]:
    """Lines of ``stream`` up to one matching ``pattern`` (fails at ``deadline``)."""
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        lines.append(line)
        if re.search(pattern, line):
            return lines
    raise AssertionError("the server did not print its details:\n" + "".join(lines))


def pinned_connection(port: int, pin: str) -> http.client.HTTPSConnection:
    """A TLS connection that trusts the certificate by its fingerprint only."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=5, context=context)
    connection.connect()
    assert isinstance(connection.sock, ssl.SSLSocket)
    seen = hashlib.sha256(connection.sock.getpeercert(binary_form=True) or b"").hexdigest()
    assert seen == pin.replace(":", "").lower()
    return connection


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int, list[str]]]:
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "tokyo_desk.server.cli", "serve", "--demo",
               "--demo-dir", str(tmp_path / "demo"), "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    try:
        assert process.stdout is not None
        lines = read_until(process.stdout, r"enrollment code:", time.monotonic() + STARTUP_S)
        yield process, port, lines
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


@pytest.mark.slow
def test_serve_demo_answers_over_tls_with_the_printed_fingerprint(
    demo: tuple[subprocess.Popen[str], int, list[str]], tmp_path: Path
) -> None:
    process, port, lines = demo
    printed = "".join(lines)
    assert f"https://127.0.0.1:{port}" in printed
    pin = re.search(r"SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})", printed)
    code = re.search(r"enrollment code:\s+([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", printed)
    assert pin is not None
    assert code is not None
    assert pin.group(1) == tls.fingerprint(tmp_path / "demo" / "demo-cert.pem")

    deadline = time.monotonic() + STARTUP_S
    while True:  # the details are printed just before uvicorn binds the port
        try:
            connection = pinned_connection(port, pin.group(1))
            break
        except (ConnectionRefusedError, ssl.SSLError):
            assert process.poll() is None, "the server stopped"
            assert time.monotonic() < deadline, "the server never answered"
            time.sleep(0.1)
    connection.request("GET", "/v1/health")
    health = connection.getresponse()
    assert (health.status, health.read()) == (200, b'{"v":1,"status":"ok"}')

    # The printed code enrolls a device, and its token syncs.
    request = p.EnrollRequest(code=code.group(1), device_id=uuid7(), local_officer_id=uuid7())
    connection.request("POST", p.ENROLL_PATH, p.encode(request), {"Content-Type": p.MEDIA_TYPE})
    enrolled = connection.getresponse()
    assert enrolled.status == 200
    answer = p.decode(enrolled.read(), p.EnrollResponse)
    exchange = p.SyncRequest(device_id=request.device_id, acked=0, cursor=0,
                             down_budget=p.MIN_BUDGET, wall_ms=0)  # fmt: skip
    sent = {"Content-Type": p.MEDIA_TYPE, "Authorization": f"Bearer {answer.token}"}
    connection.request("POST", p.SYNC_PATH, p.encode(exchange), sent)
    synced = connection.getresponse()
    assert synced.status == 200
    assert p.decode(synced.read(), p.SyncResponse).generation == answer.generation
    connection.close()

    # SIGTERM: uvicorn shuts down cleanly, then re-raises the signal as its exit status.
    process.terminate()
    assert process.wait(timeout=10) in (0, -signal.SIGTERM)
    assert process.stdout is not None
    assert "Application shutdown complete" in process.stdout.read()


def test_the_demo_certificate_is_kept_until_it_no_longer_fits(tmp_path: Path) -> None:
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    assert tls.ensure_self_signed(cert, key, ["127.0.0.1", "localhost"])
    first = tls.fingerprint(cert)
    assert key.stat().st_mode & 0o777 == 0o600
    assert not tls.ensure_self_signed(cert, key, ["localhost", "127.0.0.1"])
    assert tls.fingerprint(cert) == first
    assert tls.ensure_self_signed(cert, key, ["127.0.0.1", "localhost", "desk.example"])
    assert tls.fingerprint(cert) != first
    cert.write_text("damaged")
    assert tls.ensure_self_signed(cert, key, ["localhost"])
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)  # a matching pair
