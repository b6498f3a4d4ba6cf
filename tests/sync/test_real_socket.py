"""Sync over real sockets through the lossy proxy (design/sync.md "Tests that must exist"):
HTTPS to uvicorn on 127.0.0.1, a link that loses segments and drops the connection after a
few kilobytes, two devices of one officer.  Every event ends up at head office exactly once,
and both devices end up holding the same events."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from pathlib import Path

import pytest

from tests.support import builders as b
from tests.support.head_office import serve
from tests.support.lossy_proxy import LinkModel, LossyProxy
from tests.support.sync_harness import new_profile
from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import tls
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.sync.client import Offline, SyncEngine
from tokyo_desk.sync.transport import HttpTransport


def _events(store: CaseStore) -> set[str]:
    return {row[0] for row in store.connection.execute("SELECT event_id FROM events")}


@pytest.mark.slow
# The proxy's event loop runs on its own thread; when it stops, connections cut mid-transfer
# can leave a transport or socket that Python collects later and reports as "ignored"
# (about 1 run in 10). That is the test proxy's teardown, not the sync under test: the
# assertions below are what this test checks.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_lossy_link_that_keeps_dropping_loses_and_duplicates_nothing(
    tmp_path: Path, catalogue: Catalogue, now: dt.datetime
) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    tls.ensure_self_signed(cert, key, ["127.0.0.1"])
    rng = random.Random(12)
    with serve(tmp_path / "office", catalogue, tls_files=(cert, key)) as office:
        port = int(office.url.rsplit(":", 1)[1])
        stores: list[CaseStore] = []
        engines: list[SyncEngine] = []
        for name in ("laptop", "tablet"):
            _, store = new_profile(tmp_path, name, catalogue, now)
            direct = HttpTransport(office.url, office.fingerprint)
            engine = SyncEngine(store, direct)
            engine.enroll(office.service.enrollment_code(office.officer))
            direct.close()
            stores.append(store)
            engines.append(engine)
        for store in stores:
            case_id, _ = store.open_case(b.person(), office="N", opened_on=dt.date(2026, 10, 1))
            for index in range(150):
                text = (
                    " ".join(
                        rng.choice(["seen", "home", "work", "course", "phoned", "late"])
                        for _ in range(12)
                    )
                    + f" {index}"
                )
                store.record(case_id, [("note.added", b.note(text=text))])
        drops = 0
        for attempt in range(300):
            model = LinkModel(
                rate_bps=400_000,
                rtt_s=0.05,
                loss=0.05,
                seed=attempt,
                cut_after_bytes=rng.randint(2_000, 8_000),
            )
            with LossyProxy(port, model) as proxy:
                done = []
                for engine in engines:
                    engine.transport = transport = HttpTransport(
                        f"https://127.0.0.1:{proxy.port}", office.fingerprint, timeout_s=30
                    )
                    complete = False
                    try:
                        complete = engine.sync().complete
                    except Offline:
                        drops += 1
                    finally:
                        transport.close()
                    done.append(complete)
                if all(done) and _events(stores[0]) == _events(stores[1]):
                    break
        assert drops >= 3  # the link really dropped, more than once
        assert office.event_count() == 302
        assert _events(stores[0]) == _events(stores[1])
        assert len(_events(stores[0])) == 302
        for store in stores:
            with contextlib.suppress(Exception):
                store.close()
