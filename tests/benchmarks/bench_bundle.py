"""The ``bundle`` area: the PyInstaller desktop bundle's size and its cold start.

Builds ``dist/tokyo-desk/`` with ``packaging/build_bundle.py`` (``--quick`` reuses it when it
is there), then:

- ``bundle_mib``: the folder unpacked (regular files; the issue's target is <= 150 MiB);
- ``bundle_compressed_mib``: the folder as the ``.tar.xz`` that goes over the network (xz
  preset 9 as ``build_bundle.py --tarball`` packs it; ``--quick``: preset 0, faster, larger);
- ``bundle_cold_start_ms``: the bundled executable started with ``--exit-when-ready`` under
  the offscreen platform, from just before the process starts to its "ready" line, printed
  once the unlock window is painted with its profile list filled; median of 5 after one
  untimed start (``bundle_first_start_ms``) that leaves the files in the page cache, as on a
  laptop that has started the app before;
- ``source_cold_start_ms`` and ``bundle_cold_start_ratio``: the same from the source checkout
  (``python -m tokyo_desk``) in the same run, because these machines are shared and noisy;
- ``bundle_build_s``: the build, when this run made it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_bundle  # noqa: E402

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.store.keyfile import MIN_MEMORY_KIB, KdfParams  # noqa: E402
from tokyo_desk.store.profile import Profile  # noqa: E402

MIB = 2**20
STARTS = 5


def _say(text: str) -> None:
    print(f"    {text}", file=sys.stderr, flush=True)


def compressed_mib(bundle: Path, quick: bool) -> float:
    """Size of the folder packed as .tar.xz (the release's preset 9; quick: preset 0)."""
    with tempfile.TemporaryDirectory() as scratch:
        if not quick:
            packed = build_bundle.make_tarball(bundle, Path(scratch), build_bundle.version())
            return packed.stat().st_size / MIB
        packed = Path(scratch) / "bundle.tar.xz"
        with tarfile.open(packed, "w:xz", preset=0) as archive:
            archive.add(bundle, bundle.name)
        return packed.stat().st_size / MIB


def _start_once(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting ``command`` to its "ready" line."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    ready = time.perf_counter()
    _, errors = child.communicate(timeout=120)
    if line.strip() != "ready" or child.returncode != 0:
        raise RuntimeError(f"start-up run failed ({child.returncode}): {errors[-3000:]}")
    return (ready - started) * 1000


def cold_starts(bundle: Path, quick: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        profile, store = Profile.create(
            root / "profiles",
            load_default(),
            officer_name="Benchmark officer",
            office="Benchmark office",
            passphrase="benchmark ferry lantern 9",
            kdf=KdfParams.new(MIN_MEMORY_KIB, 1, 1),
        )
        profile.lock(store)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(root / "home"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "TOKYO_DESK_HOME": str(root / "data"),
        }
        flags = ["--profile-dir", str(root / "profiles"), "--exit-when-ready"]
        bundled = [str(bundle / "tokyo-desk"), *flags]
        source = [sys.executable, "-m", "tokyo_desk", *flags]
        first = _start_once(bundled, env)
        _start_once(source, {**env, "PYTHONPATH": str(ROOT)})  # byte code cached
        runs = 1 if quick else STARTS
        bundle_ms, source_ms = [], []
        for _ in range(runs):  # interleaved: both see the same machine load
            bundle_ms.append(_start_once(bundled, env))
            source_ms.append(_start_once(source, {**env, "PYTHONPATH": str(ROOT)}))
    _say(f"bundled start (ms): first {first:.0f}; {', '.join(f'{ms:.0f}' for ms in bundle_ms)}")
    _say(f"source start (ms): {', '.join(f'{ms:.0f}' for ms in source_ms)}")
    bundle_median, source_median = statistics.median(bundle_ms), statistics.median(source_ms)
    return {
        "bundle_first_start_ms": round(first, 1),
        "bundle_cold_start_ms": round(bundle_median, 1),
        "source_cold_start_ms": round(source_median, 1),
        "bundle_cold_start_ratio": round(bundle_median / source_median, 3),
    }


def measure(bundle: Path, quick: bool) -> dict[str, float]:
    """Every figure of an already built bundle folder."""
    figures = {"bundle_mib": round(build_bundle.tree_size(bundle) / MIB, 1)}
    _say(f"bundle: {figures['bundle_mib']} MiB unpacked; packing it")
    figures["bundle_compressed_mib"] = round(compressed_mib(bundle, quick), 1)
    _say(f"compressed: {figures['bundle_compressed_mib']} MiB")
    figures |= cold_starts(bundle, quick)
    return figures


def run(quick: bool) -> dict[str, float]:
    bundle = ROOT / "dist" / build_bundle.NAME
    figures: dict[str, float] = {}
    if not (quick and (bundle / build_bundle.NAME).exists()):
        started = time.monotonic()
        build_bundle.build(ROOT / "dist", ROOT / "build", tarball=False, installer=False)
        figures["bundle_build_s"] = round(time.monotonic() - started, 1)
    return figures | measure(bundle, quick)
