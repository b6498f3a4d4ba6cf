"""Sync benchmarks (design/sync.md "Goals"), all measured in one run on one link model.

- Wire size: request bodies of 20 typical events, of 20 one-field edits, and of a no-change
  sync, from the synthetic case generator (headers excluded).
- The bad link: 20 events up and 10 down through the lossy proxy (50 kbit/s, 600 ms round
  trip, 5 % loss) over TLS, a new connection each time, our one-exchange sync side by side
  with a naive client in the same harness (one request per event, then the whole caseload).
- Drops: a backlog sent through a proxy that cuts the connection at random points; the most
  bytes any drop threw away, and duplicates at head office afterwards (must be 0).
- Head office on PostgreSQL (when it answers): 200 devices at once, ingest events/s and the
  p95 of a no-change sync.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import http.client
import json
import os
import random
import secrets
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request, Response
from sqlalchemy import select, text

from tests.support.lossy_proxy import LinkModel, LossyProxy
from tests.support.sync_harness import new_profile
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.domain.events import Event, parse_payload
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.domain.synthetic import SyntheticCases, plan_events
from tokyo_desk.server import db, tls
from tokyo_desk.server.app import create_app
from tokyo_desk.server.database import open_database
from tokyo_desk.server.service import SyncService
from tokyo_desk.store.case_store import CaseStore
from tokyo_desk.sync import protocol as p
from tokyo_desk.sync.client import Offline, Reply, SyncEngine
from tokyo_desk.sync.transport import HttpTransport

BAD_LINK = LinkModel(rate_bps=50_000, rtt_s=0.6, loss=0.05)
POSTGRES = os.environ.get("TOKYO_DESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# --- wire size -------------------------------------------------------------------------------


def _synthetic_events(catalogue: Catalogue, device: str, author: str, cases: int) -> list[Event]:
    generator = SyntheticCases(catalogue, 7, dt.date(2026, 11, 20))
    events: list[Event] = []
    for index in range(cases):
        events += plan_events(
            generator.plan(),
            case_id=uuid7(),
            case_number=f"B-{index}",
            device_id=device,
            author=author,
            first_seq=len(events) + 1,
            first_hlc=1_795_000_000_000 + len(events) * 1000,
        )
    return events


def wire_sizes(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    device, author = uuid7(), uuid7()
    events = _synthetic_events(catalogue, device, author, 10 if quick else 40)

    def body(batch: list[Event]) -> int:
        request = p.SyncRequest(
            device_id=device,
            generation=str(uuid.uuid4()),
            acked=len(events),
            events=[p.event_to_wire(e) for e in batch],
            cursor=123_456,
            down_budget=p.MIN_BUDGET,
            wall_ms=1_795_000_000_000,
        )
        return len(p.encode(request))

    empty = body([])
    rng = random.Random(3)
    typical = [
        e
        for e in events
        if e.kind in ("contact.recorded", "note.added", "appointment.scheduled", "review.recorded")
    ]
    per_event = []
    for _ in range(20):
        batch = sorted(rng.sample(typical, 20), key=lambda e: e.seq)
        per_event.append((body(batch) - empty) / 20)
    edits = [
        Event(
            uuid7(),
            rng.choice(events).case_id,
            "person.field_set",
            1,
            author,
            device,
            10_000 + i,
            1_795_000_000_000 + i,
            parse_payload(
                "person.field_set",
                {
                    "field": "phone",
                    "base_version": 2,
                    "value": f"+999 70 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                },
            ),
        )
        for i in range(20)
    ]
    return {
        "nochange_request_bytes": float(empty),
        "bytes_per_event": round(statistics.median(per_event), 1),
        "bytes_per_field_edit": round((body(edits) - empty) / 20, 1),
    }


# --- head office on a real socket ----------------------------------------------------------


class _Server:
    """Uvicorn serving ``app`` on 127.0.0.1 in a thread (TLS when given a certificate)."""

    def __init__(self, app: FastAPI, cert: Path | None = None, key: Path | None = None) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
            ssl_certfile=str(cert) if cert else None,
            ssl_keyfile=str(key) if key else None,
            timeout_keep_alive=30,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)
        return self

    @property
    def port(self) -> int:
        return int(self.server.servers[0].sockets[0].getsockname()[1])

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _naive_routes(app: FastAPI, service: SyncService) -> None:
    """The baseline's head office: one request per event, and the whole caseload as gzip."""

    @app.post("/naive/event")
    async def naive_event(request: Request) -> Response:
        token = request.headers["authorization"].split()[1]
        item = json.loads(await request.body())
        with service.engine.connect() as connection:
            device = connection.execute(
                select(db.devices.c.device_id, db.devices.c.up_hwm).where(
                    db.devices.c.token_hash == _hash(token)
                )
            ).one()
        sync = p.SyncRequest(
            device_id=device.device_id,
            acked=device.up_hwm,
            events=[item],
            cursor=0,
            down_budget=p.MIN_BUDGET,
            wall_ms=int(time.time() * 1000),
        )
        service.sync(token, sync)
        return Response(b'{"ok":true}', media_type="application/json")

    @app.get("/naive/caseload")
    async def naive_caseload(request: Request) -> Response:
        token = request.headers["authorization"].split()[1]
        with service.engine.connect() as connection:
            officer = connection.execute(
                select(db.devices.c.officer_id).where(db.devices.c.token_hash == _hash(token))
            ).scalar_one()
            rows = connection.execute(
                select(db.events)
                .join(db.assignments, db.assignments.c.case_id == db.events.c.case_id)
                .where(db.assignments.c.officer_id == officer)
                .order_by(db.events.c.server_seq)
            ).all()
        data = [dict(row._mapping) | {"payload": json.loads(row.payload)} for row in rows]
        return Response(
            gzip.compress(json.dumps(data).encode()),
            media_type="application/json",
            headers={"Content-Encoding": "gzip"},
        )


def _hash(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()


class _NaiveClient:
    def __init__(self, port: int, token: str, cert_pin: str) -> None:
        self.port, self.token, self.pin = port, token, cert_pin

    def sync(self, events: list[Event]) -> None:
        import ssl

        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.port, timeout=120, context=context
        )
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        for event in events:
            connection.request(
                "POST", "/naive/event", body=json.dumps(p.event_to_wire(event)), headers=headers
            )
            connection.getresponse().read()
        connection.request("GET", "/naive/caseload", headers=headers)
        connection.getresponse().read()
        connection.close()


@contextlib.contextmanager
def _field_office(root: Path, catalogue: Catalogue, url: str) -> Iterator[dict[str, Any]]:
    """Head office with officer A, a laptop (measured) and a tablet (the other side)."""
    engine = open_database(url)
    service = SyncService(engine, catalogue)
    officer = service.add_officer("A", "North")
    app = create_app(service)
    _naive_routes(app, service)
    cert, key = root / "cert.pem", root / "key.pem"
    tls.ensure_self_signed(cert, key, ["127.0.0.1", "localhost"])
    with _Server(app, cert, key) as server:
        pin = tls.fingerprint(cert)
        base = f"https://127.0.0.1:{server.port}"
        stores: dict[str, CaseStore] = {}
        engines: dict[str, SyncEngine] = {}
        for name in ("laptop", "tablet"):
            _, store = new_profile(root, name, catalogue)
            sync_engine = SyncEngine(store, HttpTransport(base, pin))
            sync_engine.enroll(service.enrollment_code(officer), server=base, pin=pin)
            stores[name], engines[name] = store, sync_engine
        try:
            yield {
                "service": service,
                "server": server,
                "pin": pin,
                "base": base,
                "stores": stores,
                "engines": engines,
                "officer": officer,
            }
        finally:
            for store in stores.values():
                store.close()
            engine.dispose()


def _record_typical(store: CaseStore, count: int, rng: random.Random) -> None:
    cases = [row[0] for row in store.connection.execute("SELECT case_id FROM cases")]
    for _ in range(count):
        store.record(
            rng.choice(cases),
            [
                (
                    "note.added",
                    {
                        "written_at": "2026-11-19T09:00:00Z",
                        "text": rng.choice(
                            [
                                "Seen at home; talked about the course.",
                                "Phoned; no answer.",
                                "Reported on time; looking for work at the market.",
                                "Visited; mother present; all well.",
                            ]
                        )
                        + f" {rng.randint(1, 999)}",
                    },
                )
            ],
        )


def bad_link(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    trials = 3 if quick else 15
    rng = random.Random(5)
    with (
        tempfile.TemporaryDirectory() as temp,
        _field_office(Path(temp), catalogue, f"sqlite:///{temp}/ho.db") as office,
    ):
        laptop, tablet = office["stores"]["laptop"], office["stores"]["tablet"]
        generator = SyntheticCases(catalogue, 11, dt.date(2026, 11, 20))
        for _ in range(10 if quick else 30):  # the officer's caseload, made on the tablet
            plan = generator.plan()
            tablet.open_case(
                plan.person,
                office="North",
                opened_on=plan.opened_on,
                jurisdiction=plan.jurisdiction,
            )
        _record_typical(tablet, 20, rng)
        office["engines"]["tablet"].sync()
        office["engines"]["laptop"].sync()
        ours: list[float] = []
        exchanges: list[int] = []
        naive: list[float] = []
        service: SyncService = office["service"]
        token = _token(laptop)
        for trial in range(trials):
            with LossyProxy(
                office["server"].port, LinkModel(**{**BAD_LINK.__dict__, "seed": trial})
            ) as proxy:
                # Ours: 20 up, 10 down, one new TLS connection.
                _record_typical(laptop, 20, rng)
                _record_typical(tablet, 10, rng)
                office["engines"]["tablet"].sync()
                engine = SyncEngine(
                    laptop,
                    HttpTransport(f"https://127.0.0.1:{proxy.port}", office["pin"], timeout_s=120),
                )
                started = time.perf_counter()
                report = engine.sync()
                ours.append(time.perf_counter() - started)
                exchanges.append(report.exchanges)
                assert report.sent == 20, report
                assert report.received == 10, report
                # The baseline, same link, same amount of work.
                pending = _unsent_copies(laptop, 20, rng)
                _record_typical(tablet, 10, rng)
                office["engines"]["tablet"].sync()
                started = time.perf_counter()
                _NaiveClient(proxy.port, token, office["pin"]).sync(pending)
                naive.append(time.perf_counter() - started)
                office["engines"]["laptop"].sync()  # the laptop learns what the baseline sent
        del service
    return {
        "exchanges_per_sync": float(max(exchanges)),
        "badlink_median_s": round(statistics.median(ours), 2),
        "badlink_p95_s": round(_percentile(ours, 0.95), 2),
        "baseline_badlink_median_s": round(statistics.median(naive), 2),
    }


def _token(store: CaseStore) -> str:
    from tokyo_desk.store import sync_state

    return sync_state.values(store.connection)["token"]


def _unsent_copies(store: CaseStore, count: int, rng: random.Random) -> list[Event]:
    """``count`` new events made exactly as the laptop makes them, for the baseline to send
    (recorded on the laptop, so the baseline's head office accepts them in sequence)."""
    from tokyo_desk.store import sync_state

    values = sync_state.values(store.connection)
    _record_typical(store, count, rng)
    return sync_state.unsent(store.connection, store.device_id, int(values["acked"]), count)


# --- drops -----------------------------------------------------------------------------------


class _Counting:
    """Wraps a transport; remembers the size of every request that failed."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.lost: list[int] = []

    def post(self, path: str, body: bytes, token: str | None) -> Reply:
        try:
            return self.inner.post(path, body, token)
        except Offline:
            self.lost.append(len(body))
            raise


WORDS = [
    "visited",
    "home",
    "mother",
    "work",
    "course",
    "market",
    "phoned",
    "reported",
    "office",
    "late",
    "sick",
    "bus",
    "fare",
    "school",
    "employer",
    "hours",
    "payment",
    "instalment",
    "counselling",
    "session",
    "curfew",
    "checked",
    "neighbour",
    "church",
    "clinic",
    "appointment",
    "rescheduled",
    "travel",
    "permission",
    "farm",
    "harvest",
    "cattle",
    "water",
    "borehole",
]


def _record_varied(store: CaseStore, count: int, rng: random.Random) -> None:
    """Notes of 8-25 words drawn at random: compress like real notes, not like copies."""
    cases = [row[0] for row in store.connection.execute("SELECT case_id FROM cases")]
    for _ in range(count):
        text_ = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25))).capitalize() + "."
        store.record(
            rng.choice(cases),
            [("note.added", {"written_at": "2026-11-19T09:00:00Z", "text": text_})],
        )


def drops(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    """A backlog sent through links that drop after 4-64 KB; what each drop threw away."""
    rng = random.Random(9)
    with (
        tempfile.TemporaryDirectory() as temp,
        _field_office(Path(temp), catalogue, f"sqlite:///{temp}/ho.db") as office,
    ):
        laptop = office["stores"]["laptop"]
        for _ in range(5):
            laptop.open_case(
                {"given_names": "Bench", "languages_spoken": ["en"], "preferred_language": "en"},
                office="North",
                opened_on=dt.date(2026, 10, 1),
            )
        _record_varied(laptop, 500 if quick else 3000, rng)
        lost: list[int] = []
        engine = office["engines"]["laptop"]
        for attempt in range(2000):
            cut = rng.randint(4_000, 16_000 if quick else 64_000)
            model = LinkModel(
                rate_bps=2_000_000, rtt_s=0.05, loss=0.0, seed=attempt, cut_after_bytes=cut
            )
            with LossyProxy(office["server"].port, model) as proxy:
                counting = _Counting(
                    HttpTransport(f"https://127.0.0.1:{proxy.port}", office["pin"], timeout_s=60)
                )
                engine.transport = counting
                complete = False
                with contextlib.suppress(Offline):
                    complete = engine.sync().complete
                lost += counting.lost
                if complete:
                    break
        service: SyncService = office["service"]
        with service.engine.connect() as connection:
            total = connection.execute(
                text("SELECT count(*), count(DISTINCT event_id) FROM events")
            ).one()
        unsent = engine.status().unsent
    return {
        "lost_bytes_per_drop_max": float(max(lost) if lost else 0),
        "lost_bytes_per_drop_median": float(statistics.median(lost) if lost else 0),
        "drops": float(len(lost)),
        "duplicates": float(total[0] - total[1]),
        "unsent_after_drops": float(unsent),
    }


# --- head office under load (PostgreSQL) -----------------------------------------------------


def _postgres_url() -> str | None:
    try:
        import psycopg

        with psycopg.connect(
            POSTGRES.replace("postgresql://", "postgresql://", 1), connect_timeout=3
        ) as connection:
            connection.execute("SELECT 1")
    except Exception:
        return None
    return POSTGRES


@contextlib.contextmanager
def _scratch_database(url: str) -> Iterator[str]:
    import psycopg

    name = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")


def load(catalogue: Catalogue, quick: bool) -> dict[str, float]:
    url = _postgres_url()
    if url is None:
        print("PostgreSQL not reachable: server load figures skipped", flush=True)
        return {}
    devices = 20 if quick else 200
    batches = 3 if quick else 10
    with _scratch_database(url) as scratch:
        engine = open_database(scratch)
        service = SyncService(engine, catalogue)
        clients = []
        for index in range(devices):  # one officer per laptop, as in the field
            officer = service.add_officer(f"Officer {index}", "North")
            device, author = uuid7(), uuid7()
            answer = service.enroll(
                p.EnrollRequest(
                    code=service.enrollment_code(officer), device_id=device, local_officer_id=author
                )
            )
            clients.append((device, author, answer.token))
        engine.dispose()
        # Head office in its own process, as deployed: the 200 client threads of this
        # process must not share its interpreter lock.
        with _server_process(scratch) as port:
            ingest_s, nochange, nochange_rate = _drive(port, clients, batches, catalogue)
    return {
        "server_ingest_events_per_s": round(devices * batches * 20 / ingest_s),
        # Every device syncs back to back: p95 is the queue of 200 requests divided by what
        # one server process answers per second (reported beside it).
        "nochange_p95_ms": round(_percentile(nochange, 0.95) * 1000, 1),
        "nochange_p50_ms": round(statistics.median(nochange) * 1000, 1),
        "nochange_answered_per_s": round(nochange_rate),
        "load_devices": float(devices),
    }


@contextlib.contextmanager
def _server_process(url: str) -> Iterator[int]:
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tokyo_desk.server.cli",
            "--db",
            url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/v1/health")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _drive(
    port: int, clients: list[tuple[str, str, str]], batches: int, catalogue: Catalogue
) -> tuple[float, list[float], float]:
    barrier = threading.Barrier(len(clients) + 1)
    nochange: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def device_run(device: str, author: str, token: str) -> None:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            headers = {"Authorization": f"Bearer {token}", "Content-Type": p.MEDIA_TYPE}
            case_id, seq, cursor = uuid7(), 0, 0

            def send(events: list[list[Any]]) -> p.SyncResponse:
                nonlocal cursor
                body = p.encode(
                    p.SyncRequest(
                        device_id=device,
                        acked=seq - len(events),
                        events=events,
                        cursor=cursor,  # type: ignore[arg-type]
                        down_budget=p.MIN_BUDGET,
                        wall_ms=int(time.time() * 1000),
                    )
                )
                connection.request("POST", p.SYNC_PATH, body=body, headers=headers)
                reply = connection.getresponse()
                data = reply.read()
                assert reply.status == 200, data
                answer = p.decode(data, p.SyncResponse)
                cursor = answer.cursor
                return answer

            barrier.wait()
            for batch in range(batches):
                events = []
                for i in range(20):
                    seq += 1
                    kind, payload = (
                        "note.added",
                        {"written_at": "2026-11-19T09:00:00Z", "text": f"Load note {batch}-{i}"},
                    )
                    if seq == 1:
                        kind, payload = (
                            "case.opened",
                            {
                                "case_number": f"L-{device[-6:]}",
                                "office": "North",
                                "opened_on": "2026-10-01",
                                "jurisdiction": "default",
                                "person": {
                                    "given_names": "Load",
                                    "languages_spoken": ["en"],
                                    "preferred_language": "en",
                                },
                            },
                        )
                    events.append(
                        [
                            uuid7(),
                            case_id,
                            kind,
                            1,
                            author,
                            device,
                            seq,
                            1_795_000_000_000 + seq,
                            payload,
                        ]
                    )
                send(events)
            barrier.wait()
            while send([]).more:  # catch up with the feed (its own events, skipped)
                pass
            for _ in range(10):
                started = time.perf_counter()
                answer = send([])
                elapsed = time.perf_counter() - started
                if not answer.events:
                    with lock:
                        nochange.append(elapsed)
            connection.close()
        except BaseException as error:
            errors.append(error)
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.abort()

    threads = [threading.Thread(target=device_run, args=client) for client in clients]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    barrier.wait()
    ingest_s = time.perf_counter() - started
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return ingest_s, nochange, len(nochange) / (time.perf_counter() - started)


def run(quick: bool) -> dict[str, float]:
    catalogue = load_default()
    figures: dict[str, float] = {}
    figures.update(wire_sizes(catalogue, quick))
    figures.update(bad_link(catalogue, quick))
    figures.update(drops(catalogue, quick))
    figures.update(load(catalogue, quick))
    return figures
