"""Shared test set-up: offscreen Qt, a private home for every test, cheap key derivation."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile

PASSPHRASE = "tidy lantern orchard 42"
# Argon2id at its smallest allowed cost: the real cost is measured by the benchmarks.
CHEAP_KDF = (8 * 1024, 1, 1)


def cheap_kdf() -> KdfParams:
    return KdfParams.new(*CHEAP_KDF)


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real per-user directories."""
    monkeypatch.setenv("TOKYO_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_default()


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def profile_and_store(
    tmp_path: Path, catalogue: Catalogue, now: dt.datetime
) -> Iterator[tuple[Profile, CaseStore]]:
    """A fresh encrypted profile, unlocked."""
    profile, store = Profile.create(
        tmp_path / "profiles",
        catalogue,
        officer_name="Test Officer",
        office="Test Office",
        passphrase=PASSPHRASE,
        kdf=cheap_kdf(),
        now=lambda: now,
    )
    yield profile, store
    with contextlib.suppress(Exception):  # the test may have closed it already
        store.close()


@pytest.fixture
def store(profile_and_store: tuple[Profile, CaseStore]) -> CaseStore:
    return profile_and_store[1]


@pytest.fixture
def profile(profile_and_store: tuple[Profile, CaseStore]) -> Profile:
    return profile_and_store[0]
