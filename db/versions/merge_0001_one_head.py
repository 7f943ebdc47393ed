"""Merge the four feature branches into one head

Revision ID: merge_0001
Revises: lists_0001, overview_0001, requests_0001, trust_0001

The first features each added a migration on top of 0001 (indexes for lists, the
overview and requests; the append-only audit trail). This revision changes nothing;
it joins them, so the next migration has one parent and ``alembic upgrade head``
works. ``tests/storage/test_schema.py`` fails when there is more than one head again.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "merge_0001"
down_revision: str | Sequence[str] | None = (
    "lists_0001",
    "overview_0001",
    "requests_0001",
    "trust_0001",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
