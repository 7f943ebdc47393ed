"""The audit trail is append-only: the database itself refuses UPDATE and DELETE

Revision ID: trust_0001
Revises: 0001

Triggers on ``audit_entries`` raise on every UPDATE or DELETE (and on PostgreSQL on
TRUNCATE), so not the program, a script nor a slip in a query can change what was
recorded. Consequences:
- users are never deleted, only deactivated (deleting one would make the foreign key
  set ``audit_entries.user_id`` to NULL, an UPDATE the trigger refuses);
- a later migration that rebuilds ``audit_entries`` on SQLite (batch mode copies the
  table and drops the old one, and its triggers with it) must create these triggers
  again; ``tests/storage/test_audit_privacy.py`` checks they exist at the newest
  schema.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "trust_0001"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "Het logboek (audit_entries) kan alleen worden aangevuld, niet gewijzigd of verwijderd."


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, when in (("no_update", "UPDATE"), ("no_delete", "DELETE")):
            op.execute(
                f"CREATE TRIGGER audit_entries_{name} BEFORE {when} ON audit_entries "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entries_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            f"RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
            "END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_update_delete BEFORE UPDATE OR DELETE "
            "ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE "
            "ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()"
        )
    else:
        raise NotImplementedError(f"audit triggers for {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update_delete ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_entries_append_only()")
