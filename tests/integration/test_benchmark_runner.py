"""The benchmark entry point runs and prints one JSON object with the named figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORE_FIGURES = {
    "unlock_ms",
    "open_ms",
    "append_encrypted_per_s",
    "append_plain_per_s",
    "append_ratio",
    "search_p50_ms",
    "search_p95_ms",
    "rebuild_100k_events_s",
    "bytes_per_1000_cases",
    "kill_cycles",
    "lost_commits",
}


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_store_benchmark_quick_run_prints_one_json_object() -> None:
    result = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "store", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TOKYO_DESK_BENCH_KILLS": "2"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    assert set(figures) >= STORE_FIGURES
    assert all(isinstance(value, int | float) for value in figures.values())
    assert figures["lost_commits"] == 0


def test_unknown_area_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "nonsense"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown area" in result.stderr


SHEETS_FIGURES = {
    "render_p50_ms",
    "render_p95_ms",
    "first_sheet_ms",
    "pdf_kb_max",
    "pdf_kb_en",
    "pages_max_standard",
    "pages_max_easy_read",
}


@pytest.mark.timeout(600)
def test_sheets_benchmark_quick_run_prints_one_json_object() -> None:
    result = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "sheets", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    assert set(figures) >= SHEETS_FIGURES
    assert all(f"render_p95_ms_{code}" in figures for code in ("en", "ar", "fa", "zh", "hi"))
    assert all(isinstance(value, int | float) for value in figures.values())


@pytest.mark.timeout(900)
def test_gui_benchmark_quick_run_prints_one_json_object() -> None:
    result = subprocess.run(
        [sys.executable, "tests/benchmarks/run.py", "gui", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    for name in ("cold_start_ms", "caseload_visible_ms", "search_results_ms_p95", "max_stall_ms"):
        assert figures[name] > 0, name
