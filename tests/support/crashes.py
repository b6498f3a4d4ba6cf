"""Run the crash writer in a subprocess and SIGKILL it at a random moment."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class KillResult:
    acknowledged: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    started_writing: bool = False
    stderr: str = ""


def run_and_kill(
    directory: Path, passphrase: str, mode: str, seed: int, kill_after: tuple[float, float]
) -> KillResult:
    """Start the writer; once its first line arrives, wait a random time, then SIGKILL it."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.crash_writer",
            str(directory),
            passphrase,
            mode,
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    result = KillResult()
    first_line = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            result.lines.append(line.rstrip("\n"))
            first_line.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    first_line.wait(timeout=60)
    result.started_writing = first_line.is_set()
    time.sleep(random.Random(seed).uniform(*kill_after))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    reader.join(timeout=30)
    assert process.stderr is not None
    result.stderr = process.stderr.read()
    process.stderr.close()
    assert process.stdout is not None
    process.stdout.close()
    for line in result.lines:
        if line.startswith("ACK "):
            result.acknowledged += [item for item in line[4:].split(",") if item]
    return result
