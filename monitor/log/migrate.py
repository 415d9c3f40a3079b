"""Creating and upgrading the schema through the Alembic migrations, and checking it is current.

Every command checks the schema, so the check reads ``alembic_version`` with plain SQL
against :data:`SCHEMA_REVISION` instead of loading Alembic (a third of a second); a
test keeps that constant equal to the migrations' head.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from monitor.log.engine import WRITE, describe
from monitor.log.errors import SchemaOutdated

SCHEMA_REVISION = "0005_shared_work"
KNOWN_REVISIONS = ("0001_events", "0002_front_projection", "0003_claims_stay_in_the_log",
                   "0004_history_in_world_time", "0005_shared_work")


def migrations_dir() -> Path:
    """The migrations folder: packaged as monitor.migrations, or top-level in a checkout."""
    spec = importlib.util.find_spec("monitor.migrations")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "migrations"


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    """The newest revision among the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head in one transaction; return (before, after) revisions."""
    from alembic import command

    before = current_revision(engine)
    config = _config()
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
    return before, current_revision(engine) or SCHEMA_REVISION


def check_current(engine: Engine) -> None:
    """Refuse a database whose schema is not exactly this monitor's."""
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        return
    where = describe(engine.url)
    if current is None:
        raise SchemaOutdated(f"database {where} is not initialised: run `monitor init`")
    if current not in KNOWN_REVISIONS:
        raise SchemaOutdated(
            f"database {where} has schema {current}, newer than this monitor knows: upgrade the monitor"
        )
    raise SchemaOutdated(f"database {where} has an old schema ({current}, now {SCHEMA_REVISION}): run `monitor init`")
