"""``tokyo-desk enroll`` and ``tokyo-desk sync`` against the real head office over real
sockets on 127.0.0.1: plain http (allowed on this computer only) and https with a pinned
self-signed certificate, a wrong pin, no head office, no enrollment, and a revoked device."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import database, db, tls
from tokyo_desk.server.app import create_app
from tokyo_desk.server.service import SyncService


@dataclass
class Server:
    url: str
    service: SyncService
    engine: Engine
    officer: str
    fingerprint: str = ""

    def event_count(self) -> int:
        with self.engine.connect() as connection:
            return len(connection.execute(select(db.events.c.event_id)).all())

    def device_ids(self) -> list[str]:
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(select(db.devices.c.device_id))]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve(
    tmp_path: Path, catalogue: Catalogue, *, tls_files: tuple[Path, Path] | None = None
) -> Iterator[Server]:
    """Head office on a free port of 127.0.0.1, on a thread, until the block ends."""
    import uvicorn

    tmp_path.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_path / 'head-office.db'}"
    engine = database.open_database(url)
    service = SyncService(engine, catalogue)
    officer = service.add_officer("Asha Njoroge", "North district office")
    port = _free_port()
    config = uvicorn.Config(
        create_app(service),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ssl_certfile=str(tls_files[0]) if tls_files else None,
        ssl_keyfile=str(tls_files[1]) if tls_files else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="head-office", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise AssertionError("head office did not start")
        time.sleep(0.02)
    scheme = "https" if tls_files else "http"
    fingerprint = tls.fingerprint(tls_files[0]) if tls_files else ""
    try:
        yield Server(f"{scheme}://127.0.0.1:{port}", service, engine, officer, fingerprint)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()


@pytest.fixture
def http_office(tmp_path: Path, catalogue: Catalogue) -> Iterator[Server]:
    with serve(tmp_path, catalogue) as server:
        yield server


@pytest.fixture
def https_office(tmp_path: Path, catalogue: Catalogue) -> Iterator[Server]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    tls.ensure_self_signed(cert, key, ["127.0.0.1"])
    with serve(tmp_path, catalogue, tls_files=(cert, key)) as server:
        yield server


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tokyo_desk", "--demo", "--profile-dir", str(home / "p"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TOKYO_DESK_HOME": str(home)},
        check=False,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.slow
def test_enroll_and_sync_over_http_on_this_computer(tmp_path: Path, http_office: Server) -> None:
    not_yet = _run(tmp_path, "--demo-cases", "3", "sync")
    assert "not enrolled" in _one_line_error(not_yet)
    code = http_office.service.enrollment_code(http_office.officer)
    enrolled = _run(tmp_path, "enroll", "--server", http_office.url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Enrolled with head office for Asha Njoroge" in enrolled.stdout
    first = _run(tmp_path, "sync")
    assert first.returncode == 0, first.stderr
    assert "Synced with head office:" in first.stdout
    sent = http_office.event_count()
    assert sent > 3  # three cases, each several events
    assert f"{sent} sent" in first.stdout
    again = _run(tmp_path, "sync")
    assert again.returncode == 0, again.stderr
    assert "0 sent, 0 received, 0 not accepted (1 exchanges)" in again.stdout
    # The same code cannot enroll twice.
    reused = _run(tmp_path, "enroll", "--server", http_office.url, "--code", code)
    assert "enroll" in _one_line_error(reused).lower()


@pytest.mark.slow
def test_https_with_the_pin_then_a_wrong_pin_is_refused(
    tmp_path: Path, https_office: Server
) -> None:
    code = https_office.service.enrollment_code(https_office.officer)
    no_pin = _run(
        tmp_path, "--demo-cases", "2", "enroll", "--server", https_office.url, "--code", code
    )
    assert "fingerprint" in _one_line_error(no_pin)
    wrong = "00" * 32
    mismatch = _run(
        tmp_path, "enroll", "--server", https_office.url, "--pin", wrong, "--code", code
    )
    assert "certificate" in _one_line_error(mismatch)
    assert https_office.device_ids() == []  # nothing was sent to a server we do not trust
    enrolled = _run(
        tmp_path,
        "enroll",
        "--server",
        https_office.url,
        "--pin",
        https_office.fingerprint,
        "--code",
        code,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    synced = _run(tmp_path, "sync")
    assert synced.returncode == 0, synced.stderr
    assert https_office.event_count() > 2


@pytest.mark.slow
def test_no_head_office_and_a_revoked_device(tmp_path: Path, http_office: Server) -> None:
    code = http_office.service.enrollment_code(http_office.officer)
    enrolled = _run(
        tmp_path, "--demo-cases", "1", "enroll", "--server", http_office.url, "--code", code
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert _run(tmp_path, "sync").returncode == 0
    (device_id,) = http_office.device_ids()
    http_office.service.revoke(device_id)
    revoked = _run(tmp_path, "sync")
    line = _one_line_error(revoked)
    assert "revoked" in line
    assert "0 events recorded here had not reached head office" in line
    assert list((tmp_path / "p").glob("*/wiped.json"))
    assert not list((tmp_path / "p").glob("*/cases.db*"))


@pytest.mark.slow
def test_sync_without_head_office_fails_with_one_line(tmp_path: Path, catalogue: Catalogue) -> None:
    with serve(tmp_path / "office", catalogue) as server:
        code = server.service.enrollment_code(server.officer)
        enrolled = _run(
            tmp_path, "--demo-cases", "1", "enroll", "--server", server.url, "--code", code
        )
        assert enrolled.returncode == 0, enrolled.stderr
    # Head office has stopped: the address answers no more.
    offline = _run(tmp_path, "sync")
    assert "try again later" in _one_line_error(offline)
