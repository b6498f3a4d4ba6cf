"""A user-space TCP proxy on 127.0.0.1 that behaves like a bad rural link.

Model, per direction: bytes leave at ``rate_bps`` (a 2G or satellite uplink), each arrives
``rtt_s / 2`` later, and each 1,460-byte segment is lost with probability ``loss``; TCP
recovers a lost segment after a retransmission timeout (Linux: at least 200 ms, plus a round
trip), and everything behind it waits (head-of-line blocking).  The proxy cannot drop real
packets on a loopback TCP stream, so it delays the segment by that recovery time instead,
which is what the application sees.  ``cut_after_bytes`` drops the connection abruptly once
that many bytes have passed in either direction (the window of connectivity closing).
A new connection costs one round trip before its first byte (the TCP handshake).

Runs its own asyncio loop on a thread, so synchronous clients and servers can use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from dataclasses import dataclass

SEGMENT = 1460
MIN_RTO_S = 0.2


@dataclass
class LinkModel:
    rate_bps: float = 50_000
    rtt_s: float = 0.6
    loss: float = 0.05
    seed: int = 1
    cut_after_bytes: int | None = None  # per connection, both directions together


class LossyProxy:
    def __init__(self, upstream_port: int, model: LinkModel) -> None:
        self.upstream_port = upstream_port
        self.model = model
        self.port = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self._rng = random.Random(model.seed)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lossy-proxy", daemon=True)
        self._server: asyncio.AbstractServer | None = None

    def __enter__(self) -> LossyProxy:
        self._thread.start()
        self._ready.wait(timeout=10)
        return self

    def __exit__(self, *_: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()  # no new connections
            # Cancelled tasks may start others on their way out: repeat until none is left.
            # Closing a transport also finishes on a later turn of the loop.
            for _ in range(20):
                tasks = [
                    t
                    for t in asyncio.all_tasks()
                    if t is not asyncio.current_task() and not t.done()
                ]
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                await asyncio.sleep(0.01)
                if not tasks:
                    break
            self._loop.stop()

        self._loop.call_soon_threadsafe(lambda: self._loop.create_task(stop()))
        self._thread.join(timeout=10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._accept, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._server.close()
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(self._server.wait_closed())
        self._loop.close()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        # The client's first bytes cannot leave before the TCP handshake's round trip.
        opened = time.monotonic() + self.model.rtt_s
        writers = [client_w]
        cut = asyncio.Event()
        tasks: list[asyncio.Task[None]] = []
        try:
            try:
                server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            except OSError:
                return
            writers.append(server_w)
            passed = [0]
            tasks = [
                asyncio.create_task(
                    self._pump(client_r, server_w, passed, cut, up=True, start=opened)
                ),
                asyncio.create_task(
                    self._pump(server_r, client_w, passed, cut, up=False, start=0.0)
                ),
            ]
            watch = asyncio.create_task(cut.wait())
            await asyncio.wait([*tasks, watch], return_when=asyncio.FIRST_COMPLETED)
            if not cut.is_set():
                await asyncio.gather(*tasks, return_exceptions=True)
            watch.cancel()
        finally:
            # Whatever ended the connection (its end, a cut, the proxy stopping): close both
            # sides, abruptly after a cut.
            for task in tasks:
                task.cancel()
            for writer in writers:
                if cut.is_set():
                    writer.transport.abort()
                writer.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        passed: list[int],
        cut: asyncio.Event,
        *,
        up: bool,
        start: float,
    ) -> None:
        model = self.model
        link_free = max(time.monotonic(), start)
        last_arrival = 0.0
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                arrival, chunk = await queue.get()
                if not chunk:
                    with contextlib.suppress(OSError):
                        writer.write_eof()
                    return
                delay = arrival - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                writer.write(chunk)
                with contextlib.suppress(ConnectionError):
                    await writer.drain()

        sender = asyncio.create_task(deliver())
        try:
            while True:
                chunk = await reader.read(SEGMENT)
                if not chunk:
                    await queue.put((0.0, b""))
                    break
                now = time.monotonic()
                depart = max(now, link_free) + len(chunk) * 8 / model.rate_bps
                link_free = depart
                arrival = depart + model.rtt_s / 2
                if self._rng.random() < model.loss:
                    arrival += max(MIN_RTO_S, model.rtt_s) + model.rtt_s
                arrival = max(arrival, last_arrival)
                last_arrival = arrival
                passed[0] += len(chunk)
                if up:
                    self.bytes_up += len(chunk)
                else:
                    self.bytes_down += len(chunk)
                if model.cut_after_bytes is not None and passed[0] >= model.cut_after_bytes:
                    sender.cancel()
                    cut.set()
                    return
                await queue.put((arrival, chunk))
            await sender
        except (ConnectionError, asyncio.CancelledError):
            sender.cancel()
            raise
