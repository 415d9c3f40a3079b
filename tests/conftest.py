"""Shared fixtures: databases on both backends, the repository's paths."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from monitor.log import EventStore, initialise, open_store

SLOW_TESTS = "MONITOR_SLOW_TESTS"  # set (CI sets it) to run the `slow` tests too

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(config, items):
    """The quick set by default: a test marked `slow` (a long crash or sweep test) is skipped,
    saying how to run it, unless MONITOR_SLOW_TESTS is set or ``-m`` names the marker."""
    if os.environ.get(SLOW_TESTS) or "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason=f"slow: run with {SLOW_TESTS}=1 (CI does) or -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session, or a skip saying why there is none."""
    url = os.environ.get("MONITOR_TEST_PG_URL")
    if url:
        yield _ExistingServer(url)
        return
    from tests.pgserver import ServerUnavailable, TempPostgres

    try:
        server = TempPostgres()
        server.__enter__()
    except ServerUnavailable as why:
        if os.environ.get("MONITOR_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here (MONITOR_REQUIRE_PG) but: {why}")
        pytest.skip(f"no PostgreSQL server: {why}")
    try:
        yield server
    finally:
        server.__exit__(None, None, None)


class _ExistingServer:
    def __init__(self, url: str) -> None:
        self.url = url

    def url_for(self, database: str) -> str:
        base, _, _ = self.url.rpartition("/")
        return f"{base}/{database}"


_databases = itertools.count()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    import sqlalchemy as sa

    name = f"monitor_test_{os.getpid()}_{next(_databases)}"
    admin = sa.create_engine(postgres_server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return postgres_server.url_for(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'monitor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """Each test using this runs once per backend."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")


@pytest.fixture
def store(db_url) -> EventStore:
    initialise(db_url)
    store = open_store(db_url)
    yield store
    store.engine.dispose()
