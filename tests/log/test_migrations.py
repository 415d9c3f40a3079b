"""The schema comes only from the migrations, and the code knows which revision is current."""

from __future__ import annotations

import re

import pytest
from alembic import command

from monitor.log import EventStore, SchemaOutdated, initialise, open_store
from monitor.log.engine import WRITE, create_engine, resolve_url
from monitor.log.migrate import KNOWN_REVISIONS, SCHEMA_REVISION, _config, head_revision, migrations_dir
from tests.log.events_factory import article


def test_schema_revision_constant_is_the_migrations_head():
    assert head_revision() == SCHEMA_REVISION
    scripts = sorted(p.name for p in (migrations_dir() / "versions").glob("[0-9]*.py"))
    revisions = [re.search(r'^revision = "(.+)"$', (migrations_dir() / "versions" / s).read_text(), re.M).group(1)
                 for s in scripts]
    assert tuple(revisions) == KNOWN_REVISIONS and KNOWN_REVISIONS[-1] == SCHEMA_REVISION


def test_init_on_both_backends_creates_the_events_table_with_triggers(db_url):
    before, after = initialise(db_url)
    assert (before, after) == (None, SCHEMA_REVISION)
    assert initialise(db_url) == (SCHEMA_REVISION, SCHEMA_REVISION)
    store = open_store(db_url)
    assert store.head() == 0
    store.engine.dispose()


def test_an_old_database_is_refused_then_upgraded_with_its_events(tmp_path):
    db = str(tmp_path / "old.db")
    engine = create_engine(resolve_url(db), must_exist=False)
    config = _config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn.execution_options(**{WRITE: True})
        command.upgrade(config, "0001_events")
        conn.commit()
    engine.dispose()
    old = EventStore(create_engine(resolve_url(db)))
    old.append([article(1), article(2)])
    old.engine.dispose()
    with pytest.raises(SchemaOutdated, match=r"old schema \(0001_events.*monitor init"):
        open_store(db)
    assert initialise(db) == ("0001_events", SCHEMA_REVISION)
    store = open_store(db)
    assert [r.event for r in store.read()] == [article(1), article(2)]
    store.engine.dispose()
