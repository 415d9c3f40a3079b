"""Shared work between daemons: the poll schedule, leases, claimed ranges of the log, projection state.

Several `monitor run` processes on one PostgreSQL share the work through these tables
(on SQLite the one daemon uses them the same way):

- ``poll_schedule``: one row per source, when it is next due; a daemon takes due rows for
  one poll (a lease: holder, expiry, fencing token) and gives them back, due again, in the
  transaction that records the poll;
- ``leases``: one row per singleton role (the projection catch-up, the alert dispatcher),
  held by one process and renewed by its heartbeat;
- ``work_ranges``: ranges of log positions claimed for per-article work (claim extraction);
- ``projection_state``: keyed state of small projections (the pollers' memory: each
  source's validators and failures, each article's latest content hash).

Times here are seconds since the epoch, by the database's clock, so that the processes of
several machines agree on expiry.

Revision ID: 0005_shared_work
Revises: 0004_history_in_world_time
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005_shared_work"
down_revision = "0004_history_in_world_time"
branch_labels = None
depends_on = None

JSON = sa.Text().with_variant(postgresql.JSONB(), "postgresql")
SECONDS = sa.Float().with_variant(postgresql.DOUBLE_PRECISION(), "postgresql")


def _lease_columns() -> list[sa.Column]:
    return [
        sa.Column("holder", sa.Text()),
        sa.Column("lease_until", SECONDS, nullable=False, server_default="0"),
        sa.Column("token", sa.BigInteger(), nullable=False, server_default="0"),
    ]


def upgrade() -> None:
    op.create_table(
        "poll_schedule",
        sa.Column("source", sa.Text(), primary_key=True),
        sa.Column("due", SECONDS, nullable=False),
        *_lease_columns(),
    )
    op.create_index("poll_schedule_due", "poll_schedule", ["due"])
    op.create_table(
        "leases",
        sa.Column("name", sa.Text(), primary_key=True),
        *_lease_columns(),
    )
    op.create_table(
        "work_ranges",
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("start", sa.BigInteger(), primary_key=True),
        sa.Column("stop", sa.BigInteger(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_lease_columns(),
    )
    op.create_table(
        "projection_state",
        sa.Column("space", sa.Text(), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("value", JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("projection_state", "work_ranges", "leases", "poll_schedule"):
        op.drop_table(table)
    op.execute("DELETE FROM projection_checkpoints WHERE name LIKE 'poll-state%' OR name LIKE 'work:%'")
