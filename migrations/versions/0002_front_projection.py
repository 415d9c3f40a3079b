"""Tables of the front projection and the projection checkpoints.

Revision ID: 0002_front_projection
Revises: 0001_events
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002_front_projection"
down_revision = "0001_events"
branch_labels = None
depends_on = None

TIMESTAMP = sa.Text().with_variant(postgresql.TIMESTAMP(timezone=True), "postgresql")
JSON = sa.Text().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "projection_checkpoints",
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
    )
    op.create_table(
        "front_articles",
        sa.Column("article_id", sa.Text(), primary_key=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("outlet", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text(), nullable=False),
    )
    op.create_table(
        "front_claims",
        sa.Column("claim_id", sa.Text(), primary_key=True),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("place_key", sa.Text(), nullable=False),
        sa.Column("place_id", sa.Text()),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("control", sa.Text(), nullable=False),
        sa.Column("factuality", sa.Text(), nullable=False),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.Column("side", sa.Text(), nullable=False),
        sa.Column("speaker", sa.Text()),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("time", TIMESTAMP, nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("voice", sa.Text(), nullable=False),
        sa.Column("source_key", sa.Text(), nullable=False),
        sa.Column("admission", sa.Boolean(), nullable=False),
        sa.Column("verdict", sa.Text()),
        sa.Column("verdict_note", sa.Text()),
    )
    op.create_index("front_claims_article", "front_claims", ["article_id"])
    op.create_index("front_claims_place", "front_claims", ["place_key", "time"])
    op.create_table(
        "front_status",
        sa.Column("place_key", sa.Text(), primary_key=True),
        sa.Column("place_id", sa.Text()),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("control", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Text(), nullable=False),
        sa.Column("since", TIMESTAMP, nullable=False),
        sa.Column("latest", TIMESTAMP, nullable=False),
        sa.Column("deciding", JSON, nullable=False),
        sa.Column("sources_ukraine", sa.Integer(), nullable=False),
        sa.Column("sources_russia", sa.Integer(), nullable=False),
        sa.Column("sources_independent", sa.Integer(), nullable=False),
        sa.Column("last_confirmed", sa.Text()),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("evidence_state", JSON, nullable=False),
    )
    op.create_table(
        "front_history",
        sa.Column("position", sa.BigInteger(), primary_key=True),
        sa.Column("place_key", sa.Text(), primary_key=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("from_control", sa.Text()),
        sa.Column("from_confidence", sa.Text()),
        sa.Column("to_control", sa.Text()),
        sa.Column("to_confidence", sa.Text()),
        sa.Column("causes", JSON, nullable=False),
    )
    op.create_index("front_history_place", "front_history", ["place_key", "position"])


def downgrade() -> None:
    for table in ("front_history", "front_status", "front_claims", "front_articles", "projection_checkpoints"):
        op.drop_table(table)
