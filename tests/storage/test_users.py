"""Users, logging in, lock-out, the kiosk PIN, and role limits in storage and on the CLI."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from utregs_plekkie.cli import run
from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, Role, Source
from utregs_plekkie.core.errors import StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.permissions import Actor, PermissionDenied
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage import users
from utregs_plekkie.storage.database import Database, open_database

ADMIN_PW = "beheer wachtwoord 1"
WERVER_PW = "werver wachtwoord 2"
MATCHER_PW = "matcher wachtwoord 3"
KIOSK_PW = "kiosk wachtwoord 44"


@pytest.fixture(autouse=True)
def cheap_hashing() -> Iterator[None]:
    """Real Argon2id, with small parameters so the suite stays quick."""
    users.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    users.use_password_hasher(None)


@pytest.fixture
def frozen_clock() -> Iterator[list[datetime]]:
    """A clock the test moves by hand: ``frozen_clock[0] += timedelta(...)``."""
    moment = [datetime(2026, 11, 2, 10, 0, tzinfo=clock.LOCAL_TZ)]
    clock.set_clock(lambda: moment[0])
    yield moment
    clock.set_clock(None)


@pytest.fixture
def team(db: Database) -> dict[str, Actor]:
    admin = users.create_first_admin(db, "beheer", "Bea Heer", ADMIN_PW)
    werver = users.create_user(db, "wim", "Wim Werver", Role.WERVER, WERVER_PW, actor=admin)
    matcher = users.create_user(db, "mia", "Mia Matcher", Role.MATCHER, MATCHER_PW, actor=admin)
    kiosk = users.create_user(db, "stand", "Stand", Role.EVENEMENT, KIOSK_PW, actor=admin)
    return {
        "admin": admin,
        "werver": werver.actor(),
        "matcher": matcher.actor(),
        "kiosk": kiosk.actor(),
    }


def _login_lines(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.action == AuditAction.LOGIN)
            .order_by(m.AuditEntry.id)
        )
        return [(r.username, r.detail) for r in rows]


# --------------------------------------------------------------------------- first start


def test_first_start_asks_for_one_beheerder(db: Database) -> None:
    assert users.needs_first_admin(db)
    admin = users.create_first_admin(db, " Bea.Heer ", "Bea  Heer", ADMIN_PW)
    assert admin.username == "bea.heer" and admin.role is Role.BEHEERDER
    assert admin.display_name == "Bea Heer"
    assert not users.needs_first_admin(db)
    with pytest.raises(UserError, match="Er is al een beheerder"):
        users.create_first_admin(db, "tweede", "", "nog een wachtwoord")
    with db.session() as session:
        stored = session.scalars(select(m.User)).one()
        assert stored.password_hash is not None and stored.password_hash.startswith("$argon2id$")
        assert ADMIN_PW not in stored.password_hash
        assert stored.version == 1
    assert _login_lines(db) == [("bea.heer", "aangemeld")]


def test_new_users_are_checked(db: Database, team: dict[str, Actor]) -> None:
    admin = team["admin"]
    with pytest.raises(ValidationError, match="bestaat al") as caught:
        users.create_user(db, "WIM", "", Role.WERVER, "een ander wachtwoord", actor=admin)
    assert caught.value.field == "username"
    with pytest.raises(ValidationError, match="te kort"):
        users.create_user(db, "kees", "", Role.WERVER, "kort", actor=admin)
    with pytest.raises(PermissionDenied, match="beheer van gebruikers"):
        users.create_user(db, "kees", "", Role.WERVER, "lang genoeg hoor", actor=team["werver"])
    names = [u.username for u in users.list_users(db, admin)]
    assert names == ["beheer", "mia", "stand", "wim"]
    with pytest.raises(PermissionDenied):
        users.list_users(db, team["matcher"])


# --------------------------------------------------------------------------- logging in


def test_login_succeeds_and_is_in_the_audit_trail(db: Database, team: dict[str, Actor]) -> None:
    actor = users.authenticate(db, " WIM ", WERVER_PW)
    assert actor == team["werver"]
    info = users.get_user(db, actor, "wim")
    assert info.last_login_at is not None and info.failed_logins == 0
    assert _login_lines(db)[-1] == ("wim", "aangemeld")


def test_a_failed_login_does_not_tell_whether_the_name_exists(
    db: Database, team: dict[str, Actor]
) -> None:
    messages = []
    for name, password in (("wim", "verkeerd wachtwoord"), ("niemand", "wat dan ook"), ("", "")):
        with pytest.raises(users.LoginFailed) as caught:
            users.authenticate(db, name, password)
        messages.append(str(caught.value))
    assert len(set(messages)) == 1 and "klopt niet" in messages[0]
    lines = _login_lines(db)[-3:]
    assert lines[0] == ("wim", "mislukt (1 keer op rij)")
    # The typed name of an unknown account is not stored: it might be a password.
    assert lines[1] == ("(onbekend)", "onbekende gebruikersnaam")
    assert all("wat dan ook" not in detail for _, detail in lines)


def test_lock_out_after_five_failures_grows_and_ends(
    db: Database, team: dict[str, Actor], frozen_clock: list[datetime]
) -> None:
    for _ in range(5):
        with pytest.raises(users.LoginFailed):
            users.authenticate(db, "wim", "fout fout fout")
    info = users.get_user(db, team["admin"], "wim")
    assert info.failed_logins == 5
    assert info.locked_until == frozen_clock[0] + timedelta(seconds=30)
    # While locked even the right password is refused, with the same sentence.
    with pytest.raises(users.LoginFailed) as caught:
        users.authenticate(db, "wim", WERVER_PW)
    assert str(caught.value) == users.login_failed_message()
    frozen_clock[0] += timedelta(seconds=31)
    with pytest.raises(users.LoginFailed):
        users.authenticate(db, "wim", "nog steeds fout")
    info = users.get_user(db, team["admin"], "wim")
    assert info.failed_logins == 6
    assert info.locked_until == frozen_clock[0] + timedelta(seconds=60)
    frozen_clock[0] += timedelta(seconds=61)
    assert users.authenticate(db, "wim", WERVER_PW).username == "wim"
    info = users.get_user(db, team["admin"], "wim")
    assert info.failed_logins == 0 and info.locked_until is None
    details = [d for who, d in _login_lines(db) if who == "wim"]
    assert "geblokkeerd, poging geweigerd" in details
    assert details[-1] == "aangemeld"


def test_login_counters_do_not_make_an_open_copy_stale(
    db: Database, team: dict[str, Actor]
) -> None:
    before = users.get_user(db, team["admin"], "wim")
    with pytest.raises(users.LoginFailed):
        users.authenticate(db, "wim", "fout")
    users.authenticate(db, "wim", WERVER_PW)
    # The beheerder's form still holds version `before.version`: the save goes through.
    users.change_role(
        db, before.id, Role.MATCHER, expected_version=before.version, actor=team["admin"]
    )
    with pytest.raises(StaleRecordError, match="laad de nieuwste versie"):
        users.change_role(
            db, before.id, Role.WERVER, expected_version=before.version, actor=team["admin"]
        )


def test_a_hash_with_old_parameters_is_renewed_at_login(db: Database) -> None:
    users.use_password_hasher(PasswordHasher(time_cost=1, memory_cost=512, parallelism=1))
    users.create_first_admin(db, "beheer", "", ADMIN_PW)
    users.use_password_hasher(PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    with db.session() as session:
        old = session.scalars(select(m.User.password_hash)).one()
    assert "m=512,t=1" in old
    users.authenticate(db, "beheer", ADMIN_PW)
    with db.session() as session:
        new = session.scalars(select(m.User.password_hash)).one()
    assert "m=2048,t=2" in new
    assert users.authenticate(db, "beheer", ADMIN_PW).username == "beheer"
    assert _login_lines(db)[-2] == ("beheer", "aangemeld, wachtwoord-hash vernieuwd")


def test_change_password(db: Database, team: dict[str, Actor], frozen_clock: list) -> None:
    werver = team["werver"]
    assert werver.user_id is not None
    with pytest.raises(ValidationError, match="huidige wachtwoord klopt niet"):
        users.change_password(
            db, werver.user_id, "nieuw wachtwoord!", current_password="x", actor=werver
        )
    users.change_password(
        db, werver.user_id, "nieuw wachtwoord!", current_password=WERVER_PW, actor=werver
    )
    assert users.authenticate(db, "wim", "nieuw wachtwoord!") == werver
    # Someone else's password: only a beheerder, who also lifts a lock-out.
    matcher = team["matcher"]
    assert matcher.user_id is not None
    with pytest.raises(PermissionDenied):
        users.change_password(db, matcher.user_id, "weer een wachtwoord", actor=werver)
    for _ in range(5):
        with pytest.raises(users.LoginFailed):
            users.authenticate(db, "mia", "fout fout")
    users.change_password(db, matcher.user_id, "gereset wachtwoord", actor=team["admin"])
    assert users.authenticate(db, "mia", "gereset wachtwoord") == matcher


def test_deactivated_users_cannot_log_in_and_one_beheerder_stays(
    db: Database, team: dict[str, Actor]
) -> None:
    admin = team["admin"]
    info = users.get_user(db, admin, "wim")
    users.set_active(db, info.id, False, expected_version=info.version, actor=admin)
    with pytest.raises(users.LoginFailed) as caught:
        users.authenticate(db, "wim", WERVER_PW)
    assert str(caught.value) == users.login_failed_message()
    assert _login_lines(db)[-1] == ("wim", "account niet actief")
    assert admin.user_id is not None
    with pytest.raises(UserError, match="laatste actieve beheerder"):
        users.set_active(db, admin.user_id, False, actor=admin)
    with pytest.raises(UserError, match="laatste actieve beheerder"):
        users.change_role(db, admin.user_id, Role.WERVER, actor=admin)
    users.set_active(db, info.id, True, actor=admin)
    assert users.authenticate(db, "wim", WERVER_PW).role is Role.WERVER


# --------------------------------------------------------------------------- kiosk


def test_kiosk_pin_and_leaving_the_kiosk(
    db: Database, team: dict[str, Actor], frozen_clock: list[datetime]
) -> None:
    assert not users.has_kiosk_pin(db)
    assert not users.verify_kiosk_pin(db, "1234")
    with pytest.raises(PermissionDenied):
        users.set_kiosk_pin(db, "1234", actor=team["werver"])
    with pytest.raises(ValidationError):
        users.set_kiosk_pin(db, "12", actor=team["admin"])
    users.set_kiosk_pin(db, "2468", actor=team["admin"])
    assert users.has_kiosk_pin(db)
    with db.session() as session:
        stored = session.scalar(select(m.Setting.value).where(m.Setting.key == users.KIOSK_PIN_KEY))
    assert "2468" not in str(stored)
    assert users.leave_kiosk(db, pin="2468") is None
    with pytest.raises(users.LoginFailed):
        users.leave_kiosk(db, pin="1111")
    # A werver's login also ends the kiosk; another kiosk account does not.
    assert users.leave_kiosk(db, username="wim", password=WERVER_PW) == team["werver"]
    with pytest.raises(PermissionDenied, match="kiosk niet verlaten"):
        users.leave_kiosk(db, username="stand", password=KIOSK_PW)
    # Guessing the PIN is slowed down like passwords.
    for _ in range(5):
        assert not users.verify_kiosk_pin(db, "0000")
    assert not users.verify_kiosk_pin(db, "2468")  # locked
    frozen_clock[0] += timedelta(seconds=31)
    assert users.verify_kiosk_pin(db, "2468")


def test_idle_lock_setting(db: Database, team: dict[str, Actor]) -> None:
    assert users.idle_lock_minutes(db) == users.IDLE_LOCK_DEFAULT
    users.set_idle_lock_minutes(db, 3, actor=team["admin"])
    assert users.idle_lock_minutes(db) == 3
    with pytest.raises(ValidationError):
        users.set_idle_lock_minutes(db, 100_000, actor=team["admin"])
    with pytest.raises(PermissionDenied):
        users.set_idle_lock_minutes(db, 5, actor=team["werver"])


# --------------------------------------------------------------------------- command line


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run(list(argv), out=out), out.getvalue()


@pytest.fixture
def cli_db(db: Database, team: dict[str, Actor], db_url: str) -> str:
    with db.transaction() as session:
        session.add(
            m.InfoRequest(first_name="Anouk", last_name="Bos", source=Source.WEBSITE, pc4="3511")
        )
    return db_url


def test_cli_needs_an_identity(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _cli("audit", "--db", cli_db)
    assert code == 1
    assert "heeft een gebruiker nodig" in capsys.readouterr().err


def test_cli_role_limits(
    cli_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", WERVER_PW)
    for argv in (
        ("audit",),
        ("backup",),
        ("backups",),
        ("retention",),
        ("users", "list"),
        ("person", "export", "--request", "1", "--out", "x.json"),
    ):
        code, text = _cli(*argv, "--db", cli_db, "--user", "wim")
        assert code == 1, argv
        assert text == ""
        assert "Als werver heeft u geen toegang" in capsys.readouterr().err
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", KIOSK_PW)
    code, _ = _cli("consent", "withdraw", "--request", "1", "--db", cli_db, "--user", "stand")
    assert code == 1
    assert "Als evenement heeft u geen toegang" in capsys.readouterr().err
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", MATCHER_PW)
    code, _ = _cli("person", "erase", "--request", "1", "--yes", "--db", cli_db, "--user", "mia")
    assert code == 1
    assert "Als matcher heeft u geen toegang" in capsys.readouterr().err
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", WERVER_PW)
    code, text = _cli("consent", "withdraw", "--request", "1", "--db", cli_db, "--user", "wim")
    assert code == 0 and "ingetrokken" in text
    # The refusals are in the audit trail, seen by the beheerder.
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", ADMIN_PW)
    code, text = _cli("audit", "--db", cli_db, "--user", "beheer", "--who", "wim", "--limit", "20")
    assert code == 0
    assert "geweigerd: audit_view (opdracht audit)" in text
    assert "geweigerd: privacy (opdracht person export)" in text
    assert "toestemming ingetrokken" in text


def test_cli_wrong_password_and_admin_mode(
    cli_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", "geraden wachtwoord")
    code, _ = _cli("audit", "--db", cli_db, "--user", "beheer")
    assert code == 1
    assert users.login_failed_message() in capsys.readouterr().err
    monkeypatch.delenv("UTREGS_PLEKKIE_PASSWORD")
    code, _ = _cli("audit", "--db", cli_db, "--user", "beheer")  # no terminal, no variable
    assert code == 1 and "UTREGS_PLEKKIE_PASSWORD" in capsys.readouterr().err
    code, _ = _cli("audit", "--db", cli_db, "--user", "beheer", "--admin")
    assert code == 1 and "niet allebei" in capsys.readouterr().err
    code, text = _cli("audit", "--admin", "--db", cli_db, "--limit", "1")
    assert code == 0
    assert "beheermodus:" in text and "beheermodus op de opdrachtregel: audit" in text


def test_cli_users(cli_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UTREGS_PLEKKIE_NEW_PASSWORD", "nieuwe collega 1")
    code, text = _cli(
        "users", "add", "Kees", "--role", "matcher", "--name", "Kees K", "--db", cli_db,
        "--user", "beheer",
    )  # fmt: skip
    assert code == 0 and "Gebruiker 'kees' aangemaakt met de rol matcher" in text
    code, text = _cli("users", "list", "--db", cli_db, "--user", "beheer")
    assert code == 0 and "kees" in text and "matcher" in text
    code, text = _cli("users", "disable", "kees", "--db", cli_db, "--user", "beheer")
    assert code == 0 and "uitgezet" in text
    code, text = _cli("users", "list", "--db", cli_db, "--user", "beheer")
    assert "uitgezet" in text
    # Own password: the current one from UTREGS_PLEKKIE_PASSWORD, the new one from ..._NEW_...
    monkeypatch.setenv("UTREGS_PLEKKIE_PASSWORD", WERVER_PW)
    monkeypatch.setenv("UTREGS_PLEKKIE_NEW_PASSWORD", "wim zijn nieuwe")
    code, text = _cli("users", "passwd", "wim", "--db", cli_db, "--user", "wim")
    assert code == 0 and "gewijzigd" in text
    db = open_database(cli_db)
    try:
        assert users.authenticate(db, "wim", "wim zijn nieuwe").username == "wim"
    finally:
        db.dispose()


def test_cli_first_admin(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("UTREGS_PLEKKIE_NEW_PASSWORD", "allereerste beheerder")
    code, _ = _cli("users", "add", "eerste", "--role", "werver", "--db", sqlite_url)
    assert code == 1 and "Maak eerst een beheerder" in capsys.readouterr().err
    code, text = _cli("users", "add", "eerste", "--db", sqlite_url)
    assert code == 0 and "Eerste beheerder 'eerste' aangemaakt" in text
    code, _ = _cli("users", "add", "tweede", "--db", sqlite_url)
    assert code == 1 and "heeft een gebruiker nodig" in capsys.readouterr().err
