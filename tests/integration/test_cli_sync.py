"""``tokyo-desk enroll`` and ``tokyo-desk sync`` against the real head office over real
sockets on 127.0.0.1: plain http (allowed on this computer only) and https with a pinned
self-signed certificate, a wrong pin, no head office, no enrollment, and a revoked device."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.head_office import Server, serve
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import tls


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
