"""Head office on a real socket of 127.0.0.1 (uvicorn on a thread), for tests that go
through the network: the command line, the lossy-link test."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.server import database, db, tls
from tokyo_desk.server.app import create_app
from tokyo_desk.server.service import SyncService


@dataclass
class Server:
    url: str
    service: SyncService
    engine: Engine
    officer: str
    fingerprint: str = ""

    def event_count(self) -> int:
        with self.engine.connect() as connection:
            return len(connection.execute(select(db.events.c.event_id)).all())

    def device_ids(self) -> list[str]:
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(select(db.devices.c.device_id))]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve(
    tmp_path: Path, catalogue: Catalogue, *, tls_files: tuple[Path, Path] | None = None
) -> Iterator[Server]:
    """Head office on a free port of 127.0.0.1, on a thread, until the block ends."""
    import uvicorn

    tmp_path.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_path / 'head-office.db'}"
    engine = database.open_database(url)
    service = SyncService(engine, catalogue)
    officer = service.add_officer("Asha Njoroge", "North district office")
    port = _free_port()
    config = uvicorn.Config(
        create_app(service),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ssl_certfile=str(tls_files[0]) if tls_files else None,
        ssl_keyfile=str(tls_files[1]) if tls_files else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="head-office", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise AssertionError("head office did not start")
        time.sleep(0.02)
    scheme = "https" if tls_files else "http"
    fingerprint = tls.fingerprint(tls_files[0]) if tls_files else ""
    try:
        yield Server(f"{scheme}://127.0.0.1:{port}", service, engine, officer, fingerprint)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()
