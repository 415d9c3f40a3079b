"""Creating and upgrading the schema through the Alembic migrations, and checking it is current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from monitor.log.engine import WRITE, describe
from monitor.log.errors import SchemaOutdated


def migrations_dir() -> Path:
    """The migrations folder: packaged as monitor.migrations, or top-level in a checkout."""
    spec = importlib.util.find_spec("monitor.migrations")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head in one transaction; return (before, after) revisions."""
    config = _config()
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})
        before = MigrationContext.configure(conn).get_current_revision()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        conn.commit()
    return before, head_revision()


def check_current(engine: Engine) -> None:
    """Refuse a database whose schema is not exactly this monitor's."""
    where = describe(engine.url)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is None:
        raise SchemaOutdated(f"database {where} is not initialised: run `monitor init`")
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current not in known:
        raise SchemaOutdated(
            f"database {where} has schema {current}, newer than this monitor knows: upgrade the monitor"
        )
    raise SchemaOutdated(f"database {where} has an old schema ({current}, now {head}): run `monitor init`")
