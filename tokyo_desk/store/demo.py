"""The demo profile: a real encrypted profile filled with seeded synthetic cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.domain.synthetic import SyntheticCases
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.store.keyfile import KdfParams
from tokyo_desk.store.profile import Profile, Profiles

# Shown on the unlock screen of the demo profile: it holds no real data.
DEMO_PASSPHRASE = "demo orchard lantern 2026"  # noqa: S105 - published on purpose
DEMO_OFFICER = "Demo Officer"
DEMO_OFFICE = "North district office"
DEMO_CASES = 300
DEMO_SEED = 45110


def find_demo(profiles: Profiles) -> Profile | None:
    """The existing demo profile in this profiles directory, if any."""
    for info in profiles.list():
        if info.demo:
            return profiles.get(info.profile_id)
    return None


def fill(
    store: CaseStore,
    catalogue: Catalogue,
    cases: int,
    *,
    seed: int = DEMO_SEED,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Add ``cases`` synthetic cases through the normal validated write path."""
    generator = SyntheticCases(catalogue, seed, today or dt.date.today())
    for done in range(cases):
        plan = generator.plan(office=DEMO_OFFICE)
        case_id, _ = store.open_case(
            plan.person, office=plan.office, opened_on=plan.opened_on,
            jurisdiction=plan.jurisdiction,
        )  # fmt: skip
        store.record(case_id, plan.changes)
        if progress is not None:
            progress(done + 1, cases)


def create_demo(
    root: Path,
    catalogue: Catalogue,
    *,
    cases: int = DEMO_CASES,
    kdf: KdfParams | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Profile, CaseStore]:
    """Create the demo profile and fill it."""
    profile, store = Profile.create(
        root,
        catalogue,
        officer_name=DEMO_OFFICER,
        office=DEMO_OFFICE,
        passphrase=DEMO_PASSPHRASE,
        kdf=kdf,
        demo=True,
    )
    fill(store, catalogue, cases, progress=progress)
    return profile, store
