"""The status history in world time, and the feed of changes as the monitor learned them.

``front_history`` becomes each place's history folded in publication order (rewritten
for a place when an older article arrives); the changes of each place's current status
in the order the log recorded them, what alert hooks consume, move to ``front_feed``.
A status row keeps the newest step of its place's history (``world_newest``), so the
next event can tell whether it extends the history or must fold it again; a history row
keeps its step (``step``: world order, ties included); an article row its own publication
time (``published``, NULL when undated), so views can say "undated, recorded …". The
projection is emptied: its new version rebuilds it.

Revision ID: 0004_history_in_world_time
Revises: 0003_claims_stay_in_the_log
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_history_in_world_time"
down_revision = "0003_claims_stay_in_the_log"
branch_labels = None
depends_on = None

TIMESTAMP = sa.Text().with_variant(postgresql.TIMESTAMP(timezone=True), "postgresql")
JSON = sa.Text().with_variant(postgresql.JSONB(), "postgresql")
EMPTIED = ("front_history", "front_status", "front_articles", "front_place_claims", "front_verdicts",
           "front_sources")


def upgrade() -> None:
    for table in EMPTIED:
        op.execute(f"DELETE FROM {table}")
    op.execute("DELETE FROM projection_checkpoints WHERE name = 'front'")
    op.add_column("front_status", sa.Column("world_newest", sa.Text()))
    op.add_column("front_articles", sa.Column("published", TIMESTAMP))  # NULL: an undated article
    op.add_column("front_history", sa.Column("step", sa.Text()))  # where a change sits in world order
    op.create_table(
        "front_feed",
        sa.Column("position", sa.BigInteger(), primary_key=True),
        sa.Column("place_key", sa.Text(), primary_key=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("from_control", sa.Text()),
        sa.Column("from_confidence", sa.Text()),
        sa.Column("to_control", sa.Text()),
        sa.Column("to_confidence", sa.Text()),
        sa.Column("causes", JSON, nullable=False),
        sa.Column("step", sa.Text()),
    )
    op.create_index("front_history_step", "front_history", ["step"])  # the latest changes, in world time


def downgrade() -> None:
    """Back to 0003, emptied: the older monitor rebuilds its projection (history in log order)."""
    op.drop_table("front_feed")
    op.drop_index("front_history_step", "front_history")
    for table in EMPTIED:
        op.execute(f"DELETE FROM {table}")
    op.execute("DELETE FROM projection_checkpoints WHERE name = 'front'")
    with op.batch_alter_table("front_status") as batch:
        batch.drop_column("world_newest")
    with op.batch_alter_table("front_history") as batch:
        batch.drop_column("step")
    with op.batch_alter_table("front_articles") as batch:
        batch.drop_column("published")
