"""Benchmarks: ``python tests/benchmarks/run.py [AREA ...] [--quick]``.

Prints ONE JSON object of named figures (units in the names) for the chosen areas (all when
none is named).  ``--quick`` shrinks every size so the benchmark code itself can be smoke-
tested; its numbers are not the reported figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks import bench_bundle, bench_gui, bench_sheets, bench_store, bench_sync  # noqa: E402

AREAS: dict[str, Callable[[bool], dict[str, float]]] = {
    "store": bench_store.run,
    "sheets": bench_sheets.run,
    "gui": bench_gui.run,
    "sync": bench_sync.run,
    "bundle": bench_bundle.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("areas", nargs="*", help=f"areas to run: {', '.join(AREAS)}")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args(argv)
    unknown = [area for area in args.areas if area not in AREAS]
    if unknown:
        parser.error(f"unknown area(s) {', '.join(unknown)}; choose from {', '.join(AREAS)}")
    figures: dict[str, float] = {}
    for area in args.areas or list(AREAS):
        print(f"running {area} ...", file=sys.stderr, flush=True)
        figures.update(AREAS[area](args.quick))
    print(json.dumps(figures, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
