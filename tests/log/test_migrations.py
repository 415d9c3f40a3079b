"""The schema comes only from the migrations, and the code knows which revision is current."""

from __future__ import annotations

import re

from monitor.log import initialise, open_store
from monitor.log.migrate import KNOWN_REVISIONS, SCHEMA_REVISION, head_revision, migrations_dir


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
