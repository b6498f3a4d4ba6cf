"""HTTPS to head office with a pinned certificate (standard library only).

Head office often runs with a certificate of its own (no public authority in a ministry's
basement), so the device does not ask a certificate authority: at enrollment it is given the
certificate's SHA-256 fingerprint out of band (printed beside the enrollment code) and from
then on refuses any other certificate.  One connection is kept open for the exchanges of a
sync, since round trips, not bandwidth, dominate on a bad link.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ssl
import time
from urllib.parse import urlsplit

from tokyo_desk.sync import protocol as p
from tokyo_desk.sync.client import Offline, Reply, SyncError

OFFLINE_MESSAGE = "The connection to head office failed; try again later."
# What a kept-alive connection that head office has meanwhile closed fails with.
STALE_AFTER_IDLE_S = 1.0
STALE_CONNECTION = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class CertificateMismatch(SyncError):
    """The server's certificate is not the one pinned at enrollment."""

    code = "certificate_mismatch"


def normalise_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as typed (colons, spaces, any case) in lower-case hex."""
    cleaned = "".join(ch for ch in text.lower() if ch in "0123456789abcdef")
    if len(cleaned) != 64:
        raise SyncError("A certificate fingerprint has 64 hexadecimal digits.")
    return cleaned


class HttpTransport:
    """Posts protocol bodies to ``base_url`` (https://host:port, or http:// on loopback)."""

    def __init__(self, base_url: str, pin_sha256: str = "", *, timeout_s: float = 30.0) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise SyncError("The head-office address must look like https://host:port.")
        if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SyncError("Head office must be reached over https (http only on this computer).")
        if parts.scheme == "https" and not pin_sha256:
            raise SyncError("The head-office certificate fingerprint is needed for https.")
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.pin = normalise_fingerprint(pin_sha256) if pin_sha256 else ""
        self.timeout_s = timeout_s
        self._connection: http.client.HTTPConnection | None = None
        self._last_used = 0.0

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is not None:
            return self._connection
        if self.scheme == "http":
            connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout_s)
        else:
            context = ssl.create_default_context()
            # Trust comes from the pin checked below, not from a certificate authority.
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            connection = http.client.HTTPSConnection(
                self.host, self.port, timeout=self.timeout_s, context=context
            )
        connection.connect()
        if self.scheme == "https":
            assert isinstance(connection.sock, ssl.SSLSocket)
            certificate = connection.sock.getpeercert(binary_form=True) or b""
            seen = hashlib.sha256(certificate).hexdigest()
            if not hmac.compare_digest(seen, self.pin):
                connection.close()
                raise CertificateMismatch(
                    "The head-office certificate is not the one this device was enrolled "
                    "with; nothing was sent. Tell head office."
                )
        self._connection = connection
        return connection

    def post(self, path: str, body: bytes, token: str | None) -> Reply:
        headers = {"Content-Type": p.MEDIA_TYPE, "Accept": p.MEDIA_TYPE}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # Head office closes a kept-alive connection after a while without requests; only a
        # connection idle that long is retried (a drop in the middle of a sync is Offline).
        reused = (
            self._connection is not None and time.monotonic() - self._last_used > STALE_AFTER_IDLE_S
        )
        try:
            return self._send(path, body, headers)
        except (OSError, http.client.HTTPException) as error:  # timeouts are OSErrors
            self.close()
            if reused and isinstance(error, STALE_CONNECTION):
                # Head office closed the idle kept-alive connection; the request is safe to
                # send again on a new one (the protocol is idempotent).
                try:
                    return self._send(path, body, headers)
                except (OSError, http.client.HTTPException) as again:
                    self.close()
                    raise Offline(OFFLINE_MESSAGE) from again
            raise Offline(OFFLINE_MESSAGE) from error

    def _send(self, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        connection = self._connect()
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read(p.MAX_BODY_BYTES + 1)
        if len(data) > p.MAX_BODY_BYTES:
            self.close()
            raise SyncError("Head office sent an answer larger than the protocol allows.")
        if response.will_close:
            self.close()
        self._last_used = time.monotonic()
        return Reply(response.status, data)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
