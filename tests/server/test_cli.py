"""``tokyo-desk-server`` commands, run in-process through ``main([...])``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.server.support import enroll, upload
from tests.support import builders
from tokyo_desk.domain.ids import uuid7
from tokyo_desk.server import db
from tokyo_desk.server.cli import main
from tokyo_desk.server.service import SyncService
from tokyo_desk.sync import protocol as p

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one-line message of a command that must fail with status 2."""
    status, out, err = run(capsys, *argv)
    assert status == 2, (out, err)
    assert "Traceback" not in err
    return err


def add_officer(capsys: pytest.CaptureFixture[str], db_url: str, name: str = "Ruth Phiri") -> str:
    status, out, _ = run(capsys, "officer", "add", name, "--office", "South", "--db", db_url)
    assert status == 0
    return out.strip()


# --- officers, codes, assignments -------------------------------------------------------------


def test_officer_add_prints_the_id_and_list_shows_it(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    officer_id = add_officer(capsys, db_url)
    assert UUID.fullmatch(officer_id)
    status, out, _ = run(capsys, "officer", "list", "--db", db_url)
    assert status == 0
    assert officer_id in out
    assert "Ruth Phiri" in out


def test_an_empty_officer_name_is_refused(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    err = refused(capsys, "officer", "add", "  ", "--office", "South", "--db", db_url)
    assert "name must be 1 to 200 printable characters" in err


def test_an_enrollment_code_enrolls_a_device(
    capsys: pytest.CaptureFixture[str], db_url: str, service: SyncService
) -> None:
    officer_id = add_officer(capsys, db_url)
    status, out, _ = run(capsys, "enroll-code", officer_id, "--hours", "2", "--db", db_url)
    assert status == 0
    code, expiry = out.splitlines()
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert expiry.startswith("valid once, until ")
    answer = service.enroll(p.EnrollRequest(code=code, device_id=uuid7(), local_officer_id=uuid7()))
    assert answer.officer_id == officer_id


def test_an_unknown_officer_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    err = refused(capsys, "enroll-code", uuid7(), "--db", db_url)
    assert err == "tokyo-desk-server: There is no officer with this id.\n"
    assert "There is no officer" in refused(capsys, "assign", uuid7(), uuid7(), "--db", db_url)


@pytest.mark.parametrize("hours", ["0", "721", "two"])
def test_code_validity_is_bounded(capsys: pytest.CaptureFixture[str], hours: str) -> None:
    assert "hours must be" in refused(capsys, "enroll-code", uuid7(), "--hours", hours)


def test_assign_gives_cases_to_an_officer(
    capsys: pytest.CaptureFixture[str], db_url: str, engine: Engine
) -> None:
    officer_id = add_officer(capsys, db_url)
    cases = [uuid7(), uuid7()]
    status, out, _ = run(capsys, "assign", officer_id, *cases, cases[0], "--db", db_url)
    assert status == 0
    assert out == f"Assigned 2 cases to officer {officer_id}.\n"
    with engine.connect() as connection:
        held = dict(
            connection.execute(select(db.assignments.c.case_id, db.assignments.c.officer_id)).all()
        )
    assert held == dict.fromkeys(cases, officer_id)


def test_assign_refuses_a_malformed_case_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert "not a case id" in refused(capsys, "assign", uuid7(), "CASE-42")


# --- devices ------------------------------------------------------------------------------------


def test_devices_lists_each_device_and_revocation_shows(
    capsys: pytest.CaptureFixture[str], db_url: str, service: SyncService
) -> None:
    officer_id = add_officer(capsys, db_url)
    device = enroll(service, officer_id, label="South laptop 1")
    upload(service, device, [device.event("case.opened", builders.case_opened(), uuid7())])
    status, out, _ = run(capsys, "devices", "--db", db_url)
    assert status == 0
    header, row = out.splitlines()
    assert header.split() == ["device", "officer", "enrolled", "last", "seen", "skew", "up_hwm",
                              "revoked", "label"]  # fmt: skip
    assert device.device_id in row
    assert "Ruth Phiri" in row
    assert "South laptop 1" in row
    assert " 1 " in row  # up_hwm
    assert row.split()[-4] == "no"  # revoked (the label has three words)

    status, out, _ = run(capsys, "revoke-device", device.device_id, "--db", db_url)
    assert (status, "revoked: at its next sync" in out) == (0, True)
    status, out, _ = run(capsys, "revoke-device", device.device_id, "--db", db_url)
    assert (status, "revoked already" in out) == (0, True)
    _, out, _ = run(capsys, "devices", "--db", db_url)
    assert " no " not in out.splitlines()[1]


def test_devices_with_none_enrolled(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    assert run(capsys, "devices", "--db", db_url) == (0, "(none)\n", "")


def test_revoking_an_unknown_device_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    assert "There is no device" in refused(capsys, "revoke-device", uuid7(), "--db", db_url)
    assert "not a device id" in refused(capsys, "revoke-device", "laptop-3", "--db", db_url)


def test_new_generation_changes_the_generation(
    capsys: pytest.CaptureFixture[str], db_url: str, engine: Engine
) -> None:
    status, out, _ = run(capsys, "new-generation", "--db", db_url)
    assert status == 0
    generation = out.split()[2].rstrip(":")
    with engine.connect() as connection:
        stored = connection.execute(
            select(db.meta.c.value).where(db.meta.c.key == "generation")
        ).scalar_one()
    assert stored == generation


# --- statistics ---------------------------------------------------------------------------------


def test_stats_as_text_and_json(
    capsys: pytest.CaptureFixture[str], db_url: str, service: SyncService
) -> None:
    officer_id = add_officer(capsys, db_url)
    device = enroll(service, officer_id)
    events = []
    for _ in range(5):
        case_id, measure_id = uuid7(), uuid7()
        events += [
            device.event("case.opened", builders.case_opened(), case_id),
            device.event(
                "measure.imposed", builders.measure_imposed(measure_id=measure_id), case_id
            ),
        ]
    assert upload(service, device, events).rejected == []
    status, out, _ = run(capsys, "stats", "--days", "3", "--db", db_url)
    assert status == 0
    assert re.search(r"sentencing\.probation\s+5$", out, re.MULTILINE)
    assert "within 3 days of the start" in out
    assert "Grace" not in out
    status, out, _ = run(capsys, "stats", "--json", "--db", db_url)
    report = json.loads(out)
    assert report["measures_by_type"] == {builders.MEASURE_TYPE: 5}
    assert report["explanation_timing"]["not_yet"] == 5
    assert report["breaches_reported"] == "<5"


def test_stats_days_are_bounded(capsys: pytest.CaptureFixture[str]) -> None:
    assert "days must be" in refused(capsys, "stats", "--days", "-1")


# --- databases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense", "The database URL is not valid"),
        ("mysql://root@localhost/x", "Unsupported database 'mysql'"),
        ("postgresql://postgres:hunter2@127.0.0.1:1/none", "Cannot open the database"),
    ],
)
def test_a_bad_or_unreachable_database_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], url: str, message: str
) -> None:
    err = refused(capsys, "devices", "--db", url)
    assert message in err
    assert "hunter2" not in err
    assert err.count("\n") == 1


def test_db_may_come_before_the_command(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    assert run(capsys, "--db", db_url, "devices")[0] == 0


def test_the_environment_names_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOKYO_DESK_SERVER_DB", f"sqlite:///{tmp_path / 'from-env.db'}")
    add_officer_status, _, _ = run(capsys, "officer", "add", "A", "--office", "B")
    assert add_officer_status == 0
    assert (tmp_path / "from-env.db").exists()


def test_the_default_database_is_in_the_user_data_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOKYO_DESK_SERVER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert run(capsys, "devices")[0] == 0
    assert (tmp_path / "data" / "tokyo-desk-server" / "server.db").exists()


# --- serve refusals (nothing is started) ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--host", "0.0.0.0"], "Refusing plain HTTP on 0.0.0.0"),
        (["--host", "192.0.2.10"], "Give --cert and --key, or --insecure-http"),
        (["--cert", "c.pem"], "Give both --cert and --key"),
        (["--cert", "missing.pem", "--key", "missing.key"], "No such file"),
        (["--demo", "--db", "sqlite:///x.db"], "--demo keeps its own database"),
        (["--demo-dir", "somewhere"], "--demo-dir goes with --demo"),
        (["--port", "70000"], "port must be between 1 and 65535"),
    ],
)
def test_serve_refuses_unsafe_or_inconsistent_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    assert message in refused(capsys, "serve", *argv, "--db", f"sqlite:///{tmp_path / 's.db'}")


def test_serve_refuses_a_certificate_that_is_not_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "c.pem").write_text("not a certificate")
    (tmp_path / "k.pem").write_text("not a key")
    err = refused(capsys, "serve", "--cert", str(tmp_path / "c.pem"), "--key",
                  str(tmp_path / "k.pem"), "--db", f"sqlite:///{tmp_path / 's.db'}")  # fmt: skip
    assert "cannot be used together" in err


def test_usage_errors_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0
    assert "enroll-code" in capsys.readouterr().out
