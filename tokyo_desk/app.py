"""Composition root: arguments, paths, logging, catalogue, store, the desktop window -- and a
small command line: a text view of a profile, checks, a sample sheet, and enrollment and
sync with head office (for scripts, and for laptops whose window cannot be used)."""

from __future__ import annotations

import argparse
import getpass
import logging
import logging.handlers
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tokyo_desk import __version__, settings
from tokyo_desk.domain.catalogue import Catalogue, load_default
from tokyo_desk.errors import UserError
from tokyo_desk.paths import AppPaths
from tokyo_desk.store import sync_state
from tokyo_desk.store.case_store import FILTERS, CaseRow, CaseStore
from tokyo_desk.store.demo import DEMO_PASSPHRASE, create_demo, find_demo
from tokyo_desk.store.profile import Profile, Profiles

if TYPE_CHECKING:
    from tokyo_desk.sync.client import SyncReport

log = logging.getLogger("tokyo_desk")

SKEW_WARNING_MS = 5 * 60 * 1000
REVOKED_REASON = "revoked by head office"


class ProfileWiped(UserError):
    """Head office revoked this device and the profile was erased (nothing left to lock)."""

    code = "revoked"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tokyo-desk",
        description="Tokyo Desk: case records and condition explanations for "
        "community-supervision officers (UN Tokyo Rules).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--profile-dir", type=Path, help="directory holding officer profiles")
    parser.add_argument("--demo", action="store_true", help="create or open the demo profile")
    parser.add_argument(
        "--demo-cases", type=int, default=300, help="how many synthetic cases a new demo gets"
    )
    parser.add_argument("--profile", help="profile id to open (default: the only one)")
    parser.add_argument("--search", metavar="TEXT", help="search names and case numbers")
    parser.add_argument(
        "--filter", choices=sorted(FILTERS), default="all", help="which caseload to list"
    )
    parser.add_argument("--limit", type=int, default=20, help="how many cases to list")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen with a temporary profile (case, sheets in "
        "three scripts, preview, printing to PDF, lock and unlock); exit 0 when it works",
    )
    # Start-up timing (packaging benchmark): the window closes once the unlock window is shown.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "command",
        nargs="?",
        default="gui",
        choices=["gui", "show", "rebuild", "verify", "sheet", "enroll", "sync"],
        help="open the window (default); show the caseload as text, rebuild projections, "
        "verify the profile, render an explanation sheet (sheet --sample --lang LANG -o FILE), "
        "enroll with head office (enroll --server URL --pin FP --code CODE), or sync with it",
    )
    sheet = parser.add_argument_group("sheet", "options of the sheet command")
    sheet.add_argument("--sample", action="store_true", help="render the bundled sample case")
    sheet.add_argument("--lang", default="en", help="language pack code (e.g. en, fr, ar)")
    sheet.add_argument("--easy-read", action="store_true", help="the Easy Read register")
    sheet.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
    sheet.add_argument("-o", "--output", type=Path, help="PDF file to write")
    enroll = parser.add_argument_group("enroll", "options of the enroll command")
    enroll.add_argument("--server", metavar="URL", help="head-office address, https://host:port")
    enroll.add_argument(
        "--pin", metavar="FP", help="SHA-256 fingerprint of head office's certificate"
    )
    enroll.add_argument("--code", help="one-time enrollment code (XXXX-XXXX-XXXX)")
    return parser


def render_sample_sheet(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """``tokyo-desk sheet --sample``: the bundled sample in any language, to check a pack."""
    from tokyo_desk.sheets.packs import PackError, available_languages, load_pack  # noqa: PLC0415
    from tokyo_desk.sheets.render import render_sheet  # noqa: PLC0415 - ReportLab only here
    from tokyo_desk.sheets.sample import SAMPLE_KEY, sample_request  # noqa: PLC0415

    if not args.sample:
        raise UserError("From the command line only the sample sheet is rendered: add --sample.")
    if args.output is None:
        raise UserError("Say where to write the PDF: -o FILE.pdf")
    if args.lang not in available_languages():
        raise UserError(
            f"There is no language pack {args.lang!r}. "
            f"Available: {', '.join(available_languages())}"
        )
    try:
        pack = load_pack(args.lang, catalogue)
        official = load_pack("en", catalogue)
    except PackError as error:
        raise UserError(f"The language pack cannot be used: {error}") from None
    request = sample_request(pack, catalogue, easy_read=args.easy_read, paper=args.paper)
    sheet = render_sheet(request, pack, official, catalogue, key=SAMPLE_KEY)
    try:
        args.output.write_bytes(sheet.pdf)
    except OSError as error:
        raise UserError(f"Cannot write {args.output}: {error.strerror}.") from None
    print(
        f"Wrote {args.output} ({sheet.pages} pages, verification code {sheet.verification_code})."
    )
    return 0


def configure_logging(paths: AppPaths) -> None:
    """Log to a rotating file in the user log directory (never record content)."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "tokyo-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_profile(
    args: argparse.Namespace, profiles: Profiles, catalogue: Catalogue
) -> tuple[Profile, CaseStore]:
    """Unlock the chosen profile (creating the demo profile on first use)."""
    if args.demo:
        profile = find_demo(profiles)
        if profile is None:
            print("Creating the demo profile (synthetic cases, no real data)...", flush=True)
            if not 0 <= args.demo_cases <= 100_000:
                raise UserError("--demo-cases must be between 0 and 100000.")
            return create_demo(profiles.root, catalogue, cases=args.demo_cases, progress=_progress)
        print(f"Demo profile: the passphrase is  {DEMO_PASSPHRASE}")
        return profile, profile.unlock(DEMO_PASSPHRASE)
    available = profiles.list()
    if args.profile:
        profile = profiles.get(args.profile)
    elif len(available) == 1:
        profile = profiles.get(available[0].profile_id)
    elif not available:
        raise UserError("There is no profile yet. Try  tokyo-desk --demo")
    else:
        names = ", ".join(f"{info.profile_id} ({info.officer_name})" for info in available)
        raise UserError(f"Choose a profile with --profile: {names}")
    info = profile.info()
    prompt = f"Passphrase for {info.officer_name}, {info.office}: "
    passphrase = (
        getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    )
    return profile, profile.unlock(passphrase)


def open_window(
    args: argparse.Namespace, paths: AppPaths, profiles: Profiles, catalogue: Catalogue
) -> int:
    """The desktop window (the demo profile is created first when it does not exist)."""
    if args.demo and find_demo(profiles) is None:
        profile, store = open_profile(args, profiles, catalogue)
        profile.lock(store)
    from tokyo_desk.gui.application import run_gui  # noqa: PLC0415 - Qt only for the window

    if args.exit_when_ready:
        from tokyo_desk.gui.self_test import exit_when_ready  # noqa: PLC0415

        watcher = exit_when_ready()  # noqa: F841 - kept alive while the window runs
    settings_path = paths.config / "settings.toml"
    return run_gui(
        profiles,
        catalogue,
        preferences=settings.load(settings_path),
        save_settings=lambda chosen: settings.save(settings_path, chosen),
        demo_passphrase=DEMO_PASSPHRASE if args.demo else None,
    )


def _progress(done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"  {done}/{total} cases", flush=True)


def show(store: CaseStore, args: argparse.Namespace) -> None:
    counts = store.counts()
    print(
        f"Caseload: {counts['all']} open | explanation pending {counts['explanation_pending']} | "
        f"review due {counts['review_due']} | breach open {counts['breach_open']} | "
        f"ending soon {counts['ending_soon']}"
    )
    rows = (
        store.search(args.search, args.limit)
        if args.search
        else store.caseload(args.filter, limit=args.limit)
    )
    title = f"Search: {args.search!r}" if args.search else f"Cases ({args.filter})"
    print(f"\n{title}: {len(rows)} shown")
    for row in rows:
        print(_line(row))


def enroll(store: CaseStore, args: argparse.Namespace) -> None:
    """``tokyo-desk enroll``: enroll the profile with head office (stores address and pin)."""
    # Imported here: the protocol's libraries are not needed to open the window.
    from tokyo_desk.sync.client import SyncEngine  # noqa: PLC0415
    from tokyo_desk.sync.transport import HttpTransport, normalise_fingerprint  # noqa: PLC0415

    if not args.server or not args.code:
        raise UserError(
            "Enrolling needs --server URL and --code CODE (and --pin FINGERPRINT for https)."
        )
    pin = normalise_fingerprint(args.pin) if args.pin else ""
    transport = HttpTransport(args.server, pin)
    try:
        name = SyncEngine(store, transport).enroll(
            args.code, server=args.server, pin=pin, label=platform.node()[:100]
        )
    finally:
        transport.close()
    print(f"Enrolled with head office for {name}. Run  tokyo-desk sync  to exchange records.")


def sync(profile: Profile, store: CaseStore) -> None:
    """``tokyo-desk sync``: exchange until nothing is left to send or receive."""
    from tokyo_desk.sync.client import DeviceRevoked, NotEnrolled, SyncEngine  # noqa: PLC0415
    from tokyo_desk.sync.transport import HttpTransport  # noqa: PLC0415

    values = sync_state.values(store.connection)
    if "token" not in values:
        raise NotEnrolled(
            "This profile is not enrolled with head office: "
            "tokyo-desk enroll --server URL --pin FINGERPRINT --code CODE"
        )
    transport = HttpTransport(values.get("server", ""), values.get("pin_sha256", ""))
    engine = SyncEngine(store, transport)
    try:
        report = engine.sync()
    except DeviceRevoked:
        unsent = engine.status().unsent
        profile.wipe(store, reason=REVOKED_REASON, unsent=unsent)
        raise ProfileWiped(
            "Head office has revoked this device: the profile was erased from this computer; "
            f"{unsent} events recorded here had not reached head office. Tell head office."
        ) from None
    finally:
        transport.close()
    print(sync_summary(report))


def sync_summary(report: SyncReport) -> str:
    """What a sync did, in a line or three (counts only, never record content)."""
    lines = [
        f"Synced with head office: {report.sent} sent, {report.received} received, "
        f"{report.rejected} not accepted ({report.exchanges} exchanges)."
    ]
    if report.evicted:
        lines.append(f"{report.evicted} cases now supervised by another officer were removed.")
    if report.rejected:
        lines.append("Open the window to see why head office did not accept some events.")
    if abs(report.skew_ms) > SKEW_WARNING_MS:
        minutes = abs(report.skew_ms) // 60_000
        side = "ahead of" if report.skew_ms > 0 else "behind"
        lines.append(
            f"Warning: this computer's clock is {minutes} minutes {side} head office; "
            "correct its date and time."
        )
    return "\n".join(lines)


def _line(row: CaseRow) -> str:
    flags = "".join(
        mark for mark, on in (("E", row.explanation_pending), ("B", row.breach_open)) if on
    )
    return (
        f"  {row.case_number:16} {row.display_name[:28]:28} {row.preferred_language:3} "
        f"{row.measure_types[:34]:34} review {row.review_due or '-':10} "
        f"ends {row.ends_on or '-':10} {flags}"
    )


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        # Before any path is made: the self-test touches only a temporary directory.
        from tokyo_desk.gui.self_test import run_self_test  # noqa: PLC0415 - Qt only here

        return run_self_test()
    paths = AppPaths.default()
    root = args.profile_dir or paths.profiles
    configure_logging(paths)
    catalogue = load_default()
    if args.command == "sheet":
        return render_sample_sheet(args, catalogue)
    profiles = Profiles(root, catalogue)
    if args.command == "gui":
        return open_window(args, paths, profiles, catalogue)
    profile, store = open_profile(args, profiles, catalogue)
    wiped = False
    try:
        if args.command == "enroll":
            enroll(store, args)
        elif args.command == "sync":
            sync(profile, store)
        elif args.command == "rebuild":
            print(f"Rebuilt the projections of {store.rebuild_projections()} cases.")
        elif args.command == "verify":
            problems = store.integrity_problems() + store.verify_audit()
            print(
                "Profile verified: database and audit chain intact."
                if not problems
                else "Problems found:\n  " + "\n  ".join(problems)
            )
            return 0 if not problems else 1
        else:
            show(store, args)
    except ProfileWiped:
        wiped = True  # the store is closed and its key destroyed: nothing to lock
        raise
    finally:
        if not wiped:
            profile.lock(store)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tokyo-desk`` command."""
    try:
        return run(argv)
    except UserError as error:
        print(f"tokyo-desk: {error.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
