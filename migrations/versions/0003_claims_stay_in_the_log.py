"""The front projection keeps where each place's claims are in the log, not copies of them.

``front_claims`` (a copy of every claim, most of a rebuild's time and half its storage)
gives way to ``front_place_claims`` (per place, the log positions of the events naming
it, in chunks), ``front_verdicts`` and ``front_sources`` (numbers for source keys); ``front_articles`` gains the position of each
article's current claims; a status's evidence state becomes MessagePack. The projection
is emptied: its new version rebuilds it.

Revision ID: 0003_claims_stay_in_the_log
Revises: 0002_front_projection
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003_claims_stay_in_the_log"
down_revision = "0002_front_projection"
branch_labels = None
depends_on = None

JSON = sa.Text().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.drop_index("front_claims_place", "front_claims")
    op.drop_index("front_claims_article", "front_claims")
    op.drop_table("front_claims")
    for table in ("front_history", "front_status", "front_articles", "projection_checkpoints"):
        op.execute(f"DELETE FROM {table}")
    op.add_column("front_articles", sa.Column("claims_position", sa.BigInteger()))
    # The evidence a place's status resumes from: MessagePack, a third the size of the JSON.
    op.drop_column("front_status", "evidence_state")
    op.add_column("front_status", sa.Column("deciding_at", JSON, nullable=False))  # where the deciding claims are
    op.add_column("front_status", sa.Column("evidence_state", sa.LargeBinary(), nullable=False))
    op.create_table(
        "front_place_claims",
        sa.Column("place_key", sa.Text(), primary_key=True),
        sa.Column("chunk", sa.Integer(), primary_key=True),
        sa.Column("positions", JSON, nullable=False),
    )
    op.create_table(
        "front_sources",  # the numbers a place's stored evidence uses for its sources
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("key", sa.Text(), nullable=False, unique=True),
    )
    op.create_table(
        "front_verdicts",
        sa.Column("claim_id", sa.Text(), primary_key=True),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("verdict", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    """Back to 0002's tables, emptied: the older monitor rebuilds its projection."""
    op.drop_table("front_verdicts")
    op.drop_table("front_sources")
    op.drop_table("front_place_claims")
    op.drop_column("front_articles", "claims_position")
    op.drop_column("front_status", "evidence_state")
    op.drop_column("front_status", "deciding_at")
    op.add_column("front_status", sa.Column("evidence_state", sa.Text().with_variant(postgresql.JSONB(), "postgresql"),
                                            nullable=False))
    for table in ("front_history", "front_status", "front_articles", "projection_checkpoints"):
        op.execute(f"DELETE FROM {table}")
    text, flag = sa.Text(), sa.Boolean()
    columns = [("claim_id", text), ("article_id", text), ("place_key", text), ("place_id", text), ("place", text),
               ("control", text), ("factuality", text), ("historical", flag), ("side", text), ("speaker", text),
               ("evidence", text), ("rule", text),
               ("time", sa.Text().with_variant(postgresql.TIMESTAMP(timezone=True), "postgresql")),
               ("position", sa.BigInteger()), ("voice", text), ("source_key", text), ("admission", flag),
               ("verdict", text), ("verdict_note", text)]
    op.create_table("front_claims", *(sa.Column(name, kind, primary_key=name == "claim_id") for name, kind in columns))
    op.create_index("front_claims_article", "front_claims", ["article_id"])
    op.create_index("front_claims_place", "front_claims", ["place_key", "time"])
