"""The append-only events table.

Positions are assigned by the appender under its write lock (never by a sequence), so
they are gap-free and become visible in order. Triggers make the database itself refuse
UPDATE and DELETE (and TRUNCATE on PostgreSQL).

Revision ID: 0001_events
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001_events"
down_revision = None
branch_labels = None
depends_on = None

# On SQLite an INTEGER PRIMARY KEY is the rowid: fast, and max + 1 with one writer.
POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.Text().with_variant(postgresql.TIMESTAMP(timezone=True), "postgresql")
DATA = sa.Text().with_variant(postgresql.JSONB(), "postgresql")

SQLITE_TRIGGERS = [
    """CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
       BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END""",
    """CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
       BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END""",
]
POSTGRES_TRIGGERS = [
    """CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'events are append-only: % refused', TG_OP; END $$""",
    """CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON events
       FOR EACH ROW EXECUTE FUNCTION events_refuse_change()""",
    """CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
       FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()""",
]


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("position", POSITION, primary_key=True, autoincrement=False),
        sa.Column("stream", sa.Text(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("occurred_at", TIMESTAMP, nullable=False),
        sa.Column("recorded_at", TIMESTAMP, nullable=False),
        sa.Column("data", DATA, nullable=False),
    )
    op.create_index("events_key", "events", ["key"], unique=True)
    op.create_index("events_type_position", "events", ["type", "position"])
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the event log is never dropped by a migration")
