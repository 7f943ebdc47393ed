"""PostgreSQL backups: pg_dump in custom format, verified with pg_restore --list, and
a restore with pg_restore in one transaction after a safety copy."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from utregs_plekkie.core.i18n import _
from utregs_plekkie.storage.backups.common import (
    SAFETY_LABEL,
    BackupInfo,
    DatabaseInUse,
    backup_info,
    db_stem,
    default_folder,
    first_line,
    new_backup_path,
    pg_program,
    verify_dump,
)
from utregs_plekkie.storage.engine import Database, DatabaseError


def _pg_env_and_uri(db: Database) -> tuple[dict[str, str], str]:
    env = dict(os.environ)
    if db.url.password:
        env["PGPASSWORD"] = str(db.url.password)
    uri = db.url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    return env, uri


def pg_dump(db: Database, folder: Path, label: str) -> BackupInfo:
    program = pg_program("pg_dump")
    stem = db_stem(db)
    target = new_backup_path(folder, stem, label, "dump")
    partial = target.with_name(target.name + ".deel")
    env, uri = _pg_env_and_uri(db)
    result = subprocess.run(
        [program, "--format=custom", "--no-owner", "--file", str(partial), "--dbname", uri],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            _("pg_dump kon geen backup maken: {reason}").format(reason=first_line(result.stderr))
        )
    os.replace(partial, target)
    verify_dump(target)
    info = backup_info(target, stem)
    assert info is not None
    return info


def restore_postgres(db: Database, backup: Path, folder: Path | None = None) -> BackupInfo:
    """Put a pg_dump backup back into the team database, in one transaction; returns the
    dump of what was there before. Waits at most 10 s for other users' locks."""
    if db.dialect != "postgresql":
        raise DatabaseError(_("Dit is geen PostgreSQL-database."))
    verify_dump(backup)
    safety = pg_dump(db, default_folder(folder), SAFETY_LABEL)
    env, uri = _pg_env_and_uri(db)
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " -c lock_timeout=10s").strip()
    result = subprocess.run(
        [
            pg_program("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            uri,
            str(backup),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        reason = first_line(result.stderr)
        if "lock" in reason:
            raise DatabaseInUse(
                _(
                    "De database is in gebruik door anderen ({reason}). Vraag iedereen het "
                    "programma te sluiten en probeer het opnieuw; er is niets veranderd."
                ).format(reason=reason)
            )
        raise DatabaseError(
            _("Terugzetten is mislukt; er is niets veranderd: {reason}").format(reason=reason)
        )
    return safety
