"""The README's first command ends in ``tokyo-desk --demo``: check what a newcomer sees."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tokyo_desk.store.demo import DEMO_PASSPHRASE


def _run(*args: str, stdin: str = "", home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tokyo_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TOKYO_DESK_HOME": str(home)},
        check=False,
    )


def test_demo_is_created_then_reopened(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    first = _run(
        "--demo", "--demo-cases", "12", "--profile-dir", str(profiles), "show", home=tmp_path
    )
    assert first.returncode == 0, first.stderr
    assert "Creating the demo profile" in first.stdout
    assert "Caseload:" in first.stdout
    second = _run(
        "--demo", "--profile-dir", str(profiles), "--filter", "breach_open", "show", home=tmp_path
    )
    assert second.returncode == 0, second.stderr
    assert DEMO_PASSPHRASE in second.stdout  # the demo shows its passphrase
    verify = _run("--demo", "--profile-dir", str(profiles), "verify", home=tmp_path)
    assert verify.returncode == 0, verify.stderr
    assert "intact" in verify.stdout
    logs = list((tmp_path / "logs").glob("*.log"))
    assert logs
    assert DEMO_PASSPHRASE not in "".join(path.read_text() for path in logs)


def test_wrong_passphrase_gives_a_clear_message(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    _run("--demo", "--demo-cases", "1", "--profile-dir", str(profiles), "show", home=tmp_path)
    result = _run(
        "--profile-dir", str(profiles), "show", stdin="not the passphrase\n", home=tmp_path
    )
    assert result.returncode == 2
    assert "passphrase is not correct" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_profile_and_bad_arguments(tmp_path: Path) -> None:
    empty = _run("--profile-dir", str(tmp_path / "none"), "show", home=tmp_path)
    assert empty.returncode == 2
    assert "tokyo-desk --demo" in empty.stderr
    bad = _run(
        "--demo", "--demo-cases", "-5", "--profile-dir", str(tmp_path / "p"), "show", home=tmp_path
    )
    assert bad.returncode == 2
    assert "--demo-cases" in bad.stderr
    assert "Traceback" not in bad.stderr
