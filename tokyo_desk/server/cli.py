"""``tokyo-desk-server``: run head office, and administer it from the command line.

Every command takes ``--db URL`` (default: ``$TOKYO_DESK_SERVER_DB``, else an SQLite file in
the user data directory) and first brings that database to the newest schema.  Expected
failures (a bad URL, an unknown officer, an unreachable database) print one line on stderr
and exit with status 2; nothing here prints a traceback for them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import os
import re
import ssl
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, func, select
from sqlalchemy import exc as sa_exc

from tokyo_desk.domain.catalogue import load_default
from tokyo_desk.errors import UserError
from tokyo_desk.server import db, stats, tls
from tokyo_desk.server.database import display_url, open_database
from tokyo_desk.server.service import SyncService

PROG = "tokyo-desk-server"
DB_ENV = "TOKYO_DESK_SERVER_DB"
DEFAULT_PORT = 8443
DEMO_OFFICER = ("Demo Officer", "Demo office")
LOOPBACK_NAMES = ("localhost",)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class CommandError(UserError):
    """A command line that cannot be carried out as given."""

    code = "command"


def data_dir() -> Path:
    """The server's per-user data directory (platformdirs)."""
    return Path(platformdirs.user_data_dir(PROG, appauthor=False))


def database_url(given: str | None) -> str:
    """``--db``, else the environment, else an SQLite file in the data directory."""
    if given:
        return given
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return from_env
    path = data_dir() / "server.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status (0 done, 2 bad input, 1 failure)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its usage message or the help
        return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except UserError as error:
        print(f"{PROG}: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sa_exc.SQLAlchemyError as error:
        # The driver's message may quote what was being written: name only the kind.
        print(
            f"{PROG}: the database refused the operation ({type(error).__name__}).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


# --- the parser -----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    # SUPPRESS: a --db given before the command is not overwritten by the command's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"postgresql://USER@HOST/NAME or sqlite:///PATH (default: ${DB_ENV}, "
        "else server.db in the user data directory)",
    )
    parser = argparse.ArgumentParser(
        prog=PROG, description="Tokyo Desk head office.", parents=[common]
    )
    commands = parser.add_subparsers(metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", parents=[common], help="run the sync service")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT)
    serve.add_argument("--cert", type=Path, help="TLS certificate (PEM)")
    serve.add_argument("--key", type=Path, help="TLS private key (PEM)")
    serve.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow plain HTTP on a non-loopback address (only behind a TLS reverse proxy)",
    )
    serve.add_argument(
        "--demo",
        action="store_true",
        help="a demo database, officer and self-signed certificate; prints an enrollment code",
    )
    serve.add_argument("--demo-dir", type=Path, help="where the demo keeps its files")
    serve.set_defaults(command=_serve)

    officer = commands.add_parser("officer", help="officers")
    officer_commands = officer.add_subparsers(metavar="ACTION", required=True)
    add = officer_commands.add_parser("add", parents=[common], help="add an officer")
    add.add_argument("name", type=_text("name"))
    add.add_argument("--office", type=_text("office"), required=True)
    add.set_defaults(command=_officer_add)
    listing = officer_commands.add_parser("list", parents=[common], help="list officers")
    listing.set_defaults(command=_officer_list)

    code = commands.add_parser(
        "enroll-code", parents=[common], help="a one-time enrollment code for an officer"
    )
    code.add_argument("officer_id", metavar="OFFICER_ID")
    code.add_argument("--hours", type=_hours, default=72, help="validity (default 72)")
    code.set_defaults(command=_enroll_code)

    assign = commands.add_parser("assign", parents=[common], help="assign cases to an officer")
    assign.add_argument("officer_id", metavar="OFFICER_ID")
    assign.add_argument("case_ids", metavar="CASE_ID", nargs="+", type=_uuid("case id"))
    assign.set_defaults(command=_assign)

    devices = commands.add_parser("devices", parents=[common], help="list enrolled devices")
    devices.set_defaults(command=_devices)

    revoke = commands.add_parser(
        "revoke-device", parents=[common], help="revoke a device (it locks at its next sync)"
    )
    revoke.add_argument("device_id", metavar="DEVICE_ID", type=_uuid("device id"))
    revoke.set_defaults(command=_revoke)

    generation = commands.add_parser(
        "new-generation",
        parents=[common],
        help="after restoring a backup: devices re-send what the server lost",
    )
    generation.set_defaults(command=_new_generation)

    figures = commands.add_parser(
        "stats", parents=[common], help="de-identified statistics (rule 20.3)"
    )
    figures.add_argument(
        "--days",
        type=_days,
        default=7,
        help="an explanation counts as timely within this many days of the start (default 7)",
    )
    figures.add_argument("--json", action="store_true", help="print JSON")
    figures.set_defaults(command=_stats)
    return parser


def _port(text: str) -> int:
    return _bounded(text, "port", 1, 65535)


def _hours(text: str) -> int:
    return _bounded(text, "hours", 1, 720)


def _days(text: str) -> int:
    return _bounded(text, "days", 0, 3650)


def _bounded(text: str, what: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{what} must be a whole number") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} must be between {low} and {high}")
    return value


def _text(what: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        cleaned = text.strip()
        if not cleaned or len(cleaned) > 200 or not cleaned.isprintable():
            raise argparse.ArgumentTypeError(f"the {what} must be 1 to 200 printable characters")
        return cleaned

    return check


def _uuid(what: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        cleaned = text.strip().lower()
        if not _UUID.fullmatch(cleaned):
            raise argparse.ArgumentTypeError(f"not a {what}: {text[:40]!r}")
        return cleaned

    return check


# --- commands -------------------------------------------------------------------------------


def _open(args: argparse.Namespace) -> tuple[Engine, SyncService]:
    engine = open_database(database_url(getattr(args, "db", None)))
    return engine, SyncService(engine, load_default())


def _officer_add(args: argparse.Namespace) -> int:
    engine, service = _open(args)
    try:
        print(service.add_officer(args.name, args.office))
    finally:
        engine.dispose()
    return EXIT_OK


def _officer_list(args: argparse.Namespace) -> int:
    engine, _ = _open(args)
    active = (
        select(func.count())
        .where(db.devices.c.officer_id == db.officers.c.officer_id)
        .where(db.devices.c.revoked_ms.is_(None))
        .scalar_subquery()
    )
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(
                    db.officers.c.officer_id, db.officers.c.name, db.officers.c.office, active
                ).order_by(db.officers.c.name, db.officers.c.officer_id)
            ).all()
    finally:
        engine.dispose()
    print(_table(("officer", "name", "office", "devices"), [tuple(map(str, r)) for r in rows]))
    return EXIT_OK


def _enroll_code(args: argparse.Namespace) -> int:
    engine, service = _open(args)
    try:
        code = service.enrollment_code(args.officer_id, ttl_ms=args.hours * 3_600_000)
    finally:
        engine.dispose()
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(hours=args.hours)
    print(code)
    print(f"valid once, until {expires:%Y-%m-%d %H:%M} UTC")
    return EXIT_OK


def _assign(args: argparse.Namespace) -> int:
    engine, service = _open(args)
    try:
        for case_id in dict.fromkeys(args.case_ids):  # each once, in the order given
            service.assign(case_id, args.officer_id)
    finally:
        engine.dispose()
    count = len(set(args.case_ids))
    print(f"Assigned {count} case{'s' if count != 1 else ''} to officer {args.officer_id}.")
    return EXIT_OK


def _devices(args: argparse.Namespace) -> int:
    engine, _ = _open(args)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(db.devices, db.officers.c.name)
                .join(db.officers, db.officers.c.officer_id == db.devices.c.officer_id)
                .order_by(db.devices.c.enrolled_ms, db.devices.c.device_id)
            ).all()
    finally:
        engine.dispose()
    headers = ("device", "officer", "enrolled", "last seen", "skew", "up_hwm", "revoked", "label")
    lines = [
        (
            row.device_id,
            row.name,
            _when(row.enrolled_ms),
            _when(row.last_seen_ms),
            _skew(row.last_skew_ms),
            str(row.up_hwm),
            _when(row.revoked_ms) if row.revoked_ms is not None else "no",
            row.label,
        )
        for row in rows
    ]
    print(_table(headers, lines))
    return EXIT_OK


def _revoke(args: argparse.Namespace) -> int:
    engine, service = _open(args)
    try:
        with engine.connect() as connection:
            revoked_ms = connection.execute(
                select(db.devices.c.revoked_ms).where(db.devices.c.device_id == args.device_id)
            ).first()
        if revoked_ms is None:
            raise CommandError("There is no device with this id (see the devices command).")
        if revoked_ms[0] is not None or not service.revoke(args.device_id):
            print(f"Device {args.device_id} was revoked already.")
            return EXIT_OK
    finally:
        engine.dispose()
    print(f"Device {args.device_id} revoked: at its next sync it locks and keeps nothing.")
    return EXIT_OK


def _new_generation(args: argparse.Namespace) -> int:
    engine, service = _open(args)
    try:
        generation = service.new_generation()
    finally:
        engine.dispose()
    print(f"New generation {generation}: every device re-sends what this database lacks.")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    engine, _ = _open(args)
    try:
        with engine.connect() as connection:
            report = stats.compute(connection, args.days).report()
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(stats.render_text(report), end="")
    return EXIT_OK


# --- serve ----------------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # noqa: PLC0415 - only this command runs a server

    from tokyo_desk.server.app import create_app  # noqa: PLC0415 - nor needs FastAPI

    cert: Path | None = args.cert
    key: Path | None = args.key
    if args.demo:
        if getattr(args, "db", None) or args.cert or args.key:
            raise CommandError("--demo keeps its own database and certificate: leave out "
                               "--db, --cert and --key.")  # fmt: skip
        url, cert, key = _prepare_demo(args)
    else:
        url = database_url(getattr(args, "db", None))
        if args.demo_dir:
            raise CommandError("--demo-dir goes with --demo.")
    if (cert is None) != (key is None):
        raise CommandError("Give both --cert and --key, or neither.")
    if cert is not None and key is not None:
        _check_tls_files(cert, key)
    elif not _is_loopback(args.host) and not args.insecure_http:
        raise CommandError(
            f"Refusing plain HTTP on {args.host}: devices would send case records unencrypted. "
            "Give --cert and --key, or --insecure-http when a TLS reverse proxy is in front."
        )
    engine = open_database(url)
    service = SyncService(engine, load_default())
    if args.demo:
        assert cert is not None
        _print_demo(args, url, cert, service)
    elif cert is not None:
        print(f"Certificate fingerprint (SHA-256): {tls.fingerprint(cert)}", flush=True)
    print(f"Database: {display_url(url)}", flush=True)
    config = uvicorn.Config(
        create_app(service),
        host=args.host,
        port=args.port,
        ssl_certfile=str(cert) if cert else None,
        ssl_keyfile=str(key) if key else None,
        server_header=False,
        log_level="info",
    )
    try:
        uvicorn.Server(config).run()
    finally:
        engine.dispose()
    return EXIT_OK


def _is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_tls_files(cert: Path, key: Path) -> None:
    """A clear message now rather than a traceback from inside the server later."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(cert, key)
    except FileNotFoundError as error:
        raise CommandError(f"No such file: {error.filename}") from None
    except (ssl.SSLError, OSError):
        raise CommandError(
            "The certificate and key cannot be used together (not PEM, or not a pair)."
        ) from None


def _prepare_demo(args: argparse.Namespace) -> tuple[str, Path, Path]:
    directory: Path = args.demo_dir or data_dir() / "demo"
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "demo-cert.pem", directory / "demo-key.pem"
    hosts = {"localhost", "127.0.0.1", "::1"}
    if args.host not in ("0.0.0.0", "::"):  # noqa: S104 - a name, not a bind
        hosts.add(args.host)
    tls.ensure_self_signed(cert, key, hosts)
    return f"sqlite:///{directory / 'demo.db'}", cert, key


def _print_demo(args: argparse.Namespace, url: str, cert: Path, service: SyncService) -> None:
    with service.engine.connect() as connection:
        officer_id = connection.execute(
            select(db.officers.c.officer_id).where(
                db.officers.c.name == DEMO_OFFICER[0], db.officers.c.office == DEMO_OFFICER[1]
            )
        ).scalar()
    if officer_id is None:
        officer_id = service.add_officer(*DEMO_OFFICER)
    code = service.enrollment_code(officer_id)
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host  # noqa: S104
    shown = f"[{host}]" if ":" in host else host
    print("Tokyo Desk head office - demo (invented data only)")
    print(f"  server URL:        https://{shown}:{args.port}")
    print(f"  certificate:       SHA-256 {tls.fingerprint(cert)}")
    print(f"  enrollment code:   {code}  (for {DEMO_OFFICER[0]}, valid 72 hours, once)")
    print(f"  demo files:        {cert.parent}")
    # The second README command, ready to paste into another terminal.
    print("Enroll the demo app (in another terminal, from the checkout):")
    print(
        f"  .venv/bin/tokyo-desk --demo enroll --server https://{shown}:{args.port} "
        f"--pin {tls.fingerprint(cert).replace(':', '')} --code {code}",
        flush=True,
    )


# --- formatting -----------------------------------------------------------------------------


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return f"{dt.datetime.fromtimestamp(ms / 1000, dt.UTC):%Y-%m-%d %H:%M}"


def _skew(ms: int | None) -> str:
    """A device clock's offset from the server's, in the largest sensible unit."""
    if ms is None:
        return "-"
    sign = "+" if ms >= 0 else "-"
    seconds = abs(ms) // 1000
    for unit, size in (("d", 86_400), ("h", 3_600), ("min", 60)):
        if seconds >= size:
            return f"{sign}{seconds // size} {unit}"
    return f"{sign}{seconds} s"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    if not rows:
        return "(none)"
    lines = [headers, *rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(*lines, strict=True)]
    return "\n".join(
        "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


if __name__ == "__main__":
    sys.exit(main())
