"""The demo server's self-signed certificate, and certificate fingerprints for pinning.

Devices trust head office by the SHA-256 fingerprint of its certificate (given to the
officer beside the enrollment code), not by a certificate authority, so a self-signed
certificate is as good as any for the demo.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

VALID_DAYS = 365
# Renew a demo certificate this close to its end, so a demo never starts with one that
# expires during the session.
RENEW_BEFORE = dt.timedelta(days=7)


def fingerprint(cert_path: Path) -> str:
    """The SHA-256 of the certificate's DER form, as upper-case hex pairs with colons."""
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    digest = hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return ":".join(digest[index : index + 2] for index in range(0, 64, 2)).upper()


def ensure_self_signed(cert_path: Path, key_path: Path, hosts: Iterable[str]) -> bool:
    """A self-signed certificate for ``hosts`` at ``cert_path`` (new only when needed).

    Returns True when a new one was written: none yet, about to expire, or not covering
    every host.  Keeping the old one keeps enrolled demo devices' pins valid.
    """
    names = sorted(set(hosts))
    if cert_path.exists() and key_path.exists() and _still_good(cert_path, names):
        return False
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tokyo Desk demo head office")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName([_general_name(n) for n in names]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    # The key is readable by its owner only, from the moment it exists.
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key_bytes)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return True


def _general_name(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def _still_good(cert_path: Path, names: list[str]) -> bool:
    try:
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        covered = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (ValueError, x509.ExtensionNotFound):
        return False
    wanted = {_general_name(name) for name in names}
    fresh = certificate.not_valid_after_utc - RENEW_BEFORE > dt.datetime.now(dt.UTC)
    return fresh and wanted <= set(covered.value)
